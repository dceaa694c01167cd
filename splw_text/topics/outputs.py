"""Write what topic discovery found into ``DIR/topics/``.

- ``topics.csv``: topic, size, label, top_words, representative_answer_1..3 (redacted), theme,
  theme_share, emergent (0/1).
- ``answer_topics.csv``: respondent_id, question, topic (+ wave).
- ``topics_by_<indicator>.csv``: BERTopic's topics per class for each indicator of the survey config:
  level, topic, answers, share_of_level, words; cells under the config's suppression threshold are
  suppressed (count and words blanked, ``suppressed`` = 1).
- ``model/``: the fitted BERTopic model in its safetensors serialisation (+ ``splw_text.json``).

Every file is written atomically (``splw_text.outputs``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from splw_text.config import Indicator, SurveyConfig
from splw_text.load import split_multi_select
from splw_text.outputs import atomic_directory, write_csv

if TYPE_CHECKING:
    from splw_text.topics import TopicResult

N_REPRESENTATIVE = 3
MISSING_LEVEL = "(no answer)"


def topics_file_frame(topics: pd.DataFrame) -> pd.DataFrame:
    """Turn the topics DataFrame into the topics.csv layout (one column per representative answer)."""
    out = topics[["topic", "size", "label", "top_words"]].copy()
    for index in range(N_REPRESENTATIVE):
        out[f"representative_answer_{index + 1}"] = [
            answers[index] if index < len(answers) else "" for answers in topics["representative_answers"]
        ]
    out["theme"] = topics["theme"]
    out["theme_share"] = topics["theme_share"]
    out["emergent"] = topics["emergent"].astype(bool).astype(int)
    return out


def _file_stem(column: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "_", column).strip("_") or "indicator"


def _answer_levels(answer_topics: pd.DataFrame, respondents: pd.DataFrame, column: str) -> pd.Series:
    keys = ["respondent_id", "wave"] if "wave" in answer_topics and "wave" in respondents else ["respondent_id"]
    joined = answer_topics[keys].merge(
        respondents[[*keys, column]].astype({column: object}), on=keys, how="left", validate="many_to_one"
    )
    return joined[column]


def topics_by_indicator(
    result: TopicResult, respondents: pd.DataFrame, indicator: Indicator, threshold: int = 0
) -> pd.DataFrame:
    """Topics per level of ``indicator`` (BERTopic's ``topics_per_class``), one row per level and topic.

    Columns: ``level`` (in config order), ``topic``, ``answers``, ``share_of_level`` (of the level's modelled
    answers), ``words`` (top five for that level), ``suppressed``. Counts from 1 to ``threshold`` - 1 are
    blanked with their words.
    """
    if result.model is None:
        return pd.DataFrame(columns=["level", "topic", "answers", "share_of_level", "words", "suppressed"])
    bertopic = result.model.model_
    documents = result.model.texts_
    values = _answer_levels(result.answer_topics, respondents, indicator.column)
    frames = []
    if indicator.kind == "multi":
        flags = split_multi_select(values.reset_index(drop=True), indicator)
        for level in indicator.levels:
            classes = [level if flag else "\u0000other" for flag in flags[level]]
            if level in classes:
                frames.append(_per_class(bertopic, documents, classes).query("Class == @level"))
    else:
        classes = [str(v) if v is not None and not pd.isna(v) else MISSING_LEVEL for v in values]
        frames.append(_per_class(bertopic, documents, classes))
    order = {level: rank for rank, level in enumerate([*indicator.levels, MISSING_LEVEL])}
    table = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(
        columns=["Topic", "Words", "Frequency", "Class"]
    )
    table = table.rename(columns={"Class": "level", "Topic": "topic", "Frequency": "answers", "Words": "words"})
    level_totals = table.groupby("level")["answers"].transform("sum")
    table["share_of_level"] = (table["answers"] / level_totals).round(4)
    table["rank"] = table["level"].map(order)
    table = table.sort_values(["rank", "topic"]).drop(columns="rank").reset_index(drop=True)
    table["suppressed"] = (table["answers"] > 0) & (table["answers"] < threshold)
    table["answers"] = table["answers"].astype("Int64").mask(table["suppressed"])
    table["share_of_level"] = table["share_of_level"].mask(table["suppressed"])
    table.loc[table["suppressed"], "words"] = ""
    table["suppressed"] = table["suppressed"].astype(int)
    return table[["level", "topic", "answers", "share_of_level", "words", "suppressed"]]


def _per_class(bertopic: Any, documents: list[str], classes: list[str]) -> pd.DataFrame:
    return bertopic.topics_per_class(documents, classes=classes)


def write_topic_outputs(
    result: TopicResult, respondents: pd.DataFrame, config: SurveyConfig, out_dir: Path | str,
    suppress: bool = True, inputs: tuple[Path | str, ...] = (),
) -> list[Path]:
    """Write ``DIR/topics/*`` (see the module docstring) for ``result``; return the files written."""
    folder = Path(out_dir) / "topics"
    written = [
        write_csv(topics_file_frame(result.topics), folder / "topics.csv", inputs),
        write_csv(result.answer_topics, folder / "answer_topics.csv", inputs),
    ]
    threshold = config.suppression_threshold if suppress else 0
    for indicator in config.indicators:
        if indicator.column not in respondents.columns:
            continue
        table = topics_by_indicator(result, respondents, indicator, threshold)
        written.append(write_csv(table, folder / f"topics_by_{_file_stem(indicator.column)}.csv", inputs))
    if result.model is not None:
        written.extend(save_model(result, folder / "model"))
    return written


def save_model(result: TopicResult, target: Path) -> list[Path]:
    """Save the fitted BERTopic model with its safetensors serialisation into ``target`` (atomically)."""
    import logging

    from splw_text.topics.model import without_heavy_imports

    assert result.model is not None
    model = result.model
    # BERTopic warns that no embedding model is saved: splw_text.json names the backend instead.
    logging.getLogger("BERTopic").setLevel(logging.ERROR)
    with atomic_directory(target) as staging:
        with without_heavy_imports():  # BERTopic notes the umap version in its config: no need to load it
            model.model_.save(
                str(staging), serialization="safetensors", save_ctfidf=True,
                save_embedding_model=False,  # the backend is named in splw_text.json; no hub pointer
            )
        settings = {
            "backend": model.backend, "embedding_fingerprint": model.embedder_.fingerprint,
            "reducer": model.reducer, "clusterer": model.clusterer, "n_components": model.n_components,
            "min_topic_size": model.min_topic_size, "max_topics": model.max_topics, "seed": model.seed,
            "seed_topics": [list(words) for words in model.seed_topics or []],
        }
        (staging / "splw_text.json").write_text(json.dumps(settings, indent=2) + "\n", encoding="utf-8")
    return sorted(path for path in target.rglob("*") if path.is_file())
