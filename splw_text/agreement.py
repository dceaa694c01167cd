"""Agreement between two codings of the same answers (coder vs coder, or coder vs tool).

Input: two label tables (``splw_text.labels``: ``respondent_id``, ``question``, ``non_response`` and one bool
column per theme). Output: an ``Agreement`` with

- ``per_theme``: one row per theme: ``theme``, ``n`` (answers compared), ``a_count`` / ``b_count`` (answers
  each coder gave the theme), ``both``, ``percent_agreement``, ``cohen_kappa`` (scikit-learn; NaN when
  undefined, i.e. both coders gave one constant value), ``prevalence_note`` (kappa is unstable when a theme is
  rare in both codings);
- ``alpha``: Krippendorff's alpha (nominal, the ``krippendorff`` package) over all theme decisions, treating
  each (answer, theme) pair as one unit coded present/absent by each coder;
- ``disagreements``: one row per answer and theme the two codings differ on: ``respondent_id``,
  ``question``, ``theme``, ``a`` and ``b`` (1/0);
- counts of answers only one side has (they are left out of the comparison).

Non-response answers are compared too: a non-response has no themes in a well-formed label file, so it
agrees on every theme unless one side coded it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from splw_text.errors import InputError
from splw_text.labels import KEY, align_labels

RARE_THEME_COUNT = 5


@dataclass(frozen=True)
class Agreement:
    """Agreement figures between coding A and coding B (see module docstring)."""

    per_theme: pd.DataFrame
    alpha: float
    non_response_agreement: float
    disagreements: pd.DataFrame
    n_answers: int
    only_in_a: int
    only_in_b: int

    def summary_lines(self) -> list[str]:
        """Short human-readable summary lines (for the CLI)."""
        lines = [f"answers compared: {self.n_answers}"]
        if self.only_in_a or self.only_in_b:
            lines.append(f"left out: {self.only_in_a} answer(s) only in A, {self.only_in_b} only in B")
        lines.append(f"Krippendorff's alpha (nominal, all themes): {_fmt(self.alpha)}")
        lines.append(f"non-response agreement: {self.non_response_agreement:.1%}")
        lines.append(f"theme decisions that differ: {len(self.disagreements)}")
        return lines


def compare_codings(
    a: pd.DataFrame, b: pd.DataFrame, theme_ids: Sequence[str], a_name: str = "A", b_name: str = "B"
) -> Agreement:
    """Compare two label tables over the answers they share (see module docstring for the output)."""
    theme_ids = list(theme_ids)
    left, right = align_labels(a, b, a_name, b_name)
    n = len(left)
    only_a = len(a) - n
    only_b = len(b) - n
    rows = []
    for theme in theme_ids:
        x = left[theme].to_numpy(dtype=bool)
        y = right[theme].to_numpy(dtype=bool)
        rows.append(
            {
                "theme": theme,
                "n": n,
                "a_count": int(x.sum()),
                "b_count": int(y.sum()),
                "both": int((x & y).sum()),
                "percent_agreement": float((x == y).mean()),
                "cohen_kappa": cohen_kappa(x, y),
                "prevalence_note": "rare theme: kappa unstable"
                if max(x.sum(), y.sum()) < RARE_THEME_COUNT
                else "",
            }
        )
    per_theme = pd.DataFrame(rows)
    left_matrix = left[theme_ids].to_numpy(dtype=bool)
    right_matrix = right[theme_ids].to_numpy(dtype=bool)
    alpha = krippendorff_alpha(left_matrix, right_matrix)
    non_response = float(
        (left["non_response"].to_numpy(dtype=bool) == right["non_response"].to_numpy(dtype=bool)).mean()
    )
    return Agreement(
        per_theme=per_theme,
        alpha=alpha,
        non_response_agreement=non_response,
        disagreements=_disagreements(left, right, theme_ids),
        n_answers=n,
        only_in_a=only_a,
        only_in_b=only_b,
    )


def cohen_kappa(x: np.ndarray, y: np.ndarray) -> float:
    """Cohen's kappa of two binary codings (scikit-learn); NaN when it is undefined (no variation at all)."""
    from sklearn.metrics import cohen_kappa_score

    x = np.asarray(x, dtype=int)
    y = np.asarray(y, dtype=int)
    if len(x) == 0:
        return float("nan")
    if len(set(x.tolist()) | set(y.tolist())) < 2:
        return float("nan")  # both coders gave one value: chance agreement is 1, kappa is 0/0
    return float(cohen_kappa_score(x, y, labels=[0, 1]))


def krippendorff_alpha(a: np.ndarray, b: np.ndarray) -> float:
    """Krippendorff's alpha (nominal) over every (answer, theme) decision of two coders; NaN if undefined."""
    import krippendorff

    reliability = np.vstack([np.asarray(a, dtype=float).ravel(), np.asarray(b, dtype=float).ravel()])
    if reliability.size == 0 or len(np.unique(reliability)) < 2:
        return float("nan")
    return float(krippendorff.alpha(reliability_data=reliability, level_of_measurement="nominal"))


def _disagreements(left: pd.DataFrame, right: pd.DataFrame, theme_ids: list[str]) -> pd.DataFrame:
    records = []
    for position in range(len(left)):
        for theme in theme_ids:
            x = bool(left[theme].iat[position])
            y = bool(right[theme].iat[position])
            if x != y:
                records.append(
                    {
                        "respondent_id": left["respondent_id"].iat[position],
                        "question": left["question"].iat[position],
                        "theme": theme,
                        "a": int(x),
                        "b": int(y),
                    }
                )
    return pd.DataFrame(records, columns=[*KEY, "theme", "a", "b"])


def read_two_codings(
    path_a: str, path_b: str, theme_ids: Sequence[str]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read two label files (gold or coded-answers format); an empty one is an InputError."""
    from splw_text.labels import read_label_file

    a = read_label_file(path_a, theme_ids)
    b = read_label_file(path_b, theme_ids)
    for path, table in ((path_a, a), (path_b, b)):
        if table.empty:
            raise InputError(f"{path}: the label file has no rows")
    return a, b


def _fmt(value: float) -> str:
    return "n/a" if np.isnan(value) else f"{value:.3f}"
