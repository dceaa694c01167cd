"""HybridCoder: rule evidence and model probability combined by a small learned (stacked) model.

For every answer and theme the stacker sees the rule coder's decision ``r`` (0/1), the supervised coder's
log-odds ``z`` and ``r * z``. It is one logistic regression pooled over all themes (four numbers: with 150
respondents, per-theme weights were measured to overfit), and its decision threshold is chosen by
cross-validation. It is trained on out-of-fold model probabilities, so it learns how far to trust the model
on answers the model has not seen: when a rule hit can be overruled, and when the model alone can add a theme.

``fit(answers, labels)`` takes cleaned answers (``text_clean``) and a bool label matrix / DataFrame;
``code(answers)`` returns bool theme columns + ``evidence``: the rule evidence of the themes the rules found
and the hybrid kept, and the model's best sentence for the themes the model added.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from splw_text.coding.model_store import StoredModel, load_model, save_model
from splw_text.coding.supervised import (
    SupervisedCoder,
    _answer_texts,
    _best_threshold,
    _label_matrix,
    score_table,
)
from splw_text.errors import InputError

KIND = "hybrid"
SUPERVISED_PREFIX = "supervised."
_LOGIT_CLIP = 6.0


class HybridCoder:
    """Rules + supervised model, combined by a pooled logistic stacker (see module docstring).

    ``rules`` is a fitted rule coder (anything with ``code(answers)`` returning bool theme columns + evidence,
    e.g. ``RuleCoder``); ``supervised`` an unfitted ``SupervisedCoder`` (a default one when None); ``C`` the
    stacker's regularisation; ``cv_folds`` and ``random_state`` its cross-validation.
    """

    def __init__(
        self,
        rules: Any = None,
        supervised: SupervisedCoder | None = None,
        C: float = 1.0,
        cv_folds: int = 5,
        random_state: int = 0,
    ) -> None:
        self.rules = rules
        self.supervised = supervised
        self.C = C
        self.cv_folds = cv_folds
        self.random_state = random_state

    # --- fitting ----------------------------------------------------------------------------------

    def fit(
        self, answers: pd.DataFrame, y: Any, rule_hits: np.ndarray | None = None, embedded: np.ndarray | None = None
    ) -> HybridCoder:
        """Learn from cleaned ``answers`` and their labels ``y`` (theme columns in the rule coder's order).

        ``rule_hits`` passes the rule coder's bool matrix for ``answers`` when it was computed beforehand, and
        ``embedded`` the answers' sentence embeddings when the supervised coder uses them.
        """
        theme_ids = list(self.rules.theme_ids) if self.rules is not None else None
        self.theme_ids_, labels = _label_matrix(y, theme_ids)
        texts = _answer_texts(answers)
        hits = self._rule_hits(answers) if rule_hits is None else np.asarray(rule_hits, dtype=bool)
        model = self.supervised if self.supervised is not None else SupervisedCoder(random_state=self.random_state)
        self.supervised_ = model.fit(texts, _as_frame(labels, self.theme_ids_), embedded=embedded)
        oof_proba = self.supervised_.oof_proba_
        stacked = np.zeros(labels.shape)
        folds = _folds(len(texts), self.cv_folds, self.random_state)
        for held_out in folds:
            train = np.setdiff1d(np.arange(len(texts)), held_out)
            weights, intercept = _fit_stacker(hits[train], oof_proba[train], labels[train], self.C)
            stacked[held_out] = _stack_proba(hits[held_out], oof_proba[held_out], weights, intercept)
        self.threshold_ = _best_threshold(stacked.ravel(), labels.ravel())
        predicted = np.zeros(labels.shape, dtype=bool)
        for held_out in folds:
            others = np.setdiff1d(np.arange(len(texts)), held_out)
            predicted[held_out] = stacked[held_out] >= _best_threshold(stacked[others].ravel(), labels[others].ravel())
        self.cv_scores_ = score_table(labels, predicted, self.theme_ids_)
        self.rules_cv_scores_ = score_table(labels, hits, self.theme_ids_)
        self.weights_, self.intercept_ = _fit_stacker(hits, oof_proba, labels, self.C)
        return self

    def _rule_hits(self, answers: pd.DataFrame) -> np.ndarray:
        if self.rules is None:
            raise ValueError("HybridCoder needs a rule coder (rules=RuleCoder(codebook))")
        codes = self.rules.code(answers)
        return codes[list(self.rules.theme_ids)].to_numpy(dtype=bool)

    # --- prediction -------------------------------------------------------------------------------

    def predict_proba(
        self, answers: pd.DataFrame, rule_hits: np.ndarray | None = None, embedded: np.ndarray | None = None
    ) -> np.ndarray:
        """Combined probability of each theme, (n_answers, n_themes)."""
        hits = self._rule_hits(answers) if rule_hits is None else np.asarray(rule_hits, dtype=bool)
        proba = self.supervised_.predict_proba(_answer_texts(answers), embedded=embedded)
        return self.combine(hits, proba)

    def predict(
        self, answers: pd.DataFrame, rule_hits: np.ndarray | None = None, embedded: np.ndarray | None = None
    ) -> np.ndarray:
        """Bool matrix (n_answers, n_themes)."""
        return self.predict_proba(answers, rule_hits, embedded) >= self.threshold_

    def combine(self, rule_hits: np.ndarray, model_proba: np.ndarray) -> np.ndarray:
        """The stacker's probability from rule decisions and model probabilities (both n_answers x n_themes)."""
        return _stack_proba(np.asarray(rule_hits, dtype=bool), model_proba, self.weights_, self.intercept_)

    def code(self, answers: pd.DataFrame) -> pd.DataFrame:
        """Code cleaned answers: bool theme columns + ``evidence`` (non-responses get no theme)."""
        texts = _answer_texts(answers)
        rule_codes = self.rules.code(answers)
        hits = rule_codes[self.theme_ids_].to_numpy(dtype=bool)
        model_proba = self.supervised_.predict_proba(texts) if texts else np.zeros((0, len(self.theme_ids_)))
        combined = _stack_proba(hits, model_proba, self.weights_, self.intercept_)
        decided = combined >= self.threshold_
        if "non_response" in answers.columns:
            decided &= ~answers["non_response"].to_numpy(dtype=bool)[:, None]
        added = decided & ~hits
        model_codes = self.supervised_.codes_frame(answers.index, texts, added, combined, source="hybrid")
        evidence = []
        for position in range(len(texts)):
            kept = {self.theme_ids_[j] for j in np.flatnonzero(decided[position])}
            rule_evidence: list[Any] = rule_codes["evidence"].iat[position]
            model_evidence: list[Any] = model_codes["evidence"].iat[position]  # type: ignore[assignment]
            from_rules = [e for e in rule_evidence if e.theme in kept]
            from_model = list(model_evidence)
            order = {theme: n for n, theme in enumerate(self.theme_ids_)}
            evidence.append(sorted(from_rules + from_model, key=lambda e: (order[e.theme], e.start)))
        codes = pd.DataFrame(decided, index=answers.index, columns=self.theme_ids_).astype(bool)
        codes["evidence"] = pd.Series(evidence, index=answers.index, dtype=object)
        return codes

    # --- storage ----------------------------------------------------------------------------------

    def save(self, path: Path | str, codebook_version: str, inputs: Sequence[Path | str] = ()) -> Path:
        """Write the fitted hybrid (its supervised model, stacker and threshold) to ``path`` (no pickle)."""
        arrays = self.supervised_.to_arrays(prefix=SUPERVISED_PREFIX)
        arrays["stacker_weights"] = self.weights_
        arrays["stacker_intercept"] = self.intercept_
        meta = {
            "supervised": self.supervised_.meta(),
            "params": {"C": self.C, "cv_folds": self.cv_folds, "random_state": self.random_state},
            "threshold": self.threshold_,
            "cv_scores": self.cv_scores_.to_dict(orient="records"),
            "rules_cv_scores": self.rules_cv_scores_.to_dict(orient="records"),
        }
        return save_model(path, KIND, codebook_version, self.theme_ids_, meta, arrays, inputs)

    @classmethod
    def from_stored(cls, stored: StoredModel, rules: Any) -> HybridCoder:
        """Rebuild a fitted hybrid from a loaded model file and a rule coder for the same codebook."""
        try:
            coder = cls(rules=rules, **stored.meta["params"])
            coder.supervised_ = SupervisedCoder.from_stored(stored, stored.meta["supervised"], SUPERVISED_PREFIX)
            coder.threshold_ = float(stored.meta["threshold"])
            coder.cv_scores_ = pd.DataFrame(stored.meta.get("cv_scores", []))
            coder.rules_cv_scores_ = pd.DataFrame(stored.meta.get("rules_cv_scores", []))
        except (KeyError, TypeError, ValueError) as error:
            raise InputError(f"{stored.source}: damaged hybrid model ({error})") from None
        coder.weights_ = stored.array("stacker_weights")
        coder.intercept_ = stored.array("stacker_intercept")
        coder.theme_ids_ = list(stored.theme_ids)
        k = len(coder.theme_ids_)
        if coder.weights_.shape != (3,) or coder.intercept_.shape != (1,) or not k:
            raise InputError(f"{stored.source}: damaged hybrid model (stacker shapes do not match its themes)")
        return coder


def load_coder(path: Path | str, codebook: Any, coder: str, rules: Any = None) -> Any:
    """Load the coder ``coder`` ("supervised" or "hybrid") from a model file written by ``splw-text train``.

    A hybrid model file also serves ``supervised`` (its model part). The file must have been trained with
    ``codebook`` (same version and themes). ``rules`` is the rule coder a hybrid uses (built when None).
    """
    stored = load_model(path)
    if stored.kind not in ("supervised", KIND):
        raise InputError(f"{path}: a {stored.kind!r} model cannot code answers")
    stored.check_codebook(str(codebook.version), codebook.theme_ids)
    if coder == "supervised":
        if stored.kind == "supervised":
            return SupervisedCoder.from_stored(stored)
        return SupervisedCoder.from_stored(stored, stored.meta.get("supervised"), SUPERVISED_PREFIX)
    if coder == "hybrid":
        if stored.kind != KIND:
            raise InputError(f"{path}: a supervised-only model; train a hybrid one with 'splw-text train'")
        if rules is None:
            from splw_text.coding.rules import RuleCoder

            rules = RuleCoder(codebook)
        return HybridCoder.from_stored(stored, rules)
    raise InputError(f"--coder: unknown coder {coder!r}; choose rules, supervised or hybrid")


# --- the stacker --------------------------------------------------------------------------------------


def stack_features(hits: np.ndarray, proba: np.ndarray) -> np.ndarray:
    """One row per (answer, theme), answers-major: [r, z, r * z] (z: model log-odds clipped to +-6, scaled)."""
    r = hits.astype(float).ravel()
    clipped = np.clip(proba, 1e-6, 1 - 1e-6)
    z = np.clip(np.log(clipped / (1 - clipped)), -_LOGIT_CLIP, _LOGIT_CLIP).ravel() / _LOGIT_CLIP
    return np.column_stack([r, z, r * z])


def _fit_stacker(hits: np.ndarray, proba: np.ndarray, labels: np.ndarray, C: float) -> tuple[np.ndarray, np.ndarray]:
    """Fit the pooled logistic stacker; return (weights of [r, z, r*z], intercept as a 1-element array)."""
    from sklearn.linear_model import LogisticRegression

    target = labels.astype(bool).ravel()
    if target.all() or not target.any():
        return np.zeros(3), np.array([20.0 if target.all() else -20.0])
    model = LogisticRegression(C=C, max_iter=2000).fit(stack_features(hits, proba), target)
    return model.coef_[0].astype(np.float64), model.intercept_.astype(np.float64)


def _stack_proba(hits: np.ndarray, proba: np.ndarray, weights: np.ndarray, intercept: np.ndarray) -> np.ndarray:
    n, k = hits.shape
    if n == 0:
        return np.zeros((0, k))
    z = stack_features(hits, proba) @ weights + intercept[0]
    return (1.0 / (1.0 + np.exp(-np.clip(z, -50, 50)))).reshape(n, k)


def _folds(n: int, folds: int, seed: int) -> list[np.ndarray]:
    order = np.random.default_rng(seed + 1).permutation(n)
    return [np.sort(part) for part in np.array_split(order, max(2, min(folds, n)))]


def _as_frame(labels: np.ndarray, theme_ids: list[str]) -> pd.DataFrame:
    return pd.DataFrame(labels, columns=theme_ids)
