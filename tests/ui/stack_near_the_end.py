"""A live item with people on its stack, for the tests of the call to close the stack (the
Floor tab's own, and the agenda's time check): they differ in what they assert, not in this."""

import datetime as dt
import sqlite3
from collections.abc import Callable, Sequence

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.agenda_runner import AgendaRunner
from meetingkit.ui.floor_tab import FloorTab
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.person_picker import PersonPicker

CTRL = Qt.KeyboardModifier.ControlModifier


def survey_on_the_floor(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    make_window: Callable[[], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    people: Sequence[Person],
    keys: Sequence[Qt.Key],
) -> tuple[AgendaRunner, FloorTab]:
    """'Break room assembly' (30 min) with one 10-minute item, 'Survey', started (F5) and on
    the Floor tab (Ctrl+3), with `people` saved in the directory and picked in turn by each of
    `keys` pressed on the stack (A: to speak; C: a question)."""
    meeting = MeetingStore(conn).create(
        Meeting("Break room assembly", dt.date(2026, 11, 21), dt.time(19), planned_minutes=30)
    )
    AgendaStore(conn).add_items(meeting.key, [AgendaItem("Survey", 10)])
    store = PeopleStore(conn)
    queue = [store.add(person) for person in people]
    monkeypatch.setattr(PersonPicker, "ask", classmethod(lambda _cls, *_a: queue.pop(0)))
    window = make_window()
    window.meetings_page.reload(select_id=meeting.key)
    qtbot.keyClick(window, Qt.Key.Key_F5)  # the meeting and its item start
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)  # the floor
    view = window.meetings_page.view
    for key in keys:
        qtbot.keyClick(view.floor_tab.stack_table, key)
    return view.agenda_tab.runner, view.floor_tab
