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
    coder: str = "rules"
    model_path: Path | None = None
    show_progress: bool = True


@dataclass
class RunResult:
    """What a run wrote: the output folder, the files in it and a short human summary."""

    out_dir: Path
    files: list[Path] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)


def build_coder(name: str, codebook: Any, model_path: Path | None) -> Any:
    """Build the coder ``name``: "rules", or "supervised"/"hybrid" from a model file made by ``splw-text train``."""
    from splw_text.coding import make_coder
    from splw_text.errors import InputError

    if name == "rules":
        return make_coder(name, codebook)
    if name in ("supervised", "hybrid"):
        if model_path is None:
            raise InputError(f"--coder {name} needs --model PATH (a model file written by splw-text train)")
        from splw_text.coding.hybrid import load_coder

        return load_coder(model_path, codebook, name)
    raise InputError(f"unknown coder {name!r} (known: rules, supervised, hybrid)")


def coded_label_table(answers: Any, codes: Any, coded_file: Any, theme_ids: list[str]) -> Any:
    """The coded answers as a label table (see splw_text.labels), with ``wave``, evidence and redacted text."""
    keys = ["respondent_id", "question"] + (["wave"] if "wave" in answers else [])
    table = answers[keys].copy()
    table["non_response"] = answers["non_response"].astype(bool).to_numpy()
    for theme in theme_ids:
        table[theme] = codes[theme].astype(bool).to_numpy()
    table["evidence"] = coded_file["evidence"].to_numpy()
    table["text_redacted"] = coded_file["text_redacted"].to_numpy()
    return table.reset_index(drop=True)


def _backend(name: str) -> dict[str, Any]:
    return {} if name == "default" else {"backend": name}


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
    from splw_text.codebook import load_codebook
    from splw_text.coding import code_survey
    from splw_text.coding.coded_file import coded_answers_frame
    from splw_text.config import load_config
    from splw_text.load import load_surveys
    from splw_text.redact import redact_text
    from splw_text.report import write_html_report, write_xlsx
    from splw_text.tables import build_tables, write_tables
    from splw_text.topics import discover_topics
    from splw_text.topics.outputs import write_topic_outputs

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
            with _stage(progress, "Coding answers"):
                codebook = load_codebook(options.codebook_path)
                coder = build_coder(options.coder, codebook, options.model_path)
                codes = code_survey(answers, codebook, coder)
                coded_file = coded_answers_frame(
                    answers, codes, codebook, redact=redact_text if options.redact else None
                )
            write_csv(coded_file, staging / "coded_answers.csv")
            coded = coded_label_table(answers, codes, coded_file, codebook.theme_ids)
            counts["coded_answers"] = int((~answers["non_response"] & codes[codebook.theme_ids].any(axis=1)).sum())

            topics_frame = None
            if options.topics:
                with _stage(progress, f"Discovering topics ({options.embeddings} embeddings)"):
                    topic_result = discover_topics(
                        answers.assign(text_clean=answers["text_redacted"]) if options.redact else answers,
                        codes, codebook, **_backend(options.embeddings), seed=options.seed,
                    )
                    write_topic_outputs(topic_result, survey.respondents, config, staging,
                                        suppress=options.suppress)
                topics_frame = topic_result.topics
                counts["topics"] = int(len(topics_frame))

            with _stage(progress, "Building tables"):
                tableset = build_tables(coded, survey.respondents, config, codebook, suppress=options.suppress,
                                        source=survey.source)
                write_tables(tableset, staging)
                write_xlsx(tableset, staging / "tables.xlsx")
            with _stage(progress, "Writing the report"):
                write_html_report(tableset, coded, config, codebook, staging / "report.html", topics=topics_frame)

            run_record: dict[str, Any] = {
                "splw_text_version": __version__,
                "inputs": [{"path": str(path), "wave": wave} for path, wave in inputs],
                "config": config.name,
                "codebook_version": str(codebook.version),
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
