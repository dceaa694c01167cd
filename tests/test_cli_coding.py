"""The coding commands end to end: ``code``, ``evaluate``, ``codebook show | validate | explain``."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from splw_text.cli import app

runner = CliRunner()

SURVEY = """\
id,employer,tools,q1,q2
R1,PCN,ONS4,"Regular clinical supervision, I have had none since January",n/a
R2,VCSE,None,"Dr Okonjo thinks I'm a receptionist, call me on 07700 900777",I love my job
R3,PCN,WEMWBS,"",-
"""


@pytest.fixture
def survey(tmp_path: Path) -> Path:
    path = tmp_path / "survey.csv"
    path.write_text(SURVEY, encoding="utf-8")
    return path


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, [str(arg) for arg in args])


def test_code_writes_one_row_per_non_blank_answer_with_the_file_columns(
    survey: Path, tiny_config_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "coded.csv"
    result = invoke("code", survey, "--config", tiny_config_path, "--out", out)
    assert result.exit_code == 0, result.output
    coded = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert list(coded.columns) == ["respondent_id", "question", "non_response", "themes", "evidence", "text_redacted"]
    assert list(zip(coded["respondent_id"], coded["question"], strict=True)) == [
        ("R1", "q1"), ("R1", "q2"), ("R2", "q1"), ("R2", "q2"), ("R3", "q2")
    ]
    assert coded["non_response"].tolist() == ["0", "1", "0", "0", "1"]
    assert coded["themes"].tolist() == [
        "supervision_support", "", "clinician_understanding", "positive_experience", ""
    ]


def test_code_keeps_personal_data_out_of_the_text_and_the_evidence(
    survey: Path, tiny_config_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "coded.csv"
    assert invoke("code", survey, "--config", tiny_config_path, "--out", out).exit_code == 0
    content = out.read_text(encoding="utf-8")
    assert "Okonjo" not in content and "07700 900777" not in content
    evidence = json.loads(pd.read_csv(out, dtype=str).loc[2, "evidence"])
    assert evidence and all(item["rule"] and item["source"] == "rules" for item in evidence)


def test_code_with_no_redact_keeps_the_text(survey: Path, tiny_config_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "coded.csv"
    assert invoke("code", survey, "--config", tiny_config_path, "--out", out, "--no-redact").exit_code == 0
    assert "Okonjo" in out.read_text(encoding="utf-8")


def test_code_refuses_to_write_over_its_input(survey: Path, tiny_config_path: Path) -> None:
    result = invoke("code", survey, "--config", tiny_config_path, "--out", survey)
    assert result.exit_code == 2 and "refusing to write over the input" in result.output
    assert "Traceback" not in result.output


def test_code_on_a_missing_file_is_a_one_line_error(tiny_config_path: Path, tmp_path: Path) -> None:
    result = invoke("code", tmp_path / "absent.csv", "--config", tiny_config_path, "--out", tmp_path / "o.csv")
    assert result.exit_code == 2 and "file not found" in result.output
    assert not (tmp_path / "o.csv").exists()


def test_evaluate_prints_scores_targets_and_errors(survey: Path, tiny_config_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "coded.csv"
    invoke("code", survey, "--config", tiny_config_path, "--out", out)
    gold = tmp_path / "gold.csv"
    gold.write_text(
        "respondent_id,question,non_response,themes\nR1,q1,0,supervision_support\nR1,q2,1,\n"
        "R2,q1,0,clinician_understanding\nR2,q2,0,positive_experience;wellbeing_burnout\nR3,q2,1,\n",
        encoding="utf-8",
    )
    result = invoke("evaluate", out, gold)
    assert result.exit_code == 0, result.output
    assert "micro:" in result.output and "targets:" in result.output
    assert "wellbeing_burnout MISSED R2/q2" in result.output


def test_evaluate_json_is_parseable(survey: Path, tiny_config_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "coded.csv"
    invoke("code", survey, "--config", tiny_config_path, "--out", out)
    result = invoke("evaluate", out, out, "--json")
    data = json.loads(result.output)
    assert data["micro"]["f1"] == 1.0 and data["non_response"]["f1"] == 1.0


def test_evaluate_names_an_unknown_theme_in_the_gold_file(tmp_path: Path) -> None:
    gold = tmp_path / "gold.csv"
    gold.write_text("respondent_id,question,non_response,themes\nR1,q1,0,happiness\n", encoding="utf-8")
    result = invoke("evaluate", gold, gold)
    assert result.exit_code == 2 and "unknown theme id(s) happiness" in result.output


def test_codebook_show_lists_every_theme() -> None:
    result = invoke("codebook", "show")
    assert result.exit_code == 0
    for theme in ("clinician_understanding", "positive_experience", "referral_appropriateness"):
        assert theme in result.output


def test_codebook_validate_accepts_the_shipped_codebook() -> None:
    result = invoke("codebook", "validate")
    assert result.exit_code == 0 and "valid" in result.output


def test_codebook_validate_names_the_problem_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "codebook.yaml"
    path.write_text('version: "1.0.0"\nname: x\nthemes:\n  - id: a\n    name: A\n    definition: d\n'
                    '    colour: "#000000"\n    rules:\n      - id: a.1\n        patterns: [[{NOPE: x}]]\n',
                    encoding="utf-8")
    result = invoke("codebook", "validate", path)
    assert result.exit_code == 2
    assert "themes.a.a.1.patterns[0]: pattern does not compile" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_codebook_explain_shows_kept_and_dropped_rules() -> None:
    result = invoke("codebook", "explain", "No problems with EMIS, but I need more supervision")
    assert result.exit_code == 0
    assert "themes: supervision_support" in result.output
    assert "dropped it_systems_access" in result.output and "(resolved)" in result.output


def test_dev_corpus_meets_the_targets(dev_responses: Path, dev_gold: Path, tmp_path: Path) -> None:
    out = tmp_path / "coded.csv"
    assert invoke("code", dev_responses, "--out", out).exit_code == 0
    data = json.loads(invoke("evaluate", out, dev_gold, "--json").output)
    assert data["micro"]["f1"] >= 0.85
    assert min(theme["f1"] for theme in data["themes"]) >= 0.70
    assert data["non_response"]["f1"] >= 0.9
