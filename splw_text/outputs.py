"""Safe output writing shared by every stage.

- Atomic: a file is written to a temporary name beside its target and renamed into place, so a run that
  fails leaves the previous output as it was and no partial file.
- Never over an input: callers pass the inputs they read; writing over one of them is an InputError.
- Spreadsheet-safe: text cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start)
  are neutralised with a leading apostrophe (OWASP "CSV injection" advice).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import pandas as pd

from splw_text.errors import InputError

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: Any) -> Any:
    """Return ``value`` with a leading apostrophe if it is text that a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def neutralise_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Return a copy of ``frame`` whose text cells are neutralised (numbers are left alone)."""
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object or isinstance(out[column].dtype, pd.StringDtype):
            out[column] = out[column].map(neutralise_cell)
    return out


def check_not_input(target: Path, inputs: Iterable[Path | str] = ()) -> None:
    """Raise InputError if ``target`` is one of the ``inputs`` (the tool never writes over its input)."""
    resolved = Path(target).resolve()
    for source in inputs:
        if Path(source).resolve() == resolved:
            raise InputError(f"{target}: refusing to write over the input file")


@contextlib.contextmanager
def atomic_path(target: Path | str, inputs: Iterable[Path | str] = ()) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success rename it onto ``target``, on error delete it."""
    target = Path(target)
    check_not_input(target, inputs)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(handle)
    temp_path = Path(temp_name)
    os.chmod(temp_path, 0o666 & ~_current_umask())  # mkstemp makes 0600; outputs get the usual mode
    try:
        yield temp_path
        os.replace(temp_path, target)
    finally:
        if temp_path.exists():
            temp_path.unlink()


@contextlib.contextmanager
def atomic_open(
    target: Path | str, mode: str = "w", inputs: Iterable[Path | str] = (), encoding: str | None = "utf-8"
) -> Iterator[IO[Any]]:
    """Open a temporary file beside ``target`` for writing and move it into place when the block succeeds."""
    with atomic_path(target, inputs) as temp_path:
        kwargs: dict[str, Any] = {} if "b" in mode else {"encoding": encoding, "newline": ""}
        with open(temp_path, mode, **kwargs) as handle:
            yield handle


def write_csv(frame: pd.DataFrame, target: Path | str, inputs: Iterable[Path | str] = ()) -> Path:
    """Write ``frame`` as UTF-8 CSV (no index), atomically and with text cells neutralised; return the path."""
    with atomic_open(target, "w", inputs) as handle:
        neutralise_frame(frame).to_csv(handle, index=False, lineterminator="\n")
    return Path(target)


@contextlib.contextmanager
def atomic_directory(target: Path | str, inputs: Iterable[Path | str] = ()) -> Iterator[Path]:
    """Yield an empty staging folder beside ``target``; on success it replaces ``target`` whole.

    Used by ``splw-text run --out DIR``: a run that fails leaves the previous DIR exactly as it was.
    """
    target = Path(target)
    for source in inputs:
        source_path = Path(source).resolve()
        if source_path == target.resolve() or target.resolve() in source_path.parents:
            raise InputError(f"{target}: the output folder must not contain the input file {source}")
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent))
    os.chmod(staging, 0o777 & ~_current_umask())
    backup = target.parent / f".{target.name}.previous"
    try:
        yield staging
        if backup.exists():
            _remove_tree(backup)
        if target.exists():
            os.replace(target, backup)
        os.replace(staging, target)
        if backup.exists():
            _remove_tree(backup)
    finally:
        if staging.exists():
            _remove_tree(staging)


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _remove_tree(path: Path) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)
