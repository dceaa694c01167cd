"""Property-based tests (hypothesis): the loader and the cleaner never crash on any text."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from splw_text.clean import clean_answers, clean_text, default_detector
from splw_text.config import SurveyConfig
from splw_text.errors import InputError
from splw_text.load import load_survey

any_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=300)
# What a person types: no control, format, private-use or unassigned characters.
typed_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Cf", "Co", "Cn", "Zl", "Zp")),
    max_size=200,
)


@given(any_text)
def test_clean_text_never_crashes_and_is_idempotent(text: str) -> None:
    once = clean_text(text)
    assert clean_text(once) == once


@given(any_text)
def test_non_response_detection_never_crashes(text: str) -> None:
    assert default_detector().is_non_response(text) in (True, False)


@given(st.lists(any_text, min_size=1, max_size=5))
def test_clean_answers_keeps_every_row(texts: list[str]) -> None:
    answers = pd.DataFrame({"respondent_id": [str(i) for i in range(len(texts))], "question": "q1", "text": texts})
    assert len(clean_answers(answers, redact=False)) == len(texts)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400))
def test_loader_gives_a_survey_or_an_input_error_for_any_bytes(tiny_config: SurveyConfig, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s.csv"
        path.write_bytes(data)
        try:
            load_survey(path, tiny_config)
        except InputError as error:
            assert "\n" not in str(error)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(typed_text, typed_text), min_size=1, max_size=4))
def test_loader_reads_back_any_answer_text_written_as_csv(
    tiny_config: SurveyConfig, texts: list[tuple[str, str]]
) -> None:
    frame = pd.DataFrame(
        {"id": [f"r{i}" for i in range(len(texts))], "employer": "PCN", "tools": "ONS4",
         "q1": [a for a, _ in texts], "q2": [b for _, b in texts]}
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s.csv"
        frame.to_csv(path, index=False)
        survey = load_survey(path, tiny_config)
    expected = sum(bool(t.strip()) for pair in texts for t in pair)
    assert len(survey.answers) == expected
