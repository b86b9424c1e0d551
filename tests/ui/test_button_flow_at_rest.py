"""Rows of buttons beside a ticking clock stay at rest: the agenda runner's countdown and its
meeting clock change their text every second, and each change lays the runner's column out
again; the buttons' flow, whose buttons have not changed, neither works its rows out again nor
moves a button. A button that does change (Pause becomes Resume) is placed anew."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QToolButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.services.demo import Demo
from meetingkit.ui.button_flow import ButtonFlow
from meetingkit.ui.main_window import MainWindow


class Moves(QObject):
    """Counts the moves and resizes of the widgets it watches."""

    def __init__(self, widgets: list[QWidget]) -> None:
        super().__init__()
        self.count = 0
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize):
            self.count += 1
        return False


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.fixture
def rows_worked_out(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One entry each time a flow works out its rows for a width."""
    calls: list[int] = []
    rows = ButtonFlow._rows

    def counted(self: ButtonFlow, width: int) -> object:
        calls.append(width)
        return rows(self, width)

    monkeypatch.setattr(ButtonFlow, "_rows", counted)
    return calls


def test_the_runners_buttons_rest_while_its_clocks_tick(
    make_window: Callable[..., MainWindow],
    demo: Demo,
    clock: ManualClock,
    rows_worked_out: list[int],
) -> None:
    """Tonight's live meeting, its item counting down: five ticks of a second, and the
    runner's five buttons are neither laid out again nor moved."""
    window = make_window()
    window.resize(1366, 768)
    window.open_meeting(demo.meeting_id)
    view = window.meetings_page.view
    view.show_agenda()
    runner = view.agenda_tab.runner
    [flow] = runner.findChildren(ButtonFlow)
    buttons = [flow.itemAt(n).widget() for n in range(flow.count())]
    _settle()
    moves = Moves(buttons)
    placed = flow.placements
    rows_worked_out.clear()
    texts = []
    for _ in range(5):
        clock.advance(1.0)
        runner.refresh()
        _settle()
        texts.append(runner.countdown_label.text())
    assert len(set(texts)) == 5  # the clock did tick
    assert rows_worked_out == []
    assert flow.placements == placed
    assert moves.count == 0


def test_a_flow_rests_while_a_label_beside_it_changes_but_follows_its_buttons(
    qtbot: QtBot, rows_worked_out: list[int]
) -> None:
    panel = QWidget()
    qtbot.addWidget(panel)
    clock_face = QLabel("10:00")
    clock_face.setWordWrap(True)  # its height follows its text: every change lays out again
    flow = ButtonFlow(2)
    buttons = [QToolButton(text=text) for text in ("Start", "Pause", "Next item", "End")]
    for button in buttons:
        flow.addWidget(button)
    column = QVBoxLayout(panel)
    column.addWidget(clock_face)
    column.addLayout(flow)
    panel.resize(300, 200)
    panel.show()
    qtbot.waitExposed(panel)
    _settle()
    placed = flow.placements
    rows_worked_out.clear()
    for second in range(59, 54, -1):
        clock_face.setText(f"9:{second}")
        _settle()
    assert rows_worked_out == []
    assert flow.placements == placed

    buttons[1].setText("Resume the item")  # wider: the row is worked out again
    _settle()
    assert flow.placements == placed + 1
    assert buttons[1].width() >= buttons[1].sizeHint().width()
    buttons[3].hide()
    _settle()
    assert flow.placements == placed + 2
    assert buttons[2].geometry().right() >= flow.contentsRect().right() - 1
