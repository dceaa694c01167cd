"""Detectors for personal data with a fixed shape: e-mails, URLs, handles, UK phones, NHS numbers, postcodes.

Each detector takes the text and returns candidate spans ``(kind, start, end)``; the caller resolves
overlaps. The regular expressions are compiled once, at import.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

Span = tuple[str, int, int]

_EMAIL = re.compile(
    r"(?<![\w.+'-])[A-Za-z0-9._%+'-]+"
    r"(?:@|\s?[\[(]at[\])]\s?)"
    r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:(?:\.|\s?[\[(]dot[\])]\s?)[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+",
    re.ASCII,
)
_URL = re.compile(r"(?i)(?<![\w@.])(?:https?://|www\.)[^\s<>\"'()\[\]{}]+", re.ASCII)
_TLDS = "com|org|net|uk|io|info|gov|nhs|co|ac|biz|me|eu|online|site|app|dev|ly"
_BARE_DOMAIN = re.compile(
    rf"(?i)(?<![\w@.\-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:{_TLDS})(?![\w-])(?:/[^\s<>\"'()\[\]{{}}]*)?",
    re.ASCII,
)
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_]{2,15}(?![\w@]|\.\w)", re.ASCII)
_TRAILING_PUNCTUATION = ".,;:!?'\")]}"

# A UK phone number starts with 0, +44 or 0044 (optionally "(0)"), then digits in groups separated by a
# space, dash, dot or brackets. The digit count and leading digits are checked in code.
_PHONE_START = re.compile(r"(?<![\w+])(?=(?:\+\s?44|0044|\(?0))", re.ASCII)
_PHONE_BODY = re.compile(
    r"(?:\+\s?44|0044)?[\s.-]?(?:\(0\)[\s.-]?)?\(?0?[0-9](?:(?:[\s.-]|\)[\s.-]?|\s?\()?[0-9]){7,12}", re.ASCII
)

_NHS_NUMBER = re.compile(r"(?<![\w+.,/-])(\d{3})([ -]?)(\d{3})\2(\d{4})(?!\w)", re.ASCII)

_OUTWARD = r"(?:[A-PR-UWYZ][A-HK-Y]?[0-9][0-9A-Z]?)"
_INWARD = r"(?:[0-9][ABD-HJLNP-UW-Z]{2})"
_POSTCODE_UPPER = re.compile(rf"(?<![\w])({_OUTWARD}\s?{_INWARD})(?![\w])", re.ASCII)
_POSTCODE_ANY_CASE = re.compile(
    rf"(?i)\b(?:post\s?codes?|address)\b[\s:,-]*(?:is\s+)?((?:{_OUTWARD})\s?{_INWARD})(?![\w])", re.ASCII
)
_OUTWARD_AFTER_CUE = re.compile(
    rf"\b(?i:post\s?codes?|post\s?code\s+areas?)\b[\s:,-]*(?:(?i:is|of)\s+)?({_OUTWARD})(?![\w])", re.ASCII
)
_OUTWARD_BEFORE_CUE = re.compile(rf"(?<![\w])({_OUTWARD})\s+(?i:post\s?codes?|areas?)\b", re.ASCII)


_DIGIT = re.compile(r"\d")
_PHONE_HINT = re.compile(r"0\d|\+\s?44|0044")
_DOMAIN_HINT = re.compile(rf"(?i)\.(?:{_TLDS})\b|www\.|https?:")


def find_emails(text: str) -> Iterator[Span]:
    """E-mail addresses, including the "name [at] domain [dot] org" spelling."""
    if "@" not in text and "at]" not in text and "at)" not in text:
        return
    for match in _EMAIL.finditer(text):
        yield ("EMAIL", match.start(), match.end())


def find_urls(text: str) -> Iterator[Span]:
    """Web addresses: http(s):// and www. forms, and bare domains with a common top-level domain."""
    if _DOMAIN_HINT.search(text) is None:
        return
    for pattern in (_URL, _BARE_DOMAIN):
        for match in pattern.finditer(text):
            end = match.end()
            while end > match.start() and text[end - 1] in _TRAILING_PUNCTUATION:
                end -= 1
            if end > match.start():
                yield ("URL", match.start(), end)


def find_handles(text: str) -> Iterator[Span]:
    """Social media handles such as @jo_linkworker (not the @ of an e-mail address)."""
    if "@" not in text:
        return
    for match in _HANDLE.finditer(text):
        yield ("HANDLE", match.start(), match.end())


def _national_number_is_valid(digits: str) -> bool:
    """True for an 11-digit UK number (01, 02, 03, 05, 07, 08, 09) or a 10-digit 01 / 0800 / 0808 number."""
    if len(digits) == 11:
        return digits[0] == "0" and digits[1] in "1235789"
    if len(digits) == 10:
        return digits.startswith("01") or digits.startswith(("0800", "0808"))
    return False


def find_phones(text: str) -> Iterator[Span]:
    """UK phone numbers in the common formats: 07700 900123, +44 (0)7700 900123, (01632) 960123, 020 7946 0000."""
    if _PHONE_HINT.search(text) is None:
        return
    taken_until = -1
    for start_match in _PHONE_START.finditer(text):
        start = start_match.start()
        if start < taken_until:
            continue
        body = _PHONE_BODY.match(text, start)
        if body is None:
            continue
        span = _longest_valid_phone(text, start, body.end())
        if span is not None and text[span[0]] == "(" and ")" not in text[span[0]:span[1]]:
            span = (span[0] + 1, span[1])  # "(07700 900123)": the bracket belongs to the sentence
        if span is not None:
            taken_until = span[1]
            yield ("PHONE", span[0], span[1])


def _longest_valid_phone(text: str, start: int, end: int) -> tuple[int, int] | None:
    candidate = text[start:end]
    international = candidate.startswith(("+", "0044"))
    if not international and _first_group_length(candidate) < 3:
        return None  # "01.02.2023 10.30" is a date and a time, not a phone number
    positions = [start + i for i, ch in enumerate(candidate) if ch.isdigit()]
    digits = "".join(text[p] for p in positions)
    if international:
        digits = digits[4:] if digits.startswith("0044") else digits[2:]
        positions = positions[len(positions) - len(digits):]
        if not digits.startswith("0"):
            digits = "0" + digits
            positions = [positions[0], *positions]  # the implied 0 shares the first digit's position
    for count in (11, 10):
        if len(digits) < count or not _national_number_is_valid(digits[:count]):
            continue
        last = positions[count - 1] + 1
        if last < len(text) and text[last].isdigit():
            continue  # the number runs on: part of a longer run of digits, not a phone number
        return start, last
    return None


def _first_group_length(candidate: str) -> int:
    digits = candidate.lstrip("(")
    length = 0
    while length < len(digits) and digits[length].isdigit():
        length += 1
    return length


def nhs_number_is_valid(digits: str) -> bool:
    """True when ``digits`` (10 digits) passes the NHS number modulus 11 check."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(digit) * weight for digit, weight in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def find_nhs_numbers(text: str) -> Iterator[Span]:
    """NHS numbers written as 10 digits or 3-3-4 (space or dash), only when the modulus 11 check passes."""
    if _DIGIT.search(text) is None:
        return
    for match in _NHS_NUMBER.finditer(text):
        if nhs_number_is_valid(match.group(1) + match.group(3) + match.group(4)):
            yield ("NHS_NUMBER", match.start(), match.end())


def find_postcodes(text: str) -> Iterator[Span]:
    """UK postcodes: full codes (LS6 1AA) anywhere, outward codes alone (LS6) only next to "postcode"/"area"."""
    if _DIGIT.search(text) is None:
        return
    for pattern in (_POSTCODE_UPPER, _POSTCODE_ANY_CASE, _OUTWARD_AFTER_CUE, _OUTWARD_BEFORE_CUE):
        for match in pattern.finditer(text):
            yield ("POSTCODE", match.start(1), match.end(1))


STRUCTURED_DETECTORS = {
    "EMAIL": find_emails,
    "URL": find_urls,
    "HANDLE": find_handles,
    "PHONE": find_phones,
    "NHS_NUMBER": find_nhs_numbers,
    "POSTCODE": find_postcodes,
}
