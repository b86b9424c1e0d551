"""Words and dates below the UI: English until the app installs Qt's translation."""

import datetime as dt
from collections.abc import Iterator

import pytest

from meetingkit.core import i18n


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    yield
    i18n.install(None)
    i18n.install_dates(None)


def test_english_fills_in_the_count() -> None:
    assert i18n.translate("X", "%n people", None, 3) == "3 people"
    assert i18n.translate("X", "50% done") == "50% done"  # no count: left as written


def test_an_installed_translator_is_used() -> None:
    i18n.install(lambda context, text, _d, n: f"{context}:{text.upper()}:{n}")
    assert i18n.translate("Ctx", "hello", None, 2) == "Ctx:HELLO:2"
    assert i18n.QT_TRANSLATE_NOOP("Ctx", "hello") == "hello"  # marked, not translated


@pytest.mark.parametrize(
    ("pattern", "written"),
    [
        ("ddd d MMM", "Sun 26 Jul"),
        ("dddd d MMMM yyyy", "Sunday 26 July 2026"),
        ("dd/MM/yy", "26/07/26"),
        ("d 'de' MMMM, HH:mm", "26 de July, 18:05"),
        ("M/d", "7/26"),
    ],
)
def test_dates_in_english_with_qt_pattern_letters(pattern: str, written: str) -> None:
    assert i18n.format_date(dt.datetime(2026, 7, 26, 18, 5), pattern) == written


def test_an_installed_date_formatter_is_used() -> None:
    i18n.install_dates(lambda day, pattern: f"{pattern}@{day.isoformat()}")
    assert i18n.format_date(dt.date(2026, 1, 2), "d MMM") == "d MMM@2026-01-02"


def test_short_and_long_dates_in_english() -> None:
    assert i18n.short_date(dt.date(2026, 11, 21)) == "21 Nov"
    assert i18n.long_date(dt.date(2026, 11, 21)) == "21 Nov 2026"
    assert i18n.short_date(dt.date(2027, 1, 5)) == "5 Jan"  # no leading zero
    assert i18n.long_date(dt.datetime(2027, 1, 5, 19, 40)) == "5 Jan 2027"  # the day only


def test_weekday_dates_in_english() -> None:
    assert i18n.weekday_date(dt.date(2026, 11, 21)) == "Sat 21 Nov"
    assert i18n.weekday_date(dt.datetime(2027, 1, 5, 19, 40), year=True) == "Tue 5 Jan 2027"


def test_short_and_long_dates_go_through_the_installed_formatter() -> None:
    """In Spanish the app's Qt locale writes them ("21 nov 2026"): they are its patterns."""
    i18n.install_dates(lambda day, pattern: f"{pattern}@{day.isoformat()}")
    assert i18n.short_date(dt.date(2026, 11, 21)) == "d MMM@2026-11-21"
    assert i18n.long_date(dt.date(2026, 11, 21)) == "d MMM yyyy@2026-11-21"
    assert i18n.weekday_date(dt.date(2026, 11, 21), year=True) == "ddd d MMM yyyy@2026-11-21"


def test_fill_puts_values_where_the_language_puts_them_in_one_pass() -> None:
    assert i18n.fill("%2, %1", "a", "b") == "b, a"
    assert i18n.fill("“%1” on %2", "Pay %2 now", "Mon") == "“Pay %2 now” on Mon"
    assert i18n.fill("%1 and %3", "x") == "x and %3"  # a value not given stays visible
