"""New, Edit and Duplicate meeting save before their dialog closes: a save that fails (a full
disk) is said in the dialog, which stays open with everything typed, and OK again saves it once
there is space. Nothing has to be typed twice, and nothing half-made is left behind."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable

import pytest

from meetingkit.core.meeting import Meeting, MeetingKind, Role
from meetingkit.core.person import Person
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.feedback import Alert
from meetingkit.ui.form_dialog import FormDialog
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.meeting_dialog import MeetingDialog
from tests.ui.test_dialogs_keep_what_was_typed import FULL, Disk, ok_until_saved


@pytest.fixture
def alerts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What message boxes said: a save said in its dialog says nothing in one."""
    said: list[str] = []
    monkeypatch.setattr(Alert, "show", classmethod(lambda _c, _p, _title, text: said.append(text)))
    return said


def fill_in_the_vigil(dialog: FormDialog) -> None:
    assert isinstance(dialog, MeetingDialog)
    dialog.title_edit.setText("Vigil planning")
    dialog.kind_combo.setCurrentIndex(list(MeetingKind).index(MeetingKind.ASSEMBLY))
    dialog.place_edit.setText("Union hall, room 2")
    dialog.minutes_spin.setValue(75)


def typed(dialog: FormDialog) -> tuple[str, MeetingKind, str, int]:
    assert isinstance(dialog, MeetingDialog)
    m = dialog.meeting()
    return m.title, m.kind, m.place, m.planned_minutes


VIGIL = ("Vigil planning", MeetingKind.ASSEMBLY, "Union hall, room 2", 75)


@pytest.fixture
def staffing(conn: sqlite3.Connection) -> Meeting:
    meetings = MeetingStore(conn)
    meeting = meetings.create(
        Meeting("Staffing", dt.date(2026, 11, 21), dt.time(19, 0), place="Room 4")
    )
    ana = PeopleStore(conn).add(Person("Ana", "Reyes"))
    meetings.assign(meeting.key, Role.FACILITATOR, ana.key)
    return meeting


def test_a_new_meeting_the_disk_refuses_stays_in_its_dialog(
    conn: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
    alerts: list[str],
    make_window: Callable[[], MainWindow],
) -> None:
    window = make_window()
    disk = Disk(monkeypatch, MeetingStore, "create")
    seen = ok_until_saved(monkeypatch, MeetingDialog, disk, fill_in_the_vigil, typed)
    window.new_meeting()
    [(result, said, values)] = seen
    assert result == 0  # still open
    assert said.startswith(FULL)
    assert values == VIGIL
    [saved] = MeetingStore(conn).all()  # once, on the second OK
    assert (saved.title, saved.kind, saved.place, saved.planned_minutes) == VIGIL
    assert window.meetings_page.current_meeting() == saved
    assert alerts == []


def test_an_edit_the_disk_refuses_stays_in_its_dialog(
    conn: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
    alerts: list[str],
    make_window: Callable[[], MainWindow],
    staffing: Meeting,
) -> None:
    window = make_window()
    window.meetings_page.reload(select_id=staffing.key)
    disk = Disk(monkeypatch, MeetingStore, "update")
    seen = ok_until_saved(monkeypatch, MeetingDialog, disk, fill_in_the_vigil, typed)
    window.edit_meeting()
    [(result, said, values)] = seen
    assert result == 0
    assert said.startswith(FULL)
    assert values == VIGIL
    saved = MeetingStore(conn).get(staffing.key)
    assert (saved.title, saved.kind, saved.place, saved.planned_minutes) == VIGIL
    assert window.meetings_page.view.place_label.text() == "Union hall, room 2"
    assert alerts == []


def test_a_duplicate_the_disk_refuses_stays_in_its_dialog_and_nothing_half_is_made(
    conn: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
    alerts: list[str],
    make_window: Callable[[], MainWindow],
    staffing: Meeting,
) -> None:
    window = make_window()
    window.meetings_page.reload(select_id=staffing.key)
    disk = Disk(monkeypatch, MeetingStore, "create")
    made: list[int] = []

    def typing(dialog: FormDialog) -> None:
        fill_in_the_vigil(dialog)
        made.append(len(MeetingStore(conn).all()))

    def reading(dialog: FormDialog) -> object:
        made.append(len(MeetingStore(conn).all()))  # after the refused OK
        return typed(dialog)

    seen = ok_until_saved(monkeypatch, MeetingDialog, disk, typing, reading)
    window.duplicate_meeting()
    [(result, said, values)] = seen
    assert result == 0
    assert said.startswith(FULL)
    assert values == VIGIL
    assert made == [1, 1]  # the refused copy left no meeting behind
    source, copy = MeetingStore(conn).all()
    assert source == staffing
    assert (copy.title, copy.kind, copy.place, copy.planned_minutes) == VIGIL
    assert copy.date == dt.date(2026, 11, 28)
    assert [(r.role, r.person_name) for r in MeetingStore(conn).roles(copy.key)] == [
        (Role.FACILITATOR, "Ana Reyes")
    ]
    assert window.meetings_page.current_meeting() == copy
    assert alerts == []
