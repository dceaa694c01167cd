"""Read a survey export (CSV in any encoding Excel writes, XLSX, SPSS .sav, Parquet) into a Survey.

The Survey has two tables (see README, "Contracts between stages"):

- ``respondents``: one row per respondent: ``respondent_id`` (str), each indicator as an ordered
  categorical (multi-select indicators as their levels joined by ``;`` in config order), and ``wave``
  (str) when the export has the config's wave column or a wave label is given.
- ``answers``: one row per non-blank open answer: ``respondent_id``, ``question`` (the column name),
  ``text`` (as written), plus ``wave`` when the respondents have it.

Every problem is an InputError naming the file and, where it applies, the column and the row (rows are
counted as a spreadsheet shows them: the header is row 1).
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from splw_text.config import Indicator, SurveyConfig
from splw_text.errors import InputError

SUPPORTED_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".sav", ".parquet", ".pq")
_DELIMITERS = ",;\t|"
_MAX_CELL_CHARACTERS = 50_000_000  # the csv module's default (131,072) is too small for a long answer


@dataclass(frozen=True)
class Survey:
    """A loaded survey: its config, one row per respondent, one row per non-blank open answer."""

    config: SurveyConfig
    respondents: pd.DataFrame
    answers: pd.DataFrame
    source: str


def load_survey(path: Path | str, config: SurveyConfig, wave: str | None = None) -> Survey:
    """Read ``path`` (format detected from its content and suffix), validate it against ``config``.

    ``wave`` labels every respondent with a survey wave (overriding the config's wave column).
    """
    path = Path(path)
    raw = read_table(path)
    return survey_from_frame(raw, config, source=str(path), wave=wave)


def load_surveys(inputs: Sequence[tuple[Path | str, str | None]], config: SurveyConfig) -> Survey:
    """Load several exports (each with an optional wave label) and stack them into one Survey."""
    surveys = [load_survey(path, config, wave=wave) for path, wave in inputs]
    if len(surveys) == 1:
        return surveys[0]
    if any("wave" not in survey.respondents for survey in surveys):
        raise InputError(
            "several inputs need a wave each: give INPUT:LABEL or a survey_year column in every file"
        )
    respondents = pd.concat([s.respondents for s in surveys], ignore_index=True)
    duplicated = respondents.duplicated(["wave", "respondent_id"])
    if duplicated.any():
        first = respondents[duplicated].iloc[0]
        raise InputError(f"respondent id {first['respondent_id']!r} appears twice in wave {first['wave']!r}")
    for indicator in config.indicators:
        if indicator.column in respondents and indicator.kind == "single":
            respondents[indicator.column] = pd.Categorical(
                respondents[indicator.column].astype(object), categories=indicator.levels, ordered=True
            )
    answers = pd.concat([s.answers for s in surveys], ignore_index=True)
    return Survey(config, respondents, answers, source="; ".join(s.source for s in surveys))


# --- reading files -------------------------------------------------------------------------------


def read_table(path: Path) -> pd.DataFrame:
    """Read any supported export into a DataFrame of strings (missing cells as None)."""
    if not path.exists():
        raise InputError(f"{path}: file not found")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a survey export")
    if path.stat().st_size == 0:
        raise InputError(f"{path}: the file is empty")
    head = path.open("rb").read(8)
    suffix = path.suffix.lower()
    if head.startswith(b"PK\x03\x04") or suffix in (".xlsx", ".xlsm"):
        frame = _read_xlsx(path)
    elif head.startswith(b"$FL2") or head.startswith(b"$FL3") or suffix == ".sav":
        frame = _read_sav(path)
    elif head.startswith(b"PAR1") or suffix in (".parquet", ".pq"):
        frame = _read_parquet(path)
    else:
        frame = _read_delimited(path)
    frame.columns = [str(column).strip() for column in frame.columns]
    if frame.columns.duplicated().any():
        duplicate = frame.columns[frame.columns.duplicated()][0]
        raise InputError(f"{path}: column {duplicate!r} appears twice in the header")
    return frame


def decode_text(data: bytes, path: Path) -> str:
    """Decode the bytes of a text export: BOMs first, then strict UTF-8, then the detected code page."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding)
    if b"\x00" in data[:4096]:
        raise InputError(f"{path}: binary content, not a text table (NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=["cp1252", "latin_1", "iso8859_15", "mac_roman"]).best()
    encoding = best.encoding if best is not None else "cp1252"
    # Excel on Windows writes cp1252; it decodes every byte latin-1 would and adds smart quotes and the euro.
    if encoding in ("latin_1", "iso8859_15", "iso8859_1"):
        encoding = "cp1252"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _read_delimited(path: Path) -> pd.DataFrame:
    text = decode_text(path.read_bytes(), path)
    if not text.strip():
        raise InputError(f"{path}: the file is empty")
    printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text[:4096])
    if printable < 0.95 * min(len(text), 4096):
        raise InputError(f"{path}: binary content, not a text table")
    delimiter = _sniff_delimiter(text)
    csv.field_size_limit(_MAX_CELL_CHARACTERS)
    records: list[list[str]] = []
    numbers: list[int] = []  # each record's row as a spreadsheet shows the file (blank lines are rows too)
    try:
        for number, row in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), start=1):
            if any(cell.strip() for cell in row):
                records.append(row)
                numbers.append(number)
    except csv.Error as error:
        raise InputError(f"{path}: not a well-formed table: {error}") from None
    if not records:
        raise InputError(f"{path}: the file is empty")
    header, rows = records[0], records[1:]
    for number, row in zip(numbers[1:], rows, strict=True):
        if len(row) > len(header):
            raise InputError(
                f"{path}: not a well-formed table: row {number} has {len(row)} fields, the header has {len(header)}"
            )
    width = len(header)
    cells = [[cell if cell.strip() else None for cell in row] + [None] * (width - len(row)) for row in rows]
    # the index is the spreadsheet row minus 2 (as for a file with no blank lines), so errors name the right row
    return pd.DataFrame(cells, columns=header, dtype=object, index=pd.Index([n - 2 for n in numbers[1:]]))


def _sniff_delimiter(text: str) -> str:
    sample = text[:20_000]
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        header = sample.splitlines()[0] if sample.splitlines() else ""
        counts = {d: header.count(d) for d in _DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def _read_xlsx(path: Path) -> pd.DataFrame:
    try:
        frame = pd.read_excel(path, sheet_name=0, dtype=object, engine="openpyxl")
    except Exception as error:  # openpyxl raises many types for a broken workbook
        raise InputError(f"{path}: not a readable XLSX workbook ({type(error).__name__})") from None
    return _cells_to_text(frame)


def _read_sav(path: Path) -> pd.DataFrame:
    try:
        import pyreadstat

        frame, _meta = pyreadstat.read_sav(str(path), apply_value_formats=True, formats_as_category=False)
    except Exception as error:  # pyreadstat raises its own ReadstatError for broken files
        raise InputError(f"{path}: not a readable SPSS .sav file ({type(error).__name__})") from None
    return _cells_to_text(frame)


def _read_parquet(path: Path) -> pd.DataFrame:
    try:
        frame = pd.read_parquet(path)
    except Exception as error:  # pyarrow raises ArrowInvalid and friends
        raise InputError(f"{path}: not a readable Parquet file ({type(error).__name__})") from None
    return _cells_to_text(frame)


def _cells_to_text(frame: pd.DataFrame) -> pd.DataFrame:
    """Turn typed cells (numbers, dates, categories) into the strings a CSV would hold."""
    out = pd.DataFrame(index=frame.index)
    for column in frame.columns:
        out[column] = frame[column].astype(object).map(_cell_to_text)
    return out


def _cell_to_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, float):
        if value != value:  # NaN
            return None
        return str(int(value)) if value.is_integer() else str(value)
    if value is pd.NaT:
        return None
    text = str(value)
    return text if text.strip() else None


# --- validation and shaping ----------------------------------------------------------------------


def survey_from_frame(
    raw: pd.DataFrame, config: SurveyConfig, source: str = "<frame>", wave: str | None = None
) -> Survey:
    """Validate a raw table of strings against ``config`` and split it into respondents and answers."""
    if raw.empty and len(raw.columns) == 0:
        raise InputError(f"{source}: the file is empty")
    required = [config.id_column, *config.question_columns]
    required += [i.column for i in config.indicators if not i.optional]
    missing = [column for column in required if column not in raw.columns]
    if missing:
        found = ", ".join(repr(c) for c in list(raw.columns)[:6])
        raise InputError(
            f"{source}: missing column(s) {', '.join(repr(c) for c in missing)} named in the survey config "
            f"(the file has {found}{' ...' if len(raw.columns) > 6 else ''})"
        )
    if len(raw) == 0:
        raise InputError(f"{source}: the file has a header but no respondents")

    ids = raw[config.id_column].map(lambda v: None if v is None else str(v).strip() or None)
    _check_ids(ids, config.id_column, source)

    respondents = pd.DataFrame({"respondent_id": ids.astype(str).to_numpy()})
    for indicator in config.indicators:
        if indicator.column in raw.columns:
            respondents[indicator.column] = _indicator_column(raw[indicator.column], indicator, source)
    wave_values = _wave_values(raw, config, wave)
    if wave_values is not None:
        respondents["wave"] = wave_values

    answers = _answers(raw, respondents, config)
    return Survey(config, respondents, answers, source)


def _check_ids(ids: pd.Series, column: str, source: str) -> None:
    blank = ids[ids.isna()]
    if len(blank):
        rows = ", ".join(str(i + 2) for i in blank.index[:5])
        raise InputError(f"{source}: column {column!r}: blank respondent id at row {rows}")
    duplicated = ids[ids.duplicated(keep=False)]
    if len(duplicated):
        value = duplicated.iloc[0]
        where = " and ".join(str(i + 2) for i in duplicated.index[duplicated == value])
        raise InputError(f"{source}: column {column!r}: duplicate id {value!r} at rows {where}")


def _canonical(value: str) -> str:
    return " ".join(value.split()).casefold()


def _indicator_column(values: pd.Series, indicator: Indicator, source: str) -> pd.Categorical | pd.Series:
    lookup = {_canonical(level): level for level in indicator.levels}
    unknown: dict[str, int] = {}
    mapped: list[str | None] = []
    for position, value in enumerate(values):
        row_number = int(values.index[position]) + 2
        if value is None or not str(value).strip():
            mapped.append(None)
            continue
        parts = [str(value)] if indicator.kind == "single" else str(value).split(indicator.separator)
        levels = []
        for part in parts:
            if not part.strip():
                continue
            level = lookup.get(_canonical(part))
            if level is None:
                unknown.setdefault(part.strip(), row_number)
            else:
                levels.append(level)
        if indicator.kind == "single":
            mapped.append(levels[0] if levels else None)
        else:
            ordered = [level for level in indicator.levels if level in levels]
            mapped.append(";".join(ordered) if ordered else None)
    if unknown:
        listed = ", ".join(f"{value!r} (row {row})" for value, row in list(unknown.items())[:8])
        more = f" and {len(unknown) - 8} more" if len(unknown) > 8 else ""
        raise InputError(
            f"{source}: column {indicator.column!r}: unknown level(s) {listed}{more}; "
            f"the survey config allows {', '.join(repr(level) for level in indicator.levels)}"
        )
    if indicator.kind == "single":
        return pd.Categorical(mapped, categories=indicator.levels, ordered=True)
    return pd.Series(mapped, dtype=object)


def _wave_values(raw: pd.DataFrame, config: SurveyConfig, wave: str | None) -> list[str] | None:
    if wave is not None:
        return [str(wave)] * len(raw)
    if config.wave_column and config.wave_column in raw.columns:
        values = raw[config.wave_column]
        blank = values[values.isna()]
        if len(blank):
            raise InputError(f"column {config.wave_column!r}: blank wave at row {blank.index[0] + 2}")
        return [str(v).strip() for v in values]
    return None


def _answers(raw: pd.DataFrame, respondents: pd.DataFrame, config: SurveyConfig) -> pd.DataFrame:
    rows = []
    has_wave = "wave" in respondents
    for position in range(len(raw)):
        respondent_id = respondents["respondent_id"].iat[position]
        for question in config.question_columns:
            text = raw[question].iat[position]
            if text is None or not str(text).strip():
                continue
            row = {"respondent_id": respondent_id, "question": question, "text": str(text)}
            if has_wave:
                row["wave"] = respondents["wave"].iat[position]
            rows.append(row)
    columns = ["respondent_id", "question", "text"] + (["wave"] if has_wave else [])
    return pd.DataFrame(rows, columns=columns)


def split_multi_select(values: pd.Series, indicator: Indicator) -> pd.DataFrame:
    """Expand a multi-select column into one boolean column per level (missing answers stay False)."""
    chosen = [set(str(v).split(";")) if isinstance(v, str) and v else set() for v in values]
    return pd.DataFrame(
        {level: [level in levels for levels in chosen] for level in indicator.levels}, index=values.index
    )
