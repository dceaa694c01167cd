"""Tables: theme frequencies, indicator shares, crosstabs with tests, wave change, all disclosure-controlled.

``build_tables(coded, respondents, config, codebook)`` returns a TableSet of named DataFrames;
``write_tables(tableset, out_dir)`` writes each as ``out_dir/tables/<name>.csv``.

Tables (columns in each module's ``*_COLUMNS``):
- ``response_summary``: non-blank answers, non-responses (counted apart), substantive answers, per question.
- ``theme_frequencies``: per theme, over all questions then per question: answers and respondents, with
  95% Wilson intervals.
- ``indicators``: each closed question's levels over all respondents.
- ``crosstab_<indicator>``: theme x level at respondent level, with the p-value of the theme's test and
  its Benjamini-Hochberg adjustment across every test of the run.
- ``associations``: one row per test, sorted by Cramer's V, with the level that stands out in words.
- ``wave_shares`` and ``wave_change`` when the respondents have two or more waves.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pandas as pd

from splw_text.codebook import Codebook
from splw_text.config import SurveyConfig
from splw_text.outputs import write_csv
from splw_text.tables.crosstabs import crosstab
from splw_text.tables.frequencies import response_summary, theme_frequencies
from splw_text.tables.indicators import indicator_table
from splw_text.tables.model import SUPPRESSED_MARK, TableSet
from splw_text.tables.prepare import prepare
from splw_text.tables.stats import benjamini_hochberg
from splw_text.tables.waves import wave_tables

__all__ = ["SUPPRESSED_MARK", "TableSet", "build_tables", "write_tables"]

SIGNIFICANCE = 0.05
ASSOCIATION_COLUMNS = [
    "theme", "theme_name", "indicator", "indicator_label", "level", "test", "base", "p_value", "p_adjusted",
    "cramers_v", "significant", "highlight_level", "highlight_pct", "comparison_pct", "direction",
]


def build_tables(
    coded: pd.DataFrame,
    respondents: pd.DataFrame,
    config: SurveyConfig,
    codebook: Codebook,
    suppress: bool = True,
    source: str = "coded answers",
) -> TableSet:
    """Build every table from a label table ``coded`` (``respondent_id, question, non_response`` and a
    bool column per theme, as ``splw_text.labels.read_label_file`` returns) and ``Survey.respondents``.

    Small cells are suppressed at ``config.suppression_threshold`` unless ``suppress`` is False.
    Raises InputError when the coded answers do not match the survey.
    """
    theme_ids = list(codebook.theme_ids)
    theme_names = [str(getattr(theme, "name", theme.id)) for theme in codebook.themes]
    threshold = int(config.suppression_threshold)
    data = prepare(coded, respondents, config, theme_ids, source=source)

    tables: dict[str, pd.DataFrame] = {
        "response_summary": response_summary(data),
        "theme_frequencies": theme_frequencies(data, theme_names, threshold, suppress),
        "indicators": indicator_table(data, config, threshold, suppress),
    }
    crosstabs = {
        indicator.column: crosstab(data, indicator, theme_names, threshold, suppress)
        for indicator in config.indicators
        if indicator.column in data.respondents.columns
    }
    waves = wave_tables(data, config, threshold, suppress)

    # Benjamini-Hochberg over every test of the run: the crosstab tests and the wave-on-wave tests
    tests = pd.concat([c.tests for c in crosstabs.values()], ignore_index=True) if crosstabs else pd.DataFrame()
    parts = [frame.set_index("test_id")["p_value"].astype(float) for frame in (tests, waves.changes) if len(frame)]
    p_values = pd.concat(parts) if parts else pd.Series(dtype=float)
    adjusted = pd.Series(benjamini_hochberg(p_values.to_numpy()), index=p_values.index)

    for column, table in crosstabs.items():
        rows = table.rows.copy()
        rows["p_adjusted"] = rows["test_id"].map(adjusted).astype(float)
        tables[f"crosstab_{column}"] = rows.drop(columns="test_id")
    tables["associations"] = _associations(tests, adjusted)
    if len(data.waves) >= 2:
        changes = waves.changes.copy()
        changes["p_adjusted"] = changes["test_id"].map(adjusted).astype(float)
        tables["wave_shares"] = waves.shares
        tables["wave_change"] = changes.drop(columns="test_id")

    summary = {
        "survey": config.name,
        "codebook_version": str(codebook.version),
        "respondents": len(data.respondents),
        "respondents_substantive": int(data.substantive.sum()),
        "answers": int(len(data.non_response)),
        "non_responses": int(data.non_response.sum()),
        "substantive_answers": int((~data.non_response).sum()),
        "waves": list(data.waves),
        "tests": int(p_values.notna().sum()),
        "threshold": threshold,
        "suppressed": suppress,
    }
    return TableSet(tables, suppressed=suppress, threshold=threshold, summary=summary,
                    respondents=data.respondents)


def _associations(tests: pd.DataFrame, adjusted: pd.Series) -> pd.DataFrame:
    if tests.empty:
        return pd.DataFrame(columns=ASSOCIATION_COLUMNS)
    table = tests.copy()
    table["p_adjusted"] = table["test_id"].map(adjusted).astype(float)
    table["significant"] = table["p_adjusted"] < SIGNIFICANCE
    table = table.sort_values("cramers_v", ascending=False, na_position="last", kind="stable")
    return table[ASSOCIATION_COLUMNS].reset_index(drop=True)


ROUNDING = {"pct": 1, "ci_low": 1, "ci_high": 1, "cramers_v": 3, "change_points": 1}


def rounded(table: pd.DataFrame) -> pd.DataFrame:
    """Round percentages and interval bounds to one decimal and Cramer's V to three for publication."""
    out = table.copy()
    for column in out.columns:
        for suffix, digits in ROUNDING.items():
            if column == suffix or column.endswith(f"_{suffix}") or column.startswith(f"{suffix}_"):
                if pd.api.types.is_float_dtype(out[column]):
                    out[column] = out[column].round(digits)
                break
    for column in ("p_value", "p_adjusted"):
        if column in out.columns:
            out[column] = out[column].map(lambda p: float(f"{p:.3g}") if p == p else np.nan)
    return out


def write_tables(tableset: TableSet, out_dir: Path | str, inputs: Iterable[Path | str] = ()) -> list[Path]:
    """Write every table as ``out_dir/tables/<name>.csv`` (atomic, formula-safe); return the paths."""
    folder = Path(out_dir) / "tables"
    inputs = list(inputs)
    return [write_csv(rounded(table), folder / f"{name}.csv", inputs) for name, table in tableset.tables.items()]
