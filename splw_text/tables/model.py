"""The data types the tables stage passes around: the column lists of its tables and the TableSet it returns."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

SUPPRESSED_MARK = "[c]"  # the ONS convention for a figure withheld for confidentiality

CROSSTAB_COLUMNS = [
    "theme", "indicator", "level", "n", "base", "pct", "ci_low", "ci_high", "p_value", "p_adjusted",
    "suppressed",
]


@dataclass(frozen=True)
class TableSet:
    """Every table of a run, by name (the CSV file stem), in the order they are written.

    ``tables``: name -> DataFrame. Counts are nullable integers (missing = suppressed), percentages and
    interval bounds are percent (0-100), p-values are proportions. ``summary`` holds the headline counts
    and the method facts the report prints. ``respondents`` is the respondent-level frame the tables
    were built from (ids, indicators, wave, one bool column per theme); it is not written out.
    """

    tables: dict[str, pd.DataFrame]
    suppressed: bool
    threshold: int
    summary: dict[str, Any] = field(default_factory=dict)
    respondents: pd.DataFrame = field(default_factory=pd.DataFrame)

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.tables[name]

    def __contains__(self, name: object) -> bool:
        return name in self.tables

    def __iter__(self) -> Iterator[str]:
        return iter(self.tables)

    @property
    def crosstabs(self) -> dict[str, pd.DataFrame]:
        """The crosstab tables by indicator column."""
        prefix = "crosstab_"
        return {name[len(prefix) :]: t for name, t in self.tables.items() if name.startswith(prefix)}
