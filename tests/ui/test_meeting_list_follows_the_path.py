"""The meetings list's line ("Sat 21 Nov · 19:30 · Meeting · Plan 0/2") follows the meeting on
its guided path: it read "Plan 0/2" after the meeting had been started and ended, until the
list happened to be read again."""

import datetime as dt
import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.feedback import Confirm
from meetingkit.ui.main_window import MainWindow


def _line(window: MainWindow, meeting_id: int) -> str:
    page = window.meetings_page
    index = page.model.meeting_index(meeting_id)
    return str(index.data(page.model.DetailRole))


def test_the_list_line_follows_the_meeting_as_it_starts_and_ends(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    clock: ManualClock,
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    meeting = MeetingStore(conn).create(Meeting("December", dt.date(2026, 11, 21), dt.time(19)))
    AgendaStore(conn).add_item(meeting.key, AgendaItem("Discussion", planned_minutes=30))
    window = make_window()
    window.open_meeting(meeting.key)
    planned = _line(window, meeting.key)
    assert " Run " not in planned
    assert "Follow up" not in planned
    runner = window.meetings_page.view.agenda_tab.runner
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert runner.session is not None
    assert runner.session.run.started
    assert " · Run " in _line(window, meeting.key)
    clock.advance(600)
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda *_a: True))
    runner.end_meeting()
    assert runner.session.run.ended
    assert " · Follow up " in _line(window, meeting.key)


def test_the_line_is_read_again_when_the_facilitator_moves_to_another_tab(
    conn: sqlite3.Connection, make_window: Callable[..., MainWindow]
) -> None:
    """Roles, sign-in and printing change the path too: the line follows when the facilitator
    moves on to another tab or page."""
    meeting = MeetingStore(conn).create(Meeting("December", dt.date(2026, 11, 28), dt.time(19)))
    window = make_window()
    window.open_meeting(meeting.key)
    view = window.meetings_page.view
    view.show_roles()
    before = _line(window, meeting.key)
    AgendaStore(conn).add_item(meeting.key, AgendaItem("Welcome", planned_minutes=5))
    view.show_agenda()
    assert _line(window, meeting.key) != before
