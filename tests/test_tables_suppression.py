"""Small-cell suppression: the primary rule, secondary suppression, and that no hidden figure can be
worked out from what is shown (checked by linear programming over the published identities)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from scipy.optimize import linprog

from splw_text.tables.suppression import (
    primary_mask,
    protect_grid,
    protect_partition,
    protect_shares,
    share_identities,
)


def exact_range(values: np.ndarray, hidden: np.ndarray, identities: list, cell: int) -> tuple[float, float]:
    """The smallest and largest value ``cell`` can take given the shown cells, the identities and
    non-negativity (an LP, independent of the suppression code)."""
    size = len(values)
    rows = []
    for parts, total in identities:
        row = np.zeros(size)
        row[list(parts)] += 1
        row[total] -= 1
        rows.append(row)
    equalities = np.array(rows)
    bounds = [(0, None) if hidden[i] else (float(values[i]), float(values[i])) for i in range(size)]
    objective = np.zeros(size)
    objective[cell] = 1
    low = linprog(objective, A_eq=equalities, b_eq=np.zeros(len(rows)), bounds=bounds, method="highs")
    high = linprog(-objective, A_eq=equalities, b_eq=np.zeros(len(rows)), bounds=bounds, method="highs")
    assert low.status == 0 and high.status == 0
    return low.fun, -high.fun


def share_cells(n: list[int], base: list[int]) -> np.ndarray:
    counts, bases = np.array(n), np.array(base)
    values = np.empty(3 * len(n) + 3, dtype=np.int64)
    values[0 : 3 * len(n) : 3] = counts
    values[1 : 3 * len(n) : 3] = bases - counts
    values[2 : 3 * len(n) : 3] = bases
    values[-3:] = [counts.sum(), (bases - counts).sum(), bases.sum()]
    return values


def test_counts_from_one_to_below_the_threshold_are_primary_suppressed() -> None:
    assert primary_mask([0, 1, 4, 5, 12], 5).tolist() == [False, True, True, False, False]


def test_a_single_small_level_is_protected_by_hiding_the_next_smallest() -> None:
    hidden, total_hidden = protect_partition([60, 3, 20, 9], threshold=5)
    assert hidden.tolist() == [False, True, False, True]
    assert not total_hidden


def test_secondary_suppression_prefers_a_non_zero_cell_over_a_zero() -> None:
    hidden, _ = protect_partition([40, 2, 0, 30], threshold=5)
    assert hidden.tolist() == [False, True, False, True]


def test_nothing_is_hidden_when_every_count_is_large_or_zero() -> None:
    hidden, total_hidden = protect_partition([40, 0, 12], threshold=5)
    assert not hidden.any() and not total_hidden


def test_a_small_complement_hides_the_count_it_would_reveal() -> None:
    # 9 of 11 raised it: the 2 who did not are a small cell, recoverable as base - n
    mask = protect_shares([9, 20, 15], [11, 60, 40], threshold=5)
    assert mask.n[0]
    assert mask.n.sum() >= 2  # and the column total needs a second hidden row


def test_a_group_with_a_small_base_has_its_base_and_share_hidden() -> None:
    mask = protect_shares([0, 12, 10], [3, 50, 40], threshold=5)
    assert mask.base[0] and mask.n[0]
    assert mask.share[0]
    assert mask.base.sum() >= 2  # the bases add up to a published total too


def test_a_suppressed_row_cannot_be_recovered_from_the_column_total() -> None:
    n, base = [12, 23, 2], [112, 31, 7]
    mask = protect_shares(n, base, threshold=5)
    values = share_cells(n, base)
    hidden = np.zeros(len(values), bool)
    hidden[0:9:3] = mask.n
    hidden[1:9:3] = mask.n
    hidden[2:9:3] = mask.base
    for cell in np.flatnonzero(hidden):
        low, high = exact_range(values, hidden, share_identities(3), int(cell))
        assert high - low >= 1


def test_a_two_by_two_grid_with_one_small_cell_is_hidden_whole() -> None:
    cells, column_totals = protect_grid([[10, 2], [20, 30]], threshold=5)
    assert cells.all()
    assert not column_totals.any()


def test_no_suppression_below_a_threshold_of_one() -> None:
    mask = protect_shares([1, 2, 3], [4, 5, 6], threshold=1)
    assert not mask.n.any() and not mask.base.any()


@st.composite
def share_tables(draw: st.DrawFn) -> tuple[list[int], list[int], int]:
    groups = draw(st.integers(2, 5))
    bases = draw(st.lists(st.integers(1, 40), min_size=groups, max_size=groups))
    counts = [draw(st.integers(0, base)) for base in bases]
    threshold = draw(st.integers(2, 6))
    return counts, bases, threshold


@given(share_tables())
def test_no_shown_count_is_small_and_no_hidden_figure_can_be_worked_out(
    table: tuple[list[int], list[int], int],
) -> None:
    n, base, threshold = table
    mask = protect_shares(n, base, threshold)
    values = share_cells(n, base)
    groups = len(n)
    hidden = np.zeros(len(values), bool)
    hidden[0 : 3 * groups : 3] = mask.n
    hidden[1 : 3 * groups : 3] = mask.n | mask.base  # the complement is known only if n and base are
    hidden[2 : 3 * groups : 3] = mask.base
    shown = values[: 3 * groups][~hidden[: 3 * groups]]
    assert not ((shown > 0) & (shown < threshold)).any()
    # a published total of zero discloses every cell of its column by itself: nothing to protect there
    assume(sum(n) > 0 and sum(base) - sum(n) > 0)
    for cell in np.flatnonzero(hidden):
        low, high = exact_range(values, hidden, share_identities(groups), int(cell))
        assert high - low >= 1, f"cell {cell} is pinned to {low}"


@given(st.lists(st.integers(0, 30), min_size=2, max_size=6), st.integers(2, 6))
def test_partitions_never_leave_exactly_one_hidden_level(counts: list[int], threshold: int) -> None:
    hidden, _ = protect_partition(counts, threshold)
    values = np.array(counts)
    assert not ((values > 0) & (values < threshold) & ~hidden).any()
    assert hidden.sum() != 1 or (values[~hidden] > 0).sum() == 0


@pytest.mark.parametrize("threshold", [3, 5, 10])
def test_grids_leave_no_row_or_column_with_exactly_one_hidden_cell(threshold: int) -> None:
    rng = np.random.default_rng(threshold)
    for _ in range(50):
        grid = rng.integers(0, 25, size=(int(rng.integers(2, 5)), int(rng.integers(2, 4))))
        cells, _ = protect_grid(grid, threshold)
        for axis in (0, 1):
            per_line = cells.sum(axis=axis)
            positive_shown = ((grid > 0) & ~cells).sum(axis=axis)
            assert ((per_line != 1) | (positive_shown == 0)).all()


@given(
    st.integers(2, 4).flatmap(
        lambda rows: st.lists(st.lists(st.integers(0, 25), min_size=2, max_size=3),
                              min_size=rows, max_size=rows)
    ),
    st.integers(2, 6),
)
def test_no_hidden_cell_of_a_grid_can_be_worked_out_from_its_totals(lines: list[list[int]], threshold: int) -> None:
    width = min(len(line) for line in lines)
    grid = np.array([line[:width] for line in lines])
    rows, columns = grid.shape
    cells, column_hidden = protect_grid(grid, threshold)
    assume(grid.sum(axis=1).min() > 0 and grid.sum(axis=0).min() > 0)
    values = np.concatenate([grid.ravel(), grid.sum(axis=1), grid.sum(axis=0)])
    hidden = np.concatenate([cells.ravel(), np.zeros(rows, bool), column_hidden])
    identities = [([r * columns + c for c in range(columns)], rows * columns + r) for r in range(rows)]
    identities += [([r * columns + c for r in range(rows)], rows * columns + rows + c) for c in range(columns)]
    assert not ((grid > 0) & (grid < threshold) & ~cells).any()
    for cell in np.flatnonzero(hidden[: rows * columns]):
        low, high = exact_range(values, hidden, identities, int(cell))
        assert high - low >= 1, f"cell {cell} of {grid.tolist()} is pinned to {low}"
