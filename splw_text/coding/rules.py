"""RuleCoder: codes answers against the codebook with a spaCy pipeline built once from its rules.

The pipeline is ``spacy.blank("en")`` (no downloaded model) with::

    splw_sentences -> splw_normaliser (lookup lemmas, spelling)
        -> splw_theme_matcher -> splw_negation -> splw_polarity -> splw_evidence

See ``components_text`` and ``components_themes`` for what each component does, and ``models/codebook.yaml``
for the rules. Codes are one bool column per theme id (codebook order) plus ``evidence`` (list of Evidence).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import splw_text.coding.components_text  # noqa: F401  (registers the text components)
import splw_text.coding.components_themes  # noqa: F401  (registers the theme components)
from splw_text.codebook import Codebook, load_codebook
from splw_text.coding import Evidence
from splw_text.coding.components_text import Normaliser, Speller, english_words, lemma_lookup
from splw_text.coding.components_themes import TEXT_KEY, Mention, Negation, ThemeMatcher
from splw_text.coding.patterns import codebook_keywords, compile_codebook

Progress = Callable[[int], None]


@dataclass(frozen=True)
class MentionTrace:
    """One rule mention in an answer, kept or dropped, for ``RuleCoder.explain``."""

    theme: str
    rule: str
    text: str
    sentence: str
    kept: bool
    reason: str


def build_pipeline(codebook: Codebook) -> Language:
    """Build the rule-coding spaCy pipeline for ``codebook`` (blank English, no downloaded model)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("splw_sentences")
    # The normaliser is the lookup lemmatiser: spacy-lookups-data's English table, looked up on the lower-cased,
    # spelling-corrected word (spaCy's own lookup lemmatiser is case-sensitive and would be done twice).
    normaliser = nlp.add_pipe("splw_normaliser")
    lookup = lemma_lookup()
    keywords = codebook_keywords(codebook)
    settings = codebook.normalisation
    speller = (
        Speller(keywords, english_words() | frozenset(settings.spelling_ignore), settings.spelling_min_length)
        if settings.spelling
        else None
    )
    assert isinstance(normaliser, Normaliser)
    normaliser.configure(lookup, settings.lemmas, keywords, speller)
    compiled = compile_codebook(codebook, nlp)
    matcher = nlp.add_pipe("splw_theme_matcher")
    assert isinstance(matcher, ThemeMatcher)
    matcher.configure(compiled, {theme.id: theme.polarity for theme in codebook.themes})
    negation = nlp.add_pipe("splw_negation", config={"window": codebook.cues.negation_window})
    assert isinstance(negation, Negation)
    nlp.add_pipe("splw_polarity")
    nlp.add_pipe("splw_evidence")
    return nlp


# typographic quotes, as word processors and phones type them, read as the plain ones the rules are written with
# ("I’m", "can’t"); one character for one, so offsets stay valid
_PLAIN_QUOTES = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u201b": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"'}
)


def matchable(text: object) -> str:
    """The text the rules see: typographic quotes read as plain ones, and an answer typed all in capitals is read
    in lower case.

    Shouting would otherwise turn ordinary words into abbreviations ("IF IT WILL BE RENEWED" is not IT).
    Offsets stay valid: quotes are replaced one character for one, and the text is only lowered when that keeps
    its length.
    """
    if not isinstance(text, str):
        return ""
    text = text.translate(_PLAIN_QUOTES)
    if text.isupper():
        lowered = text.lower()
        if len(lowered) == len(text):
            return lowered
    return text


def dropped_in(doc: Doc) -> frozenset[str]:
    """The themes of ``doc``'s rule mentions that were found and then dropped."""
    return frozenset(mention.theme for mention in doc._.splw_mentions or [] if not mention.live)


class RuleCoder:
    """Rule-based coder: ``code(answers)`` / ``code_texts(texts)`` -> bool theme columns + ``evidence``.

    Follows scikit-learn conventions: plain constructor parameters, ``fit`` (a no-op: rules are not learned)
    and ``predict`` (a bool matrix, answers x themes).
    """

    source = "rules"

    def __init__(self, codebook: Codebook | None = None, batch_size: int = 256, cache_size: int = 50_000) -> None:
        self.codebook = codebook if codebook is not None else load_codebook()
        self.batch_size = batch_size
        self.cache_size = cache_size
        self.nlp = build_pipeline(self.codebook)
        # text -> (theme ids, evidence, themes of dropped mentions): survey answers repeat ("More staff.",
        # "Training"), and a text always codes the same way, so each distinct text is coded once
        # (an OrderedDict: evicting the oldest entry from a plain dict gets slower with every eviction)
        self._cache: OrderedDict[str, tuple[frozenset[str], tuple[Evidence, ...], frozenset[str]]] = OrderedDict()

    @property
    def theme_ids(self) -> list[str]:
        """The theme ids (codebook order): the bool columns of the codes."""
        return list(self.codebook.theme_ids)

    def fit(self, texts: Sequence[str] | None = None, labels: object = None) -> RuleCoder:
        """Nothing to learn; returns self (scikit-learn convention)."""
        return self

    def predict(self, texts: Sequence[str]) -> np.ndarray:
        """Return a bool matrix (len(texts) x themes, codebook order)."""
        return self.code_texts(list(texts))[self.theme_ids].to_numpy(dtype=bool)

    def docs(self, texts: Sequence[str]) -> Iterator[Doc]:
        """Run the pipeline over ``texts`` in batches (single process)."""
        return self.nlp.pipe((self.make_doc(text) for text in texts), batch_size=self.batch_size)

    def make_doc(self, text: object) -> Doc:
        """The tokenised doc of what the rules see of ``text``; the text as written is kept for cutting evidence
        from (``matchable`` keeps every offset, so evidence quotes the answer's own quotes and capitals)."""
        seen = matchable(text)
        doc = self.nlp.make_doc(seen)
        doc.user_data[TEXT_KEY] = text if isinstance(text, str) and len(text) == len(seen) else seen
        return doc

    def code_texts(self, texts: Sequence[str], progress: Progress | None = None) -> pd.DataFrame:
        """Code plain strings; the frame has a RangeIndex, one bool column per theme and ``evidence``."""
        return self._code(list(texts), [False] * len(texts), pd.RangeIndex(len(texts)), progress)

    def code(self, answers: pd.DataFrame, progress: Progress | None = None) -> pd.DataFrame:
        """Code an answers table (``text_clean``, else ``text``); rows with ``non_response`` get no themes.

        The result is aligned with ``answers.index``.
        """
        column = "text_clean" if "text_clean" in answers.columns else "text"
        if column not in answers.columns:
            raise KeyError("answers need a 'text_clean' or a 'text' column")
        texts = ["" if pd.isna(value) else str(value) for value in answers[column]]
        if "non_response" in answers.columns:
            skip = [bool(value) for value in answers["non_response"].fillna(False)]
        else:
            skip = [False] * len(texts)
        return self._code(texts, skip, answers.index, progress)

    def _code(self, texts: list[str], skip: list[bool], index: pd.Index, progress: Progress | None) -> pd.DataFrame:
        theme_ids = self.theme_ids
        flags = np.zeros((len(texts), len(theme_ids)), dtype=bool)
        evidence: list[list[Evidence]] = [[] for _ in texts]
        position = {theme: column for column, theme in enumerate(theme_ids)}
        todo = [i for i, text in enumerate(texts) if not skip[i] and text.strip()]
        cache = self._cache
        fresh = list(dict.fromkeys(texts[i] for i in todo if texts[i] not in cache))
        coded_now: dict[str, tuple[frozenset[str], tuple[Evidence, ...], frozenset[str]]] = {}
        reported = 0
        for text, doc in zip(fresh, self.docs(fresh), strict=True):
            found = sorted(doc._.splw_evidence, key=lambda e: (position[e.theme], e.start))
            coded_now[text] = (frozenset(doc._.splw_themes), tuple(found), dropped_in(doc))
            if progress is not None and len(coded_now) % self.batch_size == 0:
                progress(self.batch_size)
                reported += self.batch_size
        for row in todo:
            themes, found_here, _ = coded_now.get(texts[row]) or cache[texts[row]]
            for theme in themes:
                flags[row, position[theme]] = True
            evidence[row] = list(found_here)
        if progress is not None and len(todo) > reported:
            progress(len(todo) - reported)
        for text, coded in coded_now.items():
            if len(cache) >= self.cache_size > 0:
                cache.popitem(last=False)
            if self.cache_size > 0:
                cache[text] = coded
        codes = pd.DataFrame(flags, columns=theme_ids, index=index)
        codes["evidence"] = pd.Series(evidence, index=index, dtype=object)
        return codes

    def dropped_themes(self, texts: Sequence[str]) -> list[frozenset[str]]:
        """For each text, the themes of the rule mentions that were found and then dropped (negated, resolved,
        in a positive clause, excluded): evidence against a theme. Texts coded before are not coded again."""
        texts = ["" if not isinstance(text, str) else text for text in texts]
        missing = [text for text in dict.fromkeys(texts) if text.strip() and text not in self._cache]
        coded_now = {}
        for text, doc in zip(missing, self.docs(missing), strict=True):
            coded_now[text] = dropped_in(doc)
        empty: frozenset[str] = frozenset()
        return [
            coded_now[text] if text in coded_now else self._cache[text][2] if text in self._cache else empty
            for text in texts
        ]

    def explain(self, text: str) -> list[MentionTrace]:
        """Every rule mention found in ``text``, kept or dropped and why (for reviewing rules)."""
        doc = self.nlp(self.make_doc(text))
        sentences = list(doc.sents)
        traces = []
        mentions: list[Mention] = doc._.splw_mentions or []
        for mention in sorted(mentions, key=lambda m: m.span):
            traces.append(
                MentionTrace(
                    theme=mention.theme,
                    rule=mention.rule,
                    text=doc[mention.span[0]:mention.span[1]].text,
                    sentence=sentences[mention.sentence].text.strip(),
                    kept=mention.live,
                    reason=mention.dropped or "kept",
                )
            )
        return traces
