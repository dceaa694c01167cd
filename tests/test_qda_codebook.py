"""The codebook as a REFI-QDA codebook (.qdc): export, schema validity, and reading codebooks of other tools."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import etree

from splw_text.errors import InputError
from splw_text.qda.codebook_xml import (
    CODEBOOK_NAMESPACE,
    PROJECT_NAMESPACE,
    codebook_document,
    codebook_element,
    read_qdc,
    skeleton_themes,
    write_codebook_skeleton,
    write_qdc,
)
from splw_text.qda.guids import non_response_guid, theme_guid

xmlschema = pytest.importorskip("xmlschema")

PROJECT_XSD = Path(__file__).resolve().parents[1].parent / "shared" / "external" / "refi-qda" / "Project.xsd"
NS = {"c": CODEBOOK_NAMESPACE}


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
        Theme("staffing", "Staffing and demand", "Caseload too high.", "#336699"),
        Theme("pay", "Pay and contracts", "Low pay, fixed-term posts.", "#abc"),
        Theme("praise", "Positive experience", "Enjoys the job.", None),
    )
)


def project_xsd() -> Path:
    if not PROJECT_XSD.is_file():
        pytest.skip("../shared/external/refi-qda/Project.xsd is not present")
    return PROJECT_XSD


def codebook_schema() -> xmlschema.XMLSchema:
    """The REFI-QDA codebook schema, derived from Project.xsd (the standalone copy is not well-formed).

    Same types, target namespace ``urn:QDA-XML:codebook:1.0``, and ``CodeBook`` (of Project.xsd's
    ``CodeBookType``) as the one global element in place of ``Project``.
    """
    text = project_xsd().read_text(encoding="utf-8")
    replacements = [
        ('xmlns="urn:QDA-XML:project:1.0"', f'xmlns="{CODEBOOK_NAMESPACE}"'),
        ('targetNamespace="urn:QDA-XML:project:1.0"', f'targetNamespace="{CODEBOOK_NAMESPACE}"'),
        ('<xsd:element name="Project" type="ProjectType">', '<xsd:element name="CodeBook" type="CodeBookType">'),
    ]
    for old, new in replacements:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return xmlschema.XMLSchema(text)


def test_the_qdc_is_valid_against_the_codebook_schema_derived_from_project_xsd(tmp_path: Path) -> None:
    path = write_qdc(BOOK, tmp_path / "codebook.qdc")
    codebook_schema().validate(str(path))


def test_the_codebook_element_is_valid_inside_a_project_against_project_xsd() -> None:
    project = etree.Element(f"{{{PROJECT_NAMESPACE}}}Project", nsmap={None: PROJECT_NAMESPACE}, name="p")
    project.append(codebook_element(BOOK, PROJECT_NAMESPACE))
    xmlschema.XMLSchema(str(project_xsd())).validate(etree.tostring(project).decode())


def test_a_codebook_with_a_missing_guid_fails_the_derived_schema() -> None:
    root = etree.fromstring(codebook_document(BOOK))
    del root.find("c:Codes/c:Code", NS).attrib["guid"]
    assert not codebook_schema().is_valid(etree.tostring(root).decode())


def test_the_root_is_codebook_in_the_codebook_namespace() -> None:
    root = etree.fromstring(codebook_document(BOOK))
    assert root.tag == f"{{{CODEBOOK_NAMESPACE}}}CodeBook"


def test_every_theme_is_a_codable_code_with_its_guid_name_description_and_colour() -> None:
    root = etree.fromstring(codebook_document(BOOK))
    first = root.find("c:Codes/c:Code", NS)
    assert first.get("guid") == theme_guid("staffing")
    assert first.get("name") == "Staffing and demand"
    assert first.get("isCodable") == "true"
    assert first.get("color") == "#336699"
    assert first.findtext("c:Description", namespaces=NS) == "Caseload too high."


def test_non_response_is_a_code_of_its_own_after_the_themes() -> None:
    codes = etree.fromstring(codebook_document(BOOK)).findall("c:Codes/c:Code", NS)
    assert len(codes) == 4
    assert codes[-1].get("guid") == non_response_guid() and codes[-1].get("name") == "Non-response"


def test_the_same_theme_id_keeps_its_guid_when_names_and_order_change() -> None:
    renamed = Book((Theme("praise", "Good things", "x"), Theme("staffing", "Workload", "y")))
    first = {
        c.get("name"): c.get("guid")
        for c in etree.fromstring(codebook_document(BOOK)).iter(f"{{{CODEBOOK_NAMESPACE}}}Code")
    }
    second = {
        c.get("name"): c.get("guid")
        for c in etree.fromstring(codebook_document(renamed)).iter(f"{{{CODEBOOK_NAMESPACE}}}Code")
    }
    assert first["Staffing and demand"] == second["Workload"]
    assert first["Positive experience"] == second["Good things"]


def test_a_theme_without_a_colour_gets_a_valid_palette_colour() -> None:
    codes = etree.fromstring(codebook_document(BOOK)).findall("c:Codes/c:Code", NS)
    assert codes[1].get("color") == "#ABC"
    assert codes[2].get("color", "").startswith("#") and len(codes[2].get("color", "")) == 7


def test_reading_back_an_exported_codebook_gives_the_themes_and_non_response(tmp_path: Path) -> None:
    codes = read_qdc(write_qdc(BOOK, tmp_path / "codebook.qdc"))
    assert [code.name for code in codes] == [
        "Staffing and demand",
        "Pay and contracts",
        "Positive experience",
        "Non-response",
    ]
    assert codes[0].description == "Caseload too high." and codes[0].guid == theme_guid("staffing")


OTHER_TOOL_CODEBOOK = """<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Some QDA tool">
  <Codes>
    <Code guid="{6A1F0C52-93B0-4D0C-9E1F-6A0B4C1D2E3F}" name="Workload" isCodable="true" color="#ff0000">
      <Description>Too many
        patients.</Description>
    </Code>
    <Code guid="7B2F0C52-93B0-4D0C-9E1F-6A0B4C1D2E3F" name="Support" isCodable="false">
      <Code guid="8C3F0C52-93B0-4D0C-9E1F-6A0B4C1D2E3F" name="Other" isCodable="true"/>
    </Code>
    <Code guid="9D4F0C52-93B0-4D0C-9E1F-6A0B4C1D2E3F" name="Pay" isCodable="true">
      <Code guid="0E5F0C52-93B0-4D0C-9E1F-6A0B4C1D2E3F" name="Other" isCodable="true"/>
    </Code>
  </Codes>
</CodeBook>
"""


def test_a_codebook_from_another_tool_is_flattened_with_parents(tmp_path: Path) -> None:
    path = tmp_path / "other.qdc"
    path.write_text(OTHER_TOOL_CODEBOOK, encoding="utf-8")
    codes = read_qdc(path)
    assert [(code.name, code.parents) for code in codes] == [
        ("Workload", ()),
        ("Support", ()),
        ("Other", ("Support",)),
        ("Pay", ()),
        ("Other", ("Pay",)),
    ]
    assert codes[0].guid == "6a1f0c52-93b0-4d0c-9e1f-6a0b4c1d2e3f"
    assert codes[0].description == "Too many patients."


def test_skeleton_themes_keep_codable_codes_with_unique_ids(tmp_path: Path) -> None:
    path = tmp_path / "other.qdc"
    path.write_text(OTHER_TOOL_CODEBOOK, encoding="utf-8")
    themes = skeleton_themes(read_qdc(path))
    assert [theme["id"] for theme in themes] == ["workload", "support_other", "pay", "pay_other"]
    assert themes[0]["colour"] == "#FF0000" and themes[0]["definition"] == "Too many patients."
    assert themes[1]["name"] == "Support / Other"


def test_skeleton_themes_leave_out_the_non_response_code(tmp_path: Path) -> None:
    themes = skeleton_themes(read_qdc(write_qdc(BOOK, tmp_path / "codebook.qdc")))
    assert [theme["id"] for theme in themes] == ["staffing_and_demand", "pay_and_contracts", "positive_experience"]


def test_a_file_that_is_not_xml_is_a_one_line_input_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.qdc"
    path.write_text("<CodeBook><Codes>", encoding="utf-8")
    with pytest.raises(InputError, match=r"broken.qdc: not well-formed XML"):
        read_qdc(path)


def test_xml_that_is_not_a_codebook_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "other.xml"
    path.write_text("<Something/>", encoding="utf-8")
    with pytest.raises(InputError, match=r"not a REFI-QDA codebook \(root element is 'Something'"):
        read_qdc(path)


def test_a_code_without_a_guid_is_an_input_error_naming_the_line(tmp_path: Path) -> None:
    path = tmp_path / "noguid.qdc"
    path.write_text('<CodeBook>\n<Codes>\n<Code name="x" isCodable="true"/></Codes></CodeBook>', encoding="utf-8")
    with pytest.raises(InputError, match=r"noguid.qdc \(line 3\): a Code without"):
        read_qdc(path)


def test_external_entities_are_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    path = tmp_path / "xxe.qdc"
    path.write_text(
        f'<?xml version="1.0"?><!DOCTYPE c [<!ENTITY x SYSTEM "file://{secret}">]>'
        '<CodeBook><Codes><Code guid="6a1f0c52-93b0-4d0c-9e1f-6a0b4c1d2e3f" name="n" isCodable="true">'
        "<Description>&x;</Description></Code></Codes></CodeBook>",
        encoding="utf-8",
    )
    codes = read_qdc(path)
    assert "TOP SECRET" not in codes[0].description


def test_the_codebook_skeleton_is_accepted_by_load_codebook(tmp_path: Path) -> None:
    from splw_text.codebook import load_codebook

    source = tmp_path / "other.qdc"
    source.write_text(OTHER_TOOL_CODEBOOK, encoding="utf-8")
    count = write_codebook_skeleton(read_qdc(source), tmp_path / "codebook.yaml", source)
    loaded = load_codebook(tmp_path / "codebook.yaml")
    assert count == 4 and loaded.theme_ids == ["workload", "support_other", "pay", "pay_other"]
    assert loaded.theme("workload").definition == "Too many patients."
    assert loaded.theme("workload").colour == "#FF0000"


def test_skeleton_rules_are_a_starter_phrase_of_the_code_name(tmp_path: Path) -> None:
    path = tmp_path / "other.qdc"
    path.write_text(OTHER_TOOL_CODEBOOK, encoding="utf-8")
    themes = skeleton_themes(read_qdc(path))
    assert themes[0]["rules"] == [{"id": "workload.name", "phrases": ["workload"]}]


def test_a_code_whose_name_is_a_reserved_column_gets_another_id() -> None:
    from splw_text.qda.codebook_xml import QdaCode

    themes = skeleton_themes([QdaCode("6a1f0c52-93b0-4d0c-9e1f-6a0b4c1d2e3f", "Question", "", None, True)])
    assert themes[0]["id"] == "question_2"


def test_a_codebook_with_no_codable_code_is_an_input_error_and_writes_nothing(tmp_path: Path) -> None:
    from splw_text.qda.codebook_xml import QdaCode

    codes = [QdaCode("6a1f0c52-93b0-4d0c-9e1f-6a0b4c1d2e3f", "Folder", "", None, False)]
    with pytest.raises(InputError, match="no codable codes"):
        write_codebook_skeleton(codes, tmp_path / "codebook.yaml", tmp_path / "x.qdc")
    assert not (tmp_path / "codebook.yaml").exists()


def test_codes_exported_earlier_keep_their_theme_ids_even_when_renamed(tmp_path: Path) -> None:
    path = write_qdc(BOOK, tmp_path / "codebook.qdc")
    path.write_text(path.read_text(encoding="utf-8").replace("Pay and contracts", "Money"), encoding="utf-8")
    themes = skeleton_themes(read_qdc(path), known_ids=["staffing", "pay"])
    assert [(theme["id"], theme["name"]) for theme in themes] == [
        ("staffing", "Staffing and demand"),
        ("pay", "Money"),
        ("positive_experience", "Positive experience"),
    ]


def test_a_new_code_cannot_take_the_id_a_kept_theme_needs(tmp_path: Path) -> None:
    from splw_text.qda.codebook_xml import QdaCode

    codes = [
        QdaCode("6a1f0c52-93b0-4d0c-9e1f-6a0b4c1d2e3f", "Pay", "", None, True),
        QdaCode(theme_guid("pay"), "Pay and contracts", "", None, True),
    ]
    assert [theme["id"] for theme in skeleton_themes(codes, known_ids=["pay"])] == ["pay_2", "pay"]
