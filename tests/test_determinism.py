"""Same input, config, codebook and seed give byte-identical outputs; coding ignores case and spacing."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from splw_text.cli import app

COMPARED = ["coded_answers.csv", "answers_clean.csv", "tables/theme_frequencies.csv", "tables/crosstab_employer.csv",
            "tables/associations.csv", "topics/topics.csv", "topics/answer_topics.csv"]


def test_two_runs_write_byte_identical_coded_files_tables_and_topics(dev_responses: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    for name in ("first", "second"):
        result = runner.invoke(app, ["run", str(dev_responses), "--out", str(tmp_path / name), "--seed", "7"])
        assert result.exit_code == 0, result.output
    differing = [f for f in COMPARED if (tmp_path / "first" / f).read_bytes() != (tmp_path / "second" / f).read_bytes()]
    assert differing == []


@pytest.fixture(scope="module")
def coder():  # type: ignore[no-untyped-def]
    from splw_text.codebook import load_codebook
    from splw_text.coding.rules import RuleCoder

    return RuleCoder(load_codebook())


# Fresh phrases written for this test, one or more themes each, none taken from the dev corpus.
PHRASES = [
    "the doctors have no idea what a link worker is for",
    "stuck at the top of my band with no senior posts anywhere",
    "would love funded courses on trauma",
    "my caseload has doubled and the waiting list is months long",
    "still no smartcard so I cannot open the patient record",
    "nobody supervises me and I work on my own",
    "the contract ends in march and nobody can say if it will be renewed",
    "the local groups have all closed so there is nowhere to refer",
    "honestly I really enjoy this job",
    "the paperwork for outcome measures takes hours",
]


@settings(max_examples=40)
@given(
    st.lists(st.sampled_from(PHRASES), min_size=1, max_size=3),
    st.sampled_from([str.lower, str.upper, str.title, str.capitalize]),
    st.sampled_from(["", " ", "  \t", "\n", " \n  "]),
)
def test_coding_is_invariant_to_letter_case_and_surrounding_whitespace(coder, phrases, case, padding) -> None:  # type: ignore[no-untyped-def]
    text = ". ".join(phrases)
    plain = coder.code_texts([text]).drop(columns=["evidence"]).iloc[0].to_dict()
    varied = coder.code_texts([padding + case(text) + padding]).drop(columns=["evidence"]).iloc[0].to_dict()
    assert varied == plain
