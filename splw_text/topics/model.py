"""TopicModel: BERTopic with survey-sized defaults and swappable stages, fit/transform conventions.

Stages (each swappable, as BERTopic allows): embeddings (``embeddings.py`` backends, cached on disk) ->
reduction (``reducer``: PCA by default, UMAP or none) -> clustering (HDBSCAN with cluster sizes that scale
with the corpus) -> topic words (c-TF-IDF over 1-2 word n-grams, English and survey stop words) -> outlier
reduction (outliers joined to the nearest topic when similar enough) -> optional merge down to
``max_topics``. Seed topics (guided BERTopic) pull answers towards the codebook's themes.

Same texts, same parameters and same seed give the same topics: embeddings come from the cache, every
random stage is seeded, and ties are broken by position.
"""

from __future__ import annotations

import importlib.abc
import logging
import math
import re
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from splw_text.topics.embeddings import EmbeddingBackend, embed, make_backend

# The fastest backend whose NMI against the dev gold themes is within 0.03 of the best (benchmarks/
# topics_quality.py): tfidf 0.217, minilm 0.241, static 0.141.
DEFAULT_BACKEND = "tfidf"
OUTLIER = -1

# Words that say nothing about a topic in survey answers.
SURVEY_STOP_WORDS = frozenset([
    "really", "just", "like", "also", "lot", "lots", "things", "thing", "etc", "would", "could", "get", "got",
    "bit", "quite", "much", "many", "able", "make", "way", "know", "think", "need", "needs", "needed", "want",
    "feel", "use", "used", "sure", "yes", "maybe", "perhaps", "even", "still", "always", "often", "every",
    # what is left of contractions once the apostrophe splits them ("I've", "don't", "can't")
    "ve", "ll", "re", "don", "didn", "doesn", "isn", "wasn", "aren", "won", "wouldn", "couldn", "shouldn",
    "haven", "hasn", "cant", "dont", "im", "ive", "id",
])
_PLACEHOLDER = re.compile(r"\[[A-Z][A-Z_]*\]")


def topic_word_preprocessor(text: str) -> str:
    """Lower-case ``text`` and drop redaction placeholders ([NAME], [NHS_NUMBER]...) before counting words."""
    return _PLACEHOLDER.sub(" ", text).lower()


@dataclass
class TopicSummary:
    """The topics of a fitted model: one row per topic, and each answer's topic.

    ``topics`` columns: ``topic`` (int, -1 = outliers), ``size``, ``label``, ``top_words`` (str, ", "),
    ``representative`` (list of up to three row positions into the fitted texts, nearest the centre first).
    """

    topics: pd.DataFrame
    assignments: np.ndarray


class _BlockModules(importlib.abc.MetaPathFinder):
    """Makes ``import NAME`` fail for a few heavy optional packages while BERTopic is imported.

    BERTopic imports torch and transformers (optional representation models) and umap (plotting) at import
    time: about 10 s and, for umap, numba compilation. None of them is needed unless the minilm backend or
    the umap reducer is chosen, and those import them themselves afterwards.
    """

    def __init__(self, names: Sequence[str]) -> None:
        self.names = frozenset(names)

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> None:
        if fullname.split(".")[0] in self.names:
            raise ModuleNotFoundError(f"No module named {fullname!r}", name=fullname)
        return None


@contextmanager
def without_heavy_imports() -> Iterator[None]:
    """Inside the block, importing torch, transformers, sentence_transformers, umap or spacy fails (unless
    already imported): libraries that try them for optional features carry on without."""
    blocker = _BlockModules(["torch", "transformers", "sentence_transformers", "umap", "spacy"])
    sys.meta_path.insert(0, blocker)
    try:
        yield
    finally:
        sys.meta_path.remove(blocker)


def import_bertopic() -> Any:
    """Return the BERTopic class, imported without torch, transformers or umap when they are not loaded."""
    if "bertopic" not in sys.modules:
        with without_heavy_imports():
            import bertopic  # noqa: F401
    from bertopic import BERTopic

    return BERTopic


def distinct_words(words: Sequence[str], count: int) -> list[str]:
    """The first ``count`` of ``words`` (topic words, best first) that share no word with one kept before:
    "crisis, people crisis, safeguarding" becomes "crisis, safeguarding"."""
    kept: list[str] = []
    seen: set[str] = set()
    for term in words:
        parts = set(term.split())
        if parts & seen:
            continue
        kept.append(term)
        seen |= parts
        if len(kept) == count:
            break
    return kept


def default_min_topic_size(n_texts: int) -> int:
    """Smallest topic for a corpus of ``n_texts`` answers: 1% of the answers, at least 8, at most 1,000."""
    return int(min(1000, max(8, math.ceil(0.01 * n_texts))))


def numba_cache_dir() -> Path:
    """Folder where numba keeps compiled UMAP functions between processes (under the splw-text cache)."""
    from splw_text.topics.embeddings import default_cache_dir

    return default_cache_dir().parent / "numba"


class TopicModel:
    """Discover topics in answers with BERTopic.

    Parameters are plain values (scikit-learn style); fitted attributes end in ``_``.

    - ``backend``: embedding backend name (``tfidf``, the default, ``static`` or ``minilm``).
    - ``reducer``: ``pca`` (no compilation), ``umap`` (BERTopic's stock reducer) or ``none``.
    - ``n_components``: dimensions after reduction.
    - ``min_topic_size``: smallest topic; None scales it with the corpus (``default_min_topic_size``).
    - ``seed_topics``: lists of seed words, one list per known theme (guided topic modelling), or None.
    - ``outlier_threshold``: an outlier joins its most similar topic when the cosine similarity of its
      embedding to the topic's centre reaches this; None keeps every outlier.
    - ``max_topics``: merge similar topics until at most this many remain (None: no limit).
    - ``seed``: seeds every random stage.
    - ``cache_dir``: embeddings cache (None: ``~/.cache/splw-text/embeddings`` or $SPLW_TEXT_CACHE).
    """

    def __init__(
        self,
        backend: str = DEFAULT_BACKEND,
        reducer: str = "pca",
        n_components: int = 10,
        clusterer: str = "kmeans",
        min_topic_size: int | None = None,
        seed_topics: Sequence[Sequence[str]] | None = None,
        outlier_threshold: float | None = 0.3,
        max_topics: int | None = 30,
        top_n_words: int = 10,
        seed: int = 42,
        cache_dir: Path | str | None = None,
        use_cache: bool = True,
    ) -> None:
        self.backend = backend
        self.reducer = reducer
        self.n_components = n_components
        self.clusterer = clusterer
        self.min_topic_size = min_topic_size
        self.seed_topics = seed_topics
        self.outlier_threshold = outlier_threshold
        self.max_topics = max_topics
        self.top_n_words = top_n_words
        self.seed = seed
        self.cache_dir = cache_dir
        self.use_cache = use_cache

    # --- stages -----------------------------------------------------------------------------------

    def _make_reducer(self, n_texts: int) -> Any:
        components = max(2, min(self.n_components, n_texts - 2))
        if self.reducer == "pca":
            from sklearn.decomposition import PCA

            return PCA(n_components=components, random_state=self.seed)
        if self.reducer == "umap":
            import os

            # umap's own functions are not cached, but pynndescent's are: keep them between runs.
            os.environ.setdefault("NUMBA_CACHE_DIR", str(numba_cache_dir()))
            from umap import UMAP

            return UMAP(
                n_neighbors=min(15, n_texts - 1), n_components=components, min_dist=0.0, metric="cosine",
                random_state=self.seed,
            )
        if self.reducer == "none":
            from bertopic.dimensionality import BaseDimensionalityReduction

            return BaseDimensionalityReduction()
        raise ValueError(f"unknown reducer {self.reducer!r}: choose pca, umap or none")

    def _make_clusterer(self, n_texts: int) -> Any:
        size = self.min_topic_size or default_min_topic_size(n_texts)
        size = max(2, min(size, n_texts // 2))
        if self.clusterer == "kmeans":
            from sklearn.cluster import KMeans

            return KMeans(n_clusters=self._n_clusters(n_texts, size), random_state=self.seed, n_init=4)
        if self.clusterer == "agglomerative":
            from sklearn.cluster import AgglomerativeClustering

            return AgglomerativeClustering(n_clusters=self._n_clusters(n_texts, size), linkage="ward")
        from hdbscan import HDBSCAN

        # Fewer core samples than the cluster size: fewer answers left as outliers.
        return HDBSCAN(
            min_cluster_size=size, min_samples=max(2, size // 2), metric="euclidean",
            cluster_selection_method="eom", prediction_data=False, core_dist_n_jobs=1,
        )

    def _n_clusters(self, n_texts: int, size: int) -> int:
        # sqrt(n) topics (18 for 322 answers), no topic below the smallest size, at most max_topics.
        return int(max(2, min(self.max_topics or 30, n_texts // size, round(math.sqrt(n_texts)))))

    def _make_vectorizer(self, n_texts: int) -> Any:
        from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, CountVectorizer

        return CountVectorizer(
            preprocessor=topic_word_preprocessor,
            stop_words=sorted(ENGLISH_STOP_WORDS | SURVEY_STOP_WORDS),
            ngram_range=(1, 2),
            token_pattern=r"(?u)\b[^\W\d_][^\W\d_]+\b",
            # c-TF-IDF fits this on one document per topic: document frequencies count topics, not answers.
            min_df=1,
        )

    # --- fit / transform --------------------------------------------------------------------------

    def fit(self, texts: Sequence[str]) -> TopicModel:
        """Fit on ``texts`` (the answers to model, non-responses already left out); return self."""
        self.fit_transform(texts)
        return self

    def fit_transform(self, texts: Sequence[str]) -> np.ndarray:
        """Fit on ``texts`` and return each text's topic id (-1: an outlier no topic took in)."""
        texts = [str(text) for text in texts]
        if len(texts) < 10:
            raise ValueError(f"topic discovery needs at least 10 answers, got {len(texts)}")
        BERTopic = import_bertopic()
        from bertopic.backend import BaseEmbedder
        from bertopic.vectorizers import ClassTfidfTransformer

        np.random.seed(self.seed)
        backend = make_backend(self.backend, seed=self.seed).fit(texts)
        embeddings = embed(texts, backend, cache_dir=self.cache_dir, use_cache=self.use_cache)
        self.embedder_: EmbeddingBackend = backend
        self.embeddings_ = embeddings

        class _Embedder(BaseEmbedder):
            def embed(self, documents: list[str], verbose: bool = False) -> np.ndarray:
                return embed(documents, backend, use_cache=False)

        n_texts = len(texts)
        seed_topics = [list(words) for words in self.seed_topics or [] if words]
        model = BERTopic(
            embedding_model=_Embedder(),
            umap_model=self._make_reducer(n_texts),
            hdbscan_model=self._make_clusterer(n_texts),
            vectorizer_model=self._make_vectorizer(n_texts),
            ctfidf_model=ClassTfidfTransformer(reduce_frequent_words=True),
            top_n_words=self.top_n_words,
            seed_topic_list=seed_topics or None,
            calculate_probabilities=False,
        )
        # BERTopic warns on every update_topics call that reassigning topics is advanced use: we mean it.
        logging.getLogger("BERTopic").setLevel(logging.ERROR)
        # Guided modelling nudges the embeddings in place: give BERTopic a copy of the cached vectors.
        topics = np.asarray(model.fit_transform(texts, embeddings.copy())[0])

        if self.outlier_threshold is not None and (topics == OUTLIER).any() and (topics != OUTLIER).any():
            topics = self._join_outliers(topics, embeddings)
            model.update_topics(texts, topics=topics.tolist(), vectorizer_model=self._make_vectorizer(n_texts),
                                ctfidf_model=ClassTfidfTransformer(reduce_frequent_words=True),
                                top_n_words=self.top_n_words)
        n_found = len(set(topics.tolist()) - {OUTLIER})
        if self.max_topics is not None and n_found > self.max_topics:
            model.reduce_topics(texts, nr_topics=self.max_topics + int((topics == OUTLIER).any()))
            topics = np.asarray(model.topics_)
        topics = self._renumber_by_size(model, texts, topics)
        self.model_ = model
        self.texts_ = texts
        self.topics_ = topics
        self.centroids_ = self._centroids(topics, embeddings)
        return topics

    def _join_outliers(self, topics: np.ndarray, embeddings: np.ndarray) -> np.ndarray:
        centroids = self._centroids(topics, embeddings)
        ids = sorted(centroids)
        matrix = np.vstack([centroids[i] for i in ids])
        outliers = np.flatnonzero(topics == OUTLIER)
        similarity = embeddings[outliers] @ matrix.T
        best = similarity.argmax(axis=1)
        joined = topics.copy()
        keep = similarity[np.arange(len(outliers)), best] >= float(self.outlier_threshold or 0.0)
        joined[outliers[keep]] = np.asarray(ids)[best[keep]]
        return joined

    @staticmethod
    def _centroids(topics: np.ndarray, embeddings: np.ndarray) -> dict[int, np.ndarray]:
        centroids: dict[int, np.ndarray] = {}
        for topic in sorted(set(topics.tolist()) - {OUTLIER}):
            centre = embeddings[topics == topic].mean(axis=0)
            norm = float(np.linalg.norm(centre))
            centroids[topic] = centre / norm if norm else centre
        return centroids

    @staticmethod
    def _renumber_by_size(model: Any, texts: list[str], topics: np.ndarray) -> np.ndarray:
        """Number topics 0, 1, ... from the largest (ties: first answer first), as BERTopic does on fit."""
        found = [t for t in dict.fromkeys(topics.tolist()) if t != OUTLIER]
        sizes = {t: int((topics == t).sum()) for t in found}
        order = sorted(found, key=lambda t: (-sizes[t], int(np.argmax(topics == t))))
        mapping = {old: new for new, old in enumerate(order)}
        mapping[OUTLIER] = OUTLIER
        renumbered = np.asarray([mapping[t] for t in topics.tolist()])
        if not np.array_equal(renumbered, topics):
            model.update_topics(texts, topics=renumbered.tolist(), vectorizer_model=model.vectorizer_model,
                                ctfidf_model=model.ctfidf_model, top_n_words=model.top_n_words)
        return renumbered

    def transform(self, texts: Sequence[str]) -> np.ndarray:
        """Return the topic of each of ``texts``: the topic whose centre is most similar (cosine)."""
        self._check_fitted()
        vectors = embed([str(t) for t in texts], self.embedder_, cache_dir=self.cache_dir,
                        use_cache=self.use_cache)
        ids = sorted(self.centroids_)
        matrix = np.vstack([self.centroids_[i] for i in ids])
        return np.asarray(ids)[(vectors @ matrix.T).argmax(axis=1)]

    def _check_fitted(self) -> None:
        if not hasattr(self, "model_"):
            raise RuntimeError("TopicModel is not fitted: call fit or fit_transform first")

    # --- reading the result -----------------------------------------------------------------------

    def summary(self, n_representative: int = 3, n_label_words: int = 3) -> TopicSummary:
        """Return the topics (size, label, top words, representative answers) and each answer's topic."""
        self._check_fitted()
        rows = []
        for topic in sorted(set(self.topics_.tolist())):
            members = np.flatnonzero(self.topics_ == topic)
            words = [word for word, _ in (self.model_.get_topic(topic) or []) if word]
            if topic == OUTLIER:
                label = "Outliers (no topic)"
                representative: list[int] = []
            else:
                label = ", ".join(distinct_words(words, n_label_words))
                representative = self._representative(members, n_representative)
            rows.append({
                "topic": int(topic),
                "size": int(len(members)),
                "label": label,
                "top_words": ", ".join(words),
                "representative": representative,
            })
        frame = pd.DataFrame(rows, columns=["topic", "size", "label", "top_words", "representative"])
        return TopicSummary(frame, self.topics_.copy())

    def _representative(self, members: np.ndarray, count: int) -> list[int]:
        """Positions of the ``count`` member answers nearest the topic centre, distinct texts only."""
        centre = self.embeddings_[members].mean(axis=0)
        similarity = self.embeddings_[members] @ centre
        order = members[np.lexsort((members, -similarity))]
        chosen: list[int] = []
        seen: set[str] = set()
        for position in order.tolist():
            text = self.texts_[position].strip().casefold()
            if text in seen:
                continue
            seen.add(text)
            chosen.append(int(position))
            if len(chosen) == count:
                break
        return chosen
