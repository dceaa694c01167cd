"""Small-cell suppression for disclosure control, with secondary suppression.

The rule: a count between 1 and ``threshold - 1`` is suppressed (primary), together with every
percentage built on it. A published table also publishes sums (a group's base is the sum of those who
raised a theme and those who did not; the levels of an indicator add up to its total), so one
suppressed cell in a sum whose other terms are shown could be recovered by subtraction. Secondary
suppression hides, in every such sum that has exactly one hidden term, another term (the one that
exposes no further sum, then the smallest non-zero), until every sum has no hidden term or at least
two; a sum whose hidden terms are all zero also gets a non-zero term hidden, since counts cannot be
negative. An audit then solves the published identities as a linear system: any hidden cell that could
still be worked out exactly from the shown figures gets a further cell hidden beside it.

Zero counts are not suppressed by the primary rule (a zero discloses nothing about a person by itself),
but a group whose base is below the threshold has all its figures hidden, zeros included.

The engine (``protect``) works on a flat list of cells and a list of identities ``(parts, total)``
meaning ``sum(cells[parts]) == cells[total]``; the helpers below build those for the shapes the tables
use and return masks (True = hide).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

BoolArray = npt.NDArray[np.bool_]
Identity = tuple[Sequence[int], int]


def primary_mask(values: npt.ArrayLike, threshold: int) -> BoolArray:
    """Return True where a count is small enough to suppress: ``0 < value < threshold``."""
    array = np.asarray(values)
    return (array > 0) & (array < threshold)


def recoverable(hidden: npt.ArrayLike, identities: Sequence[Identity], size: int) -> BoolArray:
    """Return True for each hidden cell whose value follows exactly from the shown cells and the identities.

    A hidden cell is recoverable when its unit vector lies in the row space of the identities restricted
    to the hidden cells (the shown cells are known constants).
    """
    mask = np.asarray(hidden, bool)
    hidden_cells = np.flatnonzero(mask)
    result = np.zeros(size, bool)
    if len(hidden_cells) == 0 or not identities:
        return result
    matrix = np.zeros((len(identities), size))
    for row, (parts, total) in enumerate(identities):
        matrix[row, list(parts)] += 1.0
        matrix[row, total] -= 1.0
    restricted = matrix[:, hidden_cells]
    restricted = restricted[np.abs(restricted).sum(axis=1) > 0]
    if len(restricted) == 0:
        return result
    rank = np.linalg.matrix_rank(restricted)
    for position, cell in enumerate(hidden_cells):
        unit = np.zeros((1, len(hidden_cells)))
        unit[0, position] = 1.0
        result[cell] = np.linalg.matrix_rank(np.vstack([restricted, unit])) == rank
    return result


def protect(
    values: npt.ArrayLike,
    identities: Sequence[Identity],
    threshold: int,
    secondary_ok: npt.ArrayLike | None = None,
    primary_ok: npt.ArrayLike | None = None,
    links: Sequence[tuple[int, int]] = (),
) -> BoolArray:
    """Return which cells to hide.

    ``values``: the cell counts (flat). ``identities``: ``(parts, total)`` pairs of cell indices, each
    meaning the parts add up to the total. ``secondary_ok``: cells that may be hidden to protect another
    (default: all); totals published in another table are usually excluded. ``primary_ok``: cells the
    primary rule applies to (default: all). ``links``: pairs (a, b): "if a is hidden, hide b too".
    """
    cells = np.asarray(values, dtype=np.int64)
    size = len(cells)
    may_protect = np.ones(size, bool) if secondary_ok is None else np.asarray(secondary_ok, bool)
    may_primary = np.ones(size, bool) if primary_ok is None else np.asarray(primary_ok, bool)
    hidden = primary_mask(cells, threshold) & may_primary
    if not hidden.any():
        return hidden
    groups = [np.asarray([*parts, total], dtype=np.int64) for parts, total in identities]
    member_of: list[list[int]] = [[] for _ in range(size)]
    for number, group in enumerate(groups):
        for index in group:
            member_of[index].append(number)

    def new_exposures(candidate: int, current: int) -> int:
        # identities that would go from no hidden cell to exactly one, forcing a further suppression
        return sum(1 for g in member_of[candidate] if g != current and not hidden[groups[g]].any())

    def cheapest(candidates: npt.NDArray[np.int64], current: int) -> int:
        # no new exposed identity first, then a non-zero cell (a hidden zero protects little), then small
        return int(min(candidates, key=lambda c: (new_exposures(int(c), current), cells[c] == 0, cells[c], c)))

    while True:
        spreading = True
        while spreading:
            spreading = False
            for source, target in links:
                if hidden[source] and not hidden[target]:
                    hidden[target] = spreading = True
        exposed = next((g for g, group in enumerate(groups) if _exposed(group, hidden, may_protect, cells)), None)
        if exposed is not None:
            group = groups[exposed]
            candidates = group[~hidden[group] & may_protect[group]]
            if cells[group[hidden[group]]].sum() == 0 and (cells[candidates] > 0).any():
                candidates = candidates[cells[candidates] > 0]
            hidden[cheapest(candidates, exposed)] = True
            continue
        # audit: a pattern of hidden cells can still be solvable as a whole; widen it where it is
        solvable = recoverable(hidden, identities, size)
        widened = False
        for cell in np.flatnonzero(solvable):
            options = [
                (g, candidate)
                for g in member_of[cell]
                for candidate in groups[g][~hidden[groups[g]] & may_protect[groups[g]]]
            ]
            if options:
                number, _ = options[0]
                group = groups[number]
                hidden[cheapest(np.array([c for g, c in options if g == number]), number)] = True
                widened = True
                break
        if not widened:
            return hidden  # protected, or nothing in this table can protect the rest further


def _exposed(
    group: npt.NDArray[np.int64], hidden: BoolArray, may_protect: BoolArray, cells: npt.NDArray[np.int64]
) -> bool:
    """An identity gives a hidden cell away when it hides exactly one cell, or when its hidden cells are
    all zero (counts cannot be negative, so a hidden sum of zero pins each of them) and it shows a
    non-zero cell that could be hidden with them."""
    hidden_here = hidden[group]
    if not hidden_here.any():
        return False
    spare = ~hidden_here & may_protect[group]
    if hidden_here.sum() == 1 and spare.any():
        return True
    return bool(cells[group[hidden_here]].sum() == 0 and (cells[group[spare]] > 0).any())


@dataclass(frozen=True)
class ShareMask:
    """What to hide in a table of shares ``n / base`` over groups that partition a population."""

    n: BoolArray  # the count (and so its percentage and interval)
    base: BoolArray  # the group's base
    total_n: bool
    total_base: bool

    @property
    def share(self) -> BoolArray:
        """A percentage is hidden when its count or its base is."""
        return self.n | self.base


def share_identities(groups: int) -> list[Identity]:
    """Identities of a share table laid out as (n, complement, base) per group, then the three totals."""
    total = 3 * groups
    identities: list[Identity] = [([3 * g, 3 * g + 1], 3 * g + 2) for g in range(groups)]
    identities += [(list(range(column, total, 3)), total + column) for column in range(3)]
    identities.append(([total, total + 1], total + 2))
    return identities


def protect_shares(
    n: npt.ArrayLike, base: npt.ArrayLike, threshold: int, totals_elsewhere: bool = True
) -> ShareMask:
    """Protect a table of shares: groups (rows) with ``n`` of ``base`` raising something.

    The published identities are ``n + (base - n) = base`` per group and the sums over groups (the
    totals). ``totals_elsewhere`` says the totals are published in another table: they are then never
    hidden here. Otherwise they may be hidden by the primary rule but are not used to protect others.
    """
    counts = np.asarray(n, dtype=np.int64)
    bases = np.asarray(base, dtype=np.int64)
    groups = len(counts)
    values = np.empty(3 * groups + 3, dtype=np.int64)
    values[0 : 3 * groups : 3] = counts
    values[1 : 3 * groups : 3] = bases - counts
    values[2 : 3 * groups : 3] = bases
    values[-3:] = [counts.sum(), (bases - counts).sum(), bases.sum()]
    secondary_ok = np.ones(len(values), bool)
    secondary_ok[-3:] = False
    primary_ok = np.ones(len(values), bool)
    if totals_elsewhere:
        primary_ok[-3:] = False
    links: list[tuple[int, int]] = []
    for g in range(groups):
        links += [(3 * g + 2, 3 * g), (3 * g + 2, 3 * g + 1)]  # a small base hides its whole row
    links += [(3 * groups + 2, 3 * groups), (3 * groups + 2, 3 * groups + 1)]
    hidden = protect(values, share_identities(groups), threshold, secondary_ok, primary_ok, links)
    return ShareMask(
        n=hidden[0 : 3 * groups : 3] | hidden[1 : 3 * groups : 3],
        base=hidden[2 : 3 * groups : 3],
        total_n=bool(hidden[-3] or hidden[-2]),
        total_base=bool(hidden[-1]),
    )


def protect_partition(counts: npt.ArrayLike, threshold: int) -> tuple[BoolArray, bool]:
    """Protect the counts of levels that partition a published total; return (hide level, hide total)."""
    values = np.asarray(counts, dtype=np.int64)
    levels = len(values)
    cells = np.append(values, values.sum())
    secondary_ok = np.ones(len(cells), bool)
    secondary_ok[-1] = False
    links = [(levels, level) for level in range(levels)]  # a small total hides every level
    hidden = protect(cells, [(list(range(levels)), levels)], threshold, secondary_ok, links=links)
    return hidden[:-1], bool(hidden[-1])


def protect_grid(counts: npt.ArrayLike, threshold: int) -> tuple[BoolArray, BoolArray]:
    """Protect a two-way table of counts whose row and column totals are published.

    Returns (hide cell, hide column total). Row totals are taken as published elsewhere (never hidden
    here); column totals may be hidden by the primary rule but are not used to protect other cells.
    """
    grid = np.asarray(counts, dtype=np.int64)
    rows, columns = grid.shape
    values = np.concatenate([grid.ravel(), grid.sum(axis=1), grid.sum(axis=0)])

    def cell(r: int, c: int) -> int:
        return r * columns + c

    row_total = rows * columns
    column_total = rows * columns + rows
    secondary_ok = np.zeros(len(values), bool)
    secondary_ok[:row_total] = True
    primary_ok = np.ones(len(values), bool)
    primary_ok[row_total:column_total] = False
    identities: list[Identity] = [([cell(r, c) for c in range(columns)], row_total + r) for r in range(rows)]
    identities += [([cell(r, c) for r in range(rows)], column_total + c) for c in range(columns)]
    links = [(column_total + c, cell(r, c)) for c in range(columns) for r in range(rows)]
    hidden = protect(values, identities, threshold, secondary_ok, primary_ok, links)
    return hidden[:row_total].reshape(rows, columns), hidden[column_total:]
