"""Commands that turn a coded answers file into tables and a report: ``tables`` and ``report``."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

from splw_text.cli.app import app
from splw_text.cli.options import CodebookOption, ConfigOption, parse_inputs

CodedArgument = Annotated[
    Path, typer.Argument(help="Coded answers CSV (splw-text code --out), or a gold-format label file.")
]
SurveyOption = Annotated[
    list[str],
    typer.Option("--survey", help="Survey export the answers came from; repeat with PATH:LABEL for waves."),
]
OutOption = Annotated[Path, typer.Option("--out", help="Output folder (tables/ and the files are written in it).")]
NoSuppressOption = Annotated[
    bool,
    typer.Option("--no-suppress", help="Show small counts as they are (for analysts only; not for publication)."),
]


@contextmanager
def _progress() -> Iterator[Any]:
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                  console=Console(stderr=True), transient=True) as progress:
        yield progress


def _step(progress: Any, description: str) -> None:
    for task in list(progress.tasks):
        progress.remove_task(task.id)
    progress.add_task(description, total=None)


def _build(
    coded_path: Path, surveys: list[str], config_path: Path | None, codebook_path: Path | None,
    suppress: bool, progress: Any, engine: str = "local", master: str | None = None,
) -> tuple[Any, Any, Any, Any, list[Path]]:
    from splw_text.codebook import load_codebook
    from splw_text.config import load_config
    from splw_text.labels import read_label_file
    from splw_text.load import load_surveys
    from splw_text.tables import build_tables

    _step(progress, "Loading the survey and the coded answers")
    config = load_config(config_path)
    codebook = load_codebook(codebook_path, check_patterns=False)
    inputs = parse_inputs(surveys)
    survey = load_surveys(inputs, config)
    if engine != "local":
        from splw_text.engines import tables_from_file

        _step(progress, f"Counting the coded answers on {engine} and building the tables")
        tables = tables_from_file(coded_path, survey.respondents, config, codebook, suppress, engine, master)
        return tables, None, config, codebook, [coded_path, *(path for path, _ in inputs)]
    coded = read_label_file(coded_path, codebook.theme_ids)
    _step(progress, "Building the tables")
    tables = build_tables(coded, survey.respondents, config, codebook, suppress=suppress, source=str(coded_path))
    return tables, coded, config, codebook, [coded_path, *(path for path, _ in inputs)]


@app.command()
def tables(
    coded: CodedArgument,
    survey: SurveyOption,
    out: OutOption,
    config: ConfigOption = None,
    codebook: CodebookOption = None,
    no_suppress: NoSuppressOption = False,
    engine: Annotated[
        str, typer.Option("--engine", help="local, or spark to count the coded answers in Apache Spark.")
    ] = "local",
    master: Annotated[
        str | None, typer.Option("--master", help="Spark master with --engine spark (default local[*]).")
    ] = None,
) -> None:
    """Write frequency, indicator, crosstab, association and wave tables as CSV files and one XLSX workbook."""
    from splw_text.engines import check_engine_options
    from splw_text.report.xlsx import write_xlsx
    from splw_text.tables import write_tables

    check_engine_options(engine, master=master)
    with _progress() as progress:
        tableset, _, _, _, inputs = _build(
            coded, survey, config, codebook, not no_suppress, progress, engine=engine, master=master
        )
        _step(progress, "Writing the tables")
        paths = write_tables(tableset, out, inputs)
        paths.append(write_xlsx(tableset, out / "tables.xlsx", inputs))
    _summarise(tableset, paths, out)


@app.command()
def report(
    coded: CodedArgument,
    survey: SurveyOption,
    out: OutOption,
    config: ConfigOption = None,
    codebook: CodebookOption = None,
    topics: Annotated[
        Path | None, typer.Option("--topics", help="Topics CSV (splw-text topics) to add a topics section.")
    ] = None,
    no_suppress: NoSuppressOption = False,
) -> None:
    """Write the tables (CSV and XLSX) and the self-contained HTML report (report.html)."""
    from splw_text.report import write_html_report, write_xlsx
    from splw_text.tables import write_tables

    with _progress() as progress:
        tableset, coded_answers, survey_config, frame, inputs = _build(
            coded, survey, config, codebook, not no_suppress, progress
        )
        topic_table = read_topics(topics) if topics is not None else None
        _step(progress, "Writing the tables and the report")
        paths = write_tables(tableset, out, inputs)
        paths.append(write_xlsx(tableset, out / "tables.xlsx", inputs))
        paths.append(
            write_html_report(tableset, coded_answers, survey_config, frame, out / "report.html", topic_table, inputs)
        )
    _summarise(tableset, paths, out)


def read_topics(path: Path) -> Any:
    """Read a topics CSV; ``representative_answers`` may be a JSON list. Bad files are an InputError."""
    import json

    import pandas as pd

    from splw_text.errors import InputError

    if not path.is_file():
        raise InputError(f"{path}: file not found")
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: not a readable CSV ({type(error).__name__})") from None
    for column in ("topic", "label"):
        if column not in frame.columns:
            raise InputError(f"{path}: missing column {column!r} of a topics table")

    def answers(value: str) -> list[str]:
        if value.strip().startswith("["):
            try:
                parsed = json.loads(value)
            except ValueError:
                return [value]
            return [str(item) for item in parsed] if isinstance(parsed, list) else [str(parsed)]
        return [value] if value.strip() else []

    if "representative_answers" in frame.columns:
        frame["representative_answers"] = frame["representative_answers"].map(answers)
    if "size" in frame.columns:
        frame["size"] = pd.to_numeric(frame["size"], errors="coerce")
    if "theme_share" in frame.columns:
        frame["theme_share"] = pd.to_numeric(frame["theme_share"], errors="coerce")
    if "emergent" in frame.columns:
        frame["emergent"] = frame["emergent"].str.strip().str.lower().isin(["1", "true", "yes"])
    return frame


def _summarise(tableset: Any, paths: list[Path], out: Path) -> None:
    summary = tableset.summary
    typer.echo(
        f"{summary['respondents']} respondents, {summary['answers']} answers "
        f"({summary['non_responses']} non-responses), {summary['tests']} tests"
    )
    if not tableset.suppressed:
        typer.echo("warning: small cells are NOT suppressed (--no-suppress): not for publication", err=True)
    typer.echo(f"wrote {len(paths)} files to {out}")
