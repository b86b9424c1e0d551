"""Once the meeting has ended, the floor says so and gives nobody the floor: nothing after the
end counts as anyone's airtime (docs/guide/during.md, "Keep the floor"). QA round 15c: after
End meeting the floor still said "The floor is open", A added Grace, N gave her a running
turn, and its 17 s went into the meeting's speaking time."""

import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.services.demo import Demo
from meetingkit.storage.floor import FloorStore
from meetingkit.ui.feedback import Confirm
from meetingkit.ui.floor_tab import FloorTab
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.person_picker import PersonPicker

MakeWindow = Callable[[], MainWindow]


def _end_the_meeting(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda *_a, **_k: True))
    runner = window.meetings_page.view.agenda_tab.runner
    runner.end_meeting()
    assert runner.session is not None
    assert runner.session.run.ended


def _floor(window: MainWindow, qtbot: QtBot) -> FloorTab:
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    return window.meetings_page.view.floor_tab


def test_after_the_end_the_floor_gives_nobody_the_floor(
    qtbot: QtBot,
    demo: Demo,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
    conn: sqlite3.Connection,
    clock: ManualClock,
) -> None:
    window = make_window()
    window.open_meeting(demo.meeting_id)
    tab = _floor(window, qtbot)
    assert tab.session is not None
    assert tab.session.floor.waiting()
    assert tab.act_next.isEnabled()
    _end_the_meeting(window, monkeypatch)
    tab = _floor(window, qtbot)
    turns = len(FloorStore(conn).load(demo.meeting_id).turns)

    assert tab.speaker_label.text() == "The meeting has ended"
    assert "nothing after the end counts as anyone's airtime" in tab.kind_label.text()
    for action in (tab.act_next, tab.act_give, tab.act_pause, tab.act_end, tab.act_close):
        assert not action.isEnabled(), action.text()
    assert not any(a.isEnabled() for a in tab.add_actions.values())
    assert tab.act_log.isEnabled()  # what happened stays readable

    asked: list[object] = []
    monkeypatch.setattr(PersonPicker, "ask", classmethod(lambda *a, **_k: asked.append(a)))
    qtbot.keyClick(tab.stack_table, Qt.Key.Key_A)
    qtbot.keyClick(tab.stack_table, Qt.Key.Key_N)
    tab.stack_table.selectRow(0)
    qtbot.keyClick(tab.stack_table, Qt.Key.Key_Return)
    tab.give_floor()  # as a double-click on a row does
    clock.advance(17)
    assert asked == []
    assert tab.session is not None
    assert tab.session.floor.current_turn is None
    assert len(FloorStore(conn).load(demo.meeting_id).turns) == turns
