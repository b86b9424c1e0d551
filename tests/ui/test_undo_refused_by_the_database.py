"""An undo or redo whose write the database refused (locked by another program, a full disk,
a read-only folder): the status line said "Undid: …" all the same. It says the change was not
undone and why, in the words the app gives such a refusal; the screen shows what the database
holds, nothing half-undone; and the change stays where it was on the history, so that Undo
(or Redo) tries it again once the database takes writes."""

import datetime as dt
import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.core.floor import EntryState
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.database import refusal
from meetingkit.storage.floor import FloorStore
from meetingkit.ui.feedback import Alert
from meetingkit.ui.floor_tab import FloorTab
from meetingkit.ui.main_window import MainWindow
from tests.ui.test_agenda_early_start_and_undo import planned_tonight, redo, undo
from tests.ui.test_floor_screen import names, open_floor, picks, room

__all__ = ["room"]  # the fixture, used by name

MakeWindow = Callable[..., MainWindow]
LOCKED = sqlite3.OperationalError("database is locked")
BUSY = refusal(LOCKED)  # "Another program is holding the database file (…). Nothing was saved…"


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The message boxes shown, as (title, text)."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(Alert, "show", classmethod(lambda _c, _p, t, m: shown.append((t, m))))
    return shown


def locked(monkeypatch: pytest.MonkeyPatch, store: type, method: str, after: int = 0) -> None:
    """The database refuses `store.method` once it was called `after` times."""
    real = getattr(store, method)
    calls = [0]

    def write(self: object, *args: object, **kwargs: object) -> object:
        calls[0] += 1
        if calls[0] > after:
            raise LOCKED
        return real(self, *args, **kwargs)

    monkeypatch.setattr(store, method, write)


def withdrawn_bea(
    window: MainWindow, qtbot: QtBot, people: dict[str, Person], monkeypatch: pytest.MonkeyPatch
) -> FloorTab:
    """Ana, Bea and Cal on the stack; Bea taken off it (Del)."""
    tab = open_floor(window, qtbot)
    picks(monkeypatch, people["Ana"], people["Bea"], people["Cal"])
    for _ in range(3):
        qtbot.keyClick(tab.stack_table, Qt.Key.Key_A)
    tab.stack_table.selectRow(1)
    qtbot.keyClick(tab.stack_table, Qt.Key.Key_Delete)
    assert names(tab) == ["Ana", "Cal"]
    return tab


def bea_saved(conn: sqlite3.Connection, meeting: Meeting) -> EntryState:
    return next(e.state for e in FloorStore(conn).load(meeting.key).entries if e.name == "Bea")


@pytest.mark.parametrize("method", ["save", "save_order"])
def test_an_undo_the_database_refuses_says_not_undone_and_why_and_stays_to_try_again(
    qtbot: QtBot,
    room: tuple[Meeting, dict[str, Person]],
    make_window: MakeWindow,
    conn: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
    told: list[tuple[str, str]],
    method: str,
) -> None:
    """`save_order`: the second of the floor's two writes refused, the first (Bea's entry)
    went through on its own and was not taken back: Bea was back on the stack in the
    database, and on the screen at the next restart."""
    meeting, people = room
    window = make_window()
    tab = withdrawn_bea(window, qtbot, people, monkeypatch)
    editor = window.meetings_page.view.agenda_tab.editor
    with monkeypatch.context() as fault:
        locked(fault, FloorStore, method)
        window.show_people()
        undo(window, qtbot)
        assert window.statusBar().currentMessage() == (
            f"Not undone: Take Bea off the stack. {BUSY}"
        )
        assert told == [("Could not put the entry back", BUSY)]
        assert tab.isVisible()  # the floor brought into view, as for an undo done
        assert names(tab) == ["Ana", "Cal"]
        assert bea_saved(conn, meeting) is EntryState.WITHDRAWN
        # Still to undo, not to redo: the data is as the change left it
        assert editor.act_undo.text() == "&Undo Take Bea off the stack"
        assert not editor.act_redo.isEnabled()

    undo(window, qtbot)  # the database takes writes again
    assert window.statusBar().currentMessage() == "Undid: Take Bea off the stack"
    assert names(tab) == ["Ana", "Bea", "Cal"]
    assert bea_saved(conn, meeting) is EntryState.WAITING
    assert editor.act_redo.text() == "&Redo Take Bea off the stack"
    assert not editor.act_undo.isEnabled()


def test_a_redo_the_database_refuses_says_not_redone_and_stays_to_try_again(
    qtbot: QtBot,
    room: tuple[Meeting, dict[str, Person]],
    make_window: MakeWindow,
    conn: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
    told: list[tuple[str, str]],
) -> None:
    meeting, people = room
    window = make_window()
    tab = withdrawn_bea(window, qtbot, people, monkeypatch)
    editor = window.meetings_page.view.agenda_tab.editor
    undo(window, qtbot)
    assert names(tab) == ["Ana", "Bea", "Cal"]
    with monkeypatch.context() as fault:
        locked(fault, FloorStore, "save")
        redo(window, qtbot)
        assert window.statusBar().currentMessage() == (
            f"Not redone: Take Bea off the stack. {BUSY}"
        )
        assert [title for title, _ in told] == ["Could not withdraw the entry"]
        assert names(tab) == ["Ana", "Bea", "Cal"]
        assert bea_saved(conn, meeting) is EntryState.WAITING
        assert editor.act_redo.text() == "&Redo Take Bea off the stack"
        assert not editor.act_undo.isEnabled()

    redo(window, qtbot)
    assert window.statusBar().currentMessage() == "Redid: Take Bea off the stack"
    assert names(tab) == ["Ana", "Cal"]
    assert bea_saved(conn, meeting) is EntryState.WITHDRAWN


@pytest.fixture
def applied(make_window: MakeWindow, conn: sqlite3.Connection) -> tuple[MainWindow, int, list[str]]:
    """A meeting planned for tonight, its agenda a template of several items applied on the
    screen (one change on the history); the titles as applied."""
    window = make_window()
    meeting = planned_tonight(window, conn)
    return window, meeting, [i.title for i in AgendaStore(conn).items(meeting)]


def shown_titles(window: MainWindow) -> list[str]:
    model = window.meetings_page.view.agenda_tab.editor.model
    return [model.item(r).title for r in range(model.rowCount())]  # type: ignore[union-attr]


def test_an_undo_of_several_items_the_database_refuses_halfway_undoes_none(
    qtbot: QtBot,
    applied: tuple[MainWindow, int, list[str]],
    conn: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
    told: list[tuple[str, str]],
) -> None:
    """Undoing a template takes its items off one by one: refused at the third, the first two
    were gone (from the screen and the database) under a status line that said "Undid"."""
    window, meeting, titles = applied
    assert len(titles) > 3
    editor = window.meetings_page.view.agenda_tab.editor
    text = editor.undo_stack.undoText()
    with monkeypatch.context() as fault:
        locked(fault, AgendaStore, "delete_item", after=2)
        undo(window, qtbot)
        assert window.statusBar().currentMessage() == f"Not undone: {text}. {BUSY}"
        assert told == [("Could not undo or redo that change", BUSY)]
        assert [i.title for i in AgendaStore(conn).items(meeting)] == titles
        assert shown_titles(window) == titles
        session = editor.session
        assert session is not None
        assert [i.title for i in session.items] == titles
        assert editor.act_undo.text() == f"&Undo {text}"

    undo(window, qtbot)
    assert window.statusBar().currentMessage() == f"Undid: {text}"
    assert AgendaStore(conn).items(meeting) == []
    assert shown_titles(window) == []
    redo(window, qtbot)
    assert [i.title for i in AgendaStore(conn).items(meeting)] == titles
    assert shown_titles(window) == titles


def test_an_undo_of_the_start_the_database_refuses_stays_to_try_again(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
    told: list[tuple[str, str]],
) -> None:
    """Refused by the database, the start left the history as one refused for having moved
    on does (for good): Ctrl+Z could not try it again, as the message asks."""
    window = make_window()
    meeting = planned_tonight(window, conn, dt.time(19))
    qtbot.keyClick(window, Qt.Key.Key_F5)
    editor = window.meetings_page.view.agenda_tab.editor
    started = AgendaStore(conn).run(meeting)
    assert started.started_ms is not None
    with monkeypatch.context() as fault:
        locked(fault, AgendaStore, "save_run")
        undo(window, qtbot)
        assert window.statusBar().currentMessage() == f"Not undone: Start meeting. {BUSY}"
        assert told == [("The start can't be undone", BUSY)]
        assert AgendaStore(conn).run(meeting) == started
        session = editor.session
        assert session is not None
        assert session.run.started
        assert editor.act_undo.text() == "&Undo Start meeting"
        assert not editor.act_redo.isEnabled()

    undo(window, qtbot)
    assert window.statusBar().currentMessage() == "Undid: Start meeting"
    assert AgendaStore(conn).run(meeting).started_ms is None
    with monkeypatch.context() as fault:
        locked(fault, AgendaStore, "save_run")
        redo(window, qtbot)
        assert window.statusBar().currentMessage() == f"Not redone: Start meeting. {BUSY}"
        assert AgendaStore(conn).run(meeting).started_ms is None
        assert editor.act_redo.text() == "&Redo Start meeting"
    redo(window, qtbot)
    assert window.statusBar().currentMessage() == "Redid: Start meeting"
    assert AgendaStore(conn).run(meeting).started_ms is not None
