"""Stable GUIDs for REFI-QDA exchange: the same thing gets the same GUID on every export."""

from __future__ import annotations

import re
import subprocess
import sys

from splw_text.qda import guids

GUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def test_a_theme_guid_is_the_same_in_a_fresh_python_process() -> None:
    code = "from splw_text.qda.guids import theme_guid; print(theme_guid('pay_job_security'))"
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert other == guids.theme_guid("pay_job_security")


def test_guids_have_the_form_the_schema_requires() -> None:
    for value in (guids.theme_guid("x"), guids.non_response_guid(), guids.source_guid("R1", "q1")):
        assert GUID.match(value)


def test_different_kinds_with_the_same_name_get_different_guids() -> None:
    values = {
        guids.theme_guid("a"),
        guids.case_guid("a"),
        guids.variable_guid("a"),
        guids.set_guid("a"),
        guids.source_guid("a", "a"),
    }
    assert len(values) == 5


def test_the_non_response_code_cannot_collide_with_a_theme_called_non_response() -> None:
    assert guids.non_response_guid() != guids.theme_guid("non_response")


def test_source_guids_of_neighbouring_answers_differ() -> None:
    assert guids.source_guid("R1", "q1") != guids.source_guid("R1", "q2") != guids.source_guid("R2", "q1")


def test_a_guid_written_in_braces_and_upper_case_is_normalised() -> None:
    value = guids.theme_guid("x")
    assert guids.normalise_guid("{" + value.upper() + "}") == value


def test_a_source_guid_is_inverted_from_candidate_respondents_and_questions() -> None:
    value = guids.source_guid("R7", "q2")
    assert guids.invert_source_guid(value, ["R1", "R7"], ["q1", "q2"]) == ("R7", "q2")
    assert guids.invert_source_guid(value, ["R1"], ["q1", "q2"]) is None
