"""Text-level spaCy components of the rule coder: line-break sentences and the token normaliser.

- ``splw_sentences``: spaCy's Sentencizer rule, and a line break starts a new sentence (list items and bullets
  are separate statements).
- ``splw_normaliser``: sets, for every token, ``norm_`` to the lower-cased word after spelling correction and
  ``lemma_`` to the lower-cased lemma of that word (lookup table, codebook overrides, plural abbreviations),
  so every rule can match on lower-case lemmas whatever the case or a one-letter typo of the answer.

Spelling correction is a small fuzzy layer built once from the codebook's own keywords: a word that is not an
English word and is one edit (insert, delete, substitute, swap) from exactly one keyword of at least
``spelling_min_length`` letters is read as that keyword ("supervison" -> "supervision").
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import IS_LOWER, IS_PUNCT, IS_SPACE, LEMMA, NORM, ORTH, SENT_START
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

_MAX_CACHE = 200_000


class Sentences:
    """spaCy component: sentence starts as spaCy's Sentencizer sets them (after sentence-final punctuation),
    plus a new sentence after every line break (list items and bullets are separate statements).

    A question or exclamation mark inside a quotation that the sentence goes on after ("a note saying 'housing?'
    turned out to be an eviction") does not end the sentence: the quote closes and a lower-case word follows.

    It reads the doc as integer columns rather than Token objects, which makes it several times cheaper than
    the Sentencizer followed by a line-break pass.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        strings = nlp.vocab.strings
        self.punct_chars = frozenset(strings.add(char) for char in Sentencizer.default_punct_chars)
        self.quoted_marks = frozenset(strings.add(char) for char in ("?", "!"))
        self.closing_quotes = frozenset(strings.add(char) for char in ("'", '"', "\u2019", "\u201d"))
        self._breaks: dict[int, bool] = {}

    def __call__(self, doc: Doc) -> Doc:
        length = len(doc)
        if not length:
            return doc
        orths, puncts, spaces, lowers = doc.to_array([ORTH, IS_PUNCT, IS_SPACE, IS_LOWER]).T.tolist()
        starts = [-1] * length
        starts[0] = 1
        start = 0
        seen_period = False
        punct_chars = self.punct_chars
        for i in range(length):
            in_punct_chars = orths[i] in punct_chars
            if seen_period and not puncts[i] and not in_punct_chars:
                starts[start] = 1
                start = i
                seen_period = False
            elif in_punct_chars and not self._inside_quote(i, orths, lowers):
                seen_period = True
        starts[start] = 1
        for i in range(length - 1):
            if spaces[i] and self._is_break(doc, orths[i]):
                starts[i + 1] = 1
        doc.from_array([SENT_START], numpy.asarray(starts, dtype=numpy.int64).astype(numpy.uint64))  # type: ignore[arg-type]
        return doc

    def _inside_quote(self, i: int, orths: list[int], lowers: list[int]) -> bool:
        """Whether the mark at ``i`` is a ? or ! that a closing quote and a lower-case word follow."""
        return (orths[i] in self.quoted_marks and i + 2 < len(orths) and orths[i + 1] in self.closing_quotes
                and bool(lowers[i + 2]))

    def _is_break(self, doc: Doc, orth: int) -> bool:
        known = self._breaks.get(orth)
        if known is None:
            known = self._breaks[orth] = "\n" in doc.vocab.strings[orth]
        return known


@Language.factory("splw_sentences")
def make_sentences(nlp: Language, name: str) -> Sentences:
    """Create the sentence splitter (the Sentencizer's rule plus line breaks)."""
    return Sentences(nlp, name)


def _lookups_data(name: str) -> Any:
    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).resolve().parent / "data" / name
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return json.load(handle)


@lru_cache(maxsize=1)
def lemma_lookup() -> dict[str, str]:
    """The English lookup lemma table of spacy-lookups-data (word form -> lemma), as strings."""
    table: dict[str, str] = _lookups_data("en_lemma_lookup.json.gz")
    return table


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Lower-case English word forms known to spacy-lookups-data (lemma index and lookup table)."""
    words: set[str] = set()
    for entries in _lookups_data("en_lemma_index.json.gz").values():
        words.update(word.lower() for word in entries)
    for form, lemma in lemma_lookup().items():
        words.add(form.lower())
        words.add(lemma.lower())
    return frozenset(words)


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def within_one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by at most one insert, delete, substitution or adjacent swap."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diffs = [i for i in range(la) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        if len(diffs) != 2 or diffs[1] != diffs[0] + 1:
            return False
        first, second = diffs
        return a[first] == b[second] and a[second] == b[first]
    short, long_ = (a, b) if la < lb else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _edit_kind(word: str, keyword: str) -> int:
    """0: a letter is missing from ``word``, 1: two letters swapped, 2: one wrong letter, 3: an extra letter."""
    if len(keyword) > len(word):
        return 0
    if len(keyword) < len(word):
        return 3
    diffs = [i for i in range(len(word)) if word[i] != keyword[i]]
    return 1 if len(diffs) == 2 else 2


class Speller:
    """Corrects words one edit away from a codebook keyword (symmetric-delete index, built once)."""

    def __init__(self, keywords: Iterable[str], known_words: frozenset[str], min_length: int = 5) -> None:
        self.keywords = frozenset(k for k in keywords if len(k) >= min_length and k.isalpha())
        self.known_words = known_words
        self.min_length = min_length
        self._index: dict[str, set[str]] = {}
        for keyword in self.keywords:
            self._index.setdefault(keyword, set()).add(keyword)
            for variant in _deletions(keyword):
                self._index.setdefault(variant, set()).add(keyword)
        self._cache: dict[str, str | None] = {}

    def correct(self, word: str) -> str | None:
        """Return the keyword ``word`` is a misspelling of, or None (word lower-cased, alphabetic)."""
        if word in self._cache:
            return self._cache[word]
        result = self._lookup(word)
        if len(self._cache) < _MAX_CACHE:
            self._cache[word] = result
        return result

    def _lookup(self, word: str) -> str | None:
        if len(word) < self.min_length or word in self.keywords or word in self.known_words:
            return None
        candidates: set[str] = set(self._index.get(word, ()))
        for variant in _deletions(word):
            candidates.update(self._index.get(variant, ()))
        matches = [k for k in candidates if within_one_edit(word, k)]
        if len(matches) <= 1:
            return matches[0] if matches else None
        # Several readings: a dropped letter is the commonest typo, then a swap, a wrong letter, an extra letter.
        ranked = sorted(matches, key=lambda k: (_edit_kind(word, k), k))
        best, runner_up = ranked[0], ranked[1]
        return best if _edit_kind(word, best) < _edit_kind(word, runner_up) else None


class Normaliser:
    """spaCy component: lower-case, spelling-corrected ``norm_`` and lower-case ``lemma_`` for every token."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.lookup: dict[str, str] = {}
        self.overrides: dict[str, str] = {}
        self.keywords: frozenset[str] = frozenset()
        self.speller: Speller | None = None
        self._cache: dict[tuple[int, bool], tuple[int, int]] = {}

    def configure(
        self,
        lookup: dict[str, str],
        overrides: dict[str, str],
        keywords: Iterable[str],
        speller: Speller | None,
    ) -> None:
        """Give the normaliser its lemma lookup table, codebook overrides, keywords and speller."""
        self.lookup = lookup
        self.overrides = {key.lower(): value.lower() for key, value in overrides.items()}
        self.keywords = frozenset(keywords)
        self.speller = speller
        self._cache.clear()

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, NORM, SENT_START, IS_SPACE]).tolist()
        strings = doc.vocab.strings
        out = []
        for orth, tokenizer_norm, sent_start, is_space in rows:
            if is_space:
                out.append((orth, orth))
                continue
            key = (orth, sent_start == 1)
            cached = self._cache.get(key)
            if cached is None:
                text = strings[orth]
                # Acronyms and capitalised words inside a sentence are names or abbreviations: never "corrected".
                may_correct = not (text.isupper() or (text[:1].isupper() and sent_start != 1))
                norm, lemma = self._normalise(text, strings[tokenizer_norm], may_correct)
                cached = (strings.add(norm), strings.add(lemma))
                if len(self._cache) < _MAX_CACHE:
                    self._cache[key] = cached
            out.append(cached)
        doc.from_array([NORM, LEMMA], numpy.asarray(out, dtype=numpy.uint64))  # type: ignore[arg-type]
        return doc

    def _normalise(self, text: str, tokenizer_norm: str, may_correct: bool) -> tuple[str, str]:
        lower = text.lower()
        if may_correct and self.speller is not None and lower.isalpha():
            corrected = self.speller.correct(lower)
            if corrected is not None:
                lower = corrected
        if lower in self.overrides:
            return lower, self.overrides[lower]
        lemma = self.lookup.get(lower) or self.lookup.get(text)
        if lemma is not None:
            lemma = lemma.lower()
            return lower, self.overrides.get(lemma, lemma)
        # tokenizer exceptions give contractions their full word ("n't" -> "not", "ca" -> "can")
        norm = tokenizer_norm.lower()
        if norm != lower and norm.isalpha() and norm in self.overrides:
            return lower, self.overrides[norm]
        # plurals of abbreviations and codebook words the table lacks: "gps" -> "gp", "lws" -> "lw"
        if len(lower) > 2 and lower.endswith("s") and lower[:-1] in self.keywords:
            return lower, lower[:-1]
        return lower, lower


@Language.factory("splw_normaliser")
def make_normaliser(nlp: Language, name: str) -> Normaliser:
    """Create an unconfigured normaliser (``RuleCoder`` configures it from the codebook)."""
    return Normaliser(nlp, name)
