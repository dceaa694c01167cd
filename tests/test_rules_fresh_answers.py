"""Generalisation: the rule coder on fresh answers written in styles the dev corpus does not use.

The answers and their labels are in ``fresh_answers.py``. Every ``FRESH`` answer must get exactly its themes;
each hold-out batch must reach the hidden set's targets (micro-F1 0.80, macro-F1 0.75) overall. The batches'
first-run scores (``FIRST_RUNS``) are the honest estimate; ``test_first_runs_are_recorded`` keeps the record
complete.
"""

from __future__ import annotations

import pytest
from fresh_answers import FIRST_RUNS, FRESH, HOLDOUTS, SHORT

from splw_text.codebook import load_codebook
from splw_text.coding.rules import RuleCoder


@pytest.fixture(scope="module")
def coder() -> RuleCoder:
    return RuleCoder(load_codebook())


@pytest.mark.parametrize(("text", "expected"), FRESH, ids=[text[:40] for text, _ in FRESH])
def test_fresh_answer_gets_the_themes_of_the_frame(coder: RuleCoder, text: str, expected: frozenset[str]) -> None:
    row = coder.code_texts([text]).iloc[0]
    assert {theme for theme in coder.theme_ids if row[theme]} == expected


def scores(coder: RuleCoder, data: list[tuple[str, frozenset[str]]]) -> tuple[float, float]:
    """Micro and macro F1 of the coder on ``data`` (macro over the themes that occur in it)."""
    codes = coder.code_texts([text for text, _ in data])
    counts = {theme: [0, 0, 0] for theme in coder.theme_ids}
    for row, (_, expected) in enumerate(data):
        given = {theme for theme in coder.theme_ids if codes.iloc[row][theme]}
        for theme in coder.theme_ids:
            counts[theme][0] += theme in given and theme in expected
            counts[theme][1] += theme in given and theme not in expected
            counts[theme][2] += theme in expected and theme not in given
    tp, fp, fn = (sum(c[i] for c in counts.values()) for i in range(3))
    per_theme = [2 * a / (2 * a + b + c) for a, b, c in counts.values() if a + b + c]
    return 2 * tp / (2 * tp + fp + fn), sum(per_theme) / len(per_theme)


@pytest.mark.parametrize("name", list(HOLDOUTS))
def test_holdout_answers_reach_the_hidden_set_targets(coder: RuleCoder, name: str) -> None:
    micro, macro = scores(coder, HOLDOUTS[name])
    assert micro >= 0.80 and macro >= 0.75, (micro, macro)


def test_fresh_sets_cover_every_theme() -> None:
    for data in (FRESH, *HOLDOUTS.values()):
        assert set().union(*(expected for _, expected in data)) == set(SHORT.values())


def test_first_runs_are_recorded() -> None:
    assert list(FIRST_RUNS) == list(HOLDOUTS)
