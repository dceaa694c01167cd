"""The statistics behind the tables, checked against published values and against scipy/statsmodels."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.stats import chi2_contingency, fisher_exact
from statsmodels.stats.multitest import multipletests

from splw_text.tables.stats import (
    adjusted_residuals,
    benjamini_hochberg,
    independence_test,
    proportion_difference,
    wilson_interval,
)


@pytest.mark.parametrize(
    ("count", "base", "low", "high"),
    [  # Newcombe (1998), Statistics in Medicine 17:857, Table I, method 3 (Wilson score)
        (81, 263, 0.2553, 0.3662),
        (15, 148, 0.0624, 0.1605),
        (0, 20, 0.0, 0.1611),
        (1, 29, 0.0061, 0.1718),
    ],
)
def test_wilson_interval_matches_newcombes_published_values(count: int, base: int, low: float, high: float) -> None:
    lows, highs = wilson_interval([count], [base])
    assert lows[0] == pytest.approx(low, abs=5e-5)
    assert highs[0] == pytest.approx(high, abs=5e-5)


def test_wilson_interval_is_missing_where_the_base_is_zero() -> None:
    lows, highs = wilson_interval([0, 3], [0, 10])
    assert np.isnan(lows[0]) and np.isnan(highs[0])
    assert not np.isnan(lows[1])


def test_difference_of_proportions_matches_newcombes_hybrid_score_example() -> None:
    # Newcombe (1998b), Statistics in Medicine 17:873, example (a): 56/70 vs 48/80, method 10
    difference = proportion_difference(56, 70, 48, 80)
    assert difference.change == pytest.approx(0.2)
    assert difference.low == pytest.approx(0.0524, abs=5e-5)
    assert difference.high == pytest.approx(0.3339, abs=5e-5)


def test_difference_of_proportions_uses_the_pooled_two_proportion_z_test() -> None:
    from statsmodels.stats.proportion import proportions_ztest

    difference = proportion_difference(30, 100, 18, 90)
    assert difference.p_value == pytest.approx(proportions_ztest([30, 18], [100, 90])[1])


def test_no_change_between_two_empty_shares_has_p_value_one() -> None:
    assert proportion_difference(0, 40, 0, 50).p_value == 1.0


def test_benjamini_hochberg_matches_the_textbook_adjustment_and_skips_missing_tests() -> None:
    # sorted p 0.005, 0.01, 0.03, 0.04 with m = 4: 0.02, 0.02, 0.04, 0.04 (as R's p.adjust gives)
    adjusted = benjamini_hochberg([0.01, 0.04, 0.03, 0.005, np.nan])
    assert adjusted[:4] == pytest.approx([0.02, 0.04, 0.04, 0.02])
    assert np.isnan(adjusted[4])
    assert adjusted[:4] == pytest.approx(multipletests([0.01, 0.04, 0.03, 0.005], method="fdr_bh")[1])


def test_small_expected_counts_in_a_2x2_table_use_fishers_exact_test() -> None:
    # Fisher's lady tasting tea: 3 of 4 cups right, two-sided p = 0.4857
    result = independence_test([[3, 1], [1, 3]])
    assert result.test == "Fisher exact"
    assert result.p_value == pytest.approx(0.4857, abs=5e-5)
    assert result.p_value == pytest.approx(fisher_exact([[3, 1], [1, 3]]).pvalue)


def test_large_expected_counts_use_the_chi_square_test() -> None:
    table = [[30, 10], [10, 30], [20, 20]]
    result = independence_test(table)
    assert result.test == "chi-square"
    assert result.p_value == pytest.approx(chi2_contingency(table).pvalue)


def test_cramers_v_is_one_for_perfect_association_and_zero_for_none() -> None:
    assert independence_test([[10, 0], [0, 10]]).cramers_v == pytest.approx(1.0)
    assert independence_test([[10, 10], [10, 10]]).cramers_v == pytest.approx(0.0)


def test_a_larger_table_with_small_counts_uses_a_reproducible_monte_carlo_exact_test() -> None:
    table = [[1, 9], [8, 2], [2, 3]]
    first = independence_test(table)
    assert first.test.startswith("Fisher-Freeman-Halton")
    assert first == independence_test(table)
    assert first.p_value < 0.01


def test_a_table_with_one_non_empty_row_has_no_test() -> None:
    result = independence_test([[5, 7], [0, 0]])
    assert result.test == ""
    assert np.isnan(result.p_value)


def test_adjusted_residuals_of_a_perfect_2x2_association_are_the_root_of_chi_square() -> None:
    residuals = adjusted_residuals([[10, 0], [0, 10]])
    assert residuals[0, 0] == pytest.approx(np.sqrt(20.0))
    assert residuals[0, 1] == pytest.approx(-np.sqrt(20.0))
