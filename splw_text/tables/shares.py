"""Building blocks shared by the table builders: share columns with Wilson intervals, and masking."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pandas as pd

from splw_text.tables.stats import wilson_interval


def share_columns(
    count: npt.ArrayLike,
    base: npt.ArrayLike,
    hide_count: npt.ArrayLike,
    hide_base: npt.ArrayLike,
    prefix: str = "",
) -> dict[str, pd.Series | npt.NDArray[np.float64]]:
    """Return the columns ``n, base, pct, ci_low, ci_high`` (named with ``prefix``) for counts out of bases.

    Percentages and interval bounds are percent; a hidden count hides its share and interval, a hidden
    base hides the base and every share built on it. Counts are nullable integers.
    """
    counts = np.asarray(count, dtype=np.int64)
    bases = np.asarray(base, dtype=np.int64)
    counts, bases = np.broadcast_arrays(counts, bases)
    hidden_count = np.broadcast_to(np.asarray(hide_count, bool), counts.shape)
    hidden_base = np.broadcast_to(np.asarray(hide_base, bool), counts.shape)
    hidden_share = hidden_count | hidden_base
    with np.errstate(divide="ignore", invalid="ignore"):
        pct = np.where(bases > 0, 100.0 * counts / np.where(bases > 0, bases, 1), np.nan)
    low, high = wilson_interval(counts, bases)
    names = (
        ("n", "base", "pct", "ci_low", "ci_high")
        if not prefix
        else (prefix, f"{prefix}_base", f"{prefix}_pct", f"{prefix}_ci_low", f"{prefix}_ci_high")
    )
    return {
        names[0]: nullable(counts, hidden_count | hidden_base),
        names[1]: nullable(bases, hidden_base),
        names[2]: np.where(hidden_share, np.nan, pct),
        names[3]: np.where(hidden_share, np.nan, 100.0 * low),
        names[4]: np.where(hidden_share, np.nan, 100.0 * high),
    }


def nullable(values: npt.ArrayLike, hide: npt.ArrayLike) -> pd.Series:
    """Integer counts as a nullable Int64 series with hidden cells missing."""
    array = np.asarray(values, dtype=np.int64)
    mask = np.broadcast_to(np.asarray(hide, bool), array.shape)
    return pd.Series(pd.arrays.IntegerArray(array.copy(), mask.copy()))
