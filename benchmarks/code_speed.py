"""Rule coding speed: answers per second on 100,000 answers, against a bare spaCy tokenizer pass (the floor).

    /work/venv/bin/python benchmarks/code_speed.py [--answers 100000] [--full 10000] [--jobs 2]

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
import os

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
    print(f"code: {len(texts):,} answers, mean {sum(map(len, texts)) / len(texts):.0f} characters, "
          f"{answers['text'].nunique():,} distinct; {os.cpu_count()} cores, load average "
          f"{os.getloadavg()[0]:.1f}")
    cleaned = clean_answers(answers, redact=False)
    codebook = load_codebook()
    coder = cached_coder(codebook)
    coder.code(cleaned.head(200))  # warm up: lazy tables, first-call costs

    blank = spacy.blank("en")
    floor_seconds, _ = timed(lambda: sum(len(doc) for doc in blank.pipe(texts, batch_size=1000)))
    floor_rate = len(texts) / floor_seconds
    row("spaCy blank tokenizer, 1 process (floor)", f"{floor_rate:,.0f} ans/s")

    rule_seconds, _ = timed(lambda: coder.code(cleaned))
    rule_rate = len(texts) / rule_seconds
    ratio = rule_seconds / floor_seconds
    row("RuleCoder.code, 1 process", f"{rule_rate:,.0f} ans/s", f"{ratio:.2f}x floor",
        "within the 3x target" if ratio <= 3 else "OVER the 3x target")

    where_the_time_goes(coder, cleaned["text_clean"].tolist()[: args.spacy_subset], blank)

    rates = {}
    for jobs in sorted({1, args.jobs}):
        with CodingPool(jobs=jobs, chunk_size=1000) as pool:
            pool.codes(cleaned.head(jobs * 200))  # start the workers
            seconds, _ = timed(lambda pool=pool: pool.codes(cleaned))
        rates[jobs] = len(texts) / seconds
        row(f"CodingPool --jobs {jobs}", f"{rates[jobs]:,.0f} ans/s", f"{seconds / floor_seconds:.2f}x floor",
            f"{rates[jobs] / rates[1]:.2f}x --jobs 1" if jobs > 1 else "")

    subset = texts[: args.spacy_subset]
    one_seconds, _ = timed(lambda: sum(len(d) for d in blank.pipe(subset, batch_size=1000)))
    two_seconds, _ = timed(lambda: sum(len(d) for d in blank.pipe(subset, batch_size=1000, n_process=2)))
    row(f"spaCy blank tokenizer n_process=2 ({len(subset):,})", f"{len(subset) / two_seconds:,.0f} ans/s",
        f"{two_seconds / one_seconds:.1f}x slower" if two_seconds > one_seconds else
        f"{one_seconds / two_seconds:.1f}x faster", "than n_process=1 on the same texts")

    full = answers.head(args.full)
    full_rates = {}
    for jobs in sorted({1, args.jobs}) if len(full) else []:
        with CodingPool(jobs=jobs, chunk_size=500) as pool:
            pool.coded_answers(full.head(jobs * 100))
            seconds, _ = timed(lambda pool=pool: pool.coded_answers(full))
        full_rates[jobs] = len(full) / seconds
        row(f"whole code path (clean+redact+code) --jobs {jobs}", f"{full_rates[jobs]:,.0f} ans/s",
            f"{floor_rate / full_rates[jobs]:.1f}x floor",
            f"{full_rates[jobs] / full_rates[1]:.2f}x --jobs 1" if jobs > 1 else "")
    if len(full):
        clean_seconds, _ = timed(lambda: clean_answers(full, redact=True))
        row("  of which clean_answers (redact), 1 process", f"{len(full) / clean_seconds:,.0f} ans/s",
            f"{floor_rate * clean_seconds / len(full):.1f}x floor")
    row("peak memory of this process", f"{peak_rss_mb():.0f} MB")


def where_the_time_goes(coder, texts: list[str], blank) -> None:  # type: ignore[no-untyped-def]
    """Each component of the coder's spaCy pipeline, timed alone over ``texts``, as a multiple of the floor."""
    floor, _ = timed(lambda: [blank.make_doc(text) for text in texts])
    tokenize, docs = timed(lambda: [coder.nlp.make_doc(text) for text in texts])
    print(f"  where the time goes ({len(texts):,} answers; each component alone, as a multiple of the floor):")
    row("    tokenizer", f"{tokenize / floor:.2f}x")
    for name, component in coder.nlp.pipeline:
        seconds, docs = timed(lambda component=component, docs=docs: [component(doc) for doc in docs])
        row(f"    {name}", f"{seconds / floor:.2f}x")


if __name__ == "__main__":
    main()
