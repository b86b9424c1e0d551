"""Finding a person's name, email or phone number in free text the way people write them.

A note taker writes "Maria Jose Alvarez" for María José Alvarez, "MARÍA JOSÉ" in a heading,
her phone stored as "(312) 555-0100" as "312-555-0100", "3125550100" or "+1 312 555 0100".
`NamePattern` finds all of those:

- names and emails are compared as the People search compares them, case and accents
  ignored (`person.fold`), and always as whole words: "Ana" never matches inside "Banana"
  or "Anabel", "Li" never inside "Lisa". Inside a name, a space may be written as any run of
  spaces or hyphens ("Maria-José"), and an apostrophe as any of ' ’ ʼ;
- a phone number (a term of at least `PHONE_MIN_DIGITS` digits and nothing but separators)
  by its digits, with any spaces, dashes, dots, slashes or parentheses between them, and for
  a US/Canada number an optional leading "1" or "+1". It never matches inside a longer run of
  digits.

The text is folded character by character and each match mapped back to the characters it
came from (with any combining accents that follow), so what is replaced is exactly the
original spelling, and the rest of the text is left as it was.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from meetingkit.core.person import fold, phone_key

# Fewer digits than this and a "phone" is more likely an extension or a room number: it is
# matched only as written, like a name.
PHONE_MIN_DIGITS = 7

_HYPHENS = "-\u2010\u2011\u2012\u2013"
_APOSTROPHES = "'\u2019\u02bc"
# The same, inside a [class]; a phone number may also have an em dash.
_HYPHEN_CLASS = "\\-\u2010\u2011\u2012\u2013"
_DASH = _HYPHEN_CLASS + "\u2014"
_NAME_SPACE = rf"[\s{_HYPHEN_CLASS}]+"
_APOSTROPHE = f"[{_APOSTROPHES}]"
# Between two digits of a phone number: a few separators, parentheses included.
_PHONE_SEPARATOR = rf"[\s.{_DASH}/()]{{0,3}}"
_PHONE_SHAPE = re.compile(rf"\+?[\d\s.{_DASH}/()]+")


class NamePattern:
    """Any of some names, emails and phone numbers, as written in free text."""

    def __init__(self, regex: re.Pattern[str]) -> None:
        self._regex = regex

    def search(self, text: str) -> bool:
        """Whether the text mentions any of them."""
        folded, _ = _folded(text)
        return self._regex.search(folded) is not None

    def sub(self, replacement: str, text: str) -> str:
        """The text with every mention replaced by `replacement`."""
        folded, origin = _folded(text)
        pieces: list[str] = []
        kept_from = 0
        for match in self._regex.finditer(folded):
            if match.end() == match.start():
                continue
            start, end = _span_in(text, origin, match.start(), match.end())
            if start < kept_from:
                continue
            pieces += [text[kept_from:start], replacement]
            kept_from = end
        if not pieces:
            return text
        return "".join(pieces) + text[kept_from:]


def name_pattern(terms: Iterable[str]) -> NamePattern | None:
    """A pattern for the terms (names, emails, phone numbers), or None when there are none."""
    phones: set[str] = set()
    words: set[str] = set()
    for term in terms:
        if not term.strip():
            continue
        phone = _phone_regex(term)
        if phone is not None:
            phones.add(phone)
        else:
            words.add(_word_regex(term))
    words.discard("")
    if not phones and not words:
        return None
    alternatives = [rf"(?<!\d)(?:{p})(?!\d)" for p in sorted(phones, key=len, reverse=True)]
    if words:
        longest_first = sorted(words, key=len, reverse=True)
        alternatives.append(rf"(?<!\w)(?:{'|'.join(longest_first)})(?!\w)")
    return NamePattern(re.compile("|".join(alternatives)))


def letters(text: str) -> int:
    """How many letters a name has: "Li" 2, "O'Neil" 5."""
    return sum(c.isalpha() for c in text)


def _word_regex(term: str) -> str:
    """A name or email, folded, as a regex over folded text."""
    folded = fold(term).strip()
    if "@" in folded:
        return re.escape(folded)
    parts: list[str] = []
    for c in folded:
        if c.isspace() or c in _HYPHENS:
            if not parts or parts[-1] != _NAME_SPACE:
                parts.append(_NAME_SPACE)
        elif c in _APOSTROPHES:
            parts.append(_APOSTROPHE)
        else:
            parts.append(re.escape(c))
    return "".join(parts)


def _phone_regex(term: str) -> str | None:
    """A phone number by its digits with any separators, or None if `term` is no phone."""
    text = term.strip()
    if _PHONE_SHAPE.fullmatch(text) is None:
        return None
    key = phone_key(text)
    if len(key) < PHONE_MIN_DIGITS:
        return None
    if len(key) == 11 and key.startswith("1"):  # US/Canada: the country code is optional
        national = _PHONE_SEPARATOR.join(key[1:])
        return rf"(?:(?:\+\s?)?1{_PHONE_SEPARATOR})?\(?{national}"
    return rf"(?:\+\s?)?\(?{_PHONE_SEPARATOR.join(key)}"


@functools.lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    return fold(c)


def _folded(text: str) -> tuple[str, list[int] | None]:
    """The text folded, and for each folded character the index of the character it came
    from (None when they are the same: plain ASCII only changes case)."""
    if text.isascii():
        return text.lower(), None
    parts: list[str] = []
    origin: list[int] = []
    for i, c in enumerate(text):
        f = _fold_char(c)
        parts.append(f)
        origin += [i] * len(f)
    return "".join(parts), origin


def _span_in(text: str, origin: list[int] | None, start: int, end: int) -> tuple[int, int]:
    """The span of `text` that folded into [start, end), with the accents that follow it."""
    if origin is None:
        return start, end
    first, last = origin[start], origin[end - 1] + 1
    while last < len(text) and not _fold_char(text[last]):
        last += 1
    return first, last
