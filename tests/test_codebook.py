"""The codebook: the shipped coding frame loads, and bad codebooks fail with one clear line."""

from __future__ import annotations

from pathlib import Path

import pytest

from splw_text.codebook import Codebook, load_codebook, read_codebook_yaml
from splw_text.errors import InputError

FRAME_ORDER = [
    "clinician_understanding",
    "career_progression",
    "training_development",
    "staffing_capacity",
    "it_systems_access",
    "supervision_support",
    "pay_job_security",
    "community_capacity",
    "referral_appropriateness",
    "outcomes_data",
    "wellbeing_burnout",
    "positive_experience",
]

MINIMAL = """\
version: "1.2.3"
name: tiny frame
positive_theme: good
themes:
  - id: money
    name: Money
    definition: pay worries
    colour: "#112233"
    rules:
      - id: money.words
        phrases: [pay, salary]
  - id: good
    name: Good
    definition: positive
    colour: "#445566"
    polarity: positive
    rules:
      - id: good.words
        phrases: [love my job]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "codebook.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def shipped() -> Codebook:
    return load_codebook()


def test_shipped_codebook_has_the_twelve_themes_of_the_frame_in_order(shipped: Codebook) -> None:
    assert shipped.theme_ids == FRAME_ORDER


def test_shipped_codebook_has_a_semantic_version(shipped: Codebook) -> None:
    assert shipped.version.count(".") == 2


def test_non_response_is_not_a_theme(shipped: Codebook) -> None:
    assert "non_response" not in shipped.theme_ids


def test_every_theme_has_a_name_definition_and_hex_colour(shipped: Codebook) -> None:
    for theme in shipped.themes:
        assert theme.name and theme.definition
        assert theme.colour.startswith("#") and len(theme.colour) == 7


def test_colours_are_distinct(shipped: Codebook) -> None:
    colours = [theme.colour.lower() for theme in shipped.themes]
    assert len(set(colours)) == len(colours)


def test_positive_experience_is_the_positive_theme(shipped: Codebook) -> None:
    assert shipped.positive_theme == "positive_experience"
    assert shipped.theme("positive_experience").polarity == "positive"
    assert "positive_experience" not in shipped.concern_theme_ids


def test_theme_lookup_by_id(shipped: Codebook) -> None:
    assert shipped.theme("outcomes_data").name.startswith("Measuring")
    with pytest.raises(KeyError):
        shipped.theme("no_such_theme")


def test_a_minimal_codebook_loads(tmp_path: Path) -> None:
    codebook = load_codebook(write(tmp_path, MINIMAL))
    assert codebook.theme_ids == ["money", "good"]
    assert codebook.version == "1.2.3"


def test_unknown_key_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL.replace("    name: Money\n", "    name: Money\n    colur: red\n"))
    with pytest.raises(InputError, match=r"themes\.0\.colur: unknown key"):
        load_codebook(path)


def test_duplicate_theme_id_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL.replace("  - id: good\n", "  - id: money\n").replace("positive_theme: good\n", ""))
    with pytest.raises(InputError, match="theme id 'money' is used twice"):
        load_codebook(path)


def test_duplicate_rule_id_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL.replace("id: good.words", "id: money.words"))
    with pytest.raises(InputError, match="rule id 'money.words' is used twice"):
        load_codebook(path)


def test_a_pattern_spacy_cannot_compile_is_named(tmp_path: Path) -> None:
    text = MINIMAL.replace(
        "        phrases: [pay, salary]\n",
        "        patterns:\n          - [{LOWERCASE: pay}]\n",
    )
    with pytest.raises(InputError, match=r"themes\.money\.money\.words\.patterns\[0\]: pattern does not compile"):
        load_codebook(write(tmp_path, text))


def test_a_regex_that_does_not_compile_is_named(tmp_path: Path) -> None:
    text = MINIMAL.replace(
        "        phrases: [pay, salary]\n",
        '        patterns:\n          - [{LOWER: {REGEX: "^(pay"}}]\n',
    )
    with pytest.raises(InputError, match="REGEX '\\^\\(pay' does not compile"):
        load_codebook(write(tmp_path, text))


def test_unknown_lexicon_is_an_error(tmp_path: Path) -> None:
    text = MINIMAL.replace("        phrases: [pay, salary]\n", "        phrases: [pay]\n        near: [worries]\n")
    with pytest.raises(InputError, match="unknown lexicon 'worries'"):
        load_codebook(write(tmp_path, text))


def test_a_rule_without_terms_is_an_error(tmp_path: Path) -> None:
    text = MINIMAL.replace("        phrases: [pay, salary]\n", "")
    with pytest.raises(InputError, match="give phrases, exact, patterns or lexicons"):
        load_codebook(write(tmp_path, text))


def test_non_response_cannot_be_a_theme_id(tmp_path: Path) -> None:
    text = MINIMAL.replace("  - id: money\n", "  - id: non_response\n")
    with pytest.raises(InputError, match="reserved"):
        load_codebook(write(tmp_path, text))


def test_positive_theme_must_exist(tmp_path: Path) -> None:
    text = MINIMAL.replace("positive_theme: good", "positive_theme: happy")
    with pytest.raises(InputError, match="positive_theme 'happy' is not a theme id"):
        load_codebook(write(tmp_path, text))


def test_colour_must_be_hex(tmp_path: Path) -> None:
    text = MINIMAL.replace('colour: "#112233"', "colour: blue")
    with pytest.raises(InputError, match=r"themes\.0\.colour"):
        load_codebook(write(tmp_path, text))


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"line \d+\): not valid YAML"):
        load_codebook(write(tmp_path, MINIMAL + "  - id: [unclosed\n"))


def test_a_key_given_twice_is_an_error_naming_the_line(tmp_path: Path) -> None:
    rule = "        phrases: [pay, salary]\n"
    text = MINIMAL.replace(rule, rule + "        phrases: [wage]\n")
    with pytest.raises(InputError, match=r"line \d+\): not valid YAML: duplicate key 'phrases'"):
        load_codebook(write(tmp_path, text))

def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="file not found"):
        load_codebook(tmp_path / "absent.yaml")


def test_words_yaml_1_1_would_read_as_booleans_stay_words(tmp_path: Path) -> None:
    data = read_codebook_yaml(write(tmp_path, "words: [no, on, off, yes, 'n', 1:1]\nflag: true\n"))
    assert data == {"words": ["no", "on", "off", "yes", "n", "1:1"], "flag": True}


def test_numbers_in_phrases_and_patterns_are_words(tmp_path: Path) -> None:
    text = MINIMAL.replace(
        "        phrases: [pay, salary]\n",
        "        phrases: [band 4, 121]\n        patterns:\n          - [{LOWER: {IN: [band]}}, {LOWER: 4}]\n",
    )
    rule = load_codebook(write(tmp_path, text)).theme("money").rules[0]
    assert rule.phrases == ["band 4", "121"]
    assert rule.patterns == [[{"LOWER": {"IN": ["band"]}}, {"LOWER": "4"}]]


def test_lexicons_that_include_themselves_are_an_error(tmp_path: Path) -> None:
    text = MINIMAL + "lexicons:\n  a: {lexicons: [b]}\n  b: {lexicons: [a]}\n"
    with pytest.raises(InputError, match="includes itself"):
        load_codebook(write(tmp_path, text))
