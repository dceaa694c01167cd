"""Exchange with qualitative analysis tools (REFI-QDA): ``splw-text export ...`` and ``splw-text import ...``."""

from __future__ import annotations

from pathlib import Path

import typer

from splw_text.cli.app import app
from splw_text.cli.options import CodebookOption, ConfigOption

export_app = typer.Typer(
    help="Export the codebook or the coding for NVivo, MAXQDA, ATLAS.ti, QualCoder (REFI-QDA).",
    no_args_is_help=True,
)
import_app = typer.Typer(
    help="Import a codebook or a reviewed project from another tool (REFI-QDA).",
    no_args_is_help=True,
)
app.add_typer(export_app, name="export")
app.add_typer(import_app, name="import")


@export_app.command("qdc")
def export_qdc(
    out: Path = typer.Option(..., "--out", help="The REFI-QDA codebook file to write (.qdc)."),
    codebook: CodebookOption = None,
) -> None:
    """Write the codebook as a REFI-QDA codebook: every theme a code with a stable GUID, plus Non-response."""
    from splw_text.codebook import load_codebook
    from splw_text.qda.codebook_xml import write_qdc

    book = load_codebook(codebook, check_patterns=False)
    inputs = [codebook] if codebook is not None else []
    write_qdc(book, out, inputs)
    typer.echo(f"{out}: {len(book.themes)} theme codes and Non-response")


@export_app.command("qdpx")
def export_qdpx(
    coded: Path = typer.Argument(..., help="Coded answers file (splw-text code --out), or a gold file."),
    out: Path = typer.Option(..., "--out", help="The REFI-QDA project to write (.qdpx)."),
    survey: Path | None = typer.Option(
        None, "--survey", help="The survey export: one Case per respondent with its indicators as variables."
    ),
    name: str | None = typer.Option(None, "--name", help="Project name shown in the tool (default: file name)."),
    config: ConfigOption = None,
    codebook: CodebookOption = None,
) -> None:
    """Write the coding as a REFI-QDA project: cases, variables, one text per answer, codings over the spans."""
    from rich.console import Console

    from splw_text.codebook import load_codebook
    from splw_text.config import load_config
    from splw_text.qda.project_export import export_project

    book = load_codebook(codebook, check_patterns=False)
    survey_config = load_config(config)
    with Console(stderr=True).status("Writing the REFI-QDA project..."):
        project = export_project(coded, out, book, survey_path=survey, config=survey_config, name=name)
    counts = project.summary
    typer.echo(
        f"{out}: {counts['cases']} cases, {counts['variables']} variables, {counts['sources']} answers, "
        f"{counts['codings']} codings"
    )


@import_app.command("qdpx")
def import_qdpx(
    project: Path = typer.Argument(..., help="A REFI-QDA project (.qdpx) exported by splw-text and reviewed."),
    out: Path = typer.Option(..., "--out", help="Gold-format label file to write (CSV)."),
    ignore_unknown_codes: bool = typer.Option(
        False, "--ignore-unknown-codes", help="Drop codings with codes that are not themes instead of failing."
    ),
    config: ConfigOption = None,
    codebook: CodebookOption = None,
) -> None:
    """Read a reviewed project back into the gold format (codes matched by GUID, then by name)."""
    from splw_text.codebook import load_codebook
    from splw_text.config import load_config
    from splw_text.qda.project_import import import_project

    book = load_codebook(codebook, check_patterns=False)
    table = import_project(project, out, book, load_config(config), ignore_unknown_codes)
    coded = int((table[[theme.id for theme in book.themes]].any(axis=1)).sum())
    typer.echo(f"{out}: {len(table)} answers ({coded} with themes, {int(table['non_response'].sum())} non-responses)")


@import_app.command("qdc")
def import_qdc(
    source: Path = typer.Argument(..., help="A REFI-QDA codebook (.qdc) made in another tool."),
    out: Path = typer.Option(..., "--out", help="Codebook YAML skeleton to write (starter rules only)."),
    codebook: Path | None = typer.Option(
        None,
        "--codebook",
        help="Codebook whose themes exported earlier keep their ids (default: models/codebook.yaml if valid).",
    ),
) -> None:
    """Turn a codebook made in another tool into a splw-text codebook skeleton (themes, starter rules)."""
    from splw_text.codebook import load_codebook
    from splw_text.errors import InputError
    from splw_text.qda.codebook_xml import read_qdc, write_codebook_skeleton

    known_ids: list[str] = []
    if codebook is not None:
        known_ids = load_codebook(codebook, check_patterns=False).theme_ids
    else:
        try:
            known_ids = load_codebook(check_patterns=False).theme_ids
        except (InputError, FileNotFoundError):
            known_ids = []  # no usable shipped codebook: every code gets an id made from its name
    codes = read_qdc(source)
    themes = write_codebook_skeleton(codes, out, source, known_ids=known_ids)
    typer.echo(f"{out}: {themes} themes; replace each starter rule with the phrases that find the theme")
