"""Shared fixtures: paths to ../shared data and small survey configs built in the tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

# Two shared cores make timings noisy: property tests are judged on behaviour, never on a deadline.
settings.register_profile("splw", deadline=None)
settings.load_profile("splw")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEV = SHARED / "splw-dev"


@pytest.fixture
def dev_responses() -> Path:
    """The dev survey export in ../shared (skips when it is absent)."""
    path = DEV / "responses.csv"
    if not path.is_file():
        pytest.skip("../shared/splw-dev is not present")
    return path


@pytest.fixture
def dev_gold() -> Path:
    """The dev gold labels in ../shared (skips when they are absent)."""
    path = DEV / "gold.csv"
    if not path.is_file():
        pytest.skip("../shared/splw-dev is not present")
    return path


TINY_CONFIG = """\
name: tiny survey
id_column: id
questions:
  - column: q1
    text: What would help?
  - column: q2
    text: Anything else?
indicators:
  - column: employer
    levels: [PCN, VCSE]
  - column: tools
    kind: multi
    levels: [ONS4, WEMWBS, None]
"""


@pytest.fixture
def tiny_config_path(tmp_path: Path) -> Path:
    """A two-question, two-indicator survey config written to a temporary file."""
    path = tmp_path / "tiny.yaml"
    path.write_text(TINY_CONFIG, encoding="utf-8")
    return path


@pytest.fixture
def tiny_config(tiny_config_path: Path):  # type: ignore[no-untyped-def]
    """The tiny survey config, loaded."""
    from splw_text.config import load_config

    return load_config(tiny_config_path)
