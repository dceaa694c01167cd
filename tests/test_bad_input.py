"""The bad-input suite: each case gives a correct result or a one-line error with exit code 2.

Cases are run through the CLI (``splw-text validate``) so the exit code and the printed line are what a
user sees. The loader's own errors are specified one by one in test_load.py.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from splw_text.cli import app

runner = CliRunner()
COLUMNS = ["respondent_id", "employer", "contract", "background", "outcome_recording", "outcome_tools",
           "info_standard_aware", "snomed_familiar", "snomed_confident", "q_help", "q_challenges", "q_other"]
GOOD_ROW = ["R1", "VCSE organisation", "Permanent", "NHS", "Never", "None", "No", "No", "Disagree"]


def frame(*answers: tuple[str, str, str]) -> pd.DataFrame:
    rows = [[f"R{i + 1}", *GOOD_ROW[1:], *texts] for i, texts in enumerate(answers)]
    return pd.DataFrame(rows, columns=COLUMNS)


def assert_one_line_error(result, *expected: str) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in result.output
    for text in expected:
        assert text in lines[0]


def validate(path: Path, *extra: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["validate", str(path), *extra])


def test_a_one_megabyte_answer_is_loaded_whole(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    frame(("more staff " * 100_000, "", "")).to_csv(path, index=False)
    result = validate(path)
    assert result.exit_code == 0 and "q_help: 1 answers" in result.output


def test_emoji_and_right_to_left_text_are_loaded(tmp_path: Path) -> None:
    path = tmp_path / "rtl.csv"
    frame(("نحتاج إلى مزيد من الموظفين", "🙂🙂 no laptop 💻", "שלום")).to_csv(path, index=False)
    result = validate(path)
    assert result.exit_code == 0 and "q_other: 1 answers" in result.output


def test_a_file_with_mixed_encodings_is_loaded_and_repaired(tmp_path: Path) -> None:
    from splw_text.clean import clean_answers
    from splw_text.config import load_config
    from splw_text.load import load_survey

    path = tmp_path / "mixed.csv"
    head = ",".join(COLUMNS) + "\n" + ",".join(GOOD_ROW) + ","
    path.write_bytes(head.encode() + "café".encode() + b"," + "naïve".encode("cp1252") + b",\n")
    answers = clean_answers(load_survey(path, load_config()).answers, redact=False)
    assert list(answers["text_clean"]) == ["café", "naïve"]


def test_an_xlsx_with_formulas_reads_values_not_formula_text(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(COLUMNS)
    sheet.append([*GOOD_ROW, '=CONCATENATE("more ","staff")', "=1+1", ""])
    path = tmp_path / "formulas.xlsx"
    book.save(path)
    result = validate(path)
    # openpyxl reads the cached value; a workbook never opened in Excel has none, so the cells are blank.
    assert result.exit_code == 0 and "=CONCATENATE" not in result.output


def test_wrong_delimiter_still_finds_the_columns(tmp_path: Path) -> None:
    path = tmp_path / "semicolon.csv"
    frame(("more staff", "", "")).to_csv(path, index=False, sep=";")
    assert validate(path).exit_code == 0


def test_a_config_that_names_a_missing_column_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    frame(("x", "", "")).to_csv(path, index=False)
    config = tmp_path / "config.yaml"
    config.write_text(
        "name: t\nid_column: respondent_id\nquestions:\n  - {column: q_missing, text: Where is it}\n",
        encoding="utf-8",
    )
    assert_one_line_error(validate(path, "--config", str(config)), "s.csv", "'q_missing'")


def test_a_malformed_config_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    frame(("x", "", "")).to_csv(path, index=False)
    config = tmp_path / "config.yaml"
    config.write_text("name: t\nid_column: [\n", encoding="utf-8")
    assert_one_line_error(validate(path, "--config", str(config)), "config.yaml", "not valid YAML")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "the file is empty"),
        ((",".join(COLUMNS) + "\n").encode(), "header but no respondents"),
        (bytes(range(256)) * 40, "binary content"),
        ((",".join(COLUMNS) + "\n" + ",".join(GOOD_ROW) + ",a,b,c,d,e\n").encode(), "row 2 has 14 fields"),
        ((",".join(COLUMNS) + "\nR1," + ",".join(GOOD_ROW[1:]) + ",a,,\nR1,"
          + ",".join(GOOD_ROW[1:]) + ",b,,\n").encode(), "duplicate id 'R1' at rows 2 and 3"),
    ],
    ids=["empty", "header-only", "binary", "ragged", "duplicate-ids"],
)
def test_broken_files_are_one_line_errors(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "s.csv"
    path.write_bytes(content)
    assert_one_line_error(validate(path), "s.csv", expected)
