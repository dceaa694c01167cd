"""Topic discovery: find the topics of the answers with BERTopic and map them onto the codebook's themes.

    result = discover_topics(answers_clean, codes, codebook)      # TopicResult
    write_topic_outputs(result, survey.respondents, config, out_dir)

- ``embeddings``: the backends (tfidf, static, minilm) behind one protocol, the disk cache, the SHA-256 pin.
- ``model``: ``TopicModel`` (BERTopic with survey-sized defaults; fit / transform / summary).
- ``seeds``: seed words for guided topics from the codebook.
- ``mapping``: topics -> themes (``theme``, ``theme_share``, ``emergent``) and the NMI against coded themes.
- ``outputs``: ``DIR/topics/topics.csv``, ``answer_topics.csv``, ``topics_by_<indicator>.csv``, ``model/``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from splw_text.topics.mapping import map_topics_to_themes
from splw_text.topics.model import DEFAULT_BACKEND, TopicModel
from splw_text.topics.seeds import seed_topics_from_codebook

TOPIC_COLUMNS = [
    "topic", "size", "label", "top_words", "representative_answers", "theme", "theme_share", "emergent",
]
ANSWER_TOPIC_COLUMNS = ["respondent_id", "question", "topic"]
MIN_ANSWERS = 10


@dataclass
class TopicResult:
    """What ``discover_topics`` found.

    - ``topics``: one row per topic, columns ``TOPIC_COLUMNS`` (``representative_answers`` is a list of up
      to three redacted answers; ``theme`` is "" and ``emergent`` False when there were no codes).
    - ``answer_topics``: one row per modelled answer (non-responses left out): ``respondent_id``,
      ``question``, ``topic`` (+ ``wave`` when the answers have it).
    - ``model``: the fitted TopicModel, or None when there were too few answers to model.
    """

    topics: pd.DataFrame
    answer_topics: pd.DataFrame
    model: TopicModel | None


def _text_column(answers: pd.DataFrame) -> str:
    for column in ("text_redacted", "text_clean", "text"):
        if column in answers.columns:
            return column
    raise ValueError("answers need a text_redacted, text_clean or text column")


def discover_topics(
    answers_clean: pd.DataFrame,
    codes: pd.DataFrame | None,
    codebook: Any,
    backend: str = DEFAULT_BACKEND,
    seed: int = 42,
    cache_dir: Path | str | None = None,
    exclude_themes: Sequence[str] = (),
    **model_params: Any,
) -> TopicResult:
    """Find the topics of the substantive answers in ``answers_clean`` and map them onto the themes.

    ``answers_clean`` is the cleaned answers table (``respondent_id``, ``question``, ``non_response``,
    ``text_redacted``). ``codes`` is the coder's label table aligned row by row with it (one bool column
    per theme id), or None to skip the mapping. ``codebook`` gives the theme ids and the seed words;
    ``exclude_themes`` leaves themes out of both (used to test that a missing theme emerges).
    Topics are modelled on the redacted text so that no personal data reaches topic words or quotes.
    """
    if codes is not None and len(codes) != len(answers_clean):
        raise ValueError(f"codes has {len(codes)} rows but answers_clean has {len(answers_clean)}")
    keep = ~answers_clean["non_response"].astype(bool) if "non_response" in answers_clean else None
    text_column = _text_column(answers_clean)
    texts_all = answers_clean[text_column].fillna("").astype(str)
    mask = texts_all.str.strip().astype(bool)
    if keep is not None:
        mask &= keep
    modelled = answers_clean[mask.to_numpy()].reset_index(drop=True)
    texts = modelled[text_column].astype(str).tolist()
    id_columns = [c for c in ("respondent_id", "question", "wave") if c in modelled.columns]
    if len(texts) < MIN_ANSWERS:
        empty_answers = modelled[id_columns].assign(topic=pd.Series(dtype="int64"))
        return TopicResult(pd.DataFrame(columns=TOPIC_COLUMNS), empty_answers.iloc[0:0], None)

    excluded = set(exclude_themes)
    theme_ids = [t for t in codebook.theme_ids if t not in excluded] if codebook is not None else []
    seeds = seed_topics_from_codebook(codebook, exclude=excluded) if codebook is not None else None
    model = TopicModel(backend=backend, seed=seed, cache_dir=cache_dir, seed_topics=seeds, **model_params)
    assignments = model.fit_transform(texts)
    summary = model.summary()

    topics = summary.topics.copy()
    topics["representative_answers"] = [[texts[i] for i in positions] for positions in topics["representative"]]
    topics = topics.drop(columns=["representative"])
    if codes is not None and theme_ids:
        modelled_codes = codes[mask.to_numpy()].reset_index(drop=True)
        mapping = map_topics_to_themes(assignments, modelled_codes, theme_ids)
        topics = topics.merge(mapping, on="topic", how="left")
    else:
        topics["theme"] = ""
        topics["theme_share"] = 0.0
        topics["emergent"] = False
    topics["emergent"] = topics["emergent"].astype(bool)

    answer_topics = modelled[id_columns].copy()
    answer_topics["topic"] = assignments.astype(int)
    return TopicResult(topics[TOPIC_COLUMNS].reset_index(drop=True), answer_topics, model)


from splw_text.topics.outputs import write_topic_outputs  # noqa: E402

__all__ = [
    "DEFAULT_BACKEND", "TopicModel", "TopicResult", "discover_topics", "map_topics_to_themes",
    "write_topic_outputs",
]
