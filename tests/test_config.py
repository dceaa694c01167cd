"""SurveyConfig: the shipped SPLW config loads; a config with mistakes gives a one-line error."""

from __future__ import annotations

from pathlib import Path

import pytest

from splw_text.config import load_config
from splw_text.errors import InputError


def test_shipped_splw_config_names_the_three_open_questions() -> None:
    config = load_config()
    assert config.id_column == "respondent_id"
    assert config.question_columns == ["q_help", "q_challenges", "q_other"]


def test_shipped_splw_config_has_outcome_tools_as_multi_select() -> None:
    assert load_config().indicator("outcome_tools").kind == "multi"


def test_shipped_config_keeps_the_level_order_it_was_given() -> None:
    levels = load_config().indicator("outcome_recording").levels
    assert levels == ["Frequently", "Sometimes", "Rarely", "Never"]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_unknown_key_is_named_in_the_error(tmp_path: Path, tiny_config_path: Path) -> None:
    text = tiny_config_path.read_text() + "colour: blue\n"
    with pytest.raises(InputError, match=r"config.yaml: colour: unknown key"):
        load_config(write(tmp_path, text))


def test_missing_field_is_named_in_the_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"id_column: missing required key"):
        load_config(write(tmp_path, "name: x\nquestions: [{column: q, text: t}]\n"))


def test_indicator_kind_must_be_single_or_multi(tmp_path: Path, tiny_config_path: Path) -> None:
    text = tiny_config_path.read_text().replace("kind: multi", "kind: many")
    with pytest.raises(InputError, match=r"indicators.1.kind"):
        load_config(write(tmp_path, text))


def test_a_column_named_twice_is_an_error(tmp_path: Path, tiny_config_path: Path) -> None:
    text = tiny_config_path.read_text().replace("column: q2", "column: q1")
    with pytest.raises(InputError, match=r"'q1' is named twice"):
        load_config(write(tmp_path, text))


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"line \d+.*not valid YAML"):
        load_config(write(tmp_path, "name: [unclosed\nid_column: x\n"))


def test_a_key_given_twice_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="duplicate key 'name'"):
        load_config(write(tmp_path, "name: a\nname: b\nid_column: x\n"))

def test_missing_config_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="file not found"):
        load_config(tmp_path / "nope.yaml")
