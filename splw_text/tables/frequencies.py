"""Theme frequencies (answers and respondents, overall and per question) and the response summary."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from splw_text.tables.prepare import AnalysisData
from splw_text.tables.shares import share_columns
from splw_text.tables.suppression import protect_shares

ALL_QUESTIONS = "all"

FREQUENCY_COLUMNS = [
    "question", "theme", "theme_name",
    "answers", "answers_base", "answers_pct", "answers_ci_low", "answers_ci_high",
    "respondents", "respondents_base", "respondents_pct", "respondents_ci_low", "respondents_ci_high",
    "suppressed",
]


def theme_frequencies(
    data: AnalysisData, theme_names: Sequence[str], threshold: int, suppress: bool = True
) -> pd.DataFrame:
    """Per theme (codebook order), first over all questions then per question (config order).

    ``answers``: substantive answers coded with the theme, out of ``answers_base`` substantive answers.
    ``respondents``: respondents who raised the theme (in any question for the "all" rows), out of the
    respondents who gave a substantive answer (in that question). Intervals are 95% Wilson.
    """
    questions = data.questions
    substantive = ~data.non_response
    q_count = len(questions)
    # answers x themes summed per question: one bincount per theme, no per-row Python
    answer_counts = np.zeros((q_count, len(data.theme_ids)), dtype=np.int64)
    for column in range(len(data.theme_ids)):
        answer_counts[:, column] = np.bincount(
            data.question_codes, weights=data.codes[:, column], minlength=q_count
        ).astype(np.int64)
    answer_bases = np.bincount(data.question_codes[substantive], minlength=q_count).astype(np.int64)
    respondent_counts = data.respondent_themes[data.substantive].sum(axis=0).astype(np.int64)
    respondent_base = int(data.substantive.sum())

    blocks: list[pd.DataFrame] = []
    overall_hidden = []
    per_question_hidden = []
    for column in range(len(data.theme_ids)):
        answers_mask = protect_shares(
            answer_counts[:, column], answer_bases, threshold if suppress else 0, totals_elsewhere=False
        )
        respondents_mask = protect_shares(
            [respondent_counts[column]], [respondent_base], threshold if suppress else 0,
            totals_elsewhere=False,
        )
        overall_hidden.append(
            (answers_mask.total_n, answers_mask.total_base, respondents_mask.n[0], respondents_mask.base[0])
        )
        per_question_hidden.append((answers_mask.n, answers_mask.base))

    hidden = np.array(overall_hidden, dtype=bool).reshape(len(data.theme_ids), 4)
    overall = pd.DataFrame({"question": ALL_QUESTIONS, "theme": data.theme_ids, "theme_name": list(theme_names)})
    overall = overall.assign(
        **share_columns(answer_counts.sum(axis=0), answer_bases.sum(), hidden[:, 0], hidden[:, 1], "answers"),
        **share_columns(respondent_counts, respondent_base, hidden[:, 2], hidden[:, 3], "respondents"),
    )
    overall["suppressed"] = pd.Series(hidden.any(axis=1), index=overall.index)
    blocks.append(overall)
    for q, question in enumerate(questions):
        hide_n = np.array([per_question_hidden[t][0][q] for t in range(len(data.theme_ids))], dtype=bool)
        hide_base = np.array([per_question_hidden[t][1][q] for t in range(len(data.theme_ids))], dtype=bool)
        block = pd.DataFrame({"question": question, "theme": data.theme_ids, "theme_name": list(theme_names)})
        answers = share_columns(answer_counts[q], answer_bases[q], hide_n, hide_base, "answers")
        # one answer per respondent and question: the respondents raising a theme in a question are its answers
        respondents = {
            name.replace("answers", "respondents", 1): values for name, values in answers.items()
        }
        block = block.assign(**answers, **respondents)
        block["suppressed"] = hide_n | hide_base
        blocks.append(block)
    table = pd.concat(blocks, ignore_index=True)
    return table[FREQUENCY_COLUMNS]


def response_summary(data: AnalysisData) -> pd.DataFrame:
    """Per question and overall: non-blank answers, non-responses (counted apart), substantive answers.

    Columns: question, respondents (in the survey), non_blank_answers, non_responses, non_response_pct,
    substantive_answers, substantive_without_theme, respondents_substantive. These describe the data
    set, not respondents' attributes, and are not suppressed.
    """
    q_count = len(data.questions)
    total_respondents = len(data.respondents)
    non_blank = np.bincount(data.question_codes, minlength=q_count)
    non_responses = np.bincount(data.question_codes[data.non_response], minlength=q_count)
    no_theme = ~data.non_response & ~data.codes.any(axis=1)
    without_theme = np.bincount(data.question_codes[no_theme], minlength=q_count)
    rows = [
        {
            "question": ALL_QUESTIONS,
            "respondents": total_respondents,
            "non_blank_answers": int(non_blank.sum()),
            "non_responses": int(non_responses.sum()),
            "substantive_answers": int(non_blank.sum() - non_responses.sum()),
            "substantive_without_theme": int(without_theme.sum()),
            "respondents_substantive": int(data.substantive.sum()),
        }
    ]
    for q, question in enumerate(data.questions):
        rows.append(
            {
                "question": question,
                "respondents": total_respondents,
                "non_blank_answers": int(non_blank[q]),
                "non_responses": int(non_responses[q]),
                "substantive_answers": int(non_blank[q] - non_responses[q]),
                "substantive_without_theme": int(without_theme[q]),
                "respondents_substantive": int(non_blank[q] - non_responses[q]),
            }
        )
    table = pd.DataFrame(rows)
    with np.errstate(divide="ignore", invalid="ignore"):
        table.insert(
            4,
            "non_response_pct",
            np.where(table["non_blank_answers"] > 0, 100.0 * table["non_responses"] / table["non_blank_answers"],
                     np.nan),
        )
    return table
