"""What proofreading the Spanish screens fixed: words and dates that stayed in English, a
dialog wider than a laptop, and Alt letters that two things on one screen shared."""

import datetime as dt
import re
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from meetingkit.core import i18n
from meetingkit.core.meeting import Meeting
from meetingkit.services.commitment_desk import CommitmentDesk
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.retention import Retention
from meetingkit.ui import language
from meetingkit.ui.decision_dialog import TemperatureCheckDialog
from meetingkit.ui.hotspot_dialog import HotspotDialog
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.privacy_page import RetentionModel

LAPTOP_WIDTH = 1366  # the narrowest screen meetingkit is made for
LETTER = re.compile(r"(?<!&)&([^&\s])")


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    language.install(qapp, "es")
    yield
    language.install(qapp, "en")


@pytest.fixture
def marked_words() -> Iterator[None]:
    """Every word from below the UI comes back «marked», so a word left untranslated shows."""
    i18n.install(lambda _context, text, _d, _n: f"«{text}»")
    yield
    i18n.install(None)


@pytest.mark.usefixtures("marked_words")
def test_a_temperature_check_names_its_answers_in_the_app_language(qtbot: QtBot) -> None:
    dialog = TemperatureCheckDialog()
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel) if "«" in label.text()]
    assert labels == ["«up»", "«flat»", "«down»"]
    assert [spin.accessibleName() for spin in dialog.spins] == labels


@pytest.mark.usefixtures("spanish")
def test_retention_dates_are_written_in_the_app_language() -> None:
    model = RetentionModel()
    row = Retention(1, "Asamblea", dt.date(2026, 11, 28), days=39, purged_at=None)
    model.set_rows([row])
    assert model.data(model.index(0, RetentionModel.COL_DATE)) == "28 nov 2026"
    assert "6 ene 2027" in model.describe(row)


@pytest.mark.usefixtures("spanish")
def test_a_meeting_s_day_reads_as_spanish_on_screen_as_on_its_printed_pages(
    make_window: Callable[..., MainWindow], conn: sqlite3.Connection
) -> None:
    """The meeting's screen wrote "sábado 28 noviembre 2026" while its agenda printed
    "sábado 28 de noviembre de 2026": both now say the day in one translated pattern."""
    meeting = MeetingStore(conn).create(Meeting("Asamblea", dt.date(2026, 11, 28), dt.time(18, 30)))
    view = make_window().meetings_page.view
    view.show_meeting(meeting)
    assert "sábado 28 de noviembre de 2026" in view.when_label.text()
    assert i18n.full_date(meeting.date) == "sábado 28 de noviembre de 2026"  # the PDFs' header


@pytest.mark.parametrize("spoken", ["en", "es"])
def test_the_hotspot_dialog_fits_a_laptop_screen(
    spoken: str, qapp: QApplication, qtbot: QtBot
) -> None:
    language.install(qapp, spoken)
    try:
        dialog = HotspotDialog()
        qtbot.addWidget(dialog)
        assert dialog.minimumSizeHint().width() < LAPTOP_WIDTH / 2
    finally:
        language.install(qapp, "en")


def test_a_long_organization_name_shows_its_start(
    make_window: Callable[..., MainWindow], conn: sqlite3.Connection, clock: object
) -> None:
    meeting = MeetingStore(conn).create(
        Meeting("Night shift assembly", dt.date(2026, 11, 21), dt.time(19))
    )
    desk = CommitmentDesk(meeting, conn, clock)  # type: ignore[arg-type]
    name = "Mercy Hospital Workers United, Local 1199 — night and weekend shifts"
    desk.save_settings(replace(desk.settings(), organization=name))
    view = make_window().meetings_page.view
    view.show_commitments()
    edit = view.commitments_tab.organization_edit
    assert edit.text() == name
    assert edit.cursorPosition() == 0


def _alt_letters_shared_with_the_menu_bar(window: MainWindow, page: QWidget) -> list[str]:
    menu_letters = {
        m.group(1).casefold()
        for a in window.menuBar().actions()
        if (m := LETTER.search(a.text())) is not None
    }
    return [
        b.text()
        for b in page.findChildren(QAbstractButton)
        if b.isVisible()
        and (m := LETTER.search(b.text())) is not None
        and m.group(1).casefold() in menu_letters
    ]


@pytest.mark.usefixtures("spanish")
def test_in_spanish_the_buttons_of_a_page_leave_the_menu_bar_its_alt_letters(
    make_window: Callable[..., MainWindow], demo: object
) -> None:
    window = make_window(start=True)
    assert _alt_letters_shared_with_the_menu_bar(window, window.start_page) == []
    window.show_groups()
    assert _alt_letters_shared_with_the_menu_bar(window, window.groups_page) == []
    window.show_privacy()
    assert _alt_letters_shared_with_the_menu_bar(window, window.privacy_page) == []
