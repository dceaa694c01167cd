"""``splw-text topics INPUT --out DIR`` end to end on a small survey the test writes."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from topics_fixtures import corpus
from typer.testing import CliRunner

from splw_text.cli import app

pytestmark = pytest.mark.slow  # fits BERTopic


def write_survey(folder: Path) -> tuple[Path, Path]:
    """A tiny-config survey export (one answer per respondent) and a gold-format codes file for it."""
    texts, subjects = corpus(per_subject=25)
    ids = [f"R{i:03d}" for i in range(len(texts))]
    export = pd.DataFrame({
        "id": ids, "q1": texts, "q2": ["n/a"] * len(texts),
        "employer": ["PCN" if i % 3 else "VCSE" for i in range(len(texts))],
        "tools": ["ONS4"] * len(texts),
    })
    survey = folder / "survey.csv"
    export.to_csv(survey, index=False)
    codes = pd.DataFrame({"respondent_id": ids, "question": "q1", "non_response": 0, "themes": subjects})
    codes_path = folder / "codes.csv"
    codes.to_csv(codes_path, index=False)
    return survey, codes_path


def test_topics_writes_the_topic_files(tmp_path: Path, tiny_config_path: Path) -> None:
    survey, codes = write_survey(tmp_path)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, [
        "topics", str(survey), "--out", str(out), "--config", str(tiny_config_path), "--codes", str(codes),
        "--embeddings", "tfidf", "--cache-dir", str(tmp_path / "cache"),
    ])
    assert result.exit_code == 0, result.output
    assert "topics" in result.output and "wrote" in result.output
    for name in ("topics.csv", "answer_topics.csv", "topics_by_employer.csv", "topics_by_tools.csv"):
        assert (out / "topics" / name).is_file(), name
    topics = pd.read_csv(out / "topics" / "topics.csv")
    assert set(topics["theme"]) == {"it_systems_access", "pay_job_security", "staffing_capacity"}
    answer_topics = pd.read_csv(out / "topics" / "answer_topics.csv")
    assert len(answer_topics) == 75 and set(answer_topics["question"]) == {"q1"}


def test_an_unknown_backend_is_a_one_line_error(tmp_path: Path, tiny_config_path: Path) -> None:
    survey, _ = write_survey(tmp_path)
    result = CliRunner().invoke(app, [
        "topics", str(survey), "--out", str(tmp_path / "out"), "--config", str(tiny_config_path),
        "--embeddings", "word2vec",
    ])
    assert result.exit_code == 2
    assert "unknown backend 'word2vec'" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "out").exists()
