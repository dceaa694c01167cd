"""External benchmark: NHS Friends and Family Test comments (pxtextmining v6 framework, 50 theme columns).

Data: ../shared/external/pxtextmining-fft/v6framework_230831.csv (see SOURCE.md there; MIT, NHS England).
Protocol (fixed in the project's issue 6):
- rows whose ``FFT answer`` is not blank and not "Did not answer";
- labels: the theme columns (not the metadata, sentiment or "Person identifiable info?" columns) that occur at
  least once in those rows;
- ``train_test_split(test_size=0.2, random_state=42)``;
- micro-F1 and macro-F1 over the labels present in the test part.

Prints, measured in the same run: the stock baseline (TfidfVectorizer() + one-vs-rest LinearSVC(), all
defaults), splw-text's SupervisedCoder on the answer text alone (word 1-2-grams + character 2-5-grams, sentence
embeddings, LinearSVC per label, Platt sigmoid and thresholds by 5-fold CV on the training part only) and the
same coder with the settings chosen by 5-fold cross-validation on the training part (the ``FFT question`` as an
indicator and tagged onto the answer's words, n-grams scaled per label by naive-Bayes log-count ratios,
C=0.1, embeddings weighted 1.5; see ``TUNED``), beside the figures pxtextmining publishes for its own models,
which were measured on a different, private dataset (about 21,000 comments, 32 labels of the v7 framework), so
they are indicative only.
With ``--finetuned`` it also fits ``BlendedCoder`` (``splw_text/coding/blended.py``): the tuned coder's
probabilities averaged with those of all-MiniLM-L6-v2 fine-tuned end to end on the CPU (multi-label BCE head,
the question and the answer as a sentence pair; settings in ``FINETUNED``), the weight of the average and the
thresholds chosen on out-of-fold probabilities of the training part (``FINETUNE_FOLDS`` fine-tunings for them,
then one on the whole training part).
The test part is used once, for the figures printed; nothing is chosen on it.

Usage: python benchmarks/external_fft.py [--embeddings minilm|static|none] [--tuned-only] [--finetuned]
(minilm: all-MiniLM-L6-v2 on the CPU; its vectors are cached, so the first run takes a few minutes longer;
--finetuned adds four fine-tunings: 50 minutes on 2 shared cores.)
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DATA = SHARED / "external" / "pxtextmining-fft" / "v6framework_230831.csv"
METADATA = [
    "Comment ID", "Trust", "Respondent ID", "Date", "Service type 1", "Service type 2", "FFT categorical answer",
    "FFT question", "FFT answer", "Person identifiable info?", "Comment sentiment",
]
# Chosen by 5-fold CV on the training part (cv micro-F1 on it: 0.714 answers only; 0.718 + question
# indicator; 0.727 + question-tagged words; 0.730 with C=0.25; 0.734 + NB scaling with C=0.1; 0.737 with the
# tagged words at weight 1.0 or the embeddings at 1.5; 0.740 with both).
TUNED: dict[str, Any] = {
    "C": 0.1, "question_weight": 1.0, "question_word_weight": 1.0, "nb_alpha": 1.0, "embedding_weight": 1.5,
}
# The fine-tuned half of --finetuned (see splw_text/coding/finetuned.py): the question as the first segment of a
# sentence pair; 64 tokens hold 99% of the question + answer pairs. Chosen on one third of the training part
# (a model fine-tuned on the other two thirds, blended with the tuned coder's out-of-fold probabilities; micro-F1
# fine-tuned alone / best blend): 3 epochs at 5e-5 0.708 / 0.747; 4 epochs at 1e-4 0.721 / 0.755; 6 epochs at
# 1e-4 0.728 / 0.758 (the tuned coder alone 0.731).
FINETUNED: dict[str, Any] = {"use_questions": True, "max_length": 64, "epochs": 6, "learning_rate": 1e-4}
FINETUNE_FOLDS = 3
PUBLISHED = [  # pxtextmining current_best_model/*_summary.txt: private v7 data, 32 labels
    ("pxtextmining ensemble (SVC+DistilBERT+XGBoost)", 0.77, 0.71),
    ("pxtextmining DistilBERT", 0.75, 0.67),
    ("pxtextmining TF-IDF + SVC", 0.71, 0.64),
]


def load_benchmark() -> tuple[list[str], np.ndarray, list[str]]:
    """Return (texts, label matrix, label names) under the protocol above."""
    texts, labels, names, _ = load_benchmark_with_questions()
    return texts, labels, names


def load_benchmark_with_questions() -> tuple[list[str], np.ndarray, list[str], list[str]]:
    """Return (texts, label matrix, label names, the ``FFT question`` of each text) under the protocol above."""
    import pandas as pd

    frame = pd.read_csv(DATA)
    answer = frame["FFT answer"]
    text = answer.fillna("").astype(str).str.strip()
    keep = answer.notna() & (text != "") & (text != "Did not answer")
    rows = frame[keep].reset_index(drop=True)
    label_columns = [c for c in frame.columns if c not in METADATA]
    labels = rows[label_columns].fillna(0).astype(float).gt(0)
    labels = labels.loc[:, labels.any()]
    questions = rows["FFT question"].fillna("").astype(str).str.split().str.join(" ").tolist()
    return rows["FFT answer"].astype(str).tolist(), labels.to_numpy(), list(labels.columns), questions


def f1_scores(truth: np.ndarray, predicted: np.ndarray) -> tuple[float, float]:
    """(micro-F1, macro-F1 over the labels present in ``truth``) as scikit-learn computes them."""
    from sklearn.metrics import f1_score

    present = truth.sum(axis=0) > 0
    micro = f1_score(truth, predicted, average="micro", zero_division=0)
    macro = f1_score(truth[:, present], predicted[:, present], average="macro", zero_division=0)
    return float(micro), float(macro)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--embeddings", default="minilm", choices=["minilm", "static", "none"])
    parser.add_argument("--tuned-only", action="store_true", help="skip the answers-only SupervisedCoder row")
    parser.add_argument("--finetuned", action="store_true",
                        help="also fit the BlendedCoder (tuned SupervisedCoder + MiniLM fine-tuned on the CPU; slow)")
    args = parser.parse_args()
    if not DATA.is_file():
        print(f"skipped: {DATA} is not present")
        return 0

    import warnings

    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.model_selection import train_test_split
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.svm import LinearSVC

    from splw_text.coding.supervised import SupervisedCoder
    from splw_text.coding.text_features import embed_texts

    warnings.filterwarnings("ignore", message="Label not .* is present in all training examples")
    texts, labels, names, questions = load_benchmark_with_questions()
    index = np.arange(len(texts))
    train, test = train_test_split(index, test_size=0.2, random_state=42)
    train_texts = [texts[i] for i in train]
    test_texts = [texts[i] for i in test]
    print(f"{len(texts)} comments with text, {len(names)} labels; train {len(train)}, test {len(test)} "
          f"({int((labels[test].sum(axis=0) > 0).sum())} labels present in the test part)")

    rows = []
    started = time.perf_counter()
    vectorizer = TfidfVectorizer()
    baseline = OneVsRestClassifier(LinearSVC()).fit(vectorizer.fit_transform(train_texts), labels[train])
    predicted = baseline.predict(vectorizer.transform(test_texts)).astype(bool)
    rows.append(("stock TF-IDF + LinearSVC (this run)", *f1_scores(labels[test], predicted),
                 time.perf_counter() - started))

    started = time.perf_counter()
    embeddings = None if args.embeddings == "none" else args.embeddings
    embedded = embed_texts(texts, embeddings) if embeddings else None
    embed_seconds = time.perf_counter() - started
    train_embedded = embedded[train] if embedded is not None else None
    test_embedded = embedded[test] if embedded is not None else None
    if not args.tuned_only:
        coder = SupervisedCoder(min_df=2, embeddings=embeddings, random_state=0)
        coder.fit(train_texts, labels[train], embedded=train_embedded)
        predicted = coder.predict(test_texts, embedded=test_embedded)
        label = f"SupervisedCoder, answer only, embeddings {args.embeddings}"
        rows.append((label, *f1_scores(labels[test], predicted), time.perf_counter() - started))
        started = time.perf_counter()
    train_questions = [questions[i] for i in train]
    coder = SupervisedCoder(min_df=2, embeddings=embeddings, random_state=0, **TUNED)
    coder.fit(train_texts, labels[train], embedded=train_embedded, questions=train_questions)
    cv_scores = coder.cv_scores_
    cv_micro = float(cv_scores.loc[cv_scores["theme"] == "micro", "f1"].iloc[0])
    predicted = coder.predict(test_texts, embedded=test_embedded, questions=[questions[i] for i in test])
    label = f"SupervisedCoder, + question, NB-SVM, embeddings {args.embeddings}"
    rows.append((label, *f1_scores(labels[test], predicted), time.perf_counter() - started))
    blended = None
    if args.finetuned:
        from splw_text.coding.blended import BlendedCoder
        from splw_text.coding.finetuned import FineTunedCoder

        started = time.perf_counter()
        blended = BlendedCoder(
            SupervisedCoder(min_df=2, embeddings=embeddings, random_state=0, **TUNED),
            FineTunedCoder(random_state=0, **FINETUNED), finetune_folds=FINETUNE_FOLDS, random_state=0,
        )
        blended.fit(train_texts, labels[train], embedded=train_embedded, questions=train_questions)
        predicted = blended.predict(test_texts, embedded=test_embedded, questions=[questions[i] for i in test])
        label = "BlendedCoder: the above + MiniLM fine-tuned (CPU)"
        rows.append((label, *f1_scores(labels[test], predicted), time.perf_counter() - started))

    print(f"\n{'model':<58}{'micro-F1':>9}{'macro-F1':>10}{'seconds':>9}")
    for name, micro, macro, seconds in rows:
        print(f"{name:<58}{micro:>9.3f}{macro:>10.3f}{seconds:>9.0f}")
    for name, micro, macro in PUBLISHED:
        print(f"{name + ' *':<58}{micro:>9.2f}{macro:>10.2f}{'':>9}")
    print("* published by pxtextmining for a different, private dataset (about 21,000 comments, 32 v7 labels);")
    print("  not measured on this file, so indicative only.")
    print(f"SupervisedCoder (+ question): {TUNED}; thresholds '{coder.threshold_strategy_}' chosen by CV on the "
          f"training part, where its cross-validated micro-F1 is {cv_micro:.3f}; embedding time {embed_seconds:.0f} s "
          "(cached after the first run)")
    if blended is not None:
        table = blended.cv_scores_.set_index("theme")
        print(f"BlendedCoder: fine-tuning {FINETUNED}, {FINETUNE_FOLDS} folds for its out-of-fold probabilities; "
              f"weight of the fine-tuned model {blended.weight_:.1f} and thresholds '{blended.threshold_strategy_}' "
              f"chosen by CV on the training part, where its cross-validated micro-F1 is "
              f"{table.loc['micro', 'f1']:.3f} (macro {table.loc['macro', 'f1']:.3f}); by weight: "
              + ", ".join(f"{w:.1f}: {f1:.3f}" for w, f1 in blended.weight_scores_.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
