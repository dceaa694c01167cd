"""``splw-text topics``: discover the topics of the answers and map them onto the codebook's themes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from splw_text.cli.app import app
from splw_text.cli.options import CodebookOption, ConfigOption, parse_inputs

if TYPE_CHECKING:
    import pandas as pd

    from splw_text.codebook import Codebook

BACKEND_HELP = (
    "Embedding backend: tfidf (TF-IDF + SVD, no model; the default), static (model2vec distilled from "
    "MiniLM, no torch) or minilm (all-MiniLM-L6-v2: best topics, about 90 answers/s on 2 cores; cached)."
)


@app.command()
def topics(
    inputs: list[str] = typer.Argument(..., help="Survey export(s); add :LABEL to give a file its wave."),
    out: Path = typer.Option(..., "--out", help="Output folder; topics go to OUT/topics/."),
    config: ConfigOption = None,
    codebook: CodebookOption = None,
    codes: Annotated[
        Path | None,
        typer.Option("--codes", help="Coded answers or gold CSV to map topics onto themes (default: the rule "
                                     "coder's codes)."),
    ] = None,
    embeddings: Annotated[str, typer.Option("--embeddings", help=BACKEND_HELP)] = "default",
    seed: Annotated[int, typer.Option("--seed", help="Seed of every random stage.")] = 42,
    redact: Annotated[bool, typer.Option("--redact/--no-redact", help="Redact personal data.")] = True,
    suppress: Annotated[
        bool, typer.Option("--suppress/--no-suppress", help="Suppress small cells in topics_by_* files.")
    ] = True,
    cache_dir: Annotated[
        Path | None,
        typer.Option("--cache-dir", help="Embeddings cache (default: $SPLW_TEXT_CACHE or ~/.cache/splw-text)."),
    ] = None,
) -> None:
    """Find the topics of the answers (BERTopic) and write OUT/topics/: topics.csv, answer_topics.csv,
    topics_by_<indicator>.csv and the fitted model."""
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from splw_text.clean import clean_answers
    from splw_text.codebook import load_codebook
    from splw_text.config import load_config
    from splw_text.load import load_surveys
    from splw_text.topics import DEFAULT_BACKEND, discover_topics, write_topic_outputs
    from splw_text.topics.embeddings import make_backend

    backend = DEFAULT_BACKEND if embeddings == "default" else embeddings
    make_backend(backend)  # an unknown name is a one-line error before any work
    parsed = parse_inputs(inputs)
    console = Console(stderr=True)
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=console,
                  transient=True) as progress:
        task = progress.add_task("Loading and cleaning the answers", total=None)
        survey_config = load_config(config)
        survey = load_surveys(parsed, survey_config)
        book = load_codebook(codebook, check_patterns=False)
        answers = clean_answers(survey.answers, redact=redact)
        progress.update(task, description="Coding the answers to map topics onto themes")
        labels = _codes_for(answers, book, codes)
        progress.update(task, description=f"Finding topics ({backend} embeddings)")
        result = discover_topics(answers, labels, book, backend=backend, seed=seed, cache_dir=cache_dir)
        progress.update(task, description="Writing the topics")
        inputs_read = [path for path, _ in parsed] + ([codes] if codes else [])
        written = write_topic_outputs(result, survey.respondents, survey_config, out, suppress=suppress,
                                      inputs=tuple(inputs_read))
    if result.model is None:
        typer.echo(f"too few substantive answers to find topics ({len(result.answer_topics)}); wrote empty files")
    else:
        emergent = int(result.topics["emergent"].sum())
        typer.echo(f"{len(result.topics)} topics ({emergent} emergent) in {len(result.answer_topics)} answers")
        for row in result.topics.to_dict("records"):
            flag = "  [emergent]" if row["emergent"] else ""
            theme = f" -> {row['theme']} ({float(row['theme_share']):.0%})" if row["theme"] else ""
            typer.echo(f"  {int(row['topic']):>3}  {int(row['size']):>5}  {row['label']!s}{theme}{flag}")
    typer.echo(f"wrote {len(written)} files to {Path(out) / 'topics'}")


def _codes_for(answers: pd.DataFrame, codebook: Codebook, codes_path: Path | None) -> pd.DataFrame | None:
    """The label table aligned with ``answers``: from ``codes_path`` when given, else the rule coder's codes
    (None while the project has no rule coder installed: topics are then not mapped onto themes)."""
    import pandas as pd

    from splw_text.labels import KEY, read_label_file

    if codes_path is not None:
        table = read_label_file(codes_path, codebook.theme_ids)
        keys = answers[KEY].astype(str)
        aligned = keys.merge(table[[*KEY, *codebook.theme_ids]], on=KEY, how="left")
        for theme in codebook.theme_ids:
            aligned[theme] = aligned[theme].astype("boolean").fillna(False).astype(bool)
        return aligned
    try:
        from splw_text.coding.parallel import code_cleaned

        codes = code_cleaned(answers, codebook)
    except ModuleNotFoundError as error:
        if not str(error.name or "").startswith("splw_text"):
            raise
        return None
    return pd.DataFrame({theme: codes[theme].astype(bool).to_numpy() for theme in codebook.theme_ids})
