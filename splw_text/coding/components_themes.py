"""Theme-level spaCy components of the rule coder, run in this order after the normaliser:

1. ``splw_theme_matcher``: runs the compiled matchers once, turns rule hits into theme *mentions* (with their
   sentence conditions), removes the mentions an exclusion covers, and records the cue hits.
2. ``splw_negation``: a positive mention with a negator just before it in its clause ("don't feel valued") is
   dropped; a concern mention in a clause that says the matter is resolved ("no problems with IT", "EMIS access
   was sorted") is dropped; so is one in the sentence before a turn to the present ("... . Now it's fine.").
3. ``splw_polarity``: a clause with a positive mention or an affirmative cue ("I have", "we get") and no concern
   cue is positive: its concern-theme *topic* mentions are dropped ("my manager is great and I get monthly
   supervision" is not a supervision concern). Clauses are sentences split at contrast words ("but", "though").
4. ``splw_evidence``: the mentions left become ``doc._.splw_themes`` and ``doc._.splw_evidence``.

Dropped mentions stay in ``doc._.splw_mentions`` with the reason, for ``RuleCoder.explain``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from splw_text.coding import Evidence
from splw_text.coding.patterns import CompiledCodebook, DocMatches, Hits, Span, evaluate, overlaps
from splw_text.coding.token_automaton import IS_PUNCT_COLUMN, IS_SPACE_COLUMN, TokenColumns

_PUNCT_STOPS = frozenset(",.;:!?()[]\"")
#: ``doc.user_data`` key of the text a doc was made from (set by ``RuleCoder``; rebuilt from the tokens if absent)
TEXT_KEY = "splw_text"

for _name in ("splw_mentions", "splw_cues", "splw_clauses", "splw_sentences", "splw_themes", "splw_evidence"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@dataclass
class Mention:
    """A place where a rule found a theme; ``dropped`` says why it no longer counts (None: it counts)."""

    theme: str
    rule: str
    kind: str
    anchor: Span
    span: Span
    sentence: int
    polarity: str
    dropped: str | None = None

    @property
    def live(self) -> bool:
        """True while no component has dropped the mention."""
        return self.dropped is None


@dataclass
class CueHits:
    """Cue spans of a doc by cue name, the sentence and clause index of every token, and the doc's columns."""

    spans: dict[str, list[Span]]
    sentence_of: list[int]
    clause_of: list[int]
    columns: TokenColumns
    #: the first token and the end of every sentence (as ``DocMatches`` found them)
    first_of: dict[int, int]
    end_of: dict[int, int]

    def sentence_tokens(self, sentence: int) -> Span:
        """The (start, end) tokens of the sentence numbered ``sentence``."""
        return self.first_of[sentence], self.end_of[sentence]

    def in_clause(self, cue: str, clause: int) -> list[Span]:
        """The spans of ``cue`` whose first token is in ``clause``."""
        return [span for span in self.spans.get(cue, []) if self.clause_of[span[0]] == clause]


def sentence_words(columns: TokenColumns, sentence_of: list[int]) -> list[int]:
    """The number of words (tokens that are neither punctuation nor space) of every sentence."""
    counts = [0] * (sentence_of[-1] + 1 if sentence_of else 0)
    flags = zip(sentence_of, columns.columns[IS_PUNCT_COLUMN], columns.columns[IS_SPACE_COLUMN], strict=True)
    for sentence, is_punct, is_space in flags:
        if not is_punct and not is_space:
            counts[sentence] += 1
    return counts


def clause_index(sentence_of: list[int], contrast: list[Span]) -> list[int]:
    """The clause number of every token: a new clause starts at each sentence and at each contrast cue."""
    starts = {span[0] for span in contrast}
    index = []
    clause = -1
    for i, sentence in enumerate(sentence_of):
        if i == 0 or sentence != sentence_of[i - 1] or i in starts:
            clause += 1
        index.append(clause)
    return index


class ThemeMatcher:
    """spaCy component: theme mentions from the compiled codebook, minus exclusions; cue hits recorded."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.compiled: CompiledCodebook | None = None
        self.polarity_of: dict[str, str] = {}
        self._rule_keys: set[str] = set()
        self._cue_keys: set[str] = set()
        self._exclusion_keys: dict[str, set[str]] = {}

    def configure(self, compiled: CompiledCodebook, polarity_of: dict[str, str]) -> None:
        """Give the component the compiled codebook and each theme's polarity (concern or positive)."""
        self.compiled = compiled
        self.polarity_of = polarity_of
        self._rule_keys = compiled.keys_of(compiled.rules)
        self._cue_keys = set(compiled.cue_keys.values())
        self._exclusion_keys = {}
        for exclusion in compiled.exclusions:
            self._exclusion_keys.setdefault(exclusion.theme, set()).update(compiled.keys_of([exclusion]))

    def __call__(self, doc: Doc) -> Doc:
        if self.compiled is None:
            raise RuntimeError("splw_theme_matcher is not configured (build it through RuleCoder)")
        columns = TokenColumns.of(doc)
        sentence_of = columns.sentence_of()
        words = sentence_words(columns, sentence_of)
        compiled = self.compiled
        matches = DocMatches(compiled, doc, sentence_of, columns)
        matches.run(self._rule_keys)
        hits: Hits = matches.hits
        rules, _ = compiled.conditions_for(hits)
        mentions: list[Mention] = []
        for rule in rules:
            for found in evaluate(rule, hits, sentence_of, words):
                mentions.append(
                    Mention(rule.theme, rule.id, rule.kind, found.anchor, found.span,
                            sentence_of[found.anchor[0]], self.polarity_of[rule.theme])
                )
        themes_found = {mention.theme for mention in mentions}
        if mentions:
            # exclusions of the themes found, and the cues, are only worth matching now
            wanted = set(self._cue_keys)
            for theme in themes_found:
                wanted |= self._exclusion_keys.get(theme, set())
            matches.run(wanted)
            hits = matches.hits
        _, exclusions = compiled.conditions_for(hits)
        for exclusion in exclusions:
            if exclusion.theme not in themes_found:
                continue
            for found in evaluate(exclusion, hits, sentence_of, words):
                sentence = sentence_of[found.span[0]]
                for mention in mentions:
                    if mention.theme != exclusion.theme or not mention.live:
                        continue
                    if (exclusion.scope == "sentence" and mention.sentence == sentence) or (
                        exclusion.scope == "span" and overlaps(mention.span, found.span)
                    ):
                        mention.dropped = f"exclusion {exclusion.id}"
        cues = {name: hits.get(key, []) for name, key in self.compiled.cue_keys.items()}
        clause_of = clause_index(sentence_of, cues.get("contrast", []))
        doc._.splw_mentions = mentions
        doc._.splw_cues = CueHits(cues, sentence_of, clause_of, columns, matches.first_of, matches.end_of)
        return doc


class Negation:
    """spaCy component: drops negated positive mentions and concern mentions said to be resolved."""

    def __init__(self, nlp: Language, name: str, window: int = 3) -> None:
        self.name = name
        self.window = window

    def __call__(self, doc: Doc) -> Doc:
        mentions: list[Mention] = doc._.splw_mentions or []
        cues: CueHits | None = doc._.splw_cues
        if cues is None:
            return doc
        negators = cues.spans.get("negation", [])
        contrast_starts = {span[0] for span in cues.spans.get("contrast", [])}
        resolved = self._resolved_clauses(mentions, cues)
        for mention in mentions:
            if not mention.live:
                continue
            clause = cues.clause_of[mention.anchor[0]]
            if mention.polarity == "positive":
                first = self._window_start(doc, mention.span[0], cues, contrast_starts)
                # a negator counts when it ends in the window: a longer cue ("can't honestly say I") may start
                # before it
                if any(first < e <= mention.span[0] for _, e in negators):
                    mention.dropped = "negated"
            elif clause in resolved:
                mention.dropped = "resolved"
        return doc

    @staticmethod
    def _resolved_clauses(mentions: list[Mention], cues: CueHits) -> set[int]:
        """Clauses said to be resolved. A resolved clause also resolves the clause before it in the same
        sentence when its own concerns (if any) are all of themes that clause raised: "..., but it's sorted now",
        "EMIS was a nightmare, but that's sorted now, I've got EMIS and a laptop" (not "pay is awful, but IT is
        sorted now"). The first clause of a sentence with a turn cue ("Now", "these days") does the same for the
        last clause of the sentence before, and there having the thing ("Now I get monthly supervision") counts
        as a resolution of that sentence when the clause names the matter it raised: "When I started EMIS was a
        nightmare. Now it's fine." (not "Pay is awful. Now I get supervision.")."""
        clauses: set[int] = set()
        concern_themes: dict[int, set[str]] = {}
        for mention in mentions:
            if mention.live and mention.polarity == "concern":
                concern_themes.setdefault(cues.clause_of[mention.anchor[0]], set()).add(mention.theme)
        negators = cues.spans.get("negation", [])
        turned = {cues.clause_of[start] for start, _ in cues.spans.get("turn", [])}

        def negated(start: int, clause: int) -> bool:
            return any(start - 3 <= s and e <= start and cues.clause_of[s] == clause for s, e in negators)

        def resolve_before(start: int, clause: int, needs_matter: bool) -> None:
            first = cues.first_of[cues.sentence_of[start]]
            if first == 0 or clause != cues.clause_of[first] or clause not in turned:
                return
            own = concern_themes.get(clause, set())
            earlier = cues.clause_of[first - 1]
            if (own or not needs_matter) and own <= concern_themes.get(earlier, set()):
                clauses.add(earlier)

        for start, _ in cues.spans.get("resolved", []):
            clause = cues.clause_of[start]
            if negated(start, clause):
                continue  # "nothing is working well": a negated resolution is no resolution
            clauses.add(clause)
            previous = cues.clause_of.index(clause) - 1
            if previous < 0 or cues.sentence_of[previous] != cues.sentence_of[start]:
                resolve_before(start, clause, needs_matter=False)
                continue
            earlier = cues.clause_of[previous]
            if concern_themes.get(clause, set()) <= concern_themes.get(earlier, set()):
                clauses.add(earlier)
        for start, _ in cues.spans.get("affirmative", []):
            clause = cues.clause_of[start]
            if not negated(start, clause):
                resolve_before(start, clause, needs_matter=True)
        return clauses

    def _window_start(self, doc: Doc, start: int, cues: CueHits, contrast_starts: set[int]) -> int:
        """First token of the negation window: up to ``window`` words back, not past punctuation or a clause."""
        first = start
        taken = 0
        while first > 0 and taken < self.window:
            previous = doc[first - 1]
            if previous.text in _PUNCT_STOPS or previous.is_space:
                break
            if cues.sentence_of[first - 1] != cues.sentence_of[start] or first in contrast_starts:
                break
            first -= 1
            taken += 1
        return first


class Polarity:
    """spaCy component: in positive clauses with no concern cue, concern-theme topic mentions are dropped."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        mentions: list[Mention] = doc._.splw_mentions or []
        cues: CueHits | None = doc._.splw_cues
        if cues is None or not mentions:
            return doc
        by_clause: dict[int, list[Mention]] = {}
        for mention in mentions:
            if mention.live:
                by_clause.setdefault(cues.clause_of[mention.anchor[0]], []).append(mention)
        for clause, clause_mentions in by_clause.items():
            positive_spans = [m.span for m in clause_mentions if m.polarity == "positive"]
            affirmative = cues.in_clause("affirmative", clause)
            if not positive_spans and not affirmative:
                continue
            masks = positive_spans + affirmative + cues.in_clause("neutral", clause)
            concern_words = [
                span for span in cues.in_clause("concern", clause) if not any(overlaps(span, m) for m in masks)
            ]
            concern_mentions = [m for m in clause_mentions if m.polarity == "concern" and m.kind == "concern"]
            if concern_words or concern_mentions:
                continue
            reason = "positive clause" if positive_spans else "affirmative clause"
            for mention in clause_mentions:
                if mention.polarity == "concern" and mention.kind == "topic":
                    mention.dropped = reason
        return doc


class EvidenceCollector:
    """spaCy component: the live mentions become the doc's themes and evidence (one per distinct span)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        mentions: list[Mention] = doc._.splw_mentions or []
        cues: CueHits | None = doc._.splw_cues
        themes: set[str] = set()
        evidence: list[Evidence] = []
        kept: dict[str, list[Span]] = {}
        text: str | None = None
        for mention in sorted(mentions, key=lambda m: (m.span[0], -m.span[1])):
            if not mention.live:
                continue
            themes.add(mention.theme)
            spans = kept.setdefault(mention.theme, [])
            if any(overlaps(mention.span, span) for span in spans):
                continue
            spans.append(mention.span)
            assert cues is not None  # the theme matcher sets the cues with the mentions
            if text is None:
                text = doc.user_data.get(TEXT_KEY) or cues.columns.text()
            start, end = cues.columns.char_span(*mention.span)
            sentence_start, sentence_end = cues.columns.char_span(*cues.sentence_tokens(mention.sentence))
            evidence.append(
                Evidence(
                    theme=mention.theme,
                    span=text[start:end],
                    start=start,
                    end=end,
                    sentence=text[sentence_start:sentence_end].strip(),
                    rule=mention.rule,
                    source="rules",
                    score=None,
                )
            )
        doc._.splw_themes = themes
        doc._.splw_evidence = evidence
        return doc


@Language.factory("splw_theme_matcher")
def make_theme_matcher(nlp: Language, name: str) -> ThemeMatcher:
    """Create an unconfigured theme matcher (``RuleCoder`` configures it from the codebook)."""
    return ThemeMatcher(nlp, name)


@Language.factory("splw_negation", default_config={"window": 3})
def make_negation(nlp: Language, name: str, window: int) -> Negation:
    """Create the negation component (``window``: how many words before a positive mention to look)."""
    return Negation(nlp, name, window)


@Language.factory("splw_polarity")
def make_polarity(nlp: Language, name: str) -> Polarity:
    """Create the polarity component."""
    return Polarity(nlp, name)


@Language.factory("splw_evidence")
def make_evidence(nlp: Language, name: str) -> EvidenceCollector:
    """Create the evidence collector."""
    return EvidenceCollector(nlp, name)
