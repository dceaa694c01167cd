"""Personal-data redaction: what is found, what is never touched, and the guarantees on any input."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from splw_text.errors import InputError
from splw_text.redact import (
    KINDS,
    PersonalData,
    Redactor,
    find_personal_data,
    nhs_number_is_valid,
    redact_text,
)
from splw_text.redact.rules import load_redaction_rules

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def kinds_in(text: str) -> list[str]:
    return [item.kind for item in find_personal_data(text)]


def load_benchmark(name: str):  # noqa: ANN201 - a module object
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- contact details and identifiers ----------------------------------------------------------------


def test_an_email_address_becomes_an_email_placeholder() -> None:
    assert redact_text("write to sam.k+lw@example.org today") == "write to [EMAIL] today"


def test_an_email_written_with_at_and_dot_in_brackets_is_found() -> None:
    assert kinds_in("mail sam [at] example [dot] org") == ["EMAIL"]


@pytest.mark.parametrize(
    "phone",
    [
        "07700 900123", "07700900123", "07700-900-123", "07700.900.123", "0770 090 0123", "+44 7700 900123",
        "+447700900123", "+44 (0)7700 900123", "0044 7700 900123", "(01632) 960123", "01632 960123",
        "020 7946 0123", "(020) 7946 0123", "0800 123 4567", "0808 157 0000", "0113 496 0000",
    ],
)
def test_a_uk_phone_number_in_any_common_format_is_found_whole(phone: str) -> None:
    assert redact_text(f"call me on {phone} after 3") == "call me on [PHONE] after 3"


@pytest.mark.parametrize(
    "text",
    [
        "I earn £24,500 for 37.5 hours", "between 01/04/2024 and 31/03/2025", "clinic 9:00-17:00",
        "met on 01.02.2023 10.30", "we answer 111 and 999 calls", "ref 1234567890", "2023/24 and 2024/25",
        "caseload of 10-15 a week", "a list size of 12,500", "funding ends 31.03.2025",
    ],
)
def test_numbers_that_are_not_phone_or_nhs_numbers_are_left_alone(text: str) -> None:
    assert redact_text(text) == text


def test_a_phone_number_in_brackets_keeps_the_brackets_of_the_sentence() -> None:
    assert redact_text("my number (07700 900123) is on the list") == "my number ([PHONE]) is on the list"


@pytest.mark.parametrize("number", ["943 476 5919", "9434765919", "943-476-5919", "401 023 2137"])
def test_an_nhs_number_that_passes_the_modulus_11_check_is_found(number: str) -> None:
    assert redact_text(f"NHS no {number} on the form") == "NHS no [NHS_NUMBER] on the form"


def test_a_ten_digit_number_with_a_wrong_check_digit_is_not_an_nhs_number() -> None:
    assert kinds_in("NHS no 943 476 5918 on the form") == []


def test_the_modulus_11_check_rejects_a_check_value_of_ten() -> None:
    # the weighted sum of 000000006 is 6 x 2 = 12, 11 - (12 mod 11) = 10: no check digit makes it valid
    assert not any(nhs_number_is_valid("000000006" + str(d)) for d in range(10))


@pytest.mark.parametrize("postcode", ["LS6 2QW", "SW1A 1AA", "M1 1AE", "B33 8TH", "DN55 1PT", "EC1A1BB"])
def test_a_full_uk_postcode_is_found(postcode: str) -> None:
    assert redact_text(f"we are at {postcode} now") == "we are at [POSTCODE] now"


def test_an_outward_postcode_alone_is_found_only_next_to_postcode_or_area() -> None:
    assert redact_text("patients in postcode BD3 and the M11 area") == (
        "patients in postcode [POSTCODE] and the [POSTCODE] area"
    )
    assert redact_text("I cover M11 and BD3") == "I cover M11 and BD3"


@pytest.mark.parametrize(
    "url", ["https://www.example.org/sp?id=3", "www.example.co.uk/linkworkers", "example.org/directory"]
)
def test_a_web_address_is_found_without_the_full_stop_after_it(url: str) -> None:
    assert redact_text(f"See {url}.") == "See [URL]."


def test_a_social_media_handle_is_found() -> None:
    assert redact_text("follow @lw_jo for news") == "follow [HANDLE] for news"


# --- names ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my manager Will is off", "my manager [NAME] is off"),
        ("our practice manager Grace said no", "our practice manager [NAME] said no"),
        ("Dr Okonjo refers everyone", "Dr [NAME] refers everyone"),
        ("Mrs A. Whitfield is lovely", "Mrs [NAME] is lovely"),
        ("a group called Hope runs it", "a group called [NAME] runs it"),
        ("Grace said it would be sorted", "[NAME] said it would be sorted"),
        ("speak to Faith about the forms", "speak to [NAME] about the forms"),
        ("Will Thornton runs the PCN", "[NAME] runs the PCN"),
        ("email J. Okonkwo for the report", "email [NAME] for the report"),
        ("i asked my manager gemma twice", "i asked my manager [NAME] twice"),
    ],
)
def test_a_name_in_a_name_context_is_redacted(text: str, expected: str) -> None:
    assert redact_text(text) == expected


@pytest.mark.parametrize("name", ["Sharon", "Deepa", "Krzysztof", "Siobhan", "Oluwaseun", "Rhiannon"])
def test_a_first_name_that_is_not_a_common_word_is_redacted_anywhere(name: str) -> None:
    assert redact_text(f"{name} covers two sites") == "[NAME] covers two sites"


def test_a_first_name_and_surname_become_one_placeholder() -> None:
    assert redact_text("ask Siobhan Gallagher at the ICB") == "ask [NAME] at the ICB"


def test_names_listed_after_a_name_are_names_even_when_they_are_common_words() -> None:
    assert redact_text("thanks to Bev, Sharon and Will for covering") == (
        "thanks to [NAME], [NAME] and [NAME] for covering"
    )


def test_a_possessive_keeps_its_apostrophe_s() -> None:
    assert redact_text("Mohammed's leaving do") == "[NAME]'s leaving do"


@pytest.mark.parametrize(
    "text",
    [
        "Will there ever be a pay band that goes somewhere?",
        "I hope the ICB reads this. Hope is all we have.",
        "Grace periods for reporting would help.",
        "May I say the funding is temporary.",
        "Mark every contact in EMIS.",
        "Bill payments come up with every patient.",
        "Faith groups are the main offer left.",
        "Patience is running out.",
        "Sunny days bring people to the walking group.",
        "Rose garden volunteers meet weekly.",
        "Care is the heart of the job.",
        "Joy is the platform we use for referrals.",
        "In April and June the contract is reviewed.",
        "Frank conversations with GPs would help.",
    ],
)
def test_a_name_that_is_also_a_common_word_is_not_redacted_outside_a_name_context(text: str) -> None:
    assert redact_text(text) == text


# --- organisations and places -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "organisation",
    ["Brookfield Medical Centre", "Ashgrove Surgery", "Larchmont Community Trust", "St Aidan's Hospice",
     "Hope Street Community Trust", "Kettlewell Health Centre", "Castle Medical Centre", "Abbey Health Centre"],
)
def test_a_named_practice_or_organisation_becomes_an_org_placeholder(organisation: str) -> None:
    assert redact_text(f"I work at {organisation} three days") == "I work at [ORG] three days"


def test_an_organisation_name_that_starts_a_sentence_is_found_whole() -> None:
    assert redact_text("Hope Street Community Trust is brilliant") == "[ORG] is brilliant"


def test_an_organisation_name_stops_before_survey_vocabulary() -> None:
    assert redact_text("employed by Fenwick Valley PCN") == "employed by [ORG] PCN"


@pytest.mark.parametrize(
    "text",
    ["The Local Medical Centre is busy", "our Surgery has no rooms", "the Social Prescribing Hub closed",
     "the Community Centre and the Leisure Centre", "the Carers Centre runs a drop in", "the Job Centre"],
)
def test_a_generic_capitalised_phrase_is_not_an_organisation(text: str) -> None:
    assert redact_text(text) == text


def test_a_street_address_becomes_a_place_placeholder() -> None:
    assert redact_text("based at 14 Larkspur Road near Wexford Street") == "based at [PLACE] near [PLACE]"


def test_a_generic_street_phrase_is_not_a_place() -> None:
    assert redact_text("the High Street has nothing left and the Car Park is full") == (
        "the High Street has nothing left and the Car Park is full"
    )


# --- the survey's vocabulary is never redacted ------------------------------------------------------

VOCABULARY = (
    "GP, GPs, PCN, EMIS, SystmOne, VCSE, ARRS, ONS4, WEMWBS, SWEMWBS, MYCAW, SNOMED, NHS, ICB, HCA, CPD, "
    "band 4, band 5, Agenda for Change, the Information Standard, Outcomes Star, Social Prescribing Link Worker, "
    "Care Coordinator, Health and Wellbeing Coach, Citizens Advice, Age UK, Mind, Macmillan, Marie Curie, "
    "A&E, DNAs, Accurx, smartcard, S1, the Clinical Director, the Practice Manager"
)


def test_the_survey_vocabulary_is_never_redacted() -> None:
    for text in (VOCABULARY, VOCABULARY.upper(), VOCABULARY.lower()):
        assert find_personal_data(text) == [], text



@pytest.mark.parametrize("text", ["we need a nursery nearby", "our drummer quit the band"])
def test_a_title_at_the_start_of_a_longer_word_is_not_a_title(text: str) -> None:
    assert find_personal_data(text) == []

def test_the_survey_vocabulary_is_kept_next_to_a_name() -> None:
    assert redact_text("my GP Dr Okafor uses EMIS") == "my GP Dr [NAME] uses EMIS"


def codebook_terms() -> list[str]:
    """Every plain word or phrase of the shipped codebook (its phrases and lexicons)."""
    path = ROOT / "models" / "codebook.yaml"
    codebook = pytest.importorskip("splw_text.codebook", reason="the codebook module is not there yet")
    if not path.is_file() or not hasattr(codebook, "read_codebook_yaml"):
        return []
    terms: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str) and re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9 &'-]{1,40}", node):
            terms.add(node)

    try:
        data = codebook.read_codebook_yaml(path)
    except InputError as error:
        pytest.skip(f"the codebook does not read: {error}")
    walk({key: value for key, value in data.items() if key in ("themes", "lexicons")})
    return sorted(terms)


def test_no_codebook_term_is_redacted_in_lower_case_or_capitalised() -> None:
    terms = codebook_terms()
    if not terms:
        pytest.skip("models/codebook.yaml is not there yet")
    redacted = []
    for term in terms:
        for text in (f"we need {term} here", f"{term[0].upper() + term[1:]} is what we need"):
            if find_personal_data(text):
                redacted.append(text)
    assert redacted == []


# --- the API -------------------------------------------------------------------------------------


def test_find_returns_sorted_non_overlapping_spans_that_match_the_text() -> None:
    text = "Ring Sharon on 07700 900123 or mail s.k@example.org at Oakwood Surgery, LS6 2QW"
    found = find_personal_data(text)
    assert [item.kind for item in found] == ["NAME", "PHONE", "EMAIL", "ORG", "POSTCODE"]
    assert all(item.text == text[item.start:item.end] for item in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


def test_a_personal_data_item_knows_its_placeholder() -> None:
    assert PersonalData("NHS_NUMBER", 0, 10, "9434765919").placeholder == "[NHS_NUMBER]"


def test_a_redactor_finds_only_the_kinds_it_is_given() -> None:
    redactor = Redactor(kinds=["EMAIL"])
    assert redactor.redact("Sharon: s@example.org, 07700 900123") == "Sharon: [EMAIL], 07700 900123"


def test_a_redactor_rejects_an_unknown_kind() -> None:
    with pytest.raises(ValueError, match="unknown kind"):
        Redactor(kinds=["NAME", "SHOE_SIZE"])


def test_extra_names_are_redacted_even_when_they_are_common_words() -> None:
    assert Redactor(extra_names=["Sunny"]).redact("Sunny and sunny days") == "[NAME] and [NAME] days"


def test_keep_terms_are_never_redacted() -> None:
    assert Redactor(keep_terms=["Kettlewell Health Centre"]).redact("at Kettlewell Health Centre") == (
        "at Kettlewell Health Centre"
    )


def test_transform_redacts_a_list_and_passes_missing_values_through() -> None:
    assert Redactor().transform(["Sharon said", None]) == ["[NAME] said", None]


def test_a_rule_file_with_an_unknown_key_is_a_one_line_input_error(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text("version: 1\ntitles: [Dr]\nshoe_sizes: [9]\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"rules.yaml: shoe_sizes: unknown key"):
        load_redaction_rules(path)


def test_a_rule_file_with_a_broken_phrase_pattern_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text("version: 1\ntitles: [Dr]\nprotected_phrases: ['band (']\n", encoding="utf-8")
    with pytest.raises(InputError, match="does not compile"):
        load_redaction_rules(path)


# --- properties on any input -------------------------------------------------------------------------

_fragments = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["Dr", "my manager", "Sharon", "Will", "Street", "Surgery", "PCN", "07700", "900123", "@",
                     ".", "(", ")", "+44", "[NAME]", "[", "]", "'s", "\n", "- ", "St", "Mrs", "LS6", "1AA"]),
)
_texts = st.lists(_fragments, max_size=12).map(" ".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts)
def test_redaction_never_crashes_and_spans_are_well_formed(text: str) -> None:
    found = find_personal_data(text)
    assert all(0 <= item.start < item.end <= len(text) and item.kind in KINDS for item in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts)
def test_redaction_is_idempotent(text: str) -> None:
    once = redact_text(text)
    assert redact_text(once) == once


_emails = st.from_regex(r"[a-z]{1,8}(\.[a-z]{1,8})?@example\.(org|nhs\.uk|co\.uk)", fullmatch=True)
_phones = st.builds(
    lambda prefix, rest, sep: prefix + sep + rest[:3] + sep + rest[3:],
    st.sampled_from(["07700", "+44 7700", "01632", "(01632)", "0044 7700"]),
    st.from_regex(r"[0-9]{6}", fullmatch=True),
    st.sampled_from([" ", "-", ".", ""]),
)
_surroundings = st.text(max_size=30)


@settings(max_examples=300, deadline=None)
@given(_surroundings, st.one_of(_emails, _phones), _surroundings)
def test_a_detected_email_or_phone_never_survives_in_the_output(before: str, secret: str, after: str) -> None:
    text = f"{before} {secret} {after}"
    detected = [item.text for item in find_personal_data(text) if item.kind in ("EMAIL", "PHONE")]
    output = redact_text(text)
    assert secret not in output
    assert all(value not in output for value in detected)


# --- quality on labelled data -----------------------------------------------------------------------


def test_recall_on_the_own_labelled_set_is_at_least_0_95_with_no_vocabulary_redacted() -> None:
    quality = load_benchmark("redaction_quality")
    result = quality.score(quality.load_cases_module().labelled_cases(), Redactor())
    assert result["recall"] >= 0.95
    assert result["precision"] >= 0.9
    assert result["vocabulary_redacted"] == 0


@pytest.mark.skipif(not (SHARED / "splw-dev" / "responses.csv").is_file(), reason="../shared/splw-dev absent")
def test_recall_on_the_dev_personal_data_is_at_least_0_95_with_no_vocabulary_redacted() -> None:
    quality = load_benchmark("redaction_quality")
    cases = quality.dev_cases()
    result = quality.score(cases, Redactor())
    assert result["recall"] >= 0.95
    assert result["vocabulary_redacted"] == 0


@pytest.mark.skipif(not (SHARED / "splw-dev" / "responses.csv").is_file(), reason="../shared/splw-dev absent")
def test_coding_gives_the_same_themes_on_the_redacted_text() -> None:
    rules = pytest.importorskip("splw_text.coding.rules", reason="the rule coder is not there yet")
    from splw_text.codebook import load_codebook

    quality = load_benchmark("redaction_quality")
    texts = [text for text, _ in quality.dev_cases()]
    coder = rules.RuleCoder(load_codebook())
    before = coder.code_texts(texts).drop(columns=["evidence"])
    after = coder.code_texts([redact_text(text) for text in texts]).drop(columns=["evidence"])
    assert before.equals(after)
