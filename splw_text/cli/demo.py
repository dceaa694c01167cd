"""``splw-text demo``: write the synthetic demo survey (two waves) to try the tool on."""

from __future__ import annotations

from pathlib import Path

import typer

from splw_text.cli.app import app


@app.command()
def demo(
    out: Path = typer.Option(Path("data/demo"), "--out", help="Folder to write the demo survey into."),
    seed: int = typer.Option(2023, "--seed", help="Random seed: the same seed writes the same files."),
    respondents: int = typer.Option(777, "--respondents", min=1, help="Respondents per wave."),
) -> None:
    """Write a synthetic SPLW survey (2022 and 2023 waves) with the published marginals, and its README."""
    from rich.console import Console

    from splw_text.demo import write_demo

    with Console(stderr=True).status("Generating the demo survey"):
        paths = write_demo(out, seed=seed, n=respondents)
    for path in paths:
        typer.echo(str(path))
