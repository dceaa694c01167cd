"""HybridCoder: the rule coder's decisions, with a learnt combiner that may add or remove a theme.

The rules decide first. For every answer and theme a small pooled logistic combiner (one set of weights for all
themes: with a few hundred answers per-theme weights overfit) sees the rule evidence and the supervised model's
probability (``FEATURES``): the rule decision, how many distinct rules found the theme, whether a rule mention
of the theme was found but dropped (negation, polarity, an exclusion), whether the rules found any theme in the
answer at all, the model's log-odds and whether the theme is the model's first choice for the answer. It is
trained on out-of-fold model probabilities, so it sees the model's scores on answers the model was not fitted on.

The combiner's probability ``q`` changes the rules' decision only past two thresholds chosen by cross-fitted
CV on the training answers: a theme the rules did not give is added when ``q >= add_threshold_``, a rule theme
is removed when ``q < remove_threshold_``. Either change is switched off (``add_threshold_`` above 1,
``remove_threshold_`` 0) unless it raised the cross-validated micro-F1 above the rules' own; among equally good
thresholds the more conservative one wins. So with rules that are already right on the training answers the
hybrid codes exactly as the rules do.

``rule_dropout`` (default 0) makes the rules look as they do on writing they were not built for: the combiner is
also trained on copies of the answers in which that share of the rules (by rule id) is switched off, so it
learns how far to trust a confident model where the rules are silent. It encodes an assumption about unseen
text (rules written with the training answers in view are flattered by them), so it is off unless asked for.

``fit(answers, labels)`` takes cleaned answers (``text_clean``) and a bool label matrix / DataFrame;
``code(answers)`` returns bool theme columns + ``evidence``: the rule evidence of the rule themes kept and the
model's best sentence for the themes the combiner added.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from splw_text.coding.blended import BlendedCoder
from splw_text.coding.model_store import StoredModel, load_model, save_model
from splw_text.coding.supervised import (
    SupervisedCoder,
    _answer_texts,
    _f1,
    _label_matrix,
    score_table,
    without_non_responses,
)
from splw_text.errors import InputError

KIND = "hybrid"
SUPERVISED_PREFIX = "supervised."
#: the model inside a hybrid: the n-gram coder, or that coder blended with a fine-tuned encoder
Model = SupervisedCoder | BlendedCoder
FEATURES = (
    "rule",  # the rules gave the theme
    "rule_extra",  # the rules gave it through more than one distinct rule (0, 1/3, 2/3, 1 for 1, 2, 3, 4+ rules)
    "dropped",  # no rule theme, but a mention of it was dropped (negation, polarity, exclusion)
    "empty",  # no rule theme, and the rules found no theme in the whole answer
    "z",  # the model's log-odds, clipped to +-6 and scaled to +-1
    "rule_z",  # rule * z
    "empty_z",  # empty * z
    "top",  # no rule theme, and it is the model's most probable theme for the answer
)
_LOGIT_CLIP = 6.0
_ADD_GRID = (1.01, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5)  # 1.01: never add
_REMOVE_GRID = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)  # 0.0: never remove
_DROPOUT_ROUNDS = 4


@dataclass(frozen=True)
class RuleEvidence:
    """What the rules found, per (answer, theme): the decision, distinct rules kept, a mention dropped."""

    hits: np.ndarray  # bool (n, k)
    rules: np.ndarray  # int (n, k): distinct rule ids among the kept mentions
    dropped: np.ndarray  # bool (n, k): a mention of the theme was found and dropped

    @classmethod
    def from_hits(cls, hits: np.ndarray) -> RuleEvidence:
        """Evidence known only by its decisions: one rule per theme given, nothing dropped."""
        hits = np.asarray(hits, dtype=bool)
        return cls(hits, hits.astype(int), np.zeros(hits.shape, dtype=bool))

    @classmethod
    def of(cls, given: np.ndarray | RuleEvidence) -> RuleEvidence:
        """``given`` itself when it is rule evidence, else the evidence of bare bool decisions."""
        return given if isinstance(given, RuleEvidence) else cls.from_hits(given)

    def take(self, rows: np.ndarray) -> RuleEvidence:
        """The evidence of the answers at ``rows``."""
        return RuleEvidence(self.hits[rows], self.rules[rows], self.dropped[rows])


def rule_evidence(rules: Any, answers: pd.DataFrame, codes: pd.DataFrame | None = None) -> RuleEvidence:
    """The rule evidence of ``answers``: decisions and evidence from ``rules.code``, dropped mentions from
    ``rules.dropped_themes`` (or ``rules.explain``). ``codes`` passes ``rules.code(answers)`` when already run."""
    theme_ids = list(rules.theme_ids)
    codes = rules.code(answers) if codes is None else codes
    hits = codes[theme_ids].to_numpy(dtype=bool)
    column = {theme: j for j, theme in enumerate(theme_ids)}
    distinct = np.zeros(hits.shape, dtype=int)
    dropped = np.zeros(hits.shape, dtype=bool)
    skip = answers["non_response"].fillna(False).to_numpy(dtype=bool) if "non_response" in answers else None
    texts = ["" if skip is not None and skip[i] else text for i, text in enumerate(_answer_texts(answers))]
    dropped_by_answer = _dropped_themes(rules, texts)
    for i, found in enumerate(codes["evidence"]):
        by_theme: dict[str, set[str]] = {}
        for item in found:
            by_theme.setdefault(item.theme, set()).add(item.rule)
        for theme, ids in by_theme.items():
            if theme in column:
                distinct[i, column[theme]] = len(ids)
        for theme in dropped_by_answer[i]:
            if theme in column:
                dropped[i, column[theme]] = True
    distinct = np.where(hits, np.maximum(distinct, 1), 0)
    return RuleEvidence(hits, distinct, dropped & ~hits)


def _dropped_themes(rules: Any, texts: list[str]) -> list[frozenset[str]]:
    """Per text, the themes whose rule mentions were found and dropped: from ``rules.dropped_themes`` (which
    reuses what ``code`` already did), else from ``rules.explain``, else none."""
    if hasattr(rules, "dropped_themes"):
        found: list[frozenset[str]] = rules.dropped_themes(texts)
        return found
    explain = getattr(rules, "explain", None)
    if explain is None:
        return [frozenset()] * len(texts)
    return [
        frozenset(trace.theme for trace in explain(text) if not trace.kept) if text.strip() else frozenset()
        for text in texts
    ]


def combiner_features(evidence: RuleEvidence, proba: np.ndarray) -> np.ndarray:
    """One row per (answer, theme), answers-major, one column per name in ``FEATURES``."""
    hits = evidence.hits.astype(float)
    n, k = hits.shape
    if n == 0:
        return np.zeros((0, len(FEATURES)))
    missing = 1.0 - hits
    empty = missing * (~evidence.hits.any(axis=1, keepdims=True))
    clipped = np.clip(proba, 1e-6, 1 - 1e-6)
    z = np.clip(np.log(clipped / (1 - clipped)), -_LOGIT_CLIP, _LOGIT_CLIP) / _LOGIT_CLIP
    top = np.zeros((n, k))
    top[np.arange(n), np.argmax(proba, axis=1)] = 1.0
    columns = [
        hits,
        hits * np.clip(evidence.rules - 1, 0, 3) / 3.0,
        missing * evidence.dropped,
        empty,
        z,
        hits * z,
        empty * z,
        missing * top,
    ]
    return np.column_stack([column.ravel() for column in columns])


def decide(hits: np.ndarray, combined: np.ndarray, add_threshold: float, remove_threshold: float) -> np.ndarray:
    """The hybrid's decisions: rule themes kept unless ``combined < remove_threshold``, others added at
    ``combined >= add_threshold``."""
    hits = np.asarray(hits, dtype=bool)
    return np.where(hits, combined >= remove_threshold, combined >= add_threshold)


class HybridCoder:
    """Rules + supervised model, combined by a pooled logistic combiner (see the module docstring).

    ``rules`` is a rule coder (anything with ``theme_ids`` and ``code(answers)`` returning bool theme columns +
    evidence, and optionally ``explain(text)``, e.g. ``RuleCoder``); ``supervised`` the unfitted
    model: a ``SupervisedCoder`` (a default one when None) or a ``BlendedCoder``; ``C`` the combiner's
    regularisation; ``rule_dropout`` the share of rules switched off in the extra training copies (0: none);
    ``cv_folds`` and ``random_state`` its CV.
    """

    def __init__(
        self,
        rules: Any = None,
        supervised: Model | None = None,
        C: float = 1.0,
        rule_dropout: float = 0.0,
        cv_folds: int = 5,
        random_state: int = 0,
    ) -> None:
        self.rules = rules
        self.supervised = supervised
        self.C = C
        self.rule_dropout = rule_dropout
        self.cv_folds = cv_folds
        self.random_state = random_state

    # --- fitting ----------------------------------------------------------------------------------

    def fit(
        self,
        answers: pd.DataFrame,
        y: Any,
        rule_hits: np.ndarray | RuleEvidence | None = None,
        embedded: np.ndarray | None = None,
        rule_traces: Sequence[Sequence[tuple[str, str]]] | None = None,
    ) -> HybridCoder:
        """Learn from cleaned ``answers`` and their labels ``y`` (theme columns in the rule coder's order).

        ``rule_hits`` passes the rule evidence (or bare bool decisions) of ``answers`` when computed beforehand;
        ``embedded`` the answers' sentence embeddings when the supervised coder uses them; ``rule_traces`` the
        (theme, rule id) of each answer's kept rule mentions, needed by ``rule_dropout`` (taken from the rule
        coder's evidence when None).
        """
        theme_ids = list(self.rules.theme_ids) if self.rules is not None else None
        self.theme_ids_, labels = _label_matrix(y, theme_ids)
        texts = _answer_texts(answers)
        codes = None
        if rule_hits is None or (self.rule_dropout > 0 and rule_traces is None):
            codes = self._rule_codes(answers)
        evidence = self._evidence(answers, rule_hits, codes)
        if self.rule_dropout > 0 and rule_traces is None:
            assert codes is not None
            rule_traces = [[(e.theme, e.rule) for e in found] for found in codes["evidence"]]
        model: Model = (
            self.supervised if self.supervised is not None else SupervisedCoder(random_state=self.random_state)
        )
        questions = model.answer_questions(answers)
        self.supervised_ = model.fit(texts, _as_frame(labels, self.theme_ids_), embedded=embedded, questions=questions)
        oof_proba = self.supervised_.oof_proba_
        views = [evidence]
        if self.rule_dropout > 0 and rule_traces is not None:
            views += _dropout_views(evidence, rule_traces, self.theme_ids_, self.rule_dropout, self.random_state)
        folds = _folds(len(texts), self.cv_folds, self.random_state)
        stacked = [np.zeros(labels.shape) for _ in views]
        for held_out in folds:
            train = np.setdiff1d(np.arange(len(texts)), held_out)
            weights, intercept = _fit_combiner([v.take(train) for v in views], oof_proba[train], labels[train], self.C)
            for view, out in zip(views, stacked, strict=True):
                out[held_out] = _combine(view.take(held_out), oof_proba[held_out], weights, intercept)
        all_hits = np.concatenate([v.hits for v in views])
        all_stacked = np.concatenate(stacked)
        all_labels = np.concatenate([labels] * len(views))
        self.add_threshold_, self.remove_threshold_ = _choose_thresholds(all_hits, all_stacked, all_labels)
        predicted = np.zeros(labels.shape, dtype=bool)
        n = len(texts)
        for held_out in folds:
            others = np.concatenate([np.setdiff1d(np.arange(n), held_out) + n * v for v in range(len(views))])
            add, remove = _choose_thresholds(all_hits[others], all_stacked[others], all_labels[others])
            predicted[held_out] = decide(evidence.hits[held_out], stacked[0][held_out], add, remove)
        self.cv_scores_ = score_table(labels, predicted, self.theme_ids_)
        self.rules_cv_scores_ = score_table(labels, evidence.hits, self.theme_ids_)
        self.weights_, self.intercept_ = _fit_combiner(views, oof_proba, labels, self.C)
        return self

    def _rule_codes(self, answers: pd.DataFrame) -> pd.DataFrame:
        if self.rules is None:
            raise ValueError("HybridCoder needs a rule coder (rules=RuleCoder(codebook))")
        codes: pd.DataFrame = self.rules.code(answers)
        return codes

    def _evidence(
        self, answers: pd.DataFrame, given: np.ndarray | RuleEvidence | None, codes: pd.DataFrame | None = None
    ) -> RuleEvidence:
        if given is not None:
            return RuleEvidence.of(given)
        return rule_evidence(self.rules, answers, codes if codes is not None else self._rule_codes(answers))

    # --- prediction -------------------------------------------------------------------------------

    def predict_proba(
        self, answers: pd.DataFrame, rule_hits: np.ndarray | RuleEvidence | None = None,
        embedded: np.ndarray | None = None,
    ) -> np.ndarray:
        """The combiner's probability of each theme, (n_answers, n_themes)."""
        evidence = self._evidence(answers, rule_hits)
        proba = self._model_proba(answers, embedded)
        return self.combine(evidence, proba)

    def predict(
        self, answers: pd.DataFrame, rule_hits: np.ndarray | RuleEvidence | None = None,
        embedded: np.ndarray | None = None,
    ) -> np.ndarray:
        """Bool matrix (n_answers, n_themes): the rules' decisions, changed where the combiner is sure."""
        evidence = self._evidence(answers, rule_hits)
        proba = self._model_proba(answers, embedded)
        return self.decide(evidence, proba)

    def _model_proba(self, answers: pd.DataFrame, embedded: np.ndarray | None = None) -> np.ndarray:
        """The supervised model's probabilities for ``answers`` (given their questions when it reads them)."""
        texts = _answer_texts(answers)
        if not texts:
            return np.zeros((0, len(self.theme_ids_)))
        questions = self.supervised_.answer_questions(answers)
        return self.supervised_.predict_proba(texts, embedded=embedded, questions=questions)

    def combine(self, rule_hits: np.ndarray | RuleEvidence, model_proba: np.ndarray) -> np.ndarray:
        """The combiner's probability from the rule evidence (or bare decisions) and the model's probabilities."""
        return _combine(RuleEvidence.of(rule_hits), model_proba, self.weights_, self.intercept_)

    def decide(self, rule_hits: np.ndarray | RuleEvidence, model_proba: np.ndarray) -> np.ndarray:
        """The hybrid's bool decisions from the rule evidence (or bare decisions) and the model's probabilities."""
        evidence = RuleEvidence.of(rule_hits)
        return decide(evidence.hits, self.combine(evidence, model_proba), self.add_threshold_, self.remove_threshold_)

    def code(self, answers: pd.DataFrame) -> pd.DataFrame:
        """Code cleaned answers: bool theme columns + ``evidence`` (non-responses get no theme)."""
        texts = _answer_texts(answers)
        rule_codes = self._rule_codes(answers)
        evidence = rule_evidence(self.rules, answers, rule_codes) if texts else RuleEvidence.from_hits(
            np.zeros((0, len(self.theme_ids_)), dtype=bool))
        model_proba = self._model_proba(answers)
        combined = self.combine(evidence, model_proba)
        decided = without_non_responses(decide(evidence.hits, combined, self.add_threshold_, self.remove_threshold_),
                                         answers)
        added = decided & ~evidence.hits
        model_codes = self.supervised_.codes_frame(answers.index, texts, added, combined, source="hybrid",
                                                   questions=self.supervised_.answer_questions(answers))
        order = {theme: n for n, theme in enumerate(self.theme_ids_)}
        rule_found: list[list[Any]] = rule_codes["evidence"].tolist()
        model_found: list[list[Any]] = model_codes["evidence"].tolist()
        found = []
        for position in range(len(texts)):
            kept = {self.theme_ids_[j] for j in np.flatnonzero(decided[position])}
            from_rules = [e for e in rule_found[position] if e.theme in kept]
            found.append(sorted(from_rules + model_found[position], key=lambda e: (order[e.theme], e.start)))
        codes = pd.DataFrame(decided, index=answers.index, columns=self.theme_ids_).astype(bool)
        codes["evidence"] = pd.Series(found, index=answers.index, dtype=object)
        return codes

    # --- storage ----------------------------------------------------------------------------------

    def save(self, path: Path | str, codebook_version: str, inputs: Sequence[Path | str] = ()) -> Path:
        """Write the fitted hybrid (its supervised model, combiner and thresholds) to ``path`` (no pickle)."""
        arrays = self.supervised_.to_arrays(prefix=SUPERVISED_PREFIX)
        arrays["combiner_weights"] = self.weights_
        arrays["combiner_intercept"] = self.intercept_
        meta = {
            "model": type(self.supervised_).__name__,
            "supervised": self.supervised_.meta(),
            "params": {"C": self.C, "rule_dropout": self.rule_dropout, "cv_folds": self.cv_folds,
                       "random_state": self.random_state},
            "features": list(FEATURES),
            "add_threshold": self.add_threshold_,
            "remove_threshold": self.remove_threshold_,
            "cv_scores": self.cv_scores_.to_dict(orient="records"),
            "rules_cv_scores": self.rules_cv_scores_.to_dict(orient="records"),
        }
        return save_model(path, KIND, codebook_version, self.theme_ids_, meta, arrays, inputs)

    @classmethod
    def from_stored(cls, stored: StoredModel, rules: Any) -> HybridCoder:
        """Rebuild a fitted hybrid from a loaded model file and a rule coder for the same codebook."""
        if stored.meta.get("features") != list(FEATURES):
            raise InputError(f"{stored.source}: a hybrid model from an older splw-text (other combiner features); "
                             "retrain it with 'splw-text train'")
        try:
            coder = cls(rules=rules, **stored.meta["params"])
            coder.supervised_ = model_part(stored)
            coder.add_threshold_ = float(stored.meta["add_threshold"])
            coder.remove_threshold_ = float(stored.meta["remove_threshold"])
            coder.cv_scores_ = pd.DataFrame(stored.meta.get("cv_scores", []))
            coder.rules_cv_scores_ = pd.DataFrame(stored.meta.get("rules_cv_scores", []))
        except (KeyError, TypeError, ValueError) as error:
            raise InputError(f"{stored.source}: damaged hybrid model ({error})") from None
        coder.weights_ = stored.array("combiner_weights")
        coder.intercept_ = stored.array("combiner_intercept")
        coder.theme_ids_ = list(stored.theme_ids)
        if coder.weights_.shape != (len(FEATURES),) or coder.intercept_.shape != (1,) or not coder.theme_ids_:
            raise InputError(f"{stored.source}: damaged hybrid model (combiner shapes do not match its features)")
        return coder


def load_coder(path: Path | str, codebook: Any, coder: str, rules: Any = None) -> Any:
    """Load the coder ``coder`` ("supervised" or "hybrid") from a model file written by ``splw-text train``.

    A hybrid model file also serves ``supervised`` (its model part: a ``SupervisedCoder`` or a ``BlendedCoder``),
    as does a blended model file. The file must have been trained with ``codebook`` (same version and themes).
    ``rules`` is the rule coder a hybrid uses (built when None).
    """
    stored = load_model(path)
    if stored.kind not in ("supervised", "blended", KIND):
        raise InputError(f"{path}: a {stored.kind!r} model cannot code answers")
    stored.check_codebook(str(codebook.version), codebook.theme_ids)
    if coder == "supervised":
        if stored.kind == "supervised":
            return SupervisedCoder.from_stored(stored)
        if stored.kind == "blended":
            return BlendedCoder.from_stored(stored)
        return model_part(stored)
    if coder == "hybrid":
        if stored.kind != KIND:
            raise InputError(f"{path}: a model without the hybrid's combiner; train one with 'splw-text train'")
        if rules is None:
            from splw_text.coding.rules import RuleCoder

            rules = RuleCoder(codebook)
        return HybridCoder.from_stored(stored, rules)
    raise InputError(f"--coder: unknown coder {coder!r}; choose rules, supervised or hybrid")


def model_part(stored: StoredModel) -> Model:
    """The model inside a stored hybrid (``SupervisedCoder`` or ``BlendedCoder``, as its header says)."""
    name = stored.meta.get("model", SupervisedCoder.__name__)
    if name == BlendedCoder.__name__:
        return BlendedCoder.from_stored(stored, stored.meta.get("supervised"), SUPERVISED_PREFIX)
    if name == SupervisedCoder.__name__:
        return SupervisedCoder.from_stored(stored, stored.meta.get("supervised"), SUPERVISED_PREFIX)
    raise InputError(f"{stored.source}: a hybrid with an unknown model {name!r} (from a newer splw-text?)")


# --- the combiner -------------------------------------------------------------------------------------


def _fit_combiner(
    views: Sequence[RuleEvidence], proba: np.ndarray, labels: np.ndarray, C: float
) -> tuple[np.ndarray, np.ndarray]:
    """Fit the pooled logistic combiner on every view of the rules; return (weights, intercept as 1 element)."""
    from sklearn.linear_model import LogisticRegression

    features = np.concatenate([combiner_features(view, proba) for view in views])
    target = np.concatenate([labels.astype(bool).ravel()] * len(views))
    if target.all() or not target.any():
        return np.zeros(len(FEATURES)), np.array([20.0 if target.all() else -20.0])
    model = LogisticRegression(C=C, max_iter=5000).fit(features, target)
    return model.coef_[0].astype(np.float64), model.intercept_.astype(np.float64)


def _combine(evidence: RuleEvidence, proba: np.ndarray, weights: np.ndarray, intercept: np.ndarray) -> np.ndarray:
    n, k = evidence.hits.shape
    if n == 0:
        return np.zeros((0, k))
    z = combiner_features(evidence, proba) @ weights + intercept[0]
    return (1.0 / (1.0 + np.exp(-np.clip(z, -50, 50)))).reshape(n, k)


def _choose_thresholds(hits: np.ndarray, combined: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
    """(add, remove) thresholds maximising micro-F1; a change must beat the rules alone, ties go to fewer changes."""
    labels = labels.astype(bool)
    hits = hits.astype(bool)
    best = (_f1(labels, hits), _ADD_GRID[0], _REMOVE_GRID[0])
    for add in _ADD_GRID:
        for remove in _REMOVE_GRID:
            f1 = _f1(labels, decide(hits, combined, add, remove))
            if f1 > best[0] + 1e-9:
                best = (f1, add, remove)
    return best[1], best[2]


def _dropout_views(
    evidence: RuleEvidence, traces: Sequence[Sequence[tuple[str, str]]], theme_ids: list[str], rate: float, seed: int
) -> list[RuleEvidence]:
    """Copies of ``evidence`` with a random share ``rate`` of the rule ids switched off (one draw per copy)."""
    column = {theme: j for j, theme in enumerate(theme_ids)}
    rule_ids = sorted({rule for found in traces for _, rule in found})
    rng = np.random.default_rng(seed + 2)
    views = []
    for _ in range(_DROPOUT_ROUNDS):
        off = {rule for rule in rule_ids if rng.random() < rate}
        distinct = np.zeros(evidence.hits.shape, dtype=int)
        for i, found in enumerate(traces):
            kept: dict[int, set[str]] = {}
            for theme, rule in found:
                if rule not in off and theme in column:
                    kept.setdefault(column[theme], set()).add(rule)
            for j, rules in kept.items():
                distinct[i, j] = len(rules)
        hits = evidence.hits & (distinct > 0)
        views.append(RuleEvidence(hits, np.where(hits, distinct, 0), evidence.dropped & ~hits))
    return views


def _folds(n: int, folds: int, seed: int) -> list[np.ndarray]:
    order = np.random.default_rng(seed + 1).permutation(n)
    return [np.sort(part) for part in np.array_split(order, max(2, min(folds, n)))]


def _as_frame(labels: np.ndarray, theme_ids: list[str]) -> pd.DataFrame:
    return pd.DataFrame(labels, columns=theme_ids)
