"""Guard against the PySide6 6.12.0 + Python 3.11 reference leak.

That build drops a reference to True on every Signal.emit() and to None on many calls that
return nothing; CPython then aborts ("deallocating True") minutes into a meeting, and a green
test suite does not notice. These tests fail loudly if such a build is ever installed.
"""

import sys

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

CALLS = 20_000
# Other code may legitimately take or release a handful of references meanwhile.
SLACK = 200


class Emitter(QObject):
    ticked = Signal(int)


def test_emitting_signals_keeps_references_to_true_and_none() -> None:
    emitter = Emitter()
    received: list[int] = []
    emitter.ticked.connect(received.append)
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for i in range(CALLS):
        emitter.ticked.emit(i)
    assert len(received) == CALLS
    assert sys.getrefcount(True) >= true_before - SLACK
    assert sys.getrefcount(None) >= none_before - SLACK


def test_calls_returning_nothing_keep_references_to_none(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    timer = QTimer()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for i in range(CALLS):
        label.setText(str(i))
        timer.start(1000)
    timer.stop()
    assert sys.getrefcount(None) >= none_before - SLACK
    assert sys.getrefcount(True) >= true_before - SLACK


def test_dialogs_and_nested_event_loops_keep_references_to_true_and_none(
    qtbot: QtBot,
) -> None:
    """The soak test (session 20) saw 6.11.3 *add* references to None on every dialog's
    nested event loop (+45 a dialog; harmless, it never releases them); a build that drops
    them instead would abort a long meeting as 6.12.0 did. 300 dialogs opened and closed."""
    from PySide6.QtWidgets import QDialog

    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(300):
        dialog = QDialog()
        QTimer.singleShot(0, dialog.accept)
        assert dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
    assert sys.getrefcount(None) >= none_before - SLACK
    assert sys.getrefcount(True) >= true_before - SLACK
