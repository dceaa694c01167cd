"""The quantitative questions themselves: the share of respondents at each level, with intervals."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pandas as pd

from splw_text.config import Indicator, SurveyConfig
from splw_text.tables.prepare import AnalysisData, Membership
from splw_text.tables.shares import share_columns
from splw_text.tables.suppression import protect_partition

INDICATOR_COLUMNS = ["indicator", "indicator_label", "kind", "level", "n", "base", "pct", "ci_low", "ci_high",
                     "suppressed"]


def level_counts(member: Membership, rows: npt.NDArray[np.bool_] | None = None) -> tuple[npt.NDArray[np.int64], int]:
    """Return (respondents at each level, respondents who answered) for one indicator, over ``rows``
    (a respondent mask; all respondents when None). A multi-select respondent counts at every option chosen.
    """
    has_answer = member.answered if rows is None else member.answered & rows
    counts = has_answer.astype(np.float64) @ member.chosen.astype(np.float64)  # BLAS, exact below 2**53
    return np.rint(counts).astype(np.int64), int(has_answer.sum())


def indicator_hidden(
    counts: npt.NDArray[np.int64], base: int, indicator: Indicator, threshold: int
) -> tuple[npt.NDArray[np.bool_], bool]:
    """Which level counts (and whether the base) to hide.

    Single-choice levels partition the base; each multi-select option is protected with its complement
    (those who did not choose it), since the base is published.
    """
    if indicator.kind == "multi":
        hide = np.zeros(len(counts), bool)
        hide_base = False
        for level, count in enumerate(counts):
            pair, small_base = protect_partition([count, base - count], threshold)
            hide[level] = pair[0]
            hide_base = hide_base or small_base
        return hide | hide_base, hide_base
    hide, hide_base = protect_partition(counts, threshold)
    return hide | hide_base, hide_base


def indicator_table(data: AnalysisData, config: SurveyConfig, threshold: int, suppress: bool = True) -> pd.DataFrame:
    """One row per indicator level (config order) over every respondent in the survey: n, base (who
    answered the question), pct with a 95% Wilson interval, suppressed."""
    blocks = []
    limit = threshold if suppress else 0
    for indicator in config.indicators:
        if indicator.column not in data.respondents.columns:
            continue
        counts, base = level_counts(data.membership[indicator.column])
        hide, hide_base = indicator_hidden(counts, base, indicator, limit)
        block = pd.DataFrame(
            {
                "indicator": indicator.column,
                "indicator_label": indicator.title,
                "kind": indicator.kind,
                "level": list(indicator.levels),
            }
        )
        block = block.assign(**share_columns(counts, base, hide, hide_base))
        block["suppressed"] = hide | hide_base
        blocks.append(block)
    if not blocks:
        return pd.DataFrame(columns=INDICATOR_COLUMNS)
    return pd.concat(blocks, ignore_index=True)[INDICATOR_COLUMNS]
