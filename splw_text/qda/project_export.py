"""Export the automatic coding as a REFI-QDA project (``.qdpx``) for NVivo, MAXQDA, ATLAS.ti, QualCoder.

The ``.qdpx`` is a zip holding ``project.qde`` (QDA-XML 1.0, ``urn:QDA-XML:project:1.0``) and one
``sources/<guid>.txt`` per answer (UTF-8, referenced as ``plainTextPath="internal://<guid>.txt"``, the form
the tools read). The project holds:

- ``CodeBook``: every theme a ``Code`` (stable GUID, name, colour, definition) plus ``Non-response``;
- ``Variables`` and one ``Case`` per respondent (named by respondent id) with its indicators as
  ``VariableValue``s (multi-select indicators as their levels joined by ";") and a ``SourceRef`` per answer;
- ``Sources``: one ``TextSource`` per open answer, named ``"<respondent_id> <question>"``, holding the
  redacted text; every theme given becomes a ``PlainTextSelection`` with a ``Coding`` over the evidence
  span (character offsets into that text), or over the whole answer when the coder gave no span it can
  find; non-responses are coded ``Non-response`` over the whole answer;
- ``Sets``: one per question, grouping its answers (document groups in the tools).

All GUIDs come from ``splw_text.qda.guids``, so a second export of the same data gives the same GUIDs.
"""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd
from lxml import etree

from splw_text.codebook import Codebook
from splw_text.config import SurveyConfig
from splw_text.errors import InputError
from splw_text.labels import KEY
from splw_text.outputs import atomic_path
from splw_text.qda import guids
from splw_text.qda.codebook_xml import PROJECT_NAMESPACE, codebook_element, xml_safe

NS = PROJECT_NAMESPACE
QDE_NAME = "project.qde"
SOURCES_FOLDER = "sources"
WAVE_VARIABLE = "wave"


def _tag(name: str) -> str:
    return f"{{{NS}}}{name}"


@dataclass(frozen=True)
class Span:
    """One coded stretch of an answer: ``code_guid`` over characters ``[start, end)`` of the text."""

    code_guid: str
    start: int
    end: int


@dataclass(frozen=True)
class ExportedProject:
    """A built project: the ``Project`` element and the text of every source by source GUID."""

    root: etree._Element
    texts: dict[str, str]
    summary: dict[str, int] = field(default_factory=dict)


# --- evidence spans -------------------------------------------------------------------------------


def locate_span(text: str, span: str, start_hint: int | None = None) -> tuple[int, int] | None:
    """Find ``span`` in ``text``; return its character offsets ``(start, end)``, or None if it is not there.

    The evidence offsets a coder records may refer to another form of the text (cleaned, not redacted),
    so they are only a hint: the exact occurrence nearest to ``start_hint`` wins (the first one without a
    hint); failing that, a match that ignores case and runs of white space.
    """
    if not span or not span.strip():
        return None
    if start_hint is not None and start_hint >= 0 and text[start_hint : start_hint + len(span)] == span:
        return start_hint, start_hint + len(span)
    found = [match.start() for match in re.finditer(re.escape(span), text)]
    if found:
        best = found[0] if start_hint is None else min(found, key=lambda s: (abs(s - start_hint), s))
        return best, best + len(span)
    words = span.split()
    pattern = re.compile(r"\s+".join(re.escape(word) for word in words), re.IGNORECASE)
    loose = list(pattern.finditer(text))
    if loose:
        best_match = (
            loose[0] if start_hint is None else min(loose, key=lambda m: (abs(m.start() - start_hint), m.start()))
        )
        return best_match.start(), best_match.end()
    return None


def parse_evidence(value: Any, source: str, row: int) -> list[dict[str, Any]]:
    """Parse one ``evidence`` cell (a JSON list of objects, or blank) into a list of dicts."""
    if value is None or (isinstance(value, float) and value != value):
        return []
    if isinstance(value, list):
        items: Any = value
    else:
        text = str(value).strip()
        if not text:
            return []
        try:
            items = json.loads(text)
        except json.JSONDecodeError as error:
            raise InputError(f"{source}: column 'evidence', row {row}: not valid JSON ({error.msg})") from None
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise InputError(f"{source}: column 'evidence', row {row}: expected a JSON list of objects")
    return items


def _int_or_none(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def answer_spans(
    text: str, themes: Sequence[str], non_response: bool, evidence: Sequence[dict[str, Any]]
) -> list[Span]:
    """Return the coded spans of one answer: each theme over its evidence spans, or over the whole text.

    A non-response is coded ``Non-response`` over the whole text (and keeps any themes it was given).
    """
    whole = (0, len(text))
    spans: list[Span] = []
    if non_response:
        spans.append(Span(guids.non_response_guid(), *whole))
    for theme in themes:
        code = guids.theme_guid(theme)
        placed: list[tuple[int, int]] = []
        for item in evidence:
            if item.get("theme") != theme:
                continue
            found = locate_span(text, str(item.get("span") or ""), _int_or_none(item.get("start")))
            if found is not None and found[1] > found[0] and found not in placed:
                placed.append(found)
        for start, end in placed or [whole]:
            spans.append(Span(code, start, end))
    return spans


# --- building the project -------------------------------------------------------------------------


def _text_value(value: Any) -> str | None:
    if value is None:
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    text = str(value)
    return text if text.strip() else None


def build_project(
    coded: pd.DataFrame,
    codebook: Codebook,
    *,
    respondents: pd.DataFrame | None = None,
    config: SurveyConfig | None = None,
    name: str = "splw-text coding",
    description: str | None = None,
    created: datetime | None = None,
    source: str = "<coded answers>",
) -> ExportedProject:
    """Build a REFI-QDA project from a coded-answers table.

    ``coded``: a label table (``splw_text.labels``): ``respondent_id``, ``question``, ``non_response``
    (bool), one bool column per theme id, ``text_redacted`` and optionally ``evidence`` (JSON list of
    ``{theme, span, start, ...}``). ``respondents``: the survey's respondents table; when given, every
    respondent becomes a Case with the indicators of ``config`` as variables, and every coded answer must
    belong to one of them. Returns the ``Project`` element and the source texts.
    """
    theme_ids = [theme.id for theme in codebook.themes]
    missing = [column for column in [*KEY, "non_response", "text_redacted", *theme_ids] if column not in coded]
    if missing:
        raise InputError(f"{source}: missing column(s) {', '.join(repr(c) for c in missing)}")
    stamp = (created or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    user = guids.user_guid()

    root = etree.Element(_tag("Project"), nsmap={None: NS})
    root.set("name", xml_safe(name))
    root.set("origin", "splw-text")
    root.set("creatingUserGUID", user)
    root.set("creationDateTime", stamp)
    users = etree.SubElement(root, _tag("Users"))
    etree.SubElement(users, _tag("User"), guid=user, name="splw-text", id="splw-text")
    root.append(codebook_element(codebook, NS))
    variables = _variable_columns(respondents, config)
    _add_variables(root, variables)
    case_ids = _case_ids(coded, respondents, source)
    _add_cases(root, case_ids, coded, respondents, variables)
    texts, codings = _add_sources(root, coded, theme_ids, config, user, stamp, source)
    _add_sets(root, coded, config)
    if description:
        etree.SubElement(root, _tag("Description")).text = xml_safe(description)
    summary = {"cases": len(case_ids), "sources": len(texts), "codings": codings, "variables": len(variables)}
    return ExportedProject(root=root, texts=texts, summary=summary)


def _add_variables(root: etree._Element, variables: list[tuple[str, str]]) -> None:
    if not variables:
        return
    block = etree.SubElement(root, _tag("Variables"))
    for column, title in variables:
        variable = etree.SubElement(
            block, _tag("Variable"), guid=guids.variable_guid(column), name=xml_safe(column), typeOfVariable="Text"
        )
        if title != column:
            etree.SubElement(variable, _tag("Description")).text = xml_safe(title)


def _add_cases(
    root: etree._Element,
    case_ids: list[str],
    coded: pd.DataFrame,
    respondents: pd.DataFrame | None,
    variables: list[tuple[str, str]],
) -> None:
    if not case_ids:
        return
    answers_by_case: dict[str, list[str]] = {respondent_id: [] for respondent_id in case_ids}
    for respondent_id, question in zip(coded["respondent_id"], coded["question"], strict=True):
        answers_by_case[str(respondent_id)].append(guids.source_guid(str(respondent_id), str(question)))
    values = respondents.set_index("respondent_id") if respondents is not None else None
    block = etree.SubElement(root, _tag("Cases"))
    for respondent_id in case_ids:
        case = etree.SubElement(block, _tag("Case"), guid=guids.case_guid(respondent_id), name=xml_safe(respondent_id))
        if values is not None:
            row = values.loc[respondent_id]
            for column, _title in variables:
                value = _text_value(row[column])
                if value is None:
                    continue
                variable_value = etree.SubElement(case, _tag("VariableValue"))
                etree.SubElement(variable_value, _tag("VariableRef"), targetGUID=guids.variable_guid(column))
                etree.SubElement(variable_value, _tag("TextValue")).text = xml_safe(value)
        for source_id in answers_by_case[respondent_id]:
            etree.SubElement(case, _tag("SourceRef"), targetGUID=source_id)


def _add_sources(
    root: etree._Element,
    coded: pd.DataFrame,
    theme_ids: list[str],
    config: SurveyConfig | None,
    user: str,
    stamp: str,
    source: str,
) -> tuple[dict[str, str], int]:
    """Add one TextSource per answer with its codings; return the texts by source GUID and the coding count."""
    texts: dict[str, str] = {}
    codings = 0
    if not len(coded):
        return texts, codings
    block = etree.SubElement(root, _tag("Sources"))
    has_evidence = "evidence" in coded
    for position, (_, answer) in enumerate(coded.iterrows()):
        respondent_id, question = str(answer["respondent_id"]), str(answer["question"])
        source_id = guids.source_guid(respondent_id, question)
        text = _plain_text(answer["text_redacted"])
        texts[source_id] = text
        text_source = etree.SubElement(
            block,
            _tag("TextSource"),
            guid=source_id,
            name=xml_safe(f"{respondent_id} {question}"),
            plainTextPath=f"internal://{source_id}.txt",
            creatingUser=user,
            creationDateTime=stamp,
        )
        question_text = _question_text(config, question)
        if question_text:
            etree.SubElement(text_source, _tag("Description")).text = xml_safe(question_text)
        evidence = parse_evidence(answer["evidence"], source, position + 2) if has_evidence else []
        themes = [theme for theme in theme_ids if bool(answer[theme])]
        for span in answer_spans(text, themes, bool(answer["non_response"]), evidence):
            selection_id = guids.selection_guid(source_id, span.code_guid, span.start, span.end)
            selection = etree.SubElement(
                text_source,
                _tag("PlainTextSelection"),
                guid=selection_id,
                name=xml_safe(" ".join(text[span.start : span.end].split())[:60]),
                startPosition=str(span.start),
                endPosition=str(span.end),
                creatingUser=user,
                creationDateTime=stamp,
            )
            coding = etree.SubElement(
                selection,
                _tag("Coding"),
                guid=guids.coding_guid(selection_id),
                creatingUser=user,
                creationDateTime=stamp,
            )
            etree.SubElement(coding, _tag("CodeRef"), targetGUID=span.code_guid)
            codings += 1
    return texts, codings


def _add_sets(root: etree._Element, coded: pd.DataFrame, config: SurveyConfig | None) -> None:
    """Add one Set per question grouping its answers (document groups in the tools)."""
    by_question: dict[str, list[str]] = {}
    for respondent_id, question in zip(coded["respondent_id"], coded["question"], strict=True):
        by_question.setdefault(str(question), []).append(guids.source_guid(str(respondent_id), str(question)))
    if not by_question:
        return
    block = etree.SubElement(root, _tag("Sets"))
    for question, members in by_question.items():
        question_set = etree.SubElement(block, _tag("Set"), guid=guids.set_guid(question), name=xml_safe(question))
        question_text = _question_text(config, question)
        if question_text:
            etree.SubElement(question_set, _tag("Description")).text = xml_safe(question_text)
        for member in members:
            etree.SubElement(question_set, _tag("MemberSource"), targetGUID=member)


def _plain_text(value: Any) -> str:
    # Tools read the source files with universal newlines: a CR would shift every offset after it.
    if _text_value(value) is None:
        return ""
    return str(value).replace("\r\n", "\n").replace("\r", "\n")


def _variable_columns(respondents: pd.DataFrame | None, config: SurveyConfig | None) -> list[tuple[str, str]]:
    if respondents is None:
        return []
    columns: list[tuple[str, str]] = []
    if config is not None:
        columns = [(i.column, i.title) for i in config.indicators if i.column in respondents]
    if WAVE_VARIABLE in respondents:
        columns.append((WAVE_VARIABLE, "Survey wave"))
    return columns


def _case_ids(coded: pd.DataFrame, respondents: pd.DataFrame | None, source: str) -> list[str]:
    coded_ids = [str(value) for value in coded["respondent_id"]]
    if respondents is None:
        return list(dict.fromkeys(coded_ids))
    survey_ids = [str(value) for value in respondents["respondent_id"]]
    known = set(survey_ids)
    if len(known) < len(survey_ids):
        repeated = next(value for value in survey_ids if survey_ids.count(value) > 1)
        raise InputError(
            f"respondent id {repeated!r} appears more than once in the survey (several waves?): "
            "export one wave at a time"
        )
    for row, respondent_id in enumerate(coded_ids):
        if respondent_id not in known:
            raise InputError(
                f"{source}: column 'respondent_id', row {row + 2}: respondent {respondent_id!r} is not in the survey"
            )
    return survey_ids


def _question_text(config: SurveyConfig | None, question: str) -> str | None:
    if config is None:
        return None
    try:
        return config.question_text(question)
    except KeyError:
        return None


# --- writing the .qdpx ----------------------------------------------------------------------------


def project_xml(project: ExportedProject) -> bytes:
    """Return ``project.qde`` as UTF-8 XML bytes."""
    return etree.tostring(project.root, xml_declaration=True, encoding="utf-8", pretty_print=True)


def write_qdpx(project: ExportedProject, path: Path | str, inputs: Iterable[Path | str] = ()) -> Path:
    """Write the project as a ``.qdpx`` zip (``project.qde`` + ``sources/<guid>.txt``), atomically."""
    with atomic_path(path, inputs) as temp_path, zipfile.ZipFile(temp_path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(QDE_NAME, project_xml(project))
        for source_id, text in project.texts.items():
            archive.writestr(f"{SOURCES_FOLDER}/{source_id}.txt", text.encode("utf-8"))
    return Path(path)


def attach_redacted_text(coded: pd.DataFrame, answers: pd.DataFrame, source: str) -> pd.DataFrame:
    """Add ``text_redacted`` to a label table that lacks it, from the cleaned answers of the survey."""
    texts = answers.set_index(KEY)["text_redacted"]
    out = coded.copy()
    values: list[str] = []
    for row, key in enumerate(zip(out["respondent_id"], out["question"], strict=True)):
        if key not in texts.index:
            raise InputError(f"{source}: row {row + 2}: answer {key[0]}/{key[1]} is not in the survey")
        values.append(str(texts.loc[key]))
    out["text_redacted"] = values
    return out


def export_project(
    coded_path: Path | str,
    out: Path | str,
    codebook: Codebook,
    *,
    survey_path: Path | str | None = None,
    config: SurveyConfig | None = None,
    name: str | None = None,
) -> ExportedProject:
    """Read a coded-answers file (and the survey, for cases' variables), write ``out`` as a ``.qdpx``.

    A coded file without ``text_redacted`` (a gold file, say) takes the redacted text from the survey.
    """
    from splw_text.labels import read_label_file

    coded_path = Path(coded_path)
    theme_ids = [theme.id for theme in codebook.themes]
    coded = read_label_file(coded_path, theme_ids)
    respondents = None
    inputs: list[Path | str] = [coded_path]
    if survey_path is not None:
        from splw_text.config import load_config
        from splw_text.load import load_survey

        config = config or load_config()
        survey = load_survey(survey_path, config)
        respondents = survey.respondents
        inputs.append(survey_path)
        if "text_redacted" not in coded:
            from splw_text.clean import clean_answers

            coded = attach_redacted_text(coded, clean_answers(survey.answers, redact=True), str(coded_path))
    elif "text_redacted" not in coded:
        raise InputError(
            f"{coded_path}: no 'text_redacted' column; give --survey so the (redacted) text is taken from the survey"
        )
    version = getattr(codebook, "version", None)
    description = f"Automatic coding by splw-text from {coded_path.name}" + (
        f" (codebook version {version})" if version is not None else ""
    )
    project = build_project(
        coded,
        codebook,
        respondents=respondents,
        config=config,
        name=name or coded_path.stem,
        description=description,
        source=str(coded_path),
    )
    write_qdpx(project, out, inputs)
    return project
