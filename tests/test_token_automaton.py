"""The token automaton finds exactly what spaCy's Matcher finds, and the sentence splitter splits as the
Sentencizer does (plus line breaks)."""

from __future__ import annotations

import random
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.matcher import Matcher

from splw_text.codebook import iter_patterns, load_codebook
from splw_text.coding.rules import build_pipeline
from splw_text.coding.token_automaton import TokenColumns, compile_pattern


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(load_codebook())


def spacy_matches(nlp: Language, pattern: list[dict[str, Any]], text: str) -> set[tuple[int, int]]:
    matcher = Matcher(nlp.vocab)
    matcher.add("p", [pattern])
    doc = nlp(text)
    return {(start, end) for _, start, end in matcher(doc)}


def automaton_matches(nlp: Language, pattern: list[dict[str, Any]], text: str) -> set[tuple[int, int]]:
    automaton = compile_pattern(pattern, nlp.vocab.strings)
    assert automaton is not None
    doc = nlp(text)
    return set(automaton.matches(TokenColumns.of(doc), 0, len(doc)))


OPERATOR_CASES = [
    ([{"LOWER": "more"}, {"LOWER": "staff"}], "We need more staff, more staff and more."),
    ([{"LOWER": "more"}, {"LOWER": "admin", "OP": "?"}, {"LOWER": "staff"}], "more admin staff and more staff"),
    ([{"LOWER": "very"}, {"LOWER": "very", "OP": "*"}], "it is very very very hard"),
    ([{"LOWER": "so"}, {"LOWER": "much", "OP": "+"}], "so much much work, so little"),
    ([{"LOWER": "a", "OP": "?"}, {"LOWER": "b", "OP": "*"}, {"LOWER": "c"}], "a b b c c a c"),
    ([{"LEMMA": {"IN": ["need", "want"]}}, {"IS_PUNCT": True, "OP": "?"}, {"LOWER": {"NOT_IN": ["no"]}}],
     "I needed, time. We want no more. She wants help"),
    ([{"LOWER": {"REGEX": "^band-?[0-9]$"}}, {"LIKE_NUM": True, "OP": "?"}], "band-5 and band6 7 pay"),
    ([{"TEXT": "IT"}, {"LOWER": "access"}], "IT access, it access"),
]


@pytest.mark.parametrize(("pattern", "text"), OPERATOR_CASES)
def test_operators_and_predicates_match_as_spacy_does(
    nlp: Language, pattern: list[dict[str, Any]], text: str
) -> None:
    assert automaton_matches(nlp, pattern, text) == spacy_matches(nlp, pattern, text)


@pytest.mark.parametrize("pattern", [[{"LOWER": "a", "OP": "!"}], [{"LOWER": "a", "OP": "{2}"}],
                                     [{"SHAPE": "Xx"}], [{"LOWER": {"FUZZY": "staff"}}]])
def test_a_pattern_it_does_not_model_is_left_to_spacy(nlp: Language, pattern: list[dict[str, Any]]) -> None:
    assert compile_pattern(pattern, nlp.vocab.strings) is None


def _example_text(pattern: list[dict[str, Any]], rng: random.Random) -> str:
    """A text the pattern should match somewhere: a value for each token (optional ones at random)."""
    words = []
    for token in pattern:
        operator = token.get("OP", "1")
        repeats = {"1": 1, "?": rng.randint(0, 1), "*": rng.randint(0, 2), "+": rng.randint(1, 2)}[operator]
        value = "x"
        for attr, wanted in token.items():
            if attr in ("LOWER", "LEMMA", "ORTH", "TEXT", "NORM"):
                if isinstance(wanted, str):
                    value = wanted
                elif isinstance(wanted, dict) and "IN" in wanted:
                    value = rng.choice(wanted["IN"])
            elif attr == "IS_PUNCT" and wanted:
                value = ","
            elif attr == "LIKE_NUM" and wanted:
                value = "3"
        words.extend([value] * repeats)
    return "Well, " + " ".join(words) + " today. And " + " ".join(reversed(words)) + "."


def test_every_codebook_pattern_matches_as_spacy_does_on_texts_built_from_it(nlp: Language) -> None:
    rng = random.Random(7)
    patterns = [pattern for _, _, pattern in iter_patterns(load_codebook())]
    texts = [_example_text(pattern, rng) for pattern in patterns]
    sample = rng.sample(texts, 60)
    compared = matched = 0
    for pattern, own_text in zip(patterns, texts, strict=True):
        if compile_pattern(pattern, nlp.vocab.strings) is None:
            continue
        for text in [own_text, *sample[:5]]:
            expected = spacy_matches(nlp, pattern, text)
            assert automaton_matches(nlp, pattern, text) == expected, (pattern, text)
            matched += bool(expected) and text is own_text
        compared += 1
    assert compared >= 0.95 * len(patterns)
    assert matched >= 0.8 * len(patterns)  # the texts do exercise the patterns


SENTENCE_TEXTS = [
    "One. Two! Three? four",
    "Bullets:\n- more staff\n- better IT\n\nThanks",
    "Wait... what?! Really.",
    "No full stop here",
    "(Brackets.) \"Quoted.\" Next one.",
    "\nStarts with a break. Ends with one\n",
    "e.g. this is one sentence; I think",
]


@pytest.mark.parametrize("text", SENTENCE_TEXTS)
def test_sentences_are_the_sentencizers_plus_line_breaks(nlp: Language, text: str) -> None:
    reference = spacy.blank("en")
    reference.add_pipe("sentencizer")
    expected_doc = reference(text)
    expected = [token.is_sent_start for token in expected_doc]
    for i, token in enumerate(expected_doc[:-1]):
        if token.is_space and "\n" in token.text:
            expected[i + 1] = True
    doc = nlp(text)
    assert [token.is_sent_start for token in doc] == expected
