"""Theme x indicator crosstabs at respondent level, with tests of independence and effect sizes.

The unit is the respondent who gave at least one substantive answer: a respondent either raised a theme
(in any question) or did not, so each table of a theme by an indicator is a groups x 2 contingency table
of independent observations. Single-choice indicators are tested over all their levels at once;
multi-select indicators option by option (chose it vs did not, among those who answered).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd

from splw_text.config import Indicator
from splw_text.tables.model import CROSSTAB_COLUMNS
from splw_text.tables.prepare import AnalysisData
from splw_text.tables.shares import share_columns
from splw_text.tables.stats import MONTE_CARLO_SEED, adjusted_residuals, independence_test
from splw_text.tables.suppression import protect_shares

NOTABLE_RESIDUAL = 1.96  # an adjusted residual beyond this is a notable departure at the 5% level

TEST_COLUMNS = [
    "test_id", "theme", "theme_name", "indicator", "indicator_label", "level", "test", "base", "p_value",
    "cramers_v", "highlight_level", "highlight_pct", "comparison_pct", "direction",
]


@dataclass(frozen=True)
class Crosstab:
    """One indicator's crosstab rows (CROSSTAB_COLUMNS + test_id) and its tests (TEST_COLUMNS)."""

    rows: pd.DataFrame
    tests: pd.DataFrame


def group_counts(
    data: AnalysisData, indicator: Indicator
) -> tuple[list[str], npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Return (levels, n, base, other_n, other_base) for an indicator among substantive respondents.

    ``n``: levels x themes, respondents in the level raising the theme; ``base``: respondents in the
    level. For a single-choice indicator ``other_*`` are the rest of the respondents with a level; for a
    multi-select indicator they are those who answered it but did not choose that option.
    """
    member = data.membership[indicator.column]
    keep = data.substantive & member.answered
    themes = data.respondent_themes[keep]
    levels = list(indicator.levels)
    chosen = member.chosen[keep]
    # levels x themes in one matrix product; float64 uses BLAS and is exact for counts below 2**53
    n = np.rint(chosen.T.astype(np.float64) @ themes.astype(np.float64)).astype(np.int64)
    base = chosen.sum(axis=0).astype(np.int64)
    if indicator.kind == "multi":
        total_n = themes.sum(axis=0).astype(np.int64)
        total_base = len(themes)
    else:
        total_n = n.sum(axis=0)
        total_base = int(base.sum())
    other_n = total_n[None, :] - n
    other_base = total_base - base
    return levels, n, base, other_n, other_base


def crosstab(
    data: AnalysisData,
    indicator: Indicator,
    theme_names: Sequence[str],
    threshold: int,
    suppress: bool = True,
    seed: int | None = None,
) -> Crosstab:
    """Build the crosstab of every theme by ``indicator``: one row per theme and level, one test per theme
    (single-choice) or per theme and option (multi-select). ``p_adjusted`` is left empty for the caller,
    who adjusts across every test of the run.
    """
    levels, n, base, other_n, other_base = group_counts(data, indicator)
    limit = threshold if suppress else 0
    rows: list[pd.DataFrame] = []
    tests: list[dict[str, object]] = []
    for column, theme in enumerate(data.theme_ids):
        theme_id = f"{indicator.column}|{theme}"
        if indicator.kind == "multi":
            hide_n = np.zeros(len(levels), bool)
            hide_base = np.zeros(len(levels), bool)
            for level_index, level in enumerate(levels):
                # the option and everyone else who answered: two groups whose sums are published
                mask = protect_shares(
                    [n[level_index, column], other_n[level_index, column]],
                    [base[level_index], other_base[level_index]],
                    limit,
                )
                hide_n[level_index] = mask.n[0]
                hide_base[level_index] = mask.base[0]
                table = np.array(
                    [
                        [n[level_index, column], base[level_index] - n[level_index, column]],
                        [other_n[level_index, column], other_base[level_index] - other_n[level_index, column]],
                    ]
                )
                tests.append(
                    _test_record(
                        f"{theme_id}|{level}", theme, theme_names[column], indicator, level, table,
                        [level], [bool(mask.share.any())], seed,
                        comparison=[_pct(other_n[level_index, column], other_base[level_index])],
                    )
                )
            block = _rows(theme, indicator, levels, n[:, column], base, hide_n, hide_base)
            block["test_id"] = [f"{theme_id}|{level}" for level in levels]
        else:
            mask = protect_shares(n[:, column], base, limit)
            table = np.column_stack([n[:, column], base - n[:, column]])
            comparison = [_pct(other_n[i, column], other_base[i]) for i in range(len(levels))]
            tests.append(
                _test_record(
                    theme_id, theme, theme_names[column], indicator, "", table, levels,
                    list(mask.n | mask.base), seed, comparison=comparison,
                )
            )
            block = _rows(theme, indicator, levels, n[:, column], base, mask.n, mask.base)
            block["test_id"] = theme_id
        rows.append(block)
    frame = pd.concat(rows, ignore_index=True) if rows else pd.DataFrame(columns=[*CROSSTAB_COLUMNS, "test_id"])
    p_values = {record["test_id"]: record["p_value"] for record in tests}
    frame["p_value"] = frame["test_id"].map(p_values).astype(float)
    frame["p_adjusted"] = np.nan
    return Crosstab(frame[[*CROSSTAB_COLUMNS, "test_id"]], pd.DataFrame(tests, columns=TEST_COLUMNS))


def _rows(
    theme: str,
    indicator: Indicator,
    levels: list[str],
    n: npt.NDArray[np.int64],
    base: npt.NDArray[np.int64],
    hide_n: npt.ArrayLike,
    hide_base: npt.ArrayLike,
) -> pd.DataFrame:
    hide_n = np.asarray(hide_n, bool)
    hide_base = np.asarray(hide_base, bool)
    return pd.DataFrame(
        {
            "theme": theme,
            "indicator": indicator.column,
            "level": levels,
            **share_columns(n, base, hide_n, hide_base),
            "suppressed": hide_n | hide_base,
        }
    )


def _pct(count: int, base: int) -> float:
    return 100.0 * count / base if base > 0 else float("nan")


def _test_record(
    test_id: str,
    theme: str,
    theme_name: str,
    indicator: Indicator,
    level: str,
    table: npt.NDArray[np.int64],
    levels: list[str],
    hidden: list[bool],
    seed: int | None,
    comparison: list[float],
) -> dict[str, object]:
    """Run the test on a groups x (raised, not raised) table and pick the level to describe in words.

    The highlighted level is the shown (unsuppressed) group that departs most from independence
    (largest adjusted residual); it is compared with everyone else who answered the indicator.
    """
    result = independence_test(table, seed=MONTE_CARLO_SEED if seed is None else seed)
    residuals = adjusted_residuals(table)[:, 0] if table.sum() else np.zeros(len(table))
    bases = table.sum(axis=1)
    candidates = [i for i in range(len(levels)) if not hidden[i] and bases[i] > 0 and comparison[i] == comparison[i]]
    highlight = ""
    highlight_pct = float("nan")
    comparison_pct = float("nan")
    direction = ""
    if candidates and result.test:
        # say "more often" where a group stands out above the rest; otherwise the largest departure
        above = [i for i in candidates if residuals[i] >= NOTABLE_RESIDUAL]
        best = max(above or candidates, key=lambda i: abs(residuals[i]))
        highlight = levels[best]
        highlight_pct = 100.0 * table[best, 0] / bases[best]
        comparison_pct = comparison[best]
        direction = "more" if highlight_pct > comparison_pct else "less" if highlight_pct < comparison_pct else ""
    return {
        "test_id": test_id,
        "theme": theme,
        "theme_name": theme_name,
        "indicator": indicator.column,
        "indicator_label": indicator.title,
        "level": level,
        "test": result.test,
        "base": int(table.sum()),
        "p_value": result.p_value,
        "cramers_v": result.cramers_v,
        "highlight_level": highlight,
        "highlight_pct": highlight_pct,
        "comparison_pct": comparison_pct,
        "direction": direction,
    }
