"""Label files: the gold / coded-answers format shared by evaluation, agreement, review and QDA exchange.

A label file is a CSV with one row per non-blank answer and at least the columns
``respondent_id, question, non_response (0/1), themes`` (theme ids joined by ";", empty when none).
The coded answers file written by ``splw-text code`` adds ``evidence`` and ``text_redacted``.

In memory a label table is a DataFrame with ``respondent_id`` (str), ``question`` (str),
``non_response`` (bool) and one bool column per theme id, in codebook order.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from splw_text.errors import InputError
from splw_text.load import decode_text
from splw_text.outputs import write_csv

KEY = ["respondent_id", "question"]
LABEL_COLUMNS = [*KEY, "non_response", "themes"]


def read_label_file(path: Path | str, theme_ids: Sequence[str]) -> pd.DataFrame:
    """Read a gold or coded-answers CSV into a label table (bool column per theme, in ``theme_ids`` order).

    Extra columns (evidence, text_redacted, ...) are kept as they are.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: file not found")
    import io

    text = decode_text(path.read_bytes(), path)
    if not text.strip():
        raise InputError(f"{path}: the file is empty")
    try:
        raw = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except pd.errors.ParserError as error:
        raise InputError(f"{path}: not a well-formed CSV: {str(error).strip().splitlines()[-1]}") from None
    missing = [column for column in LABEL_COLUMNS if column not in raw.columns]
    if missing:
        raise InputError(f"{path}: missing column(s) {', '.join(repr(c) for c in missing)} of a label file")
    return labels_from_frame(raw, theme_ids, source=str(path))


def labels_from_frame(raw: pd.DataFrame, theme_ids: Sequence[str], source: str = "<frame>") -> pd.DataFrame:
    """Turn a frame with the label-file columns (strings) into a label table, validating every value."""
    known = set(theme_ids)
    table = raw.copy()
    table["respondent_id"] = table["respondent_id"].astype(str).str.strip()
    table["question"] = table["question"].astype(str).str.strip()
    flags = []
    for row, value in enumerate(table["non_response"].astype(str).str.strip()):
        if value not in ("0", "1", "True", "False", "true", "false"):
            raise InputError(f"{source}: column 'non_response', row {row + 2}: expected 0 or 1, got {value!r}")
        flags.append(value in ("1", "True", "true"))
    table["non_response"] = flags
    theme_sets = []
    for row, value in enumerate(table["themes"].fillna("").astype(str)):
        themes = {part.strip() for part in value.split(";") if part.strip()}
        unknown = themes - known
        if unknown:
            raise InputError(
                f"{source}: column 'themes', row {row + 2}: unknown theme id(s) {', '.join(sorted(unknown))}"
            )
        theme_sets.append(themes)
    for theme in theme_ids:
        table[theme] = [theme in themes for themes in theme_sets]
    duplicated = table.duplicated(KEY)
    if duplicated.any():
        first = table[duplicated].iloc[0]
        raise InputError(
            f"{source}: answer {first['respondent_id']}/{first['question']} appears twice"
            f" (row {int(duplicated.to_numpy().argmax()) + 2})"
        )
    return table.drop(columns=["themes"])


def themes_string(row: pd.Series, theme_ids: Sequence[str]) -> str:
    """Join the themes set in ``row`` (bool columns) into the file form: ids in codebook order, ";"."""
    return ";".join(theme for theme in theme_ids if bool(row[theme]))


def label_file_frame(table: pd.DataFrame, theme_ids: Sequence[str]) -> pd.DataFrame:
    """Turn a label table back into the file form (``themes`` string, ``non_response`` 0/1), extras kept."""
    out = table[KEY].copy()
    out["non_response"] = table["non_response"].astype(bool).astype(int)
    out["themes"] = [themes_string(row, theme_ids) for _, row in table.iterrows()]
    extras = [c for c in table.columns if c not in (*KEY, "non_response", *theme_ids)]
    for column in extras:
        out[column] = table[column]
    return out


def write_label_file(
    table: pd.DataFrame, path: Path | str, theme_ids: Sequence[str], inputs: Sequence[Path | str] = ()
) -> Path:
    """Write a label table as a gold-format CSV (atomically); return the path."""
    return write_csv(label_file_frame(table, theme_ids), path, inputs)


def align_labels(
    left: pd.DataFrame, right: pd.DataFrame, left_name: str = "A", right_name: str = "B"
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return both label tables restricted to, and sorted by, the answers they share.

    Raises InputError when they share no answer at all; answers in one and not the other are dropped.
    """
    keys_left = left.set_index(KEY).index
    keys_right = right.set_index(KEY).index
    shared = keys_left.intersection(keys_right)
    if len(shared) == 0:
        raise InputError(f"{left_name} and {right_name} share no answer (respondent_id, question)")
    a = left.set_index(KEY).loc[shared].reset_index()
    b = right.set_index(KEY).loc[shared].reset_index()
    return a, b
