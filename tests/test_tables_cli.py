"""The ``tables`` and ``report`` commands on a small invented survey written to files."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from tables_fixtures import CODEBOOK, make_coded, make_respondents
from typer.testing import CliRunner

from splw_text.cli import app

runner = CliRunner()

CONFIG = """\
name: Example survey
id_column: id
wave_column: year
questions:
  - column: q1
    text: "What would help?"
    short: Help
  - column: q2
    text: "Anything else?"
    short: Other
indicators:
  - {column: employer, label: Employer, levels: [Council, Charity, Clinic]}
  - {column: contract, label: Contract, levels: [Open-ended, Fixed]}
  - {column: tools, label: Tools, kind: multi, levels: [Scale A, Scale B, None]}
"""


def codebook_yaml() -> str:
    lines = ['version: "0.1.0"', "name: Example codebook", "themes:"]
    for theme in CODEBOOK.themes:
        lines += [
            f"  - id: {theme.id}",
            f"    name: {theme.name}",
            f"    definition: {theme.definition}",
            f'    colour: "{theme.colour}"',
            "    rules:",
            f"      - {{id: {theme.id}.word, phrases: [{theme.id}]}}",
        ]
    return "\n".join(lines) + "\n"


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    """A survey export per wave, a config, a codebook and a coded answers file."""
    respondents = make_respondents(160, waves=("2022", "2023"))
    coded = make_coded(respondents)
    paths = {"config": tmp_path / "survey.yaml", "codebook": tmp_path / "codebook.yaml"}
    paths["config"].write_text(CONFIG, encoding="utf-8")
    paths["codebook"].write_text(codebook_yaml(), encoding="utf-8")
    texts = coded.pivot(index="respondent_id", columns="question", values="text_redacted")
    for wave in ("2022", "2023"):
        rows = respondents[respondents["wave"] == wave]
        export = pd.DataFrame(
            {
                "id": rows["respondent_id"],
                "employer": rows["employer"].astype(str),
                "contract": rows["contract"].astype(str),
                "tools": rows["tools"],
                "q1": texts["q1"].reindex(rows["respondent_id"]).to_numpy(),
                "q2": texts["q2"].reindex(rows["respondent_id"]).to_numpy(),
            }
        )
        paths[wave] = tmp_path / f"survey_{wave}.csv"
        export.to_csv(paths[wave], index=False)
    label_file = coded[["respondent_id", "question"]].assign(
        non_response=coded["non_response"].astype(int),
        themes=[";".join(t for t in CODEBOOK.theme_ids if row[t]) for _, row in coded.iterrows()],
        evidence=coded["evidence"],
        text_redacted=coded["text_redacted"],
        wave=coded["wave"],
    )
    paths["coded"] = tmp_path / "coded.csv"
    label_file.to_csv(paths["coded"], index=False)
    return paths


def common(files: dict[str, Path]) -> list[str]:
    return [
        str(files["coded"]),
        "--survey", f"{files['2022']}:2022",
        "--survey", f"{files['2023']}:2023",
        "--config", str(files["config"]),
        "--codebook", str(files["codebook"]),
    ]


def test_tables_writes_every_csv_and_the_workbook(files: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["tables", *common(files), "--out", str(out)])
    assert result.exit_code == 0, result.output
    names = {p.name for p in (out / "tables").iterdir()}
    assert {"theme_frequencies.csv", "indicators.csv", "associations.csv", "wave_shares.csv",
            "wave_change.csv", "crosstab_employer.csv", "crosstab_tools.csv"} <= names
    assert (out / "tables.xlsx").is_file()
    assert not (out / "report.html").exists()


def test_report_writes_the_tables_and_the_html_report(files: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["report", *common(files), "--out", str(out)])
    assert result.exit_code == 0, result.output
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "Change from 2022 to 2023" in html
    assert (out / "tables" / "crosstab_contract.csv").is_file()


def test_report_adds_a_topics_section_from_a_topics_file(files: dict[str, Path], tmp_path: Path) -> None:
    topics = tmp_path / "topics.csv"
    pd.DataFrame(
        {"topic": [3], "size": [21], "label": ["car parking"], "top_words": ["parking, car"],
         "representative_answers": [json.dumps(["nowhere to park near the surgery"])], "theme": [""],
         "theme_share": [0.1], "emergent": ["True"]}
    ).to_csv(topics, index=False)
    out = tmp_path / "out"
    result = runner.invoke(app, ["report", *common(files), "--out", str(out), "--topics", str(topics)])
    assert result.exit_code == 0, result.output
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "nowhere to park near the surgery" in html and "emergent" in html


def test_no_suppress_is_explicit_and_warned_about(files: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["tables", *common(files), "--out", str(out), "--no-suppress"])
    assert result.exit_code == 0
    assert "NOT suppressed" in result.output
    crosstab = pd.read_csv(out / "tables" / "crosstab_employer.csv")
    assert not crosstab["suppressed"].any()


def test_a_coded_answer_from_outside_the_survey_is_a_one_line_error(files: dict[str, Path], tmp_path: Path) -> None:
    coded = pd.read_csv(files["coded"], dtype=str, keep_default_na=False)
    coded.loc[0, "respondent_id"] = "STRANGER"
    coded.to_csv(files["coded"], index=False)
    out = tmp_path / "out"
    result = runner.invoke(app, ["tables", *common(files), "--out", str(out)])
    assert result.exit_code == 2
    assert "row 2: respondent id 'STRANGER' is not in the survey" in result.output
    assert "Traceback" not in result.output
    assert not out.exists()
