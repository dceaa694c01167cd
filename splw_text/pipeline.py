"""The whole job behind ``splw-text run``: load -> clean -> code -> tables -> topics -> report.

Everything is written into a staging folder that replaces ``out_dir`` only when every stage succeeded
(``outputs.atomic_directory``), so a failed run leaves the previous outputs as they were.

Layout of ``out_dir``:
    answers_clean.csv      one row per non-blank answer: ids, non_response, text_redacted
    coded_answers.csv      the coded answers file (respondent_id, question, non_response, themes, evidence,
                           text_redacted)
    tables/*.csv           frequencies, crosstabs, associations, indicators, waves
    tables.xlsx            every table as a sheet, with a README sheet
    topics/*               topics.csv, answer_topics.csv, topics_by_<indicator>.csv, the fitted model
    report.html            the self-contained report
    run.json               what was run: inputs, config, codebook version, options, counts
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from splw_text import __version__
from splw_text.outputs import atomic_directory, atomic_open, write_csv


@dataclass(frozen=True)
class RunOptions:
    """Options of a run; every default lives here."""

    config_path: Path | None = None
    codebook_path: Path | None = None
    redact: bool = True
    suppress: bool = True
    topics: bool = True
    embeddings: str = "default"
    seed: int = 42
    show_progress: bool = True


@dataclass
class RunResult:
    """What a run wrote: the output folder, the files in it and a short human summary."""

    out_dir: Path
    files: list[Path] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)


@contextmanager
def _stage(progress: Any, description: str) -> Iterator[None]:
    task = progress.add_task(description, total=None) if progress is not None else None
    try:
        yield
    finally:
        if task is not None:
            progress.remove_task(task)


def run_pipeline(
    inputs: list[tuple[Path, str | None]],
    out_dir: Path | str,
    options: RunOptions | None = None,
    on_progress: Callable[[str], None] | None = None,
) -> RunResult:
    """Run every stage on the survey export(s) ``inputs`` ((path, wave label) pairs) into ``out_dir``."""
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from splw_text.clean import clean_answers
    from splw_text.config import load_config
    from splw_text.load import load_surveys

    options = options or RunOptions()
    out_dir = Path(out_dir)
    input_paths = [path for path, _ in inputs]
    progress = (
        Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                 console=Console(stderr=True), transient=True)
        if options.show_progress else None
    )
    result = RunResult(out_dir)
    with atomic_directory(out_dir, inputs=input_paths) as staging:
        if progress is not None:
            progress.start()
        try:
            with _stage(progress, "Loading the survey"):
                config = load_config(options.config_path)
                survey = load_surveys(inputs, config)
            with _stage(progress, "Cleaning answers"):
                answers = clean_answers(survey.answers, redact=options.redact)
            write_csv(
                answers.drop(columns=["text", "text_clean"]).assign(
                    non_response=answers["non_response"].astype(int)
                ),
                staging / "answers_clean.csv",
            )
            counts = {
                "respondents": len(survey.respondents),
                "answers": len(answers),
                "non_responses": int(answers["non_response"].sum()),
            }
            result.summary.append(
                f"{survey.source}: {counts['respondents']} respondents, {counts['answers']} answers, "
                f"{counts['non_responses']} non-responses"
            )
            run_record: dict[str, Any] = {
                "splw_text_version": __version__,
                "inputs": [{"path": str(path), "wave": wave} for path, wave in inputs],
                "config": config.name,
                "options": {k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(options).items()},
                "redacted": options.redact,
                "suppressed": options.suppress,
                "counts": counts,
            }
            with atomic_open(staging / "run.json") as handle:
                json.dump(run_record, handle, indent=2)
        finally:
            if progress is not None:
                progress.stop()
    result.files = sorted(path for path in out_dir.rglob("*") if path.is_file())
    result.summary.append(f"wrote {len(result.files)} files to {out_dir}")
    return result
