"""Choosing example quotes: redacted text only, diverse respondents and groups, the span located."""

from __future__ import annotations

import json

import pandas as pd

from splw_text.report.quotes import evidence_for, select_quotes, split_on_span


def answers(rows: list[tuple[str, str, str, str]]) -> pd.DataFrame:
    """(respondent, group, text, span) rows coded with theme "pay"."""
    records = []
    for respondent, group, text, span in rows:
        start = text.find(span)
        evidence = [{"theme": "pay", "span": span, "start": start, "end": start + len(span)}] if span else []
        records.append({"respondent_id": respondent, "question": "q1", "non_response": False, "pay": True,
                        "evidence": json.dumps(evidence), "text_redacted": text, "group": group})
    return pd.DataFrame(records)


def test_the_span_is_found_at_its_offset_and_split_out() -> None:
    text = "Mostly fine. The salary never rises though."
    before, span, after = split_on_span(text, {"span": "salary never rises", "start": 17})
    assert (before, span, after) == ("Mostly fine. The ", "salary never rises", " though.")


def test_a_span_with_a_stale_offset_is_found_by_search() -> None:
    before, span, after = split_on_span("Low PAY all round", {"span": "pay", "start": 0})
    assert span == "PAY" and before == "Low " and after == " all round"


def test_without_a_span_the_text_is_kept_whole() -> None:
    assert split_on_span("Just words", None) == ("Just words", "", "")


def test_a_long_answer_is_cut_to_a_window_around_the_span() -> None:
    text = ("word " * 200) + "the pay is poor" + (" more" * 200)
    before, span, after = split_on_span(text, {"span": "the pay is poor"})
    assert span == "the pay is poor"
    assert before.startswith("…") and after.endswith("…")
    assert len(before) + len(after) < 400


def test_evidence_is_read_from_json_and_ignores_other_themes_and_bad_json() -> None:
    evidence = json.dumps([{"theme": "time", "span": "x"}, {"theme": "pay", "span": "y"}])
    assert evidence_for(evidence, "pay") == {"theme": "pay", "span": "y"}
    assert evidence_for("not json", "pay") is None
    assert evidence_for(float("nan"), "pay") is None


def test_quotes_come_from_different_respondents_and_groups_first() -> None:
    frame = answers(
        [
            ("A", "North", "the pay has been frozen for three whole years now", "pay has been frozen"),
            ("A", "North", "pay again, as I said, it is a real worry for the team", "pay again"),
            ("B", "North", "our grade pays less than the hospital posts around us", "pays less"),
            ("C", "South", "contract ends next spring and nobody can tell me more", "contract ends"),
            ("D", "East", "wages do not cover travel between the four surgeries", "wages do not cover"),
        ]
    )
    quotes = select_quotes(frame, "pay", count=3, group_column="group", shown_groups=["North", "South", "East"])
    assert len({q.respondent_id for q in quotes}) == 3
    assert {q.group for q in quotes} == {"North", "South", "East"}


def test_near_duplicate_answers_are_not_both_chosen() -> None:
    same = "the pay is too low for what the job asks of us every day"
    frame = answers([("A", "", same, "pay is too low"), ("B", "", same + " really", "pay is too low"),
                     ("C", "", "fixed-term contract again this year", "fixed-term contract")])
    quotes = select_quotes(frame, "pay", count=3)
    texts = [q.text for q in quotes]
    assert len(quotes) == 2
    assert sum(text.startswith("the pay is too low") for text in texts) == 1


def test_small_groups_are_not_named_under_a_quote() -> None:
    frame = answers([("A", "Tiny", "the pay is poor for the hours we work", "pay is poor")])
    quotes = select_quotes(frame, "pay", count=1, group_column="group", shown_groups=["Big"])
    assert quotes[0].group == ""


def test_non_responses_and_answers_without_the_theme_are_never_quoted() -> None:
    frame = answers([("A", "", "n/a", ""), ("B", "", "salary is poor", "salary")])
    frame.loc[0, "non_response"] = True
    frame.loc[1, "pay"] = False
    assert select_quotes(frame, "pay") == []


def test_without_redacted_text_there_are_no_quotes() -> None:
    frame = answers([("A", "", "salary is poor", "salary")]).drop(columns="text_redacted")
    frame["text"] = "salary is poor"
    assert select_quotes(frame, "pay") == []


def test_answers_sharing_the_sentence_that_carries_the_span_count_as_near_duplicates() -> None:
    frame = answers(
        [
            ("A", "", "No rise for me, the pay is frozen for 6 years. Also the car park is full every morning.",
             "pay is frozen"),
            ("B", "", "No rise for me, the pay is frozen for 4 years. My manager is kind and the team are great.",
             "pay is frozen"),
            ("C", "", "Fixed-term contract again, renewed a month before it ends.", "Fixed-term contract"),
        ]
    )
    quotes = select_quotes(frame, "pay", count=3)
    assert len(quotes) == 2
    assert {q.respondent_id for q in quotes} >= {"C"}
