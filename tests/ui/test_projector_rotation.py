"""The room's screen during a training module's group rotation: the round, the step and its
countdown take the floor's place ("The floor is open" is false while people are in groups),
and each change of step flashes, as on the trainer's panel."""

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.ui.main_window import MainWindow
from tests.ui.rotation_under_way import at_rotation

MakeWindow = Callable[[], MainWindow]


def test_the_projector_shows_the_rotation_and_flashes_at_each_step(
    make_window: MakeWindow, conn: sqlite3.Connection, clock: ManualClock, qtbot: QtBot
) -> None:
    window, runner, practice = at_rotation(make_window, conn)
    assert practice.rotation is not None
    first, second = practice.rotation.steps[0], practice.rotation.steps[1]
    rounds = practice.rotation.rounds
    window.projector.toggle()
    projector = window.projector.window
    assert projector is not None
    qtbot.addWidget(projector)
    assert projector.speaker_label.text() == "The floor is open"  # not started yet

    qtbot.keyClick(window, Qt.Key.Key_F9)
    window.projector.refresh()
    assert projector.kind_label.text() == f"Round 1 of {rounds}"
    assert projector.speaker_label.text() == first.name
    assert projector.timer_label.isVisibleTo(projector)
    assert projector.next_label.text() == f"Next: {second.name}"
    texts = [projector.speaker_label.text(), projector.next_label.text()]
    assert "The floor is open" not in texts
    assert "Nobody is waiting to speak" not in texts
    assert not projector.flashing  # it opened on this step: nothing changed in view

    clock.advance(first.seconds + 1)
    runner.refresh()
    window.projector.refresh()
    assert projector.speaker_label.text() == second.name
    assert (
        projector.timer_label.text()
        == f"{(second.seconds - 1) // 60}:{(second.seconds - 1) % 60:02d}"
    )
    assert projector.flashing

    qtbot.keyClick(window, Qt.Key.Key_F6)  # the item paused, the rotation with it
    window.projector.refresh()
    assert projector.paused_label.isVisibleTo(projector)

    qtbot.keyClick(window, Qt.Key.Key_F6)
    clock.advance(practice.rotation.total_seconds)  # time is up: back to the floor
    runner.refresh()
    window.projector.refresh()
    assert projector.speaker_label.text() == "The floor is open"
    assert not projector.kind_label.isVisibleTo(projector)
    projector.close()
