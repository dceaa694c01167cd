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


def test_run_writes_the_cleaned_answers_and_a_run_record(dev_responses: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(dev_responses), "--out", str(out), "--no-topics"])
    assert result.exit_code == 0, result.output
    assert (out / "answers_clean.csv").is_file() and (out / "run.json").is_file()


def test_run_with_bad_input_leaves_no_output_folder(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("")
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(path), "--out", str(out), "--no-topics"])
    assert result.exit_code == 2 and not out.exists()
    assert list(tmp_path.iterdir()) == [path]
