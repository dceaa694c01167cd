"""Stable GUIDs for everything splw-text writes into a REFI-QDA project or codebook.

Every GUID is a name-based UUID (uuid5) in one fixed splw-text namespace, so the same theme id, respondent,
answer or variable gets the same GUID on every export. That is what lets a project that went through NVivo,
MAXQDA, ATLAS.ti or QualCoder line up again on import: codes and sources are matched by GUID first.

The names hashed are prefixed by kind (``theme:``, ``case:``, ...) so that a theme and, say, a respondent
with the same text can never share a GUID.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

# Fixed for ever: changing it would change every GUID and break re-imports of earlier exports.
PROJECT_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:splw-text:refi-qda")

NON_RESPONSE_CODE_NAME = "Non-response"


def _guid(*parts: str) -> str:
    return str(uuid.uuid5(PROJECT_NAMESPACE, "\x1f".join(parts)))


def theme_guid(theme_id: str) -> str:
    """Return the GUID of the ``Code`` for theme ``theme_id`` (the same on every export)."""
    return _guid("theme", theme_id)


def non_response_guid() -> str:
    """Return the GUID of the non-response ``Code``."""
    return _guid("non-response")


def user_guid() -> str:
    """Return the GUID of the splw-text ``User`` that creates the automatic codings."""
    return _guid("user", "splw-text")


def case_guid(respondent_id: str) -> str:
    """Return the GUID of the ``Case`` of one respondent."""
    return _guid("case", respondent_id)


def source_guid(respondent_id: str, question: str) -> str:
    """Return the GUID of the ``TextSource`` holding one open answer."""
    return _guid("source", respondent_id, question)


def variable_guid(column: str) -> str:
    """Return the GUID of the ``Variable`` of one indicator column (or ``wave``)."""
    return _guid("variable", column)


def set_guid(question: str) -> str:
    """Return the GUID of the ``Set`` grouping the answers to one question."""
    return _guid("set", question)


def selection_guid(source: str, code: str, start: int, end: int) -> str:
    """Return the GUID of a ``PlainTextSelection`` of ``source`` coded ``code`` over ``[start, end)``."""
    return _guid("selection", source, code, str(start), str(end))


def coding_guid(selection: str) -> str:
    """Return the GUID of the ``Coding`` inside one selection."""
    return _guid("coding", selection)


def normalise_guid(value: str) -> str:
    """Return a GUID as splw-text writes it: lower case, no braces (tools write ``{ABC-...}`` too)."""
    return value.strip().strip("{}").lower()


def invert_source_guid(guid: str, respondent_ids: Iterable[str], questions: Iterable[str]) -> tuple[str, str] | None:
    """Return the (respondent_id, question) whose source GUID is ``guid``, trying the given candidates."""
    wanted = normalise_guid(guid)
    question_list = list(questions)
    for respondent_id in respondent_ids:
        for question in question_list:
            if source_guid(respondent_id, question) == wanted:
                return respondent_id, question
    return None
