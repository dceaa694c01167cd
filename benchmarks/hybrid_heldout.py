"""Held-out comparison of the rule, supervised and hybrid coders on ../shared/splw-dev.

Protocol: the substantive answers of the dev set (gold non-responses left out: detecting them is the
cleaner's job, not the coders'), split by respondent (GroupShuffleSplit, 30% of respondents held out), repeated
with seeds 0..N-1. The supervised and hybrid coders are trained on the training part only; the rule coder is
fixed. Prints micro-F1 (and macro-F1) on the held-out part, mean +- sd over the splits, and how often the hybrid
beats the rules. Caveat: the codebook rules were written with the dev set in view, so for the rule coder the
"held-out" part is not unseen text, which flatters the rules against the learnt coders.

With ``--fresh``, also trains on all of the dev set and scores the three coders on the fresh answers written
in other styles in tests/test_rules_fresh_answers.py (FRESH: the rules' tuning set; HOLDOUT: never used to
change a rule), the nearest stand-in for the hidden set.

Usage: python benchmarks/hybrid_heldout.py [--splits 10] [--embeddings none|static|minilm] [--fresh]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = SHARED / "splw-dev"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--splits", type=int, default=10)
    parser.add_argument("--test-size", type=float, default=0.3)
    parser.add_argument("--embeddings", default="none", choices=["none", "static", "minilm"])
    parser.add_argument("--fresh", action="store_true", help="Also score on the fresh answers of the tests.")
    args = parser.parse_args()
    if not (DEV / "gold.csv").is_file():
        print(f"skipped: {DEV} is not present")
        return 0

    from sklearn.model_selection import GroupShuffleSplit

    from splw_text.codebook import load_codebook
    from splw_text.coding.hybrid import HybridCoder
    from splw_text.coding.rules import RuleCoder
    from splw_text.coding.supervised import SupervisedCoder, score_table
    from splw_text.coding.text_features import embed_texts
    from splw_text.coding.training_data import training_frame
    from splw_text.config import load_config

    started = time.perf_counter()
    codebook = load_codebook()
    theme_ids = codebook.theme_ids
    frame = training_frame(DEV / "responses.csv", DEV / "gold.csv", theme_ids, load_config())
    frame = frame[~frame["non_response"]].reset_index(drop=True)
    labels = frame[theme_ids].to_numpy(dtype=bool)
    rules = RuleCoder(codebook)
    hits = rules.code(frame)[theme_ids].to_numpy(dtype=bool)
    embeddings = None if args.embeddings == "none" else args.embeddings
    embedded = embed_texts(frame["text_clean"].tolist(), embeddings) if embeddings else None

    results: dict[str, list[tuple[float, float]]] = {"rules": [], "supervised": [], "hybrid": []}
    splitter = GroupShuffleSplit(n_splits=args.splits, test_size=args.test_size, random_state=0)
    for split, (train, test) in enumerate(splitter.split(frame, groups=frame["respondent_id"])):
        model = SupervisedCoder(theme_ids=theme_ids, embeddings=embeddings, random_state=split)
        hybrid = HybridCoder(rules=rules, supervised=model, random_state=split)
        hybrid.fit(
            frame.iloc[train], frame[theme_ids].iloc[train], rule_hits=hits[train],
            embedded=embedded[train] if embedded is not None else None,
        )
        test_texts = frame["text_clean"].iloc[test].tolist()
        test_embedded = embedded[test] if embedded is not None else None
        model_proba = hybrid.supervised_.predict_proba(test_texts, embedded=test_embedded)
        combined = hybrid.combine(hits[test], model_proba)
        predictions = {
            "rules": hits[test],
            "supervised": model_proba >= hybrid.supervised_.thresholds_,
            "hybrid": combined >= hybrid.threshold_,
        }
        for name, predicted in predictions.items():
            table = score_table(labels[test], predicted, theme_ids).set_index("theme")
            results[name].append((float(table.loc["micro", "f1"]), float(table.loc["macro", "f1"])))
        print(
            f"split {split}: " + "  ".join(f"{name} {values[-1][0]:.3f}" for name, values in results.items()),
            flush=True,
        )

    print()
    print(f"{len(frame)} substantive dev answers, {args.splits} splits by respondent "
          f"(test {args.test_size:.0%}), embeddings: {args.embeddings}")
    print(f"{'coder':<12}{'micro-F1 mean +- sd':>22}{'macro-F1 mean +- sd':>22}")
    for name, values in results.items():
        micro = np.array([v[0] for v in values])
        macro = np.array([v[1] for v in values])
        print(
            f"{name:<12}{micro.mean():>14.3f} +- {micro.std(ddof=1):.3f}"
            f"{macro.mean():>14.3f} +- {macro.std(ddof=1):.3f}"
        )
    hybrid_micro = np.array([v[0] for v in results["hybrid"]])
    rules_micro = np.array([v[0] for v in results["rules"]])
    print(f"hybrid vs rules, per split: {int((hybrid_micro > rules_micro).sum())} better, "
          f"{int((hybrid_micro == rules_micro).sum())} equal, {int((hybrid_micro < rules_micro).sum())} worse; "
          f"mean difference {np.mean(hybrid_micro - rules_micro):+.4f}")
    if args.fresh:
        hybrid = HybridCoder(rules=rules, supervised=SupervisedCoder(theme_ids=theme_ids, embeddings=embeddings))
        hybrid.fit(frame, frame[theme_ids], rule_hits=hits, embedded=embedded)
        score_fresh_answers(hybrid, rules, theme_ids)
    print(f"time: {time.perf_counter() - started:.0f} s")
    return 0


def score_fresh_answers(hybrid: object, rules: object, theme_ids: list[str]) -> None:
    """Print micro/macro-F1 of rules, supervised and hybrid on the FRESH and HOLDOUT answers of the tests."""
    import importlib.util

    import pandas as pd

    from splw_text.clean import clean_text
    from splw_text.coding.supervised import score_table

    path = Path(__file__).resolve().parents[1] / "tests" / "test_rules_fresh_answers.py"
    spec = importlib.util.spec_from_file_location("fresh_answers", path)
    if spec is None or spec.loader is None:
        print(f"skipped: {path} not found")
        return
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    print("\ntrained on all dev answers; fresh answers in other styles:")
    for name in ("FRESH", "HOLDOUT"):
        data = getattr(module, name)
        texts = [clean_text(text) for text, _ in data]
        truth = np.array([[theme in themes for theme in theme_ids] for _, themes in data])
        answers = pd.DataFrame({"text_clean": texts, "non_response": False})
        hits = rules.code(answers)[theme_ids].to_numpy(dtype=bool)  # type: ignore[attr-defined]
        model = hybrid.supervised_  # type: ignore[attr-defined]
        proba = model.predict_proba(texts)
        for coder, predicted in (("rules", hits), ("supervised", proba >= model.thresholds_),
                                 ("hybrid", hybrid.combine(hits, proba) >= hybrid.threshold_)):  # type: ignore[attr-defined]
            table = score_table(truth, predicted, theme_ids).set_index("theme")
            print(f"  {name:<8} n={len(texts):<4} {coder:<11} micro-F1 {table.loc['micro', 'f1']:.3f}"
                  f"  macro-F1 {table.loc['macro', 'f1']:.3f}")


if __name__ == "__main__":
    sys.exit(main())
