"""Wave comparison: theme and indicator shares per wave, and the change from each wave to the next.

Theme shares are respondent-level (of those who gave a substantive answer in the wave); indicator shares
are of those in the wave who answered the question. The change is in percentage points, with Newcombe's
hybrid score interval and a pooled two-proportion z-test (statsmodels).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from splw_text.config import SurveyConfig
from splw_text.tables.prepare import AnalysisData
from splw_text.tables.shares import share_columns
from splw_text.tables.stats import proportion_difference
from splw_text.tables.suppression import protect_grid, protect_shares

SHARE_COLUMNS = ["kind", "theme", "indicator", "level", "wave", "n", "base", "pct", "ci_low", "ci_high",
                 "suppressed"]
CHANGE_COLUMNS = [
    "kind", "theme", "indicator", "level", "wave_from", "wave_to", "pct_from", "pct_to", "change_points",
    "change_ci_low", "change_ci_high", "p_value", "p_adjusted", "suppressed",
]


@dataclass(frozen=True)
class WaveTables:
    """Shares per wave (SHARE_COLUMNS) and wave-on-wave changes (CHANGE_COLUMNS + test_id)."""

    shares: pd.DataFrame
    changes: pd.DataFrame


def wave_tables(data: AnalysisData, config: SurveyConfig, threshold: int, suppress: bool = True) -> WaveTables:
    """Build the wave tables; empty frames when the survey has fewer than two waves."""
    if len(data.waves) < 2:
        return WaveTables(pd.DataFrame(columns=SHARE_COLUMNS), pd.DataFrame(columns=[*CHANGE_COLUMNS, "test_id"]))
    limit = threshold if suppress else 0
    wave_codes = pd.Categorical(data.respondents["wave"].astype(str), categories=data.waves).codes
    in_wave = np.zeros((len(wave_codes), len(data.waves)))  # respondents x waves, one-hot
    in_wave[np.flatnonzero(wave_codes >= 0), wave_codes[wave_codes >= 0]] = 1.0
    share_blocks: list[pd.DataFrame] = []

    # every count per wave is one matrix product with the one-hot wave matrix (exact in float64)
    substantive = data.substantive.astype(np.float64)
    raised = data.respondent_themes & data.substantive[:, None]
    bases = _counts(substantive @ in_wave)
    theme_counts = _counts(raised.T.astype(np.float64) @ in_wave)  # themes x waves
    for column, theme in enumerate(data.theme_ids):
        counts = theme_counts[column]
        mask = protect_shares(counts, bases, limit)
        block = pd.DataFrame({"kind": "theme", "theme": theme, "indicator": "", "level": "", "wave": data.waves})
        block = block.assign(**share_columns(counts, bases, mask.n, mask.base))
        block["suppressed"] = mask.n | mask.base
        share_blocks.append(block)

    for indicator in config.indicators:
        if indicator.column not in data.membership:
            continue
        member = data.membership[indicator.column]
        chosen = (member.chosen & member.answered[:, None]).T.astype(np.float64)
        grid = _counts(chosen @ in_wave)  # levels x waves
        wave_bases = _counts(member.answered.astype(np.float64) @ in_wave)
        if indicator.kind == "multi":
            hide = np.zeros_like(grid, dtype=bool)
            hide_base = np.zeros(len(data.waves), bool)
            for level in range(len(indicator.levels)):
                pair = np.vstack([grid[level], wave_bases - grid[level]])  # chose it / did not, by wave
                cells, totals = protect_grid(pair, limit)
                hide[level] = cells[0]
                hide_base |= totals
        else:
            hide, hide_base = protect_grid(grid, limit)
        for level_index, level_name in enumerate(indicator.levels):
            block = pd.DataFrame(
                {"kind": "indicator", "theme": "", "indicator": indicator.column, "level": level_name,
                 "wave": data.waves}
            )
            block = block.assign(**share_columns(grid[level_index], wave_bases, hide[level_index], hide_base))
            block["suppressed"] = hide[level_index] | hide_base
            share_blocks.append(block)

    shares = pd.concat(share_blocks, ignore_index=True)[SHARE_COLUMNS]
    return WaveTables(shares, _changes(shares, data.waves))


def _changes(shares: pd.DataFrame, waves: list[str]) -> pd.DataFrame:
    """Change from each wave to the next for every theme and indicator level (one test each)."""
    records = []
    by_key = {
        (r["kind"], r["theme"], r["indicator"], r["level"], r["wave"]): r for r in shares.to_dict("records")
    }
    items = shares[["kind", "theme", "indicator", "level"]].drop_duplicates().itertuples(index=False)
    for kind, theme, indicator, level in items:
        for wave_from, wave_to in zip(waves, waves[1:], strict=False):
            before = by_key[(kind, theme, indicator, level, wave_from)]
            after = by_key[(kind, theme, indicator, level, wave_to)]
            hidden = bool(before["suppressed"] or after["suppressed"])
            record: dict[str, object] = {
                "kind": kind, "theme": theme, "indicator": indicator, "level": level,
                "wave_from": wave_from, "wave_to": wave_to,
                "pct_from": np.nan if hidden else before["pct"], "pct_to": np.nan if hidden else after["pct"],
                "change_points": np.nan, "change_ci_low": np.nan, "change_ci_high": np.nan,
                "p_value": np.nan, "p_adjusted": np.nan, "suppressed": hidden,
                "test_id": f"wave|{kind}|{theme}|{indicator}|{level}|{wave_from}|{wave_to}",
            }
            if not hidden:
                difference = proportion_difference(
                    int(after["n"]), int(after["base"]), int(before["n"]), int(before["base"])
                )
                record.update(
                    change_points=100.0 * difference.change,
                    change_ci_low=100.0 * difference.low,
                    change_ci_high=100.0 * difference.high,
                    p_value=difference.p_value,
                )
            records.append(record)
    return pd.DataFrame(records, columns=[*CHANGE_COLUMNS, "test_id"])


def _counts(values: np.ndarray) -> np.ndarray:
    return np.rint(values).astype(np.int64)
