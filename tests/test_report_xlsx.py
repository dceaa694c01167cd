"""The XLSX workbook: a README sheet, one readable sheet per table, suppression marks, safe cells."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook
from tables_fixtures import CODEBOOK, make_coded, make_config, make_respondents

from splw_text.report import write_xlsx
from splw_text.tables import build_tables
from splw_text.tables.model import SUPPRESSED_MARK, TableSet


@pytest.fixture(scope="module")
def workbook_path(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, TableSet]:
    respondents = make_respondents(160, waves=("2022", "2023"))
    tables = build_tables(make_coded(respondents), respondents, make_config(), CODEBOOK)
    path = tmp_path_factory.mktemp("xlsx") / "tables.xlsx"
    write_xlsx(tables, path)
    return path, tables


def test_every_table_is_a_sheet_after_a_readme(workbook_path) -> None:  # type: ignore[no-untyped-def]
    path, tables = workbook_path
    workbook = load_workbook(path)
    assert workbook.sheetnames[0] == "README"
    assert workbook.sheetnames[1:] == list(tables.tables)


def test_the_readme_explains_the_method_and_the_suppression_rule(workbook_path) -> None:  # type: ignore[no-untyped-def]
    path, _ = workbook_path
    sheet = load_workbook(path)["README"]
    text = " ".join(str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value)
    assert "Wilson" in text and "Benjamini-Hochberg" in text
    assert "below 5" in text and SUPPRESSED_MARK in text


def test_headers_are_bold_frozen_and_filtered(workbook_path) -> None:  # type: ignore[no-untyped-def]
    path, _ = workbook_path
    sheet = load_workbook(path)["theme_frequencies"]
    assert sheet["A1"].value == "question"
    assert sheet["A1"].font.bold
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:")
    assert sheet.column_dimensions["C"].width > len("theme_name")


def test_percentages_are_fractions_with_a_percent_format(workbook_path) -> None:  # type: ignore[no-untyped-def]
    path, tables = workbook_path
    sheet = load_workbook(path)["theme_frequencies"]
    header = [cell.value for cell in sheet[1]]
    column = header.index("answers_pct") + 1
    cell = sheet.cell(row=2, column=column)
    expected = tables["theme_frequencies"]["answers_pct"].iloc[0]
    assert cell.value == pytest.approx(expected / 100)
    assert cell.number_format == "0.0%"


def test_suppressed_figures_show_the_mark(workbook_path) -> None:  # type: ignore[no-untyped-def]
    path, tables = workbook_path
    table = tables["crosstab_employer"]
    position = int(table.index[table["suppressed"]][0])
    sheet = load_workbook(path)["crosstab_employer"]
    header = [cell.value for cell in sheet[1]]
    assert sheet.cell(row=position + 2, column=header.index("n") + 1).value == SUPPRESSED_MARK
    assert sheet.cell(row=position + 2, column=header.index("pct") + 1).value == SUPPRESSED_MARK


def test_text_that_looks_like_a_formula_is_neutralised(tmp_path: Path) -> None:
    tables = TableSet({"odd": pd.DataFrame({"level": ["=HYPERLINK(\"x\")", "plain"], "n": [10, 12]})},
                      suppressed=True, threshold=5)
    path = write_xlsx(tables, tmp_path / "odd.xlsx")
    sheet = load_workbook(path)["odd"]
    assert sheet["A2"].value == "'=HYPERLINK(\"x\")"
    assert sheet["A2"].data_type == "s"


def test_an_unsuppressed_workbook_says_so_in_its_readme(tmp_path: Path) -> None:
    respondents = make_respondents(80)
    tables = build_tables(make_coded(respondents), respondents, make_config(), CODEBOOK, suppress=False)
    sheet = load_workbook(write_xlsx(tables, tmp_path / "raw.xlsx"))["README"]
    text = " ".join(str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value)
    assert "NOT APPLIED" in text


def test_long_table_names_become_unique_valid_sheet_names(tmp_path: Path) -> None:
    frame = pd.DataFrame({"n": [1]})
    name = "crosstab_a_very_long_indicator_column_name"
    tables = TableSet({name + "_one": frame, name + "_two": frame}, suppressed=True, threshold=5)
    names = load_workbook(write_xlsx(tables, tmp_path / "long.xlsx")).sheetnames
    assert len(names) == 3 and len(set(names)) == 3
    assert all(len(n) <= 31 for n in names)
