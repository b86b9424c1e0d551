"""A new commitment is offered a due date two weeks from the app's day (its clock's), not the
computer's: the laptop left open for days, or a test's or screenshot's day, has its own."""

import datetime as dt
import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.commitment_dialogs import OptionDialog
from meetingkit.ui.main_window import MainWindow

MakeWindow = Callable[..., MainWindow]


def test_a_new_commitment_is_due_two_weeks_from_the_apps_day(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    clock: ManualClock,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    day = max(dt.date(2026, 11, 21), dt.date.today()) + dt.timedelta(days=5)  # not the computer's
    meeting = MeetingStore(conn).create(Meeting("Assembly", day, dt.time(19)))
    offered: list[dt.date] = []

    def shown(dialog: OptionDialog) -> int:
        offered.append(dialog.date_edit.date().toPython())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(OptionDialog, "exec", shown)
    clock.advance(dt.datetime.combine(day, dt.time(18, 30)).timestamp() - clock.now())
    window = make_window()
    window.open_meeting(meeting.key)
    view = window.meetings_page.view
    view.show_commitments()
    view.commitments_tab.add_option()
    assert offered == [day + dt.timedelta(days=14)]
