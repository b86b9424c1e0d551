"""A refused "Undo Start meeting" after later edits were undone (the meeting had moved on):
the status line said "Undid: …" naming the first of those edits, which nothing had undone.
It says the start was not undone and why; the history and the Edit menu follow."""

import datetime as dt
import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.core.agenda import built_in_templates
from meetingkit.core.clock import ManualClock
from meetingkit.storage.agenda import AgendaStore
from meetingkit.ui.feedback import Alert
from meetingkit.ui.main_window import MainWindow
from tests.ui.test_agenda_early_start_and_undo import planned_tonight, redo, undo

MakeWindow = Callable[..., MainWindow]
TEMPLATE = "Working-group meeting"


def started_with_a_template_after(
    window: MainWindow, conn: sqlite3.Connection, qtbot: QtBot
) -> int:
    """A meeting started with F5 (`planned_tonight`, at 19:00), a template applied after the
    start (undoable)."""
    meeting = planned_tonight(window, conn, dt.time(19))
    qtbot.keyClick(window, Qt.Key.Key_F5)
    template = next(t for t in built_in_templates() if t.name == TEMPLATE)
    window.meetings_page.view.agenda_tab.editor.apply_template(template)
    return meeting


def test_a_refused_undo_of_the_start_says_so_not_undid_the_edit_before_it(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    clock: ManualClock,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    meeting = started_with_a_template_after(window, conn, qtbot)
    editor = window.meetings_page.view.agenda_tab.editor
    stack = editor.undo_stack
    template_text = stack.command(1).text()
    clock.advance(60)
    qtbot.keyClick(window, Qt.Key.Key_F8)  # the next item: the meeting has moved on
    items = len(AgendaStore(conn).items(meeting))

    undo(window, qtbot)  # the template applied after the start
    assert window.statusBar().currentMessage() == f"Undid: {template_text}"
    assert len(AgendaStore(conn).items(meeting)) < items
    assert editor.act_undo.text() == "&Undo Start meeting"
    assert editor.act_redo.text() == f"&Redo {template_text}"

    before = AgendaStore(conn).run(meeting)
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(Alert, "show", classmethod(lambda _c, _p, t, m: told.append((t, m))))
    undo(window, qtbot)  # the start: refused
    assert [title for title, _ in told] == ["The start can't be undone"]
    assert AgendaStore(conn).run(meeting) == before
    message = window.statusBar().currentMessage()
    assert not message.startswith("Undid")
    assert message == "Not undone: Start meeting. " + told[0][1]
    # The start left the history; the template undone can still be redone, nothing undone
    assert (stack.index(), stack.count()) == (0, 1)
    assert not editor.act_undo.isEnabled()
    assert editor.act_redo.isEnabled()
    assert editor.act_redo.text() == f"&Redo {template_text}"

    redo(window, qtbot)
    assert window.statusBar().currentMessage() == f"Redid: {template_text}"
    assert len(AgendaStore(conn).items(meeting)) == items
    assert (stack.index(), stack.count()) == (1, 1)
    assert editor.act_undo.text() == f"&Undo {template_text}"
    assert not editor.act_redo.isEnabled()


def test_a_refused_undo_of_the_start_alone_says_so_in_the_status_line(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    clock: ManualClock,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With nothing after the start on the history, the status line said nothing at all."""
    window = make_window()
    planned_tonight(window, conn, dt.time(19))
    editor = window.meetings_page.view.agenda_tab.editor
    qtbot.keyClick(window, Qt.Key.Key_F5)
    clock.advance(60)
    qtbot.keyClick(window, Qt.Key.Key_F8)  # the next item: the meeting has moved on
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(Alert, "show", classmethod(lambda _c, _p, t, m: told.append((t, m))))

    undo(window, qtbot)
    assert [title for title, _ in told] == ["The start can't be undone"]
    assert window.statusBar().currentMessage() == "Not undone: Start meeting. " + told[0][1]
    assert (editor.undo_stack.index(), editor.undo_stack.count()) == (0, 0)
    assert not editor.act_undo.isEnabled()
    assert not editor.act_redo.isEnabled()
