"""Evaluate coded answers against gold labels: per-theme precision, recall, F1 and Cohen's kappa, micro and
macro F1, non-response F1, and the answers the coder got wrong, worst theme first.

Both inputs are label tables (``splw_text.labels``: ``respondent_id``, ``question``, ``non_response`` and a bool
column per theme); only the answers they share are scored. Metrics come from scikit-learn.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from splw_text.labels import KEY, align_labels


@dataclass(frozen=True)
class Target:
    """A target to report against: a name, the metric ("micro_f1", "macro_f1" or "theme_f1") and its floor."""

    name: str
    metric: str
    floor: float


#: The targets of issue 3: the dev corpus (micro-F1, every theme's F1) and the hidden set (micro, macro).
DEFAULT_TARGETS = (
    Target("dev: micro-F1", "micro_f1", 0.85),
    Target("dev: every theme's F1", "theme_f1", 0.70),
    Target("hidden set: micro-F1", "micro_f1", 0.80),
    Target("hidden set: macro-F1", "macro_f1", 0.75),
)


@dataclass(frozen=True)
class ThemeScore:
    """Scores of one theme: counts (gold positives, predicted positives, tp/fp/fn) and the metrics."""

    theme: str
    support: int
    predicted: int
    true_positives: int
    false_positives: int
    false_negatives: int
    precision: float
    recall: float
    f1: float
    kappa: float | None


@dataclass(frozen=True)
class AnswerError:
    """One answer a theme was wrong for: ``missed`` (in gold, not coded) or ``extra`` (coded, not in gold)."""

    theme: str
    kind: str
    respondent_id: str
    question: str
    predicted_themes: list[str]
    gold_themes: list[str]
    text: str | None = None
    evidence: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class Evaluation:
    """The result of ``evaluate``; ``to_dict`` for JSON, ``render`` for the terminal."""

    answers: int
    themes: list[ThemeScore]
    micro_precision: float
    micro_recall: float
    micro_f1: float
    macro_f1: float
    non_response: dict[str, float | int]
    errors: list[AnswerError]
    targets: list[dict[str, Any]]

    @property
    def passed(self) -> bool:
        """True when every target is met."""
        return all(target["met"] for target in self.targets)

    def to_dict(self) -> dict[str, Any]:
        """Everything as plain JSON-ready values."""
        return {
            "answers": self.answers,
            "micro": {"precision": self.micro_precision, "recall": self.micro_recall, "f1": self.micro_f1},
            "macro_f1": self.macro_f1,
            "themes": [asdict(score) for score in self.themes],
            "non_response": self.non_response,
            "targets": self.targets,
            "errors": [asdict(error) for error in self.errors],
        }

    def render(self, max_errors: int | None = None) -> str:
        """A plain-text report: the per-theme table, micro/macro, non-responses, targets, then the errors."""
        lines = [f"{self.answers} answers scored", ""]
        width = max(len(score.theme) for score in self.themes) if self.themes else 10
        lines.append(f"{'theme':<{width}}  {'gold':>5} {'coded':>5}  {'prec':>5} {'recall':>6} {'F1':>5} {'kappa':>6}")
        for score in self.themes:
            kappa = "  n/a" if score.kappa is None else f"{score.kappa:6.2f}"
            lines.append(
                f"{score.theme:<{width}}  {score.support:5d} {score.predicted:5d}  {score.precision:5.2f} "
                f"{score.recall:6.2f} {score.f1:5.2f} {kappa}"
            )
        lines += [
            "",
            f"micro: precision {self.micro_precision:.3f}  recall {self.micro_recall:.3f}  F1 {self.micro_f1:.3f}",
            f"macro-F1 {self.macro_f1:.3f}",
            f"non-response: precision {self.non_response['precision']:.3f}  recall {self.non_response['recall']:.3f}"
            f"  F1 {self.non_response['f1']:.3f}  (gold {self.non_response['gold']}, coded "
            f"{self.non_response['predicted']})",
            "",
            "targets:",
        ]
        for target in self.targets:
            mark = "met" if target["met"] else "NOT MET"
            lines.append(f"  {target['name']:<26} >= {target['floor']:.2f}: {target['value']:.3f}  {mark}")
        errors = self.errors if max_errors is None else self.errors[:max_errors]
        lines += ["", f"answers coded wrongly ({len(self.errors)} theme decisions, worst theme first):"]
        for error in errors:
            text = (error.text or "").replace("\n", " / ")
            if len(text) > 160:
                text = text[:157] + "..."
            lines.append(
                f"  {error.theme} {error.kind.upper()} {error.respondent_id}/{error.question}: {text!r}"
                f"  coded [{';'.join(error.predicted_themes)}] gold [{';'.join(error.gold_themes)}]"
            )
            for item in error.evidence:
                lines.append(f"      evidence: {item.get('rule')} {item.get('span')!r}")
        if max_errors is not None and len(self.errors) > max_errors:
            lines.append(f"  ... and {len(self.errors) - max_errors} more (--max-errors 0 shows all)")
        return "\n".join(lines)


def evaluate(
    predicted: pd.DataFrame,
    gold: pd.DataFrame,
    theme_ids: Sequence[str],
    targets: Sequence[Target] = DEFAULT_TARGETS,
    text_column: str = "text_redacted",
) -> Evaluation:
    """Score a predicted label table against a gold one (answers matched on respondent_id and question).

    ``predicted`` may carry ``text_redacted`` and ``evidence`` (the coded answers file): they are shown with the
    errors. Themes are scored over every shared answer, non-responses included (a non-response has no themes).
    """
    from sklearn.metrics import cohen_kappa_score, precision_recall_fscore_support

    pred, true = align_labels(predicted, gold, "coded answers", "gold labels")
    theme_ids = list(theme_ids)
    scores = []
    for theme in theme_ids:
        y_true = true[theme].astype(bool).to_numpy()
        y_pred = pred[theme].astype(bool).to_numpy()
        precision, recall, f1, _ = precision_recall_fscore_support(
            y_true, y_pred, average="binary", zero_division=0
        )
        tp = int((y_true & y_pred).sum())
        fp = int((~y_true & y_pred).sum())
        fn = int((y_true & ~y_pred).sum())
        if tp + fp + fn == 0:  # the theme occurs nowhere and is never coded: perfect, not undefined
            precision = recall = f1 = 1.0
        scores.append(
            ThemeScore(theme, int(y_true.sum()), int(y_pred.sum()), tp, fp, fn, float(precision), float(recall),
                       float(f1), _kappa(y_true, y_pred, cohen_kappa_score))
        )
    y_true_all = true[theme_ids].astype(bool).to_numpy().ravel()
    y_pred_all = pred[theme_ids].astype(bool).to_numpy().ravel()
    micro_p, micro_r, micro_f1, _ = precision_recall_fscore_support(
        y_true_all, y_pred_all, average="binary", zero_division=0
    )
    macro_f1 = float(np.mean([score.f1 for score in scores])) if scores else 0.0
    nr_true = true["non_response"].astype(bool).to_numpy()
    nr_pred = pred["non_response"].astype(bool).to_numpy()
    nr_p, nr_r, nr_f1, _ = precision_recall_fscore_support(nr_true, nr_pred, average="binary", zero_division=0)
    non_response = {
        "precision": float(nr_p), "recall": float(nr_r), "f1": float(nr_f1),
        "gold": int(nr_true.sum()), "predicted": int(nr_pred.sum()),
    }
    values = {"micro_f1": float(micro_f1), "macro_f1": macro_f1,
              "theme_f1": min((score.f1 for score in scores), default=0.0)}
    target_rows = [
        {"name": target.name, "metric": target.metric, "floor": target.floor, "value": values[target.metric],
         "met": values[target.metric] >= target.floor}
        for target in targets
    ]
    return Evaluation(
        answers=len(true),
        themes=scores,
        micro_precision=float(micro_p),
        micro_recall=float(micro_r),
        micro_f1=float(micro_f1),
        macro_f1=macro_f1,
        non_response=non_response,
        errors=_errors(pred, true, theme_ids, scores, text_column),
        targets=target_rows,
    )


def _kappa(y_true: np.ndarray, y_pred: np.ndarray, cohen_kappa_score: Any) -> float | None:
    """Cohen's kappa; identical constant columns agree perfectly (1.0); otherwise None when undefined."""
    if np.array_equal(y_true, y_pred):
        return 1.0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = cohen_kappa_score(y_true, y_pred)
    return None if np.isnan(value) else float(value)


def _errors(
    pred: pd.DataFrame, true: pd.DataFrame, theme_ids: list[str], scores: list[ThemeScore], text_column: str
) -> list[AnswerError]:
    order = sorted(range(len(scores)), key=lambda i: (scores[i].f1, i))
    errors = []
    for position in order:
        theme = scores[position].theme
        wrong = pred[theme].astype(bool).to_numpy() != true[theme].astype(bool).to_numpy()
        # missed answers first, then extra ones, each in file order
        rows = sorted(np.flatnonzero(wrong).tolist(), key=lambda row: (bool(pred[theme].iloc[row]), row))
        for row in rows:
            predicted_row, gold_row = pred.iloc[row], true.iloc[row]
            kind = "extra" if bool(predicted_row[theme]) else "missed"
            errors.append(
                AnswerError(
                    theme=theme,
                    kind=kind,
                    respondent_id=str(predicted_row[KEY[0]]),
                    question=str(predicted_row[KEY[1]]),
                    predicted_themes=[t for t in theme_ids if bool(predicted_row[t])],
                    gold_themes=[t for t in theme_ids if bool(gold_row[t])],
                    text=_text(predicted_row, gold_row, text_column),
                    evidence=_evidence(predicted_row, theme) if kind == "extra" else [],
                )
            )
    return errors


def _text(predicted_row: pd.Series, gold_row: pd.Series, column: str) -> str | None:
    for row in (predicted_row, gold_row):
        if column in row.index and isinstance(row[column], str) and row[column]:
            return row[column]
    return None


def _evidence(predicted_row: pd.Series, theme: str) -> list[dict[str, Any]]:
    if "evidence" not in predicted_row.index:
        return []
    from splw_text.coding.coded_file import evidence_from_json
    from splw_text.errors import InputError

    try:
        return [item.to_dict() for item in evidence_from_json(predicted_row["evidence"]) if item.theme == theme]
    except InputError:
        return []
