"""Tables speed: every table (12 themes by every indicator, with tests and suppression) over 1,000,000 coded answers.

    python benchmarks/tables_speed.py [--answers 1000000]

Baseline (the floor), measured in the same run on the same data: the bare counts in pandas, i.e. the
respondent-level theme matrix (groupby-any) and a groupby-sum of the 12 themes by every indicator level,
with no statistics, suppression or formatting. Target: build_tables under 10 seconds.

The coded answers are synthetic: three questions per respondent, 8% non-responses, and each theme drawn
with its answer-level rate in ../shared/splw-dev/gold.csv (12% each when that file is absent); the
respondents' indicators are drawn uniformly from the levels of the SPLW survey config.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
from common import SHARED, peak_rss_mb, row, synthetic_respondents, timed

from splw_text.codebook import load_codebook
from splw_text.config import load_config

TARGET_SECONDS = 10.0


def theme_rates(theme_ids: list[str]) -> np.ndarray:
    """Answer-level rate of each theme in the dev gold labels (12% each when they are absent)."""
    gold = SHARED / "splw-dev" / "gold.csv"
    if not gold.is_file():
        return np.full(len(theme_ids), 0.12)
    labels = pd.read_csv(gold, dtype=str, keep_default_na=False)
    themes = labels["themes"].str.split(";")
    return np.array([themes.map(lambda ids, t=theme: t in ids).mean() for theme in theme_ids])


def synthetic_coded(count: int, respondent_ids: pd.Series, questions: list[str], theme_ids: list[str]) -> pd.DataFrame:
    """A label table of ``count`` answers (three per respondent) with the dev corpus' theme rates."""
    rng = np.random.default_rng(11)
    index = np.arange(count)
    ids = respondent_ids.to_numpy(dtype=object)
    coded = pd.DataFrame(
        {
            "respondent_id": ids[index // len(questions)],
            "question": np.asarray(questions, dtype=object)[index % len(questions)],
            "non_response": rng.random(count) < 0.08,
        }
    )
    draws = rng.random((count, len(theme_ids))) < theme_rates(theme_ids)[None, :]
    draws &= ~coded["non_response"].to_numpy()[:, None]
    for column, theme in enumerate(theme_ids):
        coded[theme] = draws[:, column]
    return coded


def bare_counts(coded: pd.DataFrame, respondents: pd.DataFrame, config, theme_ids: list[str]) -> int:  # type: ignore[no-untyped-def]
    """The floor: the respondent x theme matrix and the theme counts by every indicator level, nothing else."""
    per_respondent = coded.groupby("respondent_id", sort=False)[theme_ids].any()
    frame = respondents.set_index("respondent_id").join(per_respondent, how="inner")
    cells = 0
    for indicator in config.indicators:
        if indicator.kind == "multi":
            for level in indicator.levels:
                chosen = frame[indicator.column].fillna("").str.contains(level, regex=False)
                cells += frame.loc[chosen, theme_ids].sum().size
        else:
            cells += frame.groupby(indicator.column, observed=False)[theme_ids].sum().size
    return cells


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=1_000_000)
    args = parser.parse_args()

    from splw_text.tables import build_tables

    config = load_config()
    codebook = load_codebook()
    theme_ids = list(codebook.theme_ids)
    respondent_count = -(-args.answers // len(config.question_columns))
    respondents = synthetic_respondents(respondent_count, config)
    coded = synthetic_coded(args.answers, respondents["respondent_id"], list(config.question_columns), theme_ids)
    print(f"tables: {len(coded):,} coded answers, {len(respondents):,} respondents, {len(theme_ids)} themes, "
          f"{len(config.indicators)} indicators")

    floor_seconds, cells = timed(lambda: bare_counts(coded, respondents, config, theme_ids), repeat=2)
    seconds, tableset = timed(lambda: build_tables(coded, respondents, config, codebook), repeat=2)
    row("bare counts in pandas (floor)", f"{floor_seconds:.2f} s", "", f"{cells} theme x level cells")
    row("build_tables (every table, tests, suppression)", f"{seconds:.2f} s", f"{seconds / floor_seconds:.1f}x floor",
        f"{'within' if seconds < TARGET_SECONDS else 'OVER'} the {TARGET_SECONDS:.0f} s target; "
        f"{len(tableset.tables)} tables")

    from splw_text.labels import read_label_file
    from splw_text.streaming import read_coded_answers

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "coded.csv"
        labelled = coded[["respondent_id", "question"]].assign(
            non_response=coded["non_response"].astype(int),
            themes=_themes_column(coded, theme_ids),
        )
        labelled.to_csv(path, index=False)
        read_seconds, _ = timed(lambda: pd.read_csv(path, dtype=str, keep_default_na=False), repeat=1)
        stream_seconds, streamed = timed(lambda: read_coded_answers(path, theme_ids, respondents), repeat=1)
        whole_seconds, _ = timed(lambda: read_label_file(path, theme_ids), repeat=1)
        row("pandas read_csv of the coded file (floor)", f"{read_seconds:.2f} s")
        row("streaming.read_coded_answers (chunked)", f"{stream_seconds:.2f} s",
            f"{stream_seconds / read_seconds:.1f}x read_csv")
        row("labels.read_label_file (whole file)", f"{whole_seconds:.2f} s",
            f"{whole_seconds / read_seconds:.1f}x read_csv")
        same = streamed[theme_ids].to_numpy().sum() == coded[theme_ids].to_numpy().sum()
        row("  theme counts equal to the in-memory table", "yes" if same else "NO")
    row("peak memory of this process", f"{peak_rss_mb():.0f} MB")


def _themes_column(coded: pd.DataFrame, theme_ids: list[str]) -> pd.Series:
    matrix = coded[theme_ids].to_numpy()
    masks = matrix.astype(np.int64) @ (1 << np.arange(len(theme_ids)))
    names = {mask: ";".join(t for i, t in enumerate(theme_ids) if mask >> i & 1) for mask in np.unique(masks)}
    return pd.Series(masks).map(names)


if __name__ == "__main__":
    main()
