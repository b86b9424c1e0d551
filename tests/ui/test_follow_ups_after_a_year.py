"""The follow-ups after a year of meetings: dates of another year carry it; the Follow-ups
page filters by organizer and by meeting or group, and closes stale ones in bulk as lapsed
(the button says how many, and Undo puts them back); the start screen names each person
once, the most recently overdue first; the call list is printed for one organizer since a
day from the app, as on the command line."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.core.commitment import CommitmentOption, FollowUpStatus
from meetingkit.core.group import Group, GroupKind
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.services.follow_ups import FollowUps
from meetingkit.services.whats_next import whats_next
from meetingkit.storage.commitments import CommitmentStore
from meetingkit.storage.groups import GroupStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.call_list_dialog import CallListChoice, CallListDialog
from meetingkit.ui.follow_up_filters import EVERYONE
from meetingkit.ui.follow_ups_page import FollowUpsModel, FollowUpsPage
from meetingkit.ui.lapse_dialog import LapseDialog
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.start_page import StartPage

NOW = dt.datetime(2026, 11, 21, 19, 10)  # the GUI tests' clock (tests/ui/conftest.py)
LAST_DECEMBER = dt.date(2025, 12, 2)
NOVEMBER = dt.date(2026, 11, 17)


class Year:
    """Two meetings a year apart, the first a working group's; Ana Lima and Dele Okonkwo
    call. Fatma ticked two boxes last December (Ana calls); Joy one (nobody calls); Rosa
    and Fatma took something on this November (Dele calls)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        people, meetings = PeopleStore(conn), MeetingStore(conn)
        self.store = store = CommitmentStore(conn)
        groups = GroupStore(conn)
        self.ana = people.add(Person("Ana", "Lima")).key
        self.dele = people.add(Person("Dele", "Okonkwo")).key
        fatma = people.add(Person("Fatma", "Osei", phone="312-555-0101")).key
        joy = people.add(Person("Joy", "Flores")).key
        rosa = people.add(Person("Rosa", "Delgado")).key
        start = dt.time(18, 30)
        self.december = meetings.create(Meeting("Night shift CNAs", LAST_DECEMBER, start)).key
        self.november = meetings.create(Meeting("November assembly", NOVEMBER, start)).key
        group = groups.create(Group("Night shift CNAs", GroupKind.WORKING_GROUP))
        assert group.id is not None
        groups.set_meeting_group(self.december, group.id)

        def card(meeting: int, day: dt.date, who: int, texts: list[str], by: int | None) -> None:
            options = store.save_options(meeting, [CommitmentOption(meeting, t) for t in texts])
            due = dt.datetime.combine(day, start) + dt.timedelta(hours=48)
            store.record(
                meeting, who, options, hours=None, contact_ok=True, follow_up_due=due,
                organizer_id=by, source="card", now_ms=0,
            )  # fmt: skip

        card(
            self.december, LAST_DECEMBER, fatma, ["Join a committee", "Collect ten forms"], self.ana
        )
        card(self.december, LAST_DECEMBER, joy, ["Join a committee"], None)
        card(self.november, NOVEMBER, rosa, ["Sign the petition"], self.dele)
        card(self.november, NOVEMBER, fatma, ["Sign the petition"], self.dele)


@pytest.fixture
def year(conn: sqlite3.Connection) -> Year:
    return Year(conn)


@pytest.fixture
def page(qtbot: QtBot, conn: sqlite3.Connection, year: Year) -> FollowUpsPage:
    page = FollowUpsPage(FollowUps(conn, ManualClock(NOW.timestamp())), PeopleStore(conn))
    qtbot.addWidget(page)
    page.refresh()
    return page


def shown(page: FollowUpsPage, column: int = FollowUpsModel.COL_PERSON) -> list[str]:
    m = page.model
    return [m.data(m.index(r, column)) for r in range(m.rowCount())]


def choose(combo: object, data: object) -> None:
    from PySide6.QtWidgets import QComboBox

    assert isinstance(combo, QComboBox)
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_due_dates_and_meetings_of_another_year_carry_the_year(page: FollowUpsPage) -> None:
    """ "Thu 4 Dec" read as twelve days ahead: it was due a year ago."""
    assert shown(page, FollowUpsModel.COL_DUE) == [
        "Thu 4 Dec 2025 18:30",
        "Thu 4 Dec 2025 18:30",
        "Thu 4 Dec 2025 18:30",
        "Thu 19 Nov 18:30",
        "Thu 19 Nov 18:30",
    ]
    meetings = shown(page, FollowUpsModel.COL_MEETING)
    assert meetings[0] == "2 Dec 2025 · Night shift CNAs"
    assert meetings[-1] == "17 Nov · November assembly"


def test_the_list_filters_by_organizer_and_by_meeting_or_group(
    page: FollowUpsPage, year: Year
) -> None:
    organizers = page.filters.organizer_combo
    texts = [organizers.itemText(i) for i in range(organizers.count())]
    assert texts == ["Every organizer", "— nobody —", "Ana Lima", "Dele Okonkwo"]
    choose(organizers, year.dele)
    assert shown(page) == ["Fatma Osei", "Rosa Delgado"]
    assert page.summary_label.text() == "2 to follow up, 2 overdue"
    choose(organizers, 0)  # nobody calls them yet
    assert shown(page) == ["Joy Flores"]
    choose(organizers, EVERYONE)
    sources = page.filters.source_combo
    assert [sources.itemText(i) for i in range(sources.count())] == [
        "Every meeting",
        "Group: Night shift CNAs",
        "17 Nov · November assembly",
        "2 Dec 2025 · Night shift CNAs",
    ]
    choose(sources, "group:Night shift CNAs")
    assert shown(page) == ["Fatma Osei", "Fatma Osei", "Joy Flores"]
    choose(organizers, year.ana)
    assert shown(page) == ["Fatma Osei", "Fatma Osei"]
    page.refresh()  # the choice stays when the list is read again
    assert shown(page) == ["Fatma Osei", "Fatma Osei"]
    choose(sources, f"meeting:{year.november}")
    assert shown(page) == []
    assert page.summary_label.text() == "No open follow-ups"


def accept_as_shown(monkeypatch: pytest.MonkeyPatch) -> list[LapseDialog]:
    """The lapse dialog, OK pressed on whatever it proposes; the dialogs are kept."""
    dialogs: list[LapseDialog] = []

    def exec_(dialog: LapseDialog) -> int:
        dialogs.append(dialog)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(LapseDialog, "exec", exec_)
    return dialogs


def test_stale_follow_ups_are_closed_in_bulk_as_lapsed_and_undone(
    page: FollowUpsPage, year: Year, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every one listed that fell due more than 90 days ago, by default: the button says how
    many before anything closes; Undo puts them back as they were."""
    dialogs = accept_as_shown(monkeypatch)
    page.mark_lapsed()
    [dialog] = dialogs
    assert dialog.before_radio.isChecked()  # one row selected: not a choice of rows
    assert dialog.ok_button.text() == "Mark 3 lapsed"
    assert shown(page) == ["Fatma Osei", "Rosa Delgado"]
    assert page.lapsed_label.text() == "3 marked lapsed."
    assert page.undo_button.isVisibleTo(page)
    page.closed_check.setChecked(True)
    statuses = shown(page, FollowUpsModel.COL_STATUS)
    assert statuses.count("Lapsed") == 3
    page.undo_button.click()
    assert not page.undo_button.isVisibleTo(page)
    page.closed_check.setChecked(False)
    assert shown(page) == ["Fatma Osei", "Fatma Osei", "Joy Flores", "Fatma Osei", "Rosa Delgado"]
    assert {r.commitment.status for r in page.listed()} == {FollowUpStatus.OPEN}


def test_the_selected_follow_ups_can_be_marked_lapsed(
    page: FollowUpsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialogs = accept_as_shown(monkeypatch)
    selection = page.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection.select(page.model.index(2, 0), flags)  # Joy's, with Fatma's first one
    page.mark_lapsed()
    assert dialogs[0].selected_radio.isChecked()
    assert dialogs[0].ok_button.text() == "Mark 2 lapsed"
    assert shown(page) == ["Fatma Osei", "Fatma Osei", "Rosa Delgado"]


def test_the_lapse_dialog_counts_what_it_will_close_before_it_does(
    qtbot: QtBot, page: FollowUpsPage
) -> None:
    dialog = LapseDialog([], page.listed(), NOW.date())
    qtbot.addWidget(dialog)
    assert not dialog.selected_radio.isEnabled()  # nothing selected
    assert dialog.before_edit.date() == QDate(2026, 8, 23)  # 90 days ago
    dialog.before_edit.setDate(QDate(2026, 11, 20))
    assert dialog.ok_button.text() == "Mark 5 lapsed"
    dialog.before_edit.setDate(QDate(2025, 12, 1))
    assert dialog.ok_button.text() == "Mark 0 lapsed"
    assert not dialog.ok_button.isEnabled()


def test_the_start_screen_names_each_person_once_the_most_recently_overdue_first(
    qtbot: QtBot, conn: sqlite3.Connection, year: Year
) -> None:
    """Fatma ticked two boxes, a year apart: one line for her; the year-old follow-ups are
    counted apart rather than as today's work."""
    start = StartPage(lambda: whats_next(conn, ManualClock(NOW.timestamp())))
    qtbot.addWidget(start)
    start.refresh()
    assert start.follow_up_count.text() == "2 overdue of 5 open. Call these first:"
    assert start.overdue_list.rows() == [
        (
            "Fatma Osei",
            "Sign the petition; Join a committee; Collect ten forms",
            "due Thu 19 Nov",
            "Dele Okonkwo, Ana Lima",
        ),
        ("Rosa Delgado", "Sign the petition", "due Thu 19 Nov", "Dele Okonkwo"),
    ]
    assert start.stale_label.text() == (
        "3 overdue for more than 90 days: call them when you can, or mark them lapsed on the "
        "Follow-ups page."
    )


def test_a_follow_up_due_last_year_says_which_year_on_the_start_screen(
    qtbot: QtBot, conn: sqlite3.Connection, year: Year
) -> None:
    january = dt.datetime(2026, 1, 10, 9, 0)
    start = StartPage(lambda: whats_next(conn, ManualClock(january.timestamp())))
    qtbot.addWidget(start)
    start.refresh()
    assert [row[2] for row in start.overdue_list.rows()] == ["due Thu 4 Dec 2025"] * 2
    assert start.stale_label.isHidden()


def test_the_call_list_dialog_offers_the_organizers_and_a_day_to_start_from(
    qtbot: QtBot,
) -> None:
    dialog = CallListDialog(["Ana Lima", "Dele Okonkwo"], NOW.date())
    qtbot.addWidget(dialog)
    combo = dialog.organizer_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Everyone's calls",
        "Ana Lima",
        "Dele Okonkwo",
    ]
    assert dialog.choice() == CallListChoice("", None)
    combo.setCurrentIndex(2)
    dialog.since_check.setChecked(True)
    assert dialog.choice() == CallListChoice("Dele Okonkwo", dt.date(2026, 8, 23))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_app_prints_one_organizers_call_list_since_a_day(
    year: Year,
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """`--organizer` was on the command line only."""
    from meetingkit.ui.save_document import DocumentViewer, SavePath

    out = tmp_path / "calls.pdf"
    asked: list[list[str]] = []

    def ask(_cls: type, _parent: object, organizers: list[str], _today: object) -> CallListChoice:
        asked.append(organizers)
        return CallListChoice("Dele Okonkwo", dt.date(2026, 11, 1))

    monkeypatch.setattr(CallListDialog, "ask", classmethod(ask))
    monkeypatch.setattr(SavePath, "ask", classmethod(lambda *_args: out))
    monkeypatch.setattr(DocumentViewer, "show", classmethod(lambda *_args: True))
    window = make_window()
    window.print_call_list()
    assert asked == [["Ana Lima", "Dele Okonkwo"]]
    printed = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True)
    text = " ".join(printed.stdout.split())
    assert "2 people (2 follow-ups) for Dele Okonkwo" in text
    assert "Joy Flores" not in text
    assert ": 2 people to call (2 follow-ups)." in window.statusBar().currentMessage()
