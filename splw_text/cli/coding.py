"""Coding commands: ``code``, ``evaluate`` and ``codebook show | validate | explain``."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from splw_text.cli.app import app
from splw_text.cli.options import CodebookOption, ConfigOption

if TYPE_CHECKING:
    from rich.console import Console

codebook_app = typer.Typer(help="Show, check or try out a codebook (themes and the rules that find them).")
app.add_typer(codebook_app, name="codebook")

CodebookPath = Annotated[
    Path | None, typer.Argument(help="Codebook YAML (default: the shipped models/codebook.yaml).", show_default=False)
]


@app.command("code")
def code_command(
    input_path: Annotated[Path, typer.Argument(metavar="INPUT", help="Survey export (CSV, XLSX, SAV, Parquet).")],
    out: Annotated[Path, typer.Option("--out", help="Where to write the coded answers CSV.")],
    config: ConfigOption = None,
    codebook: CodebookOption = None,
    no_redact: Annotated[
        bool, typer.Option("--no-redact", help="Keep personal data in text_redacted and the evidence.")
    ] = False,
    coder_name: Annotated[
        str, typer.Option("--coder", help="rules, supervised or hybrid (the last two need --model).")
    ] = "rules",
    model: Annotated[
        Path | None, typer.Option("--model", help="Model file written by 'splw-text train'.")
    ] = None,
    jobs: Annotated[int, typer.Option("--jobs", help="Processes for the rule coder on this machine.")] = 1,
    engine: Annotated[
        str, typer.Option("--engine", help="local (this machine) or spark (Apache Spark: the spark extra, Java 17).")
    ] = "local",
    master: Annotated[
        str | None, typer.Option("--master", help="Spark master with --engine spark (default local[*]; "
                                                  "spark://host:7077, yarn, k8s://... for a cluster).")
    ] = None,
) -> None:
    """Code every non-blank answer against the codebook and write the coded answers file.

    Columns: respondent_id, question, non_response (0/1), themes (ids joined by ';'), evidence (JSON: span,
    sentence and rule of each theme given), text_redacted.
    """
    from rich.console import Console

    from splw_text.clean import clean_answers
    from splw_text.codebook import load_codebook
    from splw_text.coding import code_survey, make_coder
    from splw_text.coding.coded_file import coded_answers_frame
    from splw_text.config import load_config
    from splw_text.errors import InputError
    from splw_text.load import load_survey
    from splw_text.outputs import write_csv

    console = Console(stderr=True)
    if coder_name not in ("rules", "supervised", "hybrid"):
        raise InputError(f"--coder: unknown coder {coder_name!r}; choose rules, supervised or hybrid")
    if (coder_name == "rules") != (model is None):
        raise InputError("--model goes with --coder supervised or hybrid (train one with 'splw-text train')")
    from splw_text.engines import check_engine_options, code_answers

    distributed = check_engine_options(engine, jobs, master, coder_name)
    survey = load_survey(input_path, load_config(config))
    book = load_codebook(codebook)
    if distributed:
        with _progress(console, f"Coding answers ({distributed})", len(survey.answers)) as advance:
            frame = code_answers(survey.answers, codebook, not no_redact, engine, jobs, master, on_progress=advance)
    else:
        with console.status("Cleaning answers and building the coder"):
            if model is None:
                coder = make_coder("rules", book)
            else:
                from splw_text.coding.hybrid import load_coder

                coder = load_coder(model, book, coder_name)  # refuses a model trained with another codebook
            answers = clean_answers(survey.answers, redact=not no_redact)
        with _progress(console, "Coding answers", len(answers)) as advance:
            codes = code_survey(answers, book, coder, progress=advance)
        frame = coded_answers_frame(answers, codes, book)
    write_csv(frame, out, inputs=[input_path])
    coded = frame[frame["non_response"] == 0]
    typer.echo(
        f"{survey.source}: {len(frame)} answers, {int(frame['non_response'].sum())} non-responses, "
        f"{int((coded['themes'] != '').sum())} of {len(coded)} coded answers given a theme"
    )
    theme_sets = [set(themes.split(";")) for themes in coded["themes"]]
    for theme in book.theme_ids:
        typer.echo(f"  {theme:<26} {sum(theme in themes for themes in theme_sets)}")
    typer.echo(f"wrote {out}")


@contextmanager
def _progress(console: Console, description: str, total: int) -> Iterator[Callable[[int], None]]:
    """A transient rich progress bar on stderr; yields the function that advances it."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn(description), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console, transient=True) as progress:
        task = progress.add_task(description, total=total)
        yield lambda n: progress.advance(task, n)


@app.command("evaluate")
def evaluate_command(
    coded: Annotated[Path, typer.Argument(metavar="CODED.csv", help="Coded answers (from 'splw-text code').")],
    gold: Annotated[Path, typer.Argument(metavar="GOLD.csv", help="Gold labels (respondent_id, question, "
                                                                  "non_response, themes).")],
    codebook: CodebookOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the full result as JSON.")] = False,
    max_errors: Annotated[
        int, typer.Option("--max-errors", min=0, help="How many wrongly coded answers to list (0: all).")
    ] = 0,
) -> None:
    """Score coded answers against gold labels: per-theme precision, recall, F1 and kappa, micro and macro F1,
    non-response F1, the targets, and the answers coded wrongly (worst theme first)."""
    from splw_text.codebook import load_codebook
    from splw_text.coding.evaluate import evaluate
    from splw_text.labels import read_label_file

    theme_ids = load_codebook(codebook, check_patterns=False).theme_ids
    result = evaluate(read_label_file(coded, theme_ids), read_label_file(gold, theme_ids), theme_ids)
    if as_json:
        typer.echo(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    else:
        typer.echo(result.render(max_errors=max_errors or None))


@codebook_app.command("show")
def codebook_show(path: CodebookPath = None) -> None:
    """List the themes (id, name, colour, rules) and their definitions."""
    from splw_text.codebook import load_codebook

    book = load_codebook(path, check_patterns=False)
    typer.echo(f"{book.name} (version {book.version}): {len(book.themes)} themes")
    for theme in book.themes:
        kind = " [positive]" if theme.polarity == "positive" else ""
        typer.echo(
            f"\n{theme.id}{kind}  {theme.colour}  {len(theme.rules)} rules, {len(theme.exclusions)} exclusions"
        )
        typer.echo(f"  {theme.name}")
        typer.echo(f"  {theme.definition}")


@codebook_app.command("validate")
def codebook_validate(path: CodebookPath = None) -> None:
    """Check a codebook: its schema, its references and that spaCy compiles every pattern and phrase."""
    from splw_text.codebook import load_codebook
    from splw_text.coding.rules import RuleCoder

    book = load_codebook(path)
    RuleCoder(book)  # compiles every phrase and pattern into the matchers
    rules = sum(len(theme.rules) for theme in book.themes)
    exclusions = sum(len(theme.exclusions) for theme in book.themes)
    typer.echo(
        f"{path or 'models/codebook.yaml'}: valid (version {book.version}, {len(book.themes)} themes, "
        f"{rules} rules, {exclusions} exclusions, {len(book.lexicons)} lexicons)"
    )


@codebook_app.command("explain")
def codebook_explain(
    text: Annotated[str, typer.Argument(help="An answer to code.")],
    codebook: CodebookOption = None,
) -> None:
    """Code one answer and show every rule that fired, kept or dropped, and why."""
    from splw_text.codebook import load_codebook
    from splw_text.coding.rules import RuleCoder

    coder = RuleCoder(load_codebook(codebook))
    row = coder.code_texts([text]).iloc[0]
    given = [theme for theme in coder.theme_ids if row[theme]]
    typer.echo(f"themes: {';'.join(given) or '(none)'}")
    for trace in coder.explain(text):
        status = "kept   " if trace.kept else "dropped"
        reason = "" if trace.kept else f"  ({trace.reason})"
        typer.echo(f"  {status} {trace.theme:<26} {trace.rule:<32} {trace.text!r}{reason}")
