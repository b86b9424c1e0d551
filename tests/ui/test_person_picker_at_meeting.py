"""A name typed in while a meeting runs — "Add “Ines” as a new person" on the stack — comes
into the directory at that meeting (people.added_at_meeting), so the meeting's purge may
delete it with the meeting; a name added anywhere else joins the directory on its own, and a
purge keeps it (QA round 8, #5)."""

import datetime as dt
import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.person_picker import PersonPicker


def _came_at(conn: sqlite3.Connection, person: Person | None) -> int | None:
    assert person is not None
    row = conn.execute("SELECT added_at_meeting FROM people WHERE id = ?", [person.key])
    value = row.fetchone()[0]
    return None if value is None else int(value)


@pytest.mark.parametrize("at_meeting", [None, 1])
def test_a_name_added_in_the_picker_says_where_it_came_in(
    qtbot: QtBot, conn: sqlite3.Connection, at_meeting: int | None
) -> None:
    MeetingStore(conn).create(Meeting("Break room", dt.date(2026, 11, 21), dt.time(19)))
    picker = PersonPicker(PeopleStore(conn), "Add to the stack", at_meeting=at_meeting)
    qtbot.addWidget(picker)
    qtbot.keyClicks(picker.search_edit, "Ines")
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)
    assert _came_at(conn, picker.chosen()) == at_meeting


def test_the_stack_asks_for_names_at_its_meeting(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    meeting = MeetingStore(conn).create(Meeting("Break room", dt.date(2026, 11, 21), dt.time(19)))
    ana = PeopleStore(conn).add(Person("Ana", "Lima"))
    asked: list[tuple[object, ...]] = []

    def ask(_cls: type, *args: object, **kwargs: object) -> Person:
        asked.append((*args, *kwargs.values()))
        return ana

    monkeypatch.setattr(PersonPicker, "ask", classmethod(ask))
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # the floor
    tab = window.meetings_page.view.floor_tab
    qtbot.keyClick(tab.stack_table, Qt.Key.Key_A)
    assert asked[0][-1] == meeting.key
