"""Training data for the supervised coder: analysts' labels joined to the cleaned text of the answers.

``training_frame(survey_path, labels_path, theme_ids, config)`` loads the survey export, cleans it (the lead's
``clean_answers``), reads the label file (gold format) and joins them on (respondent_id, question). The result
has one row per labelled answer: ``respondent_id``, ``question``, ``text_clean``, ``text_redacted``,
``non_response`` (from the labels) and one bool column per theme id.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from splw_text.config import SurveyConfig
from splw_text.errors import InputError
from splw_text.labels import KEY, read_label_file


def training_frame(
    survey_path: Path | str, labels_path: Path | str, theme_ids: Sequence[str], config: SurveyConfig
) -> pd.DataFrame:
    """Join the labels in ``labels_path`` to the cleaned answers of ``survey_path`` (see module docstring).

    A labelled answer that the survey does not have is an InputError naming its row in the label file.
    """
    from splw_text.clean import clean_answers
    from splw_text.load import load_survey

    survey = load_survey(survey_path, config)
    answers = clean_answers(survey.answers, redact=True)
    labels = read_label_file(labels_path, theme_ids)
    return join_labels(answers, labels, theme_ids, labels_source=str(labels_path))


def join_labels(
    answers: pd.DataFrame, labels: pd.DataFrame, theme_ids: Sequence[str], labels_source: str = "<labels>"
) -> pd.DataFrame:
    """Join a label table to cleaned answers on (respondent_id, question); every label row must match."""
    answers = answers.copy()
    answers["respondent_id"] = answers["respondent_id"].astype(str)
    text_columns = [c for c in ("text_clean", "text_redacted") if c in answers.columns]
    merged = labels[[*KEY, "non_response", *theme_ids]].merge(
        answers[[*KEY, *text_columns]].drop_duplicates(KEY), on=KEY, how="left", indicator=True
    )
    unmatched = merged["_merge"] != "both"
    if unmatched.any():
        position = int(unmatched.to_numpy().argmax())
        row = merged.iloc[position]
        raise InputError(
            f"{labels_source}: row {position + 2}: answer {row['respondent_id']}/{row['question']} is not in "
            f"the survey (or is blank there) ({int(unmatched.sum())} such rows)"
        )
    return merged.drop(columns="_merge")
