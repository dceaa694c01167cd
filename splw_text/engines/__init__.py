"""Engines that run the coding and the table counts beyond one process.

- ``local`` (the default): this process, or ``--jobs N`` worker processes on this machine
  (``splw_text.coding.parallel``).
- ``spark``: Apache Spark, on ``local[*]`` or a cluster (``splw_text.engines.spark``; needs the ``spark``
  extra and Java 17). Results are identical to the local engine.

Nothing heavy is imported here: pyspark is imported only when the Spark engine is used.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal, cast

from splw_text.errors import InputError

if TYPE_CHECKING:
    import pandas as pd

    from splw_text.codebook import Codebook
    from splw_text.config import SurveyConfig
    from splw_text.tables.model import TableSet

Engine = Literal["local", "spark"]
ENGINES: tuple[Engine, ...] = ("local", "spark")


def check_engine(engine: str) -> Engine:
    """Return ``engine`` if it is one of ENGINES, otherwise raise a one-line InputError."""
    if engine not in ENGINES:
        raise InputError(f"--engine: unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    return cast(Engine, engine)


DEFAULT_MASTER = "local[*]"


def check_engine_options(engine: str, jobs: int = 1, master: str | None = None, coder: str = "rules") -> str:
    """Check the engine options of a command; return "" when the answers are coded in this process as usual,
    otherwise a short description of where they are coded ("2 processes", "Spark on local[*]").

    One-line InputErrors: an unknown engine, fewer than one job, ``--master`` without ``--engine spark``,
    ``--jobs`` with Spark (Spark spreads the work over its own executors), and a coder other than the rule
    coder on more than one process.
    """
    check_engine(engine)
    if jobs < 1:
        raise InputError(f"--jobs must be 1 or more, got {jobs}")
    if master is not None and engine != "spark":
        raise InputError("--master goes with --engine spark")
    if engine == "spark" and jobs != 1:
        raise InputError("--jobs is for the local engine; with --engine spark the Spark executors share the work")
    if engine == "local" and jobs == 1:
        return ""
    if coder != "rules":
        raise InputError(f"--jobs and --engine spark run the rule coder; --coder {coder} runs in one process")
    return f"Spark on {master or DEFAULT_MASTER}" if engine == "spark" else f"{jobs} processes"


def code_answers(
    answers: pd.DataFrame,
    codebook_path: Path | str | None = None,
    redact: bool = True,
    engine: str = "local",
    jobs: int = 1,
    master: str | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> pd.DataFrame:
    """Clean and rule-code raw ``answers`` (``respondent_id, question, text`` [, ``wave``]) on ``engine``:
    ``local`` with ``jobs`` processes, or ``spark`` on ``master``. Returns the coded answers file rows in the
    order of ``answers``; every engine and every ``jobs`` gives the same rows."""
    if check_engine(engine) == "spark":
        from splw_text.engines.spark import coded_answers_spark, spark_session

        if on_progress is not None:
            on_progress(0)
        coded = coded_answers_spark(answers, codebook_path, redact, spark_session(master or DEFAULT_MASTER))
        if on_progress is not None:
            on_progress(len(answers))
        return coded
    from splw_text.coding.parallel import CodingPool

    with CodingPool(codebook_path, jobs=jobs, redact=redact, on_progress=on_progress) as pool:
        return pool.coded_answers(answers).reset_index(drop=True)


def tables_from_file(
    coded_path: Path | str,
    respondents: pd.DataFrame,
    config: SurveyConfig,
    codebook: Codebook,
    suppress: bool = True,
    engine: str = "local",
    master: str | None = None,
) -> TableSet:
    """Every table from a coded answers file and the survey's respondents, the answers counted by ``engine``:
    ``local`` reads the file in chunks (``streaming.read_coded_answers``), ``spark`` reads and reduces it in
    Spark on ``master``. Both give exactly ``build_tables``' tables."""
    if check_engine(engine) == "spark":
        from splw_text.engines.spark import read_coded_csv, spark_session, tables_spark

        spark = spark_session(master or DEFAULT_MASTER)
        return tables_spark(read_coded_csv(spark, coded_path), respondents, config, codebook, suppress,
                            source=str(coded_path))
    from splw_text.streaming import read_coded_answers
    from splw_text.tables import build_tables

    coded = read_coded_answers(coded_path, codebook.theme_ids, respondents)
    return build_tables(coded, respondents, config, codebook, suppress=suppress, source=str(coded_path))
