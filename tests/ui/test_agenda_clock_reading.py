"""What the agenda's clocks read: the meeting's end against the planned end in the header,
and the time the item on has used so far."""

import datetime as dt
import sqlite3
from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.agenda_model import AgendaModel
from meetingkit.ui.agenda_tab import AgendaTab
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.tones import LIGHT_TONES

MakeWindow = Callable[..., MainWindow]


def running(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    make_window: MakeWindow,
    start: dt.time,
    items: list[AgendaItem],
) -> AgendaTab:
    """A 30-minute meeting planned for `start` on the clock's day, started now (19:10)."""
    meeting = MeetingStore(conn).create(
        Meeting("Night shift check-in", dt.date(2026, 11, 21), start, planned_minutes=30)
    )
    AgendaStore(conn).add_items(meeting.key, items)
    window = make_window()
    window.meetings_page.reload(select_id=meeting.key)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    return window.meetings_page.view.agenda_tab


def test_a_late_start_warns_of_the_planned_end_and_names_it(
    qtbot: QtBot, conn: sqlite3.Connection, make_window: MakeWindow, clock: ManualClock
) -> None:
    """Planned 18:50–19:20 and started at 19:10: the room is booked until 19:20, so the
    projected 19:40 is twenty minutes past it, in red, however well each item keeps time."""
    tab = running(qtbot, conn, make_window, dt.time(18, 50), [AgendaItem("Check-in", 30)])
    clock.advance(120)
    tab.runner.refresh()
    label = tab.runner.meeting_label
    assert label.text() == (
        "Meeting: 2\u00a0min so far · projected end 19:40 — 20\u00a0min past the planned end 19:20"
    )
    assert f"color: {LIGHT_TONES.danger.name()}" in label.styleSheet()


def test_a_start_on_time_says_only_how_far_past_the_planned_end(
    qtbot: QtBot, conn: sqlite3.Connection, make_window: MakeWindow, clock: ManualClock
) -> None:
    tab = running(qtbot, conn, make_window, dt.time(19, 10), [AgendaItem("Check-in", 30)])
    clock.advance(60)
    tab.runner.refresh()
    assert tab.runner.meeting_label.text() == "Meeting: 1\u00a0min so far · projected end 19:40"
    clock.advance(33 * 60)  # four minutes over
    tab.runner.refresh()
    assert tab.runner.meeting_label.text().endswith(
        "projected end 19:44 — 4\u00a0min past the planned end"
    )


def test_the_item_on_shows_the_time_it_has_used_not_the_time_left(
    qtbot: QtBot, conn: sqlite3.Connection, make_window: MakeWindow, clock: ManualClock
) -> None:
    """Under "Time used", a second after the start, the item on read "10:00" (its time left)."""
    tab = running(qtbot, conn, make_window, dt.time(19, 10), [AgendaItem("Check-in", 10)])
    model = tab.editor.model
    cell = model.index(0, AgendaModel.COL_TIME)
    assert model.headerData(AgendaModel.COL_TIME, Qt.Orientation.Horizontal) == "Time used"
    assert cell.data() == "0 s"
    clock.advance(1.4)
    tab.runner.timer.timeout.emit()
    assert cell.data() == "1 s"
    assert tab.runner.countdown_label.text() == "9:59"  # the big clock keeps the time left
    clock.advance(10 * 60 + 29.2)  # 30.6 s over: the big clock reads +0:30, and so does the row
    tab.runner.timer.timeout.emit()
    assert tab.runner.countdown_label.text() == "+0:30"
    assert cell.data() == "10 min 30 s (+30 s)"
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == (
        "10 min 30 s used: 30 s over the planned 10 min"
    )
    assert cell.data(Qt.ItemDataRole.ForegroundRole).color() == LIGHT_TONES.danger
