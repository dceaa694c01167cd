"""Held-out comparison of the rule, supervised and hybrid coders on ../shared/splw-dev and on fresh answers.

Protocol: the substantive answers of the dev set (gold non-responses left out: detecting them is the
cleaner's job, not the coders'), split by respondent (GroupShuffleSplit, 30% of respondents held out), repeated
with seeds 0..N-1. The supervised and hybrid coders are trained on the training part only; the rule coder is
fixed. Prints micro-F1 (and macro-F1) on the held-out part, mean +- sd over the splits, and how often each
hybrid beats the rules. Two hybrids: the default one (``rule_dropout`` 0) and one trained with ``--rule-dropout``
(rules switched off at that rate in extra training copies; 0.33 brings the rules' dev micro-F1 down to about
0.85, their first-run figure on fresh batches). Caveat: the codebook rules were written with the dev set in
view, so for the rule coder the "held-out" part is not unseen text, which flatters the rules.

With ``--fresh``, also trains on all of the dev set and scores the coders on the fresh answers written in
other styles in tests/fresh_answers.py: FRESH (the rules' tuning set) and HOLDOUT (first batch)
with today's rules, and the later batches (``FIRST_RUN_COMMITS``) with the rules *as they were before each
batch was written* (the codebook and code of the commit before the batch, taken with ``git archive``):
today's rules were fixed on every batch after its first run, so only these first-run rules meet the batches
as unseen text, the nearest stand-in for the hidden set.

``--finetune`` makes the hybrids' model a ``BlendedCoder`` (the n-gram model averaged with all-MiniLM-L6-v2
fine-tuned on the training answers, as ``splw-text train --finetune``): four fine-tunings per fit, so pair it
with few splits (``--splits 0`` skips the dev splits and needs ``--fresh``).

Usage: python benchmarks/hybrid_heldout.py [--splits 10] [--embeddings none|static|minilm] [--fresh]
       [--rule-dropout 0.33] [--finetune]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV = SHARED / "splw-dev"
FRESH_TESTS = ROOT / "tests" / "fresh_answers.py"
# each later hold-out batch and a commit whose parent holds the rules it was first run against: the first commit
# that added it or changed the rules for it (HOLDOUT_6's fixes landed before the batch itself; HOLDOUT_21 to 23
# were committed after the fixes of 19 and 20, so they name 19's commit, whose parent holds codebook 1.10.0)
FIRST_RUN_COMMITS = {
    "HOLDOUT_2": "0d84f32", "HOLDOUT_3": "0d84f32", "HOLDOUT_4": "bf9dbc6", "HOLDOUT_5": "8f23ac7",
    "HOLDOUT_6": "2187904", "HOLDOUT_7": "ee7e0a4", "HOLDOUT_8": "38a5151", "HOLDOUT_9": "bc015e7",
    "HOLDOUT_10": "933484c", "HOLDOUT_11": "84ad506",
    "HOLDOUT_12": "902ee77", "HOLDOUT_13": "566dbd8",
    "HOLDOUT_14": "e5e94c4", "HOLDOUT_15": "995c61a",
    "HOLDOUT_16": "e5a36c0", "HOLDOUT_17": "13097b2", "HOLDOUT_18": "13097b2",
    "HOLDOUT_19": "a23c7b3", "HOLDOUT_20": "a23c7b3", "HOLDOUT_21": "a23c7b3", "HOLDOUT_22": "a23c7b3",
    "HOLDOUT_23": "a23c7b3", "HOLDOUT_24": "57f3771", "HOLDOUT_25": "57f3771",
    "HOLDOUT_26": "073f527", "HOLDOUT_27": "073f527", "HOLDOUT_28": "8dfc5a6", "HOLDOUT_29": "8dfc5a6",
    "HOLDOUT_30": "5f5653a", "HOLDOUT_31": "5f5653a",
    "HOLDOUT_32": "3f33651", "HOLDOUT_33": "3f33651", "HOLDOUT_34": "3f33651", "HOLDOUT_35": "3f33651",
    "HOLDOUT_36": "a3d5254", "HOLDOUT_39": "a3d5254", "HOLDOUT_37": "a28318d", "HOLDOUT_38": "a28318d",
    "HOLDOUT_40": "1693140", "HOLDOUT_41": "5517255", "HOLDOUT_42": "84a56d0", "HOLDOUT_43": "84a56d0",
    "HOLDOUT_44": "15ec499", "HOLDOUT_45": "15ec499", "HOLDOUT_46": "15ec499", "HOLDOUT_47": "15ec499",
    "HOLDOUT_48": "15ec499", "HOLDOUT_49": "63d82a4", "HOLDOUT_50": "63d82a4", "HOLDOUT_51": "63d82a4",
    "HOLDOUT_52": "63d82a4", "HOLDOUT_53": "2370ce3", "HOLDOUT_54": "2370ce3", "HOLDOUT_55": "2370ce3",
    "HOLDOUT_56": "2370ce3", "HOLDOUT_57": "ebc8272", "HOLDOUT_58": "ebc8272",
    "HOLDOUT_59": "dc12699", "HOLDOUT_60": "dc12699",
}
POOLED = f"{next(iter(FIRST_RUN_COMMITS))}..{list(FIRST_RUN_COMMITS)[-1].removeprefix('HOLDOUT_')}"
CODERS = ("rules", "supervised", "hybrid", "hybrid_dropout")

# run inside an old checkout: texts (JSON) on stdin -> per text: themes, kept evidence (theme, rule), dropped themes
OLD_RULES_SCRIPT = """
import json, sys
from splw_text.codebook import load_codebook
from splw_text.coding.rules import RuleCoder
texts = json.load(sys.stdin)
coder = RuleCoder(load_codebook())
codes = coder.code_texts(texts)
out = []
for i, text in enumerate(texts):
    out.append({"themes": [t for t in coder.theme_ids if codes.iloc[i][t]],
                "kept": [[e.theme, e.rule] for e in codes["evidence"].iat[i]],
                "dropped": sorted({m.theme for m in coder.explain(text) if not m.kept})})
json.dump(out, sys.stdout)
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--splits", type=int, default=10)
    parser.add_argument("--test-size", type=float, default=0.3)
    parser.add_argument("--embeddings", default="none", choices=["none", "static", "minilm"])
    parser.add_argument("--rule-dropout", type=float, default=0.33)
    parser.add_argument("--fresh", action="store_true", help="Also score on the fresh answers of the tests.")
    parser.add_argument("--finetune", action="store_true", help="Blend the model with a fine-tuned MiniLM.")
    args = parser.parse_args()
    if args.splits < 1 and not args.fresh:
        parser.error("--splits 0 needs --fresh")
    if not (DEV / "gold.csv").is_file():
        print(f"skipped: {DEV} is not present")
        return 0

    from sklearn.model_selection import GroupShuffleSplit

    from splw_text.codebook import load_codebook
    from splw_text.coding.hybrid import rule_evidence
    from splw_text.coding.rules import RuleCoder
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
    codes = rules.code(frame)
    evidence = rule_evidence(rules, frame, codes)
    traces = [[(e.theme, e.rule) for e in found] for found in codes["evidence"]]
    embeddings = None if args.embeddings == "none" else args.embeddings
    embedded = embed_texts(frame["text_clean"].tolist(), embeddings) if embeddings else None

    results: dict[str, list[tuple[float, float]]] = {name: [] for name in CODERS}
    splitter = GroupShuffleSplit(n_splits=max(args.splits, 1), test_size=args.test_size, random_state=0)
    splits = list(splitter.split(frame, groups=frame["respondent_id"]))[: args.splits]
    for split, (train, test) in enumerate(splits):
        coders = fit_coders(frame.iloc[train], labels[train], evidence.take(train), [traces[i] for i in train],
                            theme_ids, embeddings, embedded[train] if embedded is not None else None,
                            args.rule_dropout, split, args.finetune)
        predictions = predict_all(coders, frame["text_clean"].iloc[test].tolist(), evidence.take(test),
                                  embedded[test] if embedded is not None else None)
        for name, predicted in predictions.items():
            results[name].append(micro_macro(labels[test], predicted, theme_ids))
        print(f"split {split}: " + "  ".join(f"{name} {values[-1][0]:.3f}" for name, values in results.items()),
              flush=True)

    print()
    print(f"{len(frame)} substantive dev answers, {args.splits} splits by respondent "
          f"(test {args.test_size:.0%}), embeddings: {args.embeddings}, rule dropout {args.rule_dropout}, "
          f"model: {'BlendedCoder (fine-tuned MiniLM)' if args.finetune else 'SupervisedCoder'}")
    if splits:
        summarise_splits(results)
    if args.fresh:
        coders = fit_coders(frame, labels, evidence, traces, theme_ids, embeddings, embedded, args.rule_dropout, 0,
                            args.finetune)
        for name in ("hybrid", "hybrid_dropout"):
            print(f"{name} trained on all dev: add at combiner p >= {coders[name].add_threshold_}, "
                  f"remove below {coders[name].remove_threshold_}")
        score_fresh_answers(coders, rules, theme_ids, embeddings)
    print(f"time: {time.perf_counter() - started:.0f} s")
    return 0


def summarise_splits(results: dict[str, list[tuple[float, float]]]) -> None:
    """Print the mean +- sd of every coder over the dev splits, and how often each hybrid beats the rules."""
    print(f"{'coder':<16}{'micro-F1 mean +- sd':>22}{'macro-F1 mean +- sd':>22}")
    for name, values in results.items():
        micro = np.array([v[0] for v in values])
        macro = np.array([v[1] for v in values])
        spread = (f"{micro.std(ddof=1):.3f}", f"{macro.std(ddof=1):.3f}") if len(values) > 1 else ("-", "-")
        print(f"{name:<16}{micro.mean():>14.3f} +- {spread[0]}{macro.mean():>14.3f} +- {spread[1]}")
    rules_micro = np.array([v[0] for v in results["rules"]])
    for name in ("hybrid", "hybrid_dropout"):
        micro = np.array([v[0] for v in results[name]])
        print(f"{name} vs rules, per split: {int((micro > rules_micro).sum())} better, "
              f"{int((micro == rules_micro).sum())} equal, {int((micro < rules_micro).sum())} worse; "
              f"mean difference {np.mean(micro - rules_micro):+.4f}")


def fit_coders(
    answers: pd.DataFrame, labels: np.ndarray, evidence: Any, traces: list[list[tuple[str, str]]],
    theme_ids: list[str], embeddings: str | None, embedded: np.ndarray | None, dropout: float, seed: int,
    finetune: bool = False,
) -> dict[str, Any]:
    """The two hybrids (rule dropout 0 and ``dropout``), trained on the same answers and the same model folds
    (with ``finetune`` their model is a ``BlendedCoder``, fitted once for each)."""
    from splw_text.coding.blended import BlendedCoder
    from splw_text.coding.hybrid import HybridCoder
    from splw_text.coding.supervised import SupervisedCoder

    fitted = {}
    for name, rate in (("hybrid", 0.0), ("hybrid_dropout", dropout)):
        model: Any = SupervisedCoder(theme_ids=theme_ids, embeddings=embeddings, random_state=seed)
        if finetune:
            model = BlendedCoder(model, random_state=seed)
        fitted[name] = HybridCoder(supervised=model, rule_dropout=rate, random_state=seed).fit(
            answers, pd.DataFrame(labels, columns=theme_ids), rule_hits=evidence, embedded=embedded,
            rule_traces=traces,
        )
    return fitted


def predict_all(coders: dict[str, Any], texts: list[str], evidence: Any, embedded: np.ndarray | None
                ) -> dict[str, np.ndarray]:
    """Bool decisions of the four coders on ``texts`` (rule evidence given)."""
    model = coders["hybrid"].supervised_
    proba = model.predict_proba(texts, embedded=embedded)
    other = coders["hybrid_dropout"].supervised_.predict_proba(texts, embedded=embedded)
    return {
        "rules": evidence.hits,
        "supervised": proba >= model.thresholds_,
        "hybrid": coders["hybrid"].decide(evidence, proba),
        "hybrid_dropout": coders["hybrid_dropout"].decide(evidence, other),
    }


def micro_macro(truth: np.ndarray, predicted: np.ndarray, theme_ids: list[str]) -> tuple[float, float]:
    from splw_text.coding.supervised import score_table

    table = score_table(truth, predicted, theme_ids).set_index("theme")
    return float(table.loc["micro", "f1"]), float(table.loc["macro", "f1"])


def score_fresh_answers(coders: dict[str, Any], rules: Any, theme_ids: list[str], embeddings: str | None) -> None:
    """Print micro/macro-F1 of every coder on FRESH and HOLDOUT (today's rules) and the later batches (first-run
    rules)."""
    import importlib.util

    from splw_text.clean import clean_text
    from splw_text.coding.hybrid import rule_evidence
    from splw_text.coding.text_features import embed_texts

    spec = importlib.util.spec_from_file_location("fresh_answers", FRESH_TESTS)
    if spec is None or spec.loader is None:
        print(f"skipped: {FRESH_TESTS} not found")
        return
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    print("\ntrained on all dev answers; fresh answers in other styles:")
    pooled: dict[str, list[np.ndarray]] = {"truth": [], **{name: [] for name in CODERS}}
    for name in ("FRESH", "HOLDOUT", *FIRST_RUN_COMMITS):
        data = getattr(module, name)
        texts = [clean_text(text) for text, _ in data]
        truth = np.array([[theme in themes for theme in theme_ids] for _, themes in data])
        if name in FIRST_RUN_COMMITS:
            try:
                evidence = first_run_evidence(FIRST_RUN_COMMITS[name], texts, theme_ids)
            except subprocess.CalledProcessError as error:  # a shallow clone, or an old checkout that fails
                print(f"  {name}: skipped, the rules before {FIRST_RUN_COMMITS[name]} could not be run ({error})")
                continue
            label = f"{name} (first-run rules)"
        else:
            evidence = rule_evidence(rules, pd.DataFrame({"text_clean": texts, "non_response": False}))
            label = f"{name} (today's rules)"
        embedded = embed_texts(texts, embeddings) if embeddings else None
        predictions = predict_all(coders, texts, evidence, embedded)
        print(f"  {label:<34} n={len(texts):<5}" + "  ".join(
            f"{coder} {micro_macro(truth, predicted, theme_ids)[0]:.3f}" for coder, predicted in predictions.items()))
        if name in FIRST_RUN_COMMITS:
            pooled["truth"].append(truth)
            for coder, predicted in predictions.items():
                pooled[coder].append(predicted)
    if not pooled["truth"]:
        return
    truth = np.concatenate(pooled["truth"])
    print(f"  {POOLED + ' pooled, first-run':<34} n={len(truth):<5}" + "  ".join(
        f"{coder} {'/'.join(f'{v:.3f}' for v in micro_macro(truth, np.concatenate(pooled[coder]), theme_ids))}"
        for coder in CODERS) + "  (micro/macro)")


def first_run_evidence(commit: str, texts: list[str], theme_ids: list[str]) -> Any:
    """Rule evidence of ``texts`` under the rules of ``commit``'s parent (its own code and codebook)."""
    from splw_text.coding.hybrid import RuleEvidence

    with tempfile.TemporaryDirectory() as folder:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", f"{commit}^", "splw_text", "models"],
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", folder], input=archive, check=True)
        result = subprocess.run([sys.executable, "-c", OLD_RULES_SCRIPT], input=json.dumps(texts), text=True,
                                capture_output=True, check=True, cwd=folder, env={**os.environ, "PYTHONPATH": folder})
    column = {theme: j for j, theme in enumerate(theme_ids)}
    hits = np.zeros((len(texts), len(theme_ids)), dtype=bool)
    distinct = np.zeros(hits.shape, dtype=int)
    dropped = np.zeros(hits.shape, dtype=bool)
    for i, found in enumerate(json.loads(result.stdout)):
        for theme in found["themes"]:
            hits[i, column[theme]] = True
        for theme in found["dropped"]:
            dropped[i, column[theme]] = True
        for theme in {theme for theme, _ in found["kept"]}:
            distinct[i, column[theme]] = len({rule for t, rule in found["kept"] if t == theme})
    return RuleEvidence(hits, np.where(hits, np.maximum(distinct, 1), 0), dropped & ~hits)


if __name__ == "__main__":
    sys.exit(main())
