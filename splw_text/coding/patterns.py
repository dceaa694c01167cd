"""Compile the codebook's terms into phrase matchers and token automata, and evaluate its conditions.

Every set of terms gets a key: ``lex:<name>`` (a lexicon), ``rule:<id>`` / ``excl:<id>`` (a rule's or an
exclusion's own phrases and patterns) and ``cue:<name>``. Matching a doc once gives the hits of every key;
rules and exclusions are then evaluated on those hits with their sentence conditions (``near``, ``within``,
``unless``). Nothing is compiled per answer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from splw_text.codebook import CUE_NAMES, Codebook, Condition, Terms
from splw_text.coding.token_automaton import (
    LEMMA_COLUMN,
    LOWER_COLUMN,
    NORM_COLUMN,
    ORTH_COLUMN,
    TokenAutomaton,
    TokenColumns,
    compile_pattern,
)

Span = tuple[int, int]
Hits = dict[str, list[Span]]


@dataclass(frozen=True)
class CompiledCondition:
    """A rule or an exclusion reduced to hit keys: anchors, near keys (all required), unless keys."""

    theme: str
    id: str
    anchors: tuple[str, ...]
    near: tuple[str, ...] = ()
    within: int | None = None
    unless: tuple[str, ...] = ()
    kind: str = "topic"
    scope: str = "span"
    max_words: int | None = None


@dataclass(frozen=True)
class Found:
    """One place a condition holds: the anchor span and the whole span (anchor plus nearest partners)."""

    anchor: Span
    span: Span


_TRIGGER_ATTRS = ("LEMMA", "LOWER", "ORTH", "NORM")
#: the TokenColumns column of each trigger attribute
_TRIGGER_COLUMNS = (LEMMA_COLUMN, LOWER_COLUMN, ORTH_COLUMN, NORM_COLUMN)
Requirement = tuple[int, frozenset[int]]  # (position in _TRIGGER_ATTRS, value hashes)


def located_requirements(pattern: list[dict[str, Any]], strings: Any) -> list[tuple[int, Requirement]]:
    """What a doc must hold for ``pattern`` to match: (position of the token in the pattern, (attribute, value
    hashes)), one per required token.

    Only required tokens (no OP, or OP "+") with a plain value or an ``IN`` list of LEMMA, LOWER, ORTH, NORM
    (TEXT counts as ORTH) give a requirement; a pattern with none can match anywhere.
    """
    requirements = []
    for position, token in enumerate(pattern):
        if token.get("OP", "1") not in ("1", "+"):
            continue
        for attr, value in token.items():
            name = "ORTH" if attr == "TEXT" else attr
            if name not in _TRIGGER_ATTRS:
                continue
            column = _TRIGGER_ATTRS.index(name)
            if isinstance(value, str):
                values = [value]
            elif isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], list):
                values = [str(v) for v in value["IN"]]
            else:
                continue
            requirements.append((position, (column, frozenset(strings.add(v) for v in values))))
    return requirements


def tokens_before(pattern: list[dict[str, Any]], position: int) -> tuple[int, int | None]:
    """The fewest and most tokens a match of ``pattern`` has before its token ``position`` (None: no limit)."""
    fewest = 0
    most: int | None = 0
    for token in pattern[:position]:
        operator = token.get("OP", "1")
        fewest += operator in ("1", "+")
        most = None if most is None or operator in ("*", "+") else most + 1
    return fewest, most


@dataclass
class PatternMatcher:
    """One token pattern: its automaton (None: spaCy's Matcher runs it), spaCy's Matcher, what a doc must hold
    for it to match, and its longest match (None: any)."""

    key: str
    matcher: Matcher
    requirements: tuple[Requirement, ...]
    max_length: int | None
    automaton: TokenAutomaton | None = None
    #: per requirement: the fewest and most tokens a match has before the token it is about
    requirement_offsets: tuple[tuple[int, int | None], ...] = ()
    #: set by ``CompiledCodebook.build_index``: the offsets of the indexed requirement, and the others
    anchor_offsets: tuple[int, int | None] | None = None
    other_requirements: tuple[Requirement, ...] = ()

    def matches(self, doc: Doc, columns: TokenColumns, first: int, last: int) -> list[Span]:
        """The pattern's matches inside tokens ``first:last`` of ``doc``."""
        if self.automaton is not None:
            return self.automaton.matches(columns, first, last)
        return [(first + start, first + end) for _, start, end in self.matcher(doc[first:last])]

    def may_match(self, values: list[set[int]]) -> bool:
        """True when the doc holds a value for every required token other than the indexed one (which the
        index found); ``values[column]`` holds the doc's values."""
        return not any(hashes.isdisjoint(values[column]) for column, hashes in self.other_requirements)


def pattern_max_length(pattern: list[dict[str, Any]]) -> int | None:
    """The most tokens ``pattern`` can match, or None when an operator lets it grow without bound."""
    if any(token.get("OP") in ("*", "+") for token in pattern):
        return None
    return len(pattern)


@dataclass
class CompiledCodebook:
    """The matchers and the compiled rules, exclusions and cue keys of a codebook."""

    matchers: list[PatternMatcher]
    phrase_matcher: PhraseMatcher
    exact_matcher: PhraseMatcher
    key_names: dict[int, str]
    rules: list[CompiledCondition] = field(default_factory=list)
    exclusions: list[CompiledCondition] = field(default_factory=list)
    cue_keys: dict[str, str] = field(default_factory=dict)
    #: hit key -> the rules and exclusions anchored on it (only those are evaluated for a doc)
    rules_by_key: dict[str, list[int]] = field(default_factory=dict)
    exclusions_by_key: dict[str, list[int]] = field(default_factory=dict)
    #: per attribute column: value hash -> positions in ``matchers`` whose rarest requirement it satisfies
    column_index: list[dict[int, list[int]]] = field(default_factory=list)
    unindexed: list[int] = field(default_factory=list)

    def conditions_for(self, hits: Hits) -> tuple[list[CompiledCondition], list[CompiledCondition]]:
        """The rules and exclusions (codebook order) that have an anchor among ``hits``."""
        rules = sorted({i for key in hits for i in self.rules_by_key.get(key, ())})
        exclusions = sorted({i for key in hits for i in self.exclusions_by_key.get(key, ())})
        return [self.rules[i] for i in rules], [self.exclusions[i] for i in exclusions]

    def build_index(self, common: frozenset[int] = frozenset()) -> None:
        """Index every pattern by its rarest requirement, so only candidate patterns are checked.

        A requirement's cost is its number of values, a common word (``common``: value hashes of stop
        words) counting as a hundred.
        """
        self.column_index = [{} for _ in _TRIGGER_ATTRS]
        self.unindexed.clear()
        self.rules_by_key.clear()
        self.exclusions_by_key.clear()
        for position, rule in enumerate(self.rules):
            for key in rule.anchors:
                self.rules_by_key.setdefault(key, []).append(position)
        for position, exclusion in enumerate(self.exclusions):
            for key in exclusion.anchors:
                self.exclusions_by_key.setdefault(key, []).append(position)

        def cost(requirement: Requirement) -> int:
            return sum(100 if value in common else 1 for value in requirement[1])

        for position, entry in enumerate(self.matchers):
            if not entry.requirements:
                self.unindexed.append(position)
                entry.anchor_offsets, entry.other_requirements = None, ()
                continue
            chosen = min(range(len(entry.requirements)), key=lambda j: cost(entry.requirements[j]))
            column, hashes = entry.requirements[chosen]
            entry.anchor_offsets = entry.requirement_offsets[chosen] if entry.requirement_offsets else None
            entry.other_requirements = entry.requirements[:chosen] + entry.requirements[chosen + 1 :]
            for value in hashes:
                self.column_index[column].setdefault(value, []).append(position)

    def hits(self, doc: Doc, sentence_of: Sequence[int] | None = None) -> Hits:
        """Every key's (start, end) token spans in ``doc`` (see ``DocMatches`` for how little is run)."""
        matches = DocMatches(self, doc, sentence_of)
        matches.run(None)
        return matches.hits

    def keys_of(self, conditions: Sequence[CompiledCondition]) -> set[str]:
        """The hit keys ``conditions`` read: their anchors, near and unless lexicons."""
        return {key for condition in conditions for key in (*condition.anchors, *condition.near, *condition.unless)}


class DocMatches:
    """The matches of one doc, found on demand: ``run(keys)`` runs only the token patterns of ``keys``.

    Phrases (both phrase matchers) are matched at once; a token pattern runs only when the doc holds a value for
    each of its required tokens, and then only on a window around each occurrence of its rarest required token
    (within its sentence). So the cost per answer grows with the rules that could match it, not with the size of
    the codebook. Token patterns never match across a sentence boundary.
    """

    def __init__(
        self, compiled: CompiledCodebook, doc: Doc, sentence_of: Sequence[int] | None,
        columns: TokenColumns | None = None,
    ) -> None:
        self.compiled = compiled
        self.doc = doc
        self.columns = columns if columns is not None else TokenColumns.of(doc)
        self.found: dict[str, set[Span]] = {}
        key_names = compiled.key_names
        for match_id, start, end in [*compiled.phrase_matcher(doc), *compiled.exact_matcher(doc)]:
            self.found.setdefault(key_names[match_id], set()).add((start, end))
        length = len(doc)
        self.sentence_of: Sequence[int] = sentence_of if sentence_of is not None else [0] * length
        self.done: set[int] = set()
        self.positions: dict[int, list[int]] = {}
        self.values: list[set[int]] = []
        self.first_of: dict[int, int] = {}
        self.end_of: dict[int, int] = {}
        if not length:
            return
        trigger_columns = [self.columns.columns[column] for column in _TRIGGER_COLUMNS]
        self.values = [set(column) for column in trigger_columns]
        positions = self.positions
        for column_values, column_index in zip(trigger_columns, compiled.column_index, strict=True):
            if column_index.keys().isdisjoint(column_values):
                continue
            for i, value in enumerate(column_values):
                candidates = column_index.get(value)
                if candidates is None:
                    continue
                for position in candidates:
                    if position in positions:
                        positions[position].append(i)
                    else:
                        positions[position] = [i]
        for position in compiled.unindexed:
            positions[position] = []
        for i, sentence in enumerate(self.sentence_of):
            self.first_of.setdefault(sentence, i)
            self.end_of[sentence] = i + 1

    def run(self, keys: set[str] | None) -> None:
        """Run the token patterns of ``keys`` (all when None) that have not run yet."""
        matchers = self.compiled.matchers
        done = self.done
        for position, anchors in self.positions.items():
            if position in done:
                continue
            entry = matchers[position]
            if keys is not None and entry.key not in keys:
                continue
            done.add(position)
            if not entry.may_match(self.values):
                continue
            if entry.automaton is not None and entry.anchor_offsets is not None:
                self._run_from_anchors(entry, entry.automaton, anchors, entry.anchor_offsets)
                continue
            for first, last in _windows(anchors, entry.max_length, self.sentence_of, self.first_of, self.end_of):
                spans = entry.matches(self.doc, self.columns, first, last)
                if spans:
                    self.found.setdefault(entry.key, set()).update(spans)

    def _run_from_anchors(
        self, entry: PatternMatcher, automaton: TokenAutomaton, anchors: list[int], offsets: tuple[int, int | None],
    ) -> None:
        """Run ``automaton`` from the starts that put its indexed token on an anchor (within the sentence)."""
        fewest, most = offsets
        starts: set[tuple[int, int]] = set()
        sentence_of, first_of, end_of = self.sentence_of, self.first_of, self.end_of
        for anchor in anchors:
            sentence = sentence_of[anchor]
            first = first_of[sentence] if most is None else max(first_of[sentence], anchor - most)
            starts.update((start, end_of[sentence]) for start in range(first, anchor - fewest + 1))
        spans = [(start, end) for start, limit in starts for end in automaton.ends_from(self.columns, start, limit)]
        if spans:
            self.found.setdefault(entry.key, set()).update(spans)

    @property
    def hits(self) -> Hits:
        """The spans found so far for every key."""
        return {key: sorted(spans) for key, spans in self.found.items()}


def _windows(
    anchors: list[int], max_length: int | None, sentence_of: Sequence[int], first_of: dict[int, int],
    end_of: dict[int, int],
) -> list[Span]:
    """Token windows to run a pattern on: around each anchor (or whole sentences), merged, within sentences."""
    if not anchors:
        return [(first_of[s], end_of[s]) for s in sorted(first_of)]
    spans = []
    for anchor in sorted(set(anchors)):
        sentence = sentence_of[anchor]
        if max_length is None:
            spans.append((first_of[sentence], end_of[sentence]))
        else:
            spans.append((max(first_of[sentence], anchor - max_length + 1), min(end_of[sentence], anchor + max_length)))
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1] and sentence_of[start] == sentence_of[merged[-1][0]]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def codebook_keywords(codebook: Codebook) -> set[str]:
    """Every lower-case word the codebook's phrases and text patterns mention (for the speller)."""
    words: set[str] = set()

    def add_text(text: str) -> None:
        current = []
        for char in text.lower():
            if char.isalpha():
                current.append(char)
            else:
                if current:
                    words.add("".join(current))
                current = []
        if current:
            words.add("".join(current))

    def add_terms(terms: Terms) -> None:
        for phrase in [*terms.phrases, *terms.exact]:
            add_text(phrase)
        for pattern in terms.patterns:
            for token in pattern:
                for attr in ("LOWER", "LEMMA", "NORM"):
                    value = token.get(attr)
                    if isinstance(value, str):
                        add_text(value)
                    elif isinstance(value, dict):
                        for listed in value.get("IN", []):
                            if isinstance(listed, str):
                                add_text(listed)

    for terms in codebook.lexicons.values():
        add_terms(terms)
    for cue in CUE_NAMES:
        add_terms(getattr(codebook.cues, cue))
    for theme in codebook.themes:
        for condition in [*theme.rules, *theme.exclusions]:
            add_terms(condition)
    return words


def compile_codebook(codebook: Codebook, nlp: Language) -> CompiledCodebook:
    """Compile ``codebook`` against ``nlp`` (which must already lemmatise and normalise tokens).

    Phrases are run through ``nlp`` so they are lemmatised exactly as the answers are.
    """
    phrase_matcher = PhraseMatcher(nlp.vocab, attr="LEMMA")
    exact_matcher = PhraseMatcher(nlp.vocab, attr="NORM")
    key_names: dict[int, str] = {}
    compiled = CompiledCodebook([], phrase_matcher, exact_matcher, key_names)
    phrase_jobs: list[tuple[str, str]] = []
    exact_jobs: list[tuple[str, str]] = []

    def register(key: str, terms: Terms) -> bool:
        expanded = codebook.expand(Terms(phrases=terms.phrases, exact=terms.exact, patterns=terms.patterns))
        if not expanded.phrases and not expanded.exact and not expanded.patterns:
            return False
        key_names[nlp.vocab.strings.add(key)] = key
        for pattern in map(lower_as_norm, expanded.patterns):
            located = located_requirements(pattern, nlp.vocab.strings)
            compiled.matchers.append(
                PatternMatcher(
                    key, _matcher(nlp, key, [pattern]), tuple(requirement for _, requirement in located),
                    pattern_max_length(pattern), compile_pattern(pattern, nlp.vocab.strings),
                    tuple(tokens_before(pattern, position) for position, _ in located),
                )
            )
        phrase_jobs.extend((key, phrase) for phrase in expanded.phrases)
        exact_jobs.extend((key, phrase) for phrase in expanded.exact)
        return True

    used_lexicons = _referenced_lexicons(codebook)
    for name in sorted(used_lexicons):
        register(f"lex:{name}", codebook.expand(codebook.lexicons[name]))
    for cue in CUE_NAMES:
        terms = getattr(codebook.cues, cue)
        if not terms.is_empty:
            register(f"cue:{cue}", codebook.expand(terms))
            compiled.cue_keys[cue] = f"cue:{cue}"
    for theme in codebook.themes:
        for rule in theme.rules:
            compiled.rules.append(_compile_condition(theme.id, rule, "rule", register, kind=rule.kind))
        for exclusion in theme.exclusions:
            compiled.exclusions.append(
                _compile_condition(theme.id, exclusion, "excl", register, scope=exclusion.scope)
            )

    texts = sorted({phrase for _, phrase in [*phrase_jobs, *exact_jobs]})
    with nlp.select_pipes(enable=[name for name in nlp.pipe_names if name == "splw_normaliser"]):
        docs = dict(zip(texts, nlp.pipe(texts), strict=True))
    for jobs, target in ((phrase_jobs, phrase_matcher), (exact_jobs, exact_matcher)):
        by_key: dict[str, list[Doc]] = {}
        for key, phrase in jobs:
            by_key.setdefault(key, []).append(docs[phrase])
        for key, phrase_docs in by_key.items():
            target.add(key, phrase_docs)
    from spacy.lang.en.stop_words import STOP_WORDS

    common = {"not", "be", "have", "do", "can", "will", "would", *STOP_WORDS}
    compiled.build_index(frozenset(nlp.vocab.strings.add(word) for word in common))
    return compiled


def lower_as_norm(pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``pattern`` with its LOWER tests read from NORM, which the normaliser sets to the lower-case word after
    spelling correction: so "managment" meets a pattern written with "management", as LEMMA patterns already do."""
    return [{("NORM" if attr == "LOWER" else attr): value for attr, value in token.items()} for token in pattern]


def _matcher(nlp: Language, key: str, patterns: list[list[dict[str, Any]]]) -> Matcher:
    matcher = Matcher(nlp.vocab)
    matcher.add(key, patterns)
    return matcher


def _compile_condition(
    theme: str,
    condition: Condition,
    prefix: str,
    register: Callable[[str, Terms], bool],
    kind: str = "topic",
    scope: str = "span",
) -> CompiledCondition:
    anchors = [f"lex:{name}" for name in condition.lexicons]
    own = Terms(phrases=condition.phrases, exact=condition.exact, patterns=condition.patterns)
    if register(f"{prefix}:{condition.id}", own):
        anchors.insert(0, f"{prefix}:{condition.id}")
    return CompiledCondition(
        theme=theme,
        id=condition.id,
        anchors=tuple(anchors),
        near=tuple(f"lex:{name}" for name in condition.near),
        within=condition.within,
        unless=tuple(f"lex:{name}" for name in condition.unless),
        kind=kind,
        scope=scope,
        max_words=condition.max_words,
    )


def _referenced_lexicons(codebook: Codebook) -> set[str]:
    names: set[str] = set()
    for cue in CUE_NAMES:
        names.update(getattr(codebook.cues, cue).lexicons)
    for theme in codebook.themes:
        for condition in [*theme.rules, *theme.exclusions]:
            names.update(condition.lexicons)
            names.update(condition.near)
            names.update(condition.unless)
    return names


def overlaps(a: Span, b: Span) -> bool:
    """True when token spans ``a`` and ``b`` share a token."""
    return a[0] < b[1] and b[0] < a[1]


def gap(a: Span, b: Span) -> int:
    """Number of tokens between two spans that do not overlap."""
    return b[0] - a[1] if b[0] >= a[1] else a[0] - b[1]


def evaluate(
    condition: CompiledCondition,
    hits: Hits,
    sentence_of: Sequence[int],
    sentence_words: Sequence[int] | None = None,
) -> list[Found]:
    """Return where ``condition`` holds in a doc: anchors whose sentence satisfies ``near``, ``unless`` and
    ``max_words`` (``sentence_words``: the number of words of each sentence)."""
    anchors = sorted({span for key in condition.anchors for span in hits.get(key, ())})
    if not anchors:
        return []
    found: list[Found] = []
    for anchor in anchors:
        sentence = sentence_of[anchor[0]]
        if condition.max_words is not None and (
            sentence_words is None or sentence_words[sentence] > condition.max_words
        ):
            continue
        if any(sentence_of[s[0]] == sentence for key in condition.unless for s in hits.get(key, ())):
            continue
        start, end = anchor
        for key in condition.near:
            best: Span | None = None
            for partner in hits.get(key, ()):
                if sentence_of[partner[0]] != sentence or overlaps(anchor, partner):
                    continue
                distance = gap(anchor, partner)
                if condition.within is not None and distance > condition.within:
                    continue
                if best is None or distance < gap(anchor, best):
                    best = partner
            if best is None:
                break
            start, end = min(start, best[0]), max(end, best[1])
        else:
            found.append(Found(anchor, (start, end)))
    return found
