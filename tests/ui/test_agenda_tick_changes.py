"""The agenda's table is told its time column changed only when a time shown changes: the item
on turns over once a second, and the clock ticks five times a second. Each change re-measures
the column and tells a screen reader the table changed (QA round 16a: ~5 a second)."""

import datetime as dt
import sqlite3
from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.clock import ManualClock, to_ms
from meetingkit.core.meeting import Meeting
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.agenda_model import AgendaModel
from meetingkit.ui.main_window import MainWindow


def test_a_tick_that_changes_no_time_shown_changes_nothing(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    make_window: Callable[..., MainWindow],
    clock: ManualClock,
) -> None:
    meeting = MeetingStore(conn).create(
        Meeting("Night shift check-in", dt.date(2026, 11, 21), dt.time(19, 10), planned_minutes=30)
    )
    AgendaStore(conn).add_items(meeting.key, [AgendaItem("Check-in", 1), AgendaItem("Close", 5)])
    window = make_window()
    window.meetings_page.reload(select_id=meeting.key)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    model = window.meetings_page.view.agenda_tab.editor.model
    changed: list[tuple[int, int, int]] = []
    model.dataChanged.connect(lambda a, b, *_: changed.append((a.row(), b.row(), a.column())))
    clock.advance(0.05)
    for _ in range(30):  # three seconds, a tick every 100 ms
        clock.advance(0.1)
        model.refresh_times(to_ms(clock.now()))
    times = [c for c in changed if c[2] == AgendaModel.COL_TIME]
    assert times == [(0, 0, AgendaModel.COL_TIME)] * 3  # the item on, once a second
    changed.clear()
    clock.advance(57)  # into its last second: going over turns it red with its time
    model.refresh_times(to_ms(clock.now()))
    changed.clear()
    for _ in range(20):
        clock.advance(0.1)
        model.refresh_times(to_ms(clock.now()))
    assert len([c for c in changed if c[2] == AgendaModel.COL_TIME]) == 2
    assert model.index(0, AgendaModel.COL_TIME).data(Qt.ItemDataRole.ForegroundRole) is not None
