"""The Commitments tab and the follow-up list, driven as an organizer would."""

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.core.commitment import MAX_OPTIONS, CommitmentOption, FollowUpStatus
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.services.commitment_desk import CommitmentDesk
from meetingkit.services.demo import Demo
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.commitment_dialogs import (
    OptionDialog,
    PrintCardsDialog,
    PrintChoice,
    RecordCardDialog,
    ReturnedCard,
)
from meetingkit.ui.follow_ups_page import FollowUpChange, FollowUpDialog
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.save_document import DocumentViewer, SavePath

MakeWindow = Callable[[], MainWindow]


@pytest.fixture
def meeting(conn: sqlite3.Connection) -> Meeting:
    return MeetingStore(conn).create(
        Meeting("Night shift assembly", dt.date(2026, 11, 21), dt.time(19))
    )


def test_adding_a_usual_commitment_fills_in_its_date(
    make_window: MakeWindow, meeting: Meeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    view = window.meetings_page.view
    view.show_commitments()
    tab = view.commitments_tab
    monkeypatch.setattr(OptionDialog, "ask", classmethod(lambda _c, _p, option, _t: option))
    tab.add_usual(1)  # "Hold three one-on-ones by {date}", 14 days on
    assert tab.options_list.item(0).text() == "Hold three one-on-ones by Sat 5 Dec"
    assert "Offer 3 to 5" in tab.options_hint.text()
    tab.add_usual(0)
    tab.options_list.setCurrentRow(1)
    tab.move_option(-1)
    assert tab.options_list.item(0).text() == "Bring two coworkers to the next meeting"
    tab.options_list.setCurrentRow(0)
    tab.remove_option()
    assert tab.options_list.count() == 1


def test_a_returned_card_typed_in_is_recorded_and_shows_in_the_follow_ups(
    make_window: MakeWindow,
    meeting: Meeting,
    conn: sqlite3.Connection,
    clock: object,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    rosa = PeopleStore(conn).add(Person("Rosa", "Delgado", phone="312-555-0100")).key
    AttendanceStore(conn).mark_present(meeting.key, rosa, 0, "phone")
    desk = CommitmentDesk(meeting, conn, clock)  # type: ignore[arg-type]
    desk.save_options(
        [
            CommitmentOption(meeting.key, "Bring two coworkers"),
            CommitmentOption(meeting.key, "Join"),
        ]
    )
    card_id = desk.cards()[0].card_id
    window = make_window()
    view = window.meetings_page.view
    qtbot.keyClick(
        window,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    tab = view.commitments_tab
    assert tab.card_edit.hasFocus()
    seen = []

    def tick_first(_cls: object, _parent: object, holder: object, options: list) -> ReturnedCard:
        seen.append(holder)
        return ReturnedCard([options[0].key], 2, True)

    monkeypatch.setattr(RecordCardDialog, "ask", classmethod(tick_first))
    qtbot.keyClicks(tab.card_edit, card_id.lower())
    qtbot.keyClick(tab.card_edit, Qt.Key.Key_Return)
    assert seen[0].person.first_name == "Rosa"
    assert tab.card_edit.text() == ""
    assert tab.recorded_model.rowCount() == 2  # the option and the hours
    window.show_follow_ups()
    page = window.follow_ups_page
    assert page.model.rowCount() == 2
    assert page.summary_label.text() == "2 to follow up, 0 overdue"


def test_a_mistyped_card_id_says_what_is_wrong_and_keeps_the_text(
    make_window: MakeWindow, meeting: Meeting, qtbot: QtBot
) -> None:
    window = make_window()
    view = window.meetings_page.view
    view.show_commitments()
    tab = view.commitments_tab
    tab.card_edit.setText("K7M-2QY")
    tab.record_card()
    assert not tab.card_error.isHidden()
    assert "misread" in tab.card_error.text() or "No card" in tab.card_error.text()
    assert tab.card_edit.text() == "K7M-2QY"


def test_updating_a_follow_up_moves_it_out_of_the_open_list(
    make_window: MakeWindow, demo: Demo, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    window.show_follow_ups()
    page = window.follow_ups_page
    before = page.model.rowCount()
    assert before > 0
    first = page.model.row(0)
    assert first is not None
    assert first.commitment.overdue(page.model.now)  # the demo has overdue calls, shown first

    done = FollowUpChange(
        FollowUpStatus.DONE, "Did it", first.commitment.organizer_id, first.commitment.follow_up_due
    )
    monkeypatch.setattr(FollowUpDialog, "ask", classmethod(lambda *_a: done))
    page.table.selectRow(0)
    page.edit()
    assert page.model.rowCount() == before - 1
    page.closed_check.setChecked(True)
    assert page.model.rowCount() > before - 1


def test_printing_cards_from_the_app_writes_the_pdf(
    make_window: MakeWindow,
    demo: Demo,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window = make_window()
    view = window.meetings_page.view
    view.show_commitments()
    target = tmp_path / "cards.pdf"
    opened: list[Path] = []
    monkeypatch.setattr(
        PrintCardsDialog, "ask", classmethod(lambda *_a, **_k: PrintChoice("postcard", True, 2))
    )
    monkeypatch.setattr(SavePath, "ask", classmethod(lambda *_a, **_k: target))
    monkeypatch.setattr(DocumentViewer, "show", classmethod(lambda _c, p: opened.append(p) or True))
    window.act_print_cards.trigger()
    assert opened == [target]
    assert target.read_bytes().startswith(b"%PDF")


def test_the_options_list_holds_a_full_card_and_gives_the_rest_to_the_returned_cards(
    make_window: MakeWindow, meeting: Meeting, qtbot: QtBot
) -> None:
    window = make_window()
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    view = window.meetings_page.view
    view.show_commitments()
    tab = view.commitments_tab
    for i in range(MAX_OPTIONS):
        tab.options_list.addItem(f"Option {i + 1}")
    listed = tab.options_list
    qtbot.waitUntil(lambda: listed.viewport().height() > 0)
    # Every option a card can carry is visible without scrolling…
    last = listed.visualItemRect(listed.item(MAX_OPTIONS - 1))
    assert last.bottom() <= listed.viewport().height()
    assert not listed.verticalScrollBar().isVisible()
    # …and the list is at most one line taller: the rest goes to the returned cards.
    assert listed.viewport().height() <= last.bottom() + listed.sizeHintForRow(0)
