"""The Apache Spark engine: rule coding over a Spark DataFrame of answers, and the tables from coded answers.

Spark is the engine NHS national data platforms already run; this module adds no scheduler of its own.

- ``spark_session(master="local[*]")``: a session on this machine's cores or, with a master URL
  (``spark://host:7077``, ``yarn``, ``k8s://...``), on a cluster.
- ``code_spark(answers)``: a Spark DataFrame of answers (``respondent_id, question, text`` [, ``wave``])
  to one of codes, via ``mapInPandas``: each Python worker builds the RuleCoder once (the codebook travels
  with the task, so workers need the package but not the files) and codes its partitions batch by batch.
  The rows are those of the coded answers file plus a bool column per theme (``CODES_SCHEMA``).
- ``coded_answers_spark(answers)``: the same for a pandas answers table; returns the coded answers file
  rows, identical to the local engine's, in the same order.
- ``tables_spark(coded, respondents, config, codebook)``: reduces the coded answers in Spark to one compact
  row per answer (ids, question, non-response, the themes as one integer bit mask), collects that and hands
  it to ``splw_text.tables.build_tables``, so every figure, test and suppression is the local engine's.

pyspark is imported only inside these functions (install it with ``pip install 'splw-text[spark]'``).
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from splw_text.engines import DEFAULT_MASTER
from splw_text.errors import InputError

if TYPE_CHECKING:
    from pyspark.sql import DataFrame as SparkDataFrame
    from pyspark.sql import SparkSession
    from pyspark.sql.types import StructType

    from splw_text.codebook import Codebook
    from splw_text.config import SurveyConfig
    from splw_text.tables.model import TableSet

ANSWER_COLUMNS = ("respondent_id", "question", "text")
FILE_COLUMNS = ("non_response", "themes", "evidence", "text_redacted")
_ROW = "__splw_row"


def _import_pyspark() -> Any:
    try:
        import pyspark
    except ImportError:
        raise InputError(
            "--engine spark needs pyspark: pip install 'splw-text[spark]' (and Java 17 or later)"
        ) from None
    return pyspark


def spark_session(master: str = DEFAULT_MASTER, app_name: str = "splw-text") -> SparkSession:
    """Start (or reuse) a Spark session on ``master``: ``local[*]`` (every core here), ``local[N]``, or a
    cluster URL. Without pyspark or Java the error is one line saying what to install."""
    _import_pyspark()
    if not (os.environ.get("JAVA_HOME") or shutil.which("java")):
        raise InputError("--engine spark needs Java 17 or later on the PATH (or JAVA_HOME set)")
    from pyspark.sql import SparkSession

    if master.startswith("local"):
        # the workers of a local master run this very Python, with the package installed
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = (
        SparkSession.builder.master(master)
        .appName(app_name)
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.session.timeZone", "UTC")
    )
    if master.startswith("local"):
        builder = builder.config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8")
    try:
        session = builder.getOrCreate()
    except Exception as error:  # py4j / PySparkRuntimeError when the JVM cannot start or the master is unreachable
        raise InputError(f"--engine spark: could not start Spark on {master!r}: {_one_line(error)}") from None
    session.sparkContext.setLogLevel("ERROR")
    return session


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return text[:300] or type(error).__name__


# --- coding ---------------------------------------------------------------------------------------------


def codes_schema(theme_ids: Sequence[str], with_wave: bool = False) -> StructType:
    """The schema of ``code_spark``'s result: the coded answers file columns, then a bool column per theme."""
    from pyspark.sql.types import BooleanType, IntegerType, StringType, StructField, StructType

    fields = [StructField("respondent_id", StringType()), StructField("question", StringType())]
    if with_wave:
        fields.append(StructField("wave", StringType()))
    fields += [
        StructField("non_response", IntegerType()),
        StructField("themes", StringType()),
        StructField("evidence", StringType()),
        StructField("text_redacted", StringType()),
    ]
    fields += [StructField(theme, BooleanType()) for theme in theme_ids]
    return StructType(fields)


def _code_batches(
    batches: Iterator[pd.DataFrame], codebook: Codebook, redact: bool, columns: list[str]
) -> Iterator[pd.DataFrame]:
    """mapInPandas body, run on the workers: the coder is built once per worker process and cached there."""
    from splw_text.clean import clean_answers
    from splw_text.coding.coded_file import coded_answers_frame
    from splw_text.coding.parallel import code_cleaned

    theme_ids = list(codebook.theme_ids)
    for batch in batches:
        answers = batch.reset_index(drop=True)
        cleaned = clean_answers(answers, redact=redact)
        codes = code_cleaned(cleaned, codebook)
        rows = coded_answers_frame(cleaned, codes, codebook).reset_index(drop=True)
        out = rows[[c for c in columns if c not in theme_ids and c != _ROW]].copy()
        out["non_response"] = out["non_response"].astype("int32")
        for theme in theme_ids:
            out[theme] = codes[theme].to_numpy(dtype=bool)
        if _ROW in columns:
            out[_ROW] = answers[_ROW].to_numpy()
        yield out[columns]


def code_spark(
    answers: SparkDataFrame, codebook_path: Path | str | None = None, redact: bool = True
) -> SparkDataFrame:
    """Code a Spark DataFrame of answers (``respondent_id, question, text`` [, ``wave``]) with the rule coder.

    Returns a Spark DataFrame (lazily evaluated) with the coded answers file columns (``respondent_id,
    question`` [, ``wave``], ``non_response`` 0/1, ``themes``, ``evidence``, ``text_redacted``) and one
    bool column per theme in codebook order. The codebook is read and checked here, on the driver.
    """
    _check_answer_columns(answers.columns)
    return _code_spark(answers, _driver_codebook(codebook_path), redact)


def _check_answer_columns(columns: Sequence[str]) -> None:
    missing = [column for column in ANSWER_COLUMNS if column not in columns]
    if missing:
        raise InputError(f"answers: missing column(s) {', '.join(repr(c) for c in missing)} for coding")


def _driver_codebook(codebook_path: Path | str | None) -> Codebook:
    """Read and check the codebook on the driver (spaCy imported without torch: see ``parallel``)."""
    from splw_text.codebook import load_codebook
    from splw_text.coding.parallel import import_spacy_without_torch

    import_spacy_without_torch()
    return load_codebook(codebook_path)


def _code_spark(answers: SparkDataFrame, codebook: Codebook, redact: bool) -> SparkDataFrame:
    from pyspark.sql.types import LongType, StructField

    with_wave = "wave" in answers.columns
    schema = codes_schema(codebook.theme_ids, with_wave)
    inputs = [*ANSWER_COLUMNS, *(["wave"] if with_wave else [])]
    if _ROW in answers.columns:
        schema = schema.add(StructField(_ROW, LongType()))
        inputs.append(_ROW)
    body = partial(_code_batches, codebook=codebook, redact=redact, columns=schema.fieldNames())
    return answers.select(*inputs).mapInPandas(body, schema)


def coded_answers_spark(
    answers: pd.DataFrame,
    codebook_path: Path | str | None = None,
    redact: bool = True,
    spark: SparkSession | None = None,
    partitions: int | None = None,
) -> pd.DataFrame:
    """Code a pandas answers table on Spark; return the coded answers file rows in the order of ``answers``
    (the same frame the local engine returns)."""
    _check_answer_columns(list(answers.columns))
    spark = spark or spark_session()
    columns = [*ANSWER_COLUMNS, *(["wave"] if "wave" in answers.columns else [])]
    frame = answers[columns].astype(str).reset_index(drop=True)
    frame[_ROW] = np.arange(len(frame), dtype=np.int64)
    source = spark.createDataFrame(frame)  # from pandas: one slice per default-parallelism core, no shuffle
    if partitions is not None and partitions != source.rdd.getNumPartitions():
        source = source.repartition(max(1, partitions))
    codebook = _driver_codebook(codebook_path)
    result = _code_spark(source, codebook, redact).drop(*codebook.theme_ids).toPandas()
    result = result.sort_values(_ROW, kind="stable").drop(columns=_ROW).reset_index(drop=True)
    result["non_response"] = result["non_response"].astype(int)
    return result


# --- tables ---------------------------------------------------------------------------------------------


def theme_mask_columns(coded: SparkDataFrame, theme_ids: Sequence[str]) -> list[Any]:
    """Spark columns ``mask`` (the themes of each answer as one integer: bit i = the i-th theme in codebook
    order) and ``unknown`` (theme ids not in the codebook; empty when the themes come from bool columns).

    Taken from the bool theme columns when ``coded`` has them (``code_spark``'s result), otherwise from the
    ``themes`` string of a coded answers file.
    """
    from pyspark.sql import functions as F

    if all(theme in coded.columns for theme in theme_ids):
        flags = [F.coalesce(F.col(theme).cast("boolean"), F.lit(False)) for theme in theme_ids]
        unknown = F.array().cast("array<string>")
    else:
        if "themes" not in coded.columns:
            raise InputError("coded answers: no 'themes' column and no column per theme")
        listed = F.array_remove(F.transform(F.split(F.coalesce(F.col("themes"), F.lit("")), ";"), F.trim), "")
        flags = [F.array_contains(listed, theme) for theme in theme_ids]
        unknown = F.array_except(listed, F.array(*[F.lit(theme) for theme in theme_ids]))
    mask = F.lit(0)
    for bit, flag in enumerate(flags):
        mask = mask + F.when(flag, F.lit(1 << bit)).otherwise(F.lit(0))
    return [mask.cast("int").alias("mask"), unknown.alias("unknown")]


def tables_spark(
    coded: SparkDataFrame,
    respondents: pd.DataFrame,
    config: SurveyConfig,
    codebook: Codebook,
    suppress: bool = True,
    source: str = "coded answers",
) -> TableSet:
    """Build every table from a Spark DataFrame of coded answers (``code_spark``'s result or a coded answers
    file read by Spark) and the survey's respondents; identical to ``build_tables`` on the same answers.

    Spark reduces each answer to its ids, question, non-response flag and a theme bit mask (one Spark job);
    only that crosses to this process, where the tables module computes the figures, tests and suppression.
    """
    from pyspark.sql import functions as F

    from splw_text.tables import build_tables

    theme_ids = list(codebook.theme_ids)
    missing = [column for column in ("respondent_id", "question", "non_response") if column not in coded.columns]
    if missing:
        raise InputError(f"{source}: missing column(s) {', '.join(repr(c) for c in missing)}")
    keys = ["respondent_id", "question", *(["wave"] if "wave" in coded.columns else [])]
    flag = F.trim(F.col("non_response").cast("string"))
    compact = coded.select(
        *[F.trim(F.col(k).cast("string")).alias(k) for k in keys],
        F.when(flag.isin("1", "true", "True"), F.lit(True))
        .when(flag.isin("0", "false", "False"), F.lit(False))
        .alias("non_response"),
        *theme_mask_columns(coded, theme_ids),
    ).toPandas()
    _check_compact(compact, keys, source)
    table = label_table_from_masks(compact.drop(columns="unknown"), theme_ids)
    return build_tables(table, respondents, config, codebook, suppress=suppress, source=source)


def _check_compact(compact: pd.DataFrame, keys: list[str], source: str) -> None:
    """One-line errors for what Spark found: an unknown theme, a non_response not 0/1, an answer twice."""

    def where(position: int) -> str:
        return f"answer {compact['respondent_id'].iat[position]}/{compact['question'].iat[position]}"

    unknown = compact["unknown"].map(len).to_numpy() > 0
    if unknown.any():
        first = int(np.argmax(unknown))
        listed = ", ".join(str(theme) for theme in compact["unknown"].iat[first])  # type: ignore[union-attr]
        raise InputError(f"{source}: {where(first)}: unknown theme id(s) {listed}")
    bad_flag = compact["non_response"].isna().to_numpy()
    if bad_flag.any():
        raise InputError(f"{source}: {where(int(np.argmax(bad_flag)))}: non_response is not 0 or 1")
    duplicated = compact.duplicated(keys).to_numpy()
    if duplicated.any():
        raise InputError(f"{source}: {where(int(np.argmax(duplicated)))} appears twice")


def label_table_from_masks(compact: pd.DataFrame, theme_ids: Sequence[str]) -> pd.DataFrame:
    """Expand a ``mask`` column (bit i = theme i) into one bool column per theme; the other columns stay."""
    masks = compact["mask"].to_numpy(dtype=np.int64)
    table = compact.drop(columns="mask")
    table["non_response"] = table["non_response"].astype(bool)
    for bit, theme in enumerate(theme_ids):
        table[theme] = (masks >> bit) & 1 == 1
    return table


def read_coded_csv(spark: SparkSession, path: Path | str) -> SparkDataFrame:
    """Read a coded answers (or gold) CSV with Spark: header row, quoted multi-line cells, every cell a string."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: file not found")
    return spark.read.csv(
        str(path.resolve()), header=True, multiLine=True, escape='"', quote='"', inferSchema=False, encoding="utf-8"
    )
