"""The sign-in tab: someone who signed in more than once is listed and counted once, with how
many times they signed in; ending the meeting closes sign-in, as the question says."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.meeting import Meeting
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.feedback import Confirm
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.signin_tab import ArrivalsModel
from tests.ui.test_signin_screen import open_signin, phone_signs_in

MakeWindow = Callable[[], MainWindow]


@pytest.fixture
def meeting(conn: sqlite3.Connection) -> Meeting:
    meeting = MeetingStore(conn).create(
        Meeting("Night shift assembly", dt.date(2026, 11, 21), dt.time(19))
    )
    AgendaStore(conn).add_items(meeting.key, [AgendaItem("Check-in", 10)])
    return meeting


def test_someone_who_signs_in_again_is_listed_once_with_their_sign_ins_counted(
    qtbot: QtBot, meeting: Meeting, make_window: MakeWindow
) -> None:
    """Rosa, signed in on two phones, was listed twice, the later row marked "again" in the
    first-time column, which reads as "came before"; someone who sent the form five times
    was listed five times."""
    window = make_window()
    window.meetings_page.select_meeting(meeting.key)
    tab = open_signin(window, qtbot)
    try:
        url = tab.session.url()  # type: ignore[union-attr]
        assert phone_signs_in(url, first_name="Rosa", phone="312 555 0104", first_time="yes")
        assert phone_signs_in(url, first_name="Ana", phone="312 555 0199", first_time="no")
        assert phone_signs_in(url, first_name="ROSA", phone="+1 312 555 0104", first_time="yes")
        for _ in range(3):
            assert phone_signs_in(url, first_name="Dup", last_name="Licate", phone="312 555 0177")
        qtbot.waitUntil(
            lambda: tab.count_label.text().replace("\xa0", " ").startswith("3 here · 3 signed in"),
            timeout=3000,
        )
    finally:
        tab.close_serving()
    columns = (ArrivalsModel.COL_NAME, ArrivalsModel.COL_FIRST, ArrivalsModel.COL_HOW)
    rows = [[tab.model.index(r, c).data() for c in columns] for r in range(tab.model.rowCount())]
    assert rows == [  # newest first, each person once, as their latest sign-in says
        ["Dup Licate", "★ first time", "phone ×3"],
        ["Rosa", "★ first time", "phone ×2"],
        ["Ana", "", "phone"],
    ]
    assert (
        tab.count_label.text()
        .replace("\xa0", " ")
        .startswith("3 here · 3 signed in · 2 first time")
    )
    how = tab.model.index(0, ArrivalsModel.COL_HOW)
    assert how.data(Qt.ItemDataRole.ToolTipRole) == "Signed in 3 times; this row is the latest."


def test_ending_the_meeting_closes_its_sign_in(
    qtbot: QtBot,
    meeting: Meeting,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """After End meeting, phones still signed in, and the tab counted them."""
    asked: list[str] = []

    def ask(_cls: object, _parent: object, _title: str, text: str, *_a: object) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(Confirm, "ask", classmethod(ask))
    window = make_window()
    window.meetings_page.select_meeting(meeting.key)
    runner = window.meetings_page.view.agenda_tab.runner
    runner.start_meeting()
    tab = open_signin(window, qtbot)
    url = tab.session.url()  # type: ignore[union-attr]
    runner.end_meeting()
    assert asked[-1].endswith("Sign-in from phones closes too.")
    assert tab.serving is None
    with pytest.raises(ConnectionRefusedError):
        phone_signs_in(url, first_name="Late")
    tab = open_signin(window, qtbot)  # opened again: phones are told, and so is the facilitator
    try:
        assert tab.status_label.text().startswith("This meeting has ended")
    finally:
        tab.close_serving()


def test_ending_the_meeting_without_sign_in_open_does_not_mention_it(
    qtbot: QtBot,
    meeting: Meeting,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def ask(_cls: object, _parent: object, _title: str, text: str, *_a: object) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(Confirm, "ask", classmethod(ask))
    window = make_window()
    window.meetings_page.select_meeting(meeting.key)
    runner = window.meetings_page.view.agenda_tab.runner
    runner.start_meeting()
    runner.end_meeting()
    assert "Sign-in" not in asked[-1]
