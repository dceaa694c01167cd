"""Small invented surveys for the tables and report tests: a three-theme codebook, a config, respondents
and coded answers (with redacted text and evidence), built in code so no test depends on shared data."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from splw_text.config import SurveyConfig


@dataclass(frozen=True)
class Theme:
    id: str
    name: str
    definition: str
    colour: str | None = None


@dataclass(frozen=True)
class Codebook:
    version: str
    themes: tuple[Theme, ...]

    @property
    def theme_ids(self) -> list[str]:
        return [theme.id for theme in self.themes]


CODEBOOK = Codebook(
    "0.1.0",
    (
        Theme("systems", "Access to systems", "Cannot get onto the record systems.", "#005eb8"),
        Theme("pay", "Pay and contracts", "Pay, contract length, security of the post.", "#ed8b00"),
        Theme("learning", "Learning", "Wants courses, study time, a development budget.", "#009639"),
    ),
)

PHRASES = {
    "systems": ["the login to the records never arrives", "no laptop so notes go on paper"],
    "pay": ["the salary has not moved in years", "the post ends when the grant stops"],
    "learning": ["a proper course on benefits advice", "protected study time each month"],
}


def make_config(threshold: int = 5) -> SurveyConfig:
    """A survey config with two open questions, two single-choice indicators and one multi-select one."""
    return SurveyConfig.model_validate(
        {
            "name": "Example survey",
            "id_column": "id",
            "wave_column": "year",
            "suppression_threshold": threshold,
            "questions": [
                {"column": "q1", "text": "What would help?", "short": "Help"},
                {"column": "q2", "text": "Anything else?", "short": "Other"},
            ],
            "indicators": [
                {"column": "employer", "label": "Employer", "levels": ["Council", "Charity", "Clinic"]},
                {"column": "contract", "label": "Contract", "levels": ["Open-ended", "Fixed"]},
                {"column": "tools", "label": "Tools", "kind": "multi", "levels": ["Scale A", "Scale B", "None"]},
            ],
        }
    )


def make_respondents(count: int = 120, seed: int = 3, waves: tuple[str, ...] = ()) -> pd.DataFrame:
    """Respondents shaped like ``Survey.respondents`` (ordered categoricals, multi-select joined by ";")."""
    rng = np.random.default_rng(seed)
    config = make_config()
    frame = pd.DataFrame({"respondent_id": [f"R{i:04d}" for i in range(count)]})
    employer = config.indicator("employer")
    frame["employer"] = pd.Categorical(
        rng.choice(employer.levels, count, p=[0.5, 0.4, 0.1]), categories=employer.levels, ordered=True
    )
    contract = config.indicator("contract")
    frame["contract"] = pd.Categorical(
        rng.choice(contract.levels, count, p=[0.7, 0.3]), categories=contract.levels, ordered=True
    )
    tools = []
    for _ in range(count):
        chosen = [level for level in ("Scale A", "Scale B") if rng.random() < 0.45]
        tools.append(";".join(chosen) if chosen else "None")
    frame["tools"] = pd.Series(tools, dtype=object)
    if waves:
        frame["wave"] = [waves[i % len(waves)] for i in range(count)]
    return frame


def make_coded(respondents: pd.DataFrame, seed: int = 5) -> pd.DataFrame:
    """Coded answers for ``respondents``: both questions, some non-responses, themes tied to the groups
    (Charity staff raise systems more, fixed-term staff raise pay more), with text and evidence."""
    rng = np.random.default_rng(seed)
    rows = []
    for record in respondents.to_dict("records"):
        for question in ("q1", "q2"):
            if question == "q2" and rng.random() < 0.4:
                continue
            non_response = rng.random() < 0.08
            chance = {
                "systems": 0.55 if record["employer"] == "Charity" else 0.15,
                "pay": 0.6 if record["contract"] == "Fixed" else 0.1,
                "learning": 0.3,
            }
            themes = [] if non_response else [t for t in CODEBOOK.theme_ids if rng.random() < chance[t]]
            if non_response:
                text = "n/a"
            elif themes:
                text = "Honestly, " + " and ".join(PHRASES[t][int(rng.integers(2))] for t in themes) + "."
            else:
                text = "Nothing specific comes to mind for this part of the job."
            evidence = []
            for theme in themes:
                span = next(p for p in PHRASES[theme] if p in text)
                start = text.index(span)
                evidence.append({"theme": theme, "span": span, "start": start, "end": start + len(span),
                                 "sentence": text, "rule": f"{theme}.test", "source": "rules", "score": 1.0})
            row = {
                "respondent_id": record["respondent_id"],
                "question": question,
                "non_response": non_response,
                **{theme: theme in themes for theme in CODEBOOK.theme_ids},
                "evidence": json.dumps(evidence),
                "text_redacted": text,
            }
            if "wave" in record:
                row["wave"] = record["wave"]
            rows.append(row)
    return pd.DataFrame(rows)


def write_example_report(folder: Path, waves: bool = False, topics: pd.DataFrame | None = None) -> Path:
    """Build the tables of an invented survey and write ``folder/report.html``; return its path."""
    from splw_text.report import write_html_report
    from splw_text.tables import build_tables

    respondents = make_respondents(160, waves=("2022", "2023") if waves else ())
    coded = make_coded(respondents)
    config = make_config()
    tables = build_tables(coded, respondents, config, CODEBOOK)
    return write_html_report(tables, coded, config, CODEBOOK, folder / "report.html", topics=topics)
