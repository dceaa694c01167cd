"""Engines that run the coding and the table counts beyond one process.

- ``local`` (the default): this process, or ``--jobs N`` worker processes on this machine
  (``splw_text.coding.parallel``).
- ``spark``: Apache Spark, on ``local[*]`` or a cluster (``splw_text.engines.spark``; needs the ``spark``
  extra and Java 17). Results are identical to the local engine.

Nothing heavy is imported here: pyspark is imported only when the Spark engine is used.
"""

from __future__ import annotations

from typing import Literal, cast

from splw_text.errors import InputError

Engine = Literal["local", "spark"]
ENGINES: tuple[Engine, ...] = ("local", "spark")


def check_engine(engine: str) -> Engine:
    """Return ``engine`` if it is one of ENGINES, otherwise raise a one-line InputError."""
    if engine not in ENGINES:
        raise InputError(f"--engine: unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    return cast(Engine, engine)
