"""Exporting the coding as a REFI-QDA project (.qdpx): schema validity, cases, variables, texts, codings."""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest
from lxml import etree

from splw_text.config import SurveyConfig
from splw_text.errors import InputError
from splw_text.labels import labels_from_frame
from splw_text.load import Survey, survey_from_frame
from splw_text.qda import guids
from splw_text.qda.codebook_xml import PROJECT_NAMESPACE
from splw_text.qda.project_export import (
    ExportedProject,
    build_project,
    export_project,
    locate_span,
    project_xml,
    write_qdpx,
)

xmlschema = pytest.importorskip("xmlschema")

PROJECT_XSD = Path(__file__).resolve().parents[1].parent / "shared" / "external" / "refi-qda" / "Project.xsd"
NS = {"p": PROJECT_NAMESPACE}
CREATED = datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)


@dataclass(frozen=True)
class Theme:
    id: str
    name: str
    definition: str
    colour: str | None = None


@dataclass(frozen=True)
class Book:
    themes: tuple[Theme, ...]


BOOK = Book(
    (
        Theme("staffing", "Staffing and demand", "Caseload too high."),
        Theme("pay", "Pay and contracts", "Low pay."),
        Theme("praise", "Positive experience", "Enjoys the job."),
    )
)
THEMES = [theme.id for theme in BOOK.themes]

TEXT_R1_Q1 = "We need more staff, caseloads are huge.\nI love the job though."
RAW_SURVEY = pd.DataFrame(
    {
        "id": ["R1", "R2", "R3"],
        "employer": ["PCN", "VCSE", None],
        "tools": ["ONS4;WEMWBS", None, "None"],
        "q1": [TEXT_R1_Q1, "Pay is poor.", None],
        "q2": ["n/a", "Nothing in the frame here.", None],
    }
).astype(object)


def coded_frame(evidence_r1: list[dict[str, object]] | None = None) -> pd.DataFrame:
    """A coded-answers table as ``splw-text code`` writes it, read back as a label table."""
    evidence_r1 = (
        evidence_r1
        if evidence_r1 is not None
        else [
            {"theme": "staffing", "span": "more staff", "start": 8, "end": 18},
            {"theme": "praise", "span": "I love the job", "start": 0, "end": 14},
        ]
    )
    raw = pd.DataFrame(
        {
            "respondent_id": ["R1", "R1", "R2", "R2"],
            "question": ["q1", "q2", "q1", "q2"],
            "non_response": ["0", "1", "0", "0"],
            "themes": ["staffing;praise", "", "pay", ""],
            "evidence": [json.dumps(evidence_r1), "[]", "[]", ""],
            "text_redacted": [TEXT_R1_Q1, "n/a", "Pay is poor.", "Nothing in the frame here."],
        }
    )
    return labels_from_frame(raw, THEMES)


@pytest.fixture
def survey(tiny_config: SurveyConfig) -> Survey:
    return survey_from_frame(RAW_SURVEY, tiny_config)


@pytest.fixture
def project(survey: Survey) -> ExportedProject:
    return build_project(coded_frame(), BOOK, respondents=survey.respondents, config=survey.config, created=CREATED)


def source_element(project: ExportedProject, respondent_id: str, question: str) -> etree._Element:
    guid = guids.source_guid(respondent_id, question)
    return project.root.find(f"p:Sources/p:TextSource[@guid='{guid}']", NS)


def codings(project: ExportedProject, respondent_id: str, question: str) -> list[tuple[str, int, int]]:
    names = {guids.theme_guid(t): t for t in THEMES} | {guids.non_response_guid(): "non_response"}
    out = []
    for selection in source_element(project, respondent_id, question).findall("p:PlainTextSelection", NS):
        ref = selection.find("p:Coding/p:CodeRef", NS).get("targetGUID")
        out.append((names[ref], int(selection.get("startPosition")), int(selection.get("endPosition"))))
    return out


def test_the_project_is_valid_against_project_xsd(project: ExportedProject) -> None:
    if not PROJECT_XSD.is_file():
        pytest.skip("../shared/external/refi-qda/Project.xsd is not present")
    xmlschema.XMLSchema(str(PROJECT_XSD)).validate(project_xml(project).decode("utf-8"))


def test_a_project_with_a_selection_missing_its_end_fails_the_schema(project: ExportedProject) -> None:
    if not PROJECT_XSD.is_file():
        pytest.skip("../shared/external/refi-qda/Project.xsd is not present")
    root = etree.fromstring(project_xml(project))
    del root.find(".//p:PlainTextSelection", NS).attrib["endPosition"]
    assert not xmlschema.XMLSchema(str(PROJECT_XSD)).is_valid(etree.tostring(root).decode())


def test_every_respondent_is_a_case_even_without_answers(project: ExportedProject) -> None:
    cases = project.root.findall("p:Cases/p:Case", NS)
    assert [case.get("name") for case in cases] == ["R1", "R2", "R3"]
    assert cases[0].get("guid") == guids.case_guid("R1")


def test_a_case_refers_to_its_answers(project: ExportedProject) -> None:
    case = project.root.find("p:Cases/p:Case[@name='R1']", NS)
    refs = [ref.get("targetGUID") for ref in case.findall("p:SourceRef", NS)]
    assert refs == [guids.source_guid("R1", "q1"), guids.source_guid("R1", "q2")]


def test_indicators_are_text_variables_with_values_per_case(project: ExportedProject) -> None:
    variables = project.root.findall("p:Variables/p:Variable", NS)
    assert [(v.get("name"), v.get("typeOfVariable")) for v in variables] == [("employer", "Text"), ("tools", "Text")]
    case = project.root.find("p:Cases/p:Case[@name='R1']", NS)
    values = {
        value.find("p:VariableRef", NS).get("targetGUID"): value.findtext("p:TextValue", namespaces=NS)
        for value in case.findall("p:VariableValue", NS)
    }
    assert values == {guids.variable_guid("employer"): "PCN", guids.variable_guid("tools"): "ONS4;WEMWBS"}


def test_a_missing_indicator_value_is_left_out_of_the_case(project: ExportedProject) -> None:
    case = project.root.find("p:Cases/p:Case[@name='R3']", NS)
    refs = [value.find("p:VariableRef", NS).get("targetGUID") for value in case.findall("p:VariableValue", NS)]
    assert refs == [guids.variable_guid("tools")]


def test_each_answer_is_a_text_source_named_by_respondent_and_question(project: ExportedProject) -> None:
    sources = project.root.findall("p:Sources/p:TextSource", NS)
    assert [source.get("name") for source in sources] == ["R1 q1", "R1 q2", "R2 q1", "R2 q2"]
    first = sources[0]
    assert first.get("plainTextPath") == f"internal://{first.get('guid')}.txt"
    assert first.findtext("p:Description", namespaces=NS) == "What would help?"


def test_the_qdpx_holds_the_project_and_each_redacted_text_as_utf8(project: ExportedProject, tmp_path: Path) -> None:
    path = write_qdpx(project, tmp_path / "p.qdpx")
    with zipfile.ZipFile(path) as archive:
        assert "project.qde" in archive.namelist()
        text = archive.read(f"sources/{guids.source_guid('R1', 'q1')}.txt").decode("utf-8")
    assert text == TEXT_R1_Q1


def test_a_theme_with_an_evidence_span_is_coded_over_that_span(project: ExportedProject) -> None:
    start = TEXT_R1_Q1.index("more staff")
    assert ("staffing", start, start + len("more staff")) in codings(project, "R1", "q1")


def test_a_span_whose_recorded_offsets_are_wrong_is_found_in_the_text(project: ExportedProject) -> None:
    start = TEXT_R1_Q1.index("I love the job")
    assert ("praise", start, start + len("I love the job")) in codings(project, "R1", "q1")


def test_a_theme_without_a_span_is_coded_over_the_whole_answer(project: ExportedProject) -> None:
    assert codings(project, "R2", "q1") == [("pay", 0, len("Pay is poor."))]


def test_a_span_that_is_not_in_the_text_falls_back_to_the_whole_answer(survey: Survey) -> None:
    coded = coded_frame([{"theme": "staffing", "span": "[NAME] said", "start": 3}, {"theme": "praise", "span": ""}])
    built = build_project(coded, BOOK, respondents=survey.respondents, config=survey.config, created=CREATED)
    assert codings(built, "R1", "q1") == [("staffing", 0, len(TEXT_R1_Q1)), ("praise", 0, len(TEXT_R1_Q1))]


def test_a_non_response_is_coded_non_response_over_the_whole_answer(project: ExportedProject) -> None:
    assert codings(project, "R1", "q2") == [("non_response", 0, 3)]


def test_an_answer_without_themes_has_no_coding(project: ExportedProject) -> None:
    assert codings(project, "R2", "q2") == []


def test_each_question_is_a_set_of_its_answers(project: ExportedProject) -> None:
    sets = project.root.findall("p:Sets/p:Set", NS)
    assert [s.get("name") for s in sets] == ["q1", "q2"]
    members = [m.get("targetGUID") for m in sets[1].findall("p:MemberSource", NS)]
    assert members == [guids.source_guid("R1", "q2"), guids.source_guid("R2", "q2")]


def test_two_exports_of_the_same_coding_are_identical(survey: Survey) -> None:
    first = build_project(coded_frame(), BOOK, respondents=survey.respondents, config=survey.config, created=CREATED)
    second = build_project(coded_frame(), BOOK, respondents=survey.respondents, config=survey.config, created=CREATED)
    assert project_xml(first) == project_xml(second)


def test_without_a_survey_the_cases_come_from_the_coded_answers_without_variables() -> None:
    built = build_project(coded_frame(), BOOK, created=CREATED)
    assert [case.get("name") for case in built.root.findall("p:Cases/p:Case", NS)] == ["R1", "R2"]
    assert built.root.find("p:Variables", NS) is None


def test_a_coded_answer_of_a_respondent_not_in_the_survey_is_an_input_error(survey: Survey) -> None:
    coded = coded_frame()
    coded.loc[2, "respondent_id"] = "R9"
    with pytest.raises(InputError, match=r"row 4: respondent 'R9' is not in the survey"):
        build_project(coded, BOOK, respondents=survey.respondents, config=survey.config)


def test_evidence_that_is_not_json_is_an_input_error_naming_the_row(survey: Survey) -> None:
    coded = coded_frame()
    coded.loc[2, "evidence"] = "{not json"
    with pytest.raises(InputError, match=r"column 'evidence', row 4: not valid JSON"):
        build_project(coded, BOOK, respondents=survey.respondents, config=survey.config)


def test_a_coded_file_without_text_and_without_a_survey_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "gold.csv"
    path.write_text("respondent_id,question,non_response,themes\nR1,q1,0,pay\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"gold.csv: no 'text_redacted' column; give --survey"):
        export_project(path, tmp_path / "p.qdpx", BOOK)
    assert not (tmp_path / "p.qdpx").exists()


def test_locate_span_prefers_the_occurrence_nearest_the_recorded_start() -> None:
    text = "staff and more staff and staff"
    assert locate_span(text, "staff", 12) == (15, 20)
    assert locate_span(text, "staff") == (0, 5)


def test_locate_span_ignores_case_and_runs_of_white_space_when_it_must() -> None:
    assert locate_span("We need  MORE\nstaff now", "more staff") == (9, 19)


def test_locate_span_returns_none_for_a_span_not_in_the_text() -> None:
    assert locate_span("Pay is poor.", "[EMAIL]") is None


def test_line_breaks_are_stored_as_lf_and_offsets_count_them_as_one_character() -> None:
    coded = coded_frame([{"theme": "praise", "span": "I love the job"}])
    coded.loc[0, "text_redacted"] = TEXT_R1_Q1.replace("\n", "\r\n")
    built = build_project(coded, BOOK, created=CREATED)
    assert built.texts[guids.source_guid("R1", "q1")] == TEXT_R1_Q1
    start = TEXT_R1_Q1.index("I love the job")
    assert ("praise", start, start + len("I love the job")) in codings(built, "R1", "q1")


def test_characters_xml_cannot_hold_are_dropped_from_names_but_kept_in_the_text() -> None:
    coded = coded_frame([])
    coded.loc[2, "text_redacted"] = "Pay\x0b is poor."
    built = build_project(coded, BOOK, created=CREATED)
    etree.fromstring(project_xml(built))  # well-formed
    assert codings(built, "R2", "q1") == [("pay", 0, len("Pay\x0b is poor."))]
    assert built.texts[guids.source_guid("R2", "q1")] == "Pay\x0b is poor."
