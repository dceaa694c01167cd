"""A synthetic demo survey: two waves (2022, 2023) of the SPLW survey with the published marginals.

``generate_demo(seed, n)`` returns one table per wave with the columns of a survey export (the survey
config's id, indicators and open questions, plus ``survey_year``); ``write_demo(out_dir, seed)`` writes
``splw_survey_2023.csv``, ``splw_survey_2022.csv`` and a README into ``out_dir`` (``data/demo/``).

How a wave is made (everything drawn from one seeded numpy Generator, so a seed gives the same files):

1. Each indicator's level counts come from the wave's percentages by largest-remainder allocation, so
   the percentages hold exactly (``resources/demo_survey.yaml``).
2. Who gets which level leans on other indicators (VCSE hosts more fixed-term contracts, PCN staff are
   more familiar with SNOMED...): levels are handed out by weighted sampling without replacement, which
   keeps the counts exact.
3. Each respondent raises themes with chances that plant the associations of the real survey (VCSE-hosted
   link workers raise IT access, fixed-term staff pay and job security, "Never" recorders outcomes data).
4. Answers are composed from the fragments in ``resources/demo_fragments.yaml``: requests for "what would
   help", problems for "challenges", a mix for "anything else"; with blanks, non-responses, hedges, typos,
   lower-case answers, bullet lists, positive answers and now and then fake personal data (07700 900xxx,
   example.org).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from pydantic import Field

from splw_text.config import SurveyConfig, load_config
from splw_text.errors import InputError
from splw_text.outputs import atomic_open, write_csv
from splw_text.schema import StrictModel, read_yaml, validate

RESOURCES = Path(__file__).resolve().parent / "resources"
SPEC_PATH = RESOURCES / "demo_survey.yaml"
FRAGMENTS_PATH = RESOURCES / "demo_fragments.yaml"
QUESTION_KINDS = {"q_help": "help", "q_challenges": "challenge", "q_other": "other"}
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


# --- the spec and the fragments (data, validated) -------------------------------------------------------


class WaveSpec(StrictModel):
    """One wave: its default size and the percentage of each level of each single-choice indicator."""

    respondents: int = Field(gt=0)
    marginals: dict[str, dict[str, float]]


class Leaning(StrictModel):
    """How the levels of ``indicator`` are handed out given each respondent's level of ``given``."""

    indicator: str
    given: str
    order: list[str]
    weights: dict[str, dict[str, float]] = Field(default_factory=dict)


class ToolsSpec(StrictModel):
    """The multi-select outcome tools: "None" for those who never record outcomes, chances for the rest."""

    never_level: str
    none_tool: str
    chances: dict[str, float]


class ThemeChance(StrictModel):
    """The chance a respondent raises a theme, and multipliers by indicator level."""

    chance: float = Field(ge=0, le=1)
    multipliers: dict[str, dict[str, float]] = Field(default_factory=dict)


class AnswerShape(StrictModel):
    """Chances that shape the answers (blank, non-response, style)."""

    blank: dict[str, float]
    non_response: dict[str, float]
    lower_case: float
    typo: float
    hedge: float
    bullets: float
    personal_data: float
    no_theme: float


class DemoSurveySpec(StrictModel):
    """The demo survey spec (resources/demo_survey.yaml)."""

    version: int
    waves: dict[str, WaveSpec]
    leanings: list[Leaning]
    outcome_tools: ToolsSpec
    max_chance: float = Field(gt=0, le=1)
    themes: dict[str, ThemeChance]
    answers: AnswerShape


class Fragment(StrictModel):
    """A piece of text, usable only for respondents whose indicators match ``when`` (if given)."""

    text: str
    when: dict[str, list[str]] = Field(default_factory=dict)


class ThemeFragments(StrictModel):
    """Requests (for "what would help") and problems (for "challenges") that raise one theme."""

    help: list[str | Fragment]
    challenge: list[str | Fragment]


class NoThemeFragments(StrictModel):
    """Substantive answers outside the coding frame."""

    help: list[str]
    challenge: list[str]
    other: list[str]


class DemoFragments(StrictModel):
    """The text fragments (resources/demo_fragments.yaml)."""

    version: int
    themes: dict[str, ThemeFragments]
    no_theme: NoThemeFragments
    non_responses: list[str]
    hedges: list[str]
    help_openers: list[str]
    help_joiners: list[str]
    challenge_joiners: list[str]
    contrast_joiners: list[str]
    endings: list[str]
    typos: dict[str, str]
    personal_data: list[str]
    clinical_systems: list[str]
    practice_names: list[str]
    practice_suffixes: list[str]


@lru_cache(maxsize=2)
def load_demo_spec(path: Path | str = SPEC_PATH) -> DemoSurveySpec:
    """Read and validate the demo survey spec."""
    return validate(DemoSurveySpec, read_yaml(path), path)


@lru_cache(maxsize=2)
def load_demo_fragments(path: Path | str = FRAGMENTS_PATH) -> DemoFragments:
    """Read and validate the demo text fragments."""
    return validate(DemoFragments, read_yaml(path), path)


# --- exact marginals --------------------------------------------------------------------------------


def largest_remainder(n: int, percentages: dict[str, float]) -> dict[str, int]:
    """Split ``n`` into counts proportional to ``percentages`` that sum to ``n`` (largest remainder method)."""
    total = sum(percentages.values())
    if total <= 0:
        raise ValueError("percentages must add up to more than zero")
    quotas = {level: n * share / total for level, share in percentages.items()}
    counts = {level: int(quota) for level, quota in quotas.items()}
    short = n - sum(counts.values())
    by_remainder = sorted(quotas, key=lambda level: quotas[level] - counts[level], reverse=True)
    for level in by_remainder[:short]:
        counts[level] += 1
    return counts


def allocate(
    rng: np.random.Generator, counts: dict[str, int], order: list[str], weights: dict[str, np.ndarray]
) -> np.ndarray:
    """Give each respondent one level so each level gets exactly its count.

    Levels are handed out in ``order``; a level's respondents are drawn from those still without one by
    weighted sampling without replacement (``weights[level]``, one weight per respondent, default 1), so
    the weights shape who gets a level but never how many.
    """
    n = sum(counts.values())
    levels = np.empty(n, dtype=object)
    free = np.ones(n, dtype=bool)
    for level in [*order, *(lv for lv in counts if lv not in order)]:
        count = counts.get(level, 0)
        if count == 0:
            continue
        candidates = np.flatnonzero(free)
        weight = weights.get(level, np.ones(n))[candidates]
        keys = np.log(rng.random(len(candidates))) / np.maximum(weight, 1e-9)  # Efraimidis-Spirakis keys
        chosen = candidates[np.argsort(-keys, kind="stable")[:count]]
        levels[chosen] = level
        free[chosen] = False
    return levels


# --- one wave ---------------------------------------------------------------------------------------


@dataclass
class _Wave:
    """A generated wave: the survey table and the themes each respondent was given (for the README)."""

    year: str
    table: pd.DataFrame
    themes: list[list[str]]


def generate_demo(seed: int = 2023, n: int = 777) -> dict[str, pd.DataFrame]:
    """Return the demo survey: {"2022": table, "2023": table}, ``n`` respondents each, same seed same tables."""
    return {year: wave.table for year, wave in _generate_waves(seed, n).items()}


def _generate_waves(seed: int, n: int) -> dict[str, _Wave]:
    if n < 1:
        raise InputError(f"--respondents must be at least 1 (got {n})")
    spec = load_demo_spec()
    fragments = load_demo_fragments()
    config = load_config()
    return {
        year: _generate_wave(year, n, np.random.default_rng([seed, int(year)]), spec, fragments, config)
        for year in sorted(spec.waves)
    }


def _generate_wave(
    year: str, n: int, rng: np.random.Generator, spec: DemoSurveySpec, fragments: DemoFragments,
    config: SurveyConfig,
) -> _Wave:
    wave = spec.waves[year]
    indicators: dict[str, Any] = {}
    leanings = {leaning.indicator: leaning for leaning in spec.leanings}
    for column, percentages in wave.marginals.items():
        counts = largest_remainder(n, percentages)
        leaning = leanings.get(column)
        if leaning is None:
            values = np.array([level for level, count in counts.items() for _ in range(count)], dtype=object)
            indicators[column] = rng.permutation(values)
            continue
        given = indicators[leaning.given]
        weights = {
            level: np.array([by_level.get(value, 1.0) for value in given])
            for level, by_level in leaning.weights.items()
        }
        indicators[column] = allocate(rng, counts, leaning.order, weights)
    tools_indicator = config.indicator("outcome_tools")
    indicators["outcome_tools"] = _outcome_tools(rng, indicators["outcome_recording"], spec.outcome_tools,
                                                 tools_indicator.levels)
    themes = _theme_plan(rng, indicators, spec, n)
    composer = _Composer(rng, fragments, spec.answers)
    answers = [composer.respondent(themes[i], {k: v[i] for k, v in indicators.items()}) for i in range(n)]

    table = pd.DataFrame({config.id_column: [f"{year}-{i + 1:04d}" for i in range(n)]})
    for indicator in config.indicators:
        table[indicator.column] = indicators[indicator.column]
    for question in config.question_columns:
        table[question] = [answer.get(question) for answer in answers]
    table[config.wave_column or "survey_year"] = year
    return _Wave(year, table, themes)


def _outcome_tools(rng: np.random.Generator, recording: np.ndarray, tools: ToolsSpec, levels: list[str]) -> list[str]:
    out = []
    for value in recording:
        if value == tools.never_level:
            out.append(tools.none_tool)
            continue
        ticked = [tool for tool in levels if tool in tools.chances and rng.random() < tools.chances[tool]]
        out.append("; ".join(ticked or [levels[0]]))
    return out


def _theme_plan(rng: np.random.Generator, indicators: dict[str, Any], spec: DemoSurveySpec, n: int) -> list[list[str]]:
    plan: list[list[str]] = [[] for _ in range(n)]
    for theme, chance in spec.themes.items():
        for i in range(n):
            p = chance.chance
            for column, by_level in chance.multipliers.items():
                p *= by_level.get(indicators[column][i], 1.0)
            if rng.random() < min(p, spec.max_chance):
                plan[i].append(theme)
    return plan


# --- composing answers --------------------------------------------------------------------------------


class _Composer:
    """Turns a respondent's themes into three answers, using the fragments and the answer shape."""

    def __init__(self, rng: np.random.Generator, fragments: DemoFragments, shape: AnswerShape) -> None:
        self.rng = rng
        self.fragments = fragments
        self.shape = shape
        self._typos = {re.compile(rf"\b{re.escape(word)}\b"): typo for word, typo in fragments.typos.items()}

    def choice(self, items: list[Any]) -> Any:
        return items[int(self.rng.integers(len(items)))]

    def chance(self, p: float) -> bool:
        return bool(self.rng.random() < p)

    def respondent(self, themes: list[str], levels: dict[str, Any]) -> dict[str, str | None]:
        """The three answers of one respondent (None for a blank answer)."""
        positive = "positive_experience" in themes
        concerns = [theme for theme in themes if theme != "positive_experience"]
        help_themes: list[str] = []
        challenge_themes: list[str] = []
        for theme in concerns:
            u = self.rng.random()
            if u < 0.45 or u >= 0.85:
                help_themes.append(theme)
            if u >= 0.45:
                challenge_themes.append(theme)
        used: set[str] = set()
        answers: dict[str, str | None] = {}
        for question in QUESTION_KINDS:
            if self.chance(self.shape.blank[question]):
                answers[question] = None
            elif self.chance(self.shape.non_response[question]):
                answers[question] = self.choice(self.fragments.non_responses)
            else:
                answers[question] = ""  # filled below
        positive_home = next((q for q in ("q_other", "q_challenges", "q_help") if answers[q] == ""), None)
        for question, kind in QUESTION_KINDS.items():
            if answers[question] != "":
                continue
            with_positive = positive and question == positive_home
            if kind == "help":
                text = self._help(help_themes, levels, used, with_positive)
            elif kind == "challenge":
                text = self._challenge(challenge_themes, levels, used, with_positive)
            else:
                text = self._other(concerns, levels, used, with_positive)
            answers[question] = self._style(text)
        if self.chance(self.shape.personal_data):
            filled = [q for q in QUESTION_KINDS if answers[q] and len(str(answers[q]).split()) > 3]
            if filled:
                question = self.choice(filled)
                contact = self._fill(self.choice(self.fragments.personal_data), levels)
                answers[question] = f"{answers[question]} {contact}"
        return answers

    def _pick(self, theme: str, kind: str, levels: dict[str, Any], used: set[str]) -> str | None:
        options = getattr(self.fragments.themes[theme], kind)
        usable = []
        for option in options:
            text, when = (option, {}) if isinstance(option, str) else (option.text, option.when)
            if text in used or any(levels.get(column) not in allowed for column, allowed in when.items()):
                continue
            if "{tool}" in text and not _named_tools(levels):
                continue
            usable.append(text)
        if not usable:
            return None
        text = self.choice(usable)
        used.add(text)
        return self._fill(text, levels)

    def _help(self, themes: list[str], levels: dict[str, Any], used: set[str], positive: bool) -> str:
        items = [item for theme in themes if (item := self._pick(theme, "help", levels, used))]
        if positive and (not items or self.chance(0.3)):
            item = self._pick("positive_experience", "help", levels, used)
            if item:
                items.insert(0, item)
        if not items or self.chance(self.shape.no_theme):
            items.append(self.choice(self.fragments.no_theme.help))
        if len(items) >= 2 and self.chance(self.shape.bullets):
            return "\n".join(f"• {_capitalise(item)}" for item in items)
        text = items[0]
        for item in items[1:]:
            text += self.choice(self.fragments.help_joiners) + item
        opener = self.choice(self.fragments.help_openers)
        return _capitalise(opener + text) + self.choice(self.fragments.endings)

    def _challenge(self, themes: list[str], levels: dict[str, Any], used: set[str], positive: bool) -> str:
        sentences = [item for theme in themes if (item := self._pick(theme, "challenge", levels, used))]
        if positive:
            item = self._pick("positive_experience", "challenge", levels, used)
            if item:
                sentences.insert(0, item)
        if not sentences or self.chance(self.shape.no_theme):
            sentences.append(self.choice(self.fragments.no_theme.challenge))
        text = sentences[0]
        for index, sentence in enumerate(sentences[1:]):
            turn = positive and index == 0  # a concern after a positive opening: "..., but ..."
            joiner = self.choice(self.fragments.contrast_joiners if turn else self.fragments.challenge_joiners)
            mid_sentence = bool(joiner.strip()) and not joiner.strip().endswith(".")
            text += joiner + (_lower_first(sentence) if mid_sentence else sentence)
        return text

    def _other(self, concerns: list[str], levels: dict[str, Any], used: set[str], positive: bool) -> str:
        if positive:
            item = self._pick("positive_experience", "challenge", levels, used)
            if item:
                return item
        if concerns and self.chance(0.5):
            item = self._pick(self.choice(concerns), "challenge", levels, used)
            if item:
                return item
        return self.choice(self.fragments.no_theme.other)

    def _style(self, text: str) -> str:
        if self.chance(self.shape.hedge) and not text.startswith("•"):
            text = self.choice(self.fragments.hedges) + _lower_first(text)
        if self.chance(self.shape.typo):
            for pattern, typo in self._typos.items():
                if pattern.search(text):
                    text = pattern.sub(typo, text, count=1)
                    break
        if self.chance(self.shape.lower_case):
            text = text.lower()
        return text

    def _fill(self, text: str, levels: dict[str, Any]) -> str:
        def value(match: re.Match[str]) -> str:
            key = match.group(1)
            if key == "system":
                return str(self.choice(self.fragments.clinical_systems))
            if key == "tool":
                return str(self.choice(_named_tools(levels)))
            if key == "n_patients":
                return str(int(self.rng.integers(15, 40)) * 10)
            if key == "n_sites":
                return str(int(self.rng.integers(3, 10)))
            if key == "n_weeks":
                return str(int(self.rng.integers(4, 17)))
            if key == "n_years":
                return str(int(self.rng.integers(2, 9)))
            if key == "name":
                return str(self.choice(_demo_first_names()))
            if key == "phone":
                return f"07700 900{int(self.rng.integers(0, 1000)):03d}"
            if key == "email":
                name = str(self.choice(_demo_first_names())).lower()
                return f"{name}.{chr(97 + int(self.rng.integers(26)))}@example.org"
            if key == "org":
                return f"{self.choice(self.fragments.practice_names)} {self.choice(self.fragments.practice_suffixes)}"
            return match.group(0)

        return _PLACEHOLDER.sub(value, text)


def _named_tools(levels: dict[str, Any]) -> list[str]:
    return [tool for tool in str(levels.get("outcome_tools") or "").split("; ") if tool not in ("", "None", "Other")]


@lru_cache(maxsize=1)
def _demo_first_names() -> list[str]:
    """First names for fake personal data: the redactor's shipped list, names that are not common words."""
    from splw_text.redact.rules import default_lexicon

    names = sorted(name for name, common in default_lexicon().first_names.items() if not common and len(name) > 3)
    return names[::37]  # a spread-out sample, the same every run


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lower_first(text: str) -> str:
    if len(text) > 1 and (text[1].isupper() or (text[0] == "I" and text[1] in " '")):
        return text  # an acronym ("GPs ...", "PCN ...") or "I ..."
    return text[:1].lower() + text[1:]


# --- writing --------------------------------------------------------------------------------------


def write_demo(out_dir: Path | str = "data/demo", seed: int = 2023, n: int = 777) -> list[Path]:
    """Write the demo survey (one CSV per wave) and its README into ``out_dir``; return the paths written."""
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: exists and is not a folder")
    waves = _generate_waves(seed, n)
    paths = []
    for year in sorted(waves, reverse=True):
        paths.append(write_csv(waves[year].table, out / f"splw_survey_{year}.csv"))
    readme = out / "README.md"
    with atomic_open(readme) as handle:
        handle.write(demo_readme(waves, seed))
    paths.append(readme)
    return paths


def demo_readme(waves: dict[str, _Wave], seed: int) -> str:
    """The README of the demo folder: what it is, how it was made, and its marginals as generated."""
    config = load_config()
    years = sorted(waves)
    n = {year: len(waves[year].table) for year in years}
    lines = [
        "# Demo survey (synthetic)",
        "",
        "A made-up SPLW workforce survey in two waves, generated by `splw-text demo` "
        f"(seed {seed}, {', '.join(f'{n[y]} respondents in {y}' for y in reversed(years))}). "
        "Nobody answered it: the closed answers are drawn to the published 2023 and 2022 figures and the "
        "free text is composed from the fragments in `splw_text/resources/demo_fragments.yaml`. Use it to "
        "try the tool; do not quote it.",
        "",
        "- `splw_survey_2023.csv`, `splw_survey_2022.csv`: one row per respondent, the columns of a survey "
        "export (`models/splw_survey.yaml`) plus `survey_year`. UTF-8.",
        "- Regenerate: `splw-text demo --out data/demo --seed " + str(seed) + "` (the same seed gives the same "
        "files).",
        "",
        "## How it was generated",
        "",
        "1. Each indicator's counts come from the wave's percentages by largest-remainder allocation, so the "
        "percentages hold exactly; respondents are then shuffled with a seeded numpy Generator.",
        "2. Indicators lean on each other as in the real survey (VCSE hosts more fixed-term contracts and "
        "more 'Never' recorders, PCN staff are more familiar with SNOMED, the familiar are more confident); "
        "counts stay exact.",
        "3. Themes are planted with chances that carry the survey's associations: VCSE-hosted link workers "
        "raise IT access more, fixed-term staff raise pay and job security, 'Never' recorders raise outcomes "
        "data and IT access, PCN staff raise being misunderstood by clinicians.",
        "4. Answers are composed from several phrasings per theme, with blanks, non-responses ('n/a', "
        "'nothing to add'), hedges, typos, lower-case answers, bullet lists, positive answers and a little "
        "fake personal data (07700 900xxx numbers, example.org e-mails, made-up practice names) for the "
        "redaction to find.",
        "",
        "Published figures it reproduces (NHS England SPLW workforce survey): 2023: about half employed by a "
        "PCN, 30% by a VCSE organisation, 75% permanent contracts, 42% record outcomes frequently and 28% "
        "never, 55% aware of the Information Standard, 59% familiar with SNOMED codes, 52% confident adding "
        "them; 2022: 37% VCSE, 69% permanent. Everything else (the other employer levels, background, the "
        "split of the confidence scale, 2022's other indicators, the outcome tools, all the text) is "
        "illustrative.",
        "",
        "## Marginals as generated",
        "",
        "| indicator | level | " + " | ".join(years) + " |",
        "|---|---|" + "---:|" * len(years),
    ]
    for indicator in config.indicators:
        if indicator.kind == "multi":
            for level in indicator.levels:
                cells = []
                for year in years:
                    values = waves[year].table[indicator.column].astype(str)
                    count = sum(level in value.split("; ") for value in values)
                    cells.append(f"{count} ({100 * count / n[year]:.1f}%)")
                lines.append(f"| {indicator.title} (any) | {level} | " + " | ".join(cells) + " |")
            continue
        for level in indicator.levels:
            cells = []
            for year in years:
                count = int((waves[year].table[indicator.column] == level).sum())
                cells.append(f"{count} ({100 * count / n[year]:.1f}%)")
            lines.append(f"| {indicator.title} | {level} | " + " | ".join(cells) + " |")
    lines += ["", "## Themes as planted (share of respondents raising the theme in any answer)", ""]
    lines += _planted_table(waves["2023"] if "2023" in waves else waves[years[-1]])
    answers = sum(int(waves[y].table[q].notna().sum()) for y in years for q in config.question_columns)
    lines += ["", f"Non-blank answers: {answers} over both waves.", ""]
    return "\n".join(lines)


def _planted_table(wave: _Wave) -> list[str]:
    table = wave.table
    groups = [
        ("employer", "VCSE organisation"), ("employer", "Primary care network (PCN)"),
        ("contract", "Fixed term"), ("contract", "Permanent"),
        ("outcome_recording", "Never"), ("outcome_recording", "Frequently"),
    ]
    themes = ["it_systems_access", "pay_job_security", "outcomes_data", "clinician_understanding"]
    lines = [
        f"Wave {wave.year}.",
        "",
        "| group | n | " + " | ".join(themes) + " |",
        "|---|---:|" + "---:|" * len(themes),
    ]
    for column, level in groups:
        members = [i for i, value in enumerate(table[column]) if value == level]
        cells = []
        for theme in themes:
            share = sum(theme in wave.themes[i] for i in members) / len(members) if members else 0.0
            cells.append(f"{100 * share:.0f}%")
        lines.append(f"| {column} = {level} | {len(members)} | " + " | ".join(cells) + " |")
    return lines
