"""Detectors for people's names, named organisations and street addresses.

Names are found with word lists (first names and surnames shipped as data, see resources/names/) and
context (titles, roles, cue words), never with a list typed by hand:

- a first name that is not also a common English word ("Sharon", "Amira") is a name wherever it is
  capitalised;
- a first name that is also a common word ("Will", "Hope", "Grace") is a name only in a name context:
  after a title ("Dr Will"), after a role ("my manager Grace") or a cue ("speak to Hope"), before a cue
  ("Grace said", "Will's"), or next to a surname ("Will Okafor");
- a surname is a name after a title, an initial ("J. Patel") or a first name, or alone when it is
  capitalised mid-sentence and is not a common word;
- the survey's own vocabulary (protected terms: GP, PCN, EMIS, band 4...) is never part of a span.

Organisations and streets have a shape: capitalised words ending in a suffix such as "Medical Centre",
"Surgery", "Community Trust" or "Street", with at least one word that makes it a proper name.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from splw_text.redact.rules import Lexicon, RedactionRules

Span = tuple[str, int, int]

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+|-[^\W\d_]+)*")
_POSSESSIVE = ("'s", "’s")
_CAPITAL_WORD = re.compile(
    r"(?<![^\W\d_])(?<!['’-])(?=[A-ZÀ-ÖØ-ÞĀ-ɏ])[^\W\d_]+(?:['’][^\W\d_]+|-[^\W\d_]+)*"
)
_NAME_LIST_GAP = re.compile(r"(?:['’]s)?\s*(?:,|&|and|,\s*and)\s*")
_PREVIOUS_WORD = re.compile(r"[^\W\d_]+$")
_SENTENCE_MARKS = frozenset("!?;:\n•*")


class _WordMatch:
    """A word found by a context pattern, shaped like the regex match of a word."""

    __slots__ = ("_end", "_start", "_word")

    def __init__(self, start: int, end: int, word: str) -> None:
        self._start, self._end, self._word = start, end, word

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return (self._start, self._end)

    def group(self) -> str:
        return self._word
_SAINTS = frozenset({"st", "saint"})


@dataclass(slots=True)
class Token:
    """A word of the text with what the detectors need to know about it."""

    text: str
    start: int
    end: int
    key: str  # the spelling looked up in the name lists (title case for a word in a shouted answer)
    lower: str
    capitalised: bool
    sentence_start: bool
    protected: bool


class NameDetector:
    """Finds NAME, ORG and PLACE spans in a text, from a rule set and word lists (built once, reused)."""

    def __init__(self, rules: RedactionRules, lexicon: Lexicon, extra_names: Iterable[str] = (),
                 keep_terms: Iterable[str] = ()) -> None:
        self.rules = rules
        self.lexicon = lexicon
        self.extra_names = frozenset(name.casefold() for name in extra_names)
        self.protected_terms = frozenset(
            term.casefold() for term in [*rules.protected_terms, *keep_terms]
        )
        phrases = [*rules.protected_phrases, *(re.escape(term) for term in keep_terms if " " in term)]
        self._protected_phrases = (
            re.compile(r"(?i)(?<!\w)(?:" + "|".join(f"(?:{p})" for p in phrases) + r")(?!\w)") if phrases else None
        )
        self.common_capitalised = frozenset(word.casefold() for word in rules.common_capitalised)
        self.generic = frozenset(word.casefold() for word in rules.generic_org_words)
        self.function_words = frozenset(word.casefold() for word in rules.function_words)
        self.titles = frozenset(title.casefold() for title in rules.titles)
        self.weak_titles = frozenset(title.casefold() for title in rules.weak_titles)
        self._role_before = _cue_before(rules.role_cues, determiners=True)
        self._cue_before = _cue_before(rules.before_name_cues, determiners=False)
        self._cue_after = _cue_after(rules.after_name_cues)
        self._org = _suffix_pattern(rules.org_suffixes, max_words=6, connectors=True)
        self._street = _suffix_pattern(
            [*rules.street_suffixes, *rules.weak_street_suffixes], max_words=3, connectors=False, number=True
        )
        self.weak_street_suffixes = frozenset(rules.weak_street_suffixes)
        self.specific_org_suffixes = frozenset(" ".join(s.split()) for s in rules.specific_org_suffixes)
        self._org_last_words = frozenset(suffix.split()[-1] for suffix in rules.org_suffixes)
        self._street_last_words = frozenset(
            suffix.split()[-1] for suffix in [*rules.street_suffixes, *rules.weak_street_suffixes]
        )
        self._lower_context = _lower_context(
            [*rules.role_cues, *rules.before_name_cues], [*rules.titles, *rules.weak_titles], self.extra_names
        )

    # --- tokens ----------------------------------------------------------------------------------

    def tokens(self, text: str, blocked: SpanSet) -> list[Token]:
        """The words of ``text`` the detectors look at, in order: capitalised words, lower-case titles, and
        lower-case words just after a title or a name cue ("my manager sharon"). Most lower-case words are
        not looked at, which keeps redaction fast; words inside ``blocked`` spans are skipped.
        """
        shouting = text.isupper()
        ordered: list[_WordMatch | re.Match[str]] = list(_CAPITAL_WORD.finditer(text))
        if not shouting and self._lower_context is not None:
            extra: list[_WordMatch] = []
            for m in self._lower_context.finditer(text):
                if m.group("extra"):
                    extra.append(_WordMatch(m.start("extra"), m.end("extra"), m.group("extra")))
                    continue
                cue = m.group("cue")
                if cue.islower() and (cue in self.titles or cue in self.weak_titles):
                    extra.append(_WordMatch(m.start("cue"), m.end("cue"), cue))
                if m.group("word"):
                    extra.append(_WordMatch(m.start("word"), m.end("word"), m.group("word")))
            if extra:
                merged = {m.span(): m for m in ordered}
                for item in extra:
                    merged.setdefault(item.span(), item)
                ordered = [merged[key] for key in sorted(merged)]
        protected_spans = SpanSet(m.span() for m in self._protected_phrases.finditer(text)) if (
            self._protected_phrases) else SpanSet(())
        out: list[Token] = []
        for match in ordered:
            start, end = match.start(), match.end()
            word = match.group()
            if word.endswith(_POSSESSIVE) and len(word) > 2:
                word, end = word[:-2], end - 2
            if blocked and blocked.overlaps(start, end):
                continue
            lower = word.lower()
            if word.islower():
                capitalised, key = False, word.capitalize()
            elif word.isupper():
                capitalised = len(word) == 1 or shouting
                key = word.capitalize() if shouting else word
            else:
                capitalised, key = word[0].isupper(), word
            protected = lower in self.protected_terms or bool(
                protected_spans and protected_spans.overlaps(start, end)
            )
            sentence_start = self._starts_sentence(text, start)
            out.append(Token(word, start, end, key, lower, capitalised, sentence_start, protected))
        return out

    def _starts_sentence(self, text: str, start: int) -> bool:
        """True when the word at ``start`` begins the text, a line, a sentence or a list item."""
        j = start - 1
        while j >= 0 and text[j] in " \t([{'\"“‘":
            j -= 1
        if j < 0:
            return True
        mark = text[j]
        if mark in _SENTENCE_MARKS:
            return True
        if mark == ".":
            previous = _PREVIOUS_WORD.search(text, max(0, j - 40), j)
            word = previous.group().lower() if previous else ""
            return not (word in self.titles or len(word) == 1)  # "Dr. Patel", "J. Patel", "e.g. Sarah"
        if mark in "-–":
            return j == 0 or text[j - 1] in " \n"
        return False

    # --- word classes ------------------------------------------------------------------------------

    def _first(self, token: Token) -> bool | None:
        """None: not a first name; False: a first name only; True: a first name that is also a common word."""
        flag = self.lexicon.first_names.get(token.key)
        if flag is None and "-" in token.key:
            flag = self.lexicon.first_names.get(token.key.split("-")[0])
        if flag is False and token.lower in self.common_capitalised:
            return True
        return flag

    def _is_extra_name(self, token: Token) -> bool:
        return token.lower in self.extra_names

    def _blocked_word(self, token: Token) -> bool:
        return token.protected or token.lower in self.common_capitalised or token.key in self.lexicon.places

    def _strong_first(self, token: Token) -> bool:
        return token.capitalised and self._first(token) is False and not self._blocked_word(token)

    def _strong_surname(self, token: Token) -> bool:
        if not token.capitalised or self._blocked_word(token):
            return False
        return self.lexicon.surnames.get(token.key) is False or self._first(token) is False

    def _weak_surname(self, token: Token) -> bool:
        """A word that may continue a name already found: "Sarah Brown", "Amira Okonkwo"."""
        if not token.capitalised or self._blocked_word(token) or len(token.text) < 2:
            return False
        if token.key in self.lexicon.surnames or self._first(token) is False:
            return True
        return token.lower not in self.lexicon.common_words and token.lower not in self.generic

    def _unknown_proper(self, token: Token) -> bool:
        """A capitalised word in no list and not a common word: a name when a role or title comes first."""
        return (token.capitalised and not self._blocked_word(token) and len(token.text) > 1
                and token.lower not in self.lexicon.common_words and token.lower not in self.generic)

    # --- detection ---------------------------------------------------------------------------------

    def find(self, text: str, blocked: list[tuple[int, int]], kinds: frozenset[str]) -> Iterator[Span]:
        """Yield NAME, ORG and PLACE candidate spans (they may overlap; the caller resolves overlaps).

        ``blocked`` spans (placeholders, e-mail addresses, phone numbers...) are never part of a name.
        """
        spans = SpanSet(blocked)
        tokens = self.tokens(text, spans)
        if "NAME" in kinds:
            yield from self._names(text, tokens)
        words = {token.text for token in tokens}
        if "ORG" in kinds and not words.isdisjoint(self._org_last_words):
            yield from self._shaped(text, tokens, self._org, "ORG", spans)
        if "PLACE" in kinds and not words.isdisjoint(self._street_last_words):
            yield from self._shaped(text, tokens, self._street, "PLACE", spans)

    def _names(self, text: str, tokens: list[Token]) -> Iterator[Span]:
        count = len(tokens)
        i = 0
        previous_end = -1
        while i < count:
            first_index = self._name_starting_at(text, tokens, i)
            if first_index is None and previous_end >= 0 and self._listed_after_name(text, tokens[i], previous_end):
                first_index = (i, i)  # "Bev and Mo", "Sarah, Tom and Jo"
            if first_index is None:
                i += 1
                continue
            begin, last = first_index
            last = self._extend(text, tokens, last)
            yield ("NAME", tokens[begin].start, tokens[last].end)
            previous_end = tokens[last].end
            i = last + 1

    def _listed_after_name(self, text: str, token: Token, previous_end: int) -> bool:
        """A first name that follows a name found just before, joined by "and", "&" or a comma."""
        if not token.capitalised or token.protected or token.lower in self.common_capitalised:
            return False
        if self._first(token) is None:
            return False
        return _NAME_LIST_GAP.fullmatch(text, previous_end, token.start) is not None

    def _name_starting_at(self, text: str, tokens: list[Token], i: int) -> tuple[int, int] | None:
        """If a name begins at token ``i`` (or just after, for a title), return its first and last token."""
        token = tokens[i]
        if token.protected:
            return None
        if not token.capitalised and token.lower not in self.titles and token.lower not in self.weak_titles and (
            self.lexicon.first_names.get(token.key) is not False and token.lower not in self.extra_names
        ):
            return None  # the common case: a lower-case word that is not a name or a title
        if token.lower in self.titles or token.lower in self.weak_titles:
            found = self._after_title(text, tokens, i)
            if found is not None:
                return found
        if self._is_extra_name(token):
            return (i, i)
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        adjacent = following is not None and _single_space(text, token.end, following.start)
        first = self._first(token)

        if token.capitalised and len(token.text) == 1 and token.text != "I" and following is not None:
            gap = text[token.end:following.start]
            if gap in (".", ". ", " ") and self._strong_surname(following):
                return (i, i + 1)  # "J. Patel", "A Okafor"
        if self._strong_first(token):
            return (i, i)
        before = text[max(0, token.start - 60):token.start]
        if token.capitalised and not token.protected:
            after_role = self._role_before.search(before) is not None
            listed = first is not None or (
                token.key in self.lexicon.surnames and token.lower not in self.common_capitalised
            )
            if after_role and (listed or self._unknown_proper(token)):
                return (i, i)
            if token.lower in self.common_capitalised:
                return None  # months, days, nationalities: a name only after a title or a role
            if first is not None and self._cue_before.search(before):
                return (i, i)
            if first is True and len(token.text) > 2 and self._cue_after.match(text, token.end):
                return (i, i)
            if first is True and adjacent and following is not None and self._strong_surname(following):
                return (i, i + 1)  # "Will Okafor"
            if (first is None and not token.sentence_start and self.lexicon.surnames.get(token.key) is False
                    and token.key not in self.lexicon.places):
                return (i, i)  # a surname capitalised mid-sentence: "spoke to Okonkwo about it"
        elif (not token.capitalised and token.text.islower() and first is False
              and token.lower not in self.lexicon.common_words and token.lower not in self.common_capitalised
              and (self._role_before.search(before) or self._cue_before.search(before))):
            return (i, i)  # "my manager sharon"
        return None

    def _after_title(self, text: str, tokens: list[Token], i: int) -> tuple[int, int] | None:
        title = tokens[i]
        strong = title.lower in self.titles and title.capitalised
        j = i + 1
        while j < len(tokens) and len(tokens[j].text) == 1 and tokens[j].text.isupper():
            if not _title_gap(text, tokens[j - 1].end, tokens[j].start):
                return None
            j += 1  # initials: "Dr A. B. Patel"
        if j >= len(tokens) or not _title_gap(text, tokens[j - 1].end, tokens[j].start):
            return None
        name = tokens[j]
        if name.protected:
            return None
        if strong and name.capitalised and name.lower not in self.generic:
            return (i + 1, j)
        listed = self._first(name) is False or self.lexicon.surnames.get(name.key) is False
        if (name.capitalised and (self._first(name) is not None or name.key in self.lexicon.surnames)) or (
            listed and name.lower not in self.lexicon.common_words
        ):
            return (i + 1, j)  # "Sister Jones", "dr patel"
        return None

    def _extend(self, text: str, tokens: list[Token], last: int) -> int:
        for _ in range(2):
            nxt = last + 1
            if nxt >= len(tokens):
                break
            if not _single_space(text, tokens[last].end, tokens[nxt].start):
                break
            if not self._weak_surname(tokens[nxt]):
                break
            last = nxt
        return last

    def _shaped(
        self, text: str, tokens: list[Token], pattern: re.Pattern[str], kind: str, blocked: SpanSet
    ) -> Iterator[Span]:
        """Organisations and streets: capitalised words ending in a known suffix, made proper by one word."""
        starts = [token.start for token in tokens]

        def between(start: int, end: int) -> list[Token]:
            return tokens[bisect_left(starts, start):bisect_left(starts, end)]

        for match in pattern.finditer(text):
            if blocked and blocked.overlaps(match.start(), match.end()):
                continue
            prefix_start, prefix_end = match.span("prefix")
            suffix_start, suffix_end = match.span("suffix")
            has_number = bool(match.groupdict().get("number"))
            prefix = [t for t in between(prefix_start, prefix_end) if t.capitalised]
            suffix = between(suffix_start, suffix_end)
            if not prefix:
                continue
            if kind == "PLACE" and match.group("suffix") == "St" and _followed_by_capital(text, suffix_end):
                continue  # "St Mary's": a saint, not a street
            cut = max((k for k, t in enumerate(prefix) if t.protected), default=-1)
            prefix = prefix[cut + 1:]
            if not has_number:
                while prefix and (prefix[0].lower in self.function_words or prefix[0].lower in self.common_capitalised):
                    prefix = prefix[1:]
            if not prefix:
                continue
            if not self._is_proper(prefix, kind, match.group("suffix"), has_number):
                continue
            start = match.start("number") if has_number and cut < 0 else prefix[0].start
            end = prefix[-1].end if any(t.protected for t in suffix) else suffix_end
            yield (kind, start, end)

    def _is_proper(self, prefix: list[Token], kind: str, suffix: str, has_number: bool) -> bool:
        if has_number:
            return True
        words = [t for t in prefix if t.lower not in _SAINTS and t.lower not in self.generic
                 and t.lower not in self.common_capitalised]
        if not words:
            return False
        uncommon = any(t.lower not in self.lexicon.common_words for t in words)
        if kind == "PLACE" and suffix in self.weak_street_suffixes:
            return uncommon
        if kind == "ORG" and " ".join(suffix.split()) in self.specific_org_suffixes:
            return True  # "Castle Medical Centre", "The Avenue Surgery": one non-generic word is enough
        return uncommon or len(words) >= 2 or (kind == "PLACE" and not words[0].sentence_start)


class SpanSet:
    """Character spans (merged and sorted) that answer "does [start, end) overlap any of them?" in log time."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [start for start, _ in merged]
        self.ends = [end for _, end in merged]

    def __bool__(self) -> bool:
        return bool(self.starts)

    def overlaps(self, start: int, end: int) -> bool:
        """True when [start, end) shares a character with one of the spans."""
        index = bisect_right(self.starts, start) - 1
        if index >= 0 and self.ends[index] > start:
            return True
        return index + 1 < len(self.starts) and self.starts[index + 1] < end



def _single_space(text: str, end: int, start: int) -> bool:
    return text[end:start] in (" ", "-")


def _title_gap(text: str, end: int, start: int) -> bool:
    return text[end:start] in (" ", ". ", ".", "  ")


def _followed_by_capital(text: str, end: int) -> bool:
    rest = text[end:end + 3]
    return len(rest) >= 2 and rest[0] in " ." and rest.lstrip(" .")[:1].isupper()


def _phrase(cue: str) -> str:
    return r"\s*".join(re.escape(part) for part in cue.split())


def _trie(phrases: Iterable[str]) -> str:
    """One regex alternation for ``phrases`` with shared prefixes factored out (much faster to match)."""
    root: dict[str, dict] = {}
    for phrase in phrases:
        node = root
        for ch in " ".join(phrase.lower().split()):
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + build(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(root)


def _cue_before(cues: list[str], determiners: bool) -> re.Pattern[str]:
    alternatives = "|".join(_phrase(cue) for cue in sorted(cues, key=len, reverse=True))
    determiner = r"(?:(?:my|our|the|a|an|their|his|her|your)\s+)?" if determiners else ""
    return re.compile(rf"(?i)(?:^|[^\w'’-]){determiner}(?:{alternatives})\s*[,:(-]?\s*(?:(?:is|was)\s+)?$")


def _lower_context(cues: list[str], titles: list[str], extra_names: Iterable[str]) -> re.Pattern[str] | None:
    """Lower-case words worth a look: after a cue or title ("my manager sharon", "dr patel"), or extra names."""
    alternatives = _trie([*cues, *titles])
    names = "|".join(re.escape(name) for name in sorted(extra_names, key=len, reverse=True))
    extra = rf"|(?<![^\W\d_])(?P<extra>{names})(?![^\W\d_])" if names else r"|(?P<extra>(?!))"
    return re.compile(
        rf"(?<![\w'’-])(?P<cue>(?i:{alternatives}))(?![^\W\d_])(?i:\.?\s*[,:(-]?\s*(?:(?:is|was)\s+)?)"
        rf"(?P<word>[a-z][a-z'’-]*)?{extra}"
    )


def _cue_after(cues: list[str]) -> re.Pattern[str]:
    parts = []
    for cue in sorted(cues, key=len, reverse=True):
        parts.append(re.escape(cue) if cue.startswith(("'", "’")) else r"\s*" + _phrase(cue))
    return re.compile(r"(?i)(?:" + "|".join(parts) + r")(?![\w])")


def _suffix_pattern(suffixes: list[str], max_words: int, connectors: bool, number: bool = False) -> re.Pattern[str]:
    word = r"(?:St\.|[A-Z][\w'’&-]*)"
    separator = r"[ \t]+(?:(?:of|&|for|on|upon)[ \t]+(?:the[ \t]+)?)?" if connectors else r"[ \t]+"
    alternatives = "|".join(r"[ \t]+".join(map(re.escape, s.split())) for s in sorted(suffixes, key=len, reverse=True))
    lead = r"(?:(?P<number>\d{1,4}[A-Za-z]?),?[ \t]+)?" if number else ""
    return re.compile(
        rf"(?<![\w'’-]){lead}(?P<prefix>(?:{word}{separator}){{1,{max_words}}}?)(?P<suffix>{alternatives})(?![\w'’-])"
    )
