"""Finding a meeting among a year of them: each word typed starts a word of its title, place,
group, kind or day ("icu mar" finds the ICU nurses' meeting of 3 March), with accents and
case ignored as the People search ignores them (`core.person.fold`: "reunion" finds
"Reunión", "lodz" finds "Łódź")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from meetingkit.core.person import fold

_WORD = re.compile(r"\w+")
"""A word: letters and digits. "4 West", "Sign-in" and "nurses'" are searched by each part."""


def search_words(texts: Iterable[str]) -> tuple[str, ...]:
    """The folded words a meeting is found by, once each, from what the list shows of it."""
    return tuple(dict.fromkeys(_WORD.findall(fold(" ".join(texts)))))


def search_terms(query: str) -> tuple[str, ...]:
    """The folded words typed; none for blank or punctuation only."""
    return tuple(_WORD.findall(fold(query)))


def matches(words: Iterable[str], terms: tuple[str, ...]) -> bool:
    """Every term starts one of the words (no terms: everything matches)."""
    if not terms:
        return True
    found = tuple(words)
    return all(any(w.startswith(t) for w in found) for t in terms)
