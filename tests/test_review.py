"""Review sheet: export a coded file to Excel with drop-downs and a locked header, read it back as gold."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook

from splw_text.errors import InputError
from splw_text.labels import labels_from_frame
from splw_text.review import (
    SHEET,
    read_review_sheet,
    select_for_review,
    sheet_columns,
    uncertainty_scores,
    write_review_sheet,
)

THEMES = ["pay", "training", "stress"]
CODEBOOK = SimpleNamespace(
    version="1.0.0",
    theme_ids=THEMES,
    themes=[SimpleNamespace(id=t, name=t.title(), definition=f"about {t}") for t in THEMES],
)


def coded_table(rows: list[tuple[str, str, str, str]]) -> pd.DataFrame:
    """A coded-answers label table from (respondent_id, question, themes, text) rows."""
    raw = pd.DataFrame(
        [
            {"respondent_id": r, "question": q, "non_response": "1" if text == "n/a" else "0", "themes": t,
             "evidence": f"{t}: '{text[:10]}'" if t else "", "text_redacted": text}
            for r, q, t, text in rows
        ]
    )
    return labels_from_frame(raw, THEMES)


CODED = coded_table(
    [
        ("R1", "q1", "pay", "Pay is too low"),
        ("R2", "q1", "pay;training", "Low pay and no training"),
        ("R3", "q1", "", "n/a"),
        ("R4", "q2", "stress", "=HYPERLINK(\"http://x\") I am exhausted"),
        ("R5", "q2", "training", "More courses"),
    ]
)


@pytest.fixture
def sheet_path(tmp_path: Path) -> Path:
    return write_review_sheet(CODED, CODEBOOK, tmp_path / "sheet.xlsx")


def edit(path: Path, changes: dict[tuple[int, str], object]) -> Path:
    """Set cells of the review sheet by (spreadsheet row, column name) and save."""
    workbook = load_workbook(path)
    sheet = workbook[SHEET]
    columns = [c.value for c in sheet[1]]
    for (row, column), value in changes.items():
        sheet.cell(row=row, column=columns.index(column) + 1, value=value)
    workbook.save(path)
    return path


def test_the_sheet_has_one_row_per_answer_with_the_agreed_columns(sheet_path: Path) -> None:
    sheet = load_workbook(sheet_path)[SHEET]
    assert [c.value for c in sheet[1]] == sheet_columns(THEMES)
    assert sheet.max_row == len(CODED) + 1
    assert sheet.cell(row=3, column=4).value == "pay; training"


def test_every_theme_and_non_response_column_has_a_yes_no_drop_down(sheet_path: Path) -> None:
    sheet = load_workbook(sheet_path)[SHEET]
    validations = sheet.data_validations.dataValidation
    assert validations and all(v.type == "list" and v.formula1 == '"Yes,No"' for v in validations)
    covered = " ".join(str(v.sqref) for v in validations)
    for offset in range(len(THEMES) + 1):
        letter = chr(ord("F") + offset)
        assert f"{letter}2:{letter}6" in covered


def test_the_header_and_text_are_locked_and_the_decisions_editable(sheet_path: Path) -> None:
    sheet = load_workbook(sheet_path)[SHEET]
    columns = [c.value for c in sheet[1]]
    assert sheet.protection.sheet
    assert all(cell.protection.locked for cell in sheet[1])
    assert sheet.cell(row=2, column=columns.index("text_redacted") + 1).protection.locked
    for name in ["non_response", *THEMES, "coder", "notes"]:
        assert not sheet.cell(row=2, column=columns.index(name) + 1).protection.locked
    assert sheet.freeze_panes == "C2"
    assert sheet.column_dimensions["C"].width > sheet.column_dimensions["A"].width


def test_formula_like_text_is_neutralised(sheet_path: Path) -> None:
    sheet = load_workbook(sheet_path)[SHEET]
    text = sheet.cell(row=5, column=3)
    assert text.data_type == "s" and str(text.value).startswith("'=")


def test_an_untouched_sheet_reads_back_as_the_suggested_coding(sheet_path: Path) -> None:
    back = read_review_sheet(sheet_path, CODEBOOK)
    expected = CODED[["respondent_id", "question", "non_response", *THEMES]]
    pd.testing.assert_frame_equal(back[expected.columns], expected)


def test_the_reviewers_changes_coder_and_notes_are_read_back(sheet_path: Path) -> None:
    edit(sheet_path, {(2, "training"): "Yes", (3, "pay"): "no", (2, "coder"): "AB", (2, "notes"): "=odd one"})
    back = read_review_sheet(sheet_path, CODEBOOK).set_index("respondent_id")
    assert back.loc["R1", "training"] and not back.loc["R2", "pay"]
    assert back.loc["R1", "coder"] == "AB"
    assert back.loc["R1", "notes"] == "=odd one"


def test_an_edited_header_is_named_in_the_error(sheet_path: Path) -> None:
    workbook = load_workbook(sheet_path)
    workbook[SHEET]["H1"] = "Training!"
    workbook.save(sheet_path)
    with pytest.raises(InputError, match="column H: header 'Training!' was edited .*expected 'training'"):
        read_review_sheet(sheet_path, CODEBOOK)


def test_an_unknown_value_names_its_row_and_column(sheet_path: Path) -> None:
    edit(sheet_path, {(4, "stress"): "Maybe"})
    with pytest.raises(InputError, match="row 4, column 'stress': expected Yes or No, got 'Maybe'"):
        read_review_sheet(sheet_path, CODEBOOK)


def test_a_deleted_row_is_reported_missing(sheet_path: Path) -> None:
    workbook = load_workbook(sheet_path)
    workbook[SHEET].delete_rows(3)
    workbook.save(sheet_path)
    with pytest.raises(InputError, match="1 exported answer.* missing, first R2/q1"):
        read_review_sheet(sheet_path, CODEBOOK)


def test_an_edited_id_is_refused(sheet_path: Path) -> None:
    edit(sheet_path, {(2, "respondent_id"): "R99"})
    with pytest.raises(InputError, match="row 2: answer R99/q1 was not in the exported sheet"):
        read_review_sheet(sheet_path, CODEBOOK)


def test_a_non_response_with_themes_is_refused(sheet_path: Path) -> None:
    edit(sheet_path, {(4, "non_response"): "Yes", (4, "pay"): "Yes"})
    with pytest.raises(InputError, match="row 4: non_response is Yes but themes are Yes"):
        read_review_sheet(sheet_path, CODEBOOK)


def test_a_sheet_from_another_codebook_is_refused(sheet_path: Path) -> None:
    other = SimpleNamespace(version="2.0.0", theme_ids=THEMES, themes=CODEBOOK.themes)
    with pytest.raises(InputError, match="codebook version '1.0.0'"):
        read_review_sheet(sheet_path, other)


def test_a_foreign_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.xlsx"
    pd.DataFrame({"a": [1]}).to_excel(path, index=False)
    with pytest.raises(InputError, match="not a review sheet"):
        read_review_sheet(path, CODEBOOK)
    text = tmp_path / "text.xlsx"
    text.write_text("hello", encoding="utf-8")
    with pytest.raises(InputError, match="text.xlsx"):
        read_review_sheet(text, CODEBOOK)


def test_blank_prefill_reads_back_as_no_themes(tmp_path: Path) -> None:
    path = write_review_sheet(CODED, CODEBOOK, tmp_path / "blank.xlsx", prefill=False)
    back = read_review_sheet(path, CODEBOOK)
    assert not back[THEMES].to_numpy().any()


def test_random_sample_has_the_requested_size_and_no_repeats() -> None:
    chosen = select_for_review(CODED, THEMES, sample=3, strategy="random", seed=1)
    assert len(chosen) == 3 and not chosen.duplicated(["respondent_id", "question"]).any()


def test_stratified_sample_covers_every_question_and_theme_group_when_it_can() -> None:
    big = coded_table([(f"R{i}", "q1", "pay", "pay") for i in range(40)] + [("S1", "q2", "stress", "tired")])
    chosen = select_for_review(big, THEMES, sample=5, strategy="stratified")
    assert len(chosen) == 5
    assert "S1" in set(chosen["respondent_id"])


def test_uncertain_sample_takes_answers_near_the_threshold_or_in_disagreement_first() -> None:
    proba = np.array([[0.95, 0.02, 0.01], [0.9, 0.52, 0.0], [0.0, 0.0, 0.0], [0.1, 0.1, 0.05], [0.05, 0.97, 0.0]])
    scores = uncertainty_scores(CODED, THEMES, proba, np.full(3, 0.5))
    chosen = select_for_review(CODED, THEMES, sample=2, strategy="uncertain", uncertainty=scores)
    # R4 is coded stress but the model says no (disagreement); R2's training is at the threshold.
    assert chosen["respondent_id"].tolist() == ["R4", "R2"]


def test_uncertain_without_a_model_is_an_input_error() -> None:
    with pytest.raises(InputError, match="--model"):
        select_for_review(CODED, THEMES, sample=2, strategy="uncertain")


# --- through the CLI, with the shipped codebook ---------------------------------------------------


def write_coded_file(path: Path) -> list[str]:
    """A small coded-answers file over the shipped codebook's themes; returns the theme ids."""
    from splw_text.codebook import load_codebook
    from splw_text.labels import write_label_file

    theme_ids = load_codebook(check_patterns=False).theme_ids
    rows = [
        {"respondent_id": f"R{i}", "question": "q_help", "non_response": "0",
         "themes": theme_ids[i % len(theme_ids)], "evidence": "", "text_redacted": f"invented answer {i}"}
        for i in range(8)
    ]
    write_label_file(labels_from_frame(pd.DataFrame(rows), theme_ids), path, theme_ids)
    return theme_ids


def test_review_export_and_import_round_trip_through_the_cli(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from splw_text.cli import app

    runner = CliRunner()
    coded = tmp_path / "coded.csv"
    write_coded_file(coded)
    sheet = tmp_path / "sheet.xlsx"
    result = runner.invoke(app, ["review", "export", str(coded), "--out", str(sheet), "--sample", "5",
                                 "--strategy", "stratified"])
    assert result.exit_code == 0, result.output
    gold = tmp_path / "gold.csv"
    result = runner.invoke(app, ["review", "import", str(sheet), "--out", str(gold)])
    assert result.exit_code == 0, result.output
    back = pd.read_csv(gold, dtype=str, keep_default_na=False)
    assert list(back.columns[:4]) == ["respondent_id", "question", "non_response", "themes"]
    assert len(back) == 5


def test_review_errors_exit_2_with_one_line(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from splw_text.cli import app

    coded = tmp_path / "coded.csv"
    write_coded_file(coded)
    result = CliRunner().invoke(app, ["review", "export", str(coded), "--out", str(tmp_path / "s.xlsx"),
                                      "--strategy", "uncertain"])
    assert result.exit_code == 2
    assert "--model" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "s.xlsx").exists()



def test_an_uncertain_sample_gives_a_question_reading_model_each_answers_question(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from splw_text.cli import app
    from splw_text.codebook import load_codebook
    from splw_text.coding.supervised import SupervisedCoder

    book = load_codebook(check_patterns=False)
    words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo",
             "lima"]
    texts = [f"{words[i % 12]} and {words[(i + 5) % 12]} again" for i in range(48)]
    labels = np.array([[j in (i % 12, (i + 5) % 12) for j in range(12)] for i in range(48)])
    questions = ["q_help" if i % 2 else "q_challenges" for i in range(48)]
    coder = SupervisedCoder(theme_ids=book.theme_ids, cv_folds=3, question_weight=1.0)
    model = coder.fit(texts, labels, questions=questions).save(tmp_path / "model.npz", book.version)
    coded = tmp_path / "coded.csv"
    write_coded_file(coded)
    result = CliRunner().invoke(app, ["review", "export", str(coded), "--out", str(tmp_path / "s.xlsx"),
                                      "--sample", "3", "--strategy", "uncertain", "--model", str(model)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "s.xlsx").exists()

def test_json_evidence_is_shown_as_readable_lines() -> None:
    from splw_text.review import evidence_text

    cell = ('[{"theme": "pay", "span": "too low", "rule": "pay.low", "source": "rules", "score": null},'
            ' {"theme": "stress", "span": "I am exhausted", "rule": "model:hybrid", "source": "model", "score": 0.81}]')
    assert evidence_text(cell) == 'pay: "too low"\nstress: "I am exhausted" (model, p=0.81)'
    assert evidence_text("not json") == "not json"
    assert evidence_text("") == ""
