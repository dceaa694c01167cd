"""TopicModel: survey-sized defaults, reproducible topics, summaries and transform."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from topics_fixtures import corpus, noise

from splw_text.topics.model import TopicModel, default_min_topic_size, distinct_words, topic_word_preprocessor

pytestmark = pytest.mark.slow  # fits BERTopic


def test_the_smallest_topic_grows_with_the_corpus() -> None:
    sizes = [default_min_topic_size(n) for n in (300, 1_000, 10_000, 100_000, 1_000_000)]
    assert sizes == sorted(sizes) and sizes[0] == 8 and sizes[-1] == 1000


def test_placeholders_do_not_become_topic_words() -> None:
    assert topic_word_preprocessor("Ask [NAME] at [NHS_NUMBER] about EMIS").split() == ["ask", "at", "about", "emis"]


def test_the_same_texts_and_seed_give_the_same_topics(tmp_path: Path) -> None:
    texts, _ = corpus()
    runs = []
    for _ in range(2):
        model = TopicModel(backend="tfidf", seed=7, cache_dir=tmp_path)
        topics = model.fit_transform(texts)
        runs.append((topics, model.summary().topics[["topic", "size", "label", "top_words"]]))
    np.testing.assert_array_equal(runs[0][0], runs[1][0])
    assert runs[0][1].equals(runs[1][1])


def test_topics_follow_the_subjects_of_a_clear_corpus(tmp_path: Path) -> None:
    from sklearn.metrics import adjusted_rand_score

    texts, subjects = corpus()
    model = TopicModel(backend="static", seed=1, cache_dir=tmp_path, max_topics=3)
    topics = model.fit_transform(texts)
    assert adjusted_rand_score(subjects, topics) > 0.5


def test_topics_are_numbered_from_the_largest(tmp_path: Path) -> None:
    texts, _ = corpus()
    topics = TopicModel(backend="tfidf", cache_dir=tmp_path).fit_transform(texts)
    sizes = [int((topics == t).sum()) for t in sorted(set(topics.tolist()) - {-1})]
    assert sizes == sorted(sizes, reverse=True)


def test_the_summary_lists_every_topic_with_words_and_member_quotes(tmp_path: Path) -> None:
    texts, _ = corpus()
    model = TopicModel(backend="tfidf", cache_dir=tmp_path)
    topics = model.fit_transform(texts)
    summary = model.summary().topics
    assert list(summary.columns) == ["topic", "size", "label", "top_words", "representative"]
    assert summary["size"].sum() == len(texts)
    for row in summary.itertuples():
        assert row.top_words and row.label
        assert 1 <= len(row.representative) <= 3
        assert all(topics[i] == row.topic for i in row.representative)
        assert len({texts[i] for i in row.representative}) == len(row.representative)


def test_transform_puts_a_new_answer_in_the_topic_of_its_subject(tmp_path: Path) -> None:
    texts, subjects = corpus()
    model = TopicModel(backend="tfidf", cache_dir=tmp_path, max_topics=3)
    topics = model.fit_transform(texts)
    it_topic = np.bincount(topics[np.array(subjects) == "it_systems_access"]).argmax()
    assert model.transform(["my smartcard and emis login do not work"])[0] == it_topic


def test_hdbscan_with_outlier_reduction_leaves_fewer_outliers(tmp_path: Path) -> None:
    texts, _ = corpus(per_subject=40)
    texts += noise(20)
    kept = TopicModel(backend="tfidf", clusterer="hdbscan", outlier_threshold=None, cache_dir=tmp_path)
    joined = TopicModel(backend="tfidf", clusterer="hdbscan", outlier_threshold=0.0, cache_dir=tmp_path)
    before = int((kept.fit_transform(texts) == -1).sum())
    after = int((joined.fit_transform(texts) == -1).sum())
    assert before > 0 and after < before


def test_too_few_answers_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="at least 10 answers"):
        TopicModel(backend="tfidf").fit(["one", "two"])


def test_transform_before_fit_is_an_error() -> None:
    with pytest.raises(RuntimeError, match="not fitted"):
        TopicModel().transform(["x"])


def test_labels_skip_words_already_said() -> None:
    assert distinct_words(["crisis", "people crisis", "safeguarding", "remit"], 3) == ["crisis", "safeguarding",
                                                                                      "remit"]


def test_the_default_pipeline_loads_neither_torch_nor_numba(tmp_path: Path) -> None:
    import subprocess
    import sys

    script = (
        "import sys\n"
        f"sys.path.insert(0, {str(Path(__file__).parent)!r})\n"
        "from topics_fixtures import corpus\n"
        "from splw_text.topics.model import TopicModel\n"
        f"TopicModel(cache_dir={str(tmp_path)!r}).fit_transform(corpus()[0])\n"
        "print(*[name in sys.modules for name in ('torch', 'transformers', 'umap', 'numba')])\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False"] * 4
