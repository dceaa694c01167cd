"""Options and argument parsing shared by several commands."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

ConfigOption = Annotated[
    Path | None, typer.Option("--config", help="Survey config YAML (default: the SPLW survey config).")
]
CodebookOption = Annotated[
    Path | None, typer.Option("--codebook", help="Codebook YAML (default: models/codebook.yaml).")
]


def parse_inputs(inputs: list[str]) -> list[tuple[Path, str | None]]:
    """Split ``PATH[:LABEL]`` arguments into (path, wave label); a path that exists as given wins."""
    parsed: list[tuple[Path, str | None]] = []
    for item in inputs:
        path, _, label = item.rpartition(":")
        if path and label and "/" not in label and "\\" not in label and not Path(item).exists():
            parsed.append((Path(path), label))
        else:
            parsed.append((Path(item), None))
    return parsed
