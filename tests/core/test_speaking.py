"""A document in another language than the app's: `speaking` changes the words and dates of
its own thread, for the length of the block, and only for a language meetingkit speaks."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator

import pytest

from meetingkit.core import i18n
from meetingkit.core.i18n import format_date, language, speaking, translate


def _spanish(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return {"Goals": "Metas", "%n session(s)": "%n sesiones"}.get(text, text).replace("%n", str(n))


def _spanish_dates(day: dt.date, pattern: str) -> str:
    return f"{day.day} nov"


@pytest.fixture
def voices() -> Iterator[None]:
    i18n.install_voices(lambda code: (_spanish, _spanish_dates) if code == "es" else None)
    yield
    i18n.install_voices(None)


def test_words_and_dates_change_inside_the_block_only(voices: None) -> None:
    day = dt.date(2026, 11, 21)
    with speaking("es") as spoken:
        assert spoken
        assert language() == "es"
        assert translate("Guide PDF", "Goals") == "Metas"
        assert translate("Guide PDF", "%n session(s)", None, 2) == "2 sesiones"
        assert format_date(day, "d MMM") == "21 nov"
    assert language() == "en"
    assert translate("Guide PDF", "Goals") == "Goals"
    assert format_date(day, "d MMM") == "21 Nov"


def test_other_threads_keep_the_apps_language(voices: None) -> None:
    seen: list[str] = []
    inside, checked = threading.Event(), threading.Event()

    def other() -> None:
        inside.wait(5)
        seen.append(translate("Guide PDF", "Goals"))
        checked.set()

    thread = threading.Thread(target=other)
    thread.start()
    with speaking("es"):
        inside.set()
        checked.wait(5)
        assert translate("Guide PDF", "Goals") == "Metas"
    thread.join(5)
    assert seen == ["Goals"]


def test_a_language_meetingkit_does_not_speak_keeps_the_apps(voices: None) -> None:
    with speaking("fr") as spoken:
        assert not spoken
        assert language() == "en"
        assert translate("Guide PDF", "Goals") == "Goals"


def test_no_language_said_keeps_the_apps(voices: None) -> None:
    with speaking(""):
        assert language() == "en"
        assert translate("Guide PDF", "Goals") == "Goals"


def test_blocks_nest_and_unwind(voices: None) -> None:
    with speaking("es"):
        with speaking("en"):
            assert translate("Guide PDF", "Goals") == "Goals"
            assert language() == "en"
        assert translate("Guide PDF", "Goals") == "Metas"
    assert language() == "en"
