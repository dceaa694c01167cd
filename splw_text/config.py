"""SurveyConfig: which columns of a survey export are the id, the open questions and the indicators.

A config is data (YAML, validated by the pydantic models below). ``models/splw_survey.yaml`` is the
config of the NHS England SPLW workforce survey; other surveys bring their own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator

from splw_text.paths import default_config_path
from splw_text.schema import StrictModel, read_yaml, validate


class OpenQuestion(StrictModel):
    """An open (free-text) question: its column and its full wording."""

    column: str
    text: str
    short: str | None = None


class Indicator(StrictModel):
    """A closed question used to break the themes down.

    ``kind`` is ``single`` (one level per respondent) or ``multi`` (several levels joined by ``separator``).
    ``levels`` is the order in which levels are reported; a value outside it is an error at load time.
    """

    column: str
    label: str | None = None
    kind: Literal["single", "multi"] = "single"
    levels: list[str] = Field(min_length=1)
    separator: str = ";"
    optional: bool = False

    @property
    def title(self) -> str:
        """The human-readable name of the indicator (its label, or the column name)."""
        return self.label or self.column


class SurveyConfig(StrictModel):
    """The survey config: id column, open questions, indicators, optional wave column, suppression threshold."""

    name: str
    id_column: str
    questions: list[OpenQuestion] = Field(min_length=1)
    indicators: list[Indicator] = Field(default_factory=list)
    wave_column: str | None = None
    suppression_threshold: int = Field(default=5, ge=0)

    @model_validator(mode="after")
    def _columns_are_distinct(self) -> SurveyConfig:
        columns = [self.id_column, *self.question_columns, *(i.column for i in self.indicators)]
        if self.wave_column:
            columns.append(self.wave_column)
        seen: set[str] = set()
        for column in columns:
            if column in seen:
                raise ValueError(f"column {column!r} is named twice")
            seen.add(column)
        return self

    @property
    def question_columns(self) -> list[str]:
        """The columns of the open questions, in config order."""
        return [question.column for question in self.questions]

    def indicator(self, column: str) -> Indicator:
        """Return the indicator whose column is ``column`` (KeyError if there is none)."""
        for indicator in self.indicators:
            if indicator.column == column:
                return indicator
        raise KeyError(column)

    def question_text(self, column: str) -> str:
        """Return the full wording of the open question in ``column``."""
        for question in self.questions:
            if question.column == column:
                return question.text
        raise KeyError(column)


def load_config(path: Path | str | None = None) -> SurveyConfig:
    """Read and validate a survey config YAML file (the shipped SPLW config when ``path`` is None)."""
    source = Path(path) if path is not None else default_config_path()
    return validate(SurveyConfig, read_yaml(source), source)
