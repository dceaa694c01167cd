"""Coding answers against the codebook: the shared ``Evidence`` record, the coder protocol, ``code_survey``.

A *coder* turns answers into *codes*: a DataFrame aligned with the answers' index, one bool column per theme
id (codebook order) and an ``evidence`` column holding, per answer, a list of ``Evidence`` (one per theme
mention given). ``RuleCoder`` (``splw_text.coding.rules``) is the rule-based coder; other coders (supervised,
hybrid) follow the same protocol so ``code_survey`` and the ``code`` command can use any of them.

This module stays light: spaCy and the coders are imported only when a coder is built.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, Protocol, runtime_checkable

if TYPE_CHECKING:
    import pandas as pd

    from splw_text.codebook import Codebook


class Evidence(NamedTuple):
    """Why a theme was given to an answer.

    ``span`` is the matched text, ``start``/``end`` its character offsets in the coded text (``text_clean``),
    ``sentence`` the sentence it is in, ``rule`` the codebook rule id (or the model name), ``source`` "rules"
    or "model", ``score`` a model probability (None for rules).

    A named tuple rather than a dataclass: a survey of a million answers holds millions of these, and tuples of
    plain values are untracked by Python's cyclic garbage collector, whose passes otherwise grow with them.
    """

    theme: str
    span: str
    start: int
    end: int
    sentence: str
    rule: str
    source: Literal["rules", "model"] = "rules"
    score: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """The evidence as a plain dict (the JSON form of the coded answers file)."""
        return dict(self._asdict())


@runtime_checkable
class Coder(Protocol):
    """Anything that codes an answers table into codes (bool theme columns + ``evidence``)."""

    def code(self, answers: pd.DataFrame) -> pd.DataFrame:
        """Return codes aligned with ``answers.index``."""
        ...


def make_coder(name: str, codebook: Codebook) -> Coder:
    """Build the coder called ``name`` for ``codebook`` ("rules" is the rule-based coder)."""
    if name == "rules":
        from splw_text.coding.rules import RuleCoder

        return RuleCoder(codebook)
    from splw_text.errors import InputError

    raise InputError(f"unknown coder {name!r} (known: rules)")


def code_survey(
    survey_answers: pd.DataFrame,
    codebook: Codebook,
    coder: str | Coder = "rules",
    progress: Callable[[int], None] | None = None,
) -> pd.DataFrame:
    """Code cleaned answers (``text_clean``, ``non_response``) with ``coder`` (a name or a coder object).

    Returns codes aligned with ``survey_answers.index``: one bool column per theme id, plus ``evidence``.
    ``progress(n)`` is called as answers are done, when the coder's ``code`` accepts a ``progress`` argument.
    """
    chosen = make_coder(coder, codebook) if isinstance(coder, str) else coder
    if progress is not None and "progress" in inspect.signature(chosen.code).parameters:
        return chosen.code(survey_answers, progress=progress)  # type: ignore[call-arg]
    return chosen.code(survey_answers)


__all__ = ["Coder", "Evidence", "code_survey", "make_coder"]
