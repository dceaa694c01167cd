"""Personal-data redaction: find names, contact details and identifiers in free text and replace them.

What is found (each replaced by a typed placeholder such as ``[NAME]``):

- ``EMAIL``: e-mail addresses; ``URL``: web addresses; ``HANDLE``: social media handles;
- ``PHONE``: UK phone numbers in every common format (07700 900123, +44 (0)7700 900123, (01632) 960123,
  020 7946 0000, 0800 123 4567; spaces, dashes or dots);
- ``NHS_NUMBER``: 10 digits or 3-3-4, only when the modulus 11 check digit is right;
- ``POSTCODE``: full UK postcodes anywhere; outward codes alone (LS6) only next to "postcode" or "area";
- ``NAME``: people's names (see ``splw_text.redact.names`` for the rules: word lists shipped as data plus
  context such as titles and roles, so "Will", "Hope" and "Grace" are names only in a name context);
- ``ORG``: named organisations such as a "... Medical Centre", "... Surgery" or "... Community Trust";
- ``PLACE``: street addresses ("Hope Street", "12 Church Road").

The survey's own vocabulary (GP, PCN, EMIS, SystmOne, VCSE, ARRS, ONS4, WEMWBS, band 4...) is never
redacted: see ``protected_terms`` and ``protected_phrases`` in ``resources/redaction.yaml``.

``find_personal_data(text)`` returns the spans, ``redact_text(text)`` the text with placeholders; both use
one shared ``Redactor`` with the shipped rules. Build your own ``Redactor`` to choose the kinds, add names
(a staff list, say) or add terms that must never be redacted.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from splw_text.redact.names import NameDetector
from splw_text.redact.rules import Lexicon, RedactionRules, default_lexicon, load_redaction_rules
from splw_text.redact.structured import STRUCTURED_DETECTORS, nhs_number_is_valid

KINDS = ("EMAIL", "URL", "HANDLE", "PHONE", "NHS_NUMBER", "POSTCODE", "NAME", "ORG", "PLACE")
# When two candidates overlap and have the same length, the earlier kind here wins.
_PRIORITY = {kind: rank for rank, kind in enumerate(KINDS)}
PLACEHOLDER = re.compile(r"\[(?:" + "|".join(KINDS) + r")\]")

__all__ = [
    "KINDS",
    "PersonalData",
    "Redactor",
    "default_redactor",
    "find_personal_data",
    "nhs_number_is_valid",
    "redact_text",
]


@dataclass(frozen=True)
class PersonalData:
    """One piece of personal data found in a text: its kind, its character span and the text it covers."""

    kind: str
    start: int
    end: int
    text: str

    @property
    def placeholder(self) -> str:
        """The text that replaces it: ``[KIND]``."""
        return f"[{self.kind}]"


class Redactor:
    """Finds and replaces personal data (scikit-learn style: plain parameters, ``transform`` on a list).

    Parameters:
        kinds: the kinds to look for (default: all of ``KINDS``).
        extra_names: names that are always redacted wherever they occur as a word (e.g. a staff list).
        keep_terms: extra words or phrases that are never redacted (added to the protected vocabulary).
        rules_path: a redaction rule file to use instead of the shipped ``resources/redaction.yaml``.
    """

    def __init__(
        self,
        kinds: Iterable[str] | None = None,
        extra_names: Iterable[str] = (),
        keep_terms: Iterable[str] = (),
        rules_path: Path | str | None = None,
    ) -> None:
        self.kinds = tuple(kinds) if kinds is not None else KINDS
        self.extra_names = tuple(extra_names)
        self.keep_terms = tuple(keep_terms)
        self.rules_path = rules_path
        unknown = sorted(set(self.kinds) - set(KINDS))
        if unknown:
            raise ValueError(f"unknown kind(s) {', '.join(unknown)}; choose from {', '.join(KINDS)}")

    @cached_property
    def rules(self) -> RedactionRules:
        """The validated rule file (read on first use)."""
        return load_redaction_rules(self.rules_path)

    @cached_property
    def lexicon(self) -> Lexicon:
        """The word lists (shared by every Redactor in the process)."""
        return default_lexicon()

    @cached_property
    def _names(self) -> NameDetector:
        return NameDetector(self.rules, self.lexicon, self.extra_names, self.keep_terms)

    @cached_property
    def _kinds(self) -> frozenset[str]:
        return frozenset(self.kinds)

    def find(self, text: str) -> list[PersonalData]:
        """Return the personal data in ``text``: non-overlapping, sorted by position."""
        if not isinstance(text, str) or not text:
            return []
        placeholders = [m.span() for m in PLACEHOLDER.finditer(text)]
        candidates: list[tuple[str, int, int]] = []
        for kind, detector in STRUCTURED_DETECTORS.items():
            if kind in self._kinds:
                candidates.extend(detector(text))
        blocked = placeholders + [(start, end) for _, start, end in candidates]
        if self._kinds & {"NAME", "ORG", "PLACE"}:
            candidates.extend(self._names.find(text, blocked, self._kinds))
        candidates = [c for c in candidates if not self._is_protected(text[c[1]:c[2]])]
        return [PersonalData(kind, start, end, text[start:end]) for kind, start, end in _resolve(candidates)]

    def redact(self, text: str) -> str:
        """Return ``text`` with each piece of personal data replaced by its ``[KIND]`` placeholder.

        Replacing is repeated until nothing more is found (at most three rounds), so redacting twice gives
        the same text as redacting once, even where two candidates overlapped and the shorter one only
        becomes whole once the longer is replaced.
        """
        for _ in range(3):
            redacted = self._replace(text)
            if redacted == text:
                break
            text = redacted
        return text

    def _replace(self, text: str) -> str:
        found = self.find(text)
        if not found:
            return text
        pieces = []
        position = 0
        for item in found:
            pieces.append(text[position:item.start])
            pieces.append(item.placeholder)
            position = item.end
        pieces.append(text[position:])
        return "".join(pieces)

    def transform(self, texts: Iterable[str | None]) -> list[str | None]:
        """Redact each text of ``texts`` (missing values are passed through unchanged)."""
        return [self.redact(text) if isinstance(text, str) else text for text in texts]

    def _is_protected(self, text: str) -> bool:
        return text.strip().casefold() in self._names.protected_terms


def _resolve(candidates: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Keep the longest of overlapping candidates (ties: the kind earlier in KINDS), sorted by position."""
    chosen: list[tuple[int, int, str]] = []  # sorted by start, never overlapping
    ordered = sorted(candidates, key=lambda c: (-(c[2] - c[1]), _PRIORITY[c[0]], c[1]))
    for kind, start, end in ordered:
        if end <= start:
            continue
        index = bisect_left(chosen, (start,))
        if index > 0 and chosen[index - 1][1] > start:
            continue
        if index < len(chosen) and chosen[index][0] < end:
            continue
        chosen.insert(index, (start, end, kind))
    return [(kind, start, end) for start, end, kind in chosen]


@lru_cache(maxsize=1)
def default_redactor() -> Redactor:
    """The shared Redactor with the shipped rules and every kind."""
    return Redactor()


def find_personal_data(text: str) -> list[PersonalData]:
    """Return the personal data in ``text`` (kind, start, end, text), non-overlapping and sorted."""
    return default_redactor().find(text)


def redact_text(text: str) -> str:
    """Return ``text`` with names, contact details and identifiers replaced by ``[NAME]``, ``[PHONE]``..."""
    return default_redactor().redact(text)
