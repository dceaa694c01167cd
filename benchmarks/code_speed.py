"""Rule coding speed: answers per second on 100,000 answers, against a bare spaCy tokenizer pass (the floor).

    python benchmarks/code_speed.py [--answers 100000] [--full 10000] [--jobs 2]

Measured in one run, on the same texts (resampled from ../shared/splw-dev and the demo survey, seeded):

1. the floor: ``spacy.blank("en")`` tokenizing every text in one process;
2. the rule coder (``RuleCoder.code``) on the cleaned texts, in one process: target within 3x the floor;
3. the same through ``CodingPool`` with 1 and with ``--jobs`` worker processes (each builds the coder once
   and returns only the codes);
4. spaCy's own ``n_process=2`` on the bare tokenizer, which sends every Doc back to the parent (on a
   subset: it is slow), to show why the workers return codes and not Docs;
5. the whole ``code`` path per answer (clean, non-response, redaction, coding, file rows) on ``--full``
   answers with 1 and ``--jobs`` processes: what ``splw-text code`` costs.

Other people's processes share the CPU of a development machine: the ratios (same run, same texts) are the
figures to read; the answers per second move with the load.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import time

from common import peak_rss_mb, row, synthetic_answers, timed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=100_000)
    parser.add_argument("--full", type=int, default=10_000, help="answers for the whole code path (5.)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--spacy-subset", type=int, default=10_000, help="answers for spaCy's n_process (4.)")
    args = parser.parse_args()

    import spacy

    from splw_text.clean import clean_answers
    from splw_text.codebook import load_codebook
    from splw_text.coding.parallel import CodingPool, cached_coder

    answers = synthetic_answers(args.answers)
    texts = answers["text"].tolist()
    print(f"code: {len(texts):,} distinct answers, mean {sum(map(len, texts)) / len(texts):.0f} characters; "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    cleaned = clean_answers(answers, redact=False)
    codebook = load_codebook()
    coder = cached_coder(codebook)
    coder.code(cleaned.head(200))  # warm up: lazy tables, first-call costs

    blank = spacy.blank("en")
    floor_seconds, _ = timed(lambda: sum(len(doc) for doc in blank.pipe(texts, batch_size=1000)))
    floor_rate = len(texts) / floor_seconds
    row("spaCy blank tokenizer, 1 process (floor)", f"{floor_rate:,.0f} ans/s")

    forget(coder)
    rule_seconds = timed(lambda: len(coder.code(cleaned)))[0]  # the codes are not kept: see where_the_time_goes
    rule_rate = len(texts) / rule_seconds
    ratio = rule_seconds / floor_seconds
    row("RuleCoder.code, 1 process", f"{rule_rate:,.0f} ans/s", f"{ratio:.2f}x floor",
        "within the 3x target" if ratio <= 3 else "OVER the 3x target")
    where_the_time_goes(coder, cleaned["text_clean"].tolist()[: args.spacy_subset], floor_seconds / len(texts))

    pooled(coder, lambda jobs: CodingPool(jobs=jobs, chunk_size=1000), lambda pool: len(pool.codes(cleaned)), args.jobs,
           len(texts), floor_seconds, "CodingPool.codes")

    subset = texts[: args.spacy_subset]
    one_seconds, _ = timed(lambda: sum(len(d) for d in blank.pipe(subset, batch_size=1000)))
    two_seconds, _ = timed(lambda: sum(len(d) for d in blank.pipe(subset, batch_size=1000, n_process=2)))
    row(f"spaCy blank tokenizer n_process=2 ({len(subset):,})", f"{len(subset) / two_seconds:,.0f} ans/s",
        f"{two_seconds / one_seconds:.1f}x slower" if two_seconds > one_seconds else
        f"{one_seconds / two_seconds:.1f}x faster", "than n_process=1 on the same texts")

    full = answers.head(args.full)
    if len(full):
        clean_answers(full.head(50), redact=True)  # warm up: the redactor's word lists load on first use
        pooled(coder, lambda jobs: CodingPool(jobs=jobs, chunk_size=500), lambda pool: len(pool.coded_answers(full)),
               args.jobs, len(full), floor_seconds * len(full) / len(texts), "whole code path (clean+redact+code)")
        clean_seconds, _ = timed(lambda: clean_answers(full, redact=True))
        row("  of which clean_answers (redact), 1 process", f"{len(full) / clean_seconds:,.0f} ans/s",
            f"{floor_rate * clean_seconds / len(full):.1f}x floor")
    row("peak memory of this process", f"{peak_rss_mb():.0f} MB")


def forget(coder) -> None:  # type: ignore[no-untyped-def]
    """Empty the coder's cache of coded texts (it codes a repeated text once), so every text is coded."""
    getattr(coder, "_cache", {}).clear()


def cpu_seconds() -> float:
    """CPU seconds used so far by this process and its finished children (the pool's workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def pooled(coder, make_pool, work, jobs: int, count: int, floor_seconds: float, label: str) -> None:  # type: ignore[no-untyped-def]
    """Time ``work(pool)`` with 1 and ``jobs`` processes: wall-clock rate, and CPU seconds per answer over
    every process (parent and workers, start-up included). Equal CPU per answer means the work splits
    with no overhead, so on ``jobs`` idle cores the rate grows ``jobs`` times; the wall-clock ratio also
    depends on what else the machine is running (see the load average)."""
    results = {}
    for n in sorted({1, jobs}):
        forget(coder)  # the workers fork from this process: they start with the cleared cache too
        cpu_before = cpu_seconds()
        start = time.perf_counter()
        with make_pool(n) as pool:
            work(pool)
        wall = time.perf_counter() - start
        results[n] = (count / wall, (cpu_seconds() - cpu_before) / count)
        rate, cpu = results[n]
        note = f"{1000 * cpu:.2f} CPU-ms/answer; load {os.getloadavg()[0]:.1f}"
        if n > 1:
            note += (f"; {rate / results[1][0]:.2f}x the wall rate of --jobs 1, "
                     f"{cpu / results[1][1]:.2f}x its CPU per answer")
        row(f"{label} --jobs {n}", f"{rate:,.0f} ans/s", f"{count / rate / floor_seconds:.1f}x floor", note)


def where_the_time_goes(coder, texts: list[str], floor_per_answer: float) -> None:  # type: ignore[no-untyped-def]
    """Each stage of the coder timed alone over ``texts``: seconds per answer as a multiple of the floor's.

    Run while little else is held in memory: with the codes of 100,000 answers alive (millions of objects),
    Python's cyclic garbage collector alone makes every stage look several times slower.
    """
    gc.collect()
    print(f"  where the time goes ({len(texts):,} answers; each stage alone, per answer, as a multiple of the floor):")
    tokenize, docs = timed(lambda: [coder.make_doc(text) for text in texts])
    row("    tokenizer", f"{tokenize / len(texts) / floor_per_answer:.2f}x")
    total = tokenize
    for name, component in coder.nlp.pipeline:
        seconds, docs = timed(lambda component=component, docs=docs: [component(doc) for doc in docs])
        total += seconds
        row(f"    {name}", f"{seconds / len(texts) / floor_per_answer:.2f}x")
    row("    the pipeline, all stages", f"{total / len(texts) / floor_per_answer:.2f}x",
        "", "the rest of RuleCoder.code is its own bookkeeping")


if __name__ == "__main__":
    main()
