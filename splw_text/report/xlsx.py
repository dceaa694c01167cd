"""Every table of a run as a sheet of one workbook, readable as it is, with a README sheet first.

Headers are bold on a dark fill with the row frozen and a filter; columns are sized to their content;
percentages are stored as fractions with a percent format (so a spreadsheet can still compute with
them); suppressed figures show the mark "[c]". Text cells that a spreadsheet would run as a formula are
neutralised.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from splw_text.outputs import atomic_path, neutralise_cell
from splw_text.tables.model import SUPPRESSED_MARK, TableSet

HEADER_FILL = "003087"
MAX_WIDTH = 60
MIN_WIDTH = 10  # room for the value and the filter button of the header
PERCENT_FORMAT = "0.0%"
CHANGE_FORMAT = '+0.0;-0.0;0.0'
P_FORMAT = '[<0.001]"<0.001";0.000'
COUNT_FORMAT = "#,##0"

DESCRIPTIONS = {
    "response_summary": "Non-blank answers, non-responses (counted apart) and substantive answers, per question.",
    "theme_frequencies": "Per theme, over all questions and per question: answers coded (share of substantive "
    "answers) and respondents raising it (share of respondents with a substantive answer), 95% Wilson intervals.",
    "indicators": "The closed questions: share of respondents at each answer, of those who answered.",
    "associations": "One row per test of a theme against a closed question, strongest (Cramer's V) first, with "
    "Benjamini-Hochberg adjusted p-values and the group that stands out.",
    "wave_shares": "Theme and closed-question shares in each wave.",
    "wave_change": "Change from each wave to the next in percentage points, 95% Newcombe interval, two-proportion "
    "z-test.",
}


def write_xlsx(tableset: TableSet, path: Path | str, inputs: Iterable[Path | str] = ()) -> Path:
    """Write every table of ``tableset`` as a sheet of the workbook ``path`` (atomically); return the path."""
    from openpyxl import Workbook

    workbook = Workbook()
    readme = workbook.active
    readme.title = "README"
    names = _sheet_names(list(tableset.tables))
    _write_readme(readme, tableset, names)
    for name, table in tableset.tables.items():
        _write_table(workbook.create_sheet(names[name]), table)
    with atomic_path(path, inputs) as temporary:
        workbook.save(temporary)
    return Path(path)


def _sheet_names(tables: list[str]) -> dict[str, str]:
    """Excel sheet names: at most 31 characters, none of []:*?/\\, unique."""
    names: dict[str, str] = {}
    used = {"readme"}
    for table in tables:
        base = "".join("_" if c in "[]:*?/\\" else c for c in table)[:31]
        candidate, number = base, 2
        while candidate.lower() in used:
            suffix = f"_{number}"
            candidate, number = base[: 31 - len(suffix)] + suffix, number + 1
        used.add(candidate.lower())
        names[table] = candidate
    return names


def _write_readme(sheet: Any, tableset: TableSet, names: dict[str, str]) -> None:
    from openpyxl.styles import Alignment, Font

    summary = tableset.summary
    threshold = tableset.threshold
    lines: list[tuple[str, str]] = [
        (str(summary.get("survey", "Survey")) + ": tables of the free-text themes", ""),
        ("", ""),
        ("Codebook version", str(summary.get("codebook_version", ""))),
        ("Respondents", f"{summary.get('respondents', 0):,}"),
        ("Respondents with a substantive answer", f"{summary.get('respondents_substantive', 0):,}"),
        ("Non-blank answers", f"{summary.get('answers', 0):,}"),
        ("Non-responses (counted apart, in no base)", f"{summary.get('non_responses', 0):,}"),
        ("Waves", ", ".join(summary.get("waves", [])) or "one"),
        ("", ""),
        ("Method", ""),
        ("Percentages", "Theme shares of respondents are out of respondents with at least one substantive answer; "
         "shares of answers are out of substantive answers. Intervals are 95% Wilson score intervals."),
        ("Tests", "Respondent-level tests of each theme against each closed question: chi-square where every "
         "expected count is at least 5, otherwise Fisher's exact test (Fisher-Freeman-Halton with a Monte Carlo "
         "p-value beyond 2x2). Multi-select questions option by option. Wave changes: two-proportion z-test and "
         "Newcombe interval. All p-values of the run adjusted together (Benjamini-Hochberg). Effect size: "
         "Cramer's V."),
        ("Suppression", (
            f"Counts from 1 to {threshold - 1} (below {threshold}) and every percentage built on them are "
            f"suppressed and shown as {SUPPRESSED_MARK}. Secondary suppression hides further cells so that no "
            "suppressed figure can be recovered from row or column totals. The 'suppressed' column flags rows "
            "with a hidden figure."
        ) if tableset.suppressed else (
            "NOT APPLIED: this workbook was made with --no-suppress and shows small counts. Not for publication."
        )),
        ("", ""),
        ("Sheet", "Contents"),
    ]
    for table, sheet_name in names.items():
        description = DESCRIPTIONS.get(table, "")
        if table.startswith("crosstab_"):
            description = (
                f"Themes by {table[len('crosstab_'):]}: respondents in each group raising the theme, 95% interval, "
                "p-value of the theme's test and its adjusted value."
            )
        lines.append((sheet_name, description))
    for row, (key, value) in enumerate(lines, start=1):
        sheet.cell(row=row, column=1, value=neutralise_cell(key))
        sheet.cell(row=row, column=2, value=neutralise_cell(value))
        sheet.cell(row=row, column=2).alignment = Alignment(wrap_text=True, vertical="top")
        sheet.cell(row=row, column=1).alignment = Alignment(vertical="top")
        if key in ("Method", "Sheet") or row == 1:
            sheet.cell(row=row, column=1).font = Font(bold=True, size=14 if row == 1 else 11)
            sheet.cell(row=row, column=2).font = Font(bold=True)
    if not tableset.suppressed:
        for row, (key, _) in enumerate(lines, start=1):
            if key == "Suppression":
                sheet.cell(row=row, column=2).font = Font(bold=True, color="C00000")
    sheet.column_dimensions["A"].width = 42
    sheet.column_dimensions["B"].width = 110


def _kind(column: str) -> str:
    if column in ("p_value", "p_adjusted"):
        return "p"
    if column == "change_points" or column.startswith("change_ci"):
        return "change"
    if column == "cramers_v":
        return "ratio"
    if column in ("pct", "ci_low", "ci_high") or column.endswith(("_pct", "_ci_low", "_ci_high")) or (
        column.startswith("pct_")
    ):
        return "percent"
    return "other"


def _write_table(sheet: Any, table: pd.DataFrame) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    columns = list(table.columns)
    kinds = [_kind(c) for c in columns]
    suppressed = table["suppressed"].astype(bool).to_numpy() if "suppressed" in table.columns else None
    widths = [len(str(c)) for c in columns]
    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor=HEADER_FILL)
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index, value=neutralise_cell(str(column)))
        cell.font = header_font
        cell.fill = header_fill
        cell.alignment = Alignment(vertical="center")
    grey = Font(color="768692")
    for row_number, values in enumerate(table.itertuples(index=False, name=None), start=2):
        hidden_row = bool(suppressed[row_number - 2]) if suppressed is not None else False
        for index, value in enumerate(values, start=1):
            kind = kinds[index - 1]
            missing = value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))
            cell = sheet.cell(row=row_number, column=index)
            if missing:
                numeric_column = kind != "other" or pd.api.types.is_numeric_dtype(table.dtypes.iloc[index - 1])
                if hidden_row and numeric_column and columns[index - 1] not in ("p_value", "p_adjusted"):
                    cell.value = SUPPRESSED_MARK
                    cell.font = grey
                    cell.alignment = Alignment(horizontal="right")
                    widths[index - 1] = max(widths[index - 1], len(SUPPRESSED_MARK))
                continue
            if kind == "percent":
                cell.value = float(value) / 100.0
                cell.number_format = PERCENT_FORMAT
                text = f"{float(value):.1f}%"
            elif kind == "change":
                cell.value = float(value)
                cell.number_format = CHANGE_FORMAT
                text = f"{float(value):+.1f}"
            elif kind == "p":
                cell.value = float(value)
                cell.number_format = P_FORMAT
                text = "0.000"
            elif kind == "ratio":
                cell.value = float(value)
                cell.number_format = "0.000"
                text = "0.000"
            elif isinstance(value, (bool, np.bool_)):
                cell.value = bool(value)
                text = "FALSE"
            elif isinstance(value, numbers.Integral):
                cell.value = int(value)
                cell.number_format = COUNT_FORMAT
                text = f"{int(value):,}"
            elif isinstance(value, numbers.Real):
                cell.value = float(value)
                cell.number_format = "0.0"
                text = f"{float(value):.1f}"
            else:
                cell.value = neutralise_cell(str(value))
                text = str(value)
            widths[index - 1] = max(widths[index - 1], len(text))
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(MAX_WIDTH, max(MIN_WIDTH, width + 4))
    sheet.freeze_panes = "A2"
    if len(table):
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(table) + 1}"
