"""SupervisedCoder: a multi-label theme classifier learnt from analysts' labels (scikit-learn conventions).

One linear classifier per theme (LinearSVC, one-vs-rest) over word and character n-grams (optionally plus
sentence embeddings and the question each answer was given to; optionally with the n-grams scaled per theme by
their naive-Bayes log-count ratios, NB-SVM), a per-theme sigmoid that turns its score into a probability, and
a per-theme decision threshold; both the sigmoid and the thresholds are learnt on out-of-fold scores of a K-fold
cross-validation on the training data, which also gives the cross-validated precision / recall / F1 in
``cv_scores_``.

``fit(texts, y)`` takes a list of texts and a bool matrix (one column per theme, in ``theme_ids`` order) or a
DataFrame with those columns; ``predict_proba`` / ``predict`` return (n_texts, n_themes) arrays. With
``question_weight`` / ``question_word_weight`` set, ``fit``, ``predict_proba`` and ``predict`` also take
``questions`` (one per text) and ``code`` reads the answers' ``question`` column. ``save`` and
``load`` go through ``splw_text.coding.model_store`` (JSON + arrays, no pickle).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np
import pandas as pd
from scipy import sparse

from splw_text.coding.model_store import StoredCoder, StoredModel
from splw_text.coding.text_features import TextFeatures, checked_questions, embed_texts

KIND = "supervised"
_THRESHOLD_GRID = np.round(np.arange(0.05, 0.951, 0.025), 3)
_NO_POSITIVES_INTERCEPT = -20.0


class ThresholdChooser:
    """Per-theme or shared decision thresholds chosen on out-of-fold probabilities, judged by cross-fitting.

    A mixin for coders that have ``threshold``, ``min_positives_per_theme`` (see ``SupervisedCoder``) and, once
    fitting has begun, ``folds_`` (the CV folds) and ``theme_ids_``.
    """

    threshold: str | float
    min_positives_per_theme: int
    folds_: list[np.ndarray]
    theme_ids_: list[str]
    threshold_strategy_: str | float

    def _threshold_strategy(self, proba: np.ndarray, labels: np.ndarray) -> str | float:
        if not isinstance(self.threshold, str):
            return float(self.threshold)
        if self.threshold not in ("per_theme", "global", "auto"):
            raise ValueError(f"threshold must be 'per_theme', 'global', 'auto' or a number, not {self.threshold!r}")
        if self.threshold != "auto":
            return self.threshold
        scores = {}
        for strategy in ("per_theme", "global"):
            self.threshold_strategy_ = strategy
            table = self._cross_fitted_scores(proba, labels)
            scores[strategy] = float(table.loc[table["theme"] == "micro", "f1"].iloc[0])
        return "per_theme" if scores["per_theme"] >= scores["global"] else "global"

    def _choose_thresholds(self, proba: np.ndarray, labels: np.ndarray) -> np.ndarray:
        strategy = self.threshold_strategy_
        if not isinstance(strategy, str):
            return np.full(labels.shape[1], float(strategy))
        shared = _best_threshold(proba.ravel(), labels.ravel())
        thresholds = np.full(labels.shape[1], shared)
        if strategy == "per_theme":
            for j in range(labels.shape[1]):
                if labels[:, j].sum() >= self.min_positives_per_theme:
                    thresholds[j] = _best_threshold(proba[:, j], labels[:, j])
        return thresholds

    def _cross_fitted_scores(self, proba: np.ndarray, labels: np.ndarray) -> pd.DataFrame:
        """Per-theme P/R/F1 where each fold is judged with thresholds chosen on the other folds only."""
        predicted = np.zeros(labels.shape, dtype=bool)
        for held_out in self.folds_:
            others = np.setdiff1d(np.arange(len(labels)), held_out)
            thresholds = self._choose_thresholds(proba[others], labels[others])
            predicted[held_out] = proba[held_out] >= thresholds
        self.cv_predictions_ = predicted
        return score_table(labels, predicted, self.theme_ids_, thresholds=getattr(self, "thresholds_", None))


class SupervisedCoder(ThresholdChooser, StoredCoder):
    """Multi-label theme classifier: n-gram (+ embedding) features, linear models, CV-chosen thresholds.

    Parameters are plain values (scikit-learn style): ``theme_ids`` (column order of ``y``; taken from a
    DataFrame's columns when None), feature settings (see ``TextFeatures``), ``C`` and ``class_weight`` of the
    LinearSVC, ``question_weight`` / ``question_word_weight`` (0: off; see ``TextFeatures``: the question as an
    indicator, and the answer's words tagged with its question), ``nb_alpha`` (None: off; otherwise the
    smoothing of the naive-Bayes log-count ratios that scale the word and character n-grams of each theme's
    model, NB-SVM after Wang and Manning 2012; the scaling is folded into ``coef_``, so prediction and the model
    file are unchanged), ``cv_folds`` for calibration and thresholds, ``threshold`` ("per_theme", "global",
    "auto" or a fixed probability; "auto" takes per-theme thresholds unless one shared threshold scores better in
    the cross-fitted CV, as it does when themes have few examples), ``min_positives_per_theme`` (themes with
    fewer training positives use the shared threshold) and ``random_state``.
    """

    model_kind = KIND

    def __init__(
        self,
        theme_ids: Sequence[str] | None = None,
        word_ngrams: tuple[int, int] = (1, 2),
        char_ngrams: tuple[int, int] = (2, 5),
        min_df: int = 1,
        embeddings: str | None = None,
        embedding_weight: float = 1.0,
        C: float = 0.5,
        class_weight: str | None = None,
        cv_folds: int = 5,
        threshold: str | float = "auto",
        min_positives_per_theme: int = 8,
        random_state: int = 0,
        question_weight: float = 0.0,
        question_word_weight: float = 0.0,
        nb_alpha: float | None = None,
    ) -> None:
        self.theme_ids = theme_ids
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.min_df = min_df
        self.embeddings = embeddings
        self.embedding_weight = embedding_weight
        self.C = C
        self.class_weight = class_weight
        self.cv_folds = cv_folds
        self.threshold = threshold
        self.min_positives_per_theme = min_positives_per_theme
        self.random_state = random_state
        self.question_weight = question_weight
        self.question_word_weight = question_word_weight
        self.nb_alpha = nb_alpha

    # --- fitting ----------------------------------------------------------------------------------

    def fit(
        self, texts: Sequence[str], y: Any, embedded: np.ndarray | None = None, questions: Sequence[str] | None = None
    ) -> SupervisedCoder:
        """Learn from ``texts`` and their labels ``y`` (bool matrix or DataFrame of theme columns).

        ``embedded`` passes embeddings computed beforehand (one row per text) when ``embeddings`` is set;
        ``questions`` the question of each text when the question features are on.
        """
        texts = [str(t) for t in texts]
        self.theme_ids_, labels = _label_matrix(y, self.theme_ids)
        if len(texts) != labels.shape[0]:
            raise ValueError(f"{len(texts)} texts but {labels.shape[0]} label rows")
        if len(texts) < 2:
            raise ValueError("need at least two labelled texts to train")
        questions = self._checked_questions(questions, len(texts))
        if self.embeddings is not None and embedded is None:
            embedded = embed_texts(texts, self.embeddings)
        oof = self._out_of_fold_scores(texts, labels, embedded, questions)
        self.calibration_ = np.array([_fit_sigmoid(oof[:, j], labels[:, j]) for j in range(labels.shape[1])])
        oof_proba = _sigmoid(oof, self.calibration_)
        self.oof_proba_ = oof_proba
        self.threshold_strategy_ = self._threshold_strategy(oof_proba, labels)
        self.thresholds_ = self._choose_thresholds(oof_proba, labels)
        self.cv_scores_ = self._cross_fitted_scores(oof_proba, labels)
        self.features_, self.coef_, self.intercept_ = _fit_linear(
            texts, labels, embedded, self._feature_factory, self._svm_params(), questions
        )
        return self

    @property
    def uses_questions(self) -> bool:
        """Whether the coder reads the question of each answer (``question_weight`` or ``question_word_weight``)."""
        return bool(self.question_weight) or bool(self.question_word_weight)

    def _checked_questions(self, questions: Sequence[str] | None, n: int) -> list[str] | None:
        return checked_questions(questions, n) if self.uses_questions else None

    def _feature_factory(self) -> TextFeatures:
        return TextFeatures(
            self.word_ngrams, self.char_ngrams, self.min_df, self.embeddings, self.embedding_weight,
            question_weight=self.question_weight, question_word_weight=self.question_word_weight,
        )

    def _svm_params(self) -> dict[str, Any]:
        return {"C": self.C, "class_weight": self.class_weight, "nb_alpha": self.nb_alpha}

    def _folds(self, n: int) -> list[np.ndarray]:
        folds = max(2, min(self.cv_folds, n))
        order = np.random.default_rng(self.random_state).permutation(n)
        return [np.sort(part) for part in np.array_split(order, folds)]

    def _out_of_fold_scores(
        self, texts: list[str], labels: np.ndarray, embedded: np.ndarray | None, questions: list[str] | None
    ) -> np.ndarray:
        scores = np.zeros(labels.shape, dtype=np.float64)
        self.folds_ = self._folds(len(texts))
        for held_out in self.folds_:
            train = np.setdiff1d(np.arange(len(texts)), held_out)
            sub_embedded = embedded[train] if embedded is not None else None
            features, coef, intercept = _fit_linear(
                [texts[i] for i in train], labels[train], sub_embedded, self._feature_factory, self._svm_params(),
                _subset(questions, train),
            )
            held_embedded = embedded[held_out] if embedded is not None else None
            matrix = features.transform(
                [texts[i] for i in held_out], held_embedded, _subset(questions, held_out)
            )
            scores[held_out] = np.asarray(matrix @ coef.T) + intercept
        return scores

    # --- prediction -------------------------------------------------------------------------------

    def decision_function(
        self, texts: Sequence[str], embedded: np.ndarray | None = None, questions: Sequence[str] | None = None
    ) -> np.ndarray:
        """Raw linear scores, (n_texts, n_themes)."""
        texts = [str(t) for t in texts]
        if not texts:
            return np.zeros((0, len(self.theme_ids_)))
        matrix = self.features_.transform(texts, embedded, self._checked_questions(questions, len(texts)))
        return np.asarray(matrix @ self.coef_.T) + self.intercept_

    def predict_proba(
        self, texts: Sequence[str], embedded: np.ndarray | None = None, questions: Sequence[str] | None = None
    ) -> np.ndarray:
        """Calibrated probability of each theme, (n_texts, n_themes)."""
        return _sigmoid(self.decision_function(texts, embedded, questions), self.calibration_)

    def predict(
        self, texts: Sequence[str], embedded: np.ndarray | None = None, questions: Sequence[str] | None = None
    ) -> np.ndarray:
        """Bool matrix (n_texts, n_themes): probability at or above the theme's threshold."""
        return self.predict_proba(texts, embedded, questions) >= self.thresholds_

    def code(self, answers: pd.DataFrame) -> pd.DataFrame:
        """Code cleaned answers (``text_clean``, ``non_response``): bool theme columns + ``evidence``.

        Non-responses get no theme. The evidence of a theme is the sentence the model scores highest for it,
        with the answer's probability as ``score``. A coder with question features reads ``question``.
        """
        return code_by_thresholds(self, answers)

    def answer_questions(self, answers: pd.DataFrame) -> list[str] | None:
        """The ``question`` column of ``answers`` when this coder uses questions (None otherwise)."""
        return question_column(answers) if self.uses_questions else None

    def codes_frame(
        self, index: pd.Index, texts: Sequence[str], decided: np.ndarray, proba: np.ndarray, source: str = "supervised",
        questions: Sequence[str] | None = None,
    ) -> pd.DataFrame:
        """Build a codes frame (bool theme columns + model ``evidence``) from decisions and probabilities."""
        from splw_text.coding import Evidence

        best = self.best_sentences(texts, decided, questions)
        evidence: list[list[Evidence]] = []
        for i in range(len(texts)):
            found = []
            for j in np.flatnonzero(decided[i]):
                sentence, start, end = best[(i, int(j))]
                found.append(Evidence(theme=self.theme_ids_[j], span=sentence, start=start, end=end,
                                      sentence=sentence, rule=f"model:{source}", source="model",
                                      score=round(float(proba[i, j]), 4)))
            evidence.append(found)
        codes = pd.DataFrame(decided, index=index, columns=self.theme_ids_).astype(bool)
        codes["evidence"] = pd.Series(evidence, index=index, dtype=object)
        return codes

    def best_sentences(
        self, texts: Sequence[str], decided: np.ndarray, questions: Sequence[str] | None = None
    ) -> dict[tuple[int, int], tuple[str, int, int]]:
        """For every (answer, theme) decided, the sentence of the answer the model scores highest for the theme.

        ``questions`` (one per answer) is needed by a coder with question features.
        """
        wanted = [i for i in range(len(texts)) if decided[i].any()]
        sentences: list[tuple[int, str, int, int]] = []
        for i in wanted:
            spans = split_sentences(texts[i]) or [(texts[i], 0, len(texts[i]))]
            sentences.extend((i, sentence, start, end) for sentence, start, end in spans)
        if not sentences:
            return {}
        sentence_questions = [questions[i] for i, _, _, _ in sentences] if questions is not None else None
        scores = self.decision_function([s for _, s, _, _ in sentences], questions=sentence_questions)
        best: dict[tuple[int, int], tuple[str, int, int]] = {}
        best_score: dict[tuple[int, int], float] = {}
        for row, (i, sentence, start, end) in enumerate(sentences):
            for j in np.flatnonzero(decided[i]):
                key = (i, int(j))
                if key not in best or scores[row, j] > best_score[key]:
                    best[key] = (sentence, start, end)
                    best_score[key] = float(scores[row, j])
        return best

    # --- storage ----------------------------------------------------------------------------------

    def get_params(self) -> dict[str, Any]:
        """Constructor parameters as plain JSON (scikit-learn style)."""
        return {
            "theme_ids": list(self.theme_ids) if self.theme_ids is not None else None,
            "word_ngrams": list(self.word_ngrams),
            "char_ngrams": list(self.char_ngrams),
            "min_df": self.min_df,
            "embeddings": self.embeddings,
            "embedding_weight": self.embedding_weight,
            "C": self.C,
            "class_weight": self.class_weight,
            "cv_folds": self.cv_folds,
            "threshold": self.threshold,
            "min_positives_per_theme": self.min_positives_per_theme,
            "random_state": self.random_state,
            "question_weight": self.question_weight,
            "question_word_weight": self.question_word_weight,
            "nb_alpha": self.nb_alpha,
        }

    def to_arrays(self, prefix: str = "") -> dict[str, np.ndarray]:
        """The fitted state as plain arrays (for ``model_store``)."""
        arrays = self.features_.to_arrays(prefix=f"{prefix}features.")
        arrays[f"{prefix}coef"] = self.coef_.astype(np.float64)
        arrays[f"{prefix}intercept"] = self.intercept_.astype(np.float64)
        arrays[f"{prefix}calibration"] = self.calibration_.astype(np.float64)
        arrays[f"{prefix}thresholds"] = self.thresholds_.astype(np.float64)
        return arrays

    def meta(self) -> dict[str, Any]:
        """Parameters and the cross-validated scores, as plain JSON."""
        return {
            "params": self.get_params(),
            "features": self.features_.params(),
            "threshold_strategy": self.threshold_strategy_,
            "cv_scores": self.cv_scores_.to_dict(orient="records"),
        }

    @classmethod
    def from_stored(cls, stored: StoredModel, meta: dict[str, Any] | None = None, prefix: str = "") -> SupervisedCoder:
        """Rebuild a fitted coder from a loaded model file (or the supervised part of one)."""
        meta = meta if meta is not None else stored.meta
        try:
            coder = cls(**{**meta["params"], "word_ngrams": tuple(meta["params"]["word_ngrams"]),
                           "char_ngrams": tuple(meta["params"]["char_ngrams"])})
            coder.features_ = TextFeatures.from_arrays(meta["features"], stored.arrays, prefix=f"{prefix}features.")
            coder.coef_ = stored.array(f"{prefix}coef")
            coder.intercept_ = stored.array(f"{prefix}intercept")
            coder.calibration_ = stored.array(f"{prefix}calibration")
            coder.thresholds_ = stored.array(f"{prefix}thresholds")
            coder.threshold_strategy_ = meta.get("threshold_strategy", coder.threshold)
            coder.cv_scores_ = pd.DataFrame(meta.get("cv_scores", []))
        except (KeyError, TypeError, ValueError) as error:
            from splw_text.errors import InputError

            raise InputError(f"{stored.source}: damaged supervised model ({error})") from None
        coder.theme_ids_ = list(stored.theme_ids)
        k = len(coder.theme_ids_)
        shapes_ok = (
            coder.coef_.shape == (k, coder.features_.n_features)
            and coder.intercept_.shape == (k,) and coder.calibration_.shape == (k, 2)
            and coder.thresholds_.shape == (k,)
        )
        if not shapes_ok:
            from splw_text.errors import InputError

            raise InputError(f"{stored.source}: damaged supervised model (array shapes do not match its themes)")
        return coder



# --- helpers ----------------------------------------------------------------------------------------


class ThresholdedModel(Protocol):
    """A fitted model that gives probabilities, decides by per-theme thresholds and builds a codes frame."""

    theme_ids_: list[str]
    thresholds_: np.ndarray

    def predict_proba(
        self, texts: Sequence[str], embedded: np.ndarray | None = None, questions: Sequence[str] | None = None
    ) -> np.ndarray: ...

    def answer_questions(self, answers: pd.DataFrame) -> list[str] | None: ...

    def codes_frame(
        self, index: pd.Index, texts: Sequence[str], decided: np.ndarray, proba: np.ndarray, source: str = ...,
        questions: Sequence[str] | None = None,
    ) -> pd.DataFrame: ...


def code_by_thresholds(model: ThresholdedModel, answers: pd.DataFrame) -> pd.DataFrame:
    """Code cleaned answers with ``model``: a theme where its probability reaches the theme's threshold, none for a
    non-response; bool theme columns + ``evidence`` (the model's ``codes_frame``)."""
    texts = _answer_texts(answers)
    questions = model.answer_questions(answers)
    proba = model.predict_proba(texts, questions=questions) if texts else np.zeros((0, len(model.theme_ids_)))
    decided = without_non_responses(proba >= model.thresholds_, answers)
    return model.codes_frame(answers.index, texts, decided, proba, questions=questions)


def without_non_responses(decided: np.ndarray, answers: pd.DataFrame) -> np.ndarray:
    """``decided`` (n_answers, n_themes) with every theme of the answers marked ``non_response`` switched off."""
    if "non_response" not in answers.columns:
        return decided
    return decided & ~answers["non_response"].fillna(False).to_numpy(dtype=bool)[:, None]


def question_column(answers: pd.DataFrame) -> list[str]:
    """The ``question`` of each answer, for a coder that reads questions (ValueError when there is none)."""
    if "question" not in answers.columns:
        raise ValueError("this coder uses the question of each answer, but the answers have no 'question' column")
    return [str(q) for q in answers["question"].fillna("")]


def _answer_texts(answers: pd.DataFrame) -> list[str]:
    column = "text_clean" if "text_clean" in answers.columns else "text"
    return [str(t) for t in answers[column].fillna("")]


def _label_matrix(y: Any, theme_ids: Sequence[str] | None) -> tuple[list[str], np.ndarray]:
    if isinstance(y, pd.DataFrame):
        ids = list(theme_ids) if theme_ids is not None else [str(c) for c in y.columns]
        missing = [t for t in ids if t not in y.columns]
        if missing:
            raise ValueError(f"labels have no column for theme(s) {', '.join(missing)}")
        return ids, y[ids].to_numpy(dtype=bool)
    matrix = np.asarray(y, dtype=bool)
    if matrix.ndim != 2:
        raise ValueError("labels must be a 2-D bool matrix (one column per theme)")
    ids = list(theme_ids) if theme_ids is not None else [f"theme_{j}" for j in range(matrix.shape[1])]
    if len(ids) != matrix.shape[1]:
        raise ValueError(f"{len(ids)} theme ids but {matrix.shape[1]} label columns")
    return ids, matrix


def _subset(values: list[str] | None, rows: np.ndarray) -> list[str] | None:
    return [values[i] for i in rows] if values is not None else None


def _fit_linear(
    texts: list[str], labels: np.ndarray, embedded: np.ndarray | None, factory: Any, svm_params: dict[str, Any],
    questions: list[str] | None = None,
) -> tuple[TextFeatures, np.ndarray, np.ndarray]:
    """Fit features and one LinearSVC per theme; return (features, coef (k, d), intercept (k,)).

    ``svm_params`` holds the LinearSVC's ``C`` and ``class_weight`` and ``nb_alpha`` (None, or the smoothing of
    the per-theme naive-Bayes scaling of the n-gram columns, folded into the returned ``coef``).
    """
    from sklearn.svm import LinearSVC

    params = dict(svm_params)
    nb_alpha = params.pop("nb_alpha", None)
    features = factory()
    matrix = features.fit_transform(texts, embedded, questions)
    present = (matrix[:, : features.n_ngram_features] > 0).astype(np.float64) if nb_alpha is not None else None
    coef = np.zeros((labels.shape[1], matrix.shape[1]))
    intercept = np.full(labels.shape[1], _NO_POSITIVES_INTERCEPT)
    for j in range(labels.shape[1]):
        column = labels[:, j]
        if column.all():
            intercept[j] = -_NO_POSITIVES_INTERCEPT
            continue
        if not column.any():
            continue
        scale = np.ones(matrix.shape[1])
        if present is not None:
            scale[: features.n_ngram_features] = nb_log_count_ratios(present, column, float(nb_alpha))
        model = LinearSVC(max_iter=5000, **params).fit(matrix @ sparse.diags(scale) if present is not None
                                                        else matrix, column)
        coef[j] = model.coef_[0] * scale
        intercept[j] = model.intercept_[0]
    return features, coef, intercept


def nb_log_count_ratios(present: Any, labels: np.ndarray, alpha: float) -> np.ndarray:
    """Naive-Bayes log-count ratio of each column: log((p / |p|) / (q / |q|)), p = alpha + presence in positives.

    ``present`` is a (n, d) 0/1 matrix (sparse or dense), ``labels`` a bool vector; q counts the negatives.
    """
    if alpha <= 0:
        raise ValueError(f"nb_alpha must be positive, not {alpha}")
    weights = np.asarray(labels, dtype=bool).astype(np.float64)
    positive = alpha + np.asarray(present.T @ weights, dtype=np.float64).ravel()
    negative = alpha + np.asarray(present.T @ (1.0 - weights), dtype=np.float64).ravel()
    return np.asarray(np.log((positive / positive.sum()) / (negative / negative.sum())), dtype=np.float64)


def _fit_sigmoid(scores: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
    """Platt scaling: (a, b) with P(theme) = 1 / (1 + exp(-(a * score + b)))."""
    if labels.all() or not labels.any():
        return (0.0, 20.0 if labels.all() else -20.0)
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=100.0).fit(scores.reshape(-1, 1), labels)
    return (float(model.coef_[0, 0]), float(model.intercept_[0]))


def _sigmoid(scores: np.ndarray, calibration: np.ndarray) -> np.ndarray:
    z = scores * calibration[:, 0] + calibration[:, 1]
    return 1.0 / (1.0 + np.exp(-np.clip(z, -50, 50)))


def _best_threshold(proba: np.ndarray, labels: np.ndarray) -> float:
    """The grid probability that maximises F1; among near-ties, the one closest to 0.5."""
    labels = labels.astype(bool)
    if not labels.any():
        return 0.5
    f1 = np.array([_f1(labels, proba >= t) for t in _THRESHOLD_GRID])
    near_best = np.flatnonzero(f1 >= f1.max() - 1e-9)
    return float(_THRESHOLD_GRID[near_best[np.argmin(np.abs(_THRESHOLD_GRID[near_best] - 0.5))]])


def _f1(truth: np.ndarray, predicted: np.ndarray) -> float:
    tp = float(np.sum(truth & predicted))
    denominator = float(np.sum(truth) + np.sum(predicted))
    return 2 * tp / denominator if denominator else 0.0


def score_table(
    truth: np.ndarray, predicted: np.ndarray, theme_ids: Sequence[str], thresholds: np.ndarray | None = None
) -> pd.DataFrame:
    """Per-theme precision, recall, F1 and support, plus "micro" and "macro" rows (themes with support)."""
    truth = np.asarray(truth, dtype=bool)
    predicted = np.asarray(predicted, dtype=bool)
    rows = []
    for j, theme in enumerate(theme_ids):
        tp = int(np.sum(truth[:, j] & predicted[:, j]))
        fp = int(np.sum(~truth[:, j] & predicted[:, j]))
        fn = int(np.sum(truth[:, j] & ~predicted[:, j]))
        row = {"theme": theme, **_prf(tp, fp, fn), "support": tp + fn}
        if thresholds is not None:
            row["threshold"] = float(thresholds[j])
        rows.append(row)
    table = pd.DataFrame(rows)
    tp = int(np.sum(truth & predicted))
    fp = int(np.sum(~truth & predicted))
    fn = int(np.sum(truth & ~predicted))
    supported = table[table["support"] > 0]
    micro = {"theme": "micro", **_prf(tp, fp, fn), "support": tp + fn}
    macro = {
        "theme": "macro", "precision": float(supported["precision"].mean()) if len(supported) else 0.0,
        "recall": float(supported["recall"].mean()) if len(supported) else 0.0,
        "f1": float(supported["f1"].mean()) if len(supported) else 0.0, "support": int(supported["support"].sum()),
    }
    return pd.concat([table, pd.DataFrame([micro, macro])], ignore_index=True)


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def split_sentences(text: str) -> list[tuple[str, int, int]]:
    """Split ``text`` at sentence ends and line breaks; return (sentence, start, end) with offsets into text."""
    import re

    spans = []
    for match in re.finditer(r"[^.!?;\n]+(?:[.!?;]+|$)", text, flags=re.MULTILINE):
        sentence = match.group(0)
        stripped = sentence.strip(" \t•*-–")
        if not any(ch.isalnum() for ch in stripped):
            continue
        start = match.start() + sentence.index(stripped)
        spans.append((stripped, start, start + len(stripped)))
    return spans
