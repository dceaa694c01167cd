"""Loading survey exports: every supported format, detected encodings, and one-line errors."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from splw_text.config import SurveyConfig
from splw_text.errors import InputError
from splw_text.load import load_survey, split_multi_select

HEADER = "id,employer,tools,q1,q2\n"
ROWS = "r1,PCN,ONS4;WEMWBS,Need more staff,n/a\nr2,VCSE,None,Café closed – no room,\n"


def write_bytes(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_utf8_csv_gives_respondents_and_non_blank_answers(tmp_path: Path, tiny_config: SurveyConfig) -> None:
    survey = load_survey(write_bytes(tmp_path, "s.csv", (HEADER + ROWS).encode()), tiny_config)
    assert list(survey.respondents["respondent_id"]) == ["r1", "r2"]
    assert list(zip(survey.answers["respondent_id"], survey.answers["question"], strict=True)) == [
        ("r1", "q1"), ("r1", "q2"), ("r2", "q1")
    ]


def test_utf8_with_bom_keeps_the_first_column_name(tmp_path: Path, tiny_config: SurveyConfig) -> None:
    survey = load_survey(write_bytes(tmp_path, "s.csv", b"\xef\xbb\xbf" + (HEADER + ROWS).encode()), tiny_config)
    assert len(survey.respondents) == 2


def test_cp1252_is_detected_from_the_content(tmp_path: Path, tiny_config: SurveyConfig) -> None:
    path = write_bytes(tmp_path, "survey.csv", (HEADER + ROWS).encode("cp1252"))
    survey = load_survey(path, tiny_config)
    assert "Café closed – no room" in set(survey.answers["text"])


def test_utf16_tab_separated_export_is_read(tmp_path: Path, tiny_config: SurveyConfig) -> None:
    text = (HEADER + ROWS).replace(",", "\t").replace("ONS4;WEMWBS", "ONS4;WEMWBS")
    survey = load_survey(write_bytes(tmp_path, "s.txt", text.encode("utf-16")), tiny_config)
    assert len(survey.answers) == 3


def test_semicolon_delimited_csv_is_sniffed(tmp_path: Path, tiny_config: SurveyConfig) -> None:
    text = "id;employer;tools;q1;q2\nr1;PCN;ONS4;More staff;\nr2;VCSE;None;Training;\n"
    survey = load_survey(write_bytes(tmp_path, "s.csv", text.encode()), tiny_config)
    assert list(survey.answers["text"]) == ["More staff", "Training"]


def test_single_indicator_is_an_ordered_categorical_in_config_order(
    tmp_path: Path, tiny_config: SurveyConfig
) -> None:
    survey = load_survey(write_bytes(tmp_path, "s.csv", (HEADER + ROWS).encode()), tiny_config)
    employer = survey.respondents["employer"]
    assert list(employer.cat.categories) == ["PCN", "VCSE"] and employer.cat.ordered


def test_indicator_levels_match_ignoring_case_and_spaces(tmp_path: Path, tiny_config: SurveyConfig) -> None:
    text = HEADER + "r1, pcn ,ons4,x,\n"
    survey = load_survey(write_bytes(tmp_path, "s.csv", text.encode()), tiny_config)
    assert survey.respondents["employer"].iloc[0] == "PCN"


def test_multi_select_splits_into_one_flag_per_level(tmp_path: Path, tiny_config: SurveyConfig) -> None:
    survey = load_survey(write_bytes(tmp_path, "s.csv", (HEADER + ROWS).encode()), tiny_config)
    flags = split_multi_select(survey.respondents["tools"], tiny_config.indicator("tools"))
    assert flags.to_dict("list") == {"ONS4": [True, False], "WEMWBS": [True, False], "None": [False, True]}


def test_xlsx_export_is_read(tmp_path: Path, tiny_config: SurveyConfig) -> None:
    frame = pd.DataFrame({"id": [1, 2], "employer": ["PCN", "VCSE"], "tools": ["ONS4", None],
                          "q1": ["More staff", None], "q2": [None, "Training"]})
    path = tmp_path / "s.xlsx"
    frame.to_excel(path, index=False)
    survey = load_survey(path, tiny_config)
    assert list(survey.respondents["respondent_id"]) == ["1", "2"]
    assert list(survey.answers["text"]) == ["More staff", "Training"]


def test_sav_value_labels_become_categories(tmp_path: Path, tiny_config: SurveyConfig) -> None:
    import pyreadstat

    frame = pd.DataFrame({"id": ["a", "b"], "employer": [1.0, 2.0], "tools": ["ONS4", "None"],
                          "q1": ["More staff", "Training"], "q2": ["", ""]})
    path = tmp_path / "s.sav"
    pyreadstat.write_sav(frame, str(path), variable_value_labels={"employer": {1.0: "PCN", 2.0: "VCSE"}})
    survey = load_survey(path, tiny_config)
    assert list(survey.respondents["employer"]) == ["PCN", "VCSE"]


def test_sav_with_an_unlabelled_value_lists_it(tmp_path: Path, tiny_config: SurveyConfig) -> None:
    import pyreadstat

    frame = pd.DataFrame({"id": ["a", "b"], "employer": [1.0, 7.0], "tools": ["ONS4", "None"],
                          "q1": ["x", "y"], "q2": ["", ""]})
    path = tmp_path / "s.sav"
    pyreadstat.write_sav(frame, str(path), variable_value_labels={"employer": {1.0: "PCN", 2.0: "VCSE"}})
    with pytest.raises(InputError, match=r"column 'employer': unknown level\(s\) '7' \(row 3\)"):
        load_survey(path, tiny_config)


def test_parquet_export_is_read(tmp_path: Path, tiny_config: SurveyConfig) -> None:
    frame = pd.DataFrame({"id": ["a"], "employer": ["VCSE"], "tools": ["WEMWBS"], "q1": ["x"], "q2": [None]})
    path = tmp_path / "s.parquet"
    frame.to_parquet(path)
    assert load_survey(path, tiny_config).respondents["employer"].iloc[0] == "VCSE"


def test_wave_label_is_added_to_respondents_and_answers(tmp_path: Path, tiny_config: SurveyConfig) -> None:
    survey = load_survey(write_bytes(tmp_path, "s.csv", (HEADER + ROWS).encode()), tiny_config, wave="2023")
    assert set(survey.respondents["wave"]) == {"2023"} and set(survey.answers["wave"]) == {"2023"}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", r"s.csv: the file is empty"),
        (b"   \n\n", r"s.csv: the file is empty"),
        (HEADER.encode(), r"s.csv: the file has a header but no respondents"),
        (b"id,employer,q1,q2\nr1,PCN,x,y\n", r"s.csv: missing column\(s\) 'tools'"),
        ((HEADER + "r1,PCN,ONS4,a,\nr1,VCSE,None,b,\n").encode(), r"column 'id': duplicate id 'r1' at rows 2 and 3"),
        ((HEADER + "r1,PCN,ONS4,a,\n,VCSE,None,b,\n").encode(), r"column 'id': blank respondent id at row 3"),
        ((HEADER + "r1,NHS,ONS4,a,\n").encode(), r"column 'employer': unknown level\(s\) 'NHS' \(row 2\)"),
        ((HEADER + "r1,PCN,ONS4;Star,a,\n").encode(), r"column 'tools': unknown level\(s\) 'Star' \(row 2\)"),
        ((HEADER + "r1,PCN,ONS4,a,b,c,d\n").encode(), r"s.csv: not a well-formed table: .*row 2"),
        ((HEADER + "r1,PCN,ONS4,a,\n\n\nr2,NHS,ONS4,b,\n").encode(), r"unknown level\(s\) 'NHS' \(row 5\)"),
        ((HEADER + "r1,PCN,ONS4,a,\n\nr1,VCSE,None,b,\n").encode(), r"duplicate id 'r1' at rows 2 and 4"),
        ((HEADER + 'r1,PCN,ONS4,"two\nlines",\n\nr2,PCN,ONS4,a,b,c,d\n').encode(), r"well-formed table: row 4 "),
        (b"\x00\x01\x02\x03binary\xff\xfe" * 50, r"s.csv: binary content"),
    ],
    ids=["empty", "blank", "header-only", "missing-column", "duplicate-id", "blank-id", "unknown-level",
         "unknown-multi-level", "ragged-row", "after-blank-lines", "duplicate-after-blank-line",
         "ragged-after-multi-line-cell", "binary"],
)
def test_bad_input_gives_a_one_line_error_naming_file_column_and_row(
    tmp_path: Path, tiny_config: SurveyConfig, content: bytes, message: str
) -> None:
    with pytest.raises(InputError, match=message) as error:
        load_survey(write_bytes(tmp_path, "s.csv", content), tiny_config)
    assert "\n" not in str(error.value)


def test_a_workbook_that_is_not_one_is_an_input_error(tmp_path: Path, tiny_config: SurveyConfig) -> None:
    with pytest.raises(InputError, match=r"s.xlsx: not a readable XLSX workbook"):
        load_survey(write_bytes(tmp_path, "s.xlsx", b"PK\x03\x04 not really a zip"), tiny_config)


def test_a_folder_is_not_a_survey_export(tmp_path: Path, tiny_config: SurveyConfig) -> None:
    with pytest.raises(InputError, match="is a folder"):
        load_survey(tmp_path, tiny_config)


def test_dev_export_has_150_respondents_and_352_answers(dev_responses: Path) -> None:
    from splw_text.config import load_config

    survey = load_survey(dev_responses, load_config())
    assert (len(survey.respondents), len(survey.answers)) == (150, 352)
