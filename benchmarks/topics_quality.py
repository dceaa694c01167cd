"""Topic quality on ../shared/splw-dev: NMI against the gold themes, and the emergent-theme test.

    python benchmarks/topics_quality.py [--seeds 42 43 44] [--remove THEME ...] [--umap]

1. NMI between topics and the gold themes (``splw_text.topics.mapping.topic_theme_nmi``: every
   (answer, gold theme) pair counts once, answers without a theme are left out) for every embedding backend
   with the project's defaults, beside BERTopic's stock configuration (all-MiniLM-L6-v2 embeddings, UMAP
   15 neighbours / 5 dimensions, HDBSCAN min_cluster_size 10, default CountVectorizer) on the same texts.
   Mean and range over ``--seeds``. ``--umap`` adds each backend with UMAP (5 dimensions) + HDBSCAN in
   place of the default PCA + KMeans: the measurement behind the choice of reducer.
2. The emergent-theme test: one theme at a time is removed from the codebook (no seed words, not in the
   codes the topics are mapped with). An emergent topic (no remaining theme covers most of it) should
   surface it: for the emergent topic richest in the removed theme we print its precision (share of its
   answers that gold gives the removed theme), its size and its recall (share of the theme's answers in it).

Reads the dev data in place and skips (exit 0 with a message) when it is absent.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared" / "splw-dev"
DEFAULT_REMOVED = ("it_systems_access", "pay_job_security", "supervision_support", "career_progression")


def load_dev(codebook: Any) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The dev answers, cleaned and redacted, and the gold label table aligned with them."""
    from splw_text.clean import clean_answers
    from splw_text.config import load_config
    from splw_text.labels import KEY, read_label_file
    from splw_text.load import load_survey

    survey = load_survey(DEV / "responses.csv", load_config())
    answers = clean_answers(survey.answers)
    gold = read_label_file(DEV / "gold.csv", codebook.theme_ids)
    codes = answers[KEY].merge(gold, on=KEY, how="left", validate="one_to_one")
    return answers, codes


def stock_bertopic_topics(texts: list[str], seed: int, cache_dir: Path | None) -> np.ndarray:
    """Topics from BERTopic's stock configuration on MiniLM embeddings (UMAP seeded for repeatability)."""
    from splw_text.topics.embeddings import embed, make_backend
    from splw_text.topics.model import import_bertopic

    embeddings = embed(texts, make_backend("minilm"), cache_dir=cache_dir)
    from umap import UMAP

    BERTopic = import_bertopic()
    umap_model = UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine", random_state=seed)
    model = BERTopic(umap_model=umap_model)
    return np.asarray(model.fit_transform(texts, embeddings)[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[42, 43, 44])
    parser.add_argument("--backends", nargs="+", default=["tfidf", "static", "minilm"])
    parser.add_argument("--remove", nargs="+", default=list(DEFAULT_REMOVED))
    parser.add_argument("--emergent-backends", nargs="+", default=None,
                        help="backends for the emergent test (default: the default backend and minilm)")
    parser.add_argument("--cache-dir", type=Path, default=None)
    parser.add_argument("--no-stock", action="store_true", help="skip BERTopic's stock configuration")
    parser.add_argument("--umap", action="store_true",
                        help="also measure each backend with UMAP (5 dimensions) + HDBSCAN instead of PCA + KMeans")
    args = parser.parse_args()
    if not (DEV / "responses.csv").is_file():
        print(f"benchmarks: {DEV} is not present; nothing to measure")
        return

    import logging

    logging.getLogger("BERTopic").setLevel(logging.ERROR)
    from splw_text.codebook import load_codebook
    from splw_text.topics import DEFAULT_BACKEND, discover_topics
    from splw_text.topics.mapping import topic_theme_nmi

    codebook = load_codebook(check_patterns=False)
    answers, codes = load_dev(codebook)
    substantive = ~answers["non_response"].to_numpy()
    texts = answers.loc[substantive, "text_redacted"].tolist()
    gold = codes[substantive].reset_index(drop=True)
    theme_ids = codebook.theme_ids
    print(f"dev: {len(answers)} answers, {len(texts)} substantive; seeds {args.seeds}; default {DEFAULT_BACKEND}")

    print("\n1. NMI between topics and gold themes (mean [min-max] over seeds), topics found, fit seconds")
    results: dict[str, list[float]] = {}
    umap = {"reducer": "umap", "n_components": 5, "clusterer": "hdbscan"}
    variants = [(b, b, {}) for b in args.backends] + [(f"{b} + UMAP + HDBSCAN", b, umap) for b in args.backends
                                                       if args.umap]
    for name, backend, params in variants:
        scores, counts, seconds = [], [], []
        for seed in args.seeds:
            start = time.perf_counter()
            result = discover_topics(answers, codes, codebook, backend=backend, seed=seed, cache_dir=args.cache_dir,
                                     **params)
            seconds.append(time.perf_counter() - start)
            topics = result.answer_topics["topic"].to_numpy()
            scores.append(topic_theme_nmi(topics, gold, theme_ids))
            counts.append(len(result.topics))
        results[name] = scores
        print(f"  {name:<28} NMI {np.mean(scores):.3f} [{min(scores):.3f}-{max(scores):.3f}]"
              f"  topics {np.mean(counts):.0f}  {np.mean(seconds):.1f} s")
    if not args.no_stock:
        scores, counts = [], []
        for seed in args.seeds:
            topics = stock_bertopic_topics(texts, seed, args.cache_dir)
            scores.append(topic_theme_nmi(topics, gold, theme_ids))
            counts.append(len(set(topics.tolist()) - {-1}))
        results["stock"] = scores
        print(f"  {'BERTopic stock (MiniLM+UMAP+HDBSCAN)':<28} NMI {np.mean(scores):.3f}"
              f" [{min(scores):.3f}-{max(scores):.3f}]  topics {np.mean(counts):.0f} (+ outliers)")
    best = max(np.mean(results[b]) for b in args.backends)
    close = [b for b in args.backends if np.mean(results[b]) >= best - 0.03]
    print(f"  backends within 0.03 of the best ({best:.3f}): {', '.join(close)}")

    for backend in args.emergent_backends or list(dict.fromkeys([DEFAULT_BACKEND, "minilm"])):
        emergent_test(backend, args, answers, codes, gold, codebook)


def emergent_test(backend: str, args: argparse.Namespace, answers: pd.DataFrame, codes: pd.DataFrame,
                  gold: pd.DataFrame, codebook: Any) -> None:
    """Remove each theme of ``args.remove`` in turn; print the best emergent topic's precision for it."""
    from splw_text.topics import discover_topics
    from splw_text.topics.mapping import theme_precision

    print(f"\n2. Emergent-theme test ({backend}): remove one theme, look for an emergent topic that holds it")
    wins = 0
    for removed in args.remove:
        flags = gold[removed].to_numpy(dtype=bool)
        lines = []
        for seed in args.seeds:
            result = discover_topics(answers, codes.drop(columns=[removed]), codebook, backend=backend, seed=seed,
                                     cache_dir=args.cache_dir, exclude_themes=[removed])
            topics = result.answer_topics["topic"].to_numpy()
            emergent = result.topics[result.topics["emergent"]]
            if emergent.empty:
                lines.append((0.0, f"seed {seed}: no emergent topic"))
                continue
            scored = [(theme_precision(topics, int(t), flags), int(t)) for t in emergent["topic"]]
            precision, topic = max(scored)
            members = topics == topic
            recall = float((members & flags).sum() / max(1, flags.sum()))
            label = result.topics.set_index("topic").loc[topic, "label"]
            lines.append((precision, f"seed {seed}: topic {topic} '{label}' precision {precision:.2f},"
                                     f" size {int(members.sum())}, recall {recall:.2f}"
                                     f" ({len(emergent)} emergent of {len(result.topics)})"))
        median = float(np.median([p for p, _ in lines]))
        wins += median >= 0.5
        print(f"  {removed} ({int(flags.sum())} answers): median precision {median:.2f}")
        for _, line in lines:
            print(f"    {line}")
    print(f"  surfaced (median precision >= 0.5): {wins} of {len(args.remove)} removed themes")


if __name__ == "__main__":
    sys.exit(main())
