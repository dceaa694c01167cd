"""Cleaning: text repair and normalisation, and the non-response rules."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from splw_text.clean import clean_answers, clean_text, default_detector, load_non_response_rules
from splw_text.errors import InputError


def test_mojibake_is_repaired() -> None:
    assert clean_text("I donâ€™t have a smartcard") == "I don't have a smartcard"


def test_cleaning_twice_changes_nothing_even_when_a_control_character_hid_mojibake() -> None:
    once = clean_text("\x8d\u00dc\u00af")
    assert clean_text(once) == once


def test_spaces_are_collapsed_and_line_breaks_kept() -> None:
    assert clean_text("  more   staff \n\n\n  less\tpaperwork  ") == "more staff\nless paperwork"


def test_bullet_characters_become_plain_list_dashes() -> None:
    assert clean_text("• training\n• supervision") == "- training\n- supervision"


@pytest.mark.parametrize(
    "text",
    ["n/a", "N/A.", "NA", "no", "No.", "nothing to add", "Nothing else to add, thank you", "-", "...",
     "see above", "As above", "Same as previous answer", "see Q2", "not really", "none at this time",
     "Not at the moment", "nope", "No comment", "All of the above", "Thanks for asking!", "not sure", "nil"],
)
def test_empty_answers_are_non_responses(text: str) -> None:
    assert default_detector().is_non_response(text)


@pytest.mark.parametrize(
    "text",
    ["Nothing really, I'm well supported", "As I said above, we need admin support", "No supervision at all",
     "None of the GPs understand the role", "no laptop", "More staff", "Training", "not enough groups to refer to",
     "No, but I would like a clearer career path"],
)
def test_answers_with_substance_are_not_non_responses(text: str) -> None:
    assert not default_detector().is_non_response(text)


def test_clean_answers_adds_the_three_documented_columns() -> None:
    answers = pd.DataFrame({"respondent_id": ["1"], "question": ["q1"], "text": ["  N/A "]})
    cleaned = clean_answers(answers, redact=False)
    assert cleaned[["text_clean", "non_response", "text_redacted"]].iloc[0].tolist() == ["N/A", True, "N/A"]


def test_rules_that_do_not_compile_are_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text("version: 1\nmax_words: 5\npatterns: ['(unclosed']\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"rules.yaml: pattern '\(unclosed' does not compile"):
        load_non_response_rules(path)


def test_non_response_f1_on_dev_is_at_least_095(dev_responses: Path, dev_gold: Path) -> None:
    from sklearn.metrics import f1_score

    from splw_text.config import load_config
    from splw_text.load import load_survey

    answers = clean_answers(load_survey(dev_responses, load_config()).answers, redact=False)
    raw_gold = pd.read_csv(dev_gold, dtype=str, keep_default_na=False)
    merged = answers.merge(raw_gold, on=["respondent_id", "question"], suffixes=("", "_gold"))
    assert len(merged) == len(answers)
    assert f1_score(merged["non_response_gold"] == "1", merged["non_response"]) >= 0.95
