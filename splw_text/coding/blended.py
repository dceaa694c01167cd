"""BlendedCoder: a ``SupervisedCoder`` and a ``FineTunedCoder`` whose probabilities are averaged.

The blend weight and the decision thresholds are chosen on out-of-fold probabilities of the training texts
(see the class). This is the CPU model behind the external Friends and Family Test benchmark
(``benchmarks/external_fft.py --finetuned``). torch is imported only when the fine-tuned half is fitted or used.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from splw_text.coding.finetuned import FineTunedCoder
from splw_text.coding.model_store import StoredCoder, StoredModel
from splw_text.coding.supervised import (
    SupervisedCoder,
    ThresholdChooser,
    _label_matrix,
    _subset,
    code_by_thresholds,
    question_column,
)

KIND = "blended"
SUPERVISED_PREFIX = "supervised."
FINETUNED_PREFIX = "finetuned."


class BlendedCoder(ThresholdChooser, StoredCoder):
    """A ``SupervisedCoder`` and a ``FineTunedCoder`` whose probabilities are averaged, with CV-chosen thresholds.

    ``fit`` fits the supervised coder (which gives its out-of-fold probabilities from its own ``cv_folds``), fine-
    tunes ``finetune_folds`` encoders on the other folds of the training texts for out-of-fold probabilities of
    the fine-tuned model, and then one on all of them. The weight of the fine-tuned model in the average is the
    value of ``weights`` with the best cross-fitted micro-F1 of the blend; the thresholds (``threshold``,
    ``min_positives_per_theme``: as in ``SupervisedCoder``) are chosen on the blended out-of-fold probabilities,
    and ``cv_scores_`` judges each fold of the supervised coder's CV with thresholds chosen on the others.
    Everything is chosen on the training texts (the weight on the same cross-fitted scores that ``cv_scores_``
    reports, so those are a little optimistic: one value picked from ``weights``). ``supervised`` and
    ``finetuned`` are unfitted templates (defaults when None). ``code`` gives the supervised model's best sentence
    as evidence. Fitting costs ``finetune_folds`` + 1 fine-tunings.
    """

    model_kind = KIND

    def __init__(
        self,
        supervised: SupervisedCoder | None = None,
        finetuned: FineTunedCoder | None = None,
        finetune_folds: int = 3,
        weights: Sequence[float] = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0),
        threshold: str | float = "auto",
        min_positives_per_theme: int = 8,
        random_state: int = 0,
    ) -> None:
        self.supervised = supervised
        self.finetuned = finetuned
        self.finetune_folds = finetune_folds
        self.weights = weights
        self.threshold = threshold
        self.min_positives_per_theme = min_positives_per_theme
        self.random_state = random_state

    def fit(
        self, texts: Sequence[str], y: Any, embedded: np.ndarray | None = None, questions: Sequence[str] | None = None
    ) -> BlendedCoder:
        """Learn from ``texts`` and their labels ``y``; ``embedded`` and ``questions`` as in ``SupervisedCoder``."""
        texts = [str(t) for t in texts]
        template = self.supervised if self.supervised is not None else SupervisedCoder(random_state=self.random_state)
        self.supervised_ = SupervisedCoder(**template.get_params()).fit(texts, y, embedded=embedded,
                                                                         questions=questions)
        self.theme_ids_ = list(self.supervised_.theme_ids_)
        _, labels = _label_matrix(y, self.theme_ids_)
        questions = None if questions is None else [str(q) for q in questions]
        oof = np.zeros(labels.shape)
        order = np.random.default_rng(self.random_state + 3).permutation(len(texts))
        for held_out in np.array_split(order, max(2, min(self.finetune_folds, len(texts)))):
            train = np.setdiff1d(np.arange(len(texts)), held_out)
            model = self._new_finetuned().fit([texts[i] for i in train], labels[train], _subset(questions, train))
            oof[held_out] = model.predict_proba([texts[i] for i in held_out], _subset(questions, held_out))
        self.finetuned_oof_proba_ = oof
        self.folds_ = self.supervised_.folds_
        self.weight_scores_ = {}
        for weight in self.weights:
            blended = _blend(self.supervised_.oof_proba_, oof, float(weight))
            self.threshold_strategy_ = self._threshold_strategy(blended, labels)
            table = self._cross_fitted_scores(blended, labels)
            self.weight_scores_[float(weight)] = float(table.loc[table["theme"] == "micro", "f1"].iloc[0])
        # the best weight; among near-ties the one closest to an even blend
        best = max(self.weight_scores_.values())
        near = [w for w, f1 in self.weight_scores_.items() if f1 >= best - 1e-9]
        self.weight_ = min(near, key=lambda w: abs(w - 0.5))
        self.oof_proba_ = _blend(self.supervised_.oof_proba_, oof, self.weight_)
        self.threshold_strategy_ = self._threshold_strategy(self.oof_proba_, labels)
        self.thresholds_ = self._choose_thresholds(self.oof_proba_, labels)
        self.cv_scores_ = self._cross_fitted_scores(self.oof_proba_, labels)
        self.finetuned_ = self._new_finetuned().fit(texts, labels, questions)
        return self

    def _new_finetuned(self) -> FineTunedCoder:
        params = self.finetuned.get_params() if self.finetuned is not None else {"random_state": self.random_state}
        return FineTunedCoder(**{**params, "theme_ids": self.theme_ids_})

    def predict_proba(
        self, texts: Sequence[str], embedded: np.ndarray | None = None, questions: Sequence[str] | None = None
    ) -> np.ndarray:
        """The blended probability of each theme, (n_texts, n_themes)."""
        supervised = self.supervised_.predict_proba(texts, embedded=embedded, questions=questions)
        return _blend(supervised, self.finetuned_.predict_proba(texts, questions), self.weight_)

    def predict(
        self, texts: Sequence[str], embedded: np.ndarray | None = None, questions: Sequence[str] | None = None
    ) -> np.ndarray:
        """Bool matrix (n_texts, n_themes): blended probability at or above the theme's threshold."""
        return self.predict_proba(texts, embedded, questions) >= self.thresholds_

    def code(self, answers: pd.DataFrame) -> pd.DataFrame:
        """Code cleaned answers as ``SupervisedCoder.code`` does (bool theme columns + ``evidence``)."""
        return code_by_thresholds(self, answers)

    @property
    def uses_questions(self) -> bool:
        """Whether either model reads the question of each answer (the fitted models', else the templates')."""
        supervised = getattr(self, "supervised_", self.supervised)
        finetuned = getattr(self, "finetuned_", self.finetuned)
        return bool(supervised is not None and supervised.uses_questions) or bool(
            finetuned is not None and finetuned.use_questions)

    def answer_questions(self, answers: pd.DataFrame) -> list[str] | None:
        """The ``question`` column of ``answers`` when either model reads questions (None otherwise)."""
        return question_column(answers) if self.uses_questions else None

    def codes_frame(
        self, index: pd.Index, texts: Sequence[str], decided: np.ndarray, proba: np.ndarray, source: str = "blended",
        questions: Sequence[str] | None = None,
    ) -> pd.DataFrame:
        """A codes frame from decisions and probabilities (``SupervisedCoder.codes_frame``: its best sentence is
        the evidence)."""
        return self.supervised_.codes_frame(index, texts, decided, proba, source=source, questions=questions)

    # --- storage ----------------------------------------------------------------------------------

    def to_arrays(self, prefix: str = "") -> dict[str, np.ndarray]:
        """Both fitted models' arrays and the thresholds, named ``prefix`` + part (for ``model_store``)."""
        arrays = self.supervised_.to_arrays(prefix=prefix + SUPERVISED_PREFIX)
        arrays.update(self.finetuned_.to_arrays(prefix=prefix + FINETUNED_PREFIX))
        arrays[f"{prefix}thresholds"] = self.thresholds_.astype(np.float64)
        return arrays

    def meta(self) -> dict[str, Any]:
        """Both models' parameters, the blend weight, the thresholds' strategy and the CV scores, as plain JSON."""
        return {
            "supervised": self.supervised_.meta(),
            "finetuned": self.finetuned_.meta(),
            "params": {"finetune_folds": self.finetune_folds, "weights": [float(w) for w in self.weights],
                       "threshold": self.threshold, "min_positives_per_theme": self.min_positives_per_theme,
                       "random_state": self.random_state},
            "weight": self.weight_,
            "threshold_strategy": self.threshold_strategy_,
            "cv_scores": self.cv_scores_.to_dict(orient="records"),
        }

    @classmethod
    def from_stored(cls, stored: StoredModel, meta: dict[str, Any] | None = None, prefix: str = "") -> BlendedCoder:
        """Rebuild a fitted coder from a loaded model file (or the blended part of one, under ``prefix``)."""
        from splw_text.errors import InputError

        meta = meta if meta is not None else stored.meta
        try:
            coder = cls(**meta["params"])
            coder.supervised_ = SupervisedCoder.from_stored(stored, meta["supervised"], prefix + SUPERVISED_PREFIX)
            coder.finetuned_ = FineTunedCoder.from_stored(stored, meta["finetuned"], prefix + FINETUNED_PREFIX)
            coder.weight_ = float(meta["weight"])
            coder.threshold_strategy_ = meta["threshold_strategy"]
            coder.cv_scores_ = pd.DataFrame(meta.get("cv_scores", []))
        except (KeyError, TypeError, ValueError) as error:
            raise InputError(f"{stored.source}: damaged blended model ({error})") from None
        coder.theme_ids_ = list(stored.theme_ids)
        coder.thresholds_ = stored.array(f"{prefix}thresholds")
        if coder.thresholds_.shape != (len(coder.theme_ids_),):
            raise InputError(f"{stored.source}: damaged blended model (thresholds do not match its themes)")
        return coder



def _blend(supervised: np.ndarray, finetuned: np.ndarray, weight: float) -> np.ndarray:
    return np.asarray((1.0 - weight) * supervised + weight * finetuned, dtype=np.float64)
