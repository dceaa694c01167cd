"""Clean the answers: repair and normalise the text, detect non-responses, redact personal data.

Input: the ``answers`` table of a Survey (``respondent_id``, ``question``, ``text``, ...).
Output: the same rows with three more columns:

- ``text_clean``: Unicode repaired (mojibake such as "donâ€™t" -> "don't"), normalised (NFC, curly quotes
  and bullets made plain), spaces collapsed, line breaks kept (they separate list items).
- ``non_response``: True when the answer says nothing of substance (rules in ``models/non_response.yaml``).
- ``text_redacted``: ``text_clean`` with personal data replaced by typed placeholders (``[NAME]``, ...), or
  ``text_clean`` unchanged when redaction is switched off (``--no-redact``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ftfy
import pandas as pd
from pydantic import Field

from splw_text.paths import models_dir
from splw_text.schema import StrictModel, read_yaml, validate

_BULLETS = "•●▪◦‣∙·–—"
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


class NonResponseRules(StrictModel):
    """The non-response rule set (see models/non_response.yaml for what each field means)."""

    version: int
    max_words: int = Field(gt=0)
    fillers: list[str] = Field(default_factory=list)
    core: list[str] = Field(default_factory=list)
    patterns: list[str] = Field(default_factory=list)


@dataclass(frozen=True)
class NonResponseDetector:
    """Decides whether an answer is a non-response, from a NonResponseRules rule set."""

    rules: NonResponseRules

    def __post_init__(self) -> None:
        fillers = re.compile(r"\b(?:" + "|".join(f"(?:{f})" for f in self.rules.fillers) + r")\b")
        object.__setattr__(self, "_fillers", fillers)
        object.__setattr__(self, "_core", frozenset(self.rules.core))
        patterns = [re.compile(p) for p in self.rules.patterns]
        object.__setattr__(self, "_patterns", patterns)

    def is_non_response(self, text: str) -> bool:
        """Return True when ``text`` (raw or cleaned) says nothing of substance."""
        normalised = normalise_for_matching(text)
        if len(normalised.split()) > self.rules.max_words:
            return False
        stripped = " ".join(self._fillers.sub(" ", normalised).split())  # type: ignore[attr-defined]
        if not stripped:
            return True
        for candidate in (normalised, stripped):
            if candidate in self._core:  # type: ignore[attr-defined]
                return True
            if any(p.fullmatch(candidate) for p in self._patterns):  # type: ignore[attr-defined]
                return True
        return False


def normalise_for_matching(text: str) -> str:
    """Lower-case ``text``, turn "n/a" into "na", drop punctuation and symbols, collapse spaces."""
    lowered = clean_text(text).casefold().replace("’", "'")
    lowered = re.sub(r"\b(n)\s*/\s*(a)\b", r"\1\2", lowered)
    lowered = lowered.replace("'", "")
    lowered = "".join(ch if ch.isalnum() else " " for ch in lowered)
    return " ".join(lowered.split())


def clean_text(text: str) -> str:
    """Repair mojibake, normalise Unicode (NFC) and punctuation, collapse spaces; keep line breaks.

    Idempotent: removing a control character can uncover mojibake that ftfy then repairs, so the steps are
    repeated until the text no longer changes (at most three more times).
    """
    cleaned = _clean_once(str(text))
    for _ in range(3):
        again = _clean_once(cleaned)
        if again == cleaned:
            break
        cleaned = again
    return cleaned


def _clean_once(text: str) -> str:
    fixed = ftfy.fix_text(text, normalization="NFC")
    fixed = fixed.replace("\r\n", "\n").replace("\r", "\n")
    fixed = fixed.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
    lines = []
    for line in fixed.split("\n"):
        line = _SPACES.sub(" ", line).strip()
        if line and line[0] in _BULLETS:
            line = "- " + line[1:].lstrip()
        lines.append(line)
    joined = "\n".join(lines)
    joined = _BLANK_LINES.sub("\n", joined)
    return "".join(ch for ch in joined if ch == "\n" or unicodedata.category(ch) != "Cc").strip()


def load_non_response_rules(path: Path | str | None = None) -> NonResponseRules:
    """Read and validate the non-response rules (models/non_response.yaml by default)."""
    source = Path(path) if path is not None else models_dir() / "non_response.yaml"
    rules = validate(NonResponseRules, read_yaml(source), source)
    for pattern in [*rules.fillers, *rules.patterns]:
        try:
            re.compile(pattern)
        except re.error as error:
            from splw_text.errors import InputError

            raise InputError(f"{source}: pattern {pattern!r} does not compile: {error}") from None
    return rules


@lru_cache(maxsize=4)
def default_detector() -> NonResponseDetector:
    """The detector built from the shipped rules, built once per process."""
    return NonResponseDetector(load_non_response_rules())


def clean_answers(
    answers: pd.DataFrame, redact: bool = True, detector: NonResponseDetector | None = None
) -> pd.DataFrame:
    """Return ``answers`` with ``text_clean``, ``non_response`` and ``text_redacted`` added."""
    detector = detector or default_detector()
    out = answers.copy()
    out["text_clean"] = [clean_text(text) for text in out["text"].astype(str)]
    out["non_response"] = [detector.is_non_response(text) for text in out["text_clean"]]
    if redact:
        from splw_text.redact import redact_text

        out["text_redacted"] = [redact_text(text) for text in out["text_clean"]]
    else:
        out["text_redacted"] = out["text_clean"]
    return out
