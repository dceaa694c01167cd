"""Rule coding in several processes on one machine, and the per-process cache of built coders.

Why worker processes and not spaCy's ``nlp.pipe(n_process=N)``: spaCy sends every parsed Doc back to the
parent, which rebuilds it there; on two cores that is about ten times slower than one process. Here each
worker builds the RuleCoder once (the spaCy pipeline and the compiled codebook), codes a chunk of answers
and sends back only what the output needs: the theme flags and the evidence (and, when it cleans too, the
non-response flag and the redacted text).

- ``cached_coder(codebook)``: the RuleCoder for a codebook, built once per process and reused by every call,
  every chunk, every Spark batch on that worker.
- ``CodingPool(codebook_path, jobs)``: ``jobs`` worker processes (or this process when ``jobs == 1``) kept
  for as long as the ``with`` block lasts, so a stream of chunks pays the start-up once:
  ``pool.codes(cleaned_answers)`` returns the codes, ``pool.coded_answers(answers)`` cleans, codes and
  returns the rows of the coded answers file.
- ``code_in_processes(answers, codebook_path, jobs)``: the one-call form of ``pool.codes``.

Results do not depend on ``jobs`` or on the chunk size: every answer is coded on its own.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import pandas as pd

from splw_text.errors import InputError

if TYPE_CHECKING:
    from splw_text.codebook import Codebook

DEFAULT_CHUNK_SIZE = 500
_CODERS: dict[str, Any] = {}


def codebook_key(codebook: Codebook) -> str:
    """A digest of the codebook's content: two codebooks with the same key code identically."""
    return hashlib.sha256(codebook.model_dump_json().encode("utf-8")).hexdigest()


def import_spacy_without_torch() -> None:
    """Import spaCy without the optional torch import of its thinc backend.

    thinc imports torch whenever it is installed, only to offer PyTorch layers, which the blank rule
    pipeline never uses; that import is most of a fresh process's start-up (16 s against 7 s to a ready
    coder on the loaded development machine). torch stays importable afterwards, for the topic model.
    Nothing happens when spaCy or torch is already imported.
    """
    if "spacy" in sys.modules or "torch" in sys.modules:
        return
    sys.modules["torch"] = None  # type: ignore[assignment]  # "import torch" raises ImportError meanwhile
    try:
        import spacy  # noqa: F401
    finally:
        del sys.modules["torch"]


def cached_coder(codebook: Codebook) -> Any:
    """Return the RuleCoder for ``codebook``, building it (spaCy pipeline, compiled rules) once per process."""
    key = codebook_key(codebook)
    coder = _CODERS.get(key)
    if coder is None:
        import_spacy_without_torch()
        from splw_text.coding.rules import RuleCoder

        coder = _CODERS[key] = RuleCoder(codebook)
    return coder


def code_cleaned(answers: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """Codes of cleaned answers (``text_clean``, ``non_response``): a bool column per theme and ``evidence``."""
    return cached_coder(codebook).code(answers)


def coded_rows(answers: pd.DataFrame, codebook: Codebook, redact: bool = True) -> pd.DataFrame:
    """Clean and code raw answers (``respondent_id, question, text`` [, ``wave``]) into the rows of the coded
    answers file (``respondent_id, question`` [, ``wave``], ``non_response`` 0/1, ``themes``, ``evidence``,
    ``text_redacted``). The one function every engine runs, so their files are identical."""
    from splw_text.clean import clean_answers
    from splw_text.coding.coded_file import coded_answers_frame

    cleaned = clean_answers(answers, redact=redact)
    codes = code_cleaned(cleaned, codebook)
    return coded_answers_frame(cleaned, codes, codebook)


# --- worker processes ----------------------------------------------------------------------------------

_WORKER_CODEBOOK: Codebook | None = None


def _start_worker(codebook: Codebook) -> None:
    """Pool initializer: remember the codebook and build its coder now (once per worker process)."""
    global _WORKER_CODEBOOK
    _WORKER_CODEBOOK = codebook
    cached_coder(codebook)


def _worker_codes(chunk: pd.DataFrame) -> pd.DataFrame:
    assert _WORKER_CODEBOOK is not None, "worker used before its initializer ran"
    return code_cleaned(chunk, _WORKER_CODEBOOK)


def _worker_coded_rows(chunk: pd.DataFrame, redact: bool) -> pd.DataFrame:
    assert _WORKER_CODEBOOK is not None, "worker used before its initializer ran"
    return coded_rows(chunk, _WORKER_CODEBOOK, redact)


def _context() -> multiprocessing.context.BaseContext:
    # fork (Linux) lets the workers share the parent's already-imported modules and built coder;
    # elsewhere spawn, and each worker builds its coder in the initializer.
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


class CodingPool:
    """``jobs`` processes that each build the RuleCoder once and code chunks of answers sent to them.

    Use as a context manager; ``jobs == 1`` codes in this process (no pool). ``on_progress(n)`` is called
    with the number of answers of each chunk as it is done.
    """

    def __init__(
        self,
        codebook_path: Path | str | None = None,
        jobs: int = 1,
        redact: bool = True,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        on_progress: Callable[[int], None] | None = None,
    ) -> None:
        if jobs < 1:
            raise InputError(f"--jobs must be 1 or more, got {jobs}")
        if chunk_size < 1:
            raise InputError(f"chunk size must be 1 or more, got {chunk_size}")
        from splw_text.codebook import load_codebook

        import_spacy_without_torch()  # before load_codebook, whose pattern check imports spaCy
        self.codebook = load_codebook(codebook_path)
        self.jobs = jobs
        self.redact = redact
        self.chunk_size = chunk_size
        self.on_progress = on_progress
        self._executor: Executor | None = None

    @property
    def theme_ids(self) -> list[str]:
        """The codebook's theme ids, in codebook order."""
        return list(self.codebook.theme_ids)

    def __enter__(self) -> CodingPool:
        if self.jobs > 1:
            context = _context()
            if context.get_start_method() == "fork":
                cached_coder(self.codebook)  # build before forking: every worker inherits it ready-made
            self._executor = ProcessPoolExecutor(
                max_workers=self.jobs, mp_context=context, initializer=_start_worker, initargs=(self.codebook,)
            )
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def codes(self, answers: pd.DataFrame) -> pd.DataFrame:
        """Codes of cleaned ``answers`` (``text_clean``, ``non_response``), aligned with ``answers.index``."""
        text = "text_clean" if "text_clean" in answers.columns else "text"
        sent = answers[[c for c in (text, "non_response") if c in answers.columns]]  # all a worker needs
        return self._run(sent, lambda chunk: code_cleaned(chunk, self.codebook), _worker_codes)

    def coded_answers(self, answers: pd.DataFrame) -> pd.DataFrame:
        """Clean and code raw ``answers`` into the rows of the coded answers file, in the order given."""
        return self._run(
            answers, lambda chunk: coded_rows(chunk, self.codebook, self.redact), _worker_coded_rows, self.redact
        )

    def _run(
        self,
        frame: pd.DataFrame,
        here: Callable[[pd.DataFrame], pd.DataFrame],
        in_worker: Callable[..., pd.DataFrame],
        *args: Any,
    ) -> pd.DataFrame:
        """Apply ``here`` (this process) or ``in_worker`` (the pool) chunk by chunk; results keep the order."""
        chunks = [frame.iloc[start : start + self.chunk_size] for start in range(0, len(frame), self.chunk_size)]
        chunks = chunks or [frame]  # an empty frame still gives a result with the right columns
        if self._executor is None:
            results: Iterator[pd.DataFrame] = (here(chunk) for chunk in chunks)
        else:
            futures = [self._executor.submit(in_worker, chunk, *args) for chunk in chunks]
            results = (future.result() for future in futures)
        parts = []
        for chunk, result in zip(chunks, results, strict=True):
            result.index = chunk.index
            parts.append(result)
            if self.on_progress is not None and len(chunk):
                self.on_progress(len(chunk))
        return pd.concat(parts) if len(parts) > 1 else parts[0]


def code_in_processes(
    answers: pd.DataFrame,
    codebook_path: Path | str | None = None,
    jobs: int = 1,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    on_progress: Callable[[int], None] | None = None,
) -> pd.DataFrame:
    """Code cleaned ``answers`` (``text_clean``, ``non_response``) in ``jobs`` processes; return the codes (a
    bool column per theme in codebook order, and ``evidence``) aligned with ``answers.index``."""
    with CodingPool(codebook_path, jobs=jobs, chunk_size=chunk_size, on_progress=on_progress) as pool:
        return pool.codes(answers)

