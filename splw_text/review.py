"""Review sheet: an Excel workbook in which analysts check the suggested themes, read back as gold labels.

``export``: a coded-answers table (``splw_text.labels`` table with ``text_redacted`` and ``evidence``) ->
``select_for_review`` (``random``, ``stratified`` or ``uncertain`` sampling) -> ``write_review_sheet``: one
row per answer with its ids, redacted text, suggested themes and evidence (locked), then a Yes/No drop-down
for non-response and for every theme, a ``coder`` and a ``notes`` column (editable). The header is frozen
and locked (the sheet is protected without a password: it prevents slips, not a determined user). A very
hidden ``_splw`` sheet records the format, codebook version, theme ids and the answers exported.

``import``: ``read_review_sheet`` checks the header, every value and that every exported answer is still
there (once), and returns a label table (``respondent_id``, ``question``, ``non_response``, one bool column
per theme, plus ``coder`` and ``notes``) ready for ``labels.write_label_file``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from splw_text.errors import InputError
from splw_text.labels import KEY
from splw_text.outputs import FORMULA_TRIGGERS, atomic_path, neutralise_cell

SHEET = "Review"
META_SHEET = "_splw"
CODEBOOK_SHEET = "Codebook"
FORMAT = "splw-text-review-sheet"
FORMAT_VERSION = "1"
STRATEGIES = ("random", "stratified", "uncertain")
FIXED_COLUMNS = ["respondent_id", "question", "text_redacted", "suggested_themes", "evidence", "non_response"]
TAIL_COLUMNS = ["coder", "notes"]
YES, NO = "Yes", "No"
_WIDTHS = {"respondent_id": 14, "question": 14, "text_redacted": 60, "suggested_themes": 28, "evidence": 45,
           "non_response": 13, "coder": 14, "notes": 40}
_THEME_WIDTH = 15


def sheet_columns(theme_ids: Sequence[str]) -> list[str]:
    """The header of the review sheet, in order."""
    return [*FIXED_COLUMNS, *theme_ids, *TAIL_COLUMNS]


# --- choosing the answers to review ------------------------------------------------------------------


def select_for_review(
    coded: pd.DataFrame,
    theme_ids: Sequence[str],
    sample: int | None = None,
    strategy: str = "random",
    uncertainty: np.ndarray | None = None,
    seed: int = 0,
) -> pd.DataFrame:
    """Return the rows of ``coded`` to review (all of them when ``sample`` is None or too large).

    - ``random``: a simple random sample;
    - ``stratified``: proportional to (question, first suggested theme or "none"), every stratum at least once
      while the sample allows, so rare themes and quiet questions are reviewed too;
    - ``uncertain``: the ``sample`` answers with the highest ``uncertainty`` (see ``uncertainty_scores``).
    """
    if strategy not in STRATEGIES:
        raise InputError(f"--strategy: unknown strategy {strategy!r}; choose one of {', '.join(STRATEGIES)}")
    if sample is not None and sample < 1:
        raise InputError(f"--sample: must be at least 1, got {sample}")
    if strategy == "uncertain" and uncertainty is None:
        raise InputError("--strategy uncertain needs a trained model (--model PATH) to tell how sure it is")
    n = len(coded)
    if sample is None or sample >= n:
        chosen = np.arange(n)
        if strategy == "uncertain":
            chosen = np.argsort(-np.asarray(uncertainty), kind="stable")
        return coded.iloc[chosen].reset_index(drop=True)
    rng = np.random.default_rng(seed)
    if strategy == "random":
        chosen = np.sort(rng.choice(n, size=sample, replace=False))
    elif strategy == "stratified":
        chosen = _stratified(coded, theme_ids, sample, rng)
    else:
        chosen = np.argsort(-np.asarray(uncertainty), kind="stable")[:sample]
    return coded.iloc[chosen].reset_index(drop=True)


def _stratified(coded: pd.DataFrame, theme_ids: Sequence[str], sample: int, rng: np.random.Generator) -> np.ndarray:
    def first_theme(position: int) -> str:
        for theme in theme_ids:
            if bool(coded[theme].iat[position]):
                return theme
        return "none"

    strata: dict[tuple[str, str], list[int]] = {}
    for position in range(len(coded)):
        key = (str(coded["question"].iat[position]), first_theme(position))
        strata.setdefault(key, []).append(position)
    keys = sorted(strata, key=lambda k: (-len(strata[k]), k))
    # Largest-remainder allocation, at least one per stratum while the sample is big enough.
    quotas = {k: len(strata[k]) * sample / len(coded) for k in keys}
    allocation = {k: min(len(strata[k]), max(1, int(quotas[k]))) for k in keys}
    while sum(allocation.values()) > sample:
        largest = max(keys, key=lambda k: (allocation[k], -quotas[k]))
        allocation[largest] -= 1
    by_remainder = sorted(keys, key=lambda k: -(quotas[k] - int(quotas[k])))
    while sum(allocation.values()) < sample:
        grew = False
        for k in by_remainder:
            if allocation[k] < len(strata[k]) and sum(allocation.values()) < sample:
                allocation[k] += 1
                grew = True
        if not grew:
            break
    chosen: list[int] = []
    for k in keys:
        members = np.array(strata[k])
        chosen.extend(rng.choice(members, size=allocation[k], replace=False).tolist())
    return np.sort(np.array(chosen, dtype=int))


def uncertainty_scores(
    coded: pd.DataFrame, theme_ids: Sequence[str], probabilities: np.ndarray, thresholds: np.ndarray
) -> np.ndarray:
    """How much an answer needs a human: model closeness to its thresholds plus disagreement with ``coded``.

    For each theme, closeness is 1 at the threshold and 0 at probability 0 or 1; an answer scores its largest
    closeness, plus 1 for every theme on which the model's decision differs from the coded one.
    """
    probabilities = np.asarray(probabilities, dtype=float)
    thresholds = np.asarray(thresholds, dtype=float)
    distance = np.where(
        probabilities >= thresholds,
        (probabilities - thresholds) / np.maximum(1 - thresholds, 1e-9),
        (thresholds - probabilities) / np.maximum(thresholds, 1e-9),
    )
    closeness = 1.0 - np.clip(distance, 0.0, 1.0)
    model_says = probabilities >= thresholds
    coded_says = coded[list(theme_ids)].to_numpy(dtype=bool)
    disagreements = (model_says != coded_says).sum(axis=1)
    score = closeness.max(axis=1) + disagreements
    non_response = coded["non_response"].to_numpy(dtype=bool)
    return np.where(non_response, -1.0, score)  # non-responses have nothing to review


# --- writing -------------------------------------------------------------------------------------------


def write_review_sheet(
    rows: pd.DataFrame, codebook: Any, path: Path | str, inputs: Sequence[Path | str] = (), prefill: bool = True
) -> Path:
    """Write the review workbook for ``rows`` (a coded-answers label table) to ``path``, atomically.

    ``codebook`` gives ``version``, ``theme_ids`` and ``themes`` (id, name, definition). ``prefill`` puts the
    suggested decisions in the drop-downs; without it they start blank (blank reads back as No), for
    independent double coding.
    """
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    theme_ids = list(codebook.theme_ids)
    if "text_redacted" not in rows.columns:
        raise InputError("the coded file has no 'text_redacted' column: export from a file written by 'splw-text code'")
    columns = sheet_columns(theme_ids)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET
    names = {theme.id: theme for theme in codebook.themes}
    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor="305496")
    for index, name in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index, value=name)
        cell.font = header_font
        cell.fill = header_fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if name in names:
            cell.comment = Comment(f"{names[name].name}\n\n{names[name].definition}", "splw-text")
    editable = {"non_response", *theme_ids, *TAIL_COLUMNS}
    wrap = Alignment(wrap_text=True, vertical="top")
    for offset in range(len(rows)):
        row = rows.iloc[offset]
        suggested = [theme for theme in theme_ids if bool(row[theme])]
        values: dict[str, Any] = {
            "respondent_id": _text(row["respondent_id"]),
            "question": _text(row["question"]),
            "text_redacted": _text(row.get("text_redacted")),
            "suggested_themes": "; ".join(suggested),
            "evidence": evidence_text(_text(row.get("evidence"))),
            "non_response": _yes_no(bool(row["non_response"])) if prefill else None,
            "coder": _text(row.get("coder")) or None,
            "notes": _text(row.get("notes")) or None,
        }
        for theme in theme_ids:
            values[theme] = _yes_no(theme in suggested) if prefill else None
        for index, name in enumerate(columns, start=1):
            cell = sheet.cell(row=offset + 2, column=index, value=neutralise_cell(values[name]))
            cell.alignment = wrap
            cell.protection = Protection(locked=name not in editable)
    last_row = max(len(rows) + 1, 2)
    validation = DataValidation(
        type="list", formula1=f'"{YES},{NO}"', allow_blank=True, showErrorMessage=True,
        errorTitle="Yes or No", error="Choose Yes or No from the list.",
    )
    sheet.add_data_validation(validation)
    for name in ["non_response", *theme_ids]:
        letter = get_column_letter(columns.index(name) + 1)
        validation.add(f"{letter}2:{letter}{last_row}")
    for index, name in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = _WIDTHS.get(name, _THEME_WIDTH)
    sheet.row_dimensions[1].height = 45
    sheet.freeze_panes = "C2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{last_row}"
    protection = sheet.protection
    protection.sheet = True
    protection.formatColumns = False  # widths and row heights stay adjustable
    protection.formatRows = False
    protection.autoFilter = False
    _write_codebook_sheet(workbook, codebook)
    _write_meta_sheet(workbook, codebook, rows)
    with atomic_path(path, inputs) as temp:
        workbook.save(temp)
    return Path(path)


def _write_codebook_sheet(workbook: Any, codebook: Any) -> None:
    from openpyxl.styles import Alignment, Font

    sheet = workbook.create_sheet(CODEBOOK_SHEET)
    sheet.append(["theme id", "name", "definition"])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for theme in codebook.themes:
        sheet.append([neutralise_cell(theme.id), neutralise_cell(theme.name), neutralise_cell(theme.definition)])
    for letter, width in (("A", 26), ("B", 40), ("C", 90)):
        sheet.column_dimensions[letter].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.protection.sheet = True


def _write_meta_sheet(workbook: Any, codebook: Any, rows: pd.DataFrame) -> None:
    sheet = workbook.create_sheet(META_SHEET)
    sheet.append(["format", FORMAT])
    sheet.append(["format_version", FORMAT_VERSION])
    sheet.append(["codebook_version", str(codebook.version)])
    sheet.append(["theme_ids", ";".join(codebook.theme_ids)])
    sheet.append(["respondent_id", "question"])
    for offset in range(len(rows)):
        sheet.append([neutralise_cell(str(rows["respondent_id"].iat[offset])),
                      neutralise_cell(str(rows["question"].iat[offset]))])
    sheet.sheet_state = "veryHidden"
    sheet.protection.sheet = True


def evidence_text(cell: str) -> str:
    """The evidence cell of a coded answers file (JSON list) as readable lines: ``theme: "span"``.

    Model evidence shows its probability. A cell that is not such JSON is shown as it is.
    """
    import json

    raw = cell[1:] if cell.startswith("'[") else cell
    try:
        items = json.loads(raw) if raw.strip() else []
    except json.JSONDecodeError:
        return cell
    if not isinstance(items, list) or not all(isinstance(i, dict) and "theme" in i for i in items):
        return cell
    lines = []
    for item in items:
        line = f'{item["theme"]}: "{item.get("span", "")}"'
        if item.get("source") == "model" and item.get("score") is not None:
            line += f" (model, p={float(item['score']):.2f})"
        lines.append(line)
    return "\n".join(lines)


def _yes_no(value: bool) -> str:
    return YES if value else NO


def _text(value: Any) -> str:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    return ILLEGAL_CHARACTERS_RE.sub("", str(value))


# --- reading -------------------------------------------------------------------------------------------


def read_review_sheet(path: Path | str, codebook: Any) -> pd.DataFrame:
    """Read a filled-in review sheet back into a label table (see module docstring); InputError on problems."""
    path = Path(path)
    workbook = _open_workbook(path)
    theme_ids = list(codebook.theme_ids)
    exported = _read_meta(workbook, path, codebook)
    if SHEET not in workbook.sheetnames:
        raise InputError(f"{path}: no sheet {SHEET!r}; was the sheet renamed?")
    sheet = workbook[SHEET]
    rows = list(sheet.iter_rows(values_only=True))
    if not rows:
        raise InputError(f"{path}: sheet {SHEET!r} is empty")
    expected = sheet_columns(theme_ids)
    _check_header(rows[0], expected, path)
    records = []
    seen: dict[tuple[str, str], int] = {}
    for number, values in enumerate(rows[1:], start=2):
        cells = dict(zip(expected, list(values) + [None] * (len(expected) - len(values)), strict=False))
        if all(_blank(cells[c]) for c in expected):
            continue
        key = (_plain(cells["respondent_id"]), _plain(cells["question"]))
        if key not in exported:
            raise InputError(
                f"{path}: sheet {SHEET!r}, row {number}: answer {key[0]}/{key[1]} was not in the exported sheet "
                "(ids must not be edited)"
            )
        if key in seen:
            raise InputError(f"{path}: sheet {SHEET!r}, row {number}: answer {key[0]}/{key[1]} repeats row {seen[key]}")
        seen[key] = number
        record: dict[str, Any] = {"respondent_id": key[0], "question": key[1]}
        for name in ["non_response", *theme_ids]:
            record[name] = _read_yes_no(cells[name], path, number, name)
        record["coder"] = _plain(cells["coder"])
        record["notes"] = _plain(cells["notes"])
        records.append(record)
    missing = [key for key in exported if key not in seen]
    if missing:
        first = missing[0]
        raise InputError(
            f"{path}: sheet {SHEET!r}: {len(missing)} exported answer(s) are missing, first {first[0]}/{first[1]} "
            "(do not delete rows; leave the drop-downs as they are instead)"
        )
    table = pd.DataFrame(records, columns=[*KEY, "non_response", *theme_ids, "coder", "notes"])
    coded_non_responses = table["non_response"] & table[theme_ids].any(axis=1)
    if coded_non_responses.any():
        position = int(coded_non_responses.to_numpy().argmax())
        key = (str(table["respondent_id"].iat[position]), str(table["question"].iat[position]))
        raise InputError(
            f"{path}: sheet {SHEET!r}, row {seen[key]}: non_response is Yes but themes are Yes too; "
            "a non-response has no themes"
        )
    return table


def _open_workbook(path: Path) -> Any:
    import zipfile

    from openpyxl import load_workbook

    if not path.is_file():
        raise InputError(f"{path}: file not found")
    try:
        return load_workbook(path, data_only=False)  # formulas typed by a reviewer stay visible as text
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise InputError(f"{path}: not an Excel review sheet ({type(error).__name__})") from None
    except Exception as error:  # openpyxl raises assorted errors on foreign files
        raise InputError(f"{path}: cannot read the workbook ({type(error).__name__}: {error})") from None


def _read_meta(workbook: Any, path: Path, codebook: Any) -> list[tuple[str, str]]:
    if META_SHEET not in workbook.sheetnames:
        raise InputError(f"{path}: not a review sheet written by 'splw-text review export' (no {META_SHEET!r} sheet)")
    rows = list(workbook[META_SHEET].iter_rows(values_only=True))
    info = {str(r[0]): _plain(r[1]) for r in rows[:4] if r and r[0] is not None}
    if info.get("format") != FORMAT:
        raise InputError(f"{path}: not a review sheet written by 'splw-text review export'")
    if info.get("format_version") != FORMAT_VERSION:
        raise InputError(f"{path}: review sheet format {info.get('format_version')!r} is not supported")
    if info.get("codebook_version") != str(codebook.version) or info.get("theme_ids") != ";".join(codebook.theme_ids):
        raise InputError(
            f"{path}: the sheet was exported with codebook version {info.get('codebook_version')!r}; "
            f"the codebook in use is {codebook.version!r} with other themes"
            if info.get("theme_ids") != ";".join(codebook.theme_ids)
            else f"{path}: the sheet was exported with codebook version {info.get('codebook_version')!r}, "
            f"the codebook in use is {codebook.version!r}"
        )
    return [(_plain(r[0]), _plain(r[1])) for r in rows[5:] if r and r[0] is not None]


def _check_header(header: tuple[Any, ...], expected: list[str], path: Path) -> None:
    from openpyxl.utils import get_column_letter

    found = [_plain(value) for value in header]
    while found and not found[-1]:
        found.pop()
    for index, name in enumerate(expected):
        actual = found[index] if index < len(found) else ""
        if actual != name:
            raise InputError(
                f"{path}: sheet {SHEET!r}, column {get_column_letter(index + 1)}: header {actual!r} was edited "
                f"(expected {name!r}); do not rename, move or delete columns"
            )
    if len(found) > len(expected):
        raise InputError(
            f"{path}: sheet {SHEET!r}, column {get_column_letter(len(expected) + 1)}: unexpected extra column "
            f"{found[len(expected)]!r}"
        )


def _read_yes_no(value: Any, path: Path, row: int, column: str) -> bool:
    text = _plain(value).casefold()
    if text in ("", "no", "n"):
        return False
    if text in ("yes", "y"):
        return True
    raise InputError(
        f"{path}: sheet {SHEET!r}, row {row}, column {column!r}: expected Yes or No, got {_plain(value)!r}"
    )


def _plain(value: Any) -> str:
    """Cell text as exported: stripped, with the apostrophe that neutralised a formula-like value removed."""
    if value is None:
        return ""
    text = str(value).strip()
    if text.startswith("'") and text[1:].startswith(FORMULA_TRIGGERS):
        return text[1:]
    return text


def _blank(value: Any) -> bool:
    return _plain(value) == ""
