"""A dialog whose save fails (a full disk) stays open, says why, and keeps everything typed:
OK again saves it once there is space. Nothing has to be typed twice."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.decision import CheckKind, Outcome
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.services import next_meeting
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.decisions import DecisionStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.decision_dialog import DecisionDialog, TemperatureCheckDialog
from meetingkit.ui.feedback import Alert
from meetingkit.ui.form_dialog import FormDialog
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.next_meeting_dialog import NextMeetingDialog
from meetingkit.ui.person_dialog import PersonDialog

FULL = "Could not write to the disk (database or disk is full). Nothing was saved."


class Disk:
    """`cls.method` refused while `full`, with SQLite's own words for a full disk."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, cls: type, method: str) -> None:
        self.full = True
        saving = getattr(cls, method)

        def refused(*args: object, **kwargs: object) -> object:
            if self.full:
                raise sqlite3.OperationalError("database or disk is full")
            return saving(*args, **kwargs)

        monkeypatch.setattr(cls, method, refused)


def ok_until_saved(
    monkeypatch: pytest.MonkeyPatch,
    dialog_class: type[FormDialog],
    disk: Disk,
    typing: Callable[[FormDialog], None],
    reading: Callable[[FormDialog], object],
) -> list[tuple[int, str, object]]:
    """Make the dialog type with `typing` and press OK on the full disk, noting its result,
    error line and what `reading` reads of it; then OK again once there is space."""
    seen: list[tuple[int, str, object]] = []

    def exec_(dialog: FormDialog) -> int:
        typing(dialog)
        dialog.accept()
        seen.append((dialog.result(), dialog.error_label.text(), reading(dialog)))
        disk.full = False
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)
    return seen


@pytest.fixture
def alerts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(Alert, "show", classmethod(lambda _c, _p, _title, text: said.append(text)))
    return said


@pytest.fixture
def window_on_an_item(
    conn: sqlite3.Connection, make_window: Callable[[], MainWindow]
) -> tuple[MainWindow, AgendaItem]:
    meeting = MeetingStore(conn).create(
        Meeting("Staffing", dt.date(2026, 11, 21), dt.time(19, 0), planned_minutes=60)
    )
    [item] = AgendaStore(conn).add_items(meeting.key, [AgendaItem("Vigil", 20)])
    window = make_window()
    window.meetings_page.reload(select_id=meeting.key)
    window.meetings_page.view.agenda_tab.editor.select_item(item.key)
    return window, item


def test_a_decision_the_disk_refuses_stays_in_its_dialog(
    conn: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
    alerts: list[str],
    window_on_an_item: tuple[MainWindow, AgendaItem],
) -> None:
    window, item = window_on_an_item
    disk = Disk(monkeypatch, DecisionStore, "record")

    def typing(dialog: FormDialog) -> None:
        assert isinstance(dialog, DecisionDialog)
        dialog.proposal_edit.setPlainText("Hold a vigil on Dec 5")
        dialog.outcome_combo.setCurrentIndex(list(Outcome).index(Outcome.MAJORITY))
        dialog.for_spin.setValue(12)

    seen = ok_until_saved(
        monkeypatch,
        DecisionDialog,
        disk,
        typing,
        lambda d: d.decision().proposal,  # type: ignore[attr-defined]
    )
    window.meetings_page.view.agenda_tab.runner.act_decision.trigger()
    [(result, said, proposal)] = seen
    assert result == 0  # still open
    assert said.startswith(FULL)
    assert proposal == "Hold a vigil on Dec 5"
    decision = DecisionStore(conn).decision(item.key)
    assert decision is not None
    assert (decision.proposal, decision.votes_for) == ("Hold a vigil on Dec 5", 12)
    assert alerts == []


def test_a_temperature_check_the_disk_refuses_stays_in_its_dialog(
    conn: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
    alerts: list[str],
    window_on_an_item: tuple[MainWindow, AgendaItem],
) -> None:
    window, item = window_on_an_item
    disk = Disk(monkeypatch, DecisionStore, "add_check")

    def typing(dialog: FormDialog) -> None:
        assert isinstance(dialog, TemperatureCheckDialog)
        dialog.question_edit.setText("Vigil on the 5th?")
        dialog.kind_combo.setCurrentIndex(list(CheckKind).index(CheckKind.TWINKLES))
        for spin, n in zip(dialog.spins, (9, 2, 0), strict=True):
            spin.setValue(n)

    seen = ok_until_saved(
        monkeypatch,
        TemperatureCheckDialog,
        disk,
        typing,
        lambda d: d.check(),  # type: ignore[attr-defined]
    )
    window.meetings_page.view.agenda_tab.runner.act_check.trigger()
    [(result, said, check)] = seen
    assert result == 0
    assert said.startswith(FULL)
    assert check.counts == (9, 2, 0)
    assert DecisionStore(conn).checks(MeetingStore(conn).all()[0].key)[item.key] == [check]
    assert alerts == []


def fill_in_nkechi(dialog: FormDialog) -> None:
    assert isinstance(dialog, PersonDialog)
    dialog.first_name_edit.setText("Nkechi")
    dialog.last_name_edit.setText("Obi")
    dialog.phone_edit.setText("555-0142")
    dialog.notes_edit.setPlainText("Night shift, 4 West")
    dialog.groups_edit.setText("Night shift")


def test_a_new_person_the_disk_refuses_stays_in_the_dialog_and_nothing_half_is_saved(
    conn: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
    alerts: list[str],
    make_window: Callable[[], MainWindow],
) -> None:
    """The person and their groups are saved together: a refused group saves no person."""
    window = make_window()
    disk = Disk(monkeypatch, PeopleStore, "set_categories")
    seen = ok_until_saved(
        monkeypatch,
        PersonDialog,
        disk,
        fill_in_nkechi,
        lambda d: d.form_filled(),  # type: ignore[attr-defined]
    )
    window.new_person()
    [(result, said, form)] = seen
    assert result == 0
    assert said.startswith(FULL)
    assert (form.person.display_name, form.person.phone, form.person.notes) == (
        "Nkechi Obi",
        "555-0142",
        "Night shift, 4 West",
    )
    [nkechi] = PeopleStore(conn).search("").people  # once, not twice
    assert nkechi.display_name == "Nkechi Obi"
    assert PeopleStore(conn).categories([nkechi.key]) == {nkechi.key: {"Night shift"}}
    assert window.people_page.current_person() == nkechi
    assert alerts == []


def test_an_edit_the_disk_refuses_stays_in_the_dialog(
    conn: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
    alerts: list[str],
    make_window: Callable[[], MainWindow],
) -> None:
    rosa = PeopleStore(conn).add(Person("Rosa", "Delgado"))
    window = make_window()
    window.find_people()
    window.people_page.refresh(select_id=rosa.key)
    disk = Disk(monkeypatch, PeopleStore, "update")
    seen = ok_until_saved(
        monkeypatch,
        PersonDialog,
        disk,
        lambda d: d.workplace_edit.setText("Riverside"),  # type: ignore[attr-defined]
        lambda d: d.person().workplace,  # type: ignore[attr-defined]
    )
    window.edit_person()
    assert [(r, said.startswith(FULL), w) for r, said, w in seen] == [(0, True, "Riverside")]
    assert PeopleStore(conn).get(rosa.key).workplace == "Riverside"
    assert alerts == []


def test_a_next_meeting_the_disk_refuses_stays_in_its_dialog(
    conn: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
    alerts: list[str],
    make_window: Callable[[], MainWindow],
) -> None:
    source = MeetingStore(conn).create(
        Meeting("Staffing — November", dt.date(2026, 11, 19), dt.time(19, 0))
    )
    window = make_window()
    window.meetings_page.reload(select_id=source.key)
    disk = Disk(monkeypatch, next_meeting.MeetingStore, "create")
    seen = ok_until_saved(
        monkeypatch,
        NextMeetingDialog,
        disk,
        lambda d: d.title_edit.setText("Staffing — December, at the union hall"),  # type: ignore[attr-defined]
        lambda d: d.choice().meeting.title,  # type: ignore[attr-defined]
    )
    window.next_meeting()
    [(result, said, title)] = seen
    assert (result, title) == (0, "Staffing — December, at the union hall")
    assert said.startswith(FULL)
    titles = [m.title for m in MeetingStore(conn).all()]
    assert titles == ["Staffing — November", "Staffing — December, at the union hall"]
    assert alerts == []


def test_a_form_dialog_without_a_save_closes_on_ok_as_before(qtbot: QtBot) -> None:
    dialog = FormDialog("Plain")
    qtbot.addWidget(dialog)
    dialog.add_buttons()
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
