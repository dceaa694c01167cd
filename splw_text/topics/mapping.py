"""Map discovered topics onto the codebook's themes, and flag the topics no theme covers (emergent).

Input: each answer's topic and the coder's codes for the same answers (a label table: one bool column per
theme id, aligned row by row). A topic maps to the theme the coder gave most often among its answers;
``theme_share`` is the share of the topic's answers that carry that theme. A topic is ``emergent`` when no
theme covers most of it (``theme_share`` not above ``majority``, 0.5 by default): the codebook may be missing
it.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

OUTLIER = -1
MAJORITY = 0.5


def map_topics_to_themes(
    topics: Sequence[int] | np.ndarray,
    codes: pd.DataFrame,
    theme_ids: Sequence[str],
    majority: float = MAJORITY,
) -> pd.DataFrame:
    """Return one row per topic: ``topic``, ``theme`` (id or "" when no answer has a theme), ``theme_share``,
    ``emergent`` (bool; never for the outlier topic -1).

    ``codes`` has one row per answer in the order of ``topics`` and a bool column per id in ``theme_ids``
    (themes missing from ``codes`` count as never given). Ties go to the theme first in codebook order.
    """
    topics = np.asarray(topics)
    if len(codes) != len(topics):
        raise ValueError(f"codes has {len(codes)} rows but there are {len(topics)} topic assignments")
    present = [theme for theme in theme_ids if theme in codes.columns]
    matrix = (
        codes[present].fillna(False).astype(bool).to_numpy()
        if present else np.zeros((len(topics), 0), dtype=bool)
    )
    rows = []
    for topic in sorted(set(topics.tolist())):
        members = topics == topic
        size = int(members.sum())
        shares = matrix[members].mean(axis=0) if present and size else np.zeros(len(present))
        if len(shares) and shares.max() > 0:
            best = int(np.argmax(shares))  # argmax keeps the first of equal shares: codebook order
            theme, share = present[best], float(shares[best])
        else:
            theme, share = "", 0.0
        rows.append({
            "topic": int(topic),
            "theme": theme,
            "theme_share": round(share, 4),
            "emergent": bool(topic != OUTLIER and not share > majority),
        })
    return pd.DataFrame(rows, columns=["topic", "theme", "theme_share", "emergent"])


def theme_precision(topics: Sequence[int] | np.ndarray, topic: int, theme_flags: Sequence[bool]) -> float:
    """Share of the answers in ``topic`` whose ``theme_flags`` is True (0.0 for an empty topic)."""
    topics = np.asarray(topics)
    flags = np.asarray(theme_flags, dtype=bool)
    members = topics == topic
    return float(flags[members].mean()) if members.any() else 0.0


def topic_theme_nmi(topics: Sequence[int] | np.ndarray, codes: pd.DataFrame, theme_ids: Sequence[str]) -> float:
    """Normalised mutual information between topics and coded themes, over the answers that have a theme.

    Answers can carry several themes: each (answer, theme) pair counts once, with the answer's topic, so
    an answer with two themes can at best agree with one of them (the score of a perfect single-label
    clustering of multi-theme answers stays below 1). Answers without any theme are left out.
    """
    from sklearn.metrics import normalized_mutual_info_score

    topics = np.asarray(topics)
    pairs_topic: list[int] = []
    pairs_theme: list[str] = []
    for theme in theme_ids:
        if theme not in codes.columns:
            continue
        flags = codes[theme].fillna(False).astype(bool).to_numpy()
        pairs_topic.extend(topics[flags].tolist())
        pairs_theme.extend([theme] * int(flags.sum()))
    if not pairs_theme:
        return 0.0
    return float(normalized_mutual_info_score(pairs_theme, pairs_topic))
