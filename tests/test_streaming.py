"""Streaming: chunked reading of survey exports and coded answers files gives what the whole-file readers give."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from splw_text.errors import InputError
from splw_text.streaming import iter_answer_chunks, read_coded_answers

THEMES = ["pay", "systems", "learning"]


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def coded_file(tmp_path: Path) -> Path:
    return write(
        tmp_path / "coded.csv",
        "respondent_id,question,non_response,themes,evidence\n"
        "A1,q1,0,pay;learning,\"span \"\"x\"\"\nnext line\"\n"
        "A1,q2,1,,\n"
        "A2,q1,0,systems,\n"
        "A3,q2,0,,\n"
        "A3,q1,0,learning;pay,\n",
    )


@pytest.fixture
def respondents() -> pd.DataFrame:
    return pd.DataFrame({"respondent_id": ["A1", "A2", "A3", "A4"]})


def test_coded_answers_are_read_into_a_label_table(coded_file: Path) -> None:
    table = read_coded_answers(coded_file, THEMES)
    assert list(table.columns) == ["respondent_id", "question", "non_response", *THEMES]
    assert table["non_response"].tolist() == [False, True, False, False, False]
    assert table["pay"].tolist() == [True, False, False, False, True]
    assert table["systems"].tolist() == [False, False, True, False, False]


def test_the_chunk_size_does_not_change_the_table(coded_file: Path, respondents: pd.DataFrame) -> None:
    whole = read_coded_answers(coded_file, THEMES, respondents, chunk_size=1000)
    for size in (1, 2, 3):
        pd.testing.assert_frame_equal(read_coded_answers(coded_file, THEMES, respondents, chunk_size=size), whole)


def test_respondent_ids_share_the_survey_strings(coded_file: Path, respondents: pd.DataFrame) -> None:
    table = read_coded_answers(coded_file, THEMES, respondents, chunk_size=2)
    survey_ids = {id(value) for value in respondents["respondent_id"]}
    assert {id(value) for value in table["respondent_id"]} <= survey_ids


def test_an_unknown_theme_id_names_its_row(tmp_path: Path) -> None:
    path = write(tmp_path / "c.csv", "respondent_id,question,non_response,themes\nA1,q1,0,pay\nA2,q1,0,salary\n")
    with pytest.raises(InputError, match=r"c\.csv: column 'themes', row 3: unknown theme id\(s\) salary"):
        read_coded_answers(path, THEMES, chunk_size=1)


def test_a_non_response_flag_that_is_not_0_or_1_names_its_row(tmp_path: Path) -> None:
    path = write(tmp_path / "c.csv", "respondent_id,question,non_response,themes\nA1,q1,0,pay\nA2,q1,maybe,\n")
    with pytest.raises(InputError, match=r"column 'non_response', row 3: expected 0 or 1, got 'maybe'"):
        read_coded_answers(path, THEMES)


def test_an_answer_from_outside_the_survey_names_its_row(coded_file: Path) -> None:
    survey = pd.DataFrame({"respondent_id": ["A1", "A3"]})
    with pytest.raises(InputError, match=r"row 4: respondent id 'A2' is not in the survey"):
        read_coded_answers(coded_file, THEMES, survey, chunk_size=2)


def test_an_answer_given_twice_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "c.csv", "respondent_id,question,non_response,themes\nA1,q1,0,\nA2,q1,0,\nA1,q1,0,pay\n")
    with pytest.raises(InputError, match=r"answer A1/q1 appears twice \(row 4\)"):
        read_coded_answers(path, THEMES, chunk_size=2)


def test_a_file_without_the_label_columns_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "c.csv", "respondent_id,question,themes\nA1,q1,pay\n")
    with pytest.raises(InputError, match=r"missing column\(s\) 'non_response' of a label file"):
        read_coded_answers(path, THEMES)


def test_the_dev_gold_file_reads_as_the_whole_file_reader_reads_it(dev_gold: Path, dev_responses: Path) -> None:
    from splw_text.config import load_config
    from splw_text.labels import read_label_file
    from splw_text.load import load_survey

    theme_ids = _dev_theme_ids(dev_gold)
    survey = load_survey(dev_responses, load_config())
    streamed = read_coded_answers(dev_gold, theme_ids, survey.respondents, chunk_size=37)
    whole = read_label_file(dev_gold, theme_ids)
    pd.testing.assert_frame_equal(streamed, whole[streamed.columns])


def test_survey_chunks_hold_the_answers_load_survey_finds(dev_responses: Path) -> None:
    from splw_text.config import load_config
    from splw_text.load import load_survey

    config = load_config()
    whole = load_survey(dev_responses, config).answers
    streamed = pd.concat(list(iter_answer_chunks(dev_responses, config, chunk_size=16)), ignore_index=True)
    pd.testing.assert_frame_equal(streamed, whole)


def test_a_long_answers_file_streams_too(tmp_path: Path, tiny_config) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path / "a.csv", "respondent_id,question,text\nA1,q1,More staff\nA1,q2,  \nA2,q2,\"No laptop\"\n")
    answers = pd.concat(list(iter_answer_chunks(path, tiny_config, chunk_size=1)), ignore_index=True)
    assert answers.to_dict("list") == {
        "respondent_id": ["A1", "A2"], "question": ["q1", "q2"], "text": ["More staff", "No laptop"]
    }


def test_a_long_answers_file_with_an_unknown_question_names_its_row(tmp_path: Path, tiny_config) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path / "a.csv", "respondent_id,question,text\nA1,q1,More staff\nA1,q9,Pay\n")
    with pytest.raises(InputError, match=r"column 'question', row 3: 'q9' is not an open question"):
        list(iter_answer_chunks(path, tiny_config, chunk_size=1))


def test_a_respondent_repeated_in_a_later_chunk_is_an_error(tmp_path: Path, tiny_config) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path / "s.csv", "id,q1,q2,employer,tools\n1,a,b,PCN,ONS4\n2,c,,VCSE,\n1,d,,PCN,\n")
    with pytest.raises(InputError, match=r"duplicate id '1' at row 4"):
        list(iter_answer_chunks(path, tiny_config, chunk_size=2))


def test_respondents_read_in_chunks_equal_load_survey(dev_responses: Path) -> None:
    from splw_text.config import load_config
    from splw_text.load import load_survey
    from splw_text.streaming import read_respondents

    config = load_config()
    pd.testing.assert_frame_equal(
        read_respondents(dev_responses, config, chunk_size=33), load_survey(dev_responses, config).respondents
    )


def test_streamed_tables_equal_the_tables_of_whole_files(dev_responses: Path, dev_gold: Path) -> None:
    from splw_text.codebook import load_codebook
    from splw_text.config import load_config
    from splw_text.labels import read_label_file
    from splw_text.load import load_survey
    from splw_text.streaming import stream_tables
    from splw_text.tables import build_tables

    config = load_config()
    codebook = load_codebook(check_patterns=False)
    survey = load_survey(dev_responses, config)
    whole = build_tables(read_label_file(dev_gold, codebook.theme_ids), survey.respondents, config, codebook,
                         source=str(dev_gold))
    streamed = stream_tables(dev_gold, dev_responses, config, codebook)
    assert list(streamed.tables) == list(whole.tables)
    for name, table in whole.tables.items():
        pd.testing.assert_frame_equal(streamed[name], table, obj=name)
    assert streamed.summary == whole.summary


def test_tables_from_a_coded_file_on_the_local_engine_equal_build_tables(dev_responses: Path, dev_gold: Path) -> None:
    from splw_text.codebook import load_codebook
    from splw_text.config import load_config
    from splw_text.engines import tables_from_file
    from splw_text.labels import read_label_file
    from splw_text.load import load_survey
    from splw_text.tables import build_tables

    config = load_config()
    codebook = load_codebook(check_patterns=False)
    respondents = load_survey(dev_responses, config).respondents
    whole = build_tables(read_label_file(dev_gold, codebook.theme_ids), respondents, config, codebook,
                         source=str(dev_gold))
    local = tables_from_file(dev_gold, respondents, config, codebook)
    for name, table in whole.tables.items():
        pd.testing.assert_frame_equal(local[name], table, obj=name)


def _dev_theme_ids(gold: Path) -> list[str]:
    labels = pd.read_csv(gold, dtype=str, keep_default_na=False)
    seen: list[str] = []
    for value in labels["themes"]:
        for theme in value.split(";"):
            if theme and theme not in seen:
                seen.append(theme)
    return seen


SURVEY = (
    "id,q1,q2,employer,tools\n"
    "1,More link workers please,n/a,PCN,ONS4\n"
    '2,"No EMIS access, ring me on 07700 900123",,VCSE,\n'
    "3,I love my job,=SUM(A1) pay is poor,PCN,None\n"
    "4,,,VCSE,WEMWBS\n"
)


@pytest.mark.parametrize("jobs", [1, 2])
def test_stream_code_writes_the_file_the_code_command_writes(tmp_path: Path, tiny_config_path: Path, jobs: int) -> None:
    from typer.testing import CliRunner

    from splw_text.cli import app
    from splw_text.config import load_config
    from splw_text.streaming import stream_code

    survey = write(tmp_path / "survey.csv", SURVEY)
    whole = tmp_path / "whole.csv"
    result = CliRunner().invoke(app, ["code", str(survey), "--out", str(whole), "--config", str(tiny_config_path)])
    assert result.exit_code == 0, result.output
    streamed = tmp_path / "streamed.csv"
    summary = stream_code(survey, streamed, load_config(tiny_config_path), jobs=jobs, chunk_size=1)
    assert streamed.read_bytes() == whole.read_bytes()
    assert (summary.answers, summary.non_responses, summary.chunks) == (5, 1, 3)


def test_a_failed_stream_leaves_no_output(tmp_path: Path, tiny_config_path: Path) -> None:
    from splw_text.config import load_config
    from splw_text.streaming import stream_code

    survey = write(tmp_path / "survey.csv", SURVEY + "1,repeated id,,PCN,\n")
    out = tmp_path / "coded.csv"
    with pytest.raises(InputError, match="duplicate id '1' at row 6"):
        stream_code(survey, out, load_config(tiny_config_path), chunk_size=2)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["survey.csv", "tiny.yaml"]
