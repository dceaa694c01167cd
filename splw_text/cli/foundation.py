"""Commands for the whole job and for checking an export: ``validate`` and ``run``."""

from __future__ import annotations

from pathlib import Path

import typer

from splw_text.cli.app import app
from splw_text.cli.options import (
    CodebookOption,
    ConfigOption,
    parse_inputs,
)


@app.command()
def validate(
    inputs: list[str] = typer.Argument(..., help="Survey export(s); add :LABEL to give a file its wave."),
    config: ConfigOption = None,
) -> None:
    """Check a survey export against the survey config and print what was found."""
    from splw_text.clean import clean_answers
    from splw_text.config import load_config
    from splw_text.load import load_surveys

    survey_config = load_config(config)
    survey = load_surveys(parse_inputs(inputs), survey_config)
    answers = clean_answers(survey.answers, redact=False)
    typer.echo(f"{survey.source}: {len(survey.respondents)} respondents, {len(answers)} non-blank answers")
    for question in survey_config.questions:
        rows = answers[answers["question"] == question.column]
        typer.echo(
            f"  {question.column}: {len(rows)} answers, {int(rows['non_response'].sum())} non-responses"
            f"  ({question.text})"
        )
    if "wave" in survey.respondents:
        counts = survey.respondents["wave"].value_counts().sort_index()
        typer.echo("  waves: " + ", ".join(f"{wave} ({n})" for wave, n in counts.items()))
    for indicator in survey_config.indicators:
        if indicator.column not in survey.respondents:
            typer.echo(f"  {indicator.column}: (optional, not in the file)")
            continue
        values = survey.respondents[indicator.column]
        if indicator.kind == "multi":
            from splw_text.load import split_multi_select

            counts = split_multi_select(values, indicator).sum()
        else:
            counts = values.value_counts(sort=False)
        missing = int(values.isna().sum())
        listed = ", ".join(f"{level} {int(counts.get(level, 0))}" for level in indicator.levels)
        typer.echo(f"  {indicator.column}: {listed}" + (f", missing {missing}" if missing else ""))


@app.command()
def run(
    inputs: list[str] = typer.Argument(..., help="Survey export(s); add :LABEL to give a file its wave."),
    out: Path = typer.Option(..., "--out", help="Output folder (replaced whole when the run succeeds)."),
    config: ConfigOption = None,
    codebook: CodebookOption = None,
    no_redact: bool = typer.Option(False, "--no-redact", help="Keep personal data in outputs (recorded)."),
    no_suppress: bool = typer.Option(False, "--no-suppress", help="Do not suppress small cells (recorded)."),
    topics: bool = typer.Option(True, "--topics/--no-topics", help="Run topic discovery."),
    embeddings: str = typer.Option(
        "default", "--embeddings", help="Topic embedding backend: tfidf (the measured default), static or minilm."
    ),
    seed: int = typer.Option(42, "--seed", help="Random seed for topic discovery."),
    coder: str = typer.Option("rules", "--coder", help="rules, supervised or hybrid (the last two need --model)."),
    model: Path | None = typer.Option(None, "--model", help="Model file written by splw-text train."),
) -> None:
    """Run the whole job: load, clean, code, tables, topics and report, into one output folder."""
    from splw_text.pipeline import RunOptions, run_pipeline

    options = RunOptions(
        config_path=config,
        codebook_path=codebook,
        redact=not no_redact,
        suppress=not no_suppress,
        topics=topics,
        embeddings=embeddings,
        seed=seed,
        coder=coder,
        model_path=model,
    )
    result = run_pipeline(parse_inputs(inputs), out, options)
    for line in result.summary:
        typer.echo(line)
