"""Save and load trained coders without pickle: a JSON header and plain NumPy arrays in one ``.npz`` file.

A model file is a NumPy ``.npz`` archive (a zip of ``.npy`` arrays) holding

- ``__header__``: UTF-8 JSON as a uint8 array: ``format`` ("splw-text-model"), ``format_version``,
  ``kind`` (e.g. "supervised", "hybrid"), ``codebook_version``, ``theme_ids``, ``meta`` (the coder's own
  parameters: plain JSON), ``arrays`` (name -> dtype and shape) and ``sha256``;
- one entry per named array: numbers or fixed-width strings only (``np.load(allow_pickle=False)`` refuses
  anything else, so loading a model never runs code from the file).

``sha256`` is the hex digest over the header (without the digest) and every array's dtype, shape and bytes,
so any edit or corruption is detected on load. It is a checksum, not a signature: it stops accidents and
naive edits; the guarantee against malicious files is that nothing in the file is ever executed.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, Self

import numpy as np

from splw_text.errors import InputError
from splw_text.outputs import atomic_path

FORMAT = "splw-text-model"
FORMAT_VERSION = 1
HEADER_KEY = "__header__"
_ALLOWED_KINDS = "biufU"  # bool, signed/unsigned int, float, fixed-width unicode: never object arrays


@dataclass(frozen=True)
class StoredModel:
    """What a model file holds: its kind, the codebook it was trained with, its parameters and arrays."""

    kind: str
    codebook_version: str
    theme_ids: list[str]
    meta: dict[str, Any]
    arrays: dict[str, np.ndarray] = field(repr=False)
    source: str = "<memory>"

    def array(self, name: str) -> np.ndarray:
        """Return the array ``name``; a missing one means a damaged or foreign file (InputError)."""
        if name not in self.arrays:
            raise InputError(f"{self.source}: model file has no array {name!r} (damaged or not a {self.kind} model)")
        return self.arrays[name]

    def check_codebook(self, codebook_version: str, theme_ids: Iterable[str]) -> None:
        """Raise InputError unless the model was trained with this codebook version and these theme ids."""
        theme_ids = list(theme_ids)
        if self.codebook_version != codebook_version:
            raise InputError(
                f"{self.source}: the model was trained with codebook version {self.codebook_version!r}, "
                f"but the codebook in use is version {codebook_version!r}; retrain it with 'splw-text train'"
            )
        if self.theme_ids != theme_ids:
            raise InputError(
                f"{self.source}: the model's themes ({', '.join(self.theme_ids)}) differ from the codebook's "
                f"({', '.join(theme_ids)}); retrain it with 'splw-text train'"
            )


def content_digest(header: Mapping[str, Any], arrays: Mapping[str, np.ndarray]) -> str:
    """Return the hex SHA-256 over ``header`` (canonical JSON, without ``sha256``) and every array."""
    digest = hashlib.sha256()
    body = {key: value for key, value in header.items() if key != "sha256"}
    digest.update(json.dumps(body, sort_keys=True, ensure_ascii=True).encode("ascii"))
    for name in sorted(arrays):
        array = np.ascontiguousarray(arrays[name])
        digest.update(f"\n{name}|{array.dtype.str}|{array.shape}\n".encode())
        digest.update(array.tobytes())
    return digest.hexdigest()


def save_model(
    path: Path | str,
    kind: str,
    codebook_version: str,
    theme_ids: Iterable[str],
    meta: Mapping[str, Any],
    arrays: Mapping[str, np.ndarray],
    inputs: Iterable[Path | str] = (),
) -> Path:
    """Write a model file atomically (see the module docstring for the format); return its path.

    ``meta`` must be plain JSON (str, numbers, bools, lists, dicts); arrays must be numeric or fixed-width
    strings.
    """
    checked: dict[str, np.ndarray] = {}
    for name, value in arrays.items():
        if name == HEADER_KEY or "/" in name or not name:
            raise ValueError(f"invalid array name {name!r}")
        array = np.asarray(value)
        if array.dtype.kind not in _ALLOWED_KINDS:
            raise ValueError(f"array {name!r}: dtype {array.dtype} cannot be stored without pickle")
        checked[name] = array
    header: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "kind": kind,
        "codebook_version": str(codebook_version),
        "theme_ids": list(theme_ids),
        "meta": json.loads(json.dumps(meta)),  # fails early on anything JSON cannot hold
        "arrays": {name: {"dtype": a.dtype.str, "shape": list(a.shape)} for name, a in sorted(checked.items())},
    }
    header["sha256"] = content_digest(header, checked)
    encoded = np.frombuffer(json.dumps(header, sort_keys=True).encode("utf-8"), dtype=np.uint8)
    with atomic_path(path, inputs) as temp, temp.open("wb") as handle:
        contents: dict[str, Any] = {HEADER_KEY: encoded, **checked}
        np.savez_compressed(handle, **contents)
    return Path(path)


def load_model(path: Path | str, kind: str | None = None) -> StoredModel:
    """Read and verify a model file; anything foreign, damaged or edited is a one-line InputError.

    ``kind`` (when given) is the kind the caller expects; a file of another kind is refused.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: model file not found")
    if not zipfile.is_zipfile(path):
        raise InputError(f"{path}: not a splw-text model file (expected the .npz written by 'splw-text train')")
    try:
        with np.load(path, allow_pickle=False) as archive:
            if HEADER_KEY not in archive.files:
                raise InputError(f"{path}: not a splw-text model file (no header)")
            raw_header = archive[HEADER_KEY]
            arrays = {name: archive[name] for name in archive.files if name != HEADER_KEY}
    except InputError:
        raise
    except ValueError as error:
        # np.load raises ValueError for object arrays when allow_pickle=False: a foreign or crafted file.
        raise InputError(f"{path}: refusing to load the model file: {error}") from None
    except (OSError, zipfile.BadZipFile, EOFError, KeyError) as error:
        raise InputError(f"{path}: damaged model file ({error})") from None
    header = _parse_header(raw_header, path)
    _verify(header, arrays, path)
    if kind is not None and header["kind"] != kind:
        raise InputError(f"{path}: this is a {header['kind']!r} model, expected a {kind!r} model")
    return StoredModel(
        kind=str(header["kind"]),
        codebook_version=str(header["codebook_version"]),
        theme_ids=[str(t) for t in header["theme_ids"]],
        meta=dict(header["meta"]),
        arrays=arrays,
        source=str(path),
    )


def _parse_header(raw: np.ndarray, path: Path) -> dict[str, Any]:
    if raw.dtype != np.uint8 or raw.ndim != 1:
        raise InputError(f"{path}: not a splw-text model file (bad header)")
    try:
        header = json.loads(raw.tobytes().decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise InputError(f"{path}: not a splw-text model file (header is not JSON)") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise InputError(f"{path}: not a splw-text model file")
    if header.get("format_version") != FORMAT_VERSION:
        raise InputError(
            f"{path}: model format version {header.get('format_version')!r} is not supported "
            f"(this splw-text reads version {FORMAT_VERSION}); retrain with 'splw-text train'"
        )
    required = {"kind": str, "codebook_version": str, "theme_ids": list, "meta": dict, "arrays": dict, "sha256": str}
    for key, expected in required.items():
        if not isinstance(header.get(key), expected):
            raise InputError(f"{path}: damaged model file (header field {key!r} missing or malformed)")
    return header


def _verify(header: dict[str, Any], arrays: dict[str, np.ndarray], path: Path) -> None:
    listed = header["arrays"]
    if set(listed) != set(arrays):
        raise InputError(f"{path}: model file was altered (its arrays differ from those its header lists)")
    for name, array in arrays.items():
        if array.dtype.kind not in _ALLOWED_KINDS:
            raise InputError(f"{path}: model file holds a non-numeric array {name!r}; refusing it")
    if content_digest(header, arrays) != header["sha256"]:
        raise InputError(f"{path}: model file was altered or damaged (SHA-256 of its content does not match)")


class StoredCoder:
    """``save`` and ``load`` for a fitted coder that gives its state as ``to_arrays()`` and ``meta()`` and is rebuilt
    by ``from_stored``; ``model_kind`` names it in the file header (``kind``)."""

    model_kind: ClassVar[str]
    theme_ids_: list[str]

    def to_arrays(self, prefix: str = "") -> dict[str, np.ndarray]:
        """The fitted state as plain arrays, named ``prefix`` + name."""
        raise NotImplementedError

    def meta(self) -> dict[str, Any]:
        """The parameters and anything else needed to rebuild the coder, as plain JSON."""
        raise NotImplementedError

    @classmethod
    def from_stored(cls, stored: StoredModel, meta: dict[str, Any] | None = None, prefix: str = "") -> Self:
        """Rebuild a fitted coder from a loaded model file (or its part under ``prefix``, described by ``meta``)."""
        raise NotImplementedError

    def save(self, path: Path | str, codebook_version: str, inputs: Sequence[Path | str] = ()) -> Path:
        """Write the fitted coder to ``path`` (no pickle); ``codebook_version`` is recorded and checked on load."""
        return save_model(path, self.model_kind, codebook_version, self.theme_ids_, self.meta(), self.to_arrays(),
                          inputs)

    @classmethod
    def load(cls, path: Path | str, codebook_version: str, theme_ids: Sequence[str]) -> Self:
        """Load a coder saved by ``save``; refuses a model trained with another codebook (InputError)."""
        stored = load_model(path, kind=cls.model_kind)
        stored.check_codebook(codebook_version, theme_ids)
        return cls.from_stored(stored)
