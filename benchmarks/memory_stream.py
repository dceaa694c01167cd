"""Memory: streaming ``code`` and ``tables`` over 2,000,000 answers stays under 2 GB peak.

    python benchmarks/memory_stream.py [--answers 2000000] [--jobs 2] [--chunk-size 20000]

1. Writes a synthetic survey export (one row per respondent, three open answers each, every indicator of the
   SPLW config; the text resampled as in ``common.py``) chunk by chunk, so building it needs little memory.
2. In a fresh process: ``streaming.stream_code`` codes it into a coded answers file (``--jobs`` workers).
3. In a fresh process: ``streaming.stream_tables`` builds every table from the coded file and the export.

The peak is the largest total resident memory of the process and all its workers together, sampled four
times a second from /proc (shared pages of forked workers are counted once per process, so the figure
errs high). Baseline, measured in the same run: the same two steps over one chunk of answers, i.e. the
memory of the libraries plus one chunk. Flat memory means the big figure stays close to that baseline.
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
from common import QUESTIONS, row, synthetic_respondents, synthetic_texts

TARGET_MB = 2048.0


def write_survey(path: Path, answers: int, chunk_respondents: int = 50_000) -> None:
    """A survey export CSV with ``answers`` answers (three per respondent), written chunk by chunk."""
    from splw_text.config import load_config

    config = load_config()
    respondents = -(-answers // len(QUESTIONS))
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        columns = [config.id_column, *(i.column for i in config.indicators if not i.optional), *QUESTIONS]
        writer.writerow(columns)
        for start in range(0, respondents, chunk_respondents):
            count = min(chunk_respondents, respondents - start)
            people = synthetic_respondents(count, config, seed=start)
            texts = np.array(synthetic_texts(count * len(QUESTIONS), seed=start), dtype=object)
            texts = texts.reshape(count, len(QUESTIONS))
            indicators = [people[c].astype(object).where(people[c].notna(), "") for c in columns[1:-len(QUESTIONS)]]
            for n in range(count):
                writer.writerow([f"R{start + n:08d}", *(values.iat[n] for values in indicators), *texts[n]])


def tree_rss_mb(root: int) -> float:
    """Resident memory (MB) of process ``root`` and every descendant, from /proc."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            parents[int(entry)] = int(fields[1])
            rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    family = {root}
    grew = True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in family and pid not in family:
                family.add(pid)
                grew = True
    return sum(rss.get(pid, 0) for pid in family) / 2**20


def measured(command: list[str]) -> tuple[float, float]:
    """Run ``command``; return (wall seconds, peak MB of its process tree)."""
    start = time.perf_counter()
    child = subprocess.Popen(command)
    peak = [0.0]
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            peak[0] = max(peak[0], tree_rss_mb(child.pid))
            stop.wait(0.25)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    code = child.wait()
    stop.set()
    sampler.join()
    if code != 0:
        sys.exit(f"benchmarks: {' '.join(command[2:5])} failed with exit code {code}")
    return time.perf_counter() - start, peak[0]


def child(args: argparse.Namespace) -> None:
    """The measured work, run in a fresh process."""
    from splw_text.config import load_config

    config = load_config()
    if args.child == "code":
        from splw_text.streaming import stream_code

        summary = stream_code(args.survey, args.coded, config, jobs=args.jobs, chunk_size=args.chunk_size)
        print(f"    coded {summary.answers:,} answers in {summary.chunks} chunks", flush=True)
    else:
        from splw_text.codebook import load_codebook
        from splw_text.streaming import stream_tables

        tables = stream_tables(args.coded, args.survey, config, load_codebook(check_patterns=False))
        print(f"    {len(tables.tables)} tables over {tables.summary['answers']:,} answers", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=2_000_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--chunk-size", type=int, default=20_000)
    parser.add_argument("--child", choices=["code", "tables"], help=argparse.SUPPRESS)
    parser.add_argument("--survey", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--coded", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return

    script = [sys.executable, str(Path(__file__).resolve())]
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        for label, answers in (("baseline: one chunk", args.chunk_size), ("streamed", args.answers)):
            survey = Path(folder) / f"survey_{answers}.csv"
            coded = Path(folder) / f"coded_{answers}.csv"
            write_survey(survey, answers)
            print(f"{label}: {answers:,} answers ({survey.stat().st_size / 2**20:,.0f} MB export)", flush=True)
            common = ["--survey", str(survey), "--coded", str(coded), "--jobs", str(args.jobs),
                      "--chunk-size", str(args.chunk_size)]
            results[label] = (
                measured([*script, "--child", "code", *common]),
                measured([*script, "--child", "tables", *common]),
            )
    print(f"memory: streaming over {args.answers:,} answers, --jobs {args.jobs}, chunks of {args.chunk_size:,}")
    (base_code, base_tables), (code, tables) = results["baseline: one chunk"], results["streamed"]
    for step, base, big in (("code", base_code, code), ("tables", base_tables, tables)):
        row(f"{step}: peak, one chunk (baseline)", f"{base[1]:,.0f} MB", "", f"{base[0]:.0f} s")
        row(f"{step}: peak, {args.answers:,} answers", f"{big[1]:,.0f} MB", f"{big[1] / base[1]:.2f}x baseline",
            f"{big[0]:.0f} s; {'within' if big[1] < TARGET_MB else 'OVER'} the 2 GB target")


if __name__ == "__main__":
    main()
