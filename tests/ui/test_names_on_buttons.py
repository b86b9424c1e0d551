"""A name with "&" on a button shows as typed: Qt would read the "&" as an Alt letter mark,
drop it from the text and give the button a stray shortcut."""

import dataclasses
import datetime as dt
import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtGui import QKeySequence

from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.services.commitment_desk import CommitmentDesk
from meetingkit.services.demo import Demo
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.follow_ups_page import FollowUpDialog
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.person_picker import PersonPicker

MakeWindow = Callable[[], MainWindow]
NAME = "Ana & Bo"


def _as_typed(text: str) -> bool:
    return text.replace("&&", "&") == NAME and QKeySequence.mnemonic(text).isEmpty()


def test_the_commitments_organizer_button_shows_a_name_with_an_ampersand(
    make_window: MakeWindow, conn: sqlite3.Connection, clock: object
) -> None:
    meeting = MeetingStore(conn).create(Meeting("Assembly", dt.date(2026, 11, 21), dt.time(19)))
    ana = PeopleStore(conn).add(Person("Ana &", "Bo")).key
    desk = CommitmentDesk(meeting, conn, clock)  # type: ignore[arg-type]
    desk.save_settings(dataclasses.replace(desk.settings(), organizer_id=ana))
    window = make_window()
    view = window.meetings_page.view
    view.show_commitments()
    assert _as_typed(view.commitments_tab.organizer_button.text())


def test_the_follow_up_organizer_button_shows_a_name_with_an_ampersand(
    make_window: MakeWindow, demo: Demo, conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    window.show_follow_ups()
    row = window.follow_ups_page.model.row(0)
    dialog = FollowUpDialog(dataclasses.replace(row, organizer_name=NAME), PeopleStore(conn))
    assert _as_typed(dialog.organizer_button.text())
    ana = PeopleStore(conn).add(Person("Ana &", "Bo"))
    monkeypatch.setattr(PersonPicker, "ask", classmethod(lambda *_a: ana))
    dialog._choose_organizer()
    assert _as_typed(dialog.organizer_button.text())
