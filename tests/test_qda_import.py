"""Importing a REFI-QDA project back into the gold format, and the round trip through another tool."""

from __future__ import annotations

import json
import uuid
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest
from lxml import etree

from splw_text.codebook import Codebook, load_codebook
from splw_text.config import SurveyConfig
from splw_text.errors import InputError
from splw_text.labels import labels_from_frame, read_label_file
from splw_text.load import Survey, survey_from_frame
from splw_text.qda import guids
from splw_text.qda.codebook_xml import PROJECT_NAMESPACE
from splw_text.qda.project_export import build_project, write_qdpx
from splw_text.qda.project_import import import_project, project_labels, project_respondents, read_qdpx

P = f"{{{PROJECT_NAMESPACE}}}"
NS = {"p": PROJECT_NAMESPACE}
QUESTIONS = ["q1", "q2"]

CODEBOOK_YAML = """\
version: 1.0.0
name: tiny frame
themes:
  - {id: staffing, name: Staffing and demand, definition: Caseload too high., colour: "#336699",
     rules: [{id: staffing.r, phrases: [more staff]}]}
  - {id: pay, name: Pay and contracts, definition: Low pay., colour: "#993366",
     rules: [{id: pay.r, phrases: [pay]}]}
  - {id: praise, name: Positive experience, definition: Enjoys the job., colour: "#669933",
     rules: [{id: praise.r, phrases: [love]}]}
"""
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
CODED = pd.DataFrame(
    {
        "respondent_id": ["R1", "R1", "R2", "R2"],
        "question": ["q1", "q2", "q1", "q2"],
        "non_response": ["0", "1", "0", "0"],
        "themes": ["staffing;praise", "", "pay", ""],
        "evidence": [json.dumps([{"theme": "staffing", "span": "more staff", "start": 8}]), "[]", "[]", ""],
        "text_redacted": [TEXT_R1_Q1, "n/a", "Pay is poor.", "Nothing in the frame here."],
    }
)


@pytest.fixture
def codebook(tmp_path: Path) -> Codebook:
    path = tmp_path / "codebook.yaml"
    path.write_text(CODEBOOK_YAML, encoding="utf-8")
    return load_codebook(path, check_patterns=False)


@pytest.fixture
def survey(tiny_config: SurveyConfig) -> Survey:
    return survey_from_frame(RAW_SURVEY, tiny_config)


@pytest.fixture
def coded(codebook: Codebook) -> pd.DataFrame:
    return labels_from_frame(CODED, codebook.theme_ids)


@pytest.fixture
def exported(tmp_path: Path, codebook: Codebook, survey: Survey, coded: pd.DataFrame) -> Path:
    project = build_project(
        coded,
        codebook,
        respondents=survey.respondents,
        config=survey.config,
        created=datetime(2025, 1, 1, tzinfo=UTC),
    )
    return write_qdpx(project, tmp_path / "exported.qdpx")


def edit_qdpx(path: Path, out: Path, mutate: Callable[[etree._Element], None]) -> Path:
    """Rewrite ``project.qde`` inside a copy of the archive, as another tool saving the project would."""
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    root = etree.fromstring(members["project.qde"])
    mutate(root)
    members["project.qde"] = etree.tostring(root, xml_declaration=True, encoding="utf-8")
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out


def source(root: etree._Element, respondent_id: str, question: str) -> etree._Element:
    return root.find(f"p:Sources/p:TextSource[@guid='{guids.source_guid(respondent_id, question)}']", NS)


def selection_coded(root: etree._Element, respondent_id: str, question: str, theme: str) -> etree._Element:
    for selection in source(root, respondent_id, question).findall("p:PlainTextSelection", NS):
        if selection.find("p:Coding/p:CodeRef", NS).get("targetGUID") == guids.theme_guid(theme):
            return selection
    raise AssertionError(f"no selection coded {theme}")


def add_selection(root: etree._Element, respondent_id: str, question: str, code_guid: str, end: int) -> None:
    """Add a coding the way a tool does: new GUIDs (upper case, in braces), its own user."""
    text_source = source(root, respondent_id, question)
    selection = etree.SubElement(
        text_source,
        f"{P}PlainTextSelection",
        guid="{6A1F0C52-93B0-4D0C-9E1F-6A0B4C1D2E3F}",
        startPosition="0",
        endPosition=str(end),
        creatingUser="7B2F0C52-93B0-4D0C-9E1F-6A0B4C1D2E3F",
    )
    coding = etree.SubElement(selection, f"{P}Coding", guid="8C3F0C52-93B0-4D0C-9E1F-6A0B4C1D2E3F")
    etree.SubElement(coding, f"{P}CodeRef", targetGUID="{" + code_guid.upper() + "}")
    # Selections come before source-level codings in the schema: keep the new one with the others.
    selections = text_source.findall("p:PlainTextSelection", NS)
    if len(selections) > 1:
        selections[-2].addnext(selection)


def labels_of(path: Path, codebook: Codebook, ignore_unknown_codes: bool = False) -> pd.DataFrame:
    return project_labels(read_qdpx(path), codebook, QUESTIONS, ignore_unknown_codes)


# --- the round trip -------------------------------------------------------------------------------


def test_an_unchanged_project_imports_to_exactly_the_exported_coding(
    exported: Path, codebook: Codebook, coded: pd.DataFrame
) -> None:
    back = labels_of(exported, codebook)
    pd.testing.assert_frame_equal(back, coded[back.columns].reset_index(drop=True))


def test_removed_added_and_moved_codings_come_back_as_exactly_those_changes(
    exported: Path, tmp_path: Path, codebook: Codebook, coded: pd.DataFrame
) -> None:
    def review(root: etree._Element) -> None:
        removed = selection_coded(root, "R2", "q1", "pay")
        removed.getparent().remove(removed)
        add_selection(root, "R2", "q2", guids.theme_guid("praise"), end=7)
        moved = selection_coded(root, "R1", "q1", "staffing").find("p:Coding/p:CodeRef", NS)
        moved.set("targetGUID", guids.theme_guid("pay"))

    reviewed = labels_of(edit_qdpx(exported, tmp_path / "reviewed.qdpx", review), codebook)
    expected = coded[reviewed.columns].reset_index(drop=True)
    expected.loc[2, "pay"] = False  # R2 q1: pay removed
    expected.loc[3, "praise"] = True  # R2 q2: praise added
    expected.loc[0, "staffing"] = False  # R1 q1: staffing moved to pay
    expected.loc[0, "pay"] = True
    pd.testing.assert_frame_equal(reviewed, expected)


def test_the_reviewed_project_is_still_valid_against_project_xsd(exported: Path, tmp_path: Path) -> None:
    xsd = Path(__file__).resolve().parents[1].parent / "shared" / "external" / "refi-qda" / "Project.xsd"
    if not xsd.is_file():
        pytest.skip("../shared/external/refi-qda/Project.xsd is not present")
    xmlschema = pytest.importorskip("xmlschema")
    edited = edit_qdpx(
        exported, tmp_path / "r.qdpx", lambda root: add_selection(root, "R2", "q2", guids.theme_guid("pay"), 7)
    )
    with zipfile.ZipFile(edited) as archive:
        xmlschema.XMLSchema(str(xsd)).validate(archive.read("project.qde").decode("utf-8"))


def test_marking_an_answer_non_response_in_the_tool_sets_non_response(
    exported: Path, tmp_path: Path, codebook: Codebook
) -> None:
    edited = edit_qdpx(
        exported, tmp_path / "r.qdpx", lambda root: add_selection(root, "R2", "q2", guids.non_response_guid(), 5)
    )
    back = labels_of(edited, codebook).set_index(["respondent_id", "question"])
    assert bool(back.loc[("R2", "q2"), "non_response"]) is True


def test_cases_and_their_variables_come_back_unchanged(
    exported: Path, survey: Survey, tiny_config: SurveyConfig
) -> None:
    respondents = project_respondents(read_qdpx(exported), tiny_config)
    expected = survey.respondents.astype(object).where(survey.respondents.notna(), None)
    assert respondents.columns.tolist() == expected.columns.tolist()
    assert respondents.astype(object).where(respondents.notna(), None).to_dict("records") == expected.to_dict("records")


def test_the_text_of_every_answer_comes_back_unchanged(exported: Path) -> None:
    texts = {s.name: s.text for s in read_qdpx(exported).sources}
    assert texts == {
        f"{r} {q}": text for r, q, text in CODED[["respondent_id", "question", "text_redacted"]].itertuples(index=False)
    }


def test_every_exported_code_comes_back_with_its_guid_name_and_colour(exported: Path, codebook: Codebook) -> None:
    codes = read_qdpx(exported).codes
    assert [(c.guid, c.name, c.color) for c in codes[:-1]] == [
        (guids.theme_guid(t.id), t.name, t.colour.upper()) for t in codebook.themes
    ]
    assert codes[-1].guid == guids.non_response_guid()


# --- what other tools do to a project -------------------------------------------------------------


def test_codes_renamed_in_the_tool_still_map_by_guid(
    exported: Path, tmp_path: Path, codebook: Codebook, coded: pd.DataFrame
) -> None:
    def rename(root: etree._Element) -> None:
        for code in root.iter(f"{P}Code"):
            code.set("name", "Renamed " + code.get("name"))

    back = labels_of(edit_qdpx(exported, tmp_path / "r.qdpx", rename), codebook)
    pd.testing.assert_frame_equal(back, coded[back.columns].reset_index(drop=True))


def test_a_tool_that_gives_everything_new_guids_is_mapped_by_names(
    exported: Path, tmp_path: Path, codebook: Codebook, coded: pd.DataFrame
) -> None:
    def regenerate(root: etree._Element) -> None:
        fresh: dict[str, str] = {}
        for element in root.iter():
            for attribute in ("guid", "targetGUID"):
                value = element.get(attribute)
                if value:
                    element.set(attribute, fresh.setdefault(value, str(uuid.uuid4()).upper()))
        for text_source in root.iter(f"{P}TextSource"):  # the tool stores the text inline instead
            text_source.attrib.pop("plainTextPath")
            content = etree.Element(f"{P}PlainTextContent")
            content.text = "(text)"
            text_source.insert(1, content)

    back = labels_of(edit_qdpx(exported, tmp_path / "r.qdpx", regenerate), codebook)
    pd.testing.assert_frame_equal(back, coded[back.columns].reset_index(drop=True))


def test_a_new_code_named_like_a_theme_maps_to_that_theme(exported: Path, tmp_path: Path, codebook: Codebook) -> None:
    new_guid = "0e5f0c52-93b0-4d0c-9e1f-6a0b4c1d2e3f"

    def add_code(root: etree._Element) -> None:
        codes = root.find("p:CodeBook/p:Codes", NS)
        etree.SubElement(codes, f"{P}Code", guid=new_guid, name="PAY and contracts", isCodable="true")
        add_selection(root, "R2", "q2", new_guid, 7)

    back = labels_of(edit_qdpx(exported, tmp_path / "r.qdpx", add_code), codebook).set_index(
        ["respondent_id", "question"]
    )
    assert bool(back.loc[("R2", "q2"), "pay"]) is True


def test_a_code_nested_under_a_new_parent_in_the_tool_still_maps(
    exported: Path, tmp_path: Path, codebook: Codebook, coded: pd.DataFrame
) -> None:
    def nest(root: etree._Element) -> None:
        codes = root.find("p:CodeBook/p:Codes", NS)
        parent = etree.SubElement(
            codes, f"{P}Code", guid="0e5f0c52-93b0-4d0c-9e1f-6a0b4c1d2e3f", name="Workforce", isCodable="false"
        )
        parent.append(codes.find("p:Code", NS))

    back = labels_of(edit_qdpx(exported, tmp_path / "r.qdpx", nest), codebook)
    pd.testing.assert_frame_equal(back, coded[back.columns].reset_index(drop=True))


def test_a_coding_of_the_whole_source_counts_like_a_selection(
    exported: Path, tmp_path: Path, codebook: Codebook
) -> None:
    def code_whole(root: etree._Element) -> None:
        coding = etree.SubElement(source(root, "R2", "q2"), f"{P}Coding", guid="8c3f0c52-93b0-4d0c-9e1f-6a0b4c1d2e3f")
        etree.SubElement(coding, f"{P}CodeRef", targetGUID=guids.theme_guid("staffing"))

    back = labels_of(edit_qdpx(exported, tmp_path / "r.qdpx", code_whole), codebook).set_index(
        ["respondent_id", "question"]
    )
    assert bool(back.loc[("R2", "q2"), "staffing"]) is True


def test_an_uncoded_document_the_analyst_added_is_left_out(
    exported: Path, tmp_path: Path, codebook: Codebook, coded: pd.DataFrame
) -> None:
    def add_memo(root: etree._Element) -> None:
        sources = root.find("p:Sources", NS)
        memo = etree.SubElement(
            sources, f"{P}TextSource", guid="9d4f0c52-93b0-4d0c-9e1f-6a0b4c1d2e3f", name="Questionnaire"
        )
        etree.SubElement(memo, f"{P}PlainTextContent").text = "The survey questions."

    back = labels_of(edit_qdpx(exported, tmp_path / "r.qdpx", add_memo), codebook)
    pd.testing.assert_frame_equal(back, coded[back.columns].reset_index(drop=True))


# --- clear errors ---------------------------------------------------------------------------------


def test_a_coding_with_a_code_that_is_not_a_theme_is_an_input_error_naming_the_code(
    exported: Path, tmp_path: Path, codebook: Codebook
) -> None:
    new_guid = "0e5f0c52-93b0-4d0c-9e1f-6a0b4c1d2e3f"

    def add_code(root: etree._Element) -> None:
        etree.SubElement(
            root.find("p:CodeBook/p:Codes", NS), f"{P}Code", guid=new_guid, name="Good quote", isCodable="true"
        )
        add_selection(root, "R2", "q2", new_guid, 7)

    edited = edit_qdpx(exported, tmp_path / "r.qdpx", add_code)
    with pytest.raises(InputError, match=r"code 'Good quote' .* used in source 'R2 q2', is not a theme"):
        labels_of(edited, codebook)
    back = labels_of(edited, codebook, ignore_unknown_codes=True).set_index(["respondent_id", "question"])
    assert not back.loc[("R2", "q2"), codebook.theme_ids].any()


def test_a_coding_with_a_code_guid_the_codebook_does_not_list_is_an_input_error(
    exported: Path, tmp_path: Path, codebook: Codebook
) -> None:
    edited = edit_qdpx(
        exported,
        tmp_path / "r.qdpx",
        lambda root: add_selection(root, "R2", "q2", "0e5f0c52-93b0-4d0c-9e1f-6a0b4c1d2e3f", 7),
    )
    with pytest.raises(InputError, match=r"source 'R2 q2' refers to code guid 0e5f0c52-.* does not list"):
        labels_of(edited, codebook)


def test_a_coded_source_that_cannot_be_placed_is_an_input_error_naming_it(
    exported: Path, tmp_path: Path, codebook: Codebook
) -> None:
    def add_source(root: etree._Element) -> None:
        sources = root.find("p:Sources", NS)
        added = etree.SubElement(
            sources, f"{P}TextSource", guid="9d4f0c52-93b0-4d0c-9e1f-6a0b4c1d2e3f", name="Interview 4"
        )
        etree.SubElement(added, f"{P}PlainTextContent").text = "Pay is bad."
        coding = etree.SubElement(added, f"{P}Coding", guid="8c3f0c52-93b0-4d0c-9e1f-6a0b4c1d2e3f")
        etree.SubElement(coding, f"{P}CodeRef", targetGUID=guids.theme_guid("pay"))

    edited = edit_qdpx(exported, tmp_path / "r.qdpx", add_source)
    with pytest.raises(InputError, match=r"cannot place coded source 'Interview 4'"):
        labels_of(edited, codebook)


def test_two_sources_on_the_same_answer_are_an_input_error(exported: Path, tmp_path: Path, codebook: Codebook) -> None:
    def duplicate(root: etree._Element) -> None:
        sources = root.find("p:Sources", NS)
        etree.SubElement(sources, f"{P}TextSource", guid="9d4f0c52-93b0-4d0c-9e1f-6a0b4c1d2e3f", name="R1 q1")

    with pytest.raises(InputError, match=r"sources 'R1 q1' and 'R1 q1' are both answer R1/q1"):
        labels_of(edit_qdpx(exported, tmp_path / "r.qdpx", duplicate), codebook)


def test_a_zip_without_project_qde_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("sources/a.txt", "text")
    with pytest.raises(InputError, match=r"empty.qdpx: the archive has no project.qde"):
        read_qdpx(path)


def test_a_file_that_is_not_a_zip_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "project.qdpx"
    path.write_text("respondent_id,question\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"project.qdpx: not a REFI-QDA project \(.qdpx is a zip archive"):
        read_qdpx(path)


def test_a_project_qde_that_is_not_xml_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", "<Project name='x'><CodeBook>")
    with pytest.raises(InputError, match=r"bad.qdpx:project.qde: not well-formed XML"):
        read_qdpx(path)


def test_a_selection_without_integer_positions_is_an_input_error(exported: Path, tmp_path: Path) -> None:
    def break_it(root: etree._Element) -> None:
        root.find(".//p:PlainTextSelection", NS).set("startPosition", "start")

    with pytest.raises(InputError, match=r"selection in source 'R1 q1' has no integer startPosition"):
        read_qdpx(edit_qdpx(exported, tmp_path / "r.qdpx", break_it))


# --- writing the gold file ------------------------------------------------------------------------


def test_import_project_writes_a_gold_file_that_reads_back(
    exported: Path, tmp_path: Path, codebook: Codebook, tiny_config: SurveyConfig, coded: pd.DataFrame
) -> None:
    out = tmp_path / "gold.csv"
    import_project(exported, out, codebook, tiny_config)
    header = out.read_text(encoding="utf-8").splitlines()[0]
    assert header == "respondent_id,question,non_response,themes"
    back = read_label_file(out, codebook.theme_ids)
    pd.testing.assert_frame_equal(back, coded[back.columns].reset_index(drop=True))


def test_a_failed_import_leaves_no_gold_file(tmp_path: Path, codebook: Codebook, tiny_config: SurveyConfig) -> None:
    bad = tmp_path / "bad.qdpx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(InputError):
        import_project(bad, tmp_path / "gold.csv", codebook, tiny_config)
    assert not (tmp_path / "gold.csv").exists()


def test_a_source_file_that_is_not_utf8_is_an_input_error_naming_it(exported: Path, tmp_path: Path) -> None:
    broken = tmp_path / "latin1.qdpx"
    with zipfile.ZipFile(exported) as archive, zipfile.ZipFile(broken, "w") as out:
        for name in archive.namelist():
            data = archive.read(name)
            out.writestr(name, "caf\u00e9".encode("latin-1") if name.endswith(".txt") else data)
    with pytest.raises(InputError, match=r"\.txt \(source 'R1 q1'\) is not UTF-8 text"):
        read_qdpx(broken)


def test_a_source_renamed_with_a_file_extension_is_still_placed_by_name(
    exported: Path, tmp_path: Path, codebook: Codebook, coded: pd.DataFrame
) -> None:
    def rename(root: etree._Element) -> None:
        for text_source in root.iter(f"{P}TextSource"):
            text_source.set("name", text_source.get("name") + ".txt")
            text_source.set("guid", str(uuid.uuid4()))  # and a GUID of the tool's own

    back = labels_of(edit_qdpx(exported, tmp_path / "r.qdpx", rename), codebook)
    pd.testing.assert_frame_equal(back, coded[back.columns].reset_index(drop=True))


def test_agreement_between_the_tool_and_the_reviewed_coding_lists_exactly_the_analysts_changes(
    exported: Path, tmp_path: Path, codebook: Codebook, coded: pd.DataFrame, tiny_config: SurveyConfig
) -> None:
    from splw_text.agreement import compare_codings

    def review(root: etree._Element) -> None:
        removed = selection_coded(root, "R2", "q1", "pay")
        removed.getparent().remove(removed)
        add_selection(root, "R2", "q2", guids.theme_guid("praise"), end=7)

    out = tmp_path / "reviewed.csv"
    import_project(edit_qdpx(exported, tmp_path / "r.qdpx", review), out, codebook, tiny_config)
    agreement = compare_codings(coded, read_label_file(out, codebook.theme_ids), codebook.theme_ids, "tool", "analyst")
    assert agreement.n_answers == 4
    assert agreement.disagreements[["respondent_id", "question", "theme", "a", "b"]].values.tolist() == [
        ["R2", "q1", "pay", 1, 0],
        ["R2", "q2", "praise", 0, 1],
    ]
