"""The self-contained HTML report: one file, no script, no network, inline SVG charts, all text escaped.

``write_html_report(tableset, coded, config, codebook, path, topics=None)`` renders
``templates/report.html.j2`` with jinja2 autoescaping, so every answer, label and name from the data is
HTML-escaped; only the SVG the chart functions build (whose own text is escaped) is inserted as markup.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from splw_text.codebook import Codebook
from splw_text.config import SurveyConfig
from splw_text.outputs import atomic_open
from splw_text.report.charts import Bar, Change, HeatCell, bar_chart, dumbbell, heat_map, stacked_bar
from splw_text.report.quotes import Quote, select_quotes
from splw_text.tables.model import SUPPRESSED_MARK, TableSet

QUOTES_PER_THEME = 3
NOTABLE_ASSOCIATIONS = 10
PREFERRED_HEATMAP = "employer"


def write_html_report(
    tableset: TableSet,
    coded: pd.DataFrame,
    config: SurveyConfig,
    codebook: Codebook,
    path: Path | str,
    topics: pd.DataFrame | None = None,
    inputs: Iterable[Path | str] = (),
) -> Path:
    """Write the report to ``path`` (atomically) and return the path. See ``render_html_report``."""
    html = render_html_report(tableset, coded, config, codebook, topics)
    with atomic_open(path, "w", inputs) as handle:
        handle.write(html)
    return Path(path)


def render_html_report(
    tableset: TableSet,
    coded: pd.DataFrame,
    config: SurveyConfig,
    codebook: Codebook,
    topics: pd.DataFrame | None = None,
) -> str:
    """Return the report as one HTML string.

    ``coded``: the coded answers (label table with ``text_redacted`` and ``evidence``), used only for
    the example quotes; ``topics``: optional topic table (``topic, size, label, top_words,
    representative_answers, theme, theme_share, emergent``), shown emergent topics first.
    """
    import jinja2

    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(Path(__file__).resolve().parent / "templates")),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    environment.filters["pct"] = format_pct
    environment.filters["number"] = format_count
    environment.filters["pvalue"] = format_p
    template = environment.get_template("report.html.j2")
    return template.render(**report_context(tableset, coded, config, codebook, topics))


# --- formatting ----------------------------------------------------------------------------------


def _missing(value: Any) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def format_pct(value: Any, suppressed: bool = False, digits: int = 0) -> str:
    """A percentage for display: "44%", the suppression mark, or an en dash when there is none."""
    if suppressed and _missing(value):
        return SUPPRESSED_MARK
    if _missing(value):
        return "–"
    return f"{float(value):.{digits}f}%"


def format_count(value: Any, suppressed: bool = False) -> str:
    """A count for display with thousands separators, or the suppression mark."""
    if _missing(value):
        return SUPPRESSED_MARK if suppressed else "–"
    return f"{int(value):,}"


def format_p(value: Any) -> str:
    """A p-value for display: "<0.001" or three decimals."""
    if _missing(value):
        return "–"
    return "<0.001" if float(value) < 0.001 else f"{float(value):.3f}"


# --- context -------------------------------------------------------------------------------------


def report_context(
    tableset: TableSet,
    coded: pd.DataFrame,
    config: SurveyConfig,
    codebook: Codebook,
    topics: pd.DataFrame | None = None,
) -> dict[str, Any]:
    """Everything the template shows, as plain values and pre-built SVG charts."""
    themes = list(codebook.themes)
    names = {theme.id: str(theme.name) for theme in themes}
    colours = {theme.id: getattr(theme, "colour", None) for theme in themes}
    summary = tableset.summary
    frequencies = tableset["theme_frequencies"]
    overall = frequencies[frequencies["question"] == "all"].set_index("theme")
    question_labels = {q.column: q.short or q.text for q in config.questions}

    shares = overall["respondents_pct"].astype(float).fillna(-1.0)
    ranked = sorted(overall.index, key=lambda t: -float(shares[t]))  # suppressed shares last
    theme_chart = bar_chart(
        [
            Bar(
                names.get(t, t),
                _float(overall.at[t, "respondents_pct"]),
                _float(overall.at[t, "respondents_ci_low"]),
                _float(overall.at[t, "respondents_ci_high"]),
                caption=f"({format_count(overall.at[t, 'respondents'], True)})",
                colour=colours.get(t),
                suppressed=bool(overall.at[t, "suppressed"]) and _missing(overall.at[t, "respondents_pct"]),
            )
            for t in ranked
        ],
        "Share of respondents raising each theme, with 95% intervals",
    )
    context: dict[str, Any] = {
        "title": f"{config.name}: what the free-text answers say",
        "survey_name": config.name,
        "summary": summary,
        "suppressed": tableset.suppressed,
        "threshold": tableset.threshold,
        "mark": SUPPRESSED_MARK,
        "headlines": _headlines(tableset, overall, names),
        "indicator_headlines": _indicator_headlines(tableset, config),
        "theme_chart": theme_chart,
        "question_table": _question_table(frequencies, ranked, names, config, question_labels),
        "indicators": _indicator_sections(tableset, config),
        "heatmap": _heatmap(tableset, config, ranked, names),
        "associations": _association_sentences(tableset, names),
        "association_table": _association_table(tableset, names),
        "waves": _waves(tableset, names, config, ranked),
        "themes": _theme_sections(tableset, coded, config, themes, overall, question_labels),
        "topics": _topics(topics, names),
        "questions": [{"column": q.column, "text": q.text} for q in config.questions],
        "response_summary": tableset["response_summary"].to_dict("records"),
        "question_labels": question_labels,
        "tests": summary.get("tests", 0),
    }
    return context


def _float(value: Any) -> float | None:
    return None if _missing(value) else float(value)


def _headlines(tableset: TableSet, overall: pd.DataFrame, names: dict[str, str]) -> list[dict[str, str]]:
    summary = tableset.summary
    answers = summary.get("answers", 0)
    non_responses = summary.get("non_responses", 0)
    cards = [
        {"value": f"{summary.get('respondents', 0):,}", "label": "respondents"},
        {
            "value": f"{summary.get('respondents_substantive', 0):,}",
            "label": "gave at least one substantive answer",
        },
        {"value": f"{summary.get('substantive_answers', 0):,}", "label": "substantive answers coded"},
        {
            "value": format_pct(100.0 * non_responses / answers if answers else None),
            "label": f"of {answers:,} non-blank answers were non-responses ({non_responses:,})",
        },
    ]
    shown = overall[~overall["respondents_pct"].isna()].sort_values("respondents_pct", ascending=False)
    for theme, row in shown.head(3).iterrows():
        cards.append({"value": format_pct(row["respondents_pct"]), "label": f"raised {names.get(str(theme), theme)}"})
    return cards


def _indicator_headlines(tableset: TableSet, config: SurveyConfig) -> list[dict[str, str]]:
    """One card per yes/no or agreement question: the share saying yes, or agreeing (either strength)."""
    table = tableset["indicators"]
    cards = []
    for indicator in config.indicators:
        if indicator.kind != "single":
            continue
        folded = {level: level.strip().lower() for level in indicator.levels}
        yes = [level for level in indicator.levels if folded[level] == "yes"]
        agree = [
            level for level in indicator.levels
            if "agree" in folded[level] and "disagree" not in folded[level] and "neither" not in folded[level]
        ]
        chosen = yes or agree
        rows = table[(table["indicator"] == indicator.column) & table["level"].isin(chosen)]
        if not chosen or rows.empty or rows["n"].isna().any() or rows["base"].isna().any():
            continue  # a suppressed level would leak through the sum
        base = int(rows["base"].iloc[0])
        if base == 0:
            continue
        cards.append(
            {
                "value": format_pct(100.0 * int(rows["n"].sum()) / base),
                "label": f"{indicator.title}: {' or '.join(level.lower() for level in chosen)}",
            }
        )
    return cards


def _question_table(
    frequencies: pd.DataFrame, ranked: list[str], names: dict[str, str], config: SurveyConfig,
    question_labels: dict[str, str],
) -> dict[str, Any]:
    by_question = frequencies.set_index(["question", "theme"])
    rows = []
    for theme in ranked:
        cells = []
        for question in config.question_columns:
            if (question, theme) not in by_question.index:
                cells.append("–")
                continue
            cells.append(
                format_pct(by_question.at[(question, theme), "answers_pct"],
                           bool(by_question.at[(question, theme), "suppressed"]))
            )
        rows.append({"theme": names.get(theme, theme), "cells": cells})
    bases = []
    for question in config.question_columns:
        subset = frequencies[frequencies["question"] == question]
        base = subset["answers_base"].dropna()
        bases.append(format_count(base.iloc[0] if len(base) else None, True))
    return {"headers": [question_labels[q] for q in config.question_columns], "bases": bases, "rows": rows}


def _indicator_sections(tableset: TableSet, config: SurveyConfig) -> list[dict[str, Any]]:
    table = tableset["indicators"]
    sections = []
    for indicator in config.indicators:
        rows = table[table["indicator"] == indicator.column]
        if rows.empty:
            continue
        base = rows["base"].dropna()
        base_text = format_count(base.iloc[0] if len(base) else None, True)
        if indicator.kind == "multi":
            chart = bar_chart(
                [
                    Bar(str(r.level), _float(r.pct), _float(r.ci_low), _float(r.ci_high),
                        suppressed=bool(r.suppressed))
                    for r in rows.itertuples()
                ],
                indicator.title,
                label_width=220,
            )
        else:
            chart = stacked_bar(
                [str(level) for level in rows["level"]], [_float(v) for v in rows["pct"]], indicator.title
            )
        sections.append({"title": indicator.title, "base": base_text, "chart": chart, "kind": indicator.kind})
    return sections


def _heatmap_indicator(tableset: TableSet, config: SurveyConfig) -> str | None:
    crosstabs = tableset.crosstabs
    singles = [i.column for i in config.indicators if i.kind == "single" and i.column in crosstabs]
    if PREFERRED_HEATMAP in singles:
        return PREFERRED_HEATMAP
    return singles[0] if singles else None


def _heatmap(
    tableset: TableSet, config: SurveyConfig, ranked: list[str], names: dict[str, str]
) -> dict[str, Any] | None:
    column = _heatmap_indicator(tableset, config)
    if column is None:
        return None
    indicator = config.indicator(column)
    table = tableset.crosstabs[column].set_index(["theme", "level"])
    levels = list(indicator.levels)
    first = tableset.crosstabs[column].drop_duplicates("level").set_index("level")
    notes = [f"n = {format_count(first.at[level, 'base'], True)}" if level in first.index else "" for level in levels]
    cells = [
        [
            HeatCell(_float(table.at[(theme, level), "pct"]), bool(table.at[(theme, level), "suppressed"]))
            if (theme, level) in table.index
            else HeatCell(None)
            for level in levels
        ]
        for theme in ranked
    ]
    chart = heat_map([names.get(t, t) for t in ranked], levels, cells,
                     f"Share of respondents raising each theme, by {indicator.title.lower()}", notes)
    return {"title": indicator.title, "chart": chart}


def _association_sentences(tableset: TableSet, names: dict[str, str]) -> list[dict[str, str]]:
    table = tableset["associations"]
    notable = table[table["significant"].astype(bool) & (table["highlight_level"] != "") & (table["direction"] != "")]
    sentences = []
    for row in notable.head(NOTABLE_ASSOCIATIONS).itertuples():
        others = "of those who did not choose it" if row.level else "of other respondents"
        sentences.append(
            {
                "subject": f"{row.indicator_label}: {row.highlight_level}",
                "text": (
                    f"raised {names.get(str(row.theme), row.theme)} {row.direction} often: "
                    f"{format_pct(row.highlight_pct)} vs {format_pct(row.comparison_pct)} {others}"
                ),
                "detail": f"Cramér's V {row.cramers_v:.2f}, adjusted p {format_p(row.p_adjusted)}, {row.test}",
            }
        )
    return sentences


def _association_table(tableset: TableSet, names: dict[str, str]) -> list[dict[str, str]]:
    table = tableset["associations"].head(NOTABLE_ASSOCIATIONS)
    return [
        {
            "theme": names.get(str(row.theme), str(row.theme)),
            "indicator": str(row.indicator_label) + (f": {row.level!s}" if row.level else ""),
            "v": "–" if _missing(row.cramers_v) else f"{row.cramers_v:.2f}",
            "p": format_p(row.p_value),
            "p_adjusted": format_p(row.p_adjusted),
            "test": str(row.test),
        }
        for row in table.itertuples()
    ]


def _waves(
    tableset: TableSet, names: dict[str, str], config: SurveyConfig, ranked: list[str]
) -> dict[str, Any] | None:
    if "wave_change" not in tableset:
        return None
    changes = tableset["wave_change"]
    waves = tableset.summary.get("waves", [])
    wave_from, wave_to = waves[-2], waves[-1]
    latest = changes[(changes["wave_from"] == wave_from) & (changes["wave_to"] == wave_to)]
    themes = latest[latest["kind"] == "theme"]
    order = {theme: position for position, theme in enumerate(ranked)}  # same order as the theme chart
    themes = themes.sort_values("theme", key=lambda column: column.map(order), kind="stable")
    chart = dumbbell(
        [
            Change(names.get(str(r.theme), str(r.theme)), _float(r.pct_from), _float(r.pct_to),
                   bool(not _missing(r.p_adjusted) and r.p_adjusted < 0.05))
            for r in themes.itertuples()
        ],
        str(wave_from), str(wave_to), f"Share of respondents raising each theme, {wave_from} and {wave_to}",
    )
    labels = {i.column: i.title for i in config.indicators}
    return {
        "wave_from": wave_from,
        "wave_to": wave_to,
        "waves": waves,
        "chart": chart,
        "themes": [_change_row(names.get(str(r.theme), str(r.theme)), r) for r in themes.itertuples()],
        "indicators": [
            _change_row(f"{labels.get(str(r.indicator), r.indicator)}: {r.level}", r)
            for r in latest[latest["kind"] == "indicator"].itertuples()
        ],
    }


def _change_row(label: str, row: Any) -> dict[str, str]:
    if bool(row.suppressed):
        return {"label": label, "before": SUPPRESSED_MARK, "after": SUPPRESSED_MARK, "change": SUPPRESSED_MARK,
                "interval": "", "p": "", "significant": ""}
    return {
        "label": label,
        "before": format_pct(row.pct_from),
        "after": format_pct(row.pct_to),
        "change": "–" if _missing(row.change_points) else f"{row.change_points:+.1f}",
        "interval": "" if _missing(row.change_ci_low) else f"{row.change_ci_low:+.1f} to {row.change_ci_high:+.1f}",
        "p": format_p(row.p_adjusted),
        "significant": "yes" if not _missing(row.p_adjusted) and row.p_adjusted < 0.05 else "",
    }


def _theme_sections(
    tableset: TableSet,
    coded: pd.DataFrame,
    config: SurveyConfig,
    themes: Sequence[Any],
    overall: pd.DataFrame,
    question_labels: dict[str, str],
) -> list[dict[str, Any]]:
    group_column = _heatmap_indicator(tableset, config)
    candidates = _with_groups(coded, tableset.respondents, group_column)
    shown_groups: list[str] = []
    if group_column is not None:
        levels = tableset["indicators"]
        levels = levels[levels["indicator"] == group_column]
        limit = tableset.threshold if tableset.suppressed else 0
        shown_groups = [
            str(level) for level, n, hidden in zip(levels["level"], levels["n"], levels["suppressed"], strict=True)
            if not hidden and not _missing(n) and int(n) >= limit
        ]
    sections = []
    for theme in themes:
        row = overall.loc[theme.id] if theme.id in overall.index else None
        quotes: list[Quote] = select_quotes(
            candidates, theme.id, QUOTES_PER_THEME, "_group" if group_column else None, question_labels, shown_groups
        )
        sections.append(
            {
                "id": theme.id,
                "name": str(theme.name),
                "definition": str(getattr(theme, "definition", "") or ""),
                "colour": getattr(theme, "colour", None) or "#005eb8",
                "respondents": "" if row is None else format_count(row["respondents"], True),
                "respondents_pct": "" if row is None else format_pct(row["respondents_pct"], True),
                "answers": "" if row is None else format_count(row["answers"], True),
                "quotes": quotes,
            }
        )
    return sections


def _with_groups(coded: pd.DataFrame, respondents: pd.DataFrame, group_column: str | None) -> pd.DataFrame:
    """Attach each answer's group (the heat-map indicator) for quote diversity."""
    if group_column is None or group_column not in respondents.columns or "respondent_id" not in coded.columns:
        return coded
    keys = ["respondent_id"] + (["wave"] if "wave" in respondents.columns and "wave" in coded.columns else [])
    lookup = respondents[keys + [group_column]].rename(columns={group_column: "_group"})
    lookup = lookup.drop_duplicates(keys)
    left = coded.copy()
    for key in keys:
        left[key] = left[key].astype(str)
        lookup[key] = lookup[key].astype(str)
    return left.merge(lookup, on=keys, how="left")


def _topics(topics: pd.DataFrame | None, names: dict[str, str]) -> list[dict[str, Any]]:
    if topics is None or len(topics) == 0:
        return []
    frame = topics.copy()
    if "emergent" in frame.columns:
        frame["_emergent"] = frame["emergent"].fillna(False).astype(bool)
    else:
        frame["_emergent"] = False
    frame = frame.sort_values(["_emergent", "size"] if "size" in frame.columns else ["_emergent"],
                              ascending=False, kind="stable")
    rows = []
    for record in frame.to_dict("records"):
        raw = record.get("representative_answers")
        answers: list[Any]
        if isinstance(raw, str):
            answers = [raw]
        elif isinstance(raw, Iterable):
            answers = list(raw)
        else:
            answers = []
        words = record.get("top_words", "")
        if isinstance(words, (list, tuple)):
            words = ", ".join(str(w) for w in words)
        theme = record.get("theme")
        share = record.get("theme_share")
        rows.append(
            {
                "label": str(record.get("label", record.get("topic", ""))),
                "size": format_count(record.get("size")),
                "top_words": "" if _missing(words) else str(words),
                "answers": [str(a) for a in answers[:3]],
                "theme": "" if _missing(theme) or not theme else names.get(str(theme), str(theme)),
                "theme_share": "" if share is None or _missing(share) else format_pct(100.0 * float(share)),
                "emergent": bool(record["_emergent"]),
            }
        )
    return rows
