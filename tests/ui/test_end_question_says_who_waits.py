"""End meeting's question says who is still waiting on the stack, in the words of the question
asked as the agenda moves on (F8, ui.unheard_wording.waiting_text): QA (Spanish, 125%) ended a
meeting with people waiting, and only F8's question had said so."""

import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from meetingkit.core.person import Person
from meetingkit.ui import language
from meetingkit.ui.agenda_runner import AgendaRunner
from meetingkit.ui.main_window import MainWindow
from tests.ui.stack_near_the_end import survey_on_the_floor

MakeWindow = Callable[[], MainWindow]
PEOPLE = [Person(first, "Lima") for first in ("Ana", "Bea", "Cal")]


def asked(qtbot: QtBot, runner: AgendaRunner) -> str:
    """Press End meeting, read its question as shown, and cancel it."""
    read: list[str] = []

    def on_box() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        read.append(box.text())
        box.reject()  # Cancel: the meeting goes on

    QTimer.singleShot(0, on_box)
    runner.end_meeting()
    assert runner.session is not None
    assert not runner.session.run.ended
    [text] = read
    return text


def test_end_meeting_says_who_is_still_waiting_on_the_stack(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    keys = (Qt.Key.Key_A, Qt.Key.Key_A, Qt.Key.Key_C)  # Ana, Bea; Cal asks a question
    runner, floor = survey_on_the_floor(qtbot, conn, make_window, monkeypatch, PEOPLE, keys)
    text = asked(qtbot, runner)
    assert text.startswith("3 people are still waiting to speak on “Survey”.\n\n")
    assert "The clocks stop, and the meeting cannot be started again." in text
    floor.act_close.trigger()  # Ctrl+K: the stack closed, they still wait
    assert floor.session is not None
    assert floor.session.floor.stack_closed
    assert asked(qtbot, runner).startswith("3 people are still waiting to speak on “Survey”.")


def test_one_person_waiting_and_nobody(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    runner, floor = survey_on_the_floor(
        qtbot, conn, make_window, monkeypatch, PEOPLE[:1], [Qt.Key.Key_A]
    )
    assert asked(qtbot, runner).startswith("1 person is still waiting to speak on “Survey”.")
    floor.act_next.trigger()  # Ana speaks (N): nobody waits
    text = asked(qtbot, runner)
    assert "waiting" not in text
    assert text.startswith("The clocks stop")


def test_it_is_said_in_spanish(
    qtbot: QtBot,
    qapp: QApplication,
    conn: sqlite3.Connection,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    language.install(qapp, "es")
    try:
        keys = (Qt.Key.Key_A, Qt.Key.Key_A)
        runner, _ = survey_on_the_floor(qtbot, conn, make_window, monkeypatch, PEOPLE, keys)
        text = asked(qtbot, runner)
    finally:
        language.install(qapp, "en")
    assert text.startswith("2 personas siguen esperando para hablar sobre “Survey”.\n\n")
