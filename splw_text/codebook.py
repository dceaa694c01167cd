"""Codebook: the coding frame (themes, names, definitions, colours) and the rules that find each theme.

The codebook is data: ``models/codebook.yaml``, validated by the pydantic models below. A rule is a set of
*terms* (phrases matched on spelling-corrected lower-case lemmas, and spaCy Matcher token patterns) plus
optional conditions on the sentence it is found in:

- ``near``: named lexicons that must also occur in the sentence (within ``within`` tokens when given);
- ``unless``: named lexicons that must not occur in the sentence;
- ``max_words``: the sentence has at most this many words (a bare topic word standing alone is a request).

Exclusions use the same terms and conditions and remove a theme's mentions (overlapping the exclusion span,
or anywhere in its sentence). ``cues`` drive the polarity rule (see ``splw_text.coding.components_themes``).
``non_response`` is not a theme: detecting it is the cleaner's job.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import Field, field_validator, model_validator

from splw_text.errors import InputError
from splw_text.paths import default_codebook_path
from splw_text.schema import StrictModel, UniqueKeyLoader, read_yaml, validate

_BOOL_TAG = "tag:yaml.org,2002:bool"
_INT_TAG = "tag:yaml.org,2002:int"
_FLOAT_TAG = "tag:yaml.org,2002:float"
_ID = r"^[a-z][a-z0-9_]*$"
_RULE_ID = r"^[a-z][a-z0-9_.-]*$"
#: Column names of the label tables: a theme may not take one of them as its id.
CUE_NAMES = ("contrast", "concern", "neutral", "resolved", "affirmative", "negation", "turn")
RESERVED_IDS = frozenset(
    {"respondent_id", "question", "non_response", "themes", "evidence", "text", "text_clean", "text_redacted"}
)


class Terms(StrictModel):
    """What to look for: phrases (lemma match), exact phrases (word-form match), Matcher token patterns, and
    the terms of named lexicons.

    ``phrases`` match on lemmas, so "referral" also finds "referrals"; ``exact`` phrases match on the
    (spelling-corrected, lower-case) words as written, for words whose lemma would say too much
    ("services" must not find "service", "busier" must not find "busy").
    """

    phrases: list[str] = Field(default_factory=list)
    exact: list[str] = Field(default_factory=list)
    patterns: list[list[dict[str, Any]]] = Field(default_factory=list)
    lexicons: list[str] = Field(default_factory=list)

    @field_validator("phrases", "exact", mode="before")
    @classmethod
    def _numbers_are_words(cls, phrases: Any) -> Any:
        if isinstance(phrases, list):
            return [str(p) if isinstance(p, int | float) and not isinstance(p, bool) else p for p in phrases]
        return phrases

    @field_validator("patterns", mode="before")
    @classmethod
    def _pattern_numbers_are_words(cls, patterns: Any) -> Any:
        if isinstance(patterns, list):
            return [_stringify_pattern(p) for p in patterns]
        return patterns

    @field_validator("phrases", "exact")
    @classmethod
    def _phrases_are_not_blank(cls, phrases: list[str]) -> list[str]:
        for phrase in phrases:
            if not phrase.strip():
                raise ValueError("a phrase is blank")
        return phrases

    @field_validator("patterns")
    @classmethod
    def _patterns_are_not_empty(cls, patterns: list[list[dict[str, Any]]]) -> list[list[dict[str, Any]]]:
        for pattern in patterns:
            if not pattern:
                raise ValueError("a pattern has no tokens")
        return patterns

    @property
    def is_empty(self) -> bool:
        """True when there is nothing to look for."""
        return not (self.phrases or self.exact or self.patterns or self.lexicons)


class Condition(Terms):
    """Terms with an id and sentence conditions: the shape shared by rules and exclusions."""

    id: str = Field(pattern=_RULE_ID)
    near: list[str] = Field(default_factory=list)
    within: int | None = Field(default=None, ge=1)
    unless: list[str] = Field(default_factory=list)
    #: the condition holds only in sentences of at most this many words ("Funding." standing alone)
    max_words: int | None = Field(default=None, ge=1)

    @model_validator(mode="after")
    def _has_terms(self) -> Condition:
        if self.is_empty:
            raise ValueError(f"{self.id}: give phrases, exact, patterns or lexicons")
        if self.within is not None and not self.near:
            raise ValueError(f"{self.id}: 'within' needs 'near'")
        return self


class Rule(Condition):
    """A rule that finds a theme.

    ``kind`` says how polarity treats a match: a ``topic`` match (the theme's subject, e.g. "supervision")
    is dropped when its clause is positive ("my supervision is great"); a ``concern`` match already says
    something is wrong ("no supervision at all") and keeps its clause a concern.
    """

    kind: Literal["topic", "concern"] = "topic"


class Exclusion(Condition):
    """Removes the theme's mentions that overlap the exclusion (``scope: span``) or share its sentence."""

    scope: Literal["span", "sentence"] = "span"


class Theme(StrictModel):
    """A theme of the coding frame and the rules that find it."""

    id: str = Field(pattern=_ID)
    name: str
    definition: str
    colour: str = Field(pattern=r"^#[0-9a-fA-F]{6}$")
    polarity: Literal["concern", "positive"] = "concern"
    rules: list[Rule] = Field(min_length=1)
    exclusions: list[Exclusion] = Field(default_factory=list)

    @field_validator("id")
    @classmethod
    def _not_reserved(cls, value: str) -> str:
        if value in RESERVED_IDS:
            raise ValueError(f"{value!r} is reserved (not a theme: non-responses are found by the cleaner)")
        return value


class Cues(StrictModel):
    """Sentence-scope cues of the negation and polarity components.

    - ``contrast``: words that start a new clause ("but", "though", "apart from").
    - ``concern``: words that make a clause a concern or a request ("no", "too", "need", "more").
    - ``neutral``: phrases whose concern words do not count ("not much." answering "what would help?").
    - ``resolved``: a concern that is said not to be one ("no problems with", "sorted") drops the clause's
      concern mentions.
    - ``affirmative``: having the thing ("I have", "we get") makes a topic mention not a concern.
    - ``negation``: negators that cancel a positive mention within ``negation_window`` tokens before it.
    - ``turn``: words that set the present against the sentence before ("now", "these days"): a resolution in
      the first clause of the next sentence (or having now the thing the sentence before lacked) resolves it.
    """

    contrast: Terms = Field(default_factory=Terms)
    concern: Terms = Field(default_factory=Terms)
    neutral: Terms = Field(default_factory=Terms)
    resolved: Terms = Field(default_factory=Terms)
    affirmative: Terms = Field(default_factory=Terms)
    negation: Terms = Field(default_factory=Terms)
    turn: Terms = Field(default_factory=Terms)
    negation_window: int = Field(default=3, ge=1)


class Normalisation(StrictModel):
    """How tokens are normalised before matching.

    ``lemmas`` adds lemma mappings the lookup table lacks (abbreviation plurals such as "gps" -> "gp").
    ``spelling`` corrects words one edit (insert, delete, substitute, swap) away from a codebook keyword of
    at least ``spelling_min_length`` letters when the word is not itself an English word.
    """

    lemmas: dict[str, str] = Field(default_factory=dict)
    spelling: bool = True
    spelling_min_length: int = Field(default=5, ge=3)
    spelling_ignore: list[str] = Field(default_factory=list)


class Codebook(StrictModel):
    """The coding frame: a version, themes in reporting order, shared lexicons, cues and normalisation."""

    version: str = Field(pattern=r"^\d+\.\d+\.\d+([-+][0-9A-Za-z.-]+)?$")
    name: str
    description: str = ""
    positive_theme: str | None = None
    normalisation: Normalisation = Field(default_factory=Normalisation)
    cues: Cues = Field(default_factory=Cues)
    lexicons: dict[str, Terms] = Field(default_factory=dict)
    themes: list[Theme] = Field(min_length=1)

    @model_validator(mode="after")
    def _references_resolve(self) -> Codebook:
        seen_themes: set[str] = set()
        for theme in self.themes:
            if theme.id in seen_themes:
                raise ValueError(f"theme id {theme.id!r} is used twice")
            seen_themes.add(theme.id)
        seen_rules: set[str] = set()
        for theme in self.themes:
            for condition in [*theme.rules, *theme.exclusions]:
                if condition.id in seen_rules:
                    raise ValueError(f"rule id {condition.id!r} is used twice")
                seen_rules.add(condition.id)
        for where, name in self._lexicon_references():
            if name not in self.lexicons:
                raise ValueError(f"{where}: unknown lexicon {name!r}")
        self._check_lexicon_cycles()
        if self.positive_theme is not None:
            if self.positive_theme not in seen_themes:
                raise ValueError(f"positive_theme {self.positive_theme!r} is not a theme id")
            if self.theme(self.positive_theme).polarity != "positive":
                raise ValueError(f"positive_theme {self.positive_theme!r} must have polarity: positive")
        return self

    def _lexicon_references(self) -> Iterator[tuple[str, str]]:
        for name, terms in self.lexicons.items():
            for ref in terms.lexicons:
                yield f"lexicons.{name}", ref
        for cue in CUE_NAMES:
            for ref in getattr(self.cues, cue).lexicons:
                yield f"cues.{cue}", ref
        for theme in self.themes:
            for condition in [*theme.rules, *theme.exclusions]:
                for ref in [*condition.lexicons, *condition.near, *condition.unless]:
                    yield f"themes.{theme.id}.{condition.id}", ref

    def _check_lexicon_cycles(self) -> None:
        def visit(name: str, path: tuple[str, ...]) -> None:
            if name in path:
                raise ValueError(f"lexicons: {' -> '.join((*path, name))} includes itself")
            for ref in self.lexicons[name].lexicons:
                visit(ref, (*path, name))

        for name in self.lexicons:
            visit(name, ())

    @cached_property
    def theme_ids(self) -> list[str]:
        """The theme ids in codebook (reporting) order."""
        return [theme.id for theme in self.themes]

    def theme(self, theme_id: str) -> Theme:
        """Return the theme with id ``theme_id`` (KeyError if there is none)."""
        for theme in self.themes:
            if theme.id == theme_id:
                return theme
        raise KeyError(theme_id)

    @property
    def concern_theme_ids(self) -> list[str]:
        """The ids of the themes subject to polarity (every theme but the positive ones)."""
        return [theme.id for theme in self.themes if theme.polarity == "concern"]

    def expand(self, terms: Terms) -> Terms:
        """Return ``terms`` with the phrases and patterns of its lexicons (recursively) folded in."""
        phrases = list(terms.phrases)
        exact = list(terms.exact)
        patterns = list(terms.patterns)
        for name in terms.lexicons:
            folded = self.expand(self.lexicons[name])
            phrases.extend(folded.phrases)
            exact.extend(folded.exact)
            patterns.extend(folded.patterns)
        return Terms(phrases=phrases, exact=exact, patterns=patterns)


def load_codebook(path: Path | str | None = None, check_patterns: bool = True) -> Codebook:
    """Read and validate a codebook YAML file (the shipped ``models/codebook.yaml`` when ``path`` is None).

    Every problem (unknown key, duplicate id, unknown lexicon, a token pattern spaCy cannot compile) is a
    one-line InputError naming the file and where in it. ``check_patterns=False`` skips the spaCy check.
    """
    source = Path(path) if path is not None else default_codebook_path()
    codebook = validate(Codebook, read_codebook_yaml(source), source)
    if check_patterns:
        check_codebook_patterns(codebook, source)
    return codebook


class _CodebookLoader(UniqueKeyLoader):
    """YAML 1.2 scalars: only true/false are booleans and only plain digits are integers.

    Codebooks are full of words YAML 1.1 would turn into booleans ("no", "on", "off", "yes") or numbers
    ("1:1"); here they stay the words they are.
    """


_CodebookLoader.yaml_implicit_resolvers = {
    first: [(tag, regex) for tag, regex in resolvers if tag not in (_BOOL_TAG, _INT_TAG, _FLOAT_TAG)]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_CodebookLoader.add_implicit_resolver(_BOOL_TAG, re.compile(r"^(?:true|false)$"), list("tf"))
_CodebookLoader.add_implicit_resolver(_INT_TAG, re.compile(r"^[-+]?[0-9]+$"), list("-+0123456789"))


def read_codebook_yaml(path: Path | str) -> Any:
    """Parse a codebook YAML file (see ``_CodebookLoader``); problems become one-line InputErrors."""
    return read_yaml(path, loader=_CodebookLoader)


def iter_patterns(codebook: Codebook) -> Iterator[tuple[str, int, list[dict[str, Any]]]]:
    """Yield (where, index, pattern) for every token pattern of the codebook."""
    for name, terms in codebook.lexicons.items():
        for index, pattern in enumerate(terms.patterns):
            yield f"lexicons.{name}.patterns", index, pattern
    for cue in CUE_NAMES:
        for index, pattern in enumerate(getattr(codebook.cues, cue).patterns):
            yield f"cues.{cue}.patterns", index, pattern
    for theme in codebook.themes:
        for condition in [*theme.rules, *theme.exclusions]:
            for index, pattern in enumerate(condition.patterns):
                yield f"themes.{theme.id}.{condition.id}.patterns", index, pattern


def check_codebook_patterns(codebook: Codebook, source: Path | str = "<codebook>") -> None:
    """Compile every token pattern with spaCy's Matcher; the first that fails becomes an InputError."""
    from spacy.matcher import Matcher
    from spacy.vocab import Vocab

    matcher = Matcher(Vocab(), validate=True)
    for where, index, pattern in iter_patterns(codebook):
        for token in pattern:
            for regex in _regexes(token):
                try:
                    re.compile(regex)
                except re.error as error:
                    raise InputError(
                        f"{source}: {where}[{index}]: REGEX {regex!r} does not compile: {error}"
                    ) from None
        try:
            matcher.add(f"{where}[{index}]", [pattern])
        except Exception as error:  # spaCy raises MatchPatternError, ValueError or KeyError
            detail = " ".join(str(error).split())
            raise InputError(f"{source}: {where}[{index}]: pattern does not compile: {detail[:300]}") from None


_TEXT_ATTRS = frozenset({"ORTH", "TEXT", "LOWER", "LEMMA", "NORM"})


def _stringify_pattern(pattern: Any) -> Any:
    """Numbers given for text attributes (``LOWER: 10``, ``IN: [1, one]``) are the words "10", "1"."""
    if not isinstance(pattern, list):
        return pattern
    out = []
    for token in pattern:
        if not isinstance(token, dict):
            out.append(token)
            continue
        fixed = dict(token)
        for key, value in token.items():
            if key in _TEXT_ATTRS:
                fixed[key] = _stringify_value(value)
        out.append(fixed)
    return out


def _stringify_value(value: Any) -> Any:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, dict):
        return {k: [_stringify_value(v) for v in inner] if isinstance(inner, list) else _stringify_value(inner)
                for k, inner in value.items()}
    return value


def _regexes(token: dict[str, Any]) -> Iterator[str]:
    for value in token.values():
        if isinstance(value, dict):
            for key, inner in value.items():
                if key == "REGEX" and isinstance(inner, str):
                    yield inner
