"""Evaluation against gold labels, and the coded answers file it reads."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from splw_text.codebook import load_codebook
from splw_text.coding import Evidence
from splw_text.coding.coded_file import coded_answers_frame, evidence_from_json, evidence_to_json
from splw_text.coding.evaluate import Target, evaluate
from splw_text.errors import InputError
from splw_text.labels import labels_from_frame

THEMES = ["money", "time", "joy"]


def table(rows: list[tuple[str, str, int, str]]) -> pd.DataFrame:
    raw = pd.DataFrame(rows, columns=["respondent_id", "question", "non_response", "themes"]).astype(str)
    return labels_from_frame(raw, THEMES)


GOLD = table([
    ("1", "q1", 0, "money"),
    ("2", "q1", 0, "money;time"),
    ("3", "q1", 0, "time"),
    ("4", "q1", 1, ""),
    ("5", "q1", 0, "joy"),
])


def test_a_perfect_coding_scores_one_everywhere() -> None:
    result = evaluate(GOLD, GOLD, THEMES)
    assert result.micro_f1 == 1.0 and result.macro_f1 == 1.0 and result.errors == []
    assert all(score.kappa == 1.0 for score in result.themes)


def test_per_theme_precision_recall_f1_and_counts() -> None:
    predicted = table([
        ("1", "q1", 0, "money"),
        ("2", "q1", 0, "money"),
        ("3", "q1", 0, "time;money"),
        ("4", "q1", 1, ""),
        ("5", "q1", 0, "joy"),
    ])
    result = evaluate(predicted, GOLD, THEMES)
    money = result.themes[0]
    assert (money.support, money.predicted, money.true_positives, money.false_positives) == (2, 3, 2, 1)
    assert money.precision == pytest.approx(2 / 3) and money.recall == 1.0
    time = result.themes[1]
    assert time.recall == 0.5 and time.precision == 1.0
    assert result.micro_precision == pytest.approx(4 / 5) and result.micro_recall == pytest.approx(4 / 5)


def test_cohen_kappa_per_theme() -> None:
    predicted = table([
        ("1", "q1", 0, ""),
        ("2", "q1", 0, "money;time"),
        ("3", "q1", 0, "time"),
        ("4", "q1", 1, ""),
        ("5", "q1", 0, "joy;money"),
    ])
    result = evaluate(predicted, GOLD, THEMES)
    # money: gold 1 1 0 0 0 vs coded 0 1 0 0 1 -> observed 0.6, expected 0.52
    assert result.themes[0].kappa == pytest.approx((0.6 - 0.52) / (1 - 0.52))


def test_macro_f1_is_the_mean_of_theme_f1() -> None:
    predicted = table([("1", "q1", 0, ""), ("2", "q1", 0, "money;time"), ("3", "q1", 0, "time"),
                       ("4", "q1", 1, ""), ("5", "q1", 0, "")])
    result = evaluate(predicted, GOLD, THEMES)
    assert result.macro_f1 == pytest.approx(sum(score.f1 for score in result.themes) / 3)


def test_non_response_f1() -> None:
    predicted = table([("1", "q1", 1, ""), ("2", "q1", 0, "money;time"), ("3", "q1", 0, "time"),
                       ("4", "q1", 1, ""), ("5", "q1", 0, "joy")])
    nr = evaluate(predicted, GOLD, THEMES).non_response
    assert (nr["precision"], nr["recall"], nr["gold"], nr["predicted"]) == (0.5, 1.0, 1, 2)


def test_errors_list_the_worst_theme_first_missed_before_extra() -> None:
    predicted = table([("1", "q1", 0, "joy"), ("2", "q1", 0, "time"), ("3", "q1", 0, "time"),
                       ("4", "q1", 1, ""), ("5", "q1", 0, "joy")])
    errors = evaluate(predicted, GOLD, THEMES).errors
    assert [(e.theme, e.kind, e.respondent_id) for e in errors] == [
        ("money", "missed", "1"), ("money", "missed", "2"), ("joy", "extra", "1")
    ]
    assert errors[0].gold_themes == ["money"] and errors[0].predicted_themes == ["joy"]


def test_errors_carry_the_redacted_text_and_the_evidence_of_an_extra_theme() -> None:
    predicted = GOLD.copy()
    predicted.loc[0, "joy"] = True
    predicted["text_redacted"] = ["I love it, [NAME] is great", "", "", "", ""]
    predicted["evidence"] = [json.dumps([{"theme": "joy", "span": "love it", "rule": "joy.words"}]), "[]", "[]",
                             "[]", "[]"]
    (error,) = evaluate(predicted, GOLD, THEMES).errors
    assert error.text == "I love it, [NAME] is great"
    assert error.evidence[0]["rule"] == "joy.words"


def test_only_answers_in_both_tables_are_scored() -> None:
    predicted = table([("1", "q1", 0, "money"), ("9", "q9", 0, "time")])
    assert evaluate(predicted, GOLD, THEMES).answers == 1


def test_no_shared_answer_is_an_input_error() -> None:
    with pytest.raises(InputError, match="share no answer"):
        evaluate(table([("9", "q9", 0, "")]), GOLD, THEMES)


def test_targets_are_reported_met_or_not() -> None:
    targets = [Target("micro", "micro_f1", 0.85), Target("worst theme", "theme_f1", 0.99)]
    predicted = table([("1", "q1", 0, "money"), ("2", "q1", 0, "money;time"), ("3", "q1", 0, "time"),
                       ("4", "q1", 1, ""), ("5", "q1", 0, "")])
    result = evaluate(predicted, GOLD, THEMES, targets=targets)
    assert [target["met"] for target in result.targets] == [True, False]
    assert not result.passed


def test_to_dict_is_json_ready_and_render_prints_every_part() -> None:
    result = evaluate(GOLD, GOLD, THEMES)
    parsed = json.loads(json.dumps(result.to_dict()))
    assert parsed["micro"]["f1"] == 1.0 and len(parsed["themes"]) == 3
    text = result.render()
    for part in ("money", "micro:", "macro-F1", "non-response", "targets:", "answers coded wrongly"):
        assert part in text


# --- the coded answers file -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def codebook():  # type: ignore[no-untyped-def]
    return load_codebook(check_patterns=False)


def test_coded_answers_frame_has_exactly_the_file_columns(codebook) -> None:  # type: ignore[no-untyped-def]
    answers = pd.DataFrame({"respondent_id": ["1"], "question": ["q1"], "text_clean": ["x"], "non_response": [False],
                            "text_redacted": ["x"]})
    codes = pd.DataFrame({theme: [False] for theme in codebook.theme_ids})
    codes["evidence"] = [[]]
    frame = coded_answers_frame(answers, codes, codebook)
    assert list(frame.columns) == ["respondent_id", "question", "non_response", "themes", "evidence",
                                   "text_redacted"]


def test_themes_are_joined_in_codebook_order_and_non_responses_have_none(codebook) -> None:  # type: ignore[no-untyped-def]
    answers = pd.DataFrame({"respondent_id": ["1", "2"], "question": ["q1", "q1"], "text_clean": ["x", "n/a"],
                            "non_response": [False, True]})
    codes = pd.DataFrame({theme: [False, True] for theme in codebook.theme_ids})
    codes.loc[0, ["positive_experience", "career_progression"]] = True
    codes["evidence"] = [[], []]
    frame = coded_answers_frame(answers, codes, codebook)
    assert frame["themes"].tolist() == ["career_progression;positive_experience", ""]
    assert frame["non_response"].tolist() == [0, 1] and frame["evidence"].tolist()[1] == "[]"


def test_evidence_of_a_redacted_answer_never_shows_the_personal_data(codebook) -> None:  # type: ignore[no-untyped-def]
    text = "Dr Okonjo never offers supervision"
    evidence = [Evidence("supervision_support", "Okonjo never offers supervision", 3, 34, text, "sup.x")]
    answers = pd.DataFrame({"respondent_id": ["1"], "question": ["q1"], "text_clean": [text],
                            "text_redacted": ["Dr [NAME] never offers supervision"], "non_response": [False]})
    codes = pd.DataFrame({theme: [theme == "supervision_support"] for theme in codebook.theme_ids})
    codes["evidence"] = [evidence]
    cell = coded_answers_frame(answers, codes, codebook)["evidence"].iloc[0]
    assert "Okonjo" not in cell
    (item,) = evidence_from_json(cell)
    assert item.span == "[NAME] never offers supervision" and item.sentence == "Dr [NAME] never offers supervision"


def test_a_redaction_callable_is_applied_to_span_and_sentence() -> None:
    evidence = [Evidence("t", "call Sam", 0, 8, "call Sam today", "r")]
    (item,) = json.loads(evidence_to_json(evidence, redact=lambda s: s.replace("Sam", "[NAME]")))
    assert item["span"] == "call [NAME]" and item["sentence"] == "call [NAME] today"


def test_evidence_round_trips_through_json() -> None:
    evidence = [Evidence("t", "span", 1, 5, "a span here", "rule.x", "model", 0.75)]
    assert evidence_from_json(evidence_to_json(evidence)) == evidence


def test_blank_evidence_reads_as_none() -> None:
    assert evidence_from_json("") == [] and evidence_from_json("[]") == []


def test_broken_evidence_json_is_an_input_error() -> None:
    with pytest.raises(InputError, match="not valid JSON"):
        evidence_from_json("[{")
