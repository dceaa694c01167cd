"""The codebook's rules one by one: what each finds and the near-miss it must leave alone.

Grouped by the hold-out batch whose first-run misses led to the rule (``fresh_answers.py``); every sentence here is
written for the test, never taken from a batch, so the tests pin the rule's meaning rather than one answer. The
coder's general machinery (negation, polarity, clauses, evidence) is specified in ``test_rules.py``.
"""

from __future__ import annotations

import pytest

from splw_text.codebook import load_codebook
from splw_text.coding.rules import RuleCoder


@pytest.fixture(scope="module")
def coder() -> RuleCoder:
    return RuleCoder(load_codebook())


def themes_of(coder: RuleCoder, text: str) -> set[str]:
    row = coder.code_texts([text]).iloc[0]
    return {theme for theme in coder.theme_ids if row[theme]}


# HOLDOUT_44: regional and informal British English (dialect praise words, idioms, slang)
@pytest.mark.parametrize("text", ["The surgery's smashing.", "Our partners are ace, every one of them."])
def test_informal_british_praise_is_positive(coder: RuleCoder, text: str) -> None:
    assert themes_of(coder, text) == {"positive_experience"}


def test_cracking_up_under_pressure_is_not_praise(coder: RuleCoder) -> None:
    assert "positive_experience" not in themes_of(coder, "The whole team is cracking up under the pressure.")


def test_informal_praise_of_a_topic_keeps_it_out_of_its_concern_theme(coder: RuleCoder) -> None:
    assert themes_of(coder, "Had smashing training on benefits this spring.") == {"positive_experience"}


def test_decent_said_of_the_people_is_praise(coder: RuleCoder) -> None:
    assert themes_of(coder, "Decent partners, shocking rooms.") == {"positive_experience"}


def test_decent_said_of_a_thing_wanted_is_not_praise(coder: RuleCoder) -> None:
    assert "positive_experience" not in themes_of(coder, "Access to decent supervision would help.")


def test_which_is_lovely_praises_what_was_just_said(coder: RuleCoder) -> None:
    assert "positive_experience" in themes_of(coder, "The nurses pop in for a brew now, which is lovely.")


def test_others_shadowing_the_link_worker_is_not_their_training(coder: RuleCoder) -> None:
    assert "training_development" not in themes_of(coder, "Student nurses shadow me on Thursdays.")


def test_wanting_to_shadow_someone_is_training(coder: RuleCoder) -> None:
    assert "training_development" in themes_of(coder, "I'd like to shadow a more experienced link worker.")


def test_spoilt_for_choice_is_positive(coder: RuleCoder) -> None:
    assert "positive_experience" in themes_of(coder, "We're spoilt for choice with groups round here.")


def test_hardly_spoilt_for_choice_is_not_positive(coder: RuleCoder) -> None:
    assert "positive_experience" not in themes_of(coder, "We're hardly spoilt for choice out in the villages.")


def test_treated_like_one_of_the_family_is_positive(coder: RuleCoder) -> None:
    assert themes_of(coder, "The reception girls treat me like one of the family.") == {"positive_experience"}


def test_staff_needing_to_properly_get_what_we_do_is_understanding(coder: RuleCoder) -> None:
    assert "clinician_understanding" in themes_of(coder, "We need the partners to properly get what we do.")


def test_staff_who_could_not_tell_you_what_we_do_is_understanding(coder: RuleCoder) -> None:
    assert "clinician_understanding" in themes_of(coder, "Half the nurses couldn't tell you what a link worker is for.")


def test_i_could_not_tell_you_is_not_staff_understanding(coder: RuleCoder) -> None:
    assert "clinician_understanding" not in themes_of(coder, "I couldn't tell you how much I enjoy it.")


def test_if_you_paid_me_is_an_idiom_not_pay(coder: RuleCoder) -> None:
    assert "pay_job_security" not in themes_of(coder, "I wouldn't go back to care work if you paid me.")


def test_proving_we_are_worth_the_money_is_not_pay(coder: RuleCoder) -> None:
    assert "pay_job_security" not in themes_of(coder, "Hours every month proving to the ICB we're worth the money.")


def test_a_job_not_worth_the_money_is_pay(coder: RuleCoder) -> None:
    assert "pay_job_security" in themes_of(coder, "The job isn't worth the money.")


@pytest.mark.parametrize(
    "text",
    ["We're on six-month funding again.", "It's all short-term cash in this job.",
     "You can't get a mortgage on what we're on."],
)
def test_short_lived_money_for_the_post_is_job_security(coder: RuleCoder, text: str) -> None:
    assert "pay_job_security" in themes_of(coder, text)


@pytest.mark.parametrize(
    "text", ["The lunch club only has a twelve-month grant.", "I helped a client get a mortgage on a flat."]
)
def test_a_groups_grant_or_a_patients_mortgage_is_not_job_security(coder: RuleCoder, text: str) -> None:
    assert "pay_job_security" not in themes_of(coder, text)


def test_not_knowing_if_you_will_be_here_next_year_is_job_security(coder: RuleCoder) -> None:
    assert "pay_job_security" in themes_of(coder, "No idea whether I'll still be here next spring.")


def test_a_group_that_will_be_here_next_year_is_not_job_security(coder: RuleCoder) -> None:
    assert "pay_job_security" not in themes_of(coder, "The walking group will be here next year as usual.")


def test_a_band_for_the_amount_we_carry_is_pay(coder: RuleCoder) -> None:
    assert "pay_job_security" in themes_of(coder, "Band 3 for the amount I carry, honestly.")


def test_never_shown_how_to_use_an_outcome_tool_is_training(coder: RuleCoder) -> None:
    assert "training_development" in themes_of(coder, "Nobody ever showed me how to use the WEMWBS properly.")


def test_a_patient_never_shown_a_questionnaire_is_not_training(coder: RuleCoder) -> None:
    assert "training_development" not in themes_of(coder, "Nobody showed the patient how to fill in the questionnaire.")


def test_entering_records_in_different_ways_is_outcomes(coder: RuleCoder) -> None:
    assert "outcomes_data" in themes_of(coder, "I enter every visit two different ways.")


def test_patients_reaching_us_different_ways_is_not_outcomes(coder: RuleCoder) -> None:
    assert "outcomes_data" not in themes_of(coder, "Patients can contact us three different ways.")


def test_coming_home_in_bits_is_wellbeing(coder: RuleCoder) -> None:
    assert "wellbeing_burnout" in themes_of(coder, "I've come home in bits more than once.")


@pytest.mark.parametrize("text", ["The patient was in bits when she rang.", "I do the notes in bits between visits."])
def test_in_bits_said_of_others_or_of_work_is_not_wellbeing(coder: RuleCoder, text: str) -> None:
    assert "wellbeing_burnout" not in themes_of(coder, text)


def test_another_services_work_that_is_not_the_job_is_referral(coder: RuleCoder) -> None:
    text = "These days I'm their housing officer too, which isn't the job."
    assert "referral_appropriateness" in themes_of(coder, text)


def test_admin_that_is_not_the_job_is_not_referral(coder: RuleCoder) -> None:
    text = "I end up booking appointments for the GPs, which isn't really the job."
    assert "referral_appropriateness" not in themes_of(coder, text)


def test_a_carer_worn_out_is_not_the_link_workers_wellbeing(coder: RuleCoder) -> None:
    assert "wellbeing_burnout" not in themes_of(coder, "Her husband was completely knackered from looking after her.")


def test_the_link_worker_knackered_is_wellbeing(coder: RuleCoder) -> None:
    assert "wellbeing_burnout" in themes_of(coder, "I'm completely knackered most weeks.")


# HOLDOUT_45: negation, double negatives and hypotheticals
@pytest.mark.parametrize(
    "text",
    ["It's not that I don't love the job, I really do.",
     "I can't say I don't enjoy the work.",
     "I would never say my team isn't supportive."],
)
def test_a_denied_denial_of_praise_is_positive(coder: RuleCoder, text: str) -> None:
    assert themes_of(coder, text) == {"positive_experience"}


def test_a_plain_denial_of_praise_is_not_positive(coder: RuleCoder) -> None:
    assert "positive_experience" not in themes_of(coder, "I'd never say my team is supportive.")


def test_no_complaints_except_prefaces_a_complaint_not_praise(coder: RuleCoder) -> None:
    assert themes_of(coder, "No complaints apart from the pay, which is poor.") == {"pay_job_security"}


def test_no_complaints_about_a_matter_stays_praise(coder: RuleCoder) -> None:
    assert "positive_experience" in themes_of(coder, "Supervision is monthly and I have no complaints there.")


@pytest.mark.parametrize(
    "text",
    ["It should have been nice to have had some proper training when I started.",
     "I should have had a good induction but got a desk and a phone list."],
)
def test_what_should_have_been_had_is_a_wish_not_praise(coder: RuleCoder, text: str) -> None:
    assert themes_of(coder, text) == {"training_development"}


def test_denying_that_one_cannot_cope_is_not_strain(coder: RuleCoder) -> None:
    assert "wellbeing_burnout" not in themes_of(coder, "I'm not saying we can't cope, the list is just too long.")


def test_patients_who_are_anxious_are_not_the_link_workers_strain(coder: RuleCoder) -> None:
    assert "wellbeing_burnout" not in themes_of(coder, "Clients are often pretty anxious at their first group session.")


def test_dread_felt_in_the_body_before_work_is_strain(coder: RuleCoder) -> None:
    assert themes_of(coder, "I feel sick to my stomach on the drive in most mornings.") == {"wellbeing_burnout"}


def test_a_denied_premise_is_not_the_concern(coder: RuleCoder) -> None:
    assert "community_capacity" not in themes_of(coder, "It isn't that there are no groups, there are plenty nearby.")


def test_not_that_bad_is_no_denied_premise(coder: RuleCoder) -> None:
    assert "staffing_capacity" in themes_of(coder, "It's not that bad, but the caseload is far too high.")


def test_a_cleft_naming_the_contract_is_a_pay_concern(coder: RuleCoder) -> None:
    assert themes_of(coder, "The patients are fine, it's the contract.") == {"pay_job_security"}


def test_read_only_access_is_an_it_concern(coder: RuleCoder) -> None:
    text = "The practice set me up so I can only view, and that slows everything down."
    assert themes_of(coder, text) == {"it_systems_access"}


def test_reading_leaflets_is_not_read_only_access(coder: RuleCoder) -> None:
    assert themes_of(coder, "Some patients can only read large print leaflets.") == set()


def test_what_the_figures_show_is_not_staff_knowledge_of_the_role(coder: RuleCoder) -> None:
    assert "clinician_understanding" not in themes_of(coder, "Nobody would know from our numbers what we do.")


def test_the_link_worker_as_the_place_for_anyone_is_not_a_gap_in_services(coder: RuleCoder) -> None:
    assert themes_of(coder, "To reception I'm just the place to send anyone with a housing letter.") == {
        "clinician_understanding"
    }


def test_thin_buses_in_villages_are_a_community_access_concern(coder: RuleCoder) -> None:
    assert themes_of(coder, "There are hardly any buses out to the villages after lunch.") == {"community_capacity"}


# HOLDOUT_46: other professions' jargon (MDT, caseload acuity, governance, KPIs, trauma-informed)
def test_a_job_that_has_gone_from_one_task_to_another_is_not_services_closing(coder: RuleCoder) -> None:
    assert "community_capacity" not in themes_of(
        coder, "My job has gone from linking people into community groups to filling in benefit forms."
    )
    assert "community_capacity" in themes_of(coder, "The lunch club has gone and nothing replaced it.")


def test_services_running_on_empty_are_community_capacity_not_the_link_workers_strain(coder: RuleCoder) -> None:
    assert themes_of(coder, "The voluntary sector locally is on its knees.") == {"community_capacity"}
    assert "wellbeing_burnout" in themes_of(coder, "I'm running on empty by Friday.")


def test_groups_absorbing_referrals_is_not_the_link_workers_strain(coder: RuleCoder) -> None:
    assert "wellbeing_burnout" not in themes_of(coder, "Local groups are expected to absorb the extra referrals.")


def test_a_count_of_referrals_set_as_a_kpi_is_a_measure_not_demand(coder: RuleCoder) -> None:
    themes = themes_of(coder, "We're judged on the number of referrals we see rather than what changes.")
    assert "outcomes_data" in themes and "staffing_capacity" not in themes


def test_a_course_the_link_worker_runs_for_patients_is_not_their_training(coder: RuleCoder) -> None:
    assert "training_development" not in themes_of(coder, "I run a weekly self-management course for carers.")


def test_a_senior_to_lean_on_is_support_not_a_career_post(coder: RuleCoder) -> None:
    assert "career_progression" not in themes_of(
        coder, "We need a senior who knows social prescribing to talk cases through with."
    )


def test_a_grade_structure_spelt_out_as_tiers_is_career_progression(coder: RuleCoder) -> None:
    assert "career_progression" in themes_of(coder, "I'd love a structure like nursing has: junior, senior, lead.")
    assert "career_progression" not in themes_of(coder, "The nurses, senior partners and practice manager came.")


def test_patients_needing_more_than_the_link_worker_can_offer_is_an_inappropriate_referral(coder: RuleCoder) -> None:
    assert "referral_appropriateness" in themes_of(coder, "Families often need far more than I can offer.")
    assert "referral_appropriateness" not in themes_of(coder, "The GPs refer far more than I can see.")


def test_being_asked_to_do_another_professions_therapy_is_an_inappropriate_referral(coder: RuleCoder) -> None:
    assert "referral_appropriateness" in themes_of(coder, "Reception expect me to provide therapy for anyone low.")
    assert "referral_appropriateness" not in themes_of(coder, "I'd like to do counselling skills training.")


def test_work_that_eats_into_time_for_patients_is_staffing(coder: RuleCoder) -> None:
    assert "staffing_capacity" in themes_of(coder, "Chasing forms eats into my clinic time.")
    assert "staffing_capacity" not in themes_of(coder, "Mileage eats into my wages.")


def test_the_strain_of_the_work_is_wellbeing_but_strain_on_services_is_not(coder: RuleCoder) -> None:
    assert "wellbeing_burnout" in themes_of(coder, "The strain of carrying so many sad stories is a lot.")
    assert "wellbeing_burnout" not in themes_of(coder, "The strain on local services means groups close their lists.")


def test_a_favourite_part_of_the_job_is_positive(coder: RuleCoder) -> None:
    assert "positive_experience" in themes_of(coder, "The walking group is my favourite part of the week.")
    assert "positive_experience" not in themes_of(coder, "My least favourite part of the job is the data returns.")


def test_learning_found_useful_is_positive(coder: RuleCoder) -> None:
    assert themes_of(coder, "The motivational interviewing course was really useful.") == {"positive_experience"}
    assert "positive_experience" not in themes_of(coder, "The induction wasn't useful.")


def test_something_said_to_be_straightforward_is_positive(coder: RuleCoder) -> None:
    assert themes_of(coder, "Getting set up on SystmOne was painless.") == {"positive_experience"}
    assert "positive_experience" not in themes_of(coder, "Nothing about recording outcomes is straightforward.")


def test_staff_who_think_social_prescribing_means_a_leaflet_misunderstand_the_role(coder: RuleCoder) -> None:
    assert "clinician_understanding" in themes_of(coder, "The partners think it means handing out leaflets.")
    assert "clinician_understanding" not in themes_of(coder, "I think it means a lot to patients.")


def test_staff_treating_the_link_worker_as_if_they_were_another_service_is_misuse(coder: RuleCoder) -> None:
    assert "clinician_understanding" in themes_of(
        coder, "The GPs send everyone with a housing problem as if we're a citizens advice bureau."
    )
    assert "clinician_understanding" not in themes_of(coder, "It's not as if we're a big team.")


def test_not_knowing_who_manages_the_link_worker_is_supervision(coder: RuleCoder) -> None:
    assert "supervision_support" in themes_of(
        coder, "I've no idea who I'm accountable to between the PCN and the charity."
    )
    assert "supervision_support" not in themes_of(coder, "I know who my manager is and she's brilliant.")


def test_a_peer_group_set_up_for_patients_is_not_support_for_the_link_worker(coder: RuleCoder) -> None:
    assert "supervision_support" not in themes_of(
        coder,
        "Older residents I visit talk about feeling isolated, so we've started a peer mentoring group with the library",
    )
    assert "supervision_support" in themes_of(coder, "I'd love a peer support group for link workers.")


# HOLDOUT_47: topics outside the frame beside those in it; frame words naming someone else's concern
@pytest.mark.parametrize(
    "text",
    ["Our lone worker policy is out of date and nobody has done a risk assessment.",
     "I'd like a lone working alarm that actually connects to someone."],
)
def test_lone_working_as_a_safety_procedure_is_not_isolation(coder: RuleCoder, text: str) -> None:
    assert "supervision_support" not in themes_of(coder, text)


def test_lone_working_with_nobody_around_stays_isolation(coder: RuleCoder) -> None:
    assert "supervision_support" in themes_of(coder, "Lone working all week with no colleagues around is hard.")


@pytest.mark.parametrize(
    "text",
    ["Could we get key fobs for the security doors at the health centre?",
     "The cyber security module took me an hour and taught me nothing new about the job."],
)
def test_security_of_a_building_or_data_is_not_job_security(coder: RuleCoder, text: str) -> None:
    assert "pay_job_security" not in themes_of(coder, text)


def test_job_security_is_still_found(coder: RuleCoder) -> None:
    assert "pay_job_security" in themes_of(coder, "There's no security in this job beyond next March.")


def test_expense_claims_as_paperwork_are_not_pay(coder: RuleCoder) -> None:
    assert "pay_job_security" not in themes_of(coder, "My expenses claims keep getting lost by the finance team.")


def test_a_mileage_rate_too_low_is_pay(coder: RuleCoder) -> None:
    assert "pay_job_security" in themes_of(coder, "Mileage claims at 25p a mile don't cover my petrol.")


@pytest.mark.parametrize(
    "text",
    ["Our senior GP partner is clearly exhausted and I feel for her.",
     "Two of the receptionists have been off with stress since Christmas."],
)
def test_practice_staffs_strain_is_not_the_link_workers(coder: RuleCoder, text: str) -> None:
    assert "wellbeing_burnout" not in themes_of(coder, text)


def test_the_link_workers_own_strain_beside_staff_is_kept(coder: RuleCoder) -> None:
    assert "wellbeing_burnout" in themes_of(coder, "I'm burnt out and the nurses are no help.")


def test_a_patient_with_nowhere_to_live_is_not_nowhere_to_refer(coder: RuleCoder) -> None:
    assert "community_capacity" not in themes_of(coder, "Half my caseload are sofa surfing with nowhere safe to live.")


def test_nowhere_to_refer_is_still_found(coder: RuleCoder) -> None:
    assert "community_capacity" in themes_of(coder, "There is nowhere affordable to send people in the evenings.")


def test_phoning_patients_is_not_patients_digital_access(coder: RuleCoder) -> None:
    assert "it_systems_access" in themes_of(
        coder, "Nobody will give me a laptop, so I know nothing about the patients I'm phoning."
    )


def test_courses_the_link_worker_runs_are_not_training_wanted(coder: RuleCoder) -> None:
    assert "training_development" not in themes_of(
        coder, "We run a weekly coffee morning and a six-week cookery course at the family hub."
    )


def test_running_out_of_time_for_training_is_still_training(coder: RuleCoder) -> None:
    assert "training_development" in themes_of(coder, "I run a busy clinic and need more training courses.")


def test_teaching_patients_apps_is_out_of_remit_only_as_a_burden(coder: RuleCoder) -> None:
    assert "referral_appropriateness" not in themes_of(coder, "I help patients to use the NHS app at my drop-in.")
    assert "referral_appropriateness" in themes_of(
        coder, "I'm expected to teach patients how to use the online booking, which takes hours."
    )


def test_a_condition_after_would_be_fine_names_the_lack(coder: RuleCoder) -> None:
    assert "it_systems_access" in themes_of(
        coder, "Home working would be fine if we had a way of getting onto EMIS remotely."
    )


def test_a_matter_that_keeps_coming_up_is_not_demand(coder: RuleCoder) -> None:
    assert "staffing_capacity" not in themes_of(coder, "Who cleans the shared fridge keeps coming up at team meetings.")


def test_a_laptop_carried_is_not_it_access(coder: RuleCoder) -> None:
    assert "it_systems_access" not in themes_of(coder, "A lighter laptop case would save my shoulders on the bus.")


def test_patients_staying_on_the_caseload_is_not_strain(coder: RuleCoder) -> None:
    assert "wellbeing_burnout" not in themes_of(coder, "Patients often stay with me for months now.")


def test_pay_too_low_to_stay_in_the_job_is_pay(coder: RuleCoder) -> None:
    assert "pay_job_security" in themes_of(coder, "Not enough money to stay in this role long term, honestly.")
    assert "pay_job_security" not in themes_of(coder, "The lunch club hasn't the money to stay open past summer.")


def test_patients_not_understood_by_their_gp_is_not_the_role_misunderstood(coder: RuleCoder) -> None:
    assert "clinician_understanding" not in themes_of(coder, "People tell me their GP doesn't understand them.")
    assert "clinician_understanding" in themes_of(coder, "The doctors don't understand what a link worker does.")


def test_the_most_useful_work_i_do_is_positive(coder: RuleCoder) -> None:
    assert "positive_experience" in themes_of(coder, "Carers' assessments are some of the most useful work I do.")
    assert "positive_experience" not in themes_of(coder, "The most useful thing would be a second link worker.")


# HOLDOUT_48: asks of NHS England and national policy, consultation-response register
@pytest.mark.parametrize(
    "text",
    ["It needs to be recognised that coastal towns have lost most of their groups.",
     "It must be recognised that demand has doubled since the scheme began."],
)
def test_an_impersonal_call_to_recognise_a_fact_is_not_recognition_of_the_role(coder: RuleCoder, text: str) -> None:
    assert "clinician_understanding" not in themes_of(coder, text)


def test_wanting_the_role_recognised_by_gps_is_still_clinician_understanding(coder: RuleCoder) -> None:
    assert "clinician_understanding" in themes_of(coder, "I want our role properly recognised by the GP partners.")


@pytest.mark.parametrize(
    "text",
    ["Out in the villages there are hardly any buses.",
     "There is barely any public transport beyond the market town."],
)
def test_scarce_public_transport_is_community_capacity(coder: RuleCoder, text: str) -> None:
    assert "community_capacity" in themes_of(coder, text)


def test_catching_the_bus_to_work_is_not_community_capacity(coder: RuleCoder) -> None:
    assert "community_capacity" not in themes_of(coder, "I catch the bus to the surgery most mornings.")


@pytest.mark.parametrize(
    "text",
    ["The voluntary offer locally has dwindled since the grants went.",
     "The befriending groups have queues of their own now.",
     "The debt charity has shut its drop-in."],
)
def test_a_shrinking_or_queued_community_offer_is_community_capacity(coder: RuleCoder, text: str) -> None:
    assert "community_capacity" in themes_of(coder, text)


def test_a_drop_in_the_link_worker_runs_is_not_community_capacity(coder: RuleCoder) -> None:
    assert "community_capacity" not in themes_of(coder, "I run a weekly drop-in at the library.")


def test_the_people_the_link_worker_sees_being_worn_out_is_not_their_wellbeing(coder: RuleCoder) -> None:
    assert "wellbeing_burnout" not in themes_of(coder, "The carers we support are often exhausted and lonely.")


def test_the_link_worker_worn_out_by_the_people_they_see_is_wellbeing(coder: RuleCoder) -> None:
    assert "wellbeing_burnout" in themes_of(coder, "I see so many carers in a day that I'm exhausted.")


def test_patients_arriving_sicker_is_referral_appropriateness(coder: RuleCoder) -> None:
    assert "referral_appropriateness" in themes_of(coder, "The patients sent to me are sicker than they used to be.")


def test_being_off_sick_is_not_referral_appropriateness(coder: RuleCoder) -> None:
    assert "referral_appropriateness" not in themes_of(coder, "Nobody picks up my patients when I'm off sick.")


@pytest.mark.parametrize(
    "text",
    ["We feel genuinely listened to by the PCN board.",
     "The regional network has been really valuable.",
     "Since going permanent I feel secure in the job.",
     "The practices here refer sensibly."],
)
def test_being_heard_secure_or_helped_is_positive(coder: RuleCoder, text: str) -> None:
    assert "positive_experience" in themes_of(coder, text)


@pytest.mark.parametrize(
    "text",
    ["Nobody had ever listened to her before she came to me.",
     "Link workers need to feel listened to by the ICB.",
     "A peer network would be invaluable.",
     "Practices should refer sensibly."],
)
def test_listening_to_patients_wishes_and_asks_are_not_positive(coder: RuleCoder, text: str) -> None:
    assert "positive_experience" not in themes_of(coder, text)


def test_a_service_that_costs_money_is_not_a_patients_money_problem(coder: RuleCoder) -> None:
    assert "referral_appropriateness" not in themes_of(
        coder, "The wellbeing measures cost money and the ICB should fund them."
    )


def test_no_admin_resource_is_staffing(coder: RuleCoder) -> None:
    assert "staffing_capacity" in themes_of(coder, "There is no admin resource for the SP team.")


# HOLDOUT_49: personal circumstances as context (part-time, caring, disability, returns from leave)
def test_being_wiped_out_by_the_work_is_wellbeing(coder: RuleCoder) -> None:
    assert "wellbeing_burnout" in themes_of(coder, "Hearing those stories every day is wiping me out.")
    assert "wellbeing_burnout" not in themes_of(coder, "Council cuts have wiped out the lunch clubs round here.")


def test_strain_named_as_what_the_band_should_match_is_pay_not_wellbeing(coder: RuleCoder) -> None:
    themes = themes_of(coder, "Band 4 doesn't reflect the stress we deal with.")
    assert "pay_job_security" in themes
    assert "wellbeing_burnout" not in themes


def test_stress_the_patients_bring_is_not_the_link_workers_wellbeing(coder: RuleCoder) -> None:
    assert "wellbeing_burnout" not in themes_of(coder, "Most patients come to me with stress about debt and benefits.")
    assert "wellbeing_burnout" in themes_of(coder, "The stress people bring in stays with me for days.")


def test_nobody_asking_what_the_link_worker_does_is_clinician_understanding(coder: RuleCoder) -> None:
    assert "clinician_understanding" in themes_of(coder, "No one has ever bothered to ask what my role is.")
    assert "clinician_understanding" not in themes_of(coder, "No one in the team has ever asked me how I am.")


def test_own_post_on_grant_money_or_a_short_extension_is_pay(coder: RuleCoder) -> None:
    assert "pay_job_security" in themes_of(coder, "Our roles are lottery funded, so who knows.")
    assert "pay_job_security" in themes_of(coder, "My contract has been extended by another three months, again.")
    assert "pay_job_security" not in themes_of(coder, "The deadline for the returns was extended by six months.")


def test_still_having_a_job_is_pay_only_when_in_doubt(coder: RuleCoder) -> None:
    assert "pay_job_security" in themes_of(coder, "Will we still have a post in April? Nobody can say.")
    assert "pay_job_security" not in themes_of(
        coder, "Term-time hours let me care for my dad and still have a job I love."
    )


def test_rising_caseload_numbers_are_not_outcome_data(coder: RuleCoder) -> None:
    assert "outcomes_data" not in themes_of(
        coder, "The numbers creep back up every month because there are only two of us."
    )
    assert "outcomes_data" in themes_of(coder, "We have to report our numbers every month to the PCN.")


def test_waiting_lists_at_the_last_remaining_charity_are_not_own_demand(coder: RuleCoder) -> None:
    assert "staffing_capacity" not in themes_of(coder, "There's a long waiting list at the only charity still open.")
    assert "staffing_capacity" in themes_of(coder, "We've got a waiting list of eight weeks for our own service now.")


def test_a_course_for_patients_at_a_community_venue_is_not_training(coder: RuleCoder) -> None:
    assert "training_development" not in themes_of(
        coder, "My clients could really use the budgeting course at the jobcentre."
    )
    assert "training_development" in themes_of(
        coder, "I'd love to do a counselling course at the college but there's no budget."
    )


def test_running_out_of_time_is_not_funding_doubt(coder: RuleCoder) -> None:
    assert "pay_job_security" not in themes_of(
        coder, "The service gets the people the doctors have run out of time for."
    )
    assert "pay_job_security" in themes_of(coder, "Nobody knows if the service will run out of money next year.")


def test_a_manager_who_is_always_there_is_positive(coder: RuleCoder) -> None:
    assert "positive_experience" in themes_of(coder, "My manager is always there for me when a case goes badly.")
    assert "positive_experience" not in themes_of(coder, "I wish someone was always there for me after a hard call.")


def test_time_with_peers_described_by_who_they_are_is_peer_support(coder: RuleCoder) -> None:
    assert "supervision_support" in themes_of(coder, "I'd love some time with other newly qualified link workers.")
    assert "supervision_support" not in themes_of(coder, "We run a group for other carers and their link worker helps.")


# HOLDOUT_50: dense with names of organisations, services and software
def test_software_named_as_a_channel_is_not_it_access(coder: RuleCoder) -> None:
    assert "it_systems_access" not in themes_of(coder, "I send appointment reminders by AccuRx text most days.")
    assert "it_systems_access" not in themes_of(coder, "Patients come to me as a task on SystmOne from the nurses.")
    assert "it_systems_access" in themes_of(coder, "We need AccuRx access for link workers.")


def test_the_system_as_a_diary_is_not_it_access(coder: RuleCoder) -> None:
    assert "it_systems_access" not in themes_of(
        coder, "Reception keep booking random people into my EMIS clinic who don't fit anywhere else."
    )
    assert "it_systems_access" in themes_of(coder, "I still can't log on to EMIS from the branch surgery.")


def test_kit_handed_over_is_had_not_lacked(coder: RuleCoder) -> None:
    assert "it_systems_access" not in themes_of(coder, "We were issued smartcards in the first week.")
    assert "it_systems_access" in themes_of(coder, "I was handed a laptop but still have no EMIS access.")
    assert "training_development" in themes_of(
        coder, "My induction was an afternoon of policies and then I was handed a caseload."
    )


def test_a_sum_owed_by_a_patient_is_not_pay(coder: RuleCoder) -> None:
    assert "pay_job_security" not in themes_of(coder, "He has a £12k debt and bailiffs at the door.")
    assert "pay_job_security" not in themes_of(coder, "A man with £15k in rent arrears was sent to me for a chat.")
    assert "pay_job_security" in themes_of(coder, "£23k for a role that holds safeguarding risk.")


def test_the_link_workers_own_wait_is_not_a_wait_at_services(coder: RuleCoder) -> None:
    assert "community_capacity" not in themes_of(
        coder, "My wait is now nine weeks and the GP keeps asking why."
    )
    assert "community_capacity" in themes_of(coder, "The counselling service has a nine month wait.")


def test_someone_to_call_when_unsure_is_supervision(coder: RuleCoder) -> None:
    assert "supervision_support" in themes_of(coder, "I need someone I can ring when I'm worried about safety.")
    assert "supervision_support" in themes_of(coder, "A named clinician we could phone when we're unsure about risk.")
    assert "supervision_support" not in themes_of(coder, "Someone I can ring at the council for a blue badge.")


def test_found_it_helpful_is_positive(coder: RuleCoder) -> None:
    assert "positive_experience" in themes_of(coder, "I found the webinar series genuinely helpful.")
    assert "positive_experience" not in themes_of(coder, "I'd find it really useful to have housing training.")
    assert "positive_experience" not in themes_of(coder, "I would have found it helpful to have an induction.")


def test_the_best_i_have_had_is_positive(coder: RuleCoder) -> None:
    assert "positive_experience" in themes_of(coder, "Honestly the best supervision I have received in twenty years.")
    assert "positive_experience" not in themes_of(coder, "The best I can do is signpost.")


def test_a_tool_that_makes_the_work_easy_is_positive(coder: RuleCoder) -> None:
    assert "positive_experience" in themes_of(coder, "The new outcomes form makes recording painless.")
    assert "positive_experience" not in themes_of(coder, "It would make things simpler if we had one system.")


# HOLDOUT_51: one-liners under twelve words (fragments, lists, short wishes)
def test_under_prefixed_praise_is_a_complaint_not_praise(coder: RuleCoder) -> None:
    found = themes_of(coder, "Feel under-valued by the partners here.")
    assert "clinician_understanding" in found
    assert "positive_experience" not in found
    assert "clinician_understanding" in themes_of(coder, "Underappreciated by most of the GPs")
    assert "positive_experience" in themes_of(coder, "Really appreciated by the surgery team.")


def test_overworked_is_a_workload_concern(coder: RuleCoder) -> None:
    assert "staffing_capacity" in themes_of(coder, "Overworked and running on empty most weeks")
    assert "staffing_capacity" not in themes_of(coder, "The work is varied and interesting.")


def test_stress_in_a_list_beside_pay_is_still_strain(coder: RuleCoder) -> None:
    assert {"wellbeing_burnout", "pay_job_security"} <= themes_of(coder, "Stressful job, rubbish wages.")
    assert "wellbeing_burnout" not in themes_of(coder, "Lots of my patients are stressed about bills.")
    assert "wellbeing_burnout" not in themes_of(coder, "Salary doesn't reflect the stress.")


def test_a_count_of_sites_said_to_be_too_many_is_staffing(coder: RuleCoder) -> None:
    assert "staffing_capacity" in themes_of(coder, "Three sites is far too much")
    assert "staffing_capacity" not in themes_of(coder, "Three sites is fine.")


def test_no_time_left_for_patients_is_staffing(coder: RuleCoder) -> None:
    assert "staffing_capacity" in themes_of(coder, "Hardly any time left to sit with people.")
    assert "staffing_capacity" not in themes_of(coder, "Plenty of time to see people properly.")


def test_a_wait_for_a_named_service_beside_my_own_wait_is_both(coder: RuleCoder) -> None:
    found = themes_of(coder, "People wait a month to see us and then years for therapy")
    assert {"staffing_capacity", "community_capacity"} <= found
    assert "community_capacity" in themes_of(coder, "Waiting times at all the local charities.")
    assert "community_capacity" not in themes_of(coder, "I waited months for my laptop.")


def test_beyond_a_date_is_not_out_of_remit(coder: RuleCoder) -> None:
    assert "referral_appropriateness" not in themes_of(coder, "Housing money guaranteed beyond next year")
    assert "referral_appropriateness" in themes_of(coder, "Debt cases way beyond my remit.")


def test_a_team_around_me_is_support_but_around_the_patient_is_not(coder: RuleCoder) -> None:
    assert "supervision_support" in themes_of(coder, "A team around me, EMIS access.")
    assert "supervision_support" not in themes_of(coder, "Building a team around the patient.")


def test_a_higher_band_wished_for_is_career(coder: RuleCoder) -> None:
    assert "career_progression" in themes_of(coder, "Would stay if only there was a band 6")
    assert "career_progression" not in themes_of(coder, "There is a band 5 post here now.")


def test_funding_for_my_own_post_is_pay(coder: RuleCoder) -> None:
    assert "pay_job_security" in themes_of(coder, "Secure money for our link worker jobs.")
    assert "pay_job_security" not in themes_of(coder, "Funding for the lunch clubs.")


def test_something_that_works_well_is_positive_but_a_hope_is_not(coder: RuleCoder) -> None:
    assert "positive_experience" in themes_of(coder, "Our monthly peer group works well.")
    assert "positive_experience" not in themes_of(coder, "A peer group would work well here.")


def test_scores_on_the_rise_are_positive(coder: RuleCoder) -> None:
    assert "positive_experience" in themes_of(coder, "ONS4 scores rising nicely across my caseload")
    assert "positive_experience" not in themes_of(coder, "One score rising by 2 points says nothing.")


# HOLDOUT_52: appreciative answers, thanks and praise with a concern tucked into one clause
def test_praise_of_practice_nurses_and_reception_is_positive(coder: RuleCoder) -> None:
    assert "positive_experience" in themes_of(coder, "The practice nurses are lovely to work alongside.")
    assert "positive_experience" in themes_of(coder, "Our receptionists are brilliant at booking people in.")
    assert "positive_experience" not in themes_of(coder, "The GPs are great at ignoring my entries.")


def test_a_bare_verdict_on_the_role_is_positive(coder: RuleCoder) -> None:
    assert "positive_experience" in themes_of(coder, "Good role. Could do with more hours.")
    assert "positive_experience" not in themes_of(coder, "We need a good manager.")


def test_a_bare_exclamation_of_delight_is_positive(coder: RuleCoder) -> None:
    assert "positive_experience" in themes_of(coder, "Band 5 came through in March. Chuffed!")
    assert "positive_experience" not in themes_of(coder, "Band 5 came through in March. Not chuffed!")


def test_cannot_thank_or_praise_enough_is_praise_not_a_lack(coder: RuleCoder) -> None:
    themes = themes_of(coder, "I couldn't thank my line manager enough this year.")
    assert "positive_experience" in themes and "supervision_support" not in themes
    assert "positive_experience" not in themes_of(coder, "I can't stress enough how much we need another worker.")


def test_what_the_role_has_given_is_positive(coder: RuleCoder) -> None:
    assert "positive_experience" in themes_of(coder, "This job has given me a sense of purpose again.")
    assert "positive_experience" not in themes_of(coder, "A mentor would give me more confidence.")
    assert "positive_experience" not in themes_of(coder, "Nothing here has ever given me any confidence.")


def test_a_lifeline_now_is_positive_but_one_lost_is_not(coder: RuleCoder) -> None:
    assert "positive_experience" in themes_of(coder, "The regional forum has been a real lifeline.")
    assert "positive_experience" not in themes_of(coder, "The forum was a lifeline until it was cut last year.")


def test_a_change_that_transformed_the_work_is_positive(coder: RuleCoder) -> None:
    assert "positive_experience" in themes_of(coder, "The new tablet has completely transformed my home visits.")
    assert "positive_experience" not in themes_of(coder, "A tablet would transform my home visits.")


def test_colleagues_taken_on_is_positive_but_a_plan_to_is_not(coder: RuleCoder) -> None:
    assert "positive_experience" in themes_of(coder, "We took on another link worker last autumn.")
    assert "positive_experience" not in themes_of(coder, "The PCN is hoping to take on another link worker.")


def test_more_valued_than_at_the_start_is_a_change_had(coder: RuleCoder) -> None:
    themes = themes_of(coder, "I feel a lot more respected than when I first joined.")
    assert "positive_experience" in themes and "clinician_understanding" not in themes


def test_sorted_on_a_condition_is_a_wish_not_a_resolution(coder: RuleCoder) -> None:
    assert "it_systems_access" in themes_of(coder, "Sort out a smartcard for me and I'd be sorted.")
    assert "it_systems_access" not in themes_of(coder, "My smartcard problem is all sorted now.")


def test_the_practice_records_are_records(coder: RuleCoder) -> None:
    assert "it_systems_access" in themes_of(coder, "I still can't open the practice records from home.")


def test_offloading_after_hard_calls_is_not_misuse_of_the_role(coder: RuleCoder) -> None:
    assert "clinician_understanding" not in themes_of(
        coder, "There's no debrief to offload afterwards when a call goes badly."
    )
    assert "clinician_understanding" in themes_of(coder, "The GPs offload anything awkward onto us.")


def test_patients_arriving_exhausted_or_crying_is_not_link_worker_strain(coder: RuleCoder) -> None:
    assert "wellbeing_burnout" not in themes_of(coder, "Clients turn up drained after months of chasing the council.")
    assert "wellbeing_burnout" not in themes_of(coder, "He wept when his housing came through.")
    assert "wellbeing_burnout" in themes_of(coder, "I go home drained most days.")


def test_swamped_by_the_volume_is_demand(coder: RuleCoder) -> None:
    assert "staffing_capacity" in themes_of(coder, "Feeling overwhelmed by the numbers since Christmas.")
    assert "staffing_capacity" not in themes_of(coder, "I was overwhelmed by how kind the team were.")


def test_caseload_checks_are_supervision_not_demand(coder: RuleCoder) -> None:
    assert "staffing_capacity" not in themes_of(coder, "Supervision is mostly caseload reviews, nothing reflective.")
    assert "staffing_capacity" in themes_of(coder, "My caseload is unmanageable.")


def test_asking_for_the_role_to_be_banded_higher_is_pay(coder: RuleCoder) -> None:
    assert "pay_job_security" in themes_of(coder, "Our posts need to be regraded up.")
    assert "pay_job_security" not in themes_of(coder, "I was graded higher after my appraisal.")


def test_money_beyond_a_date_is_not_a_complex_need(coder: RuleCoder) -> None:
    assert "referral_appropriateness" not in themes_of(coder, "Nobody can say if the money lasts beyond March.")


def test_logging_again_for_returns_is_a_data_burden(coder: RuleCoder) -> None:
    assert "outcomes_data" in themes_of(
        coder, "Each contact gets logged twice, in EMIS and on the commissioner's dashboard."
    )


# HOLDOUT_53: shared everyday words (funding, time, support, access, waiting) whose owner decides the theme
def test_groups_running_on_next_to_nothing_is_community_capacity(coder: RuleCoder) -> None:
    assert "community_capacity" in themes_of(coder, "The clubs my patients go to are limping along on next to no cash.")
    assert "community_capacity" not in themes_of(coder, "I get next to no feedback from the GPs.")


def test_short_opening_hours_of_a_service_are_community_capacity(coder: RuleCoder) -> None:
    assert "community_capacity" in themes_of(coder, "The drop-in is only open on Tuesday mornings.")


def test_groups_moving_online_is_community_capacity(coder: RuleCoder) -> None:
    assert "community_capacity" in themes_of(
        coder, "Since the befriending groups moved online a lot of my older clients dropped out."
    )
    assert "community_capacity" not in themes_of(coder, "My training moved online last year.")


def test_a_busy_manager_is_not_the_link_workers_caseload(coder: RuleCoder) -> None:
    themes = themes_of(coder, "Supervision gets pushed back every month because my manager is far too busy.")
    assert "staffing_capacity" not in themes
    assert "supervision_support" in themes
    assert "staffing_capacity" in themes_of(coder, "I'm far too busy to see everyone on my list.")


def test_a_backlog_of_forms_is_outcomes_not_demand(coder: RuleCoder) -> None:
    assert themes_of(coder, "My backlog is all questionnaires I haven't typed up.") == {"outcomes_data"}
    assert "staffing_capacity" in themes_of(coder, "There's a backlog of referrals waiting for me.")


def test_the_link_workers_own_diary_full_is_demand(coder: RuleCoder) -> None:
    assert "staffing_capacity" in themes_of(coder, "Our clinic diary is permanently full.")
    assert "staffing_capacity" not in themes_of(coder, "The walking group is full.")


def test_waiting_for_a_gp_appointment_is_not_community_capacity(coder: RuleCoder) -> None:
    assert "community_capacity" not in themes_of(
        coder, "Clients moan about waiting a month for a doctor's appointment."
    )
    assert "community_capacity" in themes_of(coder, "Clients wait four months for the counselling service.")


def test_working_well_past_the_hours_is_not_praise_or_a_resolution(coder: RuleCoder) -> None:
    themes = themes_of(coder, "I'm working well beyond my contracted hours and I'm shattered.")
    assert "positive_experience" not in themes
    assert "wellbeing_burnout" in themes
    assert themes_of(coder, "The new rota is working well.") == {"positive_experience"}
    assert themes_of(coder, "Supervision with the nurse lead, works well") == {"positive_experience"}


def test_access_to_any_sort_of_support_is_not_it(coder: RuleCoder) -> None:
    assert "it_systems_access" not in themes_of(coder, "No access to any sort of peer supervision.")
    assert "it_systems_access" in themes_of(coder, "No access to EMIS from home.")


def test_fit_notes_are_not_patient_records(coder: RuleCoder) -> None:
    assert "it_systems_access" not in themes_of(coder, "They ask me to chase fit notes for them.")
    assert "it_systems_access" in themes_of(coder, "I can't see the notes.")


def test_recording_three_times_over_a_dash_is_a_data_burden(coder: RuleCoder) -> None:
    assert "outcomes_data" in themes_of(
        coder, "Logging every visit three times - EMIS, a spreadsheet and the ICB return."
    )
    assert "outcomes_data" not in themes_of(coder, "I see most people three times - then discharge them.")


def test_patients_ready_for_more_than_we_offer_is_not_beyond_the_remit(coder: RuleCoder) -> None:
    assert "referral_appropriateness" not in themes_of(
        coder, "Some are ready for more than we can offer and move on to college."
    )
    assert "referral_appropriateness" in themes_of(coder, "The GPs send people who need more than I can offer.")


def test_money_paid_for_patients_or_gone_from_projects_is_not_pay(coder: RuleCoder) -> None:
    assert "pay_job_security" not in themes_of(coder, "The hardship fund paid for clients' gym passes.")
    themes = themes_of(coder, "The funding has been pulled from the youth clubs.")
    assert "pay_job_security" not in themes
    assert "community_capacity" in themes
    assert "pay_job_security" in themes_of(coder, "My pay hasn't gone up in three years.")


def test_untrained_volunteers_are_community_capacity_not_training(coder: RuleCoder) -> None:
    themes = themes_of(coder, "The befriending service relies on volunteers without any safeguarding training.")
    assert "community_capacity" in themes
    assert "training_development" not in themes
    assert themes_of(coder, "I have had no safeguarding training.") == {"training_development"}


def test_nobody_taking_the_link_worker_as_theirs_is_management(coder: RuleCoder) -> None:
    assert themes_of(coder, "Neither my host nor the network treats me as theirs.") == {"supervision_support"}
    assert "clinician_understanding" in themes_of(coder, "The partners treat me as their secretary.")


def test_caught_between_two_employers_is_management(coder: RuleCoder) -> None:
    assert "supervision_support" in themes_of(
        coder, "I'm caught between the host charity and the PCN on who signs off my leave."
    )
    assert "supervision_support" not in themes_of(coder, "I'm caught between two appointments most days.")


@pytest.mark.parametrize(
    "text", ["Nobody tells the registrars about social prescribing.", "The locums are never told about link workers."]
)
def test_staff_never_told_about_the_role_is_clinician_understanding(coder: RuleCoder, text: str) -> None:
    assert "clinician_understanding" in themes_of(coder, text)


def test_patients_never_told_about_the_role_is_not_clinician_understanding(coder: RuleCoder) -> None:
    assert "clinician_understanding" not in themes_of(coder, "No one told the patients about social prescribing.")


def test_ending_up_seeing_people_who_need_someone_else_is_a_referral_concern(coder: RuleCoder) -> None:
    assert "referral_appropriateness" in themes_of(coder, "I end up seeing people who really need a nurse.")
    assert "referral_appropriateness" not in themes_of(coder, "I end up seeing most people twice.")


def test_booked_in_as_overflow_for_the_gps_is_misuse_of_the_role(coder: RuleCoder) -> None:
    assert "clinician_understanding" in themes_of(
        coder, "Reception put patients in with me when there are no GP appointments left."
    )


def test_someone_else_winning_the_kit_for_us_is_had(coder: RuleCoder) -> None:
    assert "it_systems_access" not in themes_of(coder, "Our manager fought hard for me to get a laptop.")
    assert "it_systems_access" in themes_of(coder, "I've pushed for us to get EMIS access for a year.")


# HOLDOUT_55: answers shaped by the survey form (cross-references, continued thoughts, yes/no, the survey itself)
@pytest.mark.parametrize(
    "text", ["Honestly we deserve decent pay for this.", "Good pay would keep people in post."]
)
def test_decent_pay_wished_for_is_pay(coder: RuleCoder, text: str) -> None:
    assert "pay_job_security" in themes_of(coder, text)


def test_decent_pay_had_is_not_a_pay_concern(coder: RuleCoder) -> None:
    assert "pay_job_security" not in themes_of(coder, "We get decent pay here.")


def test_how_much_i_enjoy_my_job_is_not_doubt_about_the_post(coder: RuleCoder) -> None:
    assert "pay_job_security" not in themes_of(coder, "I could never tell you how much I enjoy my job.")
    assert "pay_job_security" in themes_of(coder, "Nobody could tell us how much longer our posts are funded.")


def test_nothing_further_opening_an_answer_is_not_a_ceiling(coder: RuleCoder) -> None:
    assert "career_progression" not in themes_of(coder, "Nothing further, apart from good luck with it all.")
    assert "career_progression" in themes_of(coder, "There is nowhere further to go on band 4.")


def test_a_practice_manager_who_understands_the_role_is_clinician_understanding(coder: RuleCoder) -> None:
    assert "clinician_understanding" in themes_of(
        coder, "What would help is a practice manager who actually understands our role."
    )
    themes = themes_of(coder, "I need a line manager who understands social prescribing.")
    assert "clinician_understanding" not in themes and "supervision_support" in themes


def test_doing_another_professions_job_is_referral_appropriateness(coder: RuleCoder) -> None:
    assert "referral_appropriateness" in themes_of(coder, "Most weeks I'm doing the job of a housing officer.")
    assert "referral_appropriateness" not in themes_of(
        coder, "I used to do the job of a support worker in a care home."
    )


def test_a_headcount_on_a_waiting_list_among_troubles_is_the_own_list(coder: RuleCoder) -> None:
    assert "staffing_capacity" in themes_of(coder, "Housing cases I can't touch, and a waiting list of 45 people.")
    assert "staffing_capacity" not in themes_of(coder, "The talking therapies team has a waiting list of 300 people.")


def test_a_survey_item_named_is_not_praise(coder: RuleCoder) -> None:
    assert "positive_experience" not in themes_of(
        coder, "I ticked disagree on the question about feeling part of a team, because I work alone."
    )
    assert "positive_experience" in themes_of(coder, "I'm part of a lovely team.")


def test_not_seeing_another_link_worker_is_not_a_staffing_request(coder: RuleCoder) -> None:
    assert "staffing_capacity" not in themes_of(coder, "I go weeks without seeing another SPLW.")
    assert "staffing_capacity" in themes_of(coder, "We need another link worker for the north practices.")


def test_meeting_notes_quoted_are_neither_peer_support_nor_records(coder: RuleCoder) -> None:
    themes = themes_of(coder, "Pasted from our team meeting notes: pay is still band 4.")
    assert "supervision_support" not in themes and "it_systems_access" not in themes
    assert "supervision_support" in themes_of(coder, "We don't have team meetings any more.")


def test_caseload_pushed_up_is_demand_not_its_make_up(coder: RuleCoder) -> None:
    assert "staffing_capacity" in themes_of(coder, "Delays at the CMHT keep pushing my caseload up.")
    assert "staffing_capacity" not in themes_of(coder, "My caseload is made up of mostly older men.")


def test_holding_people_for_want_of_services_is_community_capacity(coder: RuleCoder) -> None:
    themes = themes_of(coder, "I'm holding onto clients for weeks because there's nothing locally to send them to.")
    assert themes == {"community_capacity"}
    assert "referral_appropriateness" in themes_of(
        coder, "The practice uses us to hold people waiting for mental health support."
    )


def test_clinicians_with_nowhere_else_to_refer_is_not_community_capacity(coder: RuleCoder) -> None:
    assert "community_capacity" not in themes_of(
        coder, "Half my referrals come because the doctors have nowhere else to refer them."
    )
    assert "community_capacity" in themes_of(coder, "When they're discharged there's nowhere else to send them.")


@pytest.mark.parametrize(
    "text",
    [
        "We had a quarterly peer forum but it stopped when the money went.",
        "The peer forum ended after the grant finished.",
    ],
)
def test_a_meeting_losing_its_funding_is_not_pay(coder: RuleCoder, text: str) -> None:
    assert "pay_job_security" not in themes_of(coder, text)


def test_a_post_ending_with_its_funding_stays_pay(coder: RuleCoder) -> None:
    assert "pay_job_security" in themes_of(coder, "My job ends when the funding stops.")


def test_hearing_hard_stories_is_not_being_heard(coder: RuleCoder) -> None:
    assert "clinician_understanding" not in themes_of(
        coder, "I'm hearing awful stories every day and it stays with me."
    )
    assert "clinician_understanding" in themes_of(coder, "We're never heard at the partners' meeting.")


def test_a_qualification_completed_is_not_a_training_need(coder: RuleCoder) -> None:
    themes = themes_of(coder, "I completed my diploma last year and there's still no senior post to move into.")
    assert "training_development" not in themes and "career_progression" in themes
    assert "training_development" in themes_of(coder, "I'd really like to do a diploma in counselling.")


# HOLDOUT_54: hard cases and their emotional weight (safeguarding, suicide risk, domestic abuse, bereavement)
def test_child_protection_and_suicide_attempts_sent_over_are_referrals(coder: RuleCoder) -> None:
    assert "referral_appropriateness" in themes_of(coder, "Practices keep sending me child protection cases.")
    assert "referral_appropriateness" in themes_of(coder, "They referred me a lad who had tried to kill himself twice.")
    assert "referral_appropriateness" not in themes_of(coder, "A child protection course would help me.")


def test_training_named_by_its_topic_is_training_not_a_referral(coder: RuleCoder) -> None:
    assert themes_of(coder, "I want proper domestic abuse awareness training.") == {"training_development"}
    assert themes_of(coder, "Suicide awareness courses for all of us, please.") == {"training_development"}
    assert "referral_appropriateness" in themes_of(
        coder, "We keep getting referrals for crisis and safeguarding that should go to the CMHT."
    )


def test_disclosures_heard_in_the_work_are_not_referrals_unless_sent(coder: RuleCoder) -> None:
    assert "referral_appropriateness" not in themes_of(
        coder, "I'm dealing with suicidal disclosures every week and want to feel confident."
    )
    assert "referral_appropriateness" in themes_of(
        coder, "Safeguarding disclosures get sent to me with nothing from the GP."
    )


def test_a_specialist_post_wished_for_is_career_not_a_referral(coder: RuleCoder) -> None:
    assert themes_of(coder, "There's no specialist band for link workers who take on complex work.") == {
        "career_progression"
    }
    assert "referral_appropriateness" in themes_of(coder, "Referrals need a specialist, not a link worker.")


def test_own_onward_safeguarding_referrals_are_not_referrals_received(coder: RuleCoder) -> None:
    assert "referral_appropriateness" not in themes_of(
        coder, "I make a safeguarding referral most weeks and my supervisor reads every one."
    )
    assert "referral_appropriateness" not in themes_of(coder, "My referrals to adult social care go into a black hole.")
    assert "referral_appropriateness" in themes_of(
        coder, "GPs send us safeguarding referrals that belong with social care."
    )


def test_advice_to_refer_on_is_not_a_referral_received(coder: RuleCoder) -> None:
    assert "referral_appropriateness" not in themes_of(
        coder, "The practice manager's advice is always 'just refer them to the crisis team'."
    )
    assert "referral_appropriateness" in themes_of(
        coder, "People who should be referred to the crisis team get sent to me instead."
    )


def test_who_should_come_to_social_prescribing_is_not_a_complaint(coder: RuleCoder) -> None:
    assert "referral_appropriateness" not in themes_of(coder, "Lonely older people should absolutely come to us.")
    assert "referral_appropriateness" in themes_of(coder, "Patients in active crisis should never come to us.")


def test_complex_patients_in_an_outcomes_sentence_are_outcomes(coder: RuleCoder) -> None:
    assert themes_of(coder, "My complex patients never finish the outcome questionnaire.") == {"outcomes_data"}
    assert "referral_appropriateness" in themes_of(coder, "The patients are getting more complex every month.")


def test_a_service_that_does_not_exist_or_nowhere_else_is_community_capacity(coder: RuleCoder) -> None:
    assert "community_capacity" in themes_of(
        coder, "We're plugging the gap left by services that don't exist any more."
    )
    assert "community_capacity" in themes_of(coder, "Crisis cases should go elsewhere, but there is no elsewhere.")


def test_one_service_for_a_whole_place_is_community_capacity(coder: RuleCoder) -> None:
    assert "community_capacity" in themes_of(
        coder, "There's a single hostel for the whole county and it's always full."
    )
    assert "community_capacity" not in themes_of(coder, "I am one link worker for the whole PCN.")


def test_a_service_that_never_answers_is_community_capacity(coder: RuleCoder) -> None:
    assert "community_capacity" in themes_of(coder, "I refer to the housing team and never hear back.")
    assert "community_capacity" in themes_of(coder, "It takes weeks for a call back from the council.")
    assert "community_capacity" not in themes_of(coder, "I emailed my supervisor and never heard back.")


def test_what_stays_with_the_link_worker_is_wellbeing(coder: RuleCoder) -> None:
    assert "wellbeing_burnout" in themes_of(coder, "That family still sits with me months later.")
    assert "wellbeing_burnout" in themes_of(coder, "Losing him hit me really hard.")
    assert "wellbeing_burnout" in themes_of(coder, "I'm struggling to leave it at work since the inquest.")
    assert "wellbeing_burnout" in themes_of(coder, "I spend my nights worrying about whether she's safe.")
    assert "wellbeing_burnout" not in themes_of(coder, "I always leave it at work.")


def test_time_to_recover_after_a_hard_session_is_wellbeing(coder: RuleCoder) -> None:
    assert "wellbeing_burnout" in themes_of(coder, "I need a few minutes to decompress between appointments.")
    assert "wellbeing_burnout" not in themes_of(coder, "I need time to process the referrals.")


def test_switching_off_said_as_had_is_not_strain(coder: RuleCoder) -> None:
    assert "wellbeing_burnout" not in themes_of(coder, "I switch off when I walk out the door.")
    assert "wellbeing_burnout" not in themes_of(coder, "I've learnt to switch off after a hard day.")
    assert "wellbeing_burnout" in themes_of(coder, "I can't switch off at night.")


def test_what_helps_me_cope_said_as_had_is_not_strain(coder: RuleCoder) -> None:
    assert themes_of(coder, "It makes a huge difference to how I cope with the heavy stuff.") == {"positive_experience"}
    assert "wellbeing_burnout" in themes_of(coder, "The heavy stuff is getting to me.")


def test_counselling_for_link_workers_is_support_and_wellbeing(coder: RuleCoder) -> None:
    assert themes_of(coder, "Counselling for link workers should be offered as standard.") == {
        "supervision_support",
        "wellbeing_burnout",
    }


def test_balint_groups_are_supervision_not_community_groups(coder: RuleCoder) -> None:
    found = themes_of(coder, "The doctors have Balint groups; we have nothing.")
    assert "supervision_support" in found
    assert "community_capacity" not in found


def test_the_employer_having_it_is_had(coder: RuleCoder) -> None:
    assert "supervision_support" not in themes_of(
        coder, "Our PCN has a psychologist who runs reflective practice every month."
    )
    assert "supervision_support" in themes_of(coder, "Our PCN has no supervision for us at all.")


def test_a_hard_case_as_the_setting_is_not_a_concern_word(coder: RuleCoder) -> None:
    assert themes_of(coder, "After a difficult call I can talk it through and go home lighter.") == {
        "positive_experience"
    }
    assert "supervision_support" in themes_of(coder, "After a difficult call there's nobody to talk to.")


def test_the_only_ones_with_time_is_not_isolation(coder: RuleCoder) -> None:
    assert "supervision_support" not in themes_of(
        coder, "The GPs send them to us because we're the only ones with any capacity."
    )
    assert "supervision_support" in themes_of(coder, "I'm the only one in my PCN doing this job.")


def test_a_patients_peer_group_closing_is_not_peer_support(coder: RuleCoder) -> None:
    assert "supervision_support" not in themes_of(coder, "The peer group closed in the spring.")
    assert "supervision_support" in themes_of(coder, "What I'm missing is a local peer network.")


def test_data_sharing_between_services_is_it(coder: RuleCoder) -> None:
    assert "it_systems_access" in themes_of(coder, "We can't see each other's records, so I ring round for everything.")
    assert "it_systems_access" in themes_of(coder, "Better data sharing with the hospice would save me hours.")


def test_a_band_below_other_roles_is_pay(coder: RuleCoder) -> None:
    assert "pay_job_security" in themes_of(
        coder, "I'm a band lower than the care coordinators even though I hold more risk."
    )
    assert "pay_job_security" not in themes_of(coder, "The band below the team lead is where most of us sit happily.")


def test_paying_for_a_course_myself_is_training_not_pay(coder: RuleCoder) -> None:
    assert "pay_job_security" not in themes_of(coder, "Suicide first aid would help. I paid for ASIST myself.")
    assert "pay_job_security" in themes_of(coder, "The pay is awful for what we hold.")


def test_kindness_that_meant_a_lot_is_positive(coder: RuleCoder) -> None:
    assert "positive_experience" in themes_of(coder, "The partner sat with me after the inquest and that meant a lot.")
    assert "positive_experience" in themes_of(coder, "Honestly, the team were very kind when my dad died.")
    assert "positive_experience" not in themes_of(coder, "It would mean so much to have some peer support.")


def test_supervision_called_a_lifeline_is_positive(coder: RuleCoder) -> None:
    assert themes_of(coder, "Group supervision has been a lifeline this year.") == {"positive_experience"}


def test_a_person_or_concern_reported_is_not_data_reporting(coder: RuleCoder) -> None:
    assert "outcomes_data" not in themes_of(coder, "A neighbour reported him to the council.")
    assert "outcomes_data" not in themes_of(coder, "I'm never sure how to record a safeguarding concern on SystmOne.")
    assert "outcomes_data" in themes_of(coder, "We have to report monthly on every contact.")


def test_the_weight_of_the_work_unseen_is_not_the_role_unseen(coder: RuleCoder) -> None:
    assert "clinician_understanding" not in themes_of(
        coder, "The emotional side of the job isn't acknowledged by anyone."
    )
    assert "clinician_understanding" not in themes_of(
        coder, "Our team are lovely but they don't understand what it's like to sit with someone who is suicidal."
    )
    assert "clinician_understanding" in themes_of(coder, "GPs don't understand what it's like to be a link worker.")


def test_something_had_set_aside_is_not_praise(coder: RuleCoder) -> None:
    assert "positive_experience" not in themes_of(
        coder, "I do have supervision, so that's not the problem; it's the caseload."
    )
    assert "positive_experience" in themes_of(coder, "I have great supervision and a lovely team.")


# HOLDOUT_56: workplace relationships and culture (receptionists, managers, other ARRS roles, left out or trusted)
def test_low_standing_among_staff_is_clinician_understanding(coder: RuleCoder) -> None:
    assert "clinician_understanding" in themes_of(coder, "Link workers are bottom of the pecking order here.")
    assert "clinician_understanding" in themes_of(coder, "When anything is handed out I'm last in line.")
    assert "clinician_understanding" not in themes_of(coder, "The hens keep a strict order at the city farm.")


def test_how_the_role_is_seen_is_clinician_understanding(coder: RuleCoder) -> None:
    assert "clinician_understanding" in themes_of(coder, "It tells you a lot about how we're viewed by the partners.")
    assert "clinician_understanding" not in themes_of(coder, "I've viewed a lot of local groups this month.")


def test_taken_more_seriously_or_requests_taken_seriously(coder: RuleCoder) -> None:
    assert "clinician_understanding" in themes_of(coder, "I just want the GPs to take my referrals seriously.")
    assert "clinician_understanding" in themes_of(coder, "Some coaching so we get taken more seriously by consultants.")


def test_left_off_the_practice_lists_is_being_left_out(coder: RuleCoder) -> None:
    assert "clinician_understanding" in themes_of(coder, "I keep being left off the meeting invites at the surgery.")
    assert "clinician_understanding" not in themes_of(coder, "I picked up where I left off after my leave.")


def test_room_given_up_first_is_low_standing(coder: RuleCoder) -> None:
    assert "clinician_understanding" in themes_of(coder, "When rooms are tight we're always the first to be bumped.")
    assert "clinician_understanding" in themes_of(coder, "My sessions get cancelled whenever the nurse needs a room.")
    assert "clinician_understanding" not in themes_of(coder, "I'd be the first to go if the funding stopped.")


def test_one_clinician_as_the_exception_is_clinician_understanding(coder: RuleCoder) -> None:
    assert "clinician_understanding" in themes_of(coder, "She's the only GP who actually understands what I do.")
    assert "clinician_understanding" not in themes_of(coder, "He's the only one who covers Fridays.")


def test_notes_left_unread_by_clinicians(coder: RuleCoder) -> None:
    assert "clinician_understanding" in themes_of(coder, "The doctors never even read my notes.")
    assert "clinician_understanding" not in themes_of(coder, "The doctors always read my notes, which helps.")


def test_staff_mixing_the_link_worker_up_with_other_roles(coder: RuleCoder) -> None:
    assert "clinician_understanding" in themes_of(coder, "Reception get me mixed up with the care navigator.")
    assert "clinician_understanding" not in themes_of(coder, "We mixed up the groups for the walk this week.")


def test_nobody_having_my_back_is_support_not_praise(coder: RuleCoder) -> None:
    got = themes_of(coder, "Nobody at the surgery has got my back if a visit goes badly.")
    assert "supervision_support" in got
    assert "positive_experience" not in got
    assert "positive_experience" in themes_of(coder, "My manager has my back, always.")


def test_micromanagement_and_distrust_by_a_manager(coder: RuleCoder) -> None:
    assert "supervision_support" in themes_of(coder, "My line manager just doesn't trust my judgement.")
    assert "supervision_support" in themes_of(coder, "Every discharge has to be checked by my boss first.")


def test_unclear_who_manages_or_signs_off_is_supervision(coder: RuleCoder) -> None:
    assert "supervision_support" in themes_of(coder, "No one is sure who approves my study leave.")
    assert "supervision_support" in themes_of(coder, "There isn't one person I answer to.")
    assert "supervision_support" not in themes_of(coder, "My manager signs off my leave requests quickly.")


def test_overdue_appraisal_and_missing_one_to_ones(coder: RuleCoder) -> None:
    assert "supervision_support" in themes_of(coder, "My PDR is now six months overdue.")
    assert "supervision_support" in themes_of(coder, "Nobody has done my one-to-ones since March.")


def test_someone_else_off_sick_is_not_own_strain(coder: RuleCoder) -> None:
    assert "wellbeing_burnout" not in themes_of(coder, "Our coordinator has been off sick since the summer.")
    assert "wellbeing_burnout" in themes_of(coder, "I was off sick with stress in the spring.")


def test_signing_off_a_request_is_not_sickness(coder: RuleCoder) -> None:
    assert "wellbeing_burnout" not in themes_of(coder, "The partners still won't sign off the smartcard request.")


def test_it_is_exhausting_is_own_strain(coder: RuleCoder) -> None:
    assert "wellbeing_burnout" in themes_of(coder, "Keeping everyone on side, it's so exhausting.")
    assert "wellbeing_burnout" not in themes_of(coder, "The volunteers are exhausted.")


def test_the_person_reported_to_is_not_reporting_data(coder: RuleCoder) -> None:
    assert "outcomes_data" not in themes_of(coder, "The person I report to changes every year.")


def test_collating_figures_for_the_board_is_outcomes_data(coder: RuleCoder) -> None:
    assert "outcomes_data" in themes_of(coder, "I waste hours compiling figures for the ICB.")


def test_a_shared_computer_is_it_access(coder: RuleCoder) -> None:
    assert "it_systems_access" in themes_of(coder, "Four of us share one computer in the back office.")
    assert "it_systems_access" not in themes_of(coder, "Reception chase the fit notes for patients.")


def test_taken_on_without_a_check_on_capacity_is_demand(coder: RuleCoder) -> None:
    assert "staffing_capacity" in themes_of(coder, "They added a new clinic without asking if I had capacity.")


def test_seen_as_admin_is_not_a_request_for_admin_support(coder: RuleCoder) -> None:
    got = themes_of(coder, "The partners assume I'm just an admin assistant.")
    assert "staffing_capacity" not in got
    assert "staffing_capacity" in themes_of(coder, "We badly need an admin assistant.")


def test_ringing_another_link_worker_is_not_asking_for_staff(coder: RuleCoder) -> None:
    assert "staffing_capacity" not in themes_of(coder, "When I'm stuck I phone a link worker in the next town.")
    assert "staffing_capacity" in themes_of(coder, "We need another link worker in the PCN.")


def test_waiting_lists_of_the_services_named_before(coder: RuleCoder) -> None:
    assert "staffing_capacity" not in themes_of(coder, "Most schemes closed and those left have long waits.")


def test_what_patients_need_is_not_support_for_the_link_worker(coder: RuleCoder) -> None:
    assert "supervision_support" not in themes_of(coder, "The nurses refer people who just want someone to chat to.")
    assert "supervision_support" in themes_of(coder, "I need someone to talk to after heavy calls.")


def test_a_case_review_joined_is_not_supervision(coder: RuleCoder) -> None:
    assert "supervision_support" not in themes_of(coder, "These days the partners invite me to their case discussions.")


def test_bouncing_ideas_around_with_the_team_is_had(coder: RuleCoder) -> None:
    assert "supervision_support" not in themes_of(coder, "We sit together and bounce ideas off each other.")
    assert "supervision_support" in themes_of(coder, "I've no one to bounce ideas off.")


def test_discussing_difficult_cases_does_not_make_praise_a_concern(coder: RuleCoder) -> None:
    got = themes_of(coder, "I feel a valued member of the MDT and we discuss complex cases every week.")
    assert "clinician_understanding" not in got
    assert "positive_experience" in got


def test_others_on_a_higher_band_is_pay_not_career(coder: RuleCoder) -> None:
    got = themes_of(coder, "The health coaches are on a higher band than us.")
    assert "pay_job_security" in got
    assert "career_progression" not in got
    assert "career_progression" in themes_of(coder, "I'd love a route to a higher band.")


def test_being_guided_through_a_referral_is_not_an_inappropriate_one(coder: RuleCoder) -> None:
    assert "referral_appropriateness" not in themes_of(coder, "A GP walked me through the safeguarding referral.")


def test_handing_a_case_on_is_not_an_inappropriate_referral(coder: RuleCoder) -> None:
    got = themes_of(coder, "If a patient is beyond me I can just pass them on to the MH nurse next door.")
    assert "referral_appropriateness" not in got


def test_training_given_to_new_starters_is_not_training_wanted(coder: RuleCoder) -> None:
    assert "training_development" not in themes_of(coder, "I've trained three new coordinators this year.")
    assert "training_development" in themes_of(coder, "I'd like training on motivational interviewing.")


def test_training_on_working_with_clinicians_is_training(coder: RuleCoder) -> None:
    assert "training_development" in themes_of(coder, "Training in presenting at clinical meetings would help.")


def test_praise_of_colleagues_as_heroes_or_keeping_me_sane(coder: RuleCoder) -> None:
    assert "positive_experience" in themes_of(coder, "The admin team are the unsung heroes of this place.")
    assert "positive_experience" in themes_of(coder, "Our coordinator keeps me sane.")
    assert "positive_experience" in themes_of(coder, "The coaches and I get on brilliantly.")


def test_one_clinician_praised_by_name(coder: RuleCoder) -> None:
    assert "positive_experience" in themes_of(coder, "Our CD is great, she really values us.")
    assert "positive_experience" in themes_of(coder, "The new pharmacist refers really well.")


def test_praise_in_principle_is_not_praise(coder: RuleCoder) -> None:
    assert "positive_experience" not in themes_of(coder, "The partners are supportive on paper, but nothing changes.")


def test_something_that_has_been_brilliant_is_praise(coder: RuleCoder) -> None:
    assert "positive_experience" in themes_of(coder, "Sharing a room with the physio has been fantastic.")
    assert "positive_experience" not in themes_of(coder, "It would have been fantastic to have an induction.")


# HOLDOUT_58: rhetorical questions and exclamations (why is it that, who is supposed to, since when, how am I meant to)
def test_wonder_at_being_paid_for_the_job_is_not_pay(coder: RuleCoder) -> None:
    assert "pay_job_security" not in themes_of(coder, "Honestly, who else gets paid to drink tea with lonely people?")
    assert "pay_job_security" in themes_of(coder, "I get paid to do the job of a band 6.")


def test_a_decision_mocked_as_a_bright_idea_is_not_the_role_misunderstood(coder: RuleCoder) -> None:
    got = themes_of(coder, "Who thought it was a good idea to give us forty patients each?")
    assert "clinician_understanding" not in got
    got = themes_of(coder, "Whose bright idea was it to give one link worker three practices?")
    assert "clinician_understanding" not in got


def test_counting_for_nothing_here_is_not_missing_services(coder: RuleCoder) -> None:
    assert "community_capacity" not in themes_of(coder, "Does my degree count for nothing round here?")
    assert "community_capacity" in themes_of(coder, "There's nothing round here for young people.")


def test_a_team_to_manage_that_does_not_exist_is_not_a_missing_service(coder: RuleCoder) -> None:
    got = themes_of(coder, "To get the next band you have to manage a team that doesn't exist.")
    assert "community_capacity" not in got


def test_a_shake_up_is_a_reorganisation_not_being_shaken(coder: RuleCoder) -> None:
    assert "wellbeing_burnout" not in themes_of(coder, "Every shake-up means my post goes out to tender again.")
    assert "wellbeing_burnout" in themes_of(coder, "That call really shook me up.")


def test_worth_to_be_proved_in_figures_is_outcomes(coder: RuleCoder) -> None:
    assert "outcomes_data" in themes_of(coder, "I have to prove our worth with numbers every quarter.")
    assert "outcomes_data" not in themes_of(coder, "Why do we always have to prove our worth?")


def test_a_search_on_my_own_caseload_is_neither_caseload_size_nor_being_alone(coder: RuleCoder) -> None:
    got = themes_of(coder, "Why can't I run a search on my own caseload?")
    assert "staffing_capacity" not in got
    assert "supervision_support" not in got
    assert "staffing_capacity" in themes_of(coder, "My caseload is far too big.")


def test_chasing_services_is_casework_not_chasing_it_access(coder: RuleCoder) -> None:
    got = themes_of(coder, "How do I write up my notes and chase referrals when I'm booked solid?")
    assert "it_systems_access" not in got
    assert "it_systems_access" in themes_of(coder, "I can't read the notes on EMIS.")


def test_own_needs_not_taken_seriously_are_not_the_role_misunderstood(coder: RuleCoder) -> None:
    assert "clinician_understanding" not in themes_of(coder, "When will our wellbeing be taken seriously?")
    assert "clinician_understanding" in themes_of(coder, "When will the role be taken seriously by the GPs?")


def test_a_slight_that_has_stopped_is_not_a_concern(coder: RuleCoder) -> None:
    got = themes_of(coder, "The partners have finally stopped treating us like receptionists.")
    assert "clinician_understanding" not in got
    assert "clinician_understanding" in themes_of(coder, "The partners still call me the leaflet lady.")


def test_since_when_is_that_social_prescribing_denies_the_task(coder: RuleCoder) -> None:
    got = themes_of(coder, "Since when was sorting out a bus pass social prescribing?")
    assert "referral_appropriateness" in got
    assert "referral_appropriateness" in themes_of(coder, "How is booking hospital transport social prescribing?")
    assert "referral_appropriateness" not in themes_of(coder, "How is social prescribing funded?")


def test_since_when_is_it_my_job_is_out_of_remit(coder: RuleCoder) -> None:
    assert "referral_appropriateness" in themes_of(coder, "Since when is it my job to fill in PIP forms?")


def test_patients_discharged_to_me_by_a_crisis_service(coder: RuleCoder) -> None:
    got = themes_of(coder, "The crisis team discharge patients straight to me with no care plan.")
    assert "referral_appropriateness" in got
    assert "referral_appropriateness" not in themes_of(coder, "I discharge patients back to their GP when we're done.")


def test_the_service_for_everything_nobody_else_wants_is_referrals(coder: RuleCoder) -> None:
    got = themes_of(coder, "When did we become the team for everyone nobody else wants?")
    assert "referral_appropriateness" in got
    assert "clinician_understanding" not in got


def test_picking_up_the_pieces_of_severe_referrals_is_referrals(coder: RuleCoder) -> None:
    got = themes_of(coder, "Who picks up the pieces when I'm sent suicidal patients with no support?")
    assert "clinician_understanding" not in got
    assert "referral_appropriateness" in got
    got = themes_of(coder, "I'm left to pick up the pieces when the GPs ignore my advice.")
    assert "clinician_understanding" in got


def test_leaflets_handed_out_are_not_a_referral_handed_on(coder: RuleCoder) -> None:
    got = themes_of(coder, "I'm only called in when someone needs a flyer handed out.")
    assert "referral_appropriateness" not in got


def test_we_are_not_signposters_is_the_role_misused(coder: RuleCoder) -> None:
    assert "clinician_understanding" in themes_of(coder, "We're not signposters!")
    assert "clinician_understanding" not in themes_of(coder, "I signpost people to local groups.")


def test_another_profession_would_not_be_treated_like_this(coder: RuleCoder) -> None:
    assert "clinician_understanding" in themes_of(coder, "Would they treat a pharmacist like this?")
    assert "clinician_understanding" not in themes_of(coder, "They always say hello to a pharmacist like me.")


def test_an_approximate_count_on_my_list_is_caseload(coder: RuleCoder) -> None:
    assert "staffing_capacity" in themes_of(coder, "Fifty-odd patients on my list and no end in sight.")


def test_how_am_i_meant_to_keep_going_is_strain(coder: RuleCoder) -> None:
    assert "wellbeing_burnout" in themes_of(coder, "How am I meant to keep going like this?")
    assert "wellbeing_burnout" not in themes_of(coder, "How do I keep going with the referral form once it's sent?")


def test_the_rest_of_the_services_have_waiting_lists(coder: RuleCoder) -> None:
    got = themes_of(coder, "Most groups have closed and the rest have months-long waiting lists.")
    assert "community_capacity" in got
    assert "staffing_capacity" not in got
    assert "staffing_capacity" in themes_of(coder, "The rest of us have waiting lists too.")


def test_no_counselling_for_a_length_of_time_is_a_wait(coder: RuleCoder) -> None:
    assert "community_capacity" in themes_of(coder, "There's no counselling for a year round here.")
    assert "community_capacity" not in themes_of(coder, "No counselling for me until I've finished the course.")


def test_a_community_service_that_cannot_afford_to_run(coder: RuleCoder) -> None:
    assert "community_capacity" in themes_of(coder, "Our local lunch club can't afford the hall any more.")
    got = themes_of(coder, "Half my patients can't afford to heat their homes, the foodbank is my main referral.")
    assert "community_capacity" not in got


def test_a_team_award_is_praise(coder: RuleCoder) -> None:
    assert "positive_experience" in themes_of(coder, "We won an award for our work with carers.")


@pytest.mark.parametrize(
    "text",
    ["How can I feel part of the team when nobody says hello?", "Why would I feel appreciated when nobody thanks me?"],
)
def test_a_rhetorical_question_denies_the_feeling(coder: RuleCoder, text: str) -> None:
    assert "positive_experience" not in themes_of(coder, text)


def test_the_feeling_said_plainly_stays_praise(coder: RuleCoder) -> None:
    assert "positive_experience" in themes_of(coder, "I feel part of the team and the GPs are great.")


# HOLDOUT_57: proposals and solutions with the problem left implied
def test_staff_not_recognising_the_role_is_clinician_understanding(coder: RuleCoder) -> None:
    assert "clinician_understanding" in themes_of(coder, "Half the partners don't recognise the role.")
    assert "clinician_understanding" in themes_of(coder, "No one in the surgery recognises what I do.")
    assert "clinician_understanding" in themes_of(coder, "Our role still isn't recognised by the practice nurses.")


def test_my_work_being_recognised_is_praise(coder: RuleCoder) -> None:
    assert themes_of(coder, "Our role is properly valued here.") == {"positive_experience"}
    assert "positive_experience" not in themes_of(coder, "I wish our role was valued here.")


def test_a_recognised_role_as_a_profession_is_not_staff_understanding(coder: RuleCoder) -> None:
    text = "I'd like SPLW to be a recognised role with its own register."
    assert "clinician_understanding" not in themes_of(coder, text)


def test_a_limit_on_patients_per_link_worker_is_staffing(coder: RuleCoder) -> None:
    assert "staffing_capacity" in themes_of(coder, "A ceiling of 25 open cases for each of us.")
    assert "staffing_capacity" in themes_of(coder, "Fewer than thirty clients per full-time link worker.")
    assert "staffing_capacity" not in themes_of(coder, "The group has a limit of twelve places.")


def test_a_diary_booked_back_to_back_is_staffing(coder: RuleCoder) -> None:
    assert "staffing_capacity" in themes_of(coder, "My Tuesdays are back-to-back patients with no lunch.")
    assert "staffing_capacity" not in themes_of(coder, "The two groups run back to back on a Friday.")


def test_a_headcount_left_waiting_is_staffing(coder: RuleCoder) -> None:
    assert "staffing_capacity" in themes_of(coder, "After a week's leave I had 35 referrals sitting waiting.")
    assert "staffing_capacity" not in themes_of(coder, "There are 80 people waiting for the talking therapies service.")


def test_cover_for_a_colleague_off_sick_is_staffing_not_wellbeing(coder: RuleCoder) -> None:
    got = themes_of(coder, "Proper cross-cover so that when someone is off sick their patients aren't just left.")
    assert "staffing_capacity" in got
    assert "wellbeing_burnout" not in got
    assert "wellbeing_burnout" in themes_of(coder, "I was off sick for six weeks with anxiety from the job.")


def test_someone_to_take_a_chore_off_us_is_staffing(coder: RuleCoder) -> None:
    assert "staffing_capacity" in themes_of(coder, "Somebody to do the bookings and the phones for the team.")
    assert "staffing_capacity" not in themes_of(coder, "Someone to do the safeguarding course with me would be nice.")


def test_going_home_still_thinking_about_the_cases_is_wellbeing(coder: RuleCoder) -> None:
    assert "wellbeing_burnout" in themes_of(coder, "Most nights I drive home worrying about the people I saw.")
    assert "wellbeing_burnout" not in themes_of(coder, "I go home at four on Fridays.")


def test_a_staff_counselling_service_is_wellbeing(coder: RuleCoder) -> None:
    assert "wellbeing_burnout" in themes_of(coder, "We should get the employee assistance line the nurses have.")
    assert "wellbeing_burnout" not in themes_of(coder, "I refer people to the counselling service a lot.")


def test_a_check_in_with_the_manager_is_supervision(coder: RuleCoder) -> None:
    assert "supervision_support" in themes_of(coder, "Fortnightly catch-ups with my line manager would help.")
    assert "supervision_support" not in themes_of(coder, "I do monthly check-ins with my older patients.")


def test_supervision_duties_of_a_senior_post_are_career_not_supervision(coder: RuleCoder) -> None:
    got = themes_of(coder, "A band 5 lead role with supervision duties for the newer staff.")
    assert "career_progression" in got
    assert "supervision_support" not in got
    assert "pay_job_security" not in got


def test_an_away_day_for_link_workers_is_peer_support(coder: RuleCoder) -> None:
    assert "supervision_support" in themes_of(coder, "A network day twice a year for the SPLWs across the ICB.")
    assert "supervision_support" not in themes_of(coder, "We had an away day with the patients' choir.")


def test_group_clinical_supervision_funded_is_not_community_capacity(coder: RuleCoder) -> None:
    got = themes_of(coder, "Group reflective supervision, funded by the ICB for every link worker.")
    assert "community_capacity" not in got
    assert "supervision_support" in got


def test_self_referral_and_referral_tools_are_not_inappropriate_referrals(coder: RuleCoder) -> None:
    assert "referral_appropriateness" not in themes_of(coder, "People should be able to self-refer on our website.")
    assert "referral_appropriateness" not in themes_of(coder, "A drop-in where you don't need a GP referral to come.")
    assert "referral_appropriateness" not in themes_of(coder, "One referral portal instead of three different inboxes.")
    text = "The GPs send referrals that should go to the crisis team instead."
    assert "referral_appropriateness" in themes_of(coder, text)


def test_being_left_holding_a_risk_is_referral_appropriateness(coder: RuleCoder) -> None:
    assert "referral_appropriateness" in themes_of(coder, "Right now the link worker is the one left carrying that.")
    assert "referral_appropriateness" not in themes_of(coder, "She's the one who holds the whole team together.")


def test_complex_cases_parked_with_the_link_worker_is_referral_appropriateness(coder: RuleCoder) -> None:
    assert "referral_appropriateness" in themes_of(coder, "Anything tricky gets dumped on us by default.")


def test_benefit_appeals_done_by_the_link_worker_are_referral_not_outcomes(coder: RuleCoder) -> None:
    text = "A welfare rights worker so I'm not stuck doing mandatory reconsiderations and court paperwork."
    got = themes_of(coder, text)
    assert "referral_appropriateness" in got
    assert "outcomes_data" not in got


def test_referrals_screened_before_they_arrive_is_referral_appropriateness(coder: RuleCoder) -> None:
    assert "referral_appropriateness" in themes_of(coder, "Screening by the duty GP before patients come to us.")
    text = "All referrals properly vetted first, so we can actually help."
    assert "referral_appropriateness" in themes_of(coder, text)
    assert "referral_appropriateness" not in themes_of(coder, "I read through my new referrals every morning.")


def test_referrals_that_would_get_better_is_referral_appropriateness(coder: RuleCoder) -> None:
    text = "If the nurses shadowed us, the referrals would be far better."
    assert "referral_appropriateness" in themes_of(coder, text)
    assert "referral_appropriateness" not in themes_of(coder, "The referrals are so much better now.")


def test_booked_in_for_clerical_jobs_is_clinician_understanding(coder: RuleCoder) -> None:
    got = themes_of(coder, "Reception send people to me to fill in their bus pass forms.")
    assert "clinician_understanding" in got
    assert "clinician_understanding" not in themes_of(coder, "Reception book people in with me for a first chat.")


def test_someone_else_paid_to_do_a_task_is_not_pay(coder: RuleCoder) -> None:
    text = "A volunteer hub with a coordinator who is properly paid to run it."
    assert "pay_job_security" not in themes_of(coder, text)
    assert "pay_job_security" in themes_of(coder, "I'm paid less than the HCAs for a harder job.")


def test_praised_learning_resources_asked_to_continue_are_praise(coder: RuleCoder) -> None:
    got = themes_of(coder, "The regional workshops are brilliant - please continue funding them.")
    assert got == {"positive_experience"}


def test_a_pathway_for_patients_is_not_a_career_pathway(coder: RuleCoder) -> None:
    assert "career_progression" not in themes_of(coder, "A clear route into adult social care for those patients.")
    assert "career_progression" in themes_of(coder, "A clear pathway from band 4 to band 6 for link workers.")


def test_a_report_drawing_from_the_clinical_system_is_outcomes_not_it(coder: RuleCoder) -> None:
    got = themes_of(coder, "Monthly returns that draw the figures directly from EMIS would save hours.")
    assert "it_systems_access" not in got
    assert "it_systems_access" in themes_of(coder, "I still can't get onto EMIS from the community hub.")


def test_cost_as_the_barrier_to_a_group_is_community_capacity(coder: RuleCoder) -> None:
    text = "For most of my patients the price is the biggest barrier to the gym."
    assert "community_capacity" in themes_of(coder, text)
    assert "community_capacity" not in themes_of(coder, "The cost of the diploma is the main barrier for me.")


def test_practice_systems_beyond_the_clinical_record_are_it(coder: RuleCoder) -> None:
    assert "it_systems_access" in themes_of(coder, "Text message reminders like the nurses get would cut my DNAs.")
    assert "it_systems_access" in themes_of(coder, "I'm still not on the practice network after a year.")
    assert "it_systems_access" not in themes_of(coder, "The practice phone number is on the intranet.")


# Found by the lead probing after 1.25.0's merges
def test_a_wish_for_the_role_to_be_valued_is_not_doubt_about_the_post(coder: RuleCoder) -> None:
    assert themes_of(coder, "Things would be easier if my job were better understood.") == {"clinician_understanding"}
    assert "pay_job_security" in themes_of(coder, "Nobody knows if my post survives past next spring.")


# HOLDOUT_59: a day or a week in the life, told as a timeline
def test_no_contact_with_a_fellow_link_worker_is_isolation_not_staffing(coder: RuleCoder) -> None:
    got = themes_of(coder, "I haven't had a proper chat with another social prescriber since the spring.")
    assert "supervision_support" in got
    assert "staffing_capacity" not in got
    assert "staffing_capacity" in themes_of(coder, "We badly need another link worker for the north patch.")


def test_saying_i_am_not_admin_is_not_a_request_for_admin_support(coder: RuleCoder) -> None:
    assert "staffing_capacity" not in themes_of(coder, "They keep giving me filing to do, but I'm not a receptionist.")
    assert "staffing_capacity" in themes_of(coder, "An admin person for the team would free up my afternoons.")


def test_the_job_making_people_ill_is_wellbeing(coder: RuleCoder) -> None:
    assert "wellbeing_burnout" in themes_of(coder, "The uncertainty over the contract is making the whole team ill.")
    assert "wellbeing_burnout" not in themes_of(coder, "The damp in her flat is making the children ill.")


def test_losing_sleep_to_the_job_is_wellbeing(coder: RuleCoder) -> None:
    assert "wellbeing_burnout" in themes_of(coder, "I lie there going over caseloads instead of sleeping.")


def test_cases_carried_home_are_wellbeing(coder: RuleCoder) -> None:
    assert "wellbeing_burnout" in themes_of(coder, "Some weeks I carry all of those stories home with me.")
    assert "wellbeing_burnout" not in themes_of(coder, "I carry the leaflets round in a big bag.")


def test_good_weeks_and_best_days_are_positive(coder: RuleCoder) -> None:
    assert "positive_experience" in themes_of(coder, "Nearly all of my weeks are good weeks, to be honest.")
    assert "positive_experience" in themes_of(coder, "Days like that one are my best days in this job.")
    assert "positive_experience" in themes_of(coder, "A lad I'd been seeing sent me a thank you card.")
    assert "positive_experience" not in themes_of(coder, "I don't remember the last good week I had.")


def test_tired_but_happy_is_not_strain(coder: RuleCoder) -> None:
    got = themes_of(coder, "Long group day on Thursday, knackered but content.")
    assert "wellbeing_burnout" not in got
    assert "wellbeing_burnout" in themes_of(coder, "By Thursday I'm knackered and dreading Friday.")


def test_a_diary_with_no_room_is_staffing(coder: RuleCoder) -> None:
    assert "staffing_capacity" in themes_of(coder, "Most weeks I end up double booking my own lunch slot.")
    assert "staffing_capacity" in themes_of(coder, "My clinics are back to back from Monday till Thursday.")
    assert "staffing_capacity" in themes_of(coder, "By Tuesday we've filled every appointment for the week.")
    assert "staffing_capacity" not in themes_of(coder, "The room is booked for the walking group on Tuesdays.")


def test_lunch_and_weekends_given_to_the_work_are_staffing(coder: RuleCoder) -> None:
    assert "staffing_capacity" in themes_of(coder, "I've not taken a lunch break since September.")
    assert "staffing_capacity" in themes_of(coder, "I was typing up notes on a Saturday again.")
    assert "staffing_capacity" in themes_of(coder, "Of the callbacks on my list I get through about half.")
    assert "staffing_capacity" not in themes_of(coder, "We had a lunch with the practice team on Friday.")


def test_services_closing_lists_or_losing_money_are_community_capacity(coder: RuleCoder) -> None:
    assert "community_capacity" in themes_of(coder, "Both counselling charities have closed their waiting lists.")
    assert "community_capacity" in themes_of(coder, "The men's shed lost its council grant last month.")
    assert "community_capacity" in themes_of(coder, "The local club's grant money ends in the autumn.")
    assert "community_capacity" in themes_of(coder, "I'm hunting for respite care that doesn't exist here.")
    assert "community_capacity" not in themes_of(coder, "Our charity's grant runs out next spring.")


def test_a_person_stopping_me_is_not_a_service_stopping(coder: RuleCoder) -> None:
    text = "After the singing group a practice nurse stopped me to ask about it."
    assert "community_capacity" not in themes_of(coder, text)


def test_phone_calls_as_the_work_are_not_it(coder: RuleCoder) -> None:
    assert "it_systems_access" not in themes_of(coder, "Friday: phone calls.")
    assert "it_systems_access" in themes_of(coder, "I still have no work phone.")


def test_impact_asked_for_and_unknown_is_outcomes(coder: RuleCoder) -> None:
    assert "outcomes_data" in themes_of(coder, "The PCN wants an impact story every month.")
    assert "outcomes_data" in themes_of(coder, "Nobody gives us time for following patients up afterwards.")


def test_a_post_funded_until_further_notice_is_insecure(coder: RuleCoder) -> None:
    assert "pay_job_security" in themes_of(coder, "We're told the roles are funded until further notice.")
    assert "pay_job_security" not in themes_of(coder, "The car park is closed until further notice.")


def test_not_the_professional_the_case_needs_is_referral(coder: RuleCoder) -> None:
    assert "referral_appropriateness" in themes_of(coder, "I keep telling them I'm not a mental health nurse.")
    assert "referral_appropriateness" not in themes_of(coder, "I'm not a morning person.")


def test_covering_other_posts_when_the_practice_is_short_is_misuse(coder: RuleCoder) -> None:
    text = "Thursdays I end up on the front desk because the surgery is short."
    assert "clinician_understanding" in themes_of(coder, text)


def test_nice_to_feel_part_of_the_practice_said_as_had_is_positive(coder: RuleCoder) -> None:
    assert "positive_experience" in themes_of(coder, "It's lovely to feel like part of the team here.")
    assert "positive_experience" not in themes_of(coder, "It would be nice to feel part of the team for once.")


def test_a_patients_life_satisfaction_score_is_not_job_satisfaction(coder: RuleCoder) -> None:
    got = themes_of(coder, "They ask people how satisfied they are with their lives on day one.")
    assert "positive_experience" not in got


def test_holding_someone_until_the_crisis_service_comes_is_referral(coder: RuleCoder) -> None:
    text = "I stayed with her in the side room for two hours waiting on the crisis line to ring back."
    assert "referral_appropriateness" in themes_of(coder, text)
    assert "referral_appropriateness" not in themes_of(coder, "I waited for the bus for twenty minutes.")


def test_a_bare_team_of_one_is_isolation_not_staffing(coder: RuleCoder) -> None:
    got = themes_of(coder, "In practice I'm a team of one and nobody checks in on me.")
    assert "staffing_capacity" not in got
    assert "supervision_support" in got
    assert "staffing_capacity" in themes_of(coder, "We are a team of one covering nine thousand patients.")


# HOLDOUT_60: equity, inclusion and access
def test_trans_is_not_corrected_into_trains(coder: RuleCoder) -> None:
    assert "training_development" not in themes_of(coder, "A trans man I saw last month has joined the choir.")
    assert "training_development" in themes_of(coder, "I'd love some trauma training.")


def test_funding_for_interpreters_or_classes_is_not_pay(coder: RuleCoder) -> None:
    got = themes_of(coder, "Sustainable funding for interpreters at the advice centre.")
    assert "pay_job_security" not in got
    assert "pay_job_security" in themes_of(coder, "Sustainable funding for my post.")


def test_not_my_job_is_not_the_post_in_doubt(coder: RuleCoder) -> None:
    text = "Filling in benefit forms isn't my job and it eats time I could use for others."
    assert "pay_job_security" not in themes_of(coder, text)
    assert "pay_job_security" in themes_of(coder, "Nobody can say if my job will continue after March.")


def test_a_buddy_scheme_for_patients_is_not_supervision(coder: RuleCoder) -> None:
    text = "The walking buddies project for carers was a lifeline."
    assert "supervision_support" not in themes_of(coder, text)
    assert "supervision_support" in themes_of(coder, "New starters should get a buddy for their first months.")


def test_the_only_one_who_acts_for_a_patient_is_not_isolation(coder: RuleCoder) -> None:
    text = "Families bounce between agencies and I'm the only one who will actually call them back."
    assert "supervision_support" not in themes_of(coder, text)
    assert "supervision_support" in themes_of(coder, "I'm the only one in the whole network and it's lonely.")


def test_complex_work_claimed_for_pay_is_not_complex_referrals(coder: RuleCoder) -> None:
    got = themes_of(coder, "We want a salary that reflects the highly complex work we do.")
    assert "referral_appropriateness" not in got
    assert "referral_appropriateness" in themes_of(coder, "The referrals I get are far more complex than last year.")


def test_a_caseload_target_is_not_outcome_reporting(coder: RuleCoder) -> None:
    got = themes_of(coder, "Home visits take longer but the caseload target never moves.")
    assert "outcomes_data" not in got
    assert "outcomes_data" in themes_of(coder, "We spend hours chasing targets for the commissioner.")


def test_a_community_specific_group_missing_is_community_capacity(coder: RuleCoder) -> None:
    assert "community_capacity" in themes_of(coder, "There isn't a single women-only group in the borough.")
    assert "community_capacity" not in themes_of(coder, "The women-only group at the mosque is thriving.")


def test_nowhere_culturally_appropriate_to_send_is_community_capacity(coder: RuleCoder) -> None:
    text = "There's nowhere culturally sensitive to refer Somali elders."
    assert "community_capacity" in themes_of(coder, text)
    assert "community_capacity" not in themes_of(coder, "I explained it in a culturally sensitive way.")


def test_waits_at_colleges_and_dentists_are_services_not_my_caseload(coder: RuleCoder) -> None:
    got = themes_of(coder, "The waiting list at the adult education college is nine months.")
    assert "community_capacity" in got
    assert "staffing_capacity" not in got
    assert "staffing_capacity" in themes_of(coder, "My own waiting list is nine weeks.")


def test_digital_inclusion_for_patients_is_not_it_access(coder: RuleCoder) -> None:
    assert "it_systems_access" not in themes_of(coder, "Funding for digital inclusion support at the library.")
    assert "it_systems_access" in themes_of(coder, "I need digital access to the patient record.")


def test_community_partners_called_an_asset_is_praise(coder: RuleCoder) -> None:
    assert "positive_experience" in themes_of(coder, "Our foodbank volunteers are a massive asset.")
    assert "positive_experience" not in themes_of(coder, "Knowing Polish would be an asset for this patch.")


def test_the_work_opening_doors_is_praise(coder: RuleCoder) -> None:
    assert "positive_experience" in themes_of(coder, "Going to the temple with the family opened so many doors for me.")
    assert "positive_experience" not in themes_of(coder, "The hub doors open for us at ten.")


def test_a_manager_great_at_making_adjustments_is_praise(coder: RuleCoder) -> None:
    text = "My line manager is great at making adjustments for my dyslexia."
    assert "positive_experience" in themes_of(coder, text)
    assert "positive_experience" not in themes_of(coder, "The ICB is great at making promises.")


def test_staff_trained_on_another_subject_is_not_role_understanding(coder: RuleCoder) -> None:
    got = themes_of(coder, "Anti-racism training for the GPs and the reception team.")
    assert "clinician_understanding" not in got
    assert "clinician_understanding" in themes_of(coder, "A proper briefing for the GPs about what link workers do.")


def test_booking_transport_for_patients_is_admin_not_community_capacity(coder: RuleCoder) -> None:
    got = themes_of(coder, "Organising taxis and ramps for each client eats my whole morning.")
    assert "community_capacity" not in got
    assert "community_capacity" in themes_of(coder, "There's no transport for my clients to reach the groups.")


def test_staff_introducing_the_link_worker_as_something_else_is_understanding(coder: RuleCoder) -> None:
    assert "clinician_understanding" in themes_of(coder, "The nurses introduce me to people as a volunteer.")
    text = "The practice manager introduced me as our new link worker."
    assert "clinician_understanding" not in themes_of(coder, text)
