"""Saved agenda templates: saving under a name already taken asks before replacing it, and a
saved template can be deleted from the Templates menu (the built-in ones stay)."""

import datetime as dt
import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from meetingkit.core.agenda import AgendaItem, built_in_templates
from meetingkit.core.meeting import Meeting
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.agenda_editor import AgendaEditor, TemplateName
from meetingkit.ui.feedback import Confirm
from meetingkit.ui.main_window import MainWindow


@pytest.fixture
def editor(conn: sqlite3.Connection, make_window: Callable[..., MainWindow]) -> AgendaEditor:
    meeting = MeetingStore(conn).create(Meeting("December", dt.date(2026, 11, 28), dt.time(19)))
    AgendaStore(conn).add_item(meeting.key, AgendaItem("Welcome", planned_minutes=5))
    window = make_window()
    window.open_meeting(meeting.key)
    return window.meetings_page.view.agenda_tab.editor


def _answers(monkeypatch: pytest.MonkeyPatch, name: str, confirm: bool) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr(TemplateName, "ask", classmethod(lambda *_a: name))

    def ask(_cls: object, _parent: object, title: str, text: str, action: str) -> bool:
        asked.append(text)
        return confirm

    monkeypatch.setattr(Confirm, "ask", classmethod(ask))
    return asked


def _saved(conn: sqlite3.Connection) -> dict[str, int]:
    return {t.name: len(t.items) for t in AgendaStore(conn).templates()}


def test_saving_under_a_name_taken_asks_before_replacing(
    conn: sqlite3.Connection, editor: AgendaEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    AgendaStore(conn).save_template("Our December agenda", [AgendaItem("A", 5), AgendaItem("B", 5)])
    asked = _answers(monkeypatch, " Our  December agenda ", confirm=False)
    editor.save_as_template()
    assert len(asked) == 1
    assert "Our December agenda" in asked[0]
    assert _saved(conn) == {"Our December agenda": 2}  # kept
    asked = _answers(monkeypatch, "Our December agenda", confirm=True)
    editor.save_as_template()
    assert _saved(conn) == {"Our December agenda": 1}  # replaced, once confirmed
    asked = _answers(monkeypatch, "A new one", confirm=False)
    editor.save_as_template()
    assert asked == []  # a new name is not asked about
    assert _saved(conn) == {"A new one": 1, "Our December agenda": 1}


def _delete_menu(editor: AgendaEditor) -> QMenu:
    editor.templates_menu.aboutToShow.emit()
    menus = [a.menu() for a in editor.templates_menu.actions() if isinstance(a.menu(), QMenu)]
    assert len(menus) == 1
    menu = menus[0]
    assert isinstance(menu, QMenu)
    return menu


def test_a_saved_template_is_deleted_from_the_templates_menu_once_confirmed(
    conn: sqlite3.Connection, editor: AgendaEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    menu = _delete_menu(editor)
    assert not menu.isEnabled()  # nothing saved: the built-in templates cannot be deleted
    AgendaStore(conn).save_template("Mistyped & wrong", [AgendaItem("A", 5)])
    AgendaStore(conn).save_template("Keep", [AgendaItem("A", 5)])
    menu = _delete_menu(editor)
    assert menu.isEnabled()
    names = [a.text() for a in menu.actions()]
    assert names == ["Keep", "Mistyped && wrong"]
    built_in = {t.name for t in built_in_templates()}
    assert not built_in & set(names)
    action: QAction = menu.actions()[1]
    asked = _answers(monkeypatch, "", confirm=False)
    action.trigger()
    assert len(asked) == 1
    assert "Mistyped & wrong" in asked[0]
    assert set(_saved(conn)) == {"Keep", "Mistyped & wrong"}
    _answers(monkeypatch, "", confirm=True)
    action.trigger()
    assert set(_saved(conn)) == {"Keep"}
    assert [a.text() for a in _delete_menu(editor).actions()] == ["Keep"]
