"""The agenda screen on the night the clocks go forward (US Central, 14 March 2027: 02:00-02:59
never comes): the Start column, the footer's planned end, the runner's planned times and F5's
question count real minutes, as the meeting clock does (core.wall_clock)."""

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.core.agenda import built_in_templates
from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.agenda_model import AgendaModel
from meetingkit.ui.main_window import MainWindow
from tests.local_zone import local_zone
from tests.ui.typed_answers import answering

MakeWindow = Callable[..., MainWindow]
NIGHT = dt.date(2027, 3, 14)


@pytest.fixture(autouse=True)
def chicago() -> Iterator[None]:
    with local_zone():
        yield


@pytest.fixture
def clock(chicago: None) -> ManualClock:
    """The app's clock at 01:50 that night, local time."""
    return ManualClock(dt.datetime.combine(NIGHT, dt.time(1, 50)).timestamp())


def planned(window: MainWindow, conn: sqlite3.Connection, start: dt.time, template: str) -> int:
    meeting = MeetingStore(conn).create(Meeting("Overnight vigil", NIGHT, start))
    window.meetings_page.reload(select_id=meeting.key)
    chosen = next(t for t in built_in_templates() if t.name == template)
    window.meetings_page.view.agenda_tab.editor.apply_template(chosen)
    return meeting.key


def test_the_start_column_and_the_planned_ends_skip_the_hour_that_never_comes(
    conn: sqlite3.Connection, make_window: MakeWindow
) -> None:
    window = make_window()
    planned(window, conn, dt.time(1, 30), "Training")  # 15, 45, 10, 45, 15, 10 minutes
    tab = window.meetings_page.view.agenda_tab
    model = tab.editor.model
    starts = [model.index(r, AgendaModel.COL_START).data() for r in range(model.rowCount())]
    assert starts == ["01:30", "01:45", "03:30", "03:40", "04:25", "04:40"]
    summary = tab.editor.summary_label.text()
    assert "ends 04:50 (the meeting is planned 01:30–04:00)" in summary
    tab.runner.refresh()
    assert tab.runner.meeting_label.text() == "Planned 01:30–04:00"


def test_f5_twenty_real_minutes_early_starts_at_once(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    meeting = planned(window, conn, dt.time(3, 10), "Working-group meeting")
    asked = answering(monkeypatch, False)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert asked == []
    assert AgendaStore(conn).run(meeting).started_ms is not None


def test_f5_asks_with_the_real_time_to_the_start(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    planned(window, conn, dt.time(3, 40), "Working-group meeting")
    asked = answering(monkeypatch, False)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert [text for _, text, _ in asked] == [
        "This meeting is planned to start at 03:40, 50\u00a0min from now. Start it now? Its "
        "times will be counted from now."
    ]
