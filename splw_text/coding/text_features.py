"""Text features for the supervised coder: word and character n-gram TF-IDF, optionally sentence embeddings
and the question each answer was given to (an indicator per question, and the answer's words tagged with it).

``TextFeatures`` follows scikit-learn conventions (``fit`` / ``transform``, plain constructor parameters)
and can be turned into plain arrays (``to_arrays``) and rebuilt from them (``from_arrays``) so that a
trained model is stored without pickle (see ``splw_text.coding.model_store``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import numpy as np
from scipy import sparse

EMBEDDING_BACKENDS = ("static", "minilm")
_WORD = re.compile(r"\w+")


class TextFeatures:
    """Word n-grams + character n-grams (TF-IDF, sublinear tf), plus an optional embedding block.

    ``embeddings`` names a pretrained backend of ``splw_text.topics.embeddings`` ("static" or "minilm"),
    or None for n-grams only; ``embedding_weight`` scales that block against the unit-length TF-IDF rows.
    ``question_weight`` (0: off) adds an indicator column per question seen in training, and
    ``question_word_weight`` (0: off) a TF-IDF block of the answer's words tagged with its question, so that a
    word can mean one theme under one question and another under the next ("Nothing" to "What was good?" is
    not "Nothing" to "How could we improve?"). Either needs ``questions`` in ``fit`` and ``transform``; a
    question not seen in training gives zeros in both blocks.
    """

    def __init__(
        self,
        word_ngrams: tuple[int, int] = (1, 2),
        char_ngrams: tuple[int, int] = (2, 5),
        min_df: int = 1,
        embeddings: str | None = None,
        embedding_weight: float = 1.0,
        question_weight: float = 0.0,
        question_word_weight: float = 0.0,
    ) -> None:
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.min_df = min_df
        self.embeddings = embeddings
        self.embedding_weight = embedding_weight
        self.question_weight = question_weight
        self.question_word_weight = question_word_weight
        self.embedding_dim_ = 0
        self.question_vocabulary_: list[str] = []
        self.question_words_: Any = None

    @property
    def uses_questions(self) -> bool:
        """Whether ``fit`` and ``transform`` need the question of each text."""
        return bool(self.question_weight) or bool(self.question_word_weight)

    # --- scikit-learn interface ------------------------------------------------------------------

    def fit(self, texts: Sequence[str], questions: Sequence[str] | None = None) -> TextFeatures:
        """Learn the vocabularies and IDF weights from ``texts`` (and their ``questions`` when used)."""
        if self.embeddings is not None and self.embeddings not in EMBEDDING_BACKENDS:
            raise ValueError(f"embeddings must be one of {EMBEDDING_BACKENDS} or None, not {self.embeddings!r}")
        texts = list(texts)
        self.embedding_dim_ = 0
        min_df = self.min_df if len(texts) >= 10 * self.min_df else 1
        self.word_ = self._word_vectorizer(min_df=min_df).fit(texts)
        self.char_ = self._char_vectorizer(min_df=min_df).fit(texts)
        self.question_vocabulary_ = []
        self.question_words_ = None
        if self.uses_questions:
            keys = _question_keys(checked_questions(questions, len(texts)))
            self.question_vocabulary_ = sorted(set(keys))
            if self.question_word_weight:
                self.question_words_ = self._question_word_vectorizer(min_df=min_df).fit(_tagged_words(texts, keys))
        return self

    def transform(
        self, texts: Sequence[str], embedded: np.ndarray | None = None, questions: Sequence[str] | None = None
    ) -> sparse.csr_matrix:
        """Return the feature matrix of ``texts`` (one row per text).

        ``embedded`` passes embeddings computed beforehand (one row per text); otherwise they are computed
        with the named backend when ``embeddings`` is set. ``questions`` (one per text) is needed when the
        question blocks are on.
        """
        texts = list(texts)
        blocks = [self.word_.transform(texts), self.char_.transform(texts)]
        if self.uses_questions:
            keys = _question_keys(checked_questions(questions, len(texts)))
            if self.question_weight:
                blocks.append(self._question_indicators(keys) * self.question_weight)
            if self.question_word_weight:
                blocks.append(self.question_words_.transform(_tagged_words(texts, keys)) * self.question_word_weight)
        if self.embeddings is not None:
            vectors = embedded if embedded is not None else embed_texts(texts, self.embeddings)
            if self.embedding_dim_ and vectors.shape[1] != self.embedding_dim_:
                raise ValueError(f"embeddings have {vectors.shape[1]} columns, the model expects {self.embedding_dim_}")
            self.embedding_dim_ = int(vectors.shape[1])
            blocks.append(sparse.csr_matrix(np.asarray(vectors, dtype=np.float64) * self.embedding_weight))
        return sparse.hstack(blocks, format="csr")

    def fit_transform(
        self, texts: Sequence[str], embedded: np.ndarray | None = None, questions: Sequence[str] | None = None
    ) -> sparse.csr_matrix:
        """``fit`` then ``transform``."""
        return self.fit(texts, questions).transform(texts, embedded, questions)

    @property
    def n_features(self) -> int:
        """Number of columns ``transform`` returns (needs a fitted instance)."""
        question_words = len(self.question_words_.vocabulary_) if self.question_words_ is not None else 0
        indicators = len(self.question_vocabulary_) if self.question_weight else 0
        return (
            len(self.word_.vocabulary_) + len(self.char_.vocabulary_) + indicators + question_words
            + self.embedding_dim_
        )

    @property
    def n_ngram_features(self) -> int:
        """Number of word and character n-gram columns: they come first in ``transform``'s output."""
        return len(self.word_.vocabulary_) + len(self.char_.vocabulary_)

    def _question_indicators(self, keys: list[str]) -> sparse.csr_matrix:
        column = {key: j for j, key in enumerate(self.question_vocabulary_)}
        rows = [i for i, key in enumerate(keys) if key in column]
        cols = [column[keys[i]] for i in rows]
        shape = (len(keys), len(self.question_vocabulary_))
        return sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=shape, dtype=np.float64)

    # --- storage as plain arrays -------------------------------------------------------------------

    def params(self) -> dict[str, Any]:
        """The constructor parameters as plain JSON."""
        return {
            "word_ngrams": list(self.word_ngrams),
            "char_ngrams": list(self.char_ngrams),
            "min_df": self.min_df,
            "embeddings": self.embeddings,
            "embedding_weight": self.embedding_weight,
            "embedding_dim": self.embedding_dim_,
            "question_weight": self.question_weight,
            "question_word_weight": self.question_word_weight,
        }

    def to_arrays(self, prefix: str = "features.") -> dict[str, np.ndarray]:
        """The fitted vocabularies (unicode arrays, in column order) and IDF vectors."""
        arrays = {
            f"{prefix}word_vocabulary": _vocabulary_array(self.word_.vocabulary_),
            f"{prefix}word_idf": np.asarray(self.word_.idf_, dtype=np.float64),
            f"{prefix}char_vocabulary": _vocabulary_array(self.char_.vocabulary_),
            f"{prefix}char_idf": np.asarray(self.char_.idf_, dtype=np.float64),
        }
        if self.uses_questions:
            arrays[f"{prefix}questions"] = np.array(self.question_vocabulary_, dtype=str).reshape(-1)
        if self.question_words_ is not None:
            arrays[f"{prefix}question_word_vocabulary"] = _vocabulary_array(self.question_words_.vocabulary_)
            arrays[f"{prefix}question_word_idf"] = np.asarray(self.question_words_.idf_, dtype=np.float64)
        return arrays

    @classmethod
    def from_arrays(
        cls, params: dict[str, Any], arrays: dict[str, np.ndarray], prefix: str = "features."
    ) -> TextFeatures:
        """Rebuild a fitted instance from ``params()`` and ``to_arrays()`` output."""
        features = cls(
            word_ngrams=(int(params["word_ngrams"][0]), int(params["word_ngrams"][1])),
            char_ngrams=(int(params["char_ngrams"][0]), int(params["char_ngrams"][1])),
            min_df=int(params["min_df"]),
            embeddings=params["embeddings"],
            embedding_weight=float(params["embedding_weight"]),
            question_weight=float(params.get("question_weight", 0.0)),
            question_word_weight=float(params.get("question_word_weight", 0.0)),
        )
        features.embedding_dim_ = int(params.get("embedding_dim", 0))
        features.word_ = _restore(features._word_vectorizer, arrays, f"{prefix}word")
        features.char_ = _restore(features._char_vectorizer, arrays, f"{prefix}char")
        if features.uses_questions:
            features.question_vocabulary_ = [str(q) for q in arrays[f"{prefix}questions"]]
        if features.question_word_weight:
            features.question_words_ = _restore(
                features._question_word_vectorizer, arrays, f"{prefix}question_word"
            )
        return features

    def _word_vectorizer(self, **kwargs: Any) -> Any:
        from sklearn.feature_extraction.text import TfidfVectorizer

        return TfidfVectorizer(
            lowercase=True, strip_accents="unicode", ngram_range=tuple(self.word_ngrams),
            token_pattern=r"(?u)\b\w+\b", sublinear_tf=True, dtype=np.float64, **kwargs,
        )

    def _char_vectorizer(self, **kwargs: Any) -> Any:
        from sklearn.feature_extraction.text import TfidfVectorizer

        return TfidfVectorizer(
            lowercase=True, strip_accents="unicode", analyzer="char_wb", ngram_range=tuple(self.char_ngrams),
            sublinear_tf=True, dtype=np.float64, **kwargs,
        )

    def _question_word_vectorizer(self, **kwargs: Any) -> Any:
        from sklearn.feature_extraction.text import TfidfVectorizer

        return TfidfVectorizer(lowercase=False, token_pattern=r"\S+", sublinear_tf=True, dtype=np.float64, **kwargs)


def checked_questions(questions: Sequence[str] | None, n: int) -> list[str]:
    """``questions`` as strings, one per text: a clear ValueError when they are missing or miscounted."""
    if questions is None:
        raise ValueError("this coder uses the question of each answer (question_weight / question_word_weight): "
                         "pass questions, one per text")
    checked = [str(q) for q in questions]
    if len(checked) != n:
        raise ValueError(f"{n} texts but {len(checked)} questions")
    return checked


def _question_keys(questions: Sequence[str]) -> list[str]:
    """One token-safe key per question: lower case, runs of anything but letters and digits become "_"."""
    return ["q_" + "_".join(_words(q)) for q in questions]


def _tagged_words(texts: Sequence[str], keys: Sequence[str]) -> list[str]:
    """Each text as its question key followed by its words tagged with that key ("q_why:nothing")."""
    return [" ".join([key, *(f"{key}:{w}" for w in _words(text))]) for text, key in zip(texts, keys, strict=True)]


def _words(text: str) -> list[str]:
    """The lower-case words of ``text`` without accents (as the n-gram vectorizers read it)."""
    from sklearn.feature_extraction.text import strip_accents_unicode

    return _WORD.findall(strip_accents_unicode(text).lower())


def embed_texts(texts: Sequence[str], backend_name: str) -> np.ndarray:
    """Embed ``texts`` with a pretrained backend of the topics stage (disk-cached, unit rows)."""
    from splw_text.topics.embeddings import embed, make_backend

    backend = make_backend(backend_name)
    return embed(list(texts), backend)


def _vocabulary_array(vocabulary: dict[str, int]) -> np.ndarray:
    terms = [""] * len(vocabulary)
    for term, index in vocabulary.items():
        terms[index] = term
    return np.array(terms, dtype=str) if terms else np.array([], dtype="<U1")


def _restore(factory: Any, arrays: dict[str, np.ndarray], name: str) -> Any:
    terms = [str(term) for term in arrays[f"{name}_vocabulary"]]
    idf = np.asarray(arrays[f"{name}_idf"], dtype=np.float64)
    if len(terms) != len(idf) or len(set(terms)) != len(terms):
        raise ValueError(f"{name}: vocabulary and IDF do not match")
    vectorizer = factory(vocabulary={term: index for index, term in enumerate(terms)})
    vectorizer.idf_ = idf
    return vectorizer
