"""The coded answers file: one row per non-blank answer, the output of ``splw-text code``.

Columns, in this order: ``respondent_id, question`` (``wave`` next when the answers have one),
``non_response`` (0/1), ``themes`` (theme ids joined by ";" in codebook order, empty when none), ``evidence``
(a JSON list of ``{theme, span, start, end, sentence, rule, source, score}``; ``start``/``end`` are character
offsets in the cleaned text) and ``text_redacted``. The first four columns are the gold label format, so
``splw-text evaluate`` and ``labels.read_label_file`` read this file directly.

Personal data never reaches the file: evidence spans and sentences are passed through the redaction callable
when one is given; without one, the evidence of every answer the cleaner redacted (``text_redacted`` differs
from ``text_clean``) is redacted with the personal data the shipped redactor finds in that answer.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

import pandas as pd

from splw_text.codebook import Codebook
from splw_text.coding import Evidence
from splw_text.errors import InputError

CODED_COLUMNS = ["respondent_id", "question", "non_response", "themes", "evidence", "text_redacted"]
_EVIDENCE_KEYS = ("theme", "span", "start", "end", "sentence", "rule", "source", "score")

Redact = Callable[[str], str]


def evidence_to_json(evidence: Sequence[Evidence], redact: Redact | None = None) -> str:
    """The JSON form of an answer's evidence (span and sentence passed through ``redact`` when given)."""
    items = []
    for item in evidence:
        record = item.to_dict()
        if redact is not None:
            record["span"] = redact(record["span"])
            record["sentence"] = redact(record["sentence"])
        items.append(record)
    return json.dumps(items, ensure_ascii=False)


def evidence_from_json(text: str) -> list[Evidence]:
    """Read the ``evidence`` cell of a coded answers file back into Evidence records ("" reads as none)."""
    if text is None or (isinstance(text, float) and pd.isna(text)) or not str(text).strip():
        return []
    raw = str(text)
    if raw.startswith("'["):  # a spreadsheet-neutralised cell
        raw = raw[1:]
    try:
        items = json.loads(raw)
    except json.JSONDecodeError as error:
        raise InputError(f"evidence is not valid JSON ({error.msg} at character {error.pos})") from None
    if not isinstance(items, list):
        raise InputError("evidence must be a JSON list of objects")
    out = []
    for item in items:
        if not isinstance(item, dict) or not {"theme", "span", "rule"} <= set(item):
            raise InputError("each evidence item needs at least theme, span and rule")
        out.append(
            Evidence(
                theme=str(item["theme"]),
                span=str(item["span"]),
                start=int(item.get("start", -1)),
                end=int(item.get("end", -1)),
                sentence=str(item.get("sentence", "")),
                rule=str(item["rule"]),
                source=item.get("source", "rules"),
                score=None if item.get("score") is None else float(item["score"]),
            )
        )
    return out


def coded_answers_frame(
    answers: pd.DataFrame, codes: pd.DataFrame, codebook: Codebook, redact: Redact | None = None
) -> pd.DataFrame:
    """Join cleaned ``answers`` and their ``codes`` (aligned on the index) into the coded answers file's rows.

    ``answers`` needs ``respondent_id`` and ``question``; ``non_response`` (default False), ``text_redacted``,
    ``text_clean`` / ``text`` and ``wave`` are used when present. ``codes`` has a bool column per theme id and
    ``evidence``. ``redact`` (text -> text) redacts the evidence and, when ``answers`` has no
    ``text_redacted``, the text; without it see the module docstring.
    """
    missing = [column for column in ("respondent_id", "question") if column not in answers.columns]
    if missing:
        raise KeyError(f"answers need the column(s) {', '.join(missing)}")
    absent = [theme for theme in codebook.theme_ids if theme not in codes.columns]
    if absent or "evidence" not in codes.columns:
        raise KeyError(f"codes lack the column(s) {', '.join([*absent, 'evidence'][: len(absent) + 1])}")
    codes = codes.reindex(answers.index)
    clean = _column(answers, "text_clean", _column(answers, "text", pd.Series("", index=answers.index)))
    if "text_redacted" in answers.columns:
        text_redacted = answers["text_redacted"].fillna("").astype(str)
    elif redact is not None:
        text_redacted = clean.map(redact)
    else:
        text_redacted = clean
    non_response = (
        answers["non_response"].fillna(False).astype(bool)
        if "non_response" in answers.columns
        else pd.Series(False, index=answers.index)
    )
    theme_ids = codebook.theme_ids
    themes, evidence = [], []
    for index in answers.index:
        if non_response[index]:
            themes.append("")
            evidence.append("[]")
            continue
        row = codes.loc[index]
        themes.append(";".join(theme for theme in theme_ids if bool(row[theme])))
        items = row["evidence"] if isinstance(row["evidence"], list) else []
        if redact is not None:
            evidence.append(evidence_to_json(items, redact))
        elif text_redacted[index] != clean[index]:
            evidence.append(evidence_to_json(_project_redaction(items, clean[index])))
        else:
            evidence.append(evidence_to_json(items))
    out = pd.DataFrame(
        {
            "respondent_id": answers["respondent_id"].astype(str),
            "question": answers["question"].astype(str),
        },
        index=answers.index,
    )
    if "wave" in answers.columns:
        out["wave"] = answers["wave"].astype(str)
    out["non_response"] = non_response.astype(int)
    out["themes"] = themes
    out["evidence"] = evidence
    out["text_redacted"] = text_redacted
    return out


def _column(frame: pd.DataFrame, name: str, default: pd.Series) -> pd.Series:
    if name in frame.columns:
        return frame[name].fillna("").astype(str)
    return default


def _project_redaction(evidence: Sequence[Evidence], text: str) -> list[Evidence]:
    """Evidence whose span and sentence have the personal data found in ``text`` replaced by placeholders."""
    from splw_text.redact import find_personal_data

    found = find_personal_data(text)
    out = []
    for item in evidence:
        sentence_start = _locate(text, item.sentence, item.start)
        out.append(
            Evidence(
                theme=item.theme,
                span=_replace(item.span, item.start, found),
                start=item.start,
                end=item.end,
                sentence=_replace(item.sentence, sentence_start, found),
                rule=item.rule,
                source=item.source,
                score=item.score,
            )
        )
    return out


def _locate(text: str, part: str, near: int) -> int:
    """The offset in ``text`` of the occurrence of ``part`` that covers ``near`` (or the first one)."""
    position = text.find(part)
    while position != -1 and position + len(part) < near:
        position = text.find(part, position + 1)
    return position if position != -1 else text.find(part)


def _replace(part: str, offset: int, found: Sequence[Any]) -> str:
    """``part`` (at ``offset`` in the answer) with every overlapping piece of personal data replaced."""
    if offset < 0:
        return part
    end = offset + len(part)
    pieces = []
    cursor = offset
    for item in sorted(found, key=lambda pd_item: pd_item.start):
        if item.end <= offset or item.start >= end:
            continue
        start = max(item.start, offset)
        if start > cursor:
            pieces.append(part[cursor - offset : start - offset])
        if not pieces or not pieces[-1].endswith(f"[{item.kind}]"):
            pieces.append(f"[{item.kind}]")
        cursor = max(cursor, min(item.end, end))
    pieces.append(part[cursor - offset :])
    return "".join(pieces)
