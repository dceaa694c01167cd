"""The codebook as REFI-QDA (QDA-XML 1.0) XML: writing a ``.qdc`` codebook, reading one back.

- ``codebook_element(codebook, namespace)`` builds the ``CodeBook`` element (every theme a codable
  ``Code`` with its stable GUID, name, colour and definition as ``Description``, plus a ``Non-response``
  code). The project export puts the same element, in the project namespace, into ``project.qde``.
- ``write_qdc(codebook, path)`` writes the standalone codebook file (root ``CodeBook`` in
  ``urn:QDA-XML:codebook:1.0``).
- ``read_qdc(path)`` reads a codebook made in any REFI-QDA tool into a flat list of ``QdaCode``;
  ``codebook_skeleton(codes)`` turns it into a splw-text codebook YAML mapping with empty rule lists.

Reading is namespace-agnostic (tools differ in the namespace they declare) and never resolves entities
or fetches anything from the network.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lxml import etree

from splw_text.errors import InputError
from splw_text.outputs import atomic_open
from splw_text.qda.guids import NON_RESPONSE_CODE_NAME, non_response_guid, normalise_guid, theme_guid

if TYPE_CHECKING:
    from splw_text.codebook import Codebook, Theme

CODEBOOK_NAMESPACE = "urn:QDA-XML:codebook:1.0"
PROJECT_NAMESPACE = "urn:QDA-XML:project:1.0"

NON_RESPONSE_COLOUR = "#9E9E9E"
NON_RESPONSE_DESCRIPTION = (
    "splw-text: the answer says nothing of substance ('n/a', 'no', 'see above'); it carries no themes "
    "and is counted apart from the coded answers."
)
# Used for a theme whose codebook entry has no colour (or one that is not #RGB / #RRGGBB).
FALLBACK_PALETTE = (
    "#1F77B4",
    "#FF7F0E",
    "#2CA02C",
    "#D62728",
    "#9467BD",
    "#8C564B",
    "#E377C2",
    "#7F7F7F",
    "#BCBD22",
    "#17BECF",
    "#AEC7E8",
    "#FFBB78",
)
# Characters XML 1.0 cannot hold (C0 controls but tab, CR, LF; surrogates; U+FFFE, U+FFFF).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_RGB = re.compile(r"^#(?:[0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})$")
_SLUG = re.compile(r"[^a-z0-9]+")
MAX_XML_BYTES = 512 * 1024 * 1024


@dataclass(frozen=True)
class QdaCode:
    """One ``Code`` read from a REFI-QDA codebook, with its ancestors' names (nested codes are flattened)."""

    guid: str
    name: str
    description: str
    color: str | None
    codable: bool
    parents: tuple[str, ...] = ()


# --- writing --------------------------------------------------------------------------------------


def xml_safe(text: str) -> str:
    """Return ``text`` without the characters XML 1.0 cannot hold (stray controls pasted from Excel)."""
    return _NOT_XML.sub("", text)


def theme_colour(theme: Theme, position: int) -> str:
    """Return the theme's colour as ``#RRGGBB``: its own if valid, else one from a fixed palette."""
    colour = (theme.colour or "").strip()
    if _RGB.match(colour):
        return colour.upper()
    return FALLBACK_PALETTE[position % len(FALLBACK_PALETTE)]


def codebook_element(codebook: Codebook, namespace: str = CODEBOOK_NAMESPACE) -> etree._Element:
    """Build a ``CodeBook`` element in ``namespace``: one codable ``Code`` per theme, then non-response."""
    root = etree.Element(f"{{{namespace}}}CodeBook", nsmap={None: namespace})
    codes = etree.SubElement(root, f"{{{namespace}}}Codes")
    for position, theme in enumerate(codebook.themes):
        _code(codes, namespace, theme_guid(theme.id), theme.name, theme_colour(theme, position), theme.definition)
    _code(codes, namespace, non_response_guid(), NON_RESPONSE_CODE_NAME, NON_RESPONSE_COLOUR, NON_RESPONSE_DESCRIPTION)
    return root


def _code(parent: etree._Element, namespace: str, guid: str, name: str, colour: str, description: str) -> None:
    code = etree.SubElement(
        parent, f"{{{namespace}}}Code", guid=guid, name=xml_safe(name), isCodable="true", color=colour
    )
    if description and description.strip():
        etree.SubElement(code, f"{{{namespace}}}Description").text = xml_safe(" ".join(description.split()))


def codebook_document(codebook: Codebook) -> bytes:
    """Return the standalone REFI-QDA codebook (``.qdc``) as UTF-8 XML bytes."""
    return etree.tostring(
        codebook_element(codebook, CODEBOOK_NAMESPACE),
        xml_declaration=True,
        encoding="utf-8",
        pretty_print=True,
    )


def write_qdc(codebook: Codebook, path: Path | str, inputs: Iterable[Path | str] = ()) -> Path:
    """Write the codebook as a REFI-QDA ``.qdc`` file (atomically); return the path."""
    with atomic_open(path, "wb", inputs) as handle:
        handle.write(codebook_document(codebook))
    return Path(path)


# --- reading --------------------------------------------------------------------------------------


def parse_xml(data: bytes, source: str) -> etree._Element:
    """Parse XML bytes safely (no entities, no network); a syntax error is a one-line InputError."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise InputError(f"{source}: not well-formed XML: {error.msg} (line {error.lineno})") from None


def local_name(element: etree._Element) -> str:
    """Return an element's tag without its namespace."""
    return etree.QName(element).localname


def children(element: etree._Element, name: str) -> list[etree._Element]:
    """Return the child elements called ``name`` in any namespace."""
    return [child for child in element if isinstance(child.tag, str) and local_name(child) == name]


def child_text(element: etree._Element, name: str) -> str:
    """Return the text of the first child called ``name`` (empty string when there is none)."""
    found = children(element, name)
    return (found[0].text or "") if found else ""


def parse_codes(codebook: etree._Element, source: str) -> list[QdaCode]:
    """Flatten the ``Codes`` of a ``CodeBook`` element (any namespace) into a list, parents first."""
    codes_elements = children(codebook, "Codes")
    if not codes_elements:
        return []
    out: list[QdaCode] = []
    for code in children(codes_elements[0], "Code"):
        _walk(code, (), out, source)
    return out


def _walk(code: etree._Element, parents: tuple[str, ...], out: list[QdaCode], source: str) -> None:
    guid = code.get("guid")
    name = code.get("name")
    if not guid or name is None:
        line = f" (line {code.sourceline})" if code.sourceline else ""
        raise InputError(f"{source}{line}: a Code without its required guid or name attribute")
    out.append(
        QdaCode(
            guid=normalise_guid(guid),
            name=name,
            description=" ".join(child_text(code, "Description").split()),
            color=code.get("color"),
            codable=(code.get("isCodable", "true").strip().lower() in ("true", "1")),
            parents=parents,
        )
    )
    for child in children(code, "Code"):
        _walk(child, (*parents, name), out, source)


def read_qdc(path: Path | str) -> list[QdaCode]:
    """Read a REFI-QDA codebook file (``.qdc``, or a ``project.qde``) into a flat list of codes."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: file not found")
    if path.stat().st_size > MAX_XML_BYTES:
        raise InputError(f"{path}: too large for a codebook ({path.stat().st_size} bytes)")
    root = parse_xml(path.read_bytes(), str(path))
    if local_name(root) == "Project":
        books = children(root, "CodeBook")
        if not books:
            raise InputError(f"{path}: the project has no CodeBook")
        root = books[0]
    if local_name(root) != "CodeBook":
        raise InputError(f"{path}: not a REFI-QDA codebook (root element is {local_name(root)!r}, not CodeBook)")
    codes = parse_codes(root, str(path))
    if not codes:
        raise InputError(f"{path}: the codebook has no Codes")
    return codes


def normalised_name(name: str) -> str:
    """Return a code or theme name reduced to lower-case letters and digits, for matching names."""
    return _SLUG.sub("", name.lower())


def is_non_response_code(code: QdaCode) -> bool:
    """True when ``code`` is the splw-text non-response code (by GUID, or by its name)."""
    return code.guid == non_response_guid() or normalised_name(code.name) in ("nonresponse", "nonresponses")


def theme_id_for(name: str, taken: set[str]) -> str:
    """Make a snake_case theme id from a code name, unique among ``taken`` (which it extends)."""
    base = _SLUG.sub("_", name.lower()).strip("_") or "theme"
    if base[0].isdigit():
        base = f"theme_{base}"
    candidate, counter = base, 2
    while candidate in taken:
        candidate = f"{base}_{counter}"
        counter += 1
    taken.add(candidate)
    return candidate


def _six_digit_colour(colour: str | None) -> str | None:
    value = (colour or "").strip()
    if not _RGB.match(value):
        return None
    if len(value) == 4:
        value = "#" + "".join(digit * 2 for digit in value[1:])
    return value.upper()


def skeleton_themes(codes: Sequence[QdaCode], known_ids: Iterable[str] = ()) -> list[dict[str, Any]]:
    """Turn codes from another tool into codebook themes (id, name, definition, colour, one starter rule).

    Only codable codes become themes; a nested code's id and name carry its parents' names so that two
    children called "Other" stay apart. A code whose GUID is splw-text's GUID of one of ``known_ids`` (a
    theme exported earlier, perhaps renamed since) keeps that id. The non-response code is left out:
    splw-text detects non-responses itself. The codebook schema asks for at least one rule per theme, so
    each theme gets a starter rule that matches its own name, for the analyst to replace.
    """
    from splw_text.codebook import RESERVED_IDS

    by_guid = {theme_guid(theme_id): theme_id for theme_id in known_ids}
    kept = {code.guid: by_guid[code.guid] for code in codes if code.guid in by_guid}
    themes: list[dict[str, Any]] = []
    taken: set[str] = set(RESERVED_IDS) | set(kept.values())
    for code in codes:
        if not code.codable or is_non_response_code(code):
            continue
        full_name = " / ".join((*code.parents, code.name)).strip() or code.name
        theme_id = kept.get(code.guid) or theme_id_for("_".join((*code.parents, code.name)), taken)
        phrase = " ".join(_SLUG.sub(" ", code.name.lower()).split()) or theme_id.replace("_", " ")
        themes.append(
            {
                "id": theme_id,
                "name": full_name,
                "definition": code.description or f"(no description in the source codebook for {full_name!r})",
                "colour": _six_digit_colour(code.color) or FALLBACK_PALETTE[len(themes) % len(FALLBACK_PALETTE)],
                "rules": [{"id": f"{theme_id}.name", "phrases": [phrase]}],
            }
        )
    return themes


def codebook_skeleton(codes: Sequence[QdaCode], name: str, known_ids: Iterable[str] = ()) -> dict[str, Any]:
    """Return a codebook mapping (``models/codebook.yaml`` shape) with the codes as themes, version 0.1.0."""
    return {
        "version": "0.1.0",
        "name": name,
        "description": "Imported from a REFI-QDA codebook: each theme has only a starter rule matching its name.",
        "themes": skeleton_themes(codes, known_ids),
    }


SKELETON_HEADER = """\
# Codebook skeleton imported by `splw-text import qdc` from {source}.
# Themes, names, descriptions and colours come from the source codebook. Each theme has one starter rule
# that matches its own name: replace it with the phrases and patterns that find the theme (see the rules in
# models/codebook.yaml for examples), then measure the coding against gold labels before relying on it.
"""


def write_codebook_skeleton(
    codes: Sequence[QdaCode],
    path: Path | str,
    source: Path | str,
    name: str | None = None,
    known_ids: Iterable[str] = (),
) -> int:
    """Write the codebook skeleton YAML at ``path`` (atomically, validated first); return the theme count.

    ``known_ids``: theme ids of an existing codebook; codes exported from it keep their ids.
    """
    import yaml

    from splw_text.codebook import Codebook
    from splw_text.schema import validate

    data = codebook_skeleton(codes, name or Path(source).stem, known_ids)
    if not data["themes"]:
        raise InputError(f"{source}: the codebook has no codable codes to turn into themes")
    validate(Codebook, data, source)
    text = SKELETON_HEADER.format(source=Path(source).name) + yaml.safe_dump(
        data, sort_keys=False, allow_unicode=True, width=110
    )
    with atomic_open(path, "w", [source]) as handle:
        handle.write(text)
    return len(data["themes"])
