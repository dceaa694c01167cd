"""Reproducible benchmark inputs and small measuring helpers shared by the scripts in this folder.

Inputs are built by resampling real answer text: the sentences of the dev corpus (``../shared/splw-dev``,
read in place) and of the demo survey the project generates, recombined with a seeded generator into new
answers of one to four sentences, so that texts are mostly distinct (no cache can make a benchmark look
faster than real data would be) while their vocabulary and length stay those of real answers.
"""

from __future__ import annotations

import re
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEV_RESPONSES = SHARED / "splw-dev" / "responses.csv"
QUESTIONS = ("q_help", "q_challenges", "q_other")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def source_texts() -> list[str]:
    """Every non-blank answer of the dev corpus and of the demo survey (whichever are present)."""
    texts: list[str] = []
    frames = []
    if DEV_RESPONSES.is_file():
        frames.append(pd.read_csv(DEV_RESPONSES, dtype=str, keep_default_na=False))
    for demo in demo_survey_paths():
        frames.append(pd.read_csv(demo, dtype=str, keep_default_na=False))
    for frame in frames:
        for question in QUESTIONS:
            if question in frame.columns:
                texts.extend(text for text in frame[question] if text.strip())
    if not texts:
        sys.exit("benchmarks: neither ../shared/splw-dev nor the demo survey is present; nothing to measure")
    return texts


def demo_survey_paths() -> list[Path]:
    """The demo survey CSVs the project ships (``data/demo``; newest wave last), or none."""
    folder = REPO / "data" / "demo"
    return sorted(folder.glob("splw_survey_*.csv")) if folder.is_dir() else []


def sentence_pool(texts: list[str]) -> list[str]:
    """Split answers into sentences (a plain regex: the pool only has to look like real answers)."""
    return [part.strip() for text in texts for part in _SENTENCE_END.split(text) if part.strip()]


def synthetic_texts(count: int, seed: int = 20240601) -> list[str]:
    """``count`` distinct answers: original answers as written (each at most once, about one in ten), the rest
    one to four resampled sentences. Distinct, because the coder codes a repeated text once: a benchmark of
    repeats would measure its cache, not its speed on free text."""
    rng = np.random.default_rng(seed)
    originals = source_texts()
    sentences = sentence_pool(originals)
    out: list[str] = []
    seen: set[str] = set()
    while len(out) < count:
        needed = count - len(out)
        lengths = rng.choice([1, 2, 3, 4], size=needed, p=[0.35, 0.35, 0.2, 0.1])
        keep_original = rng.random(needed) < 0.1
        original_picks = rng.integers(0, len(originals), size=needed)
        sentence_picks = rng.integers(0, len(sentences), size=(needed, 4))
        for i in range(needed):
            if keep_original[i]:
                text = originals[original_picks[i]]
            else:
                text = " ".join(sentences[j] for j in sentence_picks[i, : lengths[i]])
            if text not in seen:
                seen.add(text)
                out.append(text)
    return out


def synthetic_answers(count: int, seed: int = 20240601) -> pd.DataFrame:
    """An answers table (``respondent_id, question, text``): three questions per respondent, in turn."""
    texts = synthetic_texts(count, seed)
    index = np.arange(count)
    return pd.DataFrame(
        {
            "respondent_id": [f"R{i:08d}" for i in index // len(QUESTIONS)],
            "question": [QUESTIONS[i] for i in index % len(QUESTIONS)],
            "text": texts,
        }
    )


def synthetic_respondents(count: int, config: Any, seed: int = 7) -> pd.DataFrame:
    """A respondents table as ``load_survey`` returns it: ids ``R00000000``.. and every indicator drawn
    uniformly from its levels (multi-select: one to three levels joined by ";")."""
    rng = np.random.default_rng(seed)
    frame = pd.DataFrame({"respondent_id": [f"R{i:08d}" for i in range(count)]})
    for indicator in config.indicators:
        levels = list(indicator.levels)
        if indicator.kind == "multi":
            picks = rng.random((count, len(levels))) < min(0.5, 1.5 / len(levels))
            joined = np.array([";".join(level for level, on in zip(levels, row, strict=True) if on) for row in picks])
            frame[indicator.column] = pd.Series(joined, dtype=object).replace("", None)
        else:
            codes = rng.integers(0, len(levels), size=count)
            frame[indicator.column] = pd.Categorical.from_codes(codes, categories=levels, ordered=True)
    return frame


def timed(function: Callable[[], Any], repeat: int = 1) -> tuple[float, Any]:
    """Best wall-clock seconds of ``repeat`` calls of ``function`` and the last result."""
    best = float("inf")
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - start)
    return best, result


def peak_rss_mb() -> float:
    """Peak resident memory in MB of this process, from getrusage."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # Linux reports kilobytes


def row(label: str, value: str, baseline: str = "", note: str = "") -> None:
    """Print one aligned result line."""
    print(f"  {label:<46} {value:>16} {baseline:>18}  {note}".rstrip())
