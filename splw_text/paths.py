"""Where the shipped data lives: the codebook, the survey configs and the static embedding model.

In a source checkout or an editable install the files are read from the top-level ``models/`` folder;
in a wheel they are shipped inside the package as ``splw_text/_models`` (see pyproject.toml).
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def models_dir() -> Path:
    """Return the folder that holds codebook.yaml, the survey configs and the static model."""
    for candidate in (_PACKAGE_DIR.parent / "models", _PACKAGE_DIR / "_models"):
        if (candidate / "splw_survey.yaml").is_file():
            return candidate
    raise FileNotFoundError("splw-text: the models/ folder (splw_survey.yaml) is missing from the installation")


def default_codebook_path() -> Path:
    """Return the path of the shipped codebook (models/codebook.yaml)."""
    return models_dir() / "codebook.yaml"


def default_config_path() -> Path:
    """Return the path of the shipped SPLW survey config (models/splw_survey.yaml)."""
    return models_dir() / "splw_survey.yaml"
