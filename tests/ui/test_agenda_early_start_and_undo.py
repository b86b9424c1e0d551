"""F5 on a meeting planned for later today (qa14a, finding 3): it asks first when the start is
half an hour or more ahead; once started, the agenda's start times and its footer follow the
real start, as the meeting clock does; Ctrl+Z undoes the start itself (while nothing has
happened since), never an agenda edit made before it, which pulled the items from under the
running clock."""

import datetime as dt
import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.core.agenda import built_in_templates
from meetingkit.core.agenda_run import ItemState
from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.agenda_model import AgendaModel
from meetingkit.ui.feedback import Alert
from meetingkit.ui.main_window import MainWindow
from tests.ui.conftest import NOW
from tests.ui.typed_answers import answering

MakeWindow = Callable[..., MainWindow]
EVENING = dt.time(21, 0)  # the GUI tests' clock says 19:10: 1 h 50 min ahead


def planned_tonight(window: MainWindow, conn: sqlite3.Connection, start: dt.time = EVENING) -> int:
    """A meeting planned for tonight, its agenda a template applied on the screen."""
    meeting = MeetingStore(conn).create(Meeting("Night shift check-in", NOW.date(), start))
    window.meetings_page.reload(select_id=meeting.key)
    template = next(t for t in built_in_templates() if t.name == "Working-group meeting")
    window.meetings_page.view.agenda_tab.editor.apply_template(template)
    return meeting.key


def started_early(
    window: MainWindow, conn: sqlite3.Connection, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> int:
    """A meeting planned for tonight (`planned_tonight`), started now with F5, its question
    answered yes."""
    meeting = planned_tonight(window, conn)
    answering(monkeypatch, True)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    return meeting


def starts(window: MainWindow) -> list[str]:
    model = window.meetings_page.view.agenda_tab.editor.model
    return [model.index(r, AgendaModel.COL_START).data() for r in range(model.rowCount())]


def undo(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def redo(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )


def test_f5_well_before_the_planned_start_asks_and_cancel_starts_nothing(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    meeting = planned_tonight(window, conn)
    asked = answering(monkeypatch, False)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert asked == [
        (
            "Start the meeting?",
            "This meeting is planned to start at 21:00, 1\u00a0h\u00a050\u00a0min from now. "
            "Start it now? Its times will be counted from now.",
            "Start meeting",
        )
    ]
    assert AgendaStore(conn).run(meeting).started_ms is None
    answering(monkeypatch, True)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert AgendaStore(conn).run(meeting).started_ms is not None


def test_f5_a_few_minutes_early_starts_at_once(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    meeting = planned_tonight(window, conn, dt.time(19, 30))  # 20 minutes ahead
    asked = answering(monkeypatch, False)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert asked == []
    assert AgendaStore(conn).run(meeting).started_ms is not None


def test_once_started_early_the_start_times_and_the_footer_follow_the_real_start(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    clock: ManualClock,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    planned_tonight(window, conn)
    tab = window.meetings_page.view.agenda_tab
    assert starts(window)[:3] == ["21:00", "21:10", "21:25"]
    answering(monkeypatch, True)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    clock.advance(30)
    tab.runner.refresh()
    assert starts(window)[:3] == ["19:10", "19:20", "19:35"]
    runner_end = tab.runner.meeting_label.text().rsplit("projected end ", 1)[1][:5]
    summary = tab.editor.summary_label.text()
    assert f"started 19:10, projected end {runner_end} (the meeting is planned 21:00–" in summary
    model = tab.editor.model
    assert model.index(0, AgendaModel.COL_START).data(Qt.ItemDataRole.ToolTipRole) == (
        "Started at 19:10 (planned 21:00)"
    )
    assert model.index(1, AgendaModel.COL_START).data(Qt.ItemDataRole.ToolTipRole) == (
        "Starts at about 19:20 at this pace (planned 21:10)"
    )
    # The first item runs 5 minutes over: the items to come move with the clock
    clock.advance(15 * 60)
    tab.runner.refresh()
    assert starts(window)[1:3] == ["19:25", "19:40"]


def test_ctrl_z_after_f5_undoes_the_start_not_the_template(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    clock: ManualClock,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    meeting = started_early(window, conn, qtbot, monkeypatch)
    editor = window.meetings_page.view.agenda_tab.editor
    items = len(AgendaStore(conn).items(meeting))
    started = AgendaStore(conn).run(meeting)
    assert editor.act_undo.text() == "&Undo Start meeting"
    clock.advance(20)

    undo(window, qtbot)
    assert AgendaStore(conn).run(meeting).started_ms is None
    assert len(AgendaStore(conn).items(meeting)) == items  # the template stays
    assert window.statusBar().currentMessage() == "Undid: Start meeting"
    assert not editor.act_undo.isEnabled()  # the template is not undone across the start
    assert window.meetings_page.view.agenda_tab.runner.act_start_meeting.isEnabled()

    redo(window, qtbot)  # as it was: the time since counts
    assert AgendaStore(conn).run(meeting) == started


def test_once_the_meeting_has_moved_on_its_start_is_not_undone(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    clock: ManualClock,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    meeting = started_early(window, conn, qtbot, monkeypatch)
    editor = window.meetings_page.view.agenda_tab.editor
    items = len(AgendaStore(conn).items(meeting))
    clock.advance(60)
    qtbot.keyClick(window, Qt.Key.Key_F8)  # the next item
    before = AgendaStore(conn).run(meeting)
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(Alert, "show", classmethod(lambda _c, _p, t, m: told.append((t, m))))

    undo(window, qtbot)
    assert [title for title, _ in told] == ["The start can't be undone"]
    assert "To stop the meeting, end it (Shift+F8)." in told[0][1]
    assert AgendaStore(conn).run(meeting) == before  # nothing lost
    assert len(AgendaStore(conn).items(meeting)) == items
    assert not editor.act_undo.isEnabled()  # nothing left to undo: not the template
    assert not editor.act_redo.isEnabled()


def test_an_item_added_and_started_then_undone_is_back_on_when_redone(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    clock: ManualClock,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Like a deleted item's undo: redoing the addition puts the item back on, not off."""
    window = make_window()
    meeting = planned_tonight(window, conn, dt.time(19))
    editor = window.meetings_page.view.agenda_tab.editor
    qtbot.keyClick(window, Qt.Key.Key_F5)
    template = next(t for t in built_in_templates() if t.name == "Working-group meeting")
    editor.apply_template(template)  # after the start: undoable
    added = AgendaStore(conn).items(meeting)[-1]
    runner = window.meetings_page.view.agenda_tab.runner
    editor.select_item(added.key)
    runner.start_selected()
    session = runner.session
    assert session is not None
    assert session.state(added.key) is ItemState.RUNNING

    undo(window, qtbot)  # the template's items go, the one on with them
    assert runner.session is not None
    assert runner.session.run.current_item is None
    redo(window, qtbot)
    assert runner.session.state(added.key) is ItemState.RUNNING


def test_an_ended_meeting_s_footer_says_when_it_ran(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    clock: ManualClock,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    started_early(window, conn, qtbot, monkeypatch)
    tab = window.meetings_page.view.agenda_tab
    clock.advance(12 * 60)
    tab.runner.end_meeting()
    summary = tab.editor.summary_label.text()
    assert "· ran 19:10–19:22 (the meeting was planned 21:00–" in summary
    assert starts(window)[:2] == ["19:10", ""]  # the second item was never reached
