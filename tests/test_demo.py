"""The synthetic demo survey: exact published marginals, planted associations, determinism, loadability."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from splw_text.cli import app
from splw_text.config import load_config
from splw_text.demo import generate_demo, largest_remainder, write_demo
from splw_text.load import load_survey, load_surveys

ROOT = Path(__file__).resolve().parents[1]
DEV_RESPONSES = ROOT.parent / "shared" / "splw-dev" / "responses.csv"


@pytest.fixture(scope="module")
def demo() -> dict[str, pd.DataFrame]:
    return generate_demo(seed=2023, n=777)


def share(frame: pd.DataFrame, column: str, *levels: str) -> float:
    return 100 * frame[column].isin(levels).sum() / len(frame)


# --- marginals -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "column", "levels", "published"),
    [
        ("2023", "employer", ("Primary care network (PCN)",), 50),
        ("2023", "employer", ("VCSE organisation",), 30),
        ("2023", "contract", ("Permanent",), 75),
        ("2023", "outcome_recording", ("Frequently",), 42),
        ("2023", "outcome_recording", ("Never",), 28),
        ("2023", "info_standard_aware", ("Yes",), 55),
        ("2023", "snomed_familiar", ("Yes",), 59),
        ("2023", "snomed_confident", ("Strongly agree", "Agree"), 52),
        ("2022", "employer", ("VCSE organisation",), 37),
        ("2022", "contract", ("Permanent",), 69),
    ],
)
def test_the_published_figures_hold_within_rounding(
    demo: dict[str, pd.DataFrame], year: str, column: str, levels: tuple[str, ...], published: int
) -> None:
    assert round(share(demo[year], column, *levels)) == published
    assert abs(share(demo[year], column, *levels) - published) < 0.5


@given(st.integers(1, 5000), st.lists(st.floats(0.1, 100), min_size=1, max_size=8))
def test_largest_remainder_counts_add_up_and_stay_within_one_of_the_quota(n: int, shares: list[float]) -> None:
    percentages = {f"level{i}": value for i, value in enumerate(shares)}
    counts = largest_remainder(n, percentages)
    total = sum(shares)
    assert sum(counts.values()) == n
    assert all(abs(counts[level] - n * value / total) < 1 for level, value in percentages.items())


def test_every_indicator_value_is_a_level_of_the_survey_config(demo: dict[str, pd.DataFrame]) -> None:
    config = load_config()
    for frame in demo.values():
        for indicator in config.indicators:
            values = frame[indicator.column].dropna()
            if indicator.kind == "multi":
                values = values.str.split("; ").explode()
            assert set(values) <= set(indicator.levels), indicator.column


def test_respondents_who_never_record_outcomes_use_no_outcome_tool(demo: dict[str, pd.DataFrame]) -> None:
    frame = demo["2023"]
    assert (frame.loc[frame["outcome_recording"] == "Never", "outcome_tools"] == "None").all()
    assert not frame.loc[frame["outcome_recording"] != "Never", "outcome_tools"].str.contains("None").any()


# --- associations and answers -------------------------------------------------------------------------

IT_WORDS = re.compile(r"(?i)\b(?:emis|systmone|smartcard|laptops?|system access|patient notes|read only)\b")
PAY_WORDS = re.compile(r"(?i)(?:fixed term|\bpay\b|paid|funding|funded|permanent contract|second job|arrs)")


def raising(frame: pd.DataFrame, pattern: re.Pattern[str]) -> pd.Series:
    text = frame[["q_help", "q_challenges", "q_other"]].fillna("").agg(" ".join, axis=1)
    return text.str.contains(pattern)


def test_vcse_hosted_link_workers_raise_it_access_more_than_pcn_employed(demo: dict[str, pd.DataFrame]) -> None:
    frame = demo["2023"]
    it = raising(frame, IT_WORDS)
    vcse = it[frame["employer"] == "VCSE organisation"].mean()
    pcn = it[frame["employer"] == "Primary care network (PCN)"].mean()
    assert vcse > 1.5 * pcn


def test_fixed_term_staff_raise_pay_and_job_security_more_than_permanent(demo: dict[str, pd.DataFrame]) -> None:
    frame = demo["2023"]
    pay = raising(frame, PAY_WORDS)
    assert pay[frame["contract"] == "Fixed term"].mean() > 2 * pay[frame["contract"] == "Permanent"].mean()


def test_answers_include_blanks_non_responses_lower_case_and_fake_personal_data(
    demo: dict[str, pd.DataFrame],
) -> None:
    answers = pd.concat([demo["2023"][q] for q in ("q_help", "q_challenges", "q_other")])
    assert answers.isna().sum() > 100
    assert answers.isin(["n/a", "N/A", "nothing to add", "No", "As above"]).sum() > 20
    written = answers.dropna()
    assert (written == written.str.lower()).sum() > 50
    assert written.str.contains(r"07700 900\d{3}|@example\.org").sum() >= 1
    assert written.nunique() > 500


# --- determinism, files, loading ----------------------------------------------------------------------


def test_the_same_seed_gives_the_same_survey_and_another_seed_a_different_one() -> None:
    first, again, other = generate_demo(seed=7, n=60), generate_demo(seed=7, n=60), generate_demo(seed=8, n=60)
    assert all(first[year].equals(again[year]) for year in first)
    assert not first["2023"].equals(other["2023"])


def test_both_waves_are_generated_with_their_year(demo: dict[str, pd.DataFrame]) -> None:
    assert sorted(demo) == ["2022", "2023"]
    assert all((frame["survey_year"] == year).all() for year, frame in demo.items())


@pytest.mark.skipif(not DEV_RESPONSES.is_file(), reason="../shared/splw-dev absent")
def test_the_columns_are_those_of_the_survey_export_plus_survey_year(demo: dict[str, pd.DataFrame]) -> None:
    header = list(pd.read_csv(DEV_RESPONSES, nrows=0).columns)
    assert list(demo["2023"].columns) == [*header, "survey_year"]


def test_written_files_load_cleanly_with_the_shipped_config(tmp_path: Path) -> None:
    paths = write_demo(tmp_path / "demo", seed=11, n=80)
    assert [p.name for p in paths] == ["splw_survey_2023.csv", "splw_survey_2022.csv", "README.md"]
    config = load_config()
    survey = load_survey(paths[0], config)
    assert len(survey.respondents) == 80 and set(survey.respondents["wave"]) == {"2023"}
    both = load_surveys([(paths[0], None), (paths[1], None)], config)
    assert sorted(both.respondents["wave"].unique()) == ["2022", "2023"]
    assert len(both.answers) > 150


def test_the_readme_says_how_the_files_were_made_and_lists_the_marginals(tmp_path: Path) -> None:
    readme = write_demo(tmp_path, seed=11, n=80)[-1].read_text(encoding="utf-8")
    assert "--seed 11" in readme
    assert "| Employer | VCSE organisation |" in readme
    assert "synthetic" in readme.lower()


def test_the_committed_demo_files_are_what_the_default_seed_generates(tmp_path: Path) -> None:
    committed = ROOT / "data" / "demo"
    if not (committed / "splw_survey_2023.csv").is_file():
        pytest.skip("data/demo has not been generated")
    for path in write_demo(tmp_path, seed=2023, n=777):
        assert path.read_bytes() == (committed / path.name).read_bytes(), path.name


def test_the_demo_command_writes_the_files(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["demo", "--out", str(tmp_path / "d"), "--seed", "3", "--respondents", "40"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "d" / "splw_survey_2022.csv").is_file()


def test_the_demo_command_refuses_a_file_as_the_output_folder(tmp_path: Path) -> None:
    target = tmp_path / "taken.csv"
    target.write_text("x", encoding="utf-8")
    result = CliRunner().invoke(app, ["demo", "--out", str(target)])
    assert result.exit_code == 2
    assert "not a folder" in result.output
