"""Streaming: code a large survey export and read a large coded answers file chunk by chunk, in flat memory.

- ``iter_answer_chunks(path, config)``: read a survey export CSV (one row per respondent, as ``load_survey``
  reads it) or a long answers CSV (``respondent_id, question, text`` [, ``wave``]) ``chunk_size`` rows at a
  time with ``pd.read_csv(chunksize=...)``; yields answers tables (``respondent_id, question, text``).
- ``stream_code(path, out, config)``: clean and code every chunk (in this process or in ``jobs`` worker
  processes) and append it to the coded answers file, which is written atomically: a run that fails leaves no
  partial file. Memory is that of one chunk, whatever the size of the input.
- ``read_coded_answers(path, theme_ids, respondents)``: read a coded answers (or gold) file chunk by chunk
  into a compact label table (the table ``splw_text.labels.read_label_file`` returns, without the text
  columns): respondent ids point at the survey's own id strings, themes are parsed once per distinct value.
  ``build_tables`` takes it as it is.

Only CSV (and TSV, ``;`` or ``|`` delimited) inputs stream; other formats are read whole by ``load_survey``.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from splw_text.config import SurveyConfig
from splw_text.errors import InputError

if TYPE_CHECKING:
    from splw_text.codebook import Codebook
    from splw_text.load import Survey
    from splw_text.tables.model import TableSet

DEFAULT_CHUNK_SIZE = 20_000
LONG_COLUMNS = ("respondent_id", "question", "text")
_TRUE = ("1", "true", "True")
_FALSE = ("0", "false", "False")
_DELIMITERS = ",;\t|"


# --- reading CSV in chunks ---------------------------------------------------------------------------


def sniff_csv(path: Path) -> tuple[str, str]:
    """Return (encoding, delimiter) of a delimited text file from its first megabyte.

    UTF-8 (with or without BOM) and UTF-16 with a BOM are recognised; anything else is read as cp1252,
    the code page Excel on Windows writes. The delimiter is the most frequent of , ; tab | in the header.
    """
    if not path.is_file():
        raise InputError(f"{path}: file not found")
    with path.open("rb") as handle:
        head = handle.read(1 << 20)
    if not head.strip():
        raise InputError(f"{path}: the file is empty")
    if head.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        try:
            # a multi-byte character may be cut at the end of the sample: decode up to the last newline
            head[: head.rfind(b"\n") + 1 or len(head)].decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            encoding = "cp1252"
    sample = head.decode(encoding, errors="replace")
    header = sample.lstrip("\ufeff").splitlines()[0] if sample.strip() else ""
    counts = {delimiter: header.count(delimiter) for delimiter in _DELIMITERS}
    delimiter = max(counts, key=lambda d: counts[d])
    return encoding, delimiter if counts[delimiter] else ","


def read_csv_chunks(
    path: Path | str, chunk_size: int = DEFAULT_CHUNK_SIZE, usecols: Sequence[str] | None = None
) -> Iterator[pd.DataFrame]:
    """Yield the rows of a delimited file ``chunk_size`` at a time, every cell a string ("" when blank).

    Each chunk keeps the running row index of the file (0 = the first row after the header), so a file row
    number is ``index + 2``. Unreadable files become a one-line InputError.
    """
    path = Path(path)
    if chunk_size < 1:
        raise InputError(f"chunk size must be 1 or more, got {chunk_size}")
    encoding, delimiter = sniff_csv(path)
    try:
        reader = pd.read_csv(
            path, sep=delimiter, encoding=encoding, dtype=str, keep_default_na=False, na_filter=False,
            chunksize=chunk_size, usecols=list(usecols) if usecols is not None else None, skip_blank_lines=True,
        )
        with reader:
            for chunk in reader:
                chunk.columns = [str(column).strip() for column in chunk.columns]
                yield chunk
    except ValueError as error:  # pandas raises ValueError for usecols that are not in the header
        if isinstance(error, UnicodeDecodeError):
            raise InputError(f"{path}: not {encoding} text throughout ({error.reason} at byte {error.start})") from None
        raise InputError(f"{path}: {' '.join(str(error).split())}") from None
    except pd.errors.ParserError as error:
        raise InputError(f"{path}: not a well-formed table: {str(error).strip().splitlines()[-1]}") from None
    except pd.errors.EmptyDataError:
        raise InputError(f"{path}: the file is empty") from None


def csv_header(path: Path | str) -> list[str]:
    """The column names of a delimited file (stripped)."""
    path = Path(path)
    encoding, delimiter = sniff_csv(path)
    try:
        header = pd.read_csv(path, sep=delimiter, encoding=encoding, dtype=str, nrows=0)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: not a readable table ({type(error).__name__})") from None
    return [str(column).strip() for column in header.columns]


def is_long_answers_file(path: Path | str) -> bool:
    """True when the file has the columns of a long answers table (respondent_id, question, text)."""
    return set(LONG_COLUMNS) <= set(csv_header(path))


def iter_answer_chunks(
    path: Path | str, config: SurveyConfig, chunk_size: int = DEFAULT_CHUNK_SIZE, wave: str | None = None
) -> Iterator[pd.DataFrame]:
    """Yield the non-blank answers of a survey export or a long answers file, about ``chunk_size`` rows of
    the file at a time: ``respondent_id, question, text`` (+ ``wave`` when the input has one).
    """
    path = Path(path)
    if is_long_answers_file(path):
        yield from _long_chunks(path, config, chunk_size, wave)
        return
    for survey in iter_survey_chunks(path, config, chunk_size, wave):
        yield survey.answers


def iter_survey_chunks(
    path: Path | str, config: SurveyConfig, chunk_size: int = DEFAULT_CHUNK_SIZE, wave: str | None = None
) -> Iterator[Survey]:
    """Yield a survey export CSV as Surveys of ``chunk_size`` respondents each.

    Each chunk is validated exactly as ``load_survey`` validates a whole file (ids, levels), and a
    respondent id repeated in a later chunk is an error too.
    """
    from splw_text.load import survey_from_frame

    path = Path(path)
    seen: set[str] = set()  # "wave<US>id" of every respondent so far: one short string each
    for chunk in read_csv_chunks(path, chunk_size):
        raw = _blanks_as_none(chunk)
        survey = survey_from_frame(raw, config, source=str(path), wave=wave)
        ids = survey.respondents["respondent_id"]
        keys = survey.respondents["wave"].astype(str) + "\x1f" + ids if "wave" in survey.respondents else ids
        for position, key in enumerate(keys):
            if key in seen:
                raise InputError(
                    f"{path}: column {config.id_column!r}: duplicate id {ids.iat[position]!r} at row "
                    f"{raw.index[position] + 2}"
                )
            seen.add(key)
        yield survey


def read_respondents(
    path: Path | str, config: SurveyConfig, chunk_size: int = 50_000, wave: str | None = None
) -> pd.DataFrame:
    """The respondents table of a survey export CSV (as ``load_survey(...).respondents``), read in chunks so
    the answers' text is never held whole."""
    parts = [survey.respondents for survey in iter_survey_chunks(path, config, chunk_size, wave)]
    if not parts:
        raise InputError(f"{path}: the file has a header but no respondents")
    return pd.concat(parts, ignore_index=True)


def _blanks_as_none(chunk: pd.DataFrame) -> pd.DataFrame:
    """The chunk with blank cells as None, as the whole-file reader of ``splw_text.load`` gives them."""
    out = pd.DataFrame(index=chunk.index)
    for column in chunk.columns:
        values = chunk[column].to_numpy(dtype=object, copy=True)
        values[(_stripped(chunk[column]) == "").to_numpy()] = None
        out[column] = values
    return out


def _long_chunks(path: Path, config: SurveyConfig, chunk_size: int, wave: str | None) -> Iterator[pd.DataFrame]:
    questions = set(config.question_columns)
    header = csv_header(path)
    columns = [*LONG_COLUMNS, *(["wave"] if "wave" in header else [])]
    for chunk in read_csv_chunks(path, chunk_size, usecols=columns):
        chunk = chunk[columns]
        unknown = ~chunk["question"].str.strip().isin(questions)
        if unknown.any():
            first = chunk.index[unknown.to_numpy()][0]
            raise InputError(
                f"{path}: column 'question', row {first + 2}: {chunk.at[first, 'question']!r} is not an open "
                f"question of the survey config ({', '.join(config.question_columns)})"
            )
        blank_id = chunk["respondent_id"].str.strip() == ""
        if blank_id.any():
            first = chunk.index[blank_id.to_numpy()][0]
            raise InputError(f"{path}: column 'respondent_id': blank respondent id at row {first + 2}")
        answers = chunk.assign(
            respondent_id=chunk["respondent_id"].str.strip(), question=chunk["question"].str.strip()
        )
        if wave is not None:
            answers["wave"] = str(wave)
        yield answers[answers["text"].str.strip() != ""]


# --- coding a large file --------------------------------------------------------------------------------


@dataclass
class StreamSummary:
    """What ``stream_code`` wrote: answers, non-responses, answers per theme, chunks."""

    answers: int = 0
    non_responses: int = 0
    chunks: int = 0
    theme_counts: dict[str, int] = field(default_factory=dict)


def stream_code(
    path: Path | str,
    out: Path | str,
    config: SurveyConfig,
    codebook_path: Path | str | None = None,
    redact: bool = True,
    jobs: int = 1,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    wave: str | None = None,
    on_chunk: Callable[[int], None] | None = None,
) -> StreamSummary:
    """Code the survey export (or long answers file) ``path`` into the coded answers file ``out``, one chunk at
    a time. ``on_chunk(answers_in_chunk)`` is called after each chunk is written (for a progress bar).

    The output is byte-for-byte the file the in-memory ``splw-text code`` writes for the same input.
    """
    from splw_text.coding.coded_file import CODED_COLUMNS
    from splw_text.coding.parallel import CodingPool
    from splw_text.outputs import atomic_open, neutralise_frame

    summary = StreamSummary()
    with CodingPool(codebook_path, jobs=jobs, redact=redact) as pool, atomic_open(out, "w", inputs=[path]) as handle:
        summary.theme_counts = dict.fromkeys(pool.theme_ids, 0)
        for answers in iter_answer_chunks(path, config, chunk_size, wave):
            if answers.empty:
                continue
            coded = pool.coded_answers(answers)
            neutralise_frame(coded).to_csv(handle, index=False, header=summary.chunks == 0, lineterminator="\n")
            summary.chunks += 1
            summary.answers += len(coded)
            summary.non_responses += int(coded["non_response"].sum())
            for themes, count in coded["themes"].value_counts().items():
                for theme in str(themes).split(";") if themes else ():
                    summary.theme_counts[theme] += int(count)
            if on_chunk is not None:
                on_chunk(len(coded))
        if summary.chunks == 0:  # no answer at all: the header alone, as the in-memory command writes it
            pd.DataFrame(columns=CODED_COLUMNS).to_csv(handle, index=False, lineterminator="\n")
    return summary


# --- reading a large coded answers file -------------------------------------------------------------------


def read_coded_answers(
    path: Path | str,
    theme_ids: Sequence[str],
    respondents: pd.DataFrame | None = None,
    chunk_size: int = 200_000,
) -> pd.DataFrame:
    """Read a coded answers or gold CSV into a label table (``respondent_id, question, non_response``, a bool
    column per theme in ``theme_ids`` order, ``wave`` when the file has it), ``chunk_size`` rows at a time.

    The same checks as ``splw_text.labels.read_label_file`` (0/1 non-responses, known theme ids, no answer
    twice), vectorised; the text columns are not read. With ``respondents`` (``Survey.respondents``) the ids
    are matched to the survey's (an unknown id is an InputError naming its row) and share its id strings,
    so a few million answers take a few bytes each beyond their theme flags.
    """
    path = Path(path)
    theme_ids = list(theme_ids)
    header = csv_header(path)
    missing = [c for c in ("respondent_id", "question", "non_response", "themes") if c not in header]
    if missing:
        raise InputError(f"{path}: missing column(s) {', '.join(repr(c) for c in missing)} of a label file")
    columns = ["respondent_id", "question", "non_response", "themes", *(["wave"] if "wave" in header else [])]
    lookup = _respondent_lookup(respondents, with_wave="wave" in header) if respondents is not None else None

    parts: list[dict[str, Any]] = []
    theme_cache: dict[str, np.ndarray] = {}
    for chunk in read_csv_chunks(path, chunk_size, usecols=columns):
        part: dict[str, Any] = {}
        ids = _stripped(chunk["respondent_id"])
        if lookup is not None:
            keys = ids if lookup.waves is None else _stripped(chunk["wave"]) + "\x1f" + ids
            positions = lookup.index.get_indexer(pd.Index(keys))
            if (positions < 0).any():
                first = int(np.argmax(positions < 0))
                raise InputError(
                    f"{path}: row {chunk.index[first] + 2}: respondent id {ids.iat[first]!r} is not in the survey"
                )
            part["respondent"] = positions.astype(np.int32)
        else:
            part["respondent_id"] = ids.to_numpy(dtype=object)
        if "wave" in chunk and (lookup is None or lookup.waves is None):
            part["wave"] = _stripped(chunk["wave"]).to_numpy(dtype=object)
        part["question"] = pd.Categorical(_stripped(chunk["question"]))
        part["non_response"] = _flags(chunk["non_response"], path, chunk.index)
        part["themes"] = _theme_matrix(chunk["themes"], theme_ids, theme_cache, path, chunk.index)
        parts.append(part)
    if not parts:
        return pd.DataFrame(columns=["respondent_id", "question", "non_response", *theme_ids])

    table = pd.DataFrame()
    if lookup is not None:
        positions = np.concatenate([p["respondent"] for p in parts])
        table["respondent_id"] = lookup.ids[positions]
    else:
        table["respondent_id"] = np.concatenate([p["respondent_id"] for p in parts])
    if lookup is not None and lookup.waves is not None:
        table["wave"] = lookup.waves[positions]
    elif "wave" in parts[0]:
        table["wave"] = np.concatenate([p["wave"] for p in parts])
    questions = pd.api.types.union_categoricals([p["question"] for p in parts])
    table["question"] = np.asarray(questions.categories, dtype=object)[questions.codes]
    table["non_response"] = np.concatenate([p["non_response"] for p in parts])
    matrix = np.concatenate([p["themes"] for p in parts])
    for column, theme in enumerate(theme_ids):
        table[theme] = matrix[:, column]
    if lookup is not None:  # one integer per answer: respondent position and question
        answer_keys = pd.Series(positions.astype(np.int64) * len(questions.categories) + questions.codes)
        duplicated = answer_keys.duplicated().to_numpy()
    else:
        key = ["wave", "respondent_id", "question"] if "wave" in table else ["respondent_id", "question"]
        duplicated = table.duplicated(key).to_numpy()
    if duplicated.any():
        first = int(np.argmax(duplicated))
        raise InputError(
            f"{path}: answer {table['respondent_id'].iat[first]}/{table['question'].iat[first]} appears twice"
            f" (row {first + 2})"
        )
    ordered = ["respondent_id", "question", *(["wave"] if "wave" in table else []), "non_response", *theme_ids]
    return table[ordered]


@dataclass(frozen=True)
class _RespondentLookup:
    index: pd.Index
    ids: np.ndarray
    waves: np.ndarray | None


def _respondent_lookup(respondents: pd.DataFrame, with_wave: bool) -> _RespondentLookup:
    ids = respondents["respondent_id"].astype(str).to_numpy(dtype=object)
    if with_wave and "wave" in respondents:
        waves = respondents["wave"].astype(str).to_numpy(dtype=object)
        return _RespondentLookup(pd.Index(waves + "\x1f" + ids), ids, waves)
    return _RespondentLookup(pd.Index(ids), ids, None)


def _stripped(values: pd.Series) -> pd.Series:
    """``values.str.strip()``, stripping each distinct value once (ids repeat, questions repeat a lot)."""
    codes, uniques = pd.factorize(values, sort=False)
    stripped = np.array([str(value).strip() for value in uniques], dtype=object)
    return pd.Series(stripped[codes], index=values.index, dtype=object)


def _flags(values: pd.Series, path: Path, index: pd.Index) -> np.ndarray:
    text = _stripped(values)
    truthy = text.isin(_TRUE).to_numpy()
    valid = truthy | text.isin(_FALSE).to_numpy()
    if not valid.all():
        first = int(np.argmax(~valid))
        raise InputError(
            f"{path}: column 'non_response', row {index[first] + 2}: expected 0 or 1, got {values.iat[first]!r}"
        )
    return truthy


def _theme_matrix(
    values: pd.Series, theme_ids: list[str], cache: dict[str, np.ndarray], path: Path, index: pd.Index
) -> np.ndarray:
    """Answers x themes from the ``themes`` strings, parsing each distinct string once."""
    codes, uniques = pd.factorize(values, sort=False)
    position = {theme: column for column, theme in enumerate(theme_ids)}
    rows = np.zeros((len(uniques), len(theme_ids)), dtype=bool)
    for number, value in enumerate(uniques):
        flags = cache.get(value)
        if flags is None:
            flags = np.zeros(len(theme_ids), dtype=bool)
            for part in str(value).split(";"):
                theme = part.strip()
                if not theme:
                    continue
                if theme not in position:
                    first = int(np.argmax(codes == number))
                    raise InputError(f"{path}: column 'themes', row {index[first] + 2}: unknown theme id(s) {theme}")
                flags[position[theme]] = True
            cache[value] = flags
        rows[number] = flags
    return rows[codes]


def stream_tables(
    coded_path: Path | str,
    survey_path: Path | str,
    config: SurveyConfig,
    codebook: Codebook,
    suppress: bool = True,
    wave: str | None = None,
) -> TableSet:
    """Every table from a coded answers file and the survey export it came from, both read in chunks
    (``read_respondents``, ``read_coded_answers``): the same tables ``build_tables`` gives on whole files."""
    from splw_text.engines import tables_from_file

    survey_path = Path(survey_path)
    respondents = (
        read_respondents(survey_path, config, wave=wave)
        if survey_path.suffix.lower() in (".csv", ".tsv", ".txt")
        else _whole_survey_respondents(survey_path, config, wave)
    )
    return tables_from_file(coded_path, respondents, config, codebook, suppress)


def _whole_survey_respondents(path: Path, config: SurveyConfig, wave: str | None) -> pd.DataFrame:
    from splw_text.load import load_survey

    return load_survey(path, config, wave=wave).respondents
