"""Thin wrappers over scipy and statsmodels for the statistics the tables report.

Nothing here re-derives a formula a library already gives: Wilson intervals and the two-proportion
difference come from statsmodels, the contingency tests and Cramer's V from scipy, the
Benjamini-Hochberg adjustment from statsmodels. The wrappers only add the conventions of the tables:
vectorised inputs, NaN where a base is zero, and a named choice of test.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

CONFIDENCE = 0.95
SMALL_EXPECTED = 5.0  # an expected count below this makes the chi-square approximation doubtful
MONTE_CARLO_RESAMPLES = 9999
MONTE_CARLO_SEED = 20240601  # fixed so that a run is reproducible

FloatArray = npt.NDArray[np.float64]


def wilson_interval(
    count: npt.ArrayLike, base: npt.ArrayLike, confidence: float = CONFIDENCE
) -> tuple[FloatArray, FloatArray]:
    """Return the Wilson score interval (low, high) as proportions for each ``count`` out of ``base``.

    Inputs broadcast like numpy arrays; where ``base`` is zero both bounds are NaN.
    """
    from statsmodels.stats.proportion import proportion_confint

    counts = np.asarray(count, dtype=float)
    bases = np.asarray(base, dtype=float)
    counts, bases = np.broadcast_arrays(counts, bases)
    low = np.full(counts.shape, np.nan)
    high = np.full(counts.shape, np.nan)
    valid = bases > 0
    if valid.any():
        lo, hi = proportion_confint(counts[valid], bases[valid], alpha=1 - confidence, method="wilson")
        low[valid] = lo
        high[valid] = hi
    return low, high


def benjamini_hochberg(p_values: npt.ArrayLike) -> FloatArray:
    """Return Benjamini-Hochberg adjusted p-values; NaN inputs (no test) stay NaN and are not counted."""
    from statsmodels.stats.multitest import multipletests

    values = np.asarray(p_values, dtype=float)
    adjusted = np.full(values.shape, np.nan)
    valid = ~np.isnan(values)
    if valid.any():
        adjusted[valid] = multipletests(values[valid], method="fdr_bh")[1]
    return adjusted


@dataclass(frozen=True)
class TestResult:
    """The outcome of a test of independence on one contingency table."""

    test: str  # "chi-square", "Fisher exact" or "Fisher-Freeman-Halton (Monte Carlo)"; "" when untestable
    p_value: float
    cramers_v: float


def independence_test(table: npt.ArrayLike, seed: int = MONTE_CARLO_SEED) -> TestResult:
    """Test independence of the rows and columns of a table of counts (groups x outcome).

    Rows and columns that are all zero are dropped first. Chi-square (scipy, Yates-corrected when the
    table is 2x2) when every expected count is at least 5; otherwise Fisher's exact test: exact for a
    2x2 table, and for larger tables the Fisher-Freeman-Halton test with a Monte Carlo p-value
    (9,999 tables with the observed margins, fixed seed). Returns NaN when fewer than two rows or
    columns are left. Cramer's V is computed from the uncorrected chi-square statistic.
    """
    from scipy.stats import MonteCarloMethod, chi2_contingency, fisher_exact
    from scipy.stats.contingency import association, expected_freq

    observed = np.asarray(table, dtype=np.int64)
    observed = observed[observed.sum(axis=1) > 0][:, observed.sum(axis=0) > 0]
    if observed.ndim != 2 or min(observed.shape) < 2:
        return TestResult("", float("nan"), float("nan"))
    cramers_v = float(association(observed, method="cramer"))
    if (expected_freq(observed) >= SMALL_EXPECTED).all():
        return TestResult("chi-square", float(chi2_contingency(observed).pvalue), cramers_v)
    if observed.shape == (2, 2):
        return TestResult("Fisher exact", float(fisher_exact(observed).pvalue), cramers_v)
    method = MonteCarloMethod(n_resamples=MONTE_CARLO_RESAMPLES, rng=np.random.default_rng(seed))
    p_value = float(fisher_exact(observed, method=method).pvalue)
    return TestResult("Fisher-Freeman-Halton (Monte Carlo)", p_value, cramers_v)


def adjusted_residuals(table: npt.ArrayLike) -> FloatArray:
    """Return the adjusted (standardised) residuals of a table of counts under independence (statsmodels)."""
    from statsmodels.stats.contingency_tables import Table

    observed = np.asarray(table, dtype=float)
    if observed.sum() == 0:
        return np.zeros_like(observed)
    with np.errstate(divide="ignore", invalid="ignore"):
        residuals = np.asarray(Table(observed, shift_zeros=False).standardized_resids, dtype=float)
    return np.nan_to_num(residuals)


@dataclass(frozen=True)
class Difference:
    """The change between two proportions: estimate, interval, and the two-proportion test p-value."""

    change: float
    low: float
    high: float
    p_value: float


def proportion_difference(
    count_to: int, base_to: int, count_from: int, base_from: int, confidence: float = CONFIDENCE
) -> Difference:
    """Return ``count_to/base_to - count_from/base_from`` as proportions, with Newcombe's hybrid score
    interval and the pooled two-proportion z-test (both statsmodels); NaN when a base is zero.
    """
    from statsmodels.stats.proportion import confint_proportions_2indep, proportions_ztest

    if base_to <= 0 or base_from <= 0:
        nan = float("nan")
        return Difference(nan, nan, nan, nan)
    change = count_to / base_to - count_from / base_from
    low, high = confint_proportions_2indep(
        count_to, base_to, count_from, base_from, compare="diff", method="newcomb", alpha=1 - confidence
    )
    pooled = count_to + count_from
    if pooled == 0 or pooled == base_to + base_from:
        p_value = 1.0  # both proportions are 0 (or both 1): no evidence of a change, and z is 0/0
    else:
        p_value = float(proportions_ztest([count_to, count_from], [base_to, base_from])[1])
    return Difference(float(change), float(low), float(high), p_value)
