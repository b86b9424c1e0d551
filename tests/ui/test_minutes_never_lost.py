"""Minutes typed are never lost: coming back to an item shows them as saved; typed while the
disk is full, they stay with their item, are saved as soon as the disk takes them, and closing
the window asks before losing them."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.meeting import Meeting
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.agenda_tab import AgendaTab
from meetingkit.ui.feedback import Alert, Confirm
from meetingkit.ui.main_window import MainWindow

TYPED = " IMPORTANT NOTE TYPED WHILE FULL"


class Disk:
    """AgendaStore.set_minutes, refused while `full` (SQLite's own words for a full disk)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.full = False
        self.alerts: list[tuple[str, str]] = []
        saving = AgendaStore.set_minutes

        def set_minutes(store: AgendaStore, item_id: int, text: str) -> None:
            if self.full:
                raise sqlite3.OperationalError("database or disk is full")
            saving(store, item_id, text)

        monkeypatch.setattr(AgendaStore, "set_minutes", set_minutes)
        monkeypatch.setattr(
            Alert,
            "show",
            classmethod(lambda _c, _p, title, text: self.alerts.append((title, text))),
        )


@pytest.fixture
def disk(monkeypatch: pytest.MonkeyPatch) -> Disk:
    return Disk(monkeypatch)


@pytest.fixture
def shown(
    conn: sqlite3.Connection, make_window: Callable[[], MainWindow]
) -> tuple[MainWindow, AgendaTab, list[AgendaItem]]:
    """A meeting of two items, the first with minutes already saved, shown in the window."""
    meeting = MeetingStore(conn).create(
        Meeting("Staffing", dt.date(2026, 11, 21), dt.time(19, 0), planned_minutes=60)
    )
    agenda = AgendaStore(conn)
    items = agenda.add_items(
        meeting.key, [AgendaItem("Survey results", 20), AgendaItem("Vigil", 5)]
    )
    agenda.set_minutes(items[0].key, "Most common answer: missed breaks.")
    agenda.set_minutes(items[1].key, "Vigil on Dec 5.")
    window = make_window()
    window.meetings_page.reload(select_id=meeting.key)
    return window, window.meetings_page.view.agenda_tab, items


def stored(conn: sqlite3.Connection, item: AgendaItem) -> str:
    """The item's minutes as saved in the database."""
    row = conn.execute("SELECT minutes FROM agenda_items WHERE id = ?", [item.key]).fetchone()
    return str(row[0])


def test_minutes_refused_by_a_full_disk_come_back_with_their_item_and_are_saved_later(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    disk: Disk,
    shown: tuple[MainWindow, AgendaTab, list[AgendaItem]],
) -> None:
    _window, tab, (survey, vigil) = shown
    runner, editor = tab.runner, tab.editor
    disk.full = True
    editor.select_item(survey.key)
    runner.minutes_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(runner.minutes_edit, TYPED)
    runner.save_minutes()  # the autosave
    assert [title for title, _ in disk.alerts] == ["Could not save the minutes"]
    assert "database or disk is full" in disk.alerts[0][1]
    assert runner.unsaved_label.isVisibleTo(runner)
    assert runner.unsaved_minutes() == ["Survey results"]

    editor.select_item(vigil.key)  # the next item: its own minutes, and no second box
    assert runner.minutes_edit.toPlainText() == "Vigil on Dec 5."
    assert len(disk.alerts) == 1
    editor.select_item(survey.key)  # back: what was typed is there
    assert runner.minutes_edit.toPlainText() == "Most common answer: missed breaks." + TYPED
    assert stored(conn, survey) == "Most common answer: missed breaks."

    disk.full = False  # space again: the next try saves them, without a word
    runner.retry_timer.timeout.emit()
    assert stored(conn, survey) == "Most common answer: missed breaks." + TYPED
    assert runner.unsaved_minutes() == []
    assert not runner.unsaved_label.isVisibleTo(runner)
    assert not runner.retry_timer.isActive()
    assert len(disk.alerts) == 1
    editor.select_item(vigil.key)
    editor.select_item(survey.key)  # shown as saved
    assert runner.minutes_edit.toPlainText() == "Most common answer: missed breaks." + TYPED


def test_minutes_typed_on_another_item_are_kept_apart_and_all_saved(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    disk: Disk,
    shown: tuple[MainWindow, AgendaTab, list[AgendaItem]],
) -> None:
    """Two items typed into while the disk is full: each keeps its own text."""
    _window, tab, (survey, vigil) = shown
    runner, editor = tab.runner, tab.editor
    disk.full = True
    editor.select_item(survey.key)
    runner.minutes_edit.setPlainText("Survey, typed while full")
    editor.select_item(vigil.key)
    runner.minutes_edit.setPlainText("Vigil, typed while full")
    editor.select_item(survey.key)
    assert runner.minutes_edit.toPlainText() == "Survey, typed while full"
    assert sorted(runner.unsaved_minutes()) == ["Survey results", "Vigil"]
    assert "The minutes of 2 items are not saved yet" in runner.unsaved_label.text()
    disk.full = False
    runner.minutes_edit.insertPlainText("!")  # typing on: the autosave takes every one
    runner.save_minutes()
    assert stored(conn, survey) == "!Survey, typed while full"
    assert stored(conn, vigil) == "Vigil, typed while full"


def test_closing_with_minutes_not_saved_asks_and_cancel_keeps_them(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    disk: Disk,
    shown: tuple[MainWindow, AgendaTab, list[AgendaItem]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, tab, (survey, _vigil) = shown
    disk.full = True
    runner = tab.runner
    tab.editor.select_item(survey.key)
    runner.minutes_edit.setPlainText("LAST WORDS BEFORE CLOSING")
    answers = [False, True]
    asked: list[tuple[str, str, str]] = []

    def ask(_cls: type, _parent: object, title: str, text: str, action: str) -> bool:
        asked.append((title, text, action))
        return answers.pop(0)

    monkeypatch.setattr(Confirm, "ask", classmethod(ask))
    window.close()
    assert window.isVisible()  # Cancel: the window stays, and so do the minutes
    assert runner.minutes_edit.toPlainText() == "LAST WORDS BEFORE CLOSING"
    title, text, action = asked[0]
    assert (title, action) == ("Close without the minutes?", "Close and lose them")
    assert "The minutes typed for “Survey results” could not be saved" in text
    assert "database or disk is full" in text

    disk.full = False  # space again: closing saves them and asks nothing
    window.close()
    assert not window.isVisible()
    assert len(asked) == 1
    assert stored(conn, survey) == "LAST WORDS BEFORE CLOSING"


def test_closing_anyway_loses_only_what_the_disk_refused(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    disk: Disk,
    shown: tuple[MainWindow, AgendaTab, list[AgendaItem]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, tab, (survey, _vigil) = shown
    disk.full = True
    tab.editor.select_item(survey.key)
    tab.runner.minutes_edit.setPlainText("typed while full")
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda *_a: True))
    window.close()
    assert not window.isVisible()
    assert stored(conn, survey) == "Most common answer: missed breaks."


def test_minutes_saved_on_an_item_are_there_when_coming_back_to_it(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    shown: tuple[MainWindow, AgendaTab, list[AgendaItem]],
) -> None:
    """The agenda's rows were read before the minutes were saved: coming back showed the old
    text, and typing on saved it over what had been typed."""
    _window, tab, (survey, vigil) = shown
    runner, editor = tab.runner, tab.editor
    editor.select_item(survey.key)
    runner.minutes_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(runner.minutes_edit, " CNAs hit hardest.")
    runner.save_minutes()
    editor.select_item(vigil.key)
    editor.select_item(survey.key)
    assert (
        runner.minutes_edit.toPlainText() == "Most common answer: missed breaks. CNAs hit hardest."
    )
    runner.minutes_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(runner.minutes_edit, " EVS too.")
    runner.save_minutes()
    assert stored(conn, survey) == "Most common answer: missed breaks. CNAs hit hardest. EVS too."
