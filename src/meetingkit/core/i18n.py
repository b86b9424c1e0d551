"""Translatable text outside the Qt layers, through Qt's translation system all the same.

The core, storage and services cannot import Qt, yet the words they produce (a validation
error, a guided-path step, a line of the start screen) reach the screen. They wrap those words
in `translate(context, text)`, which `pyside6-lupdate` finds like Qt's own
`QCoreApplication.translate`. The app installs Qt's translator at start-up (`install`); until
then (the command line, the tests) the text comes back in English, with `%n` filled in.

Words fixed at import time (module constants) are marked with `QT_TRANSLATE_NOOP(context,
text)`, which lupdate also finds, and translated where they are shown:
`translate(context, constant)`.

Dates go the same way: `format_date(day, "ddd d MMM")` takes Qt's date pattern letters and
gives "Sun 26 Jul" in English, or, once the app has installed Qt's locale, "dom 26 jul".
The two patterns used all over, "21 Nov" and "21 Nov 2026", are `short_date` and `long_date`;
a meeting's day in full, in the words of the language, is `full_date`.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Translator = Callable[[str, str, "str | None", int], str]
DateFormatter = Callable[[dt.date, str], str]
Voice = tuple[Translator, DateFormatter]  # a language's words and its way with dates
VoiceOf = Callable[[str], "Voice | None"]


def with_count(text: str, n: int) -> str:
    """`text` with `%n` replaced by `n` when it counts something (n >= 0), as Qt's
    translate does after choosing the plural form."""
    return text.replace("%n", str(n)) if n >= 0 else text


def _english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return with_count(text, n)


def _none(language: str) -> Voice | None:
    return None


_translator: Translator = _english
_language = "en"
_installs = 0
_voice_of: VoiceOf = _none
_document = threading.local()  # .spoken: (Voice, language) inside `speaking`


def install(translator: Translator | None, language: str = "en") -> None:
    """Route `translate` through `translator` (Qt's) for `language` ("es"), or back to English
    with None."""
    global _translator, _language, _installs
    _translator = translator or _english
    _language = language if translator else "en"
    _installs += 1


def install_voices(voice_of: VoiceOf | None) -> None:
    """Where `speaking` finds a language other than the app's: `voice_of` gives its words
    and dates, or None when meetingkit does not speak it (the UI loads them from Qt's files).
    None: only the app's language and English."""
    global _voice_of, _installs
    _voice_of = voice_of or _none
    _installs += 1  # what was built from every language's words is built again


@contextmanager
def speaking(code: str) -> Iterator[bool]:
    """Within the block, `translate` and `language()` speak `code` ("es") in this thread: for a
    document written in another language than the app's (the guide of a Spanish curriculum,
    printed from an English app). Yields whether meetingkit has that language's words; when
    it has not, or `code` is "" (not said), the app's language is kept. Dates are written in
    it, too."""
    if not is_other_language(code):
        yield True
        return
    voice = _voice_of(code) or ((_english, _english_date) if code == "en" else None)
    if voice is None:
        yield False
        return
    outer = getattr(_document, "spoken", None)
    _document.spoken = (voice, code)
    try:
        yield True
    finally:
        _document.spoken = outer


def is_other_language(code: str) -> bool:
    """Whether `code` names a language other than the one spoken here ("" names none)."""
    return bool(code) and code != language()


def installs() -> int:
    """How many times a translator was installed: what was built from translated words (a
    lookup table) is built again when this changes."""
    return _installs


def language() -> str:
    """The code of the language the app speaks ("en", "es"): for words kept in per-language
    tables rather than in Qt's catalogue (the phone form's fields, the bilingual poster).
    Inside `speaking`, the language spoken there."""
    spoken = getattr(_document, "spoken", None)
    return str(spoken[1]) if spoken else _language


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the app's language. With `n` >= 0, `%n` is replaced by it and the plural form
    chosen by the language's rules ("%n person(s)")."""
    spoken = getattr(_document, "spoken", None)
    return (spoken[0][0] if spoken else _translator)(context, text, disambiguation, n)


_PATTERN = re.compile(r"dddd|ddd|dd|d|MMMM|MMM|MM|M|yyyy|yy|HH|mm|'[^']*'")


def _english_date(day: dt.date, pattern: str) -> str:
    """Qt's date pattern letters, in English (the C locale's names)."""
    codes = {
        "dddd": "%A",
        "ddd": "%a",
        "dd": "%d",
        "MMMM": "%B",
        "MMM": "%b",
        "MM": "%m",
        "yyyy": "%Y",
        "yy": "%y",
        "HH": "%H",
        "mm": "%M",
    }

    def one(match: re.Match[str]) -> str:
        letters = match.group()
        if letters.startswith("'"):
            return letters[1:-1]
        if letters == "d":
            return str(day.day)
        if letters == "M":
            return str(day.month)
        return day.strftime(codes[letters])

    return _PATTERN.sub(one, pattern)


_date_formatter: DateFormatter = _english_date


def install_dates(formatter: DateFormatter | None) -> None:
    """Format dates with `formatter` (Qt's locale), or back to English with None."""
    global _date_formatter
    _date_formatter = formatter or _english_date


def format_date(day: dt.date, pattern: str) -> str:
    """`day` (a date or a datetime) written with Qt's pattern letters in the app's language:
    d dd ddd dddd, M MM MMM MMMM, yy yyyy, HH mm, 'quoted text'."""
    spoken = getattr(_document, "spoken", None)
    return (spoken[0][1] if spoken else _date_formatter)(day, pattern)


def short_date(day: dt.date) -> str:
    """'21 Nov': a day in a list or a column of this season's meetings."""
    return format_date(day, "d MMM")


#: Qt's pattern for weekday_date(day, year=True), for the date fields that show it.
WEEKDAY_DATE = "ddd d MMM yyyy"


def weekday_date(day: dt.date, *, year: bool = False) -> str:
    """'Sat 21 Nov', or 'Sat 21 Nov 2026' with `year`: a day someone has to keep free (a
    meeting in the list, a follow-up, a commitment's due day)."""
    return format_date(day, WEEKDAY_DATE if year else "ddd d MMM")


def long_date(day: dt.date) -> str:
    """'21 Nov 2026': a day that may be in another year (a meeting named in a sentence, a
    purge date, a page's footer)."""
    return format_date(day, "d MMM yyyy")


def meeting_day(day: dt.date, today: dt.date | None) -> str:
    """'2 Dec', or '2 Dec 2025' when the meeting was in another year than `today`'s (a list
    of follow-ups, a group's year of meetings, spans two)."""
    return short_date(day) if today is None or day.year == today.year else long_date(day)


def full_date(day: dt.date) -> str:
    """'Saturday 21 November 2026', or 'sábado 21 de noviembre de 2026': a meeting's day
    under its title, on screen and at the top of its printed pages."""
    #: Qt's date pattern for a meeting's day under its title: "dddd d 'de' MMMM 'de' yyyy"
    #: in Spanish. dddd is the weekday, d the day, MMMM the month, yyyy the year.
    return format_date(day, translate("Dates", "dddd d MMMM yyyy"))


_ARGUMENT = re.compile(r"%([1-9])")


def fill(text: str, *values: object) -> str:
    """A translated sentence with its values put in: `%1` is the first value, `%2` the second,
    wherever the language puts them. One pass, so a value that itself holds "%2" (a title
    someone typed) comes out as typed instead of being filled in turn."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if index < len(values) else match.group()

    return _ARGUMENT.sub(value, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # lupdate finds this spelling
    """Mark `text` for translation without translating it now (a module constant)."""
    return text
