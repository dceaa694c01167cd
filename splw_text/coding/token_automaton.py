"""Token patterns (spaCy Matcher syntax) compiled to small automata that run over a doc's attribute columns.

spaCy's Matcher is fast per token but costs a lot per call (a Span for the window, Python objects for every match).
The rule coder runs a few hundred small patterns on a few windows of every answer, so those calls were most of its
time. Here a pattern becomes a tuple of token tests on integer columns that are read once per doc
(``TokenColumns``), and it runs from the candidate start positions only.

It finds the same matches as spaCy's Matcher with its default (non-greedy) settings: every ``(start, end)`` for
which the tokens match the pattern (``tests/test_token_automaton.py`` compares the two on the same docs). A
pattern that uses anything else (other attributes or operators such as ``!`` or ``{n,m}``) is not compiled
(``compile_pattern`` returns None) and its caller keeps spaCy's Matcher for it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LEMMA, LENGTH, LIKE_NUM, LOWER, NORM, ORTH, SENT_START, SPACY
from spacy.strings import StringStore
from spacy.tokens import Doc

#: the attributes read from every doc, in column order
COLUMN_ATTRS = (ORTH, LOWER, LEMMA, NORM, IS_PUNCT, LIKE_NUM, IS_SPACE, SENT_START, IDX, LENGTH, SPACY)
ORTH_COLUMN, LOWER_COLUMN, LEMMA_COLUMN, NORM_COLUMN = 0, 1, 2, 3
IS_PUNCT_COLUMN, LIKE_NUM_COLUMN, IS_SPACE_COLUMN = 4, 5, 6
_STRING_COLUMNS = {"ORTH": ORTH_COLUMN, "TEXT": ORTH_COLUMN, "LOWER": LOWER_COLUMN, "LEMMA": LEMMA_COLUMN,
                   "NORM": NORM_COLUMN}
_FLAG_COLUMNS = {"IS_PUNCT": IS_PUNCT_COLUMN, "LIKE_NUM": LIKE_NUM_COLUMN, "IS_SPACE": IS_SPACE_COLUMN}
SENT_START_COLUMN = 7
IDX_COLUMN = 8
LENGTH_COLUMN = 9
SPACY_COLUMN = 10
_OPERATORS = {"1", "?", "*", "+"}

Span = tuple[int, int]


@dataclass
class TokenColumns:
    """A doc read once: ``columns[c][i]`` is attribute ``COLUMN_ATTRS[c]`` of token ``i``; ``strings`` turns a
    string column's hashes back into text (only regular-expression tests need it)."""

    columns: list[list[int]]
    strings: StringStore

    @classmethod
    def of(cls, doc: Doc) -> TokenColumns:
        """Read ``doc``'s columns (one ``doc.to_array`` call)."""
        if not len(doc):
            return cls([[] for _ in COLUMN_ATTRS], doc.vocab.strings)
        return cls(doc.to_array(list(COLUMN_ATTRS)).T.tolist(), doc.vocab.strings)

    def __len__(self) -> int:
        return len(self.columns[0])

    def sentence_of(self) -> list[int]:
        """The sentence number of every token (a sentence starts where SENT_START is 1, and at token 0)."""
        index = []
        sentence = 0
        for i, start in enumerate(self.columns[SENT_START_COLUMN]):
            if start == 1 and i:
                sentence += 1
            index.append(sentence)
        return index

    def text(self) -> str:
        """The doc's text, rebuilt from the columns (cheaper than ``Doc.text``, which makes every Token)."""
        strings = self.strings
        return "".join(
            strings[orth] + " " if space else strings[orth]
            for orth, space in zip(self.columns[ORTH_COLUMN], self.columns[SPACY_COLUMN], strict=True)
        )

    def char_span(self, start: int, end: int) -> tuple[int, int]:
        """Character offsets of tokens ``start:end`` (the text of a spaCy Span over them)."""
        idx = self.columns[IDX_COLUMN]
        return idx[start], idx[end - 1] + self.columns[LENGTH_COLUMN][end - 1]


# A token test: (column, kind, value). Kinds: "eq" (value: int), "in" / "not_in" (frozenset of ints),
# "regex" (compiled pattern, searched in the column's text).
TokenTest = tuple[int, str, Any]


@dataclass(frozen=True)
class TokenAutomaton:
    """One compiled pattern: per pattern token its tests and operator; ``closure[k]``: the pattern positions
    reachable from ``k`` by skipping optional tokens (``len(tokens)`` stands for "matched")."""

    tests: tuple[tuple[TokenTest, ...], ...]
    operators: tuple[str, ...]
    closure: tuple[frozenset[int], ...]

    def ends_from(self, columns: TokenColumns, start: int, limit: int) -> list[int]:
        """Every ``end <= limit`` such that tokens ``start:end`` match (empty matches excluded)."""
        final = len(self.tests)
        states = self.closure[0]
        ends = []
        i = start
        while states and i < limit:
            reached: set[int] = set()
            for k in states:
                if k == final or not _passes(self.tests[k], columns, i):
                    continue
                reached |= self.closure[k + 1]
                if self.operators[k] in ("*", "+"):
                    reached |= self.closure[k]
            i += 1
            if final in reached:
                ends.append(i)
            states = frozenset(reached)
        return ends

    def matches(self, columns: TokenColumns, first: int, last: int) -> list[Span]:
        """Every match inside tokens ``first:last`` (what spaCy's Matcher returns on ``doc[first:last]``)."""
        return [(start, end) for start in range(first, last) for end in self.ends_from(columns, start, last)]


def _passes(tests: tuple[TokenTest, ...], columns: TokenColumns, i: int) -> bool:
    for column, kind, value in tests:
        got = columns.columns[column][i]
        if kind == "eq":
            if got != value:
                return False
        elif kind == "in":
            if got not in value:
                return False
        elif kind == "not_in":
            if got in value:
                return False
        elif not value.search(columns.strings[got]):
            return False
    return True


def compile_pattern(pattern: Sequence[dict[str, Any]], strings: StringStore) -> TokenAutomaton | None:
    """Compile a spaCy token pattern, or return None when it uses something the automaton does not model."""
    tests: list[tuple[TokenTest, ...]] = []
    operators: list[str] = []
    for token in pattern:
        operator = str(token.get("OP", "1"))
        if operator not in _OPERATORS:
            return None
        token_tests = []
        for attr, value in token.items():
            if attr == "OP":
                continue
            test = _compile_test(attr, value, strings)
            if test is None:
                return None
            token_tests.append(test)
        tests.append(tuple(token_tests))
        operators.append(operator)
    if not tests:
        return None
    closure = []
    for k in range(len(tests) + 1):
        reachable = {k}
        j = k
        while j < len(tests) and operators[j] in ("?", "*"):
            j += 1
            reachable.add(j)
        closure.append(frozenset(reachable))
    return TokenAutomaton(tuple(tests), tuple(operators), tuple(closure))


def _compile_test(attr: str, value: Any, strings: StringStore) -> TokenTest | None:
    if attr in _FLAG_COLUMNS:
        return (_FLAG_COLUMNS[attr], "eq", int(bool(value))) if isinstance(value, bool) else None
    if attr not in _STRING_COLUMNS:
        return None
    column = _STRING_COLUMNS[attr]
    if isinstance(value, str):
        return column, "eq", strings.add(value)
    if not isinstance(value, dict) or len(value) != 1:
        return None
    (operator, operand), = value.items()
    if operator in ("IN", "NOT_IN") and isinstance(operand, list) and all(isinstance(v, str) for v in operand):
        return column, operator.lower(), frozenset(strings.add(v) for v in operand)
    if operator == "REGEX" and isinstance(operand, str):
        return column, "regex", re.compile(operand)
    return None
