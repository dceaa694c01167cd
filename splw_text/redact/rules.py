"""The redactor's data: the rule file (resources/redaction.yaml) and the word lists (resources/names/).

``RedactionRules`` is the validated rule file; ``Lexicon`` holds the word lists the name detector looks
words up in (first names, surnames, common English words, UK places), read once per process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import Field, field_validator

from splw_text.errors import InputError
from splw_text.schema import StrictModel, read_yaml, validate

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
DEFAULT_RULES_PATH = RESOURCES / "redaction.yaml"
NAMES_DIR = RESOURCES / "names"


class RedactionRules(StrictModel):
    """The rule file: protected vocabulary, name cues, organisation and street shapes (see the YAML)."""

    version: int
    protected_terms: list[str] = Field(default_factory=list)
    protected_phrases: list[str] = Field(default_factory=list)
    common_capitalised: list[str] = Field(default_factory=list)
    titles: list[str] = Field(min_length=1)
    weak_titles: list[str] = Field(default_factory=list)
    role_cues: list[str] = Field(default_factory=list)
    before_name_cues: list[str] = Field(default_factory=list)
    after_name_cues: list[str] = Field(default_factory=list)
    org_suffixes: list[str] = Field(default_factory=list)
    specific_org_suffixes: list[str] = Field(default_factory=list)
    generic_org_words: list[str] = Field(default_factory=list)
    function_words: list[str] = Field(default_factory=list)
    street_suffixes: list[str] = Field(default_factory=list)
    weak_street_suffixes: list[str] = Field(default_factory=list)

    @field_validator("protected_phrases")
    @classmethod
    def _phrases_compile(cls, phrases: list[str]) -> list[str]:
        for phrase in phrases:
            try:
                re.compile(phrase)
            except re.error as error:
                raise ValueError(f"protected phrase {phrase!r} does not compile: {error}") from None
        return phrases


def load_redaction_rules(path: Path | str | None = None) -> RedactionRules:
    """Read and validate a redaction rule file (the shipped resources/redaction.yaml when ``path`` is None)."""
    source = Path(path) if path is not None else DEFAULT_RULES_PATH
    return validate(RedactionRules, read_yaml(source), source)


@dataclass(frozen=True)
class Lexicon:
    """Word lists for the name detector, all keyed by their exact (capitalised) spelling.

    ``first_names`` and ``surnames`` map a name to True when it is also a common English word ("Will",
    "Hope", "Brown"); ``common_words`` are lower-case; ``places`` are single words of UK place names.
    """

    first_names: dict[str, bool]
    surnames: dict[str, bool]
    common_words: frozenset[str]
    places: frozenset[str]


def _read_lines(path: Path) -> list[str]:
    if not path.is_file():
        raise InputError(f"{path}: word list missing from the installation")
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


def _read_name_table(path: Path) -> dict[str, bool]:
    table = {}
    for line in _read_lines(path):
        name, _, flag = line.partition("\t")
        if name != "name":
            table[name] = flag.strip() == "1"
    return table


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The shipped word lists (about 30,000 words, read in well under a second), read once per process."""
    place_words = set()
    for place in _read_lines(NAMES_DIR / "uk_places.txt"):
        for word in re.findall(r"[^\W\d_]+", place):
            if word[0].isupper() and word not in ("City", "County", "Islands", "Isle", "Isles"):
                place_words.add(word)
    return Lexicon(
        first_names=_read_name_table(NAMES_DIR / "first_names.tsv"),
        surnames=_read_name_table(NAMES_DIR / "surnames.tsv"),
        common_words=frozenset(_read_lines(NAMES_DIR / "common_words.txt")),
        places=frozenset(place_words),
    )
