"""Time and peak memory of topic discovery for 1,000, 10,000 and 50,000 answers, every backend, against
BERTopic's stock configuration (all-MiniLM-L6-v2, UMAP, HDBSCAN) on the same texts.

    python benchmarks/topics_speed.py [--sizes 1000 10000 50000] [--backends tfidf static minilm]

Texts: ``common.synthetic_texts`` (real answer sentences of the dev corpus and the demo survey, resampled
into new answers, seeded). Every measurement runs in a fresh Python process, as ``splw-text topics`` does,
so imports and numba compilation are paid as a user pays them:

- ``encode``: the backend embeds every text into an empty cache (static, minilm); tfidf has no separate
  step (its SVD is fitted inside ``fit``). The MiniLM encoding is measured once per size and charged to
  both minilm and the stock baseline, which embed with the same model.
- ``fit``: the topic model on the cached embeddings (``TopicModel.fit_transform`` + ``summary``), or for
  the baseline ``BERTopic().fit_transform(texts, embeddings)`` with stock parameters (UMAP seeded).
- ``cold`` = encode + fit: a first run. ``warm`` = fit alone: a run whose embeddings are cached.

Peak memory is each process's own maximum resident set (getrusage), the larger of its encode and fit.
The ratio column is the stock baseline's cold seconds over each configuration's cold seconds (same run,
same texts); other people's processes share the CPU of a development machine, so read the ratios.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

WORKER = r"""
import json, resource, sys, time
sys.path.insert(0, {here!r})
from common import synthetic_texts
texts = synthetic_texts({size}, seed=11)
step, backend, cache = {step!r}, {backend!r}, {cache!r}
start = time.perf_counter()
if step == "encode":
    from splw_text.topics.embeddings import embed, make_backend
    embed(texts, make_backend(backend), cache_dir=cache)
    detail = ""
elif backend == "stock":
    import logging
    from splw_text.topics.embeddings import embed, make_backend
    embeddings = embed(texts, make_backend("minilm"), cache_dir=cache)
    start = time.perf_counter()  # the encoding was timed on its own
    from bertopic import BERTopic
    from umap import UMAP
    umap_model = UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine", random_state=42)
    topics = BERTopic(umap_model=umap_model).fit_transform(texts, embeddings)[0]
    detail = f"{{len(set(topics)) - (-1 in topics)}} topics, {{sum(t == -1 for t in topics)}} outliers"
else:
    from splw_text.topics.model import TopicModel
    params = json.loads({params!r})
    model = TopicModel(backend=backend, cache_dir=cache, **params)
    topics = model.fit_transform(texts)
    model.summary()
    detail = f"{{len(set(topics.tolist()))}} topics"
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"seconds": seconds, "peak_mb": peak, "detail": detail}}))
"""


def run(step: str, backend: str, size: int, cache: str, params: str = "{}") -> dict[str, float | str]:
    """Run one measurement in a fresh process and return its seconds, peak MB and a detail string."""
    code = WORKER.format(here=str(HERE), size=size, step=step, backend=backend, cache=cache, params=params)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"{step} {backend} {size} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 50_000])
    parser.add_argument("--backends", nargs="+", default=["tfidf", "static", "minilm"])
    parser.add_argument("--umap", action="store_true",
                        help="also time the static backend with the UMAP reducer + HDBSCAN (numba cache warm)")
    parser.add_argument("--no-stock", action="store_true")
    args = parser.parse_args()

    for size in args.sizes:
        print(f"\n{size:,} answers", flush=True)
        print(f"  {'configuration':<34} {'encode s':>9} {'fit s':>8} {'cold s':>8} {'peak MB':>8} {'vs stock':>9}")
        rows = []
        with tempfile.TemporaryDirectory(prefix="splw-topics-bench-") as cache:
            encoded: dict[str, dict[str, float | str]] = {}
            for backend in {*args.backends, *([] if args.no_stock else ["minilm"])} - {"tfidf"}:
                encoded[backend] = run("encode", backend, size, cache)
            configs = [(b, b, "{}") for b in args.backends]
            if args.umap:
                configs.append(("static + UMAP + HDBSCAN", "static",
                                json.dumps({"reducer": "umap", "n_components": 5, "clusterer": "hdbscan"})))
            if not args.no_stock:
                configs.append(("BERTopic stock (MiniLM+UMAP+HDBSCAN)", "stock", "{}"))
            for name, backend, params in configs:
                fit = run("fit", backend, size, cache, params)
                enc = encoded.get("minilm" if backend == "stock" else backend, {"seconds": 0.0, "peak_mb": 0.0})
                cold = float(enc["seconds"]) + float(fit["seconds"])
                peak = max(float(enc["peak_mb"]), float(fit["peak_mb"]))
                rows.append((name, float(enc["seconds"]), float(fit["seconds"]), cold, peak, str(fit["detail"])))
                if args.umap and name.startswith("static +"):
                    again = run("fit", backend, size, cache, params)  # numba's cache is warm now
                    rows.append((name + " (2nd run)", float(enc["seconds"]), float(again["seconds"]),
                                 float(enc["seconds"]) + float(again["seconds"]), peak, str(again["detail"])))
        stock = next((r[3] for r in rows if r[0].startswith("BERTopic stock")), None)
        for name, enc_s, fit_s, cold, peak, detail in rows:
            ratio = f"{stock / cold:.1f}x" if stock else ""
            print(f"  {name:<34} {enc_s:>9.1f} {fit_s:>8.1f} {cold:>8.1f} {peak:>8.0f} {ratio:>9}  {detail}",
                  flush=True)


if __name__ == "__main__":
    main()
