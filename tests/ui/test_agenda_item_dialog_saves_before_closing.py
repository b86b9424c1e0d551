"""Adding or editing an agenda item saves before its dialog closes: a save that fails (a full
disk) is said in the dialog, which stays open with everything typed. Only a change that was
made goes on the undo stack: a refused one, cancelled, leaves nothing to undo."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable

import pytest

from meetingkit.core.agenda import AgendaItem, ItemKind
from meetingkit.core.meeting import Meeting
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.agenda_editor import AgendaEditor
from meetingkit.ui.agenda_item_dialog import AgendaItemDialog
from meetingkit.ui.feedback import Alert
from meetingkit.ui.form_dialog import FormDialog
from meetingkit.ui.main_window import MainWindow
from tests.ui.test_dialogs_keep_what_was_typed import FULL, Disk, ok_until_saved


@pytest.fixture
def alerts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What message boxes said: a save said in its dialog says nothing in one."""
    said: list[str] = []
    monkeypatch.setattr(Alert, "show", classmethod(lambda _c, _p, _title, text: said.append(text)))
    return said


@pytest.fixture
def meeting(conn: sqlite3.Connection) -> Meeting:
    meeting = MeetingStore(conn).create(
        Meeting("Staffing", dt.date(2026, 11, 21), dt.time(19, 0), planned_minutes=90)
    )
    AgendaStore(conn).add_items(meeting.key, [AgendaItem("Welcome", 5), AgendaItem("Vigil", 20)])
    return meeting


@pytest.fixture
def editor(make_window: Callable[[], MainWindow], meeting: Meeting) -> AgendaEditor:
    window = make_window()
    window.meetings_page.reload(select_id=meeting.key)
    editor = window.meetings_page.view.agenda_tab.editor
    [welcome, _vigil] = editor.session.items if editor.session else []
    editor.select_item(welcome.key)
    return editor


def fill_in_the_report_back(dialog: FormDialog) -> None:
    assert isinstance(dialog, AgendaItemDialog)
    dialog.title_edit.setText("Report-backs from 4 West")
    dialog.minutes_spin.setValue(25)
    dialog.kind_combo.setCurrentIndex(list(ItemKind).index(ItemKind.PROPOSAL))
    dialog.notes_edit.setPlainText("Each unit: two minutes, then questions")


def typed(dialog: FormDialog) -> tuple[str, int, ItemKind, str]:
    assert isinstance(dialog, AgendaItemDialog)
    i = dialog.item()
    return i.title, i.planned_minutes, i.kind, i.notes


REPORT_BACK = (
    "Report-backs from 4 West",
    25,
    ItemKind.PROPOSAL,
    "Each unit: two minutes, then questions",
)


def agenda(conn: sqlite3.Connection, meeting: Meeting) -> list[tuple[str, int, ItemKind, str]]:
    return [
        (i.title, i.planned_minutes, i.kind, i.notes) for i in AgendaStore(conn).items(meeting.key)
    ]


def ok_then_cancel(
    monkeypatch: pytest.MonkeyPatch, typing: Callable[[FormDialog], None]
) -> list[tuple[int, str, object]]:
    """Make the dialog type with `typing`, press OK (refused), then Cancel; note its result,
    error line and what was typed after the OK."""
    seen: list[tuple[int, str, object]] = []

    def exec_(dialog: FormDialog) -> int:
        typing(dialog)
        dialog.accept()
        seen.append((dialog.result(), dialog.error_label.text(), typed(dialog)))
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(AgendaItemDialog, "exec", exec_)
    return seen


def test_an_item_the_disk_refuses_stays_in_its_dialog_and_is_undone_once_added(
    conn: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
    alerts: list[str],
    editor: AgendaEditor,
    meeting: Meeting,
) -> None:
    welcome, vigil = agenda(conn, meeting)
    disk = Disk(monkeypatch, AgendaStore, "add_item")
    seen = ok_until_saved(monkeypatch, AgendaItemDialog, disk, fill_in_the_report_back, typed)
    editor.act_add.trigger()
    [(result, said, values)] = seen
    assert result == 0  # still open
    assert said.startswith(FULL)
    assert values == REPORT_BACK
    assert agenda(conn, meeting) == [welcome, REPORT_BACK, vigil]  # after the selected item
    assert editor.selected_item() is not None
    assert editor.selected_item().title == "Report-backs from 4 West"  # type: ignore[union-attr]
    assert editor.undo_stack.count() == 1
    editor.undo_stack.undo()
    assert agenda(conn, meeting) == [welcome, vigil]
    editor.undo_stack.redo()
    assert agenda(conn, meeting) == [welcome, REPORT_BACK, vigil]
    assert alerts == []


def test_an_item_the_disk_refuses_then_cancelled_leaves_nothing_to_undo(
    conn: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
    alerts: list[str],
    editor: AgendaEditor,
    meeting: Meeting,
) -> None:
    before = agenda(conn, meeting)
    Disk(monkeypatch, AgendaStore, "add_item")
    seen = ok_then_cancel(monkeypatch, fill_in_the_report_back)
    editor.act_add.trigger()
    assert [(r, said.startswith(FULL), v) for r, said, v in seen] == [(0, True, REPORT_BACK)]
    assert agenda(conn, meeting) == before
    assert editor.undo_stack.count() == 0
    assert alerts == []


def test_an_edit_the_disk_refuses_stays_in_its_dialog_and_is_undone_once_saved(
    conn: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
    alerts: list[str],
    editor: AgendaEditor,
    meeting: Meeting,
) -> None:
    welcome, vigil = agenda(conn, meeting)
    disk = Disk(monkeypatch, AgendaStore, "update_item")
    seen = ok_until_saved(monkeypatch, AgendaItemDialog, disk, fill_in_the_report_back, typed)
    editor.act_edit.trigger()
    [(result, said, values)] = seen
    assert result == 0
    assert said.startswith(FULL)
    assert values == REPORT_BACK
    assert agenda(conn, meeting) == [REPORT_BACK, vigil]
    assert editor.undo_stack.count() == 1
    editor.undo_stack.undo()
    assert agenda(conn, meeting) == [welcome, vigil]
    assert alerts == []


def test_an_edit_the_disk_refuses_then_cancelled_leaves_nothing_to_undo(
    conn: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
    alerts: list[str],
    editor: AgendaEditor,
    meeting: Meeting,
) -> None:
    before = agenda(conn, meeting)
    Disk(monkeypatch, AgendaStore, "update_item")
    seen = ok_then_cancel(monkeypatch, fill_in_the_report_back)
    editor.act_edit.trigger()
    assert [(r, said.startswith(FULL), v) for r, said, v in seen] == [(0, True, REPORT_BACK)]
    assert agenda(conn, meeting) == before
    assert editor.undo_stack.count() == 0
    assert [i.title for i in editor.session.items] == ["Welcome", "Vigil"]  # type: ignore[union-attr]
    assert alerts == []
