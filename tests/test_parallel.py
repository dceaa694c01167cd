"""Coding in worker processes gives exactly what one process gives, and each process builds its coder once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from splw_text.errors import InputError

TEXTS = [
    "We need more link workers, the caseload is far too high",
    "n/a",
    "No clinical supervision and I feel very alone in the role",
    "I love my job and my team is great",
    "Can't get EMIS access or a smartcard, so I keep paper notes",
    "The pay is poor and my contract ends in March",
    "",
    "Nothing to add",
    "More training please, especially on benefits and debt",
]


@pytest.fixture(scope="module")
def cleaned() -> pd.DataFrame:
    from splw_text.clean import clean_answers

    answers = pd.DataFrame(
        {
            "respondent_id": [f"R{i // 3}" for i in range(len(TEXTS))],
            "question": [("q_help", "q_challenges", "q_other")[i % 3] for i in range(len(TEXTS))],
            "text": TEXTS,
        },
        index=[100 + 7 * i for i in range(len(TEXTS))],  # an index that is not 0..n-1 must be kept
    )
    return clean_answers(answers, redact=True)


def test_two_workers_give_the_codes_of_one_process(cleaned: pd.DataFrame) -> None:
    from splw_text.coding.parallel import code_in_processes

    one = code_in_processes(cleaned, jobs=1)
    two = code_in_processes(cleaned, jobs=2, chunk_size=2)
    pd.testing.assert_frame_equal(two, one)
    assert list(one.index) == list(cleaned.index)


def test_the_chunk_size_does_not_change_the_codes(cleaned: pd.DataFrame) -> None:
    from splw_text.coding.parallel import code_in_processes

    pd.testing.assert_frame_equal(
        code_in_processes(cleaned, jobs=1, chunk_size=1, on_progress=lambda n: None),
        code_in_processes(cleaned, jobs=1),
    )


def test_progress_counts_every_answer_once(cleaned: pd.DataFrame) -> None:
    from splw_text.coding.parallel import code_in_processes

    seen: list[int] = []
    code_in_processes(cleaned, jobs=2, chunk_size=4, on_progress=seen.append)
    assert sorted(seen) == [1, 4, 4]


def test_workers_clean_and_code_into_the_rows_of_the_coded_file(cleaned: pd.DataFrame) -> None:
    from splw_text.coding.parallel import CodingPool

    raw = cleaned[["respondent_id", "question", "text"]]
    with CodingPool(jobs=1) as pool:
        here = pool.coded_answers(raw)
    with CodingPool(jobs=2, chunk_size=3) as pool:
        there = pool.coded_answers(raw)
    pd.testing.assert_frame_equal(there, here)
    assert {"respondent_id", "question", "non_response", "themes", "evidence", "text_redacted"} <= set(here.columns)


def test_the_coder_is_built_once_per_codebook_and_process(tmp_path: Path) -> None:
    from splw_text.codebook import load_codebook
    from splw_text.coding.parallel import cached_coder
    from splw_text.paths import default_codebook_path

    first = cached_coder(load_codebook())
    assert cached_coder(load_codebook()) is first
    edited = tmp_path / "codebook.yaml"
    edited.write_text(default_codebook_path().read_text(encoding="utf-8").replace('version: "', 'version: "9', 1))
    assert cached_coder(load_codebook(edited)) is not first


@pytest.mark.parametrize("jobs", [0, -2])
def test_fewer_than_one_job_is_a_one_line_error(jobs: int) -> None:
    from splw_text.coding.parallel import CodingPool

    with pytest.raises(InputError, match="--jobs must be 1 or more"):
        CodingPool(jobs=jobs)


def test_dev_answers_code_identically_in_two_processes(dev_responses: Path) -> None:
    from splw_text.clean import clean_answers
    from splw_text.coding.parallel import code_in_processes
    from splw_text.config import load_config
    from splw_text.load import load_survey

    answers: Any = clean_answers(load_survey(dev_responses, load_config()).answers)
    pd.testing.assert_frame_equal(code_in_processes(answers, jobs=2, chunk_size=50), code_in_processes(answers))


def test_building_the_coder_in_a_fresh_process_leaves_torch_unimported_but_importable() -> None:
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from splw_text.codebook import load_codebook\n"
        "from splw_text.coding.parallel import cached_coder\n"
        "cached_coder(load_codebook(check_patterns=False))\n"
        "assert 'torch' not in sys.modules, 'torch was imported'\n"
        "import torch\n"
        "print('ok', torch.__name__)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-1000:]
    assert done.stdout.strip() == "ok torch"


TINY_SURVEY = (
    "id,q1,q2,employer,tools\n"
    "1,More link workers please,n/a,PCN,ONS4\n"
    '2,"No EMIS access, ring me on 07700 900123",I feel very alone,VCSE,\n'
    "3,I love my job,The pay is poor and my contract ends soon,PCN,None\n"
)


def test_code_with_two_jobs_writes_the_file_one_process_writes(tmp_path: Path, tiny_config_path: Path) -> None:
    from typer.testing import CliRunner

    from splw_text.cli import app

    survey = tmp_path / "survey.csv"
    survey.write_text(TINY_SURVEY, encoding="utf-8")
    runner = CliRunner()
    for name, extra in (("one.csv", []), ("two.csv", ["--jobs", "2"])):
        result = runner.invoke(app, ["code", str(survey), "--out", str(tmp_path / name), "--config",
                                     str(tiny_config_path), *extra])
        assert result.exit_code == 0, result.output
    assert (tmp_path / "two.csv").read_bytes() == (tmp_path / "one.csv").read_bytes()


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--jobs", "0"], "--jobs must be 1 or more, got 0"),
        (["--master", "local[2]"], "--master goes with --engine spark"),
        (["--engine", "dask"], "--engine: unknown engine 'dask'; choose one of local, spark"),
        (["--engine", "spark", "--jobs", "2"], "--jobs is for the local engine"),
    ],
)
def test_bad_engine_options_are_one_line_errors(tmp_path: Path, options: list[str], message: str) -> None:
    from typer.testing import CliRunner

    from splw_text.cli import app

    survey = tmp_path / "survey.csv"
    survey.write_text(TINY_SURVEY, encoding="utf-8")
    result = CliRunner().invoke(app, ["code", str(survey), "--out", str(tmp_path / "c.csv"), *options])
    assert result.exit_code == 2
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "c.csv").exists()


def test_no_answers_give_codes_with_every_theme_column(cleaned: pd.DataFrame) -> None:
    from splw_text.coding.parallel import code_in_processes

    empty = code_in_processes(cleaned.iloc[:0], jobs=2)
    assert list(empty.columns) == list(code_in_processes(cleaned.head(1)).columns)
    assert empty.empty
