"""The Commitments tab and the follow-up list, driven as an organizer would."""

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from meetingkit.core.commitment import MAX_OPTIONS, CommitmentOption, FollowUpStatus
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.services.commitment_desk import CardHolder, CommitmentDesk
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
from meetingkit.ui.feedback import Confirm
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
    monkeypatch.setattr(OptionDialog, "ask", classmethod(lambda _c, _p, option, _t, **_k: option))
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

    def last_shown() -> bool:  # once the layout took the new rows in
        last = listed.visualItemRect(listed.item(MAX_OPTIONS - 1))
        return 0 < last.bottom() <= listed.viewport().height()

    # Every option a card can carry is visible without scrolling…
    qtbot.waitUntil(last_shown)
    last = listed.visualItemRect(listed.item(MAX_OPTIONS - 1))
    assert not listed.verticalScrollBar().isVisible()
    # …and the list is at most one line taller: the rest goes to the returned cards.
    assert listed.viewport().height() <= last.bottom() + listed.sizeHintForRow(0)


def _desk_with_rosa(
    conn: sqlite3.Connection, meeting: Meeting, clock: object
) -> tuple[CommitmentDesk, int]:
    """Rosa ticked both options and 2 hours a week; her coworkers one is done, with notes."""
    rosa = PeopleStore(conn).add(Person("Rosa", "Delgado", phone="312-555-0100")).key
    AttendanceStore(conn).mark_present(meeting.key, rosa, 0, "phone")
    desk = CommitmentDesk(meeting, conn, clock)  # type: ignore[arg-type]
    bring, join = desk.save_options(
        [
            CommitmentOption(meeting.key, "Bring two coworkers"),
            CommitmentOption(meeting.key, "Join the staffing committee"),
        ]
    )
    first = desk.record(rosa, [bring.key, join.key], hours=2)
    desk.store.update_follow_up(
        first[0].key,
        status=FollowUpStatus.DONE,
        notes="Brought Lan and Tomás.",
        organizer_id=None,
        follow_up_due=first[0].follow_up_due,
        now_ms=0,
    )
    return desk, rosa


def test_removing_a_commitment_people_recorded_asks_first_and_keeps_theirs(
    make_window: MakeWindow,
    meeting: Meeting,
    conn: sqlite3.Connection,
    clock: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    desk, rosa = _desk_with_rosa(conn, meeting, clock)
    desk.store.save_options(
        meeting.key, [*desk.options(), CommitmentOption(meeting.key, "Take a shift")]
    )
    before = desk.recorded()
    window = make_window()
    view = window.meetings_page.view
    view.show_commitments()
    tab = view.commitments_tab
    asked: list[tuple[str, str, str]] = []
    answer = [False]

    def ask(_cls: object, _parent: object, title: str, text: str, action: str) -> bool:
        asked.append((title, text, action))
        return answer[0]

    monkeypatch.setattr(Confirm, "ask", classmethod(ask))
    tab.options_list.setCurrentRow(2)  # nobody recorded "Take a shift": no question
    tab.remove_option()
    assert asked == []
    assert tab.options_list.count() == 2
    tab.options_list.setCurrentRow(0)
    tab.remove_option()  # and Cancel
    assert len(asked) == 1
    title, text, action = asked[0]
    assert (title, action) == ("Remove from the cards", "Remove")
    assert text.startswith("Remove “Bring two coworkers” from the cards?\n\n1 recorded commitment")
    assert "kept, with" in text
    assert "follow-up status and notes" in text
    assert tab.options_list.count() == 2
    assert desk.recorded() == before
    answer[0] = True
    tab.remove_option()
    assert len(asked) == 2
    assert [o.text for o in desk.options()] == ["Join the staffing committee"]
    kept = desk.recorded()[0]
    assert (kept.option_id, kept.text, kept.status, kept.notes) == (
        None,
        "Bring two coworkers",
        FollowUpStatus.DONE,
        "Brought Lan and Tomás.",
    )

    # Her card opened again from the recorded rows and OK'd as it was changes nothing, and
    # shows the commitment it has no box for.
    shown: list[RecordCardDialog] = []

    def ok_unchanged(
        cls: type[RecordCardDialog], parent: object, holder: CardHolder, options: list
    ) -> ReturnedCard:
        dialog = cls(holder, options)
        shown.append(dialog)
        return dialog.card()

    monkeypatch.setattr(RecordCardDialog, "ask", classmethod(ok_unchanged))
    rows = [tab.recorded_model.row(n) for n in range(tab.recorded_model.rowCount())]
    kept_row = next(n for n, r in enumerate(rows) if r is not None and r[1].key == kept.key)
    unchanged = _all_rows(conn)
    tab._rerecord(tab.recorded_model.index(kept_row, 0))
    assert shown[0].kept_label.text() == "Bring two coworkers"
    assert _all_rows(conn) == unchanged
    assert rosa in {c.person_id for c in desk.recorded()}


def _all_rows(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    """Every commitment and card, column by column."""
    return [
        tuple(r)
        for table in ("commitments", "cards")
        for r in conn.execute(f"SELECT * FROM {table} ORDER BY rowid")
    ]


def test_un_ticking_a_commitment_with_follow_up_asks_before_deleting_it(
    meeting: Meeting,
    conn: sqlite3.Connection,
    clock: object,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    desk, rosa = _desk_with_rosa(conn, meeting, clock)
    bring, join = desk.options()
    asked: list[str] = []
    answer = [False]

    def ask(_cls: object, _parent: object, title: str, text: str, action: str) -> bool:
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(Confirm, "ask", classmethod(ask))

    def dialog() -> RecordCardDialog:
        shown = RecordCardDialog(desk.holder_for_person(rosa), desk.options())
        qtbot.addWidget(shown)
        return shown

    # Nobody has worked on "Join the staffing committee" yet: un-ticking it asks nothing.
    plain = dialog()
    plain.ticks[join.key].setChecked(False)
    plain.accept()
    assert asked == []
    assert plain.result() == QDialog.DialogCode.Accepted

    # "Bring two coworkers" is done, with notes: un-ticking it asks, and Cancel stays on the
    # card as it is ticked.
    worked = dialog()
    worked.ticks[bring.key].setChecked(False)
    worked.accept()
    assert len(asked) == 1
    assert "Rosa Delgado" in asked[0]
    assert "“Bring two coworkers” — Done, notes: “Brought Lan and Tomás.”" in asked[0]
    assert "follow-up status and notes go" in asked[0]
    assert worked.result() == QDialog.DialogCode.Rejected
    assert not worked.ticks[bring.key].isChecked()
    answer[0] = True
    worked.accept()
    assert worked.result() == QDialog.DialogCode.Accepted
    assert worked.card().ticked == [join.key]

    # Clearing the hours deletes the hours commitment: asked too once it has follow-up.
    hours = next(c for c in desk.recorded() if c.hours is not None)
    desk.store.update_follow_up(
        hours.key,
        status=FollowUpStatus.REACHED,
        notes="",
        organizer_id=None,
        follow_up_due=hours.follow_up_due,
        now_ms=0,
    )
    answer[0] = False
    no_hours = dialog()
    no_hours.hours_spin.setValue(0)
    no_hours.accept()
    assert "“Give 2 hours a week” — Reached" in asked[-1]
    assert no_hours.result() == QDialog.DialogCode.Rejected
