"""Embedding backends, the disk cache and the SHA-256 pin of the MiniLM weights."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from splw_text.errors import InputError
from splw_text.topics.embeddings import (
    MINILM_PINNED_SHA256,
    EmbeddingCache,
    MiniLMEmbedder,
    embed,
    make_backend,
    minilm_model_dir,
    verify_pinned_files,
)


class CountingBackend:
    """A fake pretrained backend that records what it was asked to encode."""

    name = "counting"

    def __init__(self, fingerprint: str = "f" * 64) -> None:
        self._fingerprint = fingerprint
        self.encoded: list[str] = []

    @property
    def fingerprint(self) -> str | None:
        return self._fingerprint

    def fit(self, texts: Sequence[str]) -> CountingBackend:
        return self

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.encoded.extend(texts)
        vectors = np.array([[len(t), sum(map(ord, t)) % 97, 1.0] for t in texts], dtype=np.float32)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_a_text_is_encoded_once_and_then_read_from_the_cache(tmp_path: Path) -> None:
    backend = CountingBackend()
    first = embed(["more staff", "a smartcard", "more staff"], backend, cache_dir=tmp_path)
    assert sorted(backend.encoded) == ["a smartcard", "more staff"]  # the repeated text is encoded once
    backend.encoded.clear()
    second = embed(["a smartcard", "more staff"], backend, cache_dir=tmp_path)
    assert backend.encoded == []
    np.testing.assert_array_equal(second, first[[1, 0]])


def test_the_cache_is_keyed_by_the_model_fingerprint(tmp_path: Path) -> None:
    embed(["more staff"], CountingBackend("a" * 64), cache_dir=tmp_path)
    other = CountingBackend("b" * 64)
    embed(["more staff"], other, cache_dir=tmp_path)
    assert other.encoded == ["more staff"]


def test_an_unreadable_cache_shard_is_ignored(tmp_path: Path) -> None:
    backend = CountingBackend()
    embed(["more staff"], backend, cache_dir=tmp_path)
    for shard in tmp_path.rglob("shard-*.npz"):
        shard.write_bytes(b"not a numpy file")
    backend.encoded.clear()
    vectors = embed(["more staff"], backend, cache_dir=tmp_path)
    assert backend.encoded == ["more staff"] and vectors.shape == (1, 3)


def test_corpus_fitted_tfidf_vectors_are_never_cached(tmp_path: Path) -> None:
    texts = [f"answer about caseload number {i} and waiting lists" for i in range(20)]
    backend = make_backend("tfidf").fit(texts)
    vectors = embed(texts, backend, cache_dir=tmp_path)
    assert vectors.shape[0] == 20
    assert list(tmp_path.iterdir()) == []


def test_cache_lookup_returns_only_what_it_holds(tmp_path: Path) -> None:
    cache = EmbeddingCache(tmp_path)
    cache.store("x", "0" * 64, ["k1"], np.ones((1, 2), dtype=np.float32))
    found = cache.lookup("x", "0" * 64, ["k1", "k2"])
    assert set(found) == {"k1"}


def test_an_unknown_backend_is_an_input_error() -> None:
    with pytest.raises(InputError, match="unknown backend 'bert'"):
        make_backend("bert")


def test_a_changed_pinned_file_is_refused_naming_the_file(tmp_path: Path) -> None:
    weights = tmp_path / "model.safetensors"
    weights.write_bytes(b"original weights")
    pins = {"model.safetensors": hashlib.sha256(b"original weights").hexdigest()}
    verify_pinned_files(tmp_path, pins, "test")
    weights.write_bytes(b"tampered weights")
    with pytest.raises(InputError, match=r"model\.safetensors: SHA-256 .* differs from the pinned"):
        verify_pinned_files(tmp_path, pins, "test")


def test_minilm_refuses_a_model_folder_whose_weights_changed(tmp_path: Path) -> None:
    source = minilm_model_dir()
    for relative in MINILM_PINNED_SHA256:
        target = tmp_path / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if relative == "model.safetensors":
            target.write_bytes(b"\x00" * 128)
        else:
            target.symlink_to(source / relative)
    with pytest.raises(InputError, match="model.safetensors"):
        MiniLMEmbedder(model_dir=tmp_path).fingerprint  # noqa: B018


def test_the_installed_minilm_weights_match_the_pin() -> None:
    assert MiniLMEmbedder().fingerprint == MINILM_PINNED_SHA256["model.safetensors"]


def test_the_static_backend_encodes_without_importing_torch() -> None:
    script = (
        "import sys\n"
        "from splw_text.topics.embeddings import make_backend\n"
        "vectors = make_backend('static').encode(['no access to EMIS', 'more link workers'])\n"
        "assert vectors.shape[0] == 2 and abs(float((vectors[0] ** 2).sum()) - 1) < 1e-3\n"
        "print('torch' in sys.modules, 'transformers' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_static_vectors_put_related_answers_closer_than_unrelated_ones() -> None:
    vectors = make_backend("static").encode(
        ["I cannot get access to the clinical system", "no login for SystmOne or EMIS", "I love my job"]
    )
    assert float(vectors[0] @ vectors[1]) > float(vectors[0] @ vectors[2])
