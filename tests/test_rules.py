"""RuleCoder: what the rule-based coder gives, and the hard parts of free text it must handle.

Every answer here is written for the test (not taken from a survey).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from splw_text.codebook import load_codebook
from splw_text.coding import Evidence
from splw_text.coding.components_text import Speller, within_one_edit
from splw_text.coding.rules import RuleCoder


@pytest.fixture(scope="module")
def coder() -> RuleCoder:
    return RuleCoder(load_codebook())


def themes_of(coder: RuleCoder, text: str) -> set[str]:
    row = coder.code_texts([text]).iloc[0]
    return {theme for theme in coder.theme_ids if row[theme]}


# --- the shape of the codes -----------------------------------------------------------------------------------


def test_codes_have_one_bool_column_per_theme_in_codebook_order_then_evidence(coder: RuleCoder) -> None:
    codes = coder.code_texts(["We need more link workers."])
    assert list(codes.columns) == [*coder.codebook.theme_ids, "evidence"]
    assert all(codes[theme].dtype == bool for theme in coder.theme_ids)


def test_code_is_aligned_with_the_answers_index(coder: RuleCoder) -> None:
    answers = pd.DataFrame(
        {"text_clean": ["More CPD please.", "A smartcard would help."]}, index=pd.Index([17, 4])
    )
    codes = coder.code(answers)
    assert list(codes.index) == [17, 4]
    assert codes.loc[17, "training_development"] and codes.loc[4, "it_systems_access"]


def test_code_reads_text_clean_before_text(coder: RuleCoder) -> None:
    answers = pd.DataFrame({"text": ["A smartcard."], "text_clean": ["More CPD."]})
    codes = coder.code(answers)
    assert codes.loc[0, "training_development"] and not codes.loc[0, "it_systems_access"]


def test_code_falls_back_to_text(coder: RuleCoder) -> None:
    codes = coder.code(pd.DataFrame({"text": ["A smartcard."]}))
    assert codes.loc[0, "it_systems_access"]


def test_non_responses_get_no_themes_and_no_evidence(coder: RuleCoder) -> None:
    answers = pd.DataFrame({"text_clean": ["More CPD.", "More CPD."], "non_response": [True, False]})
    codes = coder.code(answers)
    assert not codes.loc[0, coder.theme_ids].any() and codes.loc[0, "evidence"] == []
    assert codes.loc[1, "training_development"]


def test_blank_and_missing_text_get_no_themes(coder: RuleCoder) -> None:
    codes = coder.code(pd.DataFrame({"text_clean": ["", None, "   "]}))
    assert not codes[coder.theme_ids].to_numpy().any()


def test_code_texts_has_a_range_index(coder: RuleCoder) -> None:
    assert list(coder.code_texts(["a", "b", "c"]).index) == [0, 1, 2]


def test_predict_gives_a_bool_matrix(coder: RuleCoder) -> None:
    matrix = coder.predict(["More CPD.", "Nothing."])
    assert matrix.dtype == np.bool_ and matrix.shape == (2, len(coder.theme_ids))


def test_a_repeated_answer_is_coded_the_same_way_each_time(coder: RuleCoder) -> None:
    codes = coder.code_texts(["More CPD please.", "Nothing.", "More CPD please."])
    assert codes.loc[0, "training_development"] and codes.loc[2, "training_development"]
    assert codes.loc[0, "evidence"] == codes.loc[2, "evidence"]
    assert coder.code_texts(["More CPD please."]).loc[0, "evidence"] == codes.loc[0, "evidence"]


def test_the_text_cache_can_be_switched_off() -> None:
    uncached = RuleCoder(load_codebook(), cache_size=0)
    assert uncached.code_texts(["More CPD please.", "More CPD please."])["training_development"].all()


def test_fit_learns_nothing_and_returns_the_coder(coder: RuleCoder) -> None:
    assert coder.fit(["x"], [[1]]) is coder


# --- evidence --------------------------------------------------------------------------------------------------


def test_every_theme_given_has_evidence_and_no_other_theme_does(coder: RuleCoder) -> None:
    codes = coder.code_texts(["The caseload is far too high and I have no clinical supervision."])
    row = codes.iloc[0]
    given = {theme for theme in coder.theme_ids if row[theme]}
    assert given == {"staffing_capacity", "supervision_support"}
    assert {evidence.theme for evidence in row["evidence"]} == given


def test_evidence_carries_the_span_its_offsets_its_sentence_and_the_rule(coder: RuleCoder) -> None:
    text = "Things are fine. But honestly, nobody has ever offered me any supervision!"
    evidence = coder.code_texts([text]).iloc[0]["evidence"]
    (found,) = [item for item in evidence if item.theme == "supervision_support"]
    assert isinstance(found, Evidence)
    assert text[found.start : found.end] == found.span
    assert found.span in found.sentence and found.sentence.startswith("But honestly")
    rule_ids = {rule.id for theme in coder.codebook.themes for rule in theme.rules}
    assert found.rule in rule_ids
    assert found.source == "rules" and found.score is None


def test_a_question_mark_inside_a_quotation_does_not_end_the_sentence(coder: RuleCoder) -> None:
    doc = coder.nlp("The form just said 'money?' and then it was a court summons. Why? Nobody asked.")
    assert [sentence.text for sentence in doc.sents] == [
        "The form just said 'money?' and then it was a court summons.",
        "Why?",
        "Nobody asked.",
    ]


def test_explain_lists_dropped_mentions_with_the_reason(coder: RuleCoder) -> None:
    traces = coder.explain("No problems with the laptop at all.")
    assert any(trace.theme == "it_systems_access" and not trace.kept and trace.reason == "resolved" for trace in traces)


# --- negation, polarity and resolved concerns -----------------------------------------------------------------


def test_no_problems_with_a_system_is_not_an_it_concern(coder: RuleCoder) -> None:
    assert "it_systems_access" not in themes_of(coder, "No problems with SystmOne, I got my login quickly.")


def test_a_concern_said_to_be_sorted_is_not_coded(coder: RuleCoder) -> None:
    assert themes_of(coder, "The smartcard took months but it's all sorted now.") == set()


def test_a_positive_mention_of_a_topic_goes_to_positive_experience(coder: RuleCoder) -> None:
    assert themes_of(coder, "My clinical supervision is brilliant.") == {"positive_experience"}


def test_having_the_thing_is_not_a_concern(coder: RuleCoder) -> None:
    assert "supervision_support" not in themes_of(coder, "I get monthly supervision from a psychologist.")


def test_lacking_the_thing_is_a_concern(coder: RuleCoder) -> None:
    assert "supervision_support" in themes_of(coder, "I get no supervision from anyone.")


def test_a_contrast_keeps_the_concern_next_to_the_praise(coder: RuleCoder) -> None:
    assert themes_of(coder, "I love my job but the caseload is unmanageable.") == {
        "staffing_capacity",
        "positive_experience",
    }



@pytest.mark.parametrize(
    ("text", "expected"),
    [("Money isn't the issue, my caseload is.", {"staffing_capacity"}),
     ("Supervision is not the problem, the salary is!", {"pay_job_security"})],
)
def test_the_matter_named_after_a_denial_is_coded_and_the_denied_one_is_not(
    coder: RuleCoder, text: str, expected: set[str]
) -> None:
    assert themes_of(coder, text) == expected


def test_a_fix_that_names_what_was_fixed_resolves_the_earlier_problem(coder: RuleCoder) -> None:
    assert "it_systems_access" not in themes_of(
        coder, "The IT was terrible when I started, but that is sorted now and I have a laptop and EMIS.")


def test_a_fix_of_one_matter_does_not_resolve_another(coder: RuleCoder) -> None:
    assert themes_of(coder, "Pay is awful, but IT is sorted now.") == {"pay_job_security"}


@pytest.mark.parametrize(
    ("text", "theme"),
    [("When I started, access to EMIS was a nightmare. Now it's fine.", "it_systems_access"),
     ("The smartcard took forever in my first year. These days it's all sorted.", "it_systems_access"),
     ("My smartcard took months to arrive. It's fine now.", "it_systems_access"),
     ("When I joined I had no supervision at all. Now I get monthly supervision with a psychologist.",
      "supervision_support")],
)
def test_a_sentence_that_turns_to_now_resolves_the_problem_of_the_sentence_before(
    coder: RuleCoder, text: str, theme: str
) -> None:
    assert theme not in themes_of(coder, text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [("Pay is awful. Now I get monthly supervision, which helps.", "pay_job_security"),
     ("When I joined the caseload was manageable. Now it's out of control.", "staffing_capacity"),
     ("Access to EMIS was a nightmare. Pay is fine though.", "it_systems_access"),
     ("Access to EMIS is a nightmare. Now the pay is fine.", "it_systems_access")],
)
def test_a_turn_to_now_does_not_resolve_another_matter_or_a_change_for_the_worse(
    coder: RuleCoder, text: str, theme: str
) -> None:
    assert theme in themes_of(coder, text)


@pytest.mark.parametrize(
    "text", ["I can't honestly say I enjoy the job any more.", "Nobody here makes me feel part of the team."]
)
def test_a_denied_feeling_reaches_past_its_verb_and_is_not_positive(coder: RuleCoder, text: str) -> None:
    assert "positive_experience" not in themes_of(coder, text)

def test_a_negated_positive_is_not_positive(coder: RuleCoder) -> None:
    assert "positive_experience" not in themes_of(coder, "I don't feel valued by the partners.")


def test_a_wish_is_not_a_positive_experience(coder: RuleCoder) -> None:
    assert "positive_experience" not in themes_of(coder, "It would be great if the GPs understood the role.")


def test_sarcasm_is_not_a_positive_experience(coder: RuleCoder) -> None:
    found = themes_of(coder, "Six month waiting list for the service, which is just great for people in crisis.")
    assert "positive_experience" not in found


# --- implicit mentions and a theme's word used for something else ----------------------------------------------


def test_band_with_nowhere_to_go_is_career_progression(coder: RuleCoder) -> None:
    assert themes_of(coder, "I'm on band 4 and there's nowhere to go") == {"career_progression"}


def test_not_seeing_the_notes_is_it_access(coder: RuleCoder) -> None:
    assert themes_of(coder, "I can't even see the notes") == {"it_systems_access"}


def test_training_patients_is_not_training_development(coder: RuleCoder) -> None:
    assert "training_development" not in themes_of(coder, "I spend hours training patients to use the app.")


def test_training_on_the_clinical_system_is_it_access_only(coder: RuleCoder) -> None:
    assert themes_of(coder, "Training on how to use EMIS properly.") == {"it_systems_access"}


def test_systems_training_and_general_training_give_both(coder: RuleCoder) -> None:
    assert themes_of(coder, "EMIS training, and more training in general.") == {
        "it_systems_access",
        "training_development",
    }


def test_patients_loneliness_is_not_the_link_workers_isolation(coder: RuleCoder) -> None:
    assert "supervision_support" not in themes_of(coder, "So many of my patients are lonely and isolated.")


def test_funding_cuts_to_community_groups_are_community_capacity_not_pay(coder: RuleCoder) -> None:
    found = themes_of(coder, "The local groups keep losing their funding and closing down.")
    assert found == {"community_capacity"}


def test_a_wait_at_another_service_is_not_the_link_workers_caseload(coder: RuleCoder) -> None:
    assert "staffing_capacity" not in themes_of(coder, "The wait for talking therapies is nine months.")


def test_supervising_volunteers_is_not_a_lack_of_supervision(coder: RuleCoder) -> None:
    assert "supervision_support" not in themes_of(coder, "I also supervise our volunteer drivers.")


def test_a_bare_topic_word_standing_alone_is_a_request(coder: RuleCoder) -> None:
    assert themes_of(coder, "Time.") == {"staffing_capacity"}
    assert themes_of(coder, "- funding\n- awareness") == {"pay_job_security", "clinician_understanding"}


def test_the_same_word_inside_a_longer_sentence_is_not(coder: RuleCoder) -> None:
    assert themes_of(coder, "I had a lovely time at the team away day last spring with everyone.") == {
        "positive_experience"
    }


# --- how text is written ----------------------------------------------------------------------------------------


def test_lower_case_and_no_punctuation(coder: RuleCoder) -> None:
    assert themes_of(coder, "no emis access still and no laptop either") == {"it_systems_access"}


def test_a_one_letter_typo_of_a_theme_keyword(coder: RuleCoder) -> None:
    assert themes_of(coder, "Regular supervison please") == {"supervision_support"}


def test_a_typo_meets_a_token_pattern_written_on_lower_case_words(coder: RuleCoder) -> None:
    assert themes_of(coder, "The practice treats us like recepionists.") == {"clinician_understanding"}


def test_each_line_of_a_list_is_its_own_statement(coder: RuleCoder) -> None:
    assert themes_of(coder, "- a great team\n- no clinical supervision") == {
        "supervision_support",
        "positive_experience",
    }


def test_shouted_text(coder: RuleCoder) -> None:
    assert "pay_job_security" in themes_of(coder, "PAY US PROPERLY")


@pytest.mark.parametrize(
    "typed",
    [
        "The partners think I’m just there to do their filing, and I can’t get onto SystmOne.",
        "The partners think I‘m just there to do their filing, and I can‛t get onto SystmOne.",
    ],
)
def test_typographic_apostrophes_read_as_plain_ones(coder: RuleCoder, typed: str) -> None:
    plain = "The partners think I'm just there to do their filing, and I can't get onto SystmOne."
    assert themes_of(coder, typed) == themes_of(coder, plain) == {"clinician_understanding", "it_systems_access"}


def test_evidence_quotes_the_answer_as_written(coder: RuleCoder) -> None:
    text = "SUPERVISION? I’ve never had any, and nobody’s asked how I’m coping."
    evidence = coder.code_texts([text]).iloc[0]["evidence"]
    assert evidence
    for item in evidence:
        assert text[item.start : item.end] == item.span
        assert item.sentence in text


# --- the spelling layer -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("supervison", "supervision", True),
        ("progerss", "progress", True),
        ("referal", "referral", True),
        ("caseloda", "caseload", True),
        ("training", "trianing", True),
        ("contact", "contract", True),
        ("burnout", "brnot", False),
        ("abc", "abcde", False),
    ],
)
def test_within_one_edit(a: str, b: str, expected: bool) -> None:
    assert within_one_edit(a, b) is expected


def test_speller_corrects_a_word_one_edit_from_a_keyword() -> None:
    speller = Speller(["supervision", "caseload"], known_words=frozenset())
    assert speller.correct("supervison") == "supervision"


def test_speller_leaves_real_words_alone() -> None:
    speller = Speller(["contract"], known_words=frozenset({"contact"}))
    assert speller.correct("contact") is None


def test_speller_prefers_a_dropped_letter_and_leaves_true_ties() -> None:
    assert Speller(["supervision", "supervisor"], frozenset()).correct("supervison") == "supervision"
    assert Speller(["paste", "haste"], frozenset()).correct("waste") is None


def test_speller_ignores_short_words() -> None:
    assert Speller(["peers"], frozenset(), min_length=5).correct("pers") is None


def test_a_concern_said_to_be_resolved_is_reported_as_a_dropped_theme(coder: RuleCoder) -> None:
    assert coder.dropped_themes(["Honestly no problems with IT at all."]) == [frozenset({"it_systems_access"})]


def test_a_theme_that_was_kept_is_not_reported_as_dropped(coder: RuleCoder) -> None:
    [dropped] = coder.dropped_themes(["We badly need more staff."])
    assert "staffing_capacity" not in dropped


def test_dropped_themes_of_blank_and_missing_answers_are_empty(coder: RuleCoder) -> None:
    assert coder.dropped_themes(["", "   ", None]) == [frozenset()] * 3  # type: ignore[list-item]


@pytest.mark.parametrize(
    "text", ["Our doctors know what I do and value it.", "My surgery really gets what we do."]
)
def test_clinicians_who_understand_the_role_are_praise_not_a_concern(coder: RuleCoder, text: str) -> None:
    assert themes_of(coder, text) == {"positive_experience"}


@pytest.mark.parametrize(
    "text",
    ["Few doctors understand what we do.", "A leaflet so surgery staff know what the role is would help.",
     "Our doctors don't know what I do."],
)
def test_clinicians_who_do_not_understand_the_role_stay_a_concern(coder: RuleCoder, text: str) -> None:
    assert themes_of(coder, text) == {"clinician_understanding"}


@pytest.mark.parametrize(
    "text",
    ["The supervision I get now is way better than anything I had in the NHS.",
     "This PCN pays better than my previous employer did.",
     "My manager here is far better than the one I had before.",
     "Our supervision was loads better than in my previous PCN."],
)
def test_what_one_has_now_praised_against_a_past_job_is_positive_not_a_concern(coder: RuleCoder, text: str) -> None:
    assert themes_of(coder, text) == {"positive_experience"}


@pytest.mark.parametrize(
    ("text", "theme"),
    [("In my last job supervision was much better than here.", "supervision_support"),
     ("Supervision in my last job was far better than anything I've had here.", "supervision_support"),
     ("The pay in nursing was far better than anything I earn now.", "pay_job_security")],
)
def test_a_comparison_that_runs_the_other_way_stays_a_concern(coder: RuleCoder, text: str, theme: str) -> None:
    assert themes_of(coder, text) == {theme}


def test_not_being_able_to_see_patients_is_not_isolation(coder: RuleCoder) -> None:
    assert "supervision_support" not in themes_of(coder, "I can't see anyone on Tuesdays as there are no free rooms.")


def test_never_seeing_anyone_at_work_is_isolation(coder: RuleCoder) -> None:
    assert "supervision_support" in themes_of(coder, "Some weeks I don't see anyone from the team at all.")


def test_praise_that_is_only_hoped_for_is_not_positive(coder: RuleCoder) -> None:
    assert themes_of(coder, "Nothing changes until the partners begin to value what we do.") == {
        "clinician_understanding"
    }


def test_what_the_link_worker_learnt_from_staff_is_not_their_understanding_of_the_role(coder: RuleCoder) -> None:
    assert themes_of(coder, "I've gained a lot of knowledge from the nurses since I started.") == set()


def test_a_full_text_cache_forgets_its_oldest_text_first() -> None:
    small = RuleCoder(load_codebook(), cache_size=2)
    small.code_texts(["More CPD please.", "Better pay.", "No laptop."])
    assert list(small._cache) == ["Better pay.", "No laptop."]
