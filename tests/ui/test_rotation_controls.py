"""The rotation panel as a trainer uses it mid-session: F6 pauses the rotation with the item,
F9 asks before sending the room back to round 1, the last step reads naturally, and the step
name wraps in the runner's narrow column instead of being cut off."""

import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.ui.feedback import Confirm
from meetingkit.ui.main_window import MainWindow
from tests.ui.rotation_under_way import at_rotation

MakeWindow = Callable[[], MainWindow]


def test_f6_pauses_the_rotation_with_the_item_and_the_panel_says_so(
    make_window: MakeWindow, conn: sqlite3.Connection, clock: ManualClock, qtbot: QtBot
) -> None:
    window, runner, _item = at_rotation(make_window, conn)
    panel = runner.rotation_panel
    qtbot.keyClick(window, Qt.Key.Key_F9)
    clock.advance(30)
    runner.refresh()
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert panel.step_label.text().endswith("(paused)")
    shown = panel.countdown_label.text()
    clock.advance(600)
    runner.refresh()
    assert panel.countdown_label.text() == shown
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert not panel.step_label.text().endswith("(paused)")


def test_f9_in_a_rotation_under_way_asks_before_going_back_to_round_1(
    make_window: MakeWindow,
    conn: sqlite3.Connection,
    clock: ManualClock,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, runner, item = at_rotation(make_window, conn)
    panel = runner.rotation_panel
    qtbot.keyClick(window, Qt.Key.Key_F9)  # not started yet: no question
    timer = runner.session.rotation(item.key)  # type: ignore[union-attr]
    assert timer is not None
    total = timer.rotation.total_seconds
    clock.advance(total - 70)  # the last step, 1 min 10 s to go
    runner.refresh()
    asked: list[str] = []
    answer = False

    def ask(cls: type, parent: QWidget | None, title: str, text: str, action: str) -> bool:
        asked.append(text)
        return answer

    monkeypatch.setattr(Confirm, "ask", classmethod(ask))
    qtbot.keyClick(window, Qt.Key.Key_F9)
    rounds = timer.rotation.rounds
    assert len(asked) == 1
    assert f"Round {rounds} of {rounds}, 1\u00a0min\u00a010\u00a0s left" in asked[0]
    assert "round 1" in asked[0]
    assert panel.step_label.text().startswith(f"Round {rounds} of {rounds}")  # kept
    answer = True
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert len(asked) == 2
    assert panel.step_label.text().startswith(f"Round 1 of {rounds}")


def test_the_last_step_says_time_is_up_after_it(
    make_window: MakeWindow, conn: sqlite3.Connection, clock: ManualClock, qtbot: QtBot
) -> None:
    window, runner, item = at_rotation(make_window, conn)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    timer = runner.session.rotation(item.key)  # type: ignore[union-attr]
    assert timer is not None
    clock.advance(timer.rotation.total_seconds - 30)
    runner.refresh()
    text = runner.rotation_panel.next_label.text()
    assert text.startswith("Last step: then time is up")
    assert "Next: Time is up" not in text


@pytest.mark.parametrize("slug", ["across-professions", "entre-profesiones", "one-on-ones"])
def test_the_step_name_is_not_cut_off_at_1024x768(
    make_window: MakeWindow, conn: sqlite3.Connection, qtbot: QtBot, slug: str
) -> None:
    window, runner, _item = at_rotation(make_window, conn, slug)
    window.resize(1024, 768)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    QApplication.processEvents()
    panel = runner.rotation_panel
    for label in (panel.step_label, panel.next_label):
        width = label.contentsRect().width()
        needed = label.heightForWidth(width) if label.wordWrap() else label.sizeHint().height()
        assert label.sizeHint().width() <= width or label.wordWrap(), label.text()
        assert needed <= label.contentsRect().height(), label.text()
        line = label.fontMetrics().horizontalAdvance(label.text())
        assert line <= width or label.wordWrap(), label.text()
