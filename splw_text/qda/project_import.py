"""Import a REFI-QDA project (``.qdpx``) back into the gold label format, after review in another tool.

``read_qdpx(path)`` reads the zip into a ``QdaProject`` (codes, variables, cases, text sources with their
codings); it accepts what splw-text exported and what NVivo, MAXQDA, ATLAS.ti or QualCoder write after an
analyst added, removed or moved codings (any namespace prefix, GUIDs in braces or upper case, text inline in
``PlainTextContent`` or in ``sources/`` inside the zip, codings on selections or on a whole source).

``project_labels(project, codebook, questions)`` turns it into a label table (``splw_text.labels``):

- codes are mapped to themes by GUID (splw-text's stable GUIDs), then by name (the theme's name or id,
  ignoring case and punctuation); ``Non-response`` maps to ``non_response``;
- sources are placed at (respondent_id, question) by GUID (trying the respondents of the Cases that
  reference the source), then by the name ``"<respondent_id> <question>"``;
- a coding with a code that is not a theme, or a coded source that cannot be placed, is an InputError
  naming the code or source (``ignore_unknown_codes`` drops codings with codes that are not themes).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

import pandas as pd
from lxml import etree

from splw_text.config import SurveyConfig
from splw_text.errors import InputError
from splw_text.labels import KEY, write_label_file
from splw_text.qda import guids
from splw_text.qda.codebook_xml import (
    MAX_XML_BYTES,
    QdaCode,
    child_text,
    children,
    is_non_response_code,
    local_name,
    normalised_name,
    parse_codes,
    parse_xml,
)
from splw_text.qda.project_export import QDE_NAME, SOURCES_FOLDER

if TYPE_CHECKING:
    from splw_text.codebook import Codebook

NON_RESPONSE = "non_response"
_EXTENSION = re.compile(r"\.(?:txt|rtf|docx?)$", re.IGNORECASE)


@dataclass(frozen=True)
class QdaCoding:
    """One coding of a text source: a code over ``[start, end)``, or over the whole source (None, None)."""

    code_guid: str
    start: int | None
    end: int | None


@dataclass(frozen=True)
class QdaSource:
    """One ``TextSource``: GUID, name, text (None when it is not inside the project) and codings."""

    guid: str
    name: str
    text: str | None
    codings: tuple[QdaCoding, ...]


@dataclass(frozen=True)
class QdaVariable:
    """One project ``Variable``."""

    guid: str
    name: str
    type: str
    description: str


@dataclass(frozen=True)
class QdaCase:
    """One ``Case``: GUID, name, its variable values by variable GUID, and the GUIDs of its sources."""

    guid: str
    name: str
    values: dict[str, str]
    source_guids: tuple[str, ...]


@dataclass(frozen=True)
class QdaProject:
    """A REFI-QDA project as read from a ``.qdpx``."""

    name: str
    codes: tuple[QdaCode, ...]
    variables: tuple[QdaVariable, ...]
    cases: tuple[QdaCase, ...]
    sources: tuple[QdaSource, ...]
    path: str = ""
    skipped: tuple[str, ...] = field(default=())


# --- reading the zip ------------------------------------------------------------------------------


def read_qdpx(path: Path | str) -> QdaProject:
    """Read a ``.qdpx`` zip into a QdaProject; a file that is not one is a one-line InputError."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: file not found")
    if not zipfile.is_zipfile(path):
        raise InputError(f"{path}: not a REFI-QDA project (.qdpx is a zip archive; this file is not one)")
    try:
        with zipfile.ZipFile(path) as archive:
            members = {PurePosixPath(name).as_posix(): name for name in archive.namelist()}
            qde = _find_qde(members)
            if qde is None:
                raise InputError(f"{path}: the archive has no {QDE_NAME} (not a REFI-QDA project)")
            root = parse_xml(_read_member(archive, qde, path), f"{path}:{qde}")
            return _project_from_xml(root, archive, members, f"{path}:{qde}", str(path))
    except zipfile.BadZipFile as error:
        raise InputError(f"{path}: a damaged zip archive ({error})") from None


def _find_qde(members: dict[str, str]) -> str | None:
    if QDE_NAME in members:
        return members[QDE_NAME]
    # Some tools write the project file under another name or one folder down: accept a single .qde.
    candidates = [name for key, name in members.items() if key.lower().endswith(".qde")]
    return candidates[0] if len(candidates) == 1 else None


def _read_member(archive: zipfile.ZipFile, name: str, path: Path) -> bytes:
    info = archive.getinfo(name)
    if info.file_size > MAX_XML_BYTES:
        raise InputError(f"{path}: {name} is too large ({info.file_size} bytes)")
    return archive.read(name)


def _project_from_xml(
    root: etree._Element, archive: zipfile.ZipFile, members: dict[str, str], source: str, path: str
) -> QdaProject:
    if local_name(root) != "Project":
        raise InputError(f"{source}: not a REFI-QDA project (root element is {local_name(root)!r})")
    books = children(root, "CodeBook")
    codes = tuple(parse_codes(books[0], source)) if books else ()
    variables = tuple(
        QdaVariable(
            guid=guids.normalise_guid(variable.get("guid", "")),
            name=variable.get("name", ""),
            type=variable.get("typeOfVariable", "Text"),
            description=child_text(variable, "Description"),
        )
        for block in children(root, "Variables")
        for variable in children(block, "Variable")
    )
    cases = tuple(_case(case) for block in children(root, "Cases") for case in children(block, "Case"))
    sources: list[QdaSource] = []
    skipped: list[str] = []
    for block in children(root, "Sources"):
        for element in block:
            if not isinstance(element.tag, str):
                continue
            if local_name(element) == "TextSource":
                sources.append(_text_source(element, archive, members, source))
            else:
                skipped.append(f"{local_name(element)} {element.get('name', element.get('guid', ''))!r}")
    return QdaProject(
        name=root.get("name", ""),
        codes=codes,
        variables=variables,
        cases=cases,
        sources=tuple(sources),
        path=path,
        skipped=tuple(skipped),
    )


def _case(element: etree._Element) -> QdaCase:
    values: dict[str, str] = {}
    for value in children(element, "VariableValue"):
        refs = children(value, "VariableRef")
        if not refs:
            continue
        target = guids.normalise_guid(refs[0].get("targetGUID", ""))
        for child in value:
            if isinstance(child.tag, str) and local_name(child) != "VariableRef":
                values[target] = child.text or ""
    return QdaCase(
        guid=guids.normalise_guid(element.get("guid", "")),
        name=element.get("name", ""),
        values=values,
        source_guids=tuple(guids.normalise_guid(ref.get("targetGUID", "")) for ref in children(element, "SourceRef")),
    )


def _text_source(element: etree._Element, archive: zipfile.ZipFile, members: dict[str, str], source: str) -> QdaSource:
    name = element.get("name", "")
    guid = guids.normalise_guid(element.get("guid", ""))
    codings: list[QdaCoding] = []
    for selection in children(element, "PlainTextSelection"):
        try:
            start = int(selection.get("startPosition", ""))
            end = int(selection.get("endPosition", ""))
        except ValueError:
            raise InputError(
                f"{source} (line {selection.sourceline}): selection in source {name!r} has no integer "
                "startPosition/endPosition"
            ) from None
        for coding in children(selection, "Coding"):
            codings.append(QdaCoding(_code_ref(coding, name, source), start, end))
    for coding in children(element, "Coding"):
        codings.append(QdaCoding(_code_ref(coding, name, source), None, None))
    text = _source_text(element, archive, members, name, source)
    return QdaSource(guid=guid, name=name, text=text, codings=tuple(codings))


def _code_ref(coding: etree._Element, source_name: str, source: str) -> str:
    refs = children(coding, "CodeRef")
    if not refs or not refs[0].get("targetGUID"):
        raise InputError(f"{source} (line {coding.sourceline}): a Coding in source {source_name!r} has no CodeRef")
    return guids.normalise_guid(refs[0].get("targetGUID", ""))


def _source_text(
    element: etree._Element, archive: zipfile.ZipFile, members: dict[str, str], name: str, source: str
) -> str | None:
    inline = children(element, "PlainTextContent")
    if inline:
        return inline[0].text or ""
    text_path = element.get("plainTextPath")
    if not text_path:
        return None
    if text_path.startswith("internal://"):
        file_name = text_path[len("internal://") :]
        for candidate in (f"{SOURCES_FOLDER}/{file_name}", file_name):
            if candidate in members:
                try:
                    return archive.read(members[candidate]).decode("utf-8-sig")
                except UnicodeDecodeError:
                    raise InputError(f"{source}: {candidate} (source {name!r}) is not UTF-8 text") from None
    return None  # an external file (relative:// or absolute): not in the archive


# --- mapping to the label format ------------------------------------------------------------------


def code_themes(codes: Sequence[QdaCode], codebook: Codebook) -> dict[str, str]:
    """Map code GUIDs to theme ids (or ``non_response``): by GUID first, then by name; unknown codes left out."""
    by_guid = {guids.theme_guid(theme.id): theme.id for theme in codebook.themes}
    by_name: dict[str, str] = {}
    for theme in codebook.themes:
        by_name.setdefault(normalised_name(theme.name), theme.id)
        by_name.setdefault(normalised_name(theme.id), theme.id)
    mapping: dict[str, str] = {}
    for code in codes:
        if code.guid in by_guid:
            mapping[code.guid] = by_guid[code.guid]
        elif is_non_response_code(code):
            mapping[code.guid] = NON_RESPONSE
        elif normalised_name(code.name) in by_name:
            mapping[code.guid] = by_name[normalised_name(code.name)]
    return mapping


def place_sources(project: QdaProject, questions: Sequence[str]) -> dict[str, tuple[str, str]]:
    """Map source GUIDs to (respondent_id, question): by GUID (via the Cases), then by the source's name.

    Sources that cannot be placed are left out; two sources placed on the same answer are an InputError.
    """
    case_names: dict[str, list[str]] = {}
    for case in project.cases:
        for source_id in case.source_guids:
            case_names.setdefault(source_id, []).append(case.name)
    placed: dict[str, tuple[str, str]] = {}
    seen: dict[tuple[str, str], str] = {}
    for source in project.sources:
        parsed = _parse_source_name(source.name, questions)
        candidates = list(case_names.get(source.guid, []))
        if parsed is not None:
            candidates.append(parsed[0])
        key = guids.invert_source_guid(source.guid, dict.fromkeys(candidates), questions) or parsed
        if key is None:
            continue
        if key in seen:
            raise InputError(
                f"{project.path}: sources {seen[key]!r} and {source.name!r} are both answer {key[0]}/{key[1]}"
            )
        seen[key] = source.name
        placed[source.guid] = key
    return placed


def _parse_source_name(name: str, questions: Sequence[str]) -> tuple[str, str] | None:
    # Some tools add the file extension to a document's name when they import it.
    stem = _EXTENSION.sub("", name.strip())
    respondent_id, _, question = stem.rpartition(" ")
    if respondent_id.strip() and question in questions:
        return respondent_id.strip(), question
    return None


def project_labels(
    project: QdaProject,
    codebook: Codebook,
    questions: Sequence[str],
    ignore_unknown_codes: bool = False,
) -> pd.DataFrame:
    """Turn a project into a label table: one row per placed text source, themes from its codings.

    ``questions``: the question columns a source name may end with. Raises InputError for a coding whose
    code is not a theme (unless ``ignore_unknown_codes``), for a coding whose code the project does not
    list, and for a coded source that cannot be placed.
    """
    theme_ids = [theme.id for theme in codebook.themes]
    mapping = code_themes(project.codes, codebook)
    listed = {code.guid: code for code in project.codes}
    placed = place_sources(project, questions)
    rows: list[dict[str, object]] = []
    for source in project.sources:
        key = placed.get(source.guid)
        if key is None:
            if source.codings:
                raise InputError(
                    f"{project.path}: cannot place coded source {source.name!r} (guid {source.guid}) on an answer: "
                    "name it '<respondent_id> <question>' with a question of the survey config"
                )
            continue
        given: set[str] = set()
        for coding in source.codings:
            theme = mapping.get(coding.code_guid)
            if theme is not None:
                given.add(theme)
                continue
            if coding.code_guid not in listed:
                raise InputError(
                    f"{project.path}: a coding in source {source.name!r} refers to code guid {coding.code_guid}, "
                    "which the project's codebook does not list"
                )
            if not ignore_unknown_codes:
                code = listed[coding.code_guid]
                raise InputError(
                    f"{project.path}: code {code.name!r} (guid {code.guid}), used in source {source.name!r}, "
                    "is not a theme of the codebook (matched by GUID, then by name); rename it to a theme's "
                    "name or id, or pass --ignore-unknown-codes"
                )
        row: dict[str, object] = {"respondent_id": key[0], "question": key[1], "non_response": NON_RESPONSE in given}
        for theme in theme_ids:
            row[theme] = theme in given
        rows.append(row)
    return pd.DataFrame(rows, columns=[*KEY, "non_response", *theme_ids])


def project_respondents(project: QdaProject, config: SurveyConfig) -> pd.DataFrame:
    """Return the Cases as a respondents table: ``respondent_id`` and one text column per variable found.

    Variables are matched to indicator columns (and ``wave``) by GUID, then by name (column or label).
    """
    wanted = [(indicator.column, indicator.title) for indicator in config.indicators] + [("wave", "wave")]
    by_guid = {guids.variable_guid(column): column for column, _ in wanted}
    by_name: dict[str, str] = {}
    for column, title in wanted:
        by_name.setdefault(normalised_name(column), column)
        by_name.setdefault(normalised_name(title), column)
    columns: dict[str, str] = {}
    for variable in project.variables:
        found = by_guid.get(variable.guid) or by_name.get(normalised_name(variable.name))
        if found is not None:
            columns[variable.guid] = found
    ordered = [column for column, _ in wanted if column in columns.values()]
    rows = []
    for case in project.cases:
        row: dict[str, object] = {"respondent_id": case.name}
        for variable_id, value in case.values.items():
            if variable_id in columns:
                row[columns[variable_id]] = value
        rows.append(row)
    return pd.DataFrame(rows, columns=["respondent_id", *ordered])


def import_project(
    path: Path | str,
    out: Path | str,
    codebook: Codebook,
    config: SurveyConfig,
    ignore_unknown_codes: bool = False,
) -> pd.DataFrame:
    """Read a ``.qdpx`` and write its coding as a gold-format label file at ``out``; return the label table."""
    project = read_qdpx(path)
    table = project_labels(project, codebook, config.question_columns, ignore_unknown_codes)
    if table.empty:
        raise InputError(f"{path}: no text source could be placed on a survey answer")
    write_label_file(table, out, [theme.id for theme in codebook.themes], inputs=[path])
    return table
