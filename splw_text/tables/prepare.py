"""Join coded answers to respondents and derive the respondent-level theme matrix every table starts from."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd

from splw_text.config import SurveyConfig
from splw_text.errors import InputError

WAVE = "wave"


@dataclass(frozen=True)
class Membership:
    """Which levels of one indicator each respondent is at: ``chosen`` respondents x levels (bool; one
    True per row for a single-choice indicator), ``answered`` per respondent."""

    chosen: npt.NDArray[np.bool_]
    answered: npt.NDArray[np.bool_]


@dataclass(frozen=True)
class AnalysisData:
    """Coded answers and respondents, aligned.

    ``codes``: answers x themes (bool; a non-response has no theme). ``question_codes``: the position of
    each answer's question in ``questions``. ``answer_respondent``: the row in ``respondents`` of each
    answer. ``respondents``: one row per respondent (``respondent_id``, indicators, ``wave`` when
    present) with ``substantive`` (gave at least one substantive answer) and one bool column per theme
    (raised it in any answer).
    """

    codes: npt.NDArray[np.bool_]
    non_response: npt.NDArray[np.bool_]
    question_codes: npt.NDArray[np.int64]
    answer_respondent: npt.NDArray[np.int64]
    respondents: pd.DataFrame
    theme_ids: list[str]
    questions: list[str]
    waves: list[str]
    membership: dict[str, Membership]
    respondent_themes: npt.NDArray[np.bool_]  # respondents x themes: raised the theme in any answer
    substantive: npt.NDArray[np.bool_]  # per respondent: gave a substantive answer (the base of shares)



def prepare(
    coded: pd.DataFrame,
    respondents: pd.DataFrame,
    config: SurveyConfig,
    theme_ids: Sequence[str],
    source: str = "coded answers",
) -> AnalysisData:
    """Validate ``coded`` (a label table) against ``respondents`` and build the AnalysisData.

    Answers are matched to respondents on ``respondent_id``, and on ``wave`` too when both tables have it.
    Raises InputError naming the first answer that cannot be matched or the first missing column.
    """
    theme_ids = list(theme_ids)
    required = ["respondent_id", "question", "non_response", *theme_ids]
    missing = [column for column in required if column not in coded.columns]
    if missing:
        raise InputError(f"{source}: missing column(s) {', '.join(repr(c) for c in missing)}")
    if "respondent_id" not in respondents.columns:
        raise InputError("survey: the respondents table has no 'respondent_id' column")

    questions = list(config.question_columns)
    question_codes = pd.Categorical(coded["question"].astype(str), categories=questions).codes
    if (question_codes < 0).any():
        row = int(np.argmax(question_codes < 0))
        raise InputError(
            f"{source}: row {row + 2}: question {coded['question'].iat[row]!r} is not an open question of "
            f"the survey config ({', '.join(questions)})"
        )

    respondent_keys, answer_keys = _keys(coded, respondents, source)
    index = pd.Index(respondent_keys)
    positions = index.get_indexer(answer_keys)
    if (positions < 0).any():
        row = int(np.argmax(positions < 0))
        raise InputError(
            f"{source}: row {row + 2}: respondent id {coded['respondent_id'].iat[row]!r} is not in the survey"
        )

    non_response = _as_bool(coded["non_response"], "non_response", source)
    codes = np.column_stack([_as_bool(coded[t], t, source) for t in theme_ids]) if theme_ids else (
        np.zeros((len(coded), 0), bool)
    )
    codes = codes & ~non_response[:, None]

    frame = respondents.reset_index(drop=True).copy()
    frame["respondent_id"] = frame["respondent_id"].astype(str)
    count = len(frame)
    substantive = np.bincount(positions[~non_response], minlength=count) > 0
    respondent_themes = np.column_stack(
        [np.bincount(positions, weights=codes[:, column], minlength=count) > 0 for column in range(len(theme_ids))]
    ) if theme_ids else np.zeros((count, 0), bool)
    frame = pd.concat(
        [frame, pd.DataFrame(respondent_themes, columns=theme_ids).assign(substantive=substantive)], axis=1
    )
    waves = _wave_order(frame[WAVE]) if WAVE in frame.columns else []
    return AnalysisData(
        codes=codes,
        non_response=non_response,
        question_codes=question_codes.astype(np.int64),
        answer_respondent=positions.astype(np.int64),
        respondents=frame,
        theme_ids=theme_ids,
        questions=questions,
        waves=waves,
        respondent_themes=respondent_themes,
        substantive=substantive,
        membership={
            indicator.column: membership(frame[indicator.column], indicator.levels, indicator.kind)
            for indicator in config.indicators
            if indicator.column in frame.columns
        },
    )


def _keys(coded: pd.DataFrame, respondents: pd.DataFrame, source: str) -> tuple[pd.Series, pd.Series]:
    ids = respondents["respondent_id"].astype(str)
    answer_ids = coded["respondent_id"].astype(str)
    if WAVE in respondents.columns and WAVE in coded.columns:
        separator = "\x1f"
        return (
            respondents[WAVE].astype(str) + separator + ids,
            coded[WAVE].astype(str) + separator + answer_ids,
        )
    if ids.duplicated().any():
        raise InputError(
            f"{source}: has no 'wave' column but respondent id {ids[ids.duplicated()].iat[0]!r} appears in "
            "more than one wave of the survey; add the wave column to the coded answers"
        )
    return ids, answer_ids


def _as_bool(values: pd.Series, column: str, source: str) -> npt.NDArray[np.bool_]:
    if values.dtype == bool:
        return values.to_numpy()
    text = values.astype(str).str.strip().str.lower()
    truthy = text.isin(["1", "true", "yes"])
    falsy = text.isin(["0", "false", "no", ""])
    if not (truthy | falsy).all():
        row = int(np.argmax(~(truthy | falsy).to_numpy()))
        raise InputError(f"{source}: column {column!r}, row {row + 2}: expected 0 or 1, got {values.iat[row]!r}")
    return truthy.to_numpy()


def _wave_order(values: pd.Series) -> list[str]:
    """Waves in chronological order when the labels are numbers (years), otherwise sorted as text."""
    labels = sorted(set(values.dropna().astype(str)))
    try:
        return sorted(labels, key=float)
    except ValueError:
        return labels


def membership(values: pd.Series, levels: Sequence[str], kind: str = "single") -> Membership:
    """Expand an indicator column into a respondents x levels bool matrix (vectorised).

    Single-choice values are matched to ``levels`` exactly (the loader has already canonicalised them);
    multi-select values are levels joined by ";" (as the loader writes them). Each distinct value is
    parsed once, so the cost does not grow with the number of respondents beyond one factorize.
    """
    codes, uniques = pd.factorize(values.astype(object), use_na_sentinel=True)
    position = {level: index for index, level in enumerate(levels)}
    parsed = np.zeros((len(uniques) + 1, len(levels)), dtype=bool)  # last row: missing
    for row, value in enumerate(uniques):
        parts = [str(value).strip()] if kind == "single" else str(value).split(";")
        for part in parts:
            if part.strip() in position:
                parsed[row, position[part.strip()]] = True
    codes = np.where(codes < 0, len(uniques), codes)
    chosen = parsed[codes]
    has_answer = np.append(np.array([bool(str(u).strip()) for u in uniques], dtype=bool), False)[codes]
    return Membership(chosen=chosen, answered=has_answer)
