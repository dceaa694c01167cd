"""The validate and run commands, end to end through the CLI."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from splw_text.cli import app

runner = CliRunner()


def test_help_lists_the_main_commands() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0 and "validate" in result.output and "run" in result.output


def test_validate_reports_150_respondents_on_dev(dev_responses: Path) -> None:
    result = runner.invoke(app, ["validate", str(dev_responses)])
    assert result.exit_code == 0, result.output
    assert "150 respondents" in result.output and "q_help: 146 answers" in result.output


def test_bad_input_exits_2_with_one_line_and_no_traceback(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("respondent_id,q_help\n1,x\n")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "bad.csv: missing column(s) 'q_challenges'" in lines[0]


def test_missing_input_file_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", str(tmp_path / "missing.csv")])
    assert result.exit_code == 2 and "missing.csv: file not found" in result.output


def test_run_writes_every_output_of_the_job(dev_responses: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(dev_responses), "--out", str(out)])
    assert result.exit_code == 0, result.output
    expected = ["answers_clean.csv", "coded_answers.csv", "run.json", "tables.xlsx", "report.html",
                "tables/theme_frequencies.csv", "tables/crosstab_employer.csv", "tables/associations.csv",
                "tables/indicators.csv", "topics/topics.csv", "topics/answer_topics.csv"]
    assert [name for name in expected if not (out / name).is_file()] == []


def test_run_codes_one_row_per_non_blank_answer(dev_responses: Path, tmp_path: Path) -> None:
    import pandas as pd

    out = tmp_path / "out"
    assert runner.invoke(app, ["run", str(dev_responses), "--out", str(out), "--no-topics"]).exit_code == 0
    coded = pd.read_csv(out / "coded_answers.csv")
    assert list(coded.columns) == ["respondent_id", "question", "non_response", "themes", "evidence", "text_redacted"]
    assert len(coded) == 352


def test_run_records_the_redaction_opt_out(dev_responses: Path, tmp_path: Path) -> None:
    import json

    out = tmp_path / "out"
    args = ["run", str(dev_responses), "--out", str(out), "--no-topics", "--no-redact"]
    assert runner.invoke(app, args).exit_code == 0
    assert json.loads((out / "run.json").read_text())["redacted"] is False


def test_run_with_two_waves_writes_the_wave_change(tmp_path: Path) -> None:
    demo = Path(__file__).resolve().parents[1] / "data" / "demo"
    out = tmp_path / "out"
    args = ["run", str(demo / "splw_survey_2022.csv"), str(demo / "splw_survey_2023.csv"), "--out", str(out),
            "--no-topics"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert (out / "tables" / "wave_change.csv").is_file()


def test_run_with_bad_input_leaves_no_output_folder(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("")
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(path), "--out", str(out), "--no-topics"])
    assert result.exit_code == 2 and not out.exists()
    assert list(tmp_path.iterdir()) == [path]
