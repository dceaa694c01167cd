"""build_tables on small invented surveys: what each table counts, its bases, tests and suppression."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from statsmodels.stats.multitest import multipletests
from tables_fixtures import CODEBOOK, make_coded, make_config, make_respondents

from splw_text.errors import InputError
from splw_text.tables import build_tables, write_tables
from splw_text.tables.model import CROSSTAB_COLUMNS


@pytest.fixture(scope="module")
def survey() -> tuple[pd.DataFrame, pd.DataFrame]:
    respondents = make_respondents(200)
    return respondents, make_coded(respondents)


@pytest.fixture(scope="module")
def tables(survey: tuple[pd.DataFrame, pd.DataFrame]):  # type: ignore[no-untyped-def]
    respondents, coded = survey
    return build_tables(coded, respondents, make_config(), CODEBOOK)


@pytest.fixture(scope="module")
def unsuppressed(survey: tuple[pd.DataFrame, pd.DataFrame]):  # type: ignore[no-untyped-def]
    respondents, coded = survey
    return build_tables(coded, respondents, make_config(), CODEBOOK, suppress=False)


def substantive(coded: pd.DataFrame) -> pd.DataFrame:
    return coded[~coded["non_response"]]


def test_theme_frequencies_count_substantive_answers_and_respondents(survey, unsuppressed) -> None:  # type: ignore[no-untyped-def]
    _, coded = survey
    table = unsuppressed["theme_frequencies"]
    overall = table[table["question"] == "all"].set_index("theme")
    answers = substantive(coded)
    for theme in CODEBOOK.theme_ids:
        assert overall.at[theme, "answers"] == answers[theme].sum()
        assert overall.at[theme, "answers_base"] == len(answers)
        raised = answers.groupby("respondent_id")[theme].any()
        assert overall.at[theme, "respondents"] == raised.sum()
        assert overall.at[theme, "respondents_base"] == answers["respondent_id"].nunique()
        assert overall.at[theme, "respondents_pct"] == pytest.approx(100 * raised.mean())


def test_theme_frequencies_list_themes_in_codebook_order_overall_then_per_question(unsuppressed) -> None:  # type: ignore[no-untyped-def]
    table = unsuppressed["theme_frequencies"]
    assert list(table["question"].unique()) == ["all", "q1", "q2"]
    assert table[table["question"] == "all"]["theme"].tolist() == CODEBOOK.theme_ids


def test_per_question_rows_use_that_questions_substantive_answers(survey, unsuppressed) -> None:  # type: ignore[no-untyped-def]
    _, coded = survey
    table = unsuppressed["theme_frequencies"].set_index(["question", "theme"])
    answers = substantive(coded)
    second = answers[answers["question"] == "q2"]
    assert table.at[("q2", "pay"), "answers"] == second["pay"].sum()
    assert table.at[("q2", "pay"), "answers_base"] == len(second)


def test_wilson_intervals_surround_each_share(unsuppressed) -> None:  # type: ignore[no-untyped-def]
    table = unsuppressed["theme_frequencies"]
    assert (table["answers_ci_low"] <= table["answers_pct"]).all()
    assert (table["answers_pct"] <= table["answers_ci_high"]).all()


def test_non_responses_are_counted_apart_and_in_no_base(survey, tables) -> None:  # type: ignore[no-untyped-def]
    _, coded = survey
    summary = tables["response_summary"].set_index("question")
    assert summary.at["all", "non_responses"] == coded["non_response"].sum()
    assert summary.at["all", "substantive_answers"] == (~coded["non_response"]).sum()
    assert summary.at["all", "non_blank_answers"] == len(coded)
    no_theme = substantive(coded)[CODEBOOK.theme_ids].sum(axis=1) == 0
    assert summary.at["all", "substantive_without_theme"] == no_theme.sum()


def test_a_non_response_flagged_with_a_theme_does_not_count_for_it() -> None:
    respondents = make_respondents(30)
    coded = make_coded(respondents)
    first = coded.index[coded["non_response"]][0]
    coded.loc[first, "pay"] = True
    table = build_tables(coded, respondents, make_config(), CODEBOOK, suppress=False)["theme_frequencies"]
    overall = table[table["question"] == "all"].set_index("theme")
    assert overall.at["pay", "answers"] == coded.loc[~coded["non_response"], "pay"].sum()


def test_crosstabs_have_the_tidy_columns_for_every_indicator(tables) -> None:  # type: ignore[no-untyped-def]
    assert set(tables.crosstabs) == {"employer", "contract", "tools"}
    for table in tables.crosstabs.values():
        assert list(table.columns) == CROSSTAB_COLUMNS


def test_crosstab_counts_respondents_with_a_substantive_answer_in_each_level(survey, unsuppressed) -> None:  # type: ignore[no-untyped-def]
    respondents, coded = survey
    answers = substantive(coded).groupby("respondent_id")["systems"].any()
    groups = respondents.set_index("respondent_id")["employer"].reindex(answers.index)
    table = unsuppressed["crosstab_employer"]
    row = table[(table["theme"] == "systems") & (table["level"] == "Charity")].iloc[0]
    assert row["base"] == (groups == "Charity").sum()
    assert row["n"] == answers[groups == "Charity"].sum()


def test_a_single_choice_indicator_has_one_test_per_theme(unsuppressed) -> None:  # type: ignore[no-untyped-def]
    table = unsuppressed["crosstab_employer"]
    assert (table.groupby("theme")["p_value"].nunique() == 1).all()


def test_a_multi_select_indicator_is_tested_option_by_option(survey, unsuppressed) -> None:  # type: ignore[no-untyped-def]
    respondents, coded = survey
    table = unsuppressed["crosstab_tools"]
    assert table["level"].unique().tolist() == ["Scale A", "Scale B", "None"]
    associations = unsuppressed["associations"]
    tools = associations[associations["indicator"] == "tools"]
    assert len(tools) == len(CODEBOOK.theme_ids) * 3
    answered = substantive(coded)["respondent_id"].unique()
    chose = respondents.set_index("respondent_id").loc[answered, "tools"].str.contains("Scale A")
    row = table[(table["theme"] == "pay") & (table["level"] == "Scale A")].iloc[0]
    assert row["base"] == chose.sum()


def test_p_values_are_adjusted_together_across_every_test_of_the_run() -> None:
    respondents = make_respondents(200, waves=("2022", "2023"))
    coded = make_coded(respondents)
    tables = build_tables(coded, respondents, make_config(), CODEBOOK, suppress=False)
    tests = pd.concat(
        [tables["associations"][["p_value", "p_adjusted"]], tables["wave_change"][["p_value", "p_adjusted"]]]
    ).dropna()
    expected = multipletests(tests["p_value"], method="fdr_bh")[1]
    assert tests["p_adjusted"].to_numpy() == pytest.approx(expected)


def test_associations_are_sorted_by_cramers_v_and_find_the_planted_one(unsuppressed) -> None:  # type: ignore[no-untyped-def]
    associations = unsuppressed["associations"]
    strengths = associations["cramers_v"].dropna().to_numpy()
    assert (np.diff(strengths) <= 1e-12).all()
    planted = associations[(associations["theme"] == "pay") & (associations["indicator"] == "contract")].iloc[0]
    assert planted["significant"]
    assert planted["highlight_level"] == "Fixed" and planted["direction"] == "more"
    assert planted["highlight_pct"] > planted["comparison_pct"]


def test_indicator_table_gives_each_levels_share_of_those_who_answered(survey, unsuppressed) -> None:  # type: ignore[no-untyped-def]
    respondents, _ = survey
    table = unsuppressed["indicators"].set_index(["indicator", "level"])
    counts = respondents["employer"].value_counts()
    assert table.at[("employer", "Clinic"), "n"] == counts["Clinic"]
    assert table.at[("employer", "Clinic"), "base"] == len(respondents)
    assert table.at[("tools", "Scale B"), "n"] == respondents["tools"].str.contains("Scale B").sum()


def test_no_shown_count_in_any_table_is_below_the_threshold(tables) -> None:  # type: ignore[no-untyped-def]
    for name, table in tables.tables.items():
        if name == "response_summary":
            continue
        for column in table.columns:
            if column in ("n", "base", "answers", "respondents", "answers_base", "respondents_base"):
                shown = table[column].dropna().astype(int)
                assert not ((shown > 0) & (shown < 5)).any(), f"{name}.{column}"


def test_suppressed_rows_hide_their_share_and_interval(tables) -> None:  # type: ignore[no-untyped-def]
    table = tables["crosstab_employer"]
    hidden = table[table["suppressed"]]
    assert len(hidden) > 0  # the small Clinic group forces suppression in this survey
    assert hidden["n"].isna().all() and hidden["pct"].isna().all() and hidden["ci_low"].isna().all()


def test_no_suppress_shows_small_counts(unsuppressed) -> None:  # type: ignore[no-untyped-def]
    table = unsuppressed["crosstab_employer"]
    assert not table["suppressed"].any()
    assert table["n"].notna().all()


def test_the_threshold_comes_from_the_survey_config(survey) -> None:  # type: ignore[no-untyped-def]
    respondents, coded = survey
    strict = build_tables(coded, respondents, make_config(threshold=30), CODEBOOK)
    default = build_tables(coded, respondents, make_config(), CODEBOOK)
    assert strict["crosstab_employer"]["suppressed"].sum() > default["crosstab_employer"]["suppressed"].sum()
    assert strict.threshold == 30


def test_waves_give_shares_per_wave_and_the_change_between_them() -> None:
    respondents = make_respondents(240, waves=("2023", "2022"))
    coded = make_coded(respondents)
    tables = build_tables(coded, respondents, make_config(), CODEBOOK, suppress=False)
    assert tables.summary["waves"] == ["2022", "2023"]
    shares = tables["wave_shares"].set_index(["kind", "theme", "indicator", "level", "wave"])
    change = tables["wave_change"]
    pay = change[(change["kind"] == "theme") & (change["theme"] == "pay")].iloc[0]
    before = shares.loc[("theme", "pay", "", "", "2022")]
    after = shares.loc[("theme", "pay", "", "", "2023")]
    assert (pay["wave_from"], pay["wave_to"]) == ("2022", "2023")
    assert pay["change_points"] == pytest.approx(after["pct"] - before["pct"])
    assert pay["change_ci_low"] < pay["change_points"] < pay["change_ci_high"]
    employer = change[(change["indicator"] == "employer") & (change["level"] == "Charity")]
    assert len(employer) == 1


def test_one_wave_gives_no_wave_tables(tables) -> None:  # type: ignore[no-untyped-def]
    assert "wave_shares" not in tables and "wave_change" not in tables


def test_answers_are_matched_on_wave_when_ids_repeat_across_waves() -> None:
    first = make_respondents(60, waves=("2022",))
    second = make_respondents(60, seed=9, waves=("2023",))
    respondents = pd.concat([first, second], ignore_index=True)
    coded = make_coded(respondents)
    tables = build_tables(coded, respondents, make_config(), CODEBOOK, suppress=False)
    assert tables.summary["respondents"] == 120
    with pytest.raises(InputError, match="wave"):
        build_tables(coded.drop(columns="wave"), respondents, make_config(), CODEBOOK)


def test_an_answer_from_an_unknown_respondent_is_an_input_error(survey) -> None:  # type: ignore[no-untyped-def]
    respondents, coded = survey
    broken = coded.copy()
    broken.loc[3, "respondent_id"] = "NOBODY"
    with pytest.raises(InputError, match=r"row 5: respondent id 'NOBODY' is not in the survey"):
        build_tables(broken, respondents, make_config(), CODEBOOK)


def test_an_unknown_question_or_a_missing_theme_column_is_an_input_error(survey) -> None:  # type: ignore[no-untyped-def]
    respondents, coded = survey
    with pytest.raises(InputError, match="q9"):
        build_tables(coded.assign(question="q9"), respondents, make_config(), CODEBOOK)
    with pytest.raises(InputError, match="'pay'"):
        build_tables(coded.drop(columns="pay"), respondents, make_config(), CODEBOOK)


def test_write_tables_writes_one_csv_per_table_with_rounded_percentages(tables, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    paths = write_tables(tables, tmp_path)
    assert {p.name for p in paths} == {f"{name}.csv" for name in tables.tables}
    frequencies = pd.read_csv(tmp_path / "tables" / "theme_frequencies.csv")
    assert (frequencies["answers_pct"].dropna().round(1) == frequencies["answers_pct"].dropna()).all()
    crosstab = pd.read_csv(tmp_path / "tables" / "crosstab_employer.csv")
    assert list(crosstab.columns) == CROSSTAB_COLUMNS


def test_a_level_that_looks_like_a_formula_is_neutralised_in_the_csv(survey, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    respondents, coded = survey
    config = make_config()
    data = config.model_dump()
    data["indicators"][0]["levels"] = ["Council", "Charity", "=Clinic"]
    from splw_text.config import SurveyConfig

    tricky = SurveyConfig.model_validate(data)
    respondents = respondents.assign(
        employer=pd.Categorical(respondents["employer"].astype(str).replace("Clinic", "=Clinic"),
                                categories=["Council", "Charity", "=Clinic"], ordered=True)
    )
    write_tables(build_tables(coded, respondents, tricky, CODEBOOK), tmp_path)
    text = (tmp_path / "tables" / "crosstab_employer.csv").read_text(encoding="utf-8")
    assert "'=Clinic" in text and ",=Clinic" not in text


DEV = Path(__file__).resolve().parents[1].parent / "shared" / "splw-dev"


@pytest.mark.skipif(not (DEV / "gold.csv").is_file(), reason="../shared/splw-dev is not present")
def test_dev_gold_labels_give_the_documented_theme_counts() -> None:
    from tables_fixtures import Codebook, Theme

    from splw_text.config import load_config
    from splw_text.labels import read_label_file
    from splw_text.load import load_survey

    theme_ids = ["clinician_understanding", "career_progression", "training_development", "staffing_capacity",
                 "it_systems_access", "supervision_support", "pay_job_security", "community_capacity",
                 "referral_appropriateness", "outcomes_data", "wellbeing_burnout", "positive_experience"]
    codebook = Codebook("1", tuple(Theme(t, t, "") for t in theme_ids))
    config = load_config(Path(__file__).resolve().parents[1] / "models" / "splw_survey.yaml")
    survey = load_survey(DEV / "responses.csv", config)
    coded = read_label_file(DEV / "gold.csv", theme_ids)
    tables = build_tables(coded, survey.respondents, config, codebook)
    overall = tables["theme_frequencies"].query("question == 'all'").set_index("theme")
    # the corpus notes: it_systems_access 50 answers / 44 respondents; 322 coded answers; 30 non-responses
    assert overall.at["it_systems_access", "answers"] == 50
    assert overall.at["it_systems_access", "respondents"] == 44
    assert overall.at["it_systems_access", "answers_base"] == 322
    assert tables.summary["non_responses"] == 30
    employer = tables["crosstab_employer"].set_index(["theme", "level"])
    assert employer.at[("it_systems_access", "VCSE organisation"), "n"] == 20
    assert employer.at[("it_systems_access", "VCSE organisation"), "base"] == 45
