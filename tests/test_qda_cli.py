"""The export and import commands (REFI-QDA) end to end through the CLI."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from splw_text.cli import app
from splw_text.labels import read_label_file

runner = CliRunner()
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PROJECT_XSD = SHARED / "external" / "refi-qda" / "Project.xsd"

CODEBOOK_YAML = """\
version: 1.0.0
name: tiny frame
themes:
  - {id: staffing, name: Staffing and demand, definition: Caseload too high., colour: "#336699",
     rules: [{id: staffing.r, phrases: [more staff]}]}
  - {id: pay, name: Pay and contracts, definition: Low pay., colour: "#993366",
     rules: [{id: pay.r, phrases: [pay]}]}
"""
SURVEY_CSV = """\
id,employer,tools,q1,q2
R1,PCN,ONS4;WEMWBS,"We need more staff, caseloads are huge.",n/a
R2,VCSE,,Pay is poor.,
"""
EVIDENCE = '"[{""theme"": ""staffing"", ""span"": ""more staff"", ""start"": 8}]"'
CODED_CSV = f"""\
respondent_id,question,non_response,themes,evidence,text_redacted
R1,q1,0,staffing,{EVIDENCE},"We need more staff, caseloads are huge."
R1,q2,1,,[],n/a
R2,q1,0,pay,[],Pay is poor.
"""


@pytest.fixture
def files(tmp_path: Path, tiny_config_path: Path) -> dict[str, Path]:
    paths = {"codebook": tmp_path / "codebook.yaml", "survey": tmp_path / "survey.csv", "coded": tmp_path / "coded.csv"}
    paths["codebook"].write_text(CODEBOOK_YAML, encoding="utf-8")
    paths["survey"].write_text(SURVEY_CSV, encoding="utf-8")
    paths["coded"].write_text(CODED_CSV, encoding="utf-8")
    paths["config"] = tiny_config_path
    return paths


def export_qdpx(files: dict[str, Path], out: Path) -> None:
    result = runner.invoke(
        app,
        [
            "export",
            "qdpx",
            str(files["coded"]),
            "--survey",
            str(files["survey"]),
            "--out",
            str(out),
            "--config",
            str(files["config"]),
            "--codebook",
            str(files["codebook"]),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "2 cases, 2 variables, 3 answers, 3 codings" in result.output


def test_export_qdc_writes_a_codebook_with_each_theme_and_non_response(files: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "codebook.qdc"
    result = runner.invoke(app, ["export", "qdc", "--out", str(out), "--codebook", str(files["codebook"])])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert 'xmlns="urn:QDA-XML:codebook:1.0"' in text
    assert 'name="Staffing and demand"' in text and 'name="Non-response"' in text


def test_export_then_import_qdpx_gives_back_the_coding(files: dict[str, Path], tmp_path: Path) -> None:
    project = tmp_path / "project.qdpx"
    export_qdpx(files, project)
    gold = tmp_path / "gold.csv"
    result = runner.invoke(
        app,
        [
            "import",
            "qdpx",
            str(project),
            "--out",
            str(gold),
            "--config",
            str(files["config"]),
            "--codebook",
            str(files["codebook"]),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "3 answers (2 with themes, 1 non-responses)" in result.output
    theme_ids = ["staffing", "pay"]
    back = read_label_file(gold, theme_ids)
    original = read_label_file(files["coded"], theme_ids)
    pd.testing.assert_frame_equal(back, original[back.columns])


def test_the_exported_project_is_valid_against_project_xsd(files: dict[str, Path], tmp_path: Path) -> None:
    if not PROJECT_XSD.is_file():
        pytest.skip("../shared/external/refi-qda/Project.xsd is not present")
    xmlschema = pytest.importorskip("xmlschema")
    project = tmp_path / "project.qdpx"
    export_qdpx(files, project)
    with zipfile.ZipFile(project) as archive:
        xmlschema.XMLSchema(str(PROJECT_XSD)).validate(archive.read("project.qde").decode("utf-8"))


def test_import_qdc_writes_a_codebook_skeleton_that_loads(files: dict[str, Path], tmp_path: Path) -> None:
    from splw_text.codebook import load_codebook

    qdc = tmp_path / "codebook.qdc"
    runner.invoke(app, ["export", "qdc", "--out", str(qdc), "--codebook", str(files["codebook"])])
    out = tmp_path / "imported.yaml"
    result = runner.invoke(app, ["import", "qdc", str(qdc), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert load_codebook(out).theme_ids == ["staffing_and_demand", "pay_and_contracts"]


def test_import_qdc_keeps_the_ids_of_themes_of_the_given_codebook(files: dict[str, Path], tmp_path: Path) -> None:
    from splw_text.codebook import load_codebook

    qdc = tmp_path / "codebook.qdc"
    runner.invoke(app, ["export", "qdc", "--out", str(qdc), "--codebook", str(files["codebook"])])
    out = tmp_path / "imported.yaml"
    result = runner.invoke(app, ["import", "qdc", str(qdc), "--out", str(out), "--codebook", str(files["codebook"])])
    assert result.exit_code == 0, result.output
    assert load_codebook(out).theme_ids == ["staffing", "pay"]


def test_importing_a_file_that_is_not_a_project_exits_2_with_one_line(files: dict[str, Path], tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        [
            "import",
            "qdpx",
            str(files["coded"]),
            "--out",
            str(tmp_path / "gold.csv"),
            "--codebook",
            str(files["codebook"]),
            "--config",
            str(files["config"]),
        ],
    )
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "coded.csv: not a REFI-QDA project" in lines[0]
    assert not (tmp_path / "gold.csv").exists()


def test_export_refuses_to_write_over_its_input(files: dict[str, Path]) -> None:
    result = runner.invoke(
        app,
        [
            "export",
            "qdpx",
            str(files["coded"]),
            "--out",
            str(files["coded"]),
            "--codebook",
            str(files["codebook"]),
            "--config",
            str(files["config"]),
        ],
    )
    assert result.exit_code == 2 and "refusing to write over the input file" in result.output


def test_the_dev_gold_labels_survive_the_round_trip_and_the_project_validates(tmp_path: Path) -> None:
    responses, gold = SHARED / "splw-dev" / "responses.csv", SHARED / "splw-dev" / "gold.csv"
    if not (responses.is_file() and gold.is_file() and PROJECT_XSD.is_file()):
        pytest.skip("../shared/splw-dev or the REFI-QDA schema is not present")
    from splw_text.codebook import load_codebook
    from splw_text.paths import default_codebook_path

    if not default_codebook_path().is_file():
        pytest.skip("models/codebook.yaml is not written yet")
    xmlschema = pytest.importorskip("xmlschema")
    project, back = tmp_path / "dev.qdpx", tmp_path / "gold.csv"
    result = runner.invoke(app, ["export", "qdpx", str(gold), "--survey", str(responses), "--out", str(project)])
    assert result.exit_code == 0, result.output
    assert "150 cases" in result.output and "352 answers" in result.output
    with zipfile.ZipFile(project) as archive:
        xmlschema.XMLSchema(str(PROJECT_XSD)).validate(archive.read("project.qde").decode("utf-8"))
    result = runner.invoke(app, ["import", "qdpx", str(project), "--out", str(back)])
    assert result.exit_code == 0, result.output
    theme_ids = load_codebook().theme_ids
    pd.testing.assert_frame_equal(read_label_file(back, theme_ids), read_label_file(gold, theme_ids))
