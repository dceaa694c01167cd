"""Recall and precision of the personal-data redactor, and its speed.

Two test sets:

- dev: every answer of ../shared/splw-dev/responses.csv (cleaned as the pipeline cleans it), against the
  personal data listed in its NOTES.md ("Personal data to redact"); skipped if the folder is absent;
- own: the labelled cases in benchmarks/redaction_cases.py (positives and hard negatives, several styles).

A gold item counts as recalled when every non-space character of it is inside a detected span (of any
kind: what matters is that it does not leak); a detected span is correct when it overlaps a gold item.
"Vocabulary redacted" counts occurrences of the survey's vocabulary (protected terms) inside a span.

Speed: answers per CPU second (process time, so other jobs on the machine matter less) over the dev
answers repeated to 20,000, and the ratio to a baseline measured in the same run (one compiled e-mail
regex over the same texts).

Long answers: the CPU time of one ~100 KB answer of each worst case found (title-case words, titles and
initials, street and practice words), which must grow linearly with the length.

Usage: ``python benchmarks/redaction_quality.py [--show]`` (``--show`` lists every miss and false alarm).
"""

from __future__ import annotations

import importlib.util
import re
import sys
import time
from pathlib import Path

import pandas as pd

from splw_text.clean import clean_text
from splw_text.redact import Redactor, default_redactor

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "splw-dev"

# The personal data listed in ../shared/splw-dev/NOTES.md, as (respondent, question, kind, text).
DEV_GOLD = [
    ("D0006", "q_other", "NAME", "Sharon"),
    ("D0029", "q_other", "ORG", "Riverside Medical Centre"),
    ("D0048", "q_challenges", "PHONE", "07700 900481"),
    ("D0054", "q_other", "ORG", "Hope Street Community Trust"),
    ("D0068", "q_other", "NAME", "Okafor"),
    ("D0070", "q_other", "EMAIL", "j.patel@example.org"),
    ("D0089", "q_challenges", "ORG", "Oakwood Surgery"),
    ("D0102", "q_help", "PHONE", "07700 900123"),
    ("D0147", "q_other", "NAME", "Amira"),
    ("D0147", "q_other", "EMAIL", "amira.k@example.nhs.uk"),
]
QUESTIONS = ("q_help", "q_challenges", "q_other")

Case = tuple[str, list[tuple[str, int, int]]]


def load_cases_module():  # noqa: ANN201 - a module object
    """Import benchmarks/redaction_cases.py by path (benchmarks/ is not a package)."""
    spec = importlib.util.spec_from_file_location("redaction_cases", ROOT / "benchmarks" / "redaction_cases.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def dev_cases() -> list[Case] | None:
    """Every dev answer (cleaned) with its gold spans; None when ../shared/splw-dev is absent."""
    path = DEV / "responses.csv"
    if not path.is_file():
        return None
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    gold: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for respondent, question, kind, value in DEV_GOLD:
        gold.setdefault((respondent, question), []).append((kind, value))
    cases: list[Case] = []
    for _, row in frame.iterrows():
        for question in QUESTIONS:
            if not row[question].strip():
                continue
            text = clean_text(row[question])
            spans = []
            for kind, value in gold.get((row["respondent_id"], question), []):
                start = text.find(value)
                if start < 0:
                    raise SystemExit(f"dev gold {value!r} not found in {row['respondent_id']} {question}")
                spans.append((kind, start, start + len(value)))
            cases.append((text, spans))
    return cases


def score(cases: list[Case], redactor: Redactor, show: bool = False) -> dict[str, float]:
    """Recall, precision, kind accuracy and vocabulary hits of ``redactor`` on ``cases``."""
    protected = re.compile(
        r"(?i)(?<!\w)(?:" + "|".join(re.escape(t) for t in redactor.rules.protected_terms) + r")(?!\w)"
    )
    gold_total = recalled = same_kind = found_total = found_correct = vocabulary_hits = 0
    for text, gold in cases:
        found = redactor.find(text)
        for kind, start, end in gold:
            gold_total += 1
            chars = [i for i in range(start, end) if not text[i].isspace()]
            covering = [f for f in found if f.start < end and start < f.end]
            if all(any(f.start <= i < f.end for f in covering) for i in chars):
                recalled += 1
                same_kind += any(f.kind == kind for f in covering)
            elif show:
                print(f"  miss {kind:<10} {text[start:end]!r:<35} in {text[:90]!r}")
        for item in found:
            found_total += 1
            if any(item.start < end and start < item.end for _, start, end in gold):
                found_correct += 1
            elif show:
                print(f"  false {item.kind:<9} {item.text!r:<35} in {text[:90]!r}")
        for match in protected.finditer(text):
            if any(start <= match.start() and match.end() <= end for _, start, end in gold):
                continue  # inside personal data ("nhs" in an e-mail address)
            if any(f.start < match.end() and match.start() < f.end for f in found):
                vocabulary_hits += 1
                if show:
                    print(f"  vocabulary redacted {match.group()!r} in {text[:90]!r}")
    return {
        "texts": len(cases),
        "gold": gold_total,
        "recall": recalled / gold_total if gold_total else float("nan"),
        "kind_accuracy": same_kind / recalled if recalled else float("nan"),
        "found": found_total,
        "precision": found_correct / found_total if found_total else float("nan"),
        "vocabulary_redacted": vocabulary_hits,
    }


def speed(texts: list[str], redactor: Redactor, size: int = 20_000) -> tuple[float, float]:
    """Answers per second of the redactor and the ratio of its time to the one-regex baseline."""
    repeated = (texts * (size // max(len(texts), 1) + 1))[:size]
    redactor.redact("warm up the word lists")
    baseline = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
    started = time.process_time()
    for text in repeated:
        baseline.sub("[EMAIL]", text)
    baseline_seconds = time.process_time() - started
    started = time.process_time()
    for text in repeated:
        redactor.redact(text)
    seconds = time.process_time() - started
    return size / seconds, seconds / baseline_seconds


def main() -> None:
    show = "--show" in sys.argv
    redactor = default_redactor()
    cases_module = load_cases_module()
    sets: list[tuple[str, list[Case]]] = []
    dev = dev_cases()
    if dev is None:
        print(f"dev set: {DEV} not found, skipped")
    else:
        sets.append(("dev (splw-dev, 352 answers)", dev))
    sets.append(("own labelled set", cases_module.labelled_cases()))
    print(f"{'set':<30} {'texts':>6} {'gold':>5} {'recall':>7} {'kind ok':>8} {'found':>6} {'precision':>9} "
          f"{'vocab hit':>9}")
    for name, cases in sets:
        if show:
            print(f"{name}:")
        result = score(cases, redactor, show)
        print(f"{name:<30} {result['texts']:>6} {result['gold']:>5} {result['recall']:>7.3f} "
              f"{result['kind_accuracy']:>8.3f} {result['found']:>6} {result['precision']:>9.3f} "
              f"{result['vocabulary_redacted']:>9}")
    texts = [text for text, _ in (dev or cases_module.labelled_cases())]
    per_second, ratio = speed(texts, redactor)
    long_texts = {
        "title-case words": "The Quick Brown Fox Of The Medical " * 3000,
        "titles and initials": "Dr Dr Mr Mrs Dr A. B. C. " * 4000,
        "street and practice words": "Church Road Street Lane Close Way Surgery Centre " * 2000,
    }
    for name, text in long_texts.items():
        started = time.process_time()
        redactor.redact(text)
        print(f"one {len(text) // 1000} KB answer of {name}: {time.process_time() - started:.2f} s CPU")
    print(f"speed: {per_second:,.0f} answers per CPU second ({100_000 / per_second:.1f} s per 100,000 answers); "
          f"{ratio:.1f}x the time of a single e-mail regex over the same answers")


if __name__ == "__main__":
    main()
