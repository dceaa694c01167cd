"""Choosing example quotes for a theme: redacted text only, diverse, with the evidence span located.

Diversity: candidates are taken in turn from each group of an indicator (employer by default), never two
from one respondent, and never one whose words overlap a chosen quote's by half or more. Within a group
the preference is for a quote whose evidence span is found in the text and whose length is readable.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

MAX_CANDIDATES = 400  # per theme: enough for diversity, bounded for a million answers
IDEAL_WORDS = 28
WINDOW = 320  # characters of context kept around the span in a long answer
SIMILAR = 0.5


@dataclass(frozen=True)
class Quote:
    """A quote split around its evidence span (all plain text; the template escapes it)."""

    before: str
    span: str
    after: str
    question: str
    group: str
    respondent_id: str

    @property
    def text(self) -> str:
        """The quote as one string."""
        return f"{self.before}{self.span}{self.after}"


def evidence_for(evidence: object, theme: str) -> dict[str, object] | None:
    """Return the evidence entry for ``theme`` from an answer's evidence (a JSON list or a list)."""
    if isinstance(evidence, str):
        try:
            entries = json.loads(evidence) if evidence.strip() else []
        except ValueError:
            return None
    elif isinstance(evidence, list):
        entries = evidence
    else:
        return None
    for entry in entries if isinstance(entries, list) else []:
        if isinstance(entry, dict) and entry.get("theme") == theme:
            return entry
    return None


def split_on_span(text: str, entry: dict[str, object] | None) -> tuple[str, str, str]:
    """Split ``text`` into (before, span, after) around the evidence span; trim long text to a window.

    The span is looked for at its recorded offset first, then anywhere (case-insensitive). When it is not
    found the whole text (or its start, if long) is returned with an empty span.
    """
    span = " ".join(str(entry.get("span", "")).split()) if entry else ""
    start = -1
    if span:
        hint = entry.get("start") if entry else None
        if isinstance(hint, int) and text[hint : hint + len(span)] == span:
            start = hint
        else:
            start = text.lower().find(span.lower())
    if start < 0 or not span:
        return (_shorten_end(text), "", "")
    end = start + len(span)
    before, middle, after = text[:start], text[start:end], text[end:]
    room = max(WINDOW - len(middle), 40)
    if len(before) > room // 2:
        before = "…" + _from_word(before[-(room // 2) :])
    if len(after) > room // 2:
        after = _to_word(after[: room // 2]) + "…"
    return before, middle, after


def select_quotes(
    candidates: pd.DataFrame,
    theme: str,
    count: int = 3,
    group_column: str | None = None,
    question_labels: dict[str, str] | None = None,
    shown_groups: Sequence[str] = (),
) -> list[Quote]:
    """Pick up to ``count`` diverse quotes for ``theme``.

    ``candidates``: coded answers with ``respondent_id, question, non_response, text_redacted``, the theme
    column, optional ``evidence`` and optional ``group_column`` (one value per answer). A group is named
    under the quote only if it is in ``shown_groups`` (groups large enough to name).
    """
    if "text_redacted" not in candidates.columns or theme not in candidates.columns:
        return []
    rows = candidates[candidates[theme].astype(bool) & ~candidates["non_response"].astype(bool)]
    rows = rows[rows["text_redacted"].fillna("").astype(str).str.strip() != ""]
    if rows.empty:
        return []
    # a stable pseudo-random order so the same data gives the same quotes, without favouring row order
    order = rows["respondent_id"].astype(str) + "|" + rows["question"].astype(str) + "|" + theme
    rows = rows.assign(_order=[zlib.crc32(key.encode()) for key in order]).sort_values("_order", kind="stable")
    rows = rows.head(MAX_CANDIDATES)

    scored = []
    use_groups = bool(group_column) and group_column in rows.columns
    for row in rows.to_dict("records"):
        text = " ".join(str(row["text_redacted"]).split())
        entry = evidence_for(row.get("evidence"), theme)
        before, span, after = split_on_span(text, entry)
        words = len(text.split())
        score = (bool(span), -abs(min(words, 120) - IDEAL_WORDS))
        group = "" if not use_groups or _blank(row[group_column]) else str(row[group_column])
        quote = Quote(before, span, after, str(row["question"]), group, str(row["respondent_id"]))
        scored.append((score, group, quote))

    by_group: dict[str, list[tuple[tuple[bool, int], Quote]]] = {}
    for score, group, quote in scored:
        by_group.setdefault(group, []).append((score, quote))
    for items in by_group.values():
        items.sort(key=lambda item: item[0], reverse=True)
    groups = sorted(by_group, key=lambda g: -len(by_group[g]))

    chosen: list[Quote] = []
    seen_respondents: set[str] = set()
    while len(chosen) < count and any(by_group.values()):
        for group in groups:
            items = by_group[group]
            while items:
                _, quote = items.pop(0)
                if quote.respondent_id in seen_respondents or any(_similar(quote, other) for other in chosen):
                    continue
                chosen.append(quote)
                seen_respondents.add(quote.respondent_id)
                break
            if len(chosen) >= count:
                break
    labels = question_labels or {}
    shown = set(shown_groups)
    return [
        Quote(q.before, q.span, q.after, labels.get(q.question, q.question), q.group if q.group in shown else "",
              q.respondent_id)
        for q in chosen
    ]


def _blank(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and value != value) or str(value) == ""


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9']+", text.lower()))


def _similar(one: Quote, other: Quote) -> bool:
    """Near-duplicates: half the words shared overall, or in the sentence that carries the span."""
    return _overlap(one.text, other.text) >= SIMILAR or (
        bool(one.span and other.span) and _overlap(_span_sentence(one), _span_sentence(other)) >= SIMILAR
    )


def _overlap(first: str, second: str) -> float:
    a, b = _words(re.sub(r"\d+", "", first)), _words(re.sub(r"\d+", "", second))
    return len(a & b) / len(a | b) if a and b else 0.0


def _span_sentence(quote: Quote) -> str:
    before = re.split(r"[.!?]\s", quote.before)[-1]
    after = re.split(r"[.!?](\s|$)", quote.after)[0]
    return f"{before}{quote.span}{after}"


def _shorten_end(text: str) -> str:
    return text if len(text) <= WINDOW else _to_word(text[:WINDOW]) + "…"


def _from_word(text: str) -> str:
    return text.split(" ", 1)[1] if " " in text else text


def _to_word(text: str) -> str:
    return text.rsplit(" ", 1)[0] if " " in text else text
