"""End to end: ``splw-text run`` on the 777-respondent demo survey with the default backend, import time included.

    python benchmarks/run_e2e.py [--survey data/demo/splw_survey_2023.csv] [--no-topics]

Each command runs in a fresh process, as a user would run it, and is timed from outside. Baselines measured in
the same run: an interpreter that does nothing (``python -c pass``), and ``splw-text --help`` (target under one
second: heavy libraries are imported inside the commands that need them). The run is repeated under
``python -X importtime`` to say how much of it is start-up: the time spent importing modules, by package.
Target: the whole run under 60 seconds.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from common import REPO, demo_survey_paths, row

TARGET_RUN_SECONDS = 60.0
TARGET_HELP_SECONDS = 1.0
_IMPORT_LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")
CLI = ["-c", "import sys; from splw_text.cli import app; sys.argv[0] = 'splw-text'; app()"]


def wall(command: list[str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    """Run ``command``; return its wall-clock seconds and the finished process (which must succeed)."""
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"benchmarks: {' '.join(command[-4:])} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return seconds, done


def import_seconds(stderr: str) -> tuple[float, dict[str, float]]:
    """Total seconds spent importing and each top-level package's share (the sum of its modules' own times)."""
    by_package: dict[str, float] = defaultdict(float)
    for line in stderr.splitlines():
        match = _IMPORT_LINE.match(line)
        if match:
            by_package[match.group(4).split(".")[0]] += int(match.group(1)) / 1e6
    return sum(by_package.values()), dict(by_package)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    demos = demo_survey_paths()
    parser.add_argument("--survey", type=Path, default=demos[-1] if demos else None)
    parser.add_argument("--no-topics", action="store_true", help="skip topic discovery (to see its share)")
    parser.add_argument("--compare-spacy-without-torch", action="store_true",
                        help="also time the run with spaCy imported without thinc's optional torch import")
    args = parser.parse_args()
    if args.survey is None or not Path(args.survey).is_file():
        sys.exit("benchmarks: no demo survey (generate it with: splw-text demo --out data/demo)")

    python = sys.executable
    floor, _ = wall([python, "-c", "pass"])
    help_seconds, _ = wall([python, *CLI, "--help"])
    extra = ["--no-topics"] if args.no_topics else []
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "out"
        run_seconds, done = wall([python, *CLI, "run", str(args.survey), "--out", str(out), *extra])
        files = sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file())
        traced_seconds, traced = wall([python, "-X", "importtime", *CLI, "run", str(args.survey), "--out",
                                       str(Path(folder) / "traced"), *extra])
        if args.compare_spacy_without_torch:
            lean = ["-c", "from splw_text.coding.parallel import import_spacy_without_torch as lean; lean(); " + CLI[1]]
            lean_out = str(Path(folder) / "lean")
            lean_seconds, _ = wall([python, *lean, "run", str(args.survey), "--out", lean_out, *extra])
    imports, by_package = import_seconds(traced.stderr)

    print(f"run: {args.survey.relative_to(REPO) if args.survey.is_relative_to(REPO) else args.survey}, "
          f"{'no topics' if args.no_topics else 'default backend'}")
    row("python -c pass (interpreter floor)", f"{floor:.2f} s")
    row("splw-text --help", f"{help_seconds:.2f} s", f"{help_seconds / floor:.1f}x floor",
        f"{'within' if help_seconds < TARGET_HELP_SECONDS else 'OVER'} the 1 s target")
    row("splw-text run (whole, fresh process)", f"{run_seconds:.1f} s", "",
        f"{'within' if run_seconds < TARGET_RUN_SECONDS else 'OVER'} the 60 s target; {len(files)} files")
    row("  of which start-up: importing modules", f"{imports:.1f} s",
        f"{100 * imports / traced_seconds:.0f}% of the run", "(from the -X importtime rerun)")
    for package, seconds in sorted(by_package.items(), key=lambda item: -item[1])[:8]:
        row(f"    {package}", f"{seconds:.2f} s")
    row("  the rest: the stages themselves", f"{max(traced_seconds - imports, 0):.1f} s")
    if args.compare_spacy_without_torch:
        row("splw-text run, spaCy imported without torch", f"{lean_seconds:.1f} s",
            f"{lean_seconds / run_seconds:.2f}x the run")


if __name__ == "__main__":
    main()
