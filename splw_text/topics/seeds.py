"""Seed words for guided topic modelling, taken from the codebook.

Each theme gives one seed list: the content words of its name and definition, then the single-word phrases
of its rules, in codebook order and without repeats. Seed lists steer answers close to a theme towards
one topic; a theme left out (``exclude``) gets no seed, so its answers must surface on their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

_WORD = re.compile(r"[a-z][a-z'-]+")


def seed_topics_from_codebook(codebook: Any, exclude: Iterable[str] = (), max_words: int = 12) -> list[list[str]]:
    """Return one list of up to ``max_words`` seed words per theme of ``codebook`` (themes in ``exclude``
    are skipped). ``codebook`` is a splw_text.codebook.Codebook (themes with name, definition, rules)."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    skipped = set(exclude)
    seeds: list[list[str]] = []
    for theme in codebook.themes:
        if theme.id in skipped:
            continue
        words: list[str] = []
        candidates = _WORD.findall(f"{theme.name} {theme.definition}".lower())
        for rule in getattr(theme, "rules", []):
            candidates += [p.lower() for p in getattr(rule, "phrases", []) if _WORD.fullmatch(p.lower())]
        for word in candidates:
            if word not in ENGLISH_STOP_WORDS and len(word) > 2 and word not in words:
                words.append(word)
            if len(words) == max_words:
                break
        if words:
            seeds.append(words)
    return seeds
