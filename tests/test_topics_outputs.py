"""discover_topics and the files of DIR/topics/: topics.csv, answer_topics.csv, topics_by_*.csv, model/."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest
from topics_fixtures import SUBJECTS, corpus

from splw_text.topics import ANSWER_TOPIC_COLUMNS, TOPIC_COLUMNS, discover_topics, write_topic_outputs

pytestmark = pytest.mark.slow  # fits BERTopic

THEME_IDS = list(SUBJECTS)
CODEBOOK = SimpleNamespace(
    themes=[SimpleNamespace(id=t, name=t.replace("_", " "), definition="", rules=[]) for t in THEME_IDS],
    theme_ids=THEME_IDS,
)


def survey_tables(per_subject: int = 30) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(answers_clean, codes aligned with it, respondents): one answer per respondent, two non-responses."""
    texts, subjects = corpus(per_subject)
    texts += ["n/a", "nothing to add"]
    subjects += ["", ""]
    ids = [f"R{i:03d}" for i in range(len(texts))]
    answers = pd.DataFrame({
        "respondent_id": ids,
        "question": "q1",
        "text_clean": texts,
        "text_redacted": [t.replace("emis", "emis [NAME]") for t in texts],
        "non_response": [not s for s in subjects],
    })
    codes = pd.DataFrame({t: [s == t for s in subjects] for t in THEME_IDS})
    respondents = pd.DataFrame({
        "respondent_id": ids,
        "employer": pd.Categorical(["PCN" if i % 10 else "VCSE" for i in range(len(ids))],
                                   categories=["PCN", "VCSE"], ordered=True),
        "tools": ["ONS4;WEMWBS" if i % 2 else "ONS4" for i in range(len(ids))],
    })
    return answers, codes, respondents


def test_topics_have_the_columns_the_report_reads(tmp_path: Path) -> None:
    answers, codes, _ = survey_tables()
    result = discover_topics(answers, codes, CODEBOOK, backend="tfidf", cache_dir=tmp_path)
    assert list(result.topics.columns) == TOPIC_COLUMNS
    assert result.topics["emergent"].dtype == bool
    for quotes in result.topics["representative_answers"]:
        assert isinstance(quotes, list) and 1 <= len(quotes) <= 3 and all(isinstance(q, str) for q in quotes)


def test_non_responses_are_left_out(tmp_path: Path) -> None:
    answers, codes, _ = survey_tables()
    result = discover_topics(answers, codes, CODEBOOK, backend="tfidf", cache_dir=tmp_path)
    assert list(result.answer_topics.columns) == ANSWER_TOPIC_COLUMNS
    assert len(result.answer_topics) == len(answers) - 2
    assert result.topics["size"].sum() == len(answers) - 2


def test_quotes_come_from_the_redacted_text(tmp_path: Path) -> None:
    answers, codes, _ = survey_tables()
    result = discover_topics(answers, codes, CODEBOOK, backend="tfidf", cache_dir=tmp_path)
    quotes = [q for quotes in result.topics["representative_answers"] for q in quotes]
    redacted = set(answers["text_redacted"])
    assert all(q in redacted for q in quotes)
    assert not any("name" in words.split(", ") for words in result.topics["top_words"])


def test_topics_of_coded_subjects_map_to_their_theme(tmp_path: Path) -> None:
    answers, codes, _ = survey_tables()
    result = discover_topics(answers, codes, CODEBOOK, backend="tfidf", cache_dir=tmp_path, max_topics=3)
    assert set(result.topics["theme"]) == set(THEME_IDS)
    assert not result.topics["emergent"].any()


def test_a_subject_the_codebook_lacks_surfaces_as_an_emergent_topic(tmp_path: Path) -> None:
    answers, codes, _ = survey_tables()
    result = discover_topics(answers, codes.drop(columns=["pay_job_security"]), CODEBOOK, backend="tfidf",
                             cache_dir=tmp_path, exclude_themes=["pay_job_security"], max_topics=3)
    emergent = result.topics[result.topics["emergent"]]
    assert len(emergent) == 1
    words = emergent.iloc[0]["top_words"]
    assert any(word in words for word in ("pay", "salary", "funding", "wages", "contract"))


def test_without_codes_topics_are_found_but_not_mapped(tmp_path: Path) -> None:
    answers, _, _ = survey_tables()
    result = discover_topics(answers, None, CODEBOOK, backend="tfidf", cache_dir=tmp_path)
    assert len(result.topics) > 1 and (result.topics["theme"] == "").all()


def test_too_few_answers_give_empty_tables_and_no_model(tmp_path: Path) -> None:
    answers, codes, respondents = survey_tables()
    result = discover_topics(answers.head(5), codes.head(5), CODEBOOK, backend="tfidf", cache_dir=tmp_path)
    assert result.model is None and result.topics.empty and result.answer_topics.empty
    from splw_text.config import SurveyConfig

    config = SurveyConfig(name="t", id_column="id", questions=[{"column": "q1", "text": "?"}])
    written = write_topic_outputs(result, respondents, config, tmp_path / "out")
    assert pd.read_csv(tmp_path / "out" / "topics" / "topics.csv").empty
    assert all(path.is_file() for path in written)


@pytest.fixture
def written(tmp_path: Path, tiny_config) -> Path:  # type: ignore[no-untyped-def]
    answers, codes, respondents = survey_tables()
    result = discover_topics(answers, codes, CODEBOOK, backend="tfidf", cache_dir=tmp_path / "cache")
    config = tiny_config.model_copy(update={"indicators": [
        tiny_config.indicators[0], tiny_config.indicators[1].model_copy(update={"column": "tools"})
    ]})
    write_topic_outputs(result, respondents, config, tmp_path / "out")
    return tmp_path / "out" / "topics"


def test_topics_csv_has_one_column_per_quote_and_emergent_as_0_1(written: Path) -> None:
    topics = pd.read_csv(written / "topics.csv")
    assert list(topics.columns) == [
        "topic", "size", "label", "top_words", "representative_answer_1", "representative_answer_2",
        "representative_answer_3", "theme", "theme_share", "emergent",
    ]
    assert set(topics["emergent"]) <= {0, 1}


def test_answer_topics_csv_names_each_answer_and_its_topic(written: Path) -> None:
    answer_topics = pd.read_csv(written / "answer_topics.csv")
    assert list(answer_topics.columns) == ["respondent_id", "question", "topic"]
    assert len(answer_topics) == 90


def test_topics_by_indicator_suppresses_small_cells(written: Path) -> None:
    table = pd.read_csv(written / "topics_by_employer.csv", keep_default_na=False)
    assert list(table.columns) == ["level", "topic", "answers", "share_of_level", "words", "suppressed"]
    assert list(dict.fromkeys(table["level"])) == ["PCN", "VCSE"]
    small = table[table["suppressed"] == 1]
    assert len(small) > 0 and (small["answers"] == "").all() and (small["words"] == "").all()
    shown = table[table["suppressed"] == 0]
    assert (pd.to_numeric(shown["answers"]) >= 5).all()


def test_multi_select_indicators_get_a_row_per_level(written: Path) -> None:
    table = pd.read_csv(written / "topics_by_tools.csv")
    assert set(table["level"]) == {"ONS4", "WEMWBS"}


def test_the_model_is_saved_with_safetensors(written: Path) -> None:
    model = written / "model"
    assert (model / "topic_embeddings.safetensors").is_file() and (model / "ctfidf.safetensors").is_file()
    assert json.loads((model / "splw_text.json").read_text())["backend"] == "tfidf"
    from splw_text.topics.model import import_bertopic

    BERTopic = import_bertopic()
    from bertopic.backend import BaseEmbedder

    # The saved pointer names the splw-text backend; hand BERTopic an embedder so it looks nothing up.
    loaded = BERTopic.load(str(model), embedding_model=BaseEmbedder())
    topics = pd.read_csv(written / "topics.csv")
    assert sorted(loaded.get_topic_info()["Topic"]) == sorted(topics["topic"])
