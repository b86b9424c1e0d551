"""The kiosk answers everyone alike (red team qa12a §3): no "Is this you, Rosa?" that only a
record in the directory brings up. A returning person types their first name and phone
number in the one form and is matched silently as they are saved, as on a phone; what the
screen shows after is the same whether or not a record matched, down to the name it greets."""

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.services.data_dir import database_path
from meetingkit.services.signin_session import SignInSession
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.signin import SignInStore
from meetingkit.ui.kiosk import KioskWindow

KNOWN = "(312) 555-0100"  # María José Gómez's, on the member list
UNKNOWN = "(312) 555-0123"


@pytest.fixture
def people(conn: sqlite3.Connection) -> dict[str, int]:
    store = PeopleStore(conn)
    return {"maria_jose": store.add(Person("María José", "Gómez", phone=KNOWN)).key}


def make_kiosk(qtbot: QtBot, conn: sqlite3.Connection, data_dir: Path, title: str) -> KioskWindow:
    meeting = MeetingStore(conn).create(Meeting(title, dt.date(2026, 11, 21), dt.time(19)))
    session = SignInSession(meeting, conn, database_path(data_dir), ManualClock(1.8e9))
    window = KioskWindow(session)
    qtbot.addWidget(window)
    window.show()
    return window


def what_shows(kiosk: KioskWindow) -> list[tuple[str, str, bool, bool]]:
    """Every widget on screen, in order: its kind, its text, whether ticked and enabled."""
    shown = []
    for w in kiosk.findChildren(QWidget):
        if not w.isVisible():
            continue
        text = w.text() if isinstance(w, (QLabel, QLineEdit, QAbstractButton)) else ""
        ticked = w.isChecked() if isinstance(w, QAbstractButton) else False
        shown.append((type(w).__name__, text, ticked, w.isEnabled()))
    return shown


def type_in(qtbot: QtBot, kiosk: KioskWindow, first_name: str, phone: str) -> None:
    """As a returning person does: their first name and phone number, then Sign in."""
    name, number = kiosk.inputs["first_name"], kiosk.inputs["phone"]
    assert isinstance(name, QLineEdit)
    assert isinstance(number, QLineEdit)
    name.setText(first_name)  # QTest types ASCII only
    qtbot.keyClicks(number, phone)
    with qtbot.waitSignal(kiosk.signed_in):
        qtbot.mouseClick(kiosk.submit, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("typed", ["Maria", "maría josé", "María José"])
def test_the_screen_is_the_same_for_a_known_and_an_unknown_phone_and_name(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    data_dir: Path,
    people: dict[str, int],
    typed: str,
) -> None:
    known = make_kiosk(qtbot, conn, data_dir, "Assembly")
    unknown = make_kiosk(qtbot, conn, data_dir, "Assembly")
    assert what_shows(known) == what_shows(unknown)  # before, of course
    type_in(qtbot, known, typed, KNOWN)
    type_in(qtbot, unknown, typed, UNKNOWN)
    assert what_shows(known) == what_shows(unknown)
    assert known.welcome.text() == f"Welcome, {typed}! You are signed in."  # as typed
    # …and yet the known one was matched to her record, silently; the other is new
    [matched] = SignInStore(conn).signed_in(known._session.meeting.key)
    [new] = SignInStore(conn).signed_in(unknown._session.meeting.key)
    assert matched.person_id == people["maria_jose"]
    assert new.person_id != people["maria_jose"]
    assert PeopleStore(conn).get(people["maria_jose"]).first_name == "María José"


def test_there_is_no_lookup_to_answer_is_this_you(
    qtbot: QtBot, conn: sqlite3.Connection, data_dir: Path, people: dict[str, int]
) -> None:
    kiosk = make_kiosk(qtbot, conn, data_dir, "Assembly")
    assert not hasattr(kiosk, "lookup_phone")
    assert not hasattr(kiosk._session, "kiosk_lookup")
    texts = " ".join(t for _, t, _, _ in what_shows(kiosk))
    assert "Find me" not in texts
    assert "Your first name and phone number are enough." in texts  # fast for a regular
    type_in(qtbot, kiosk, "Maria", KNOWN)
    assert "Is this you," not in " ".join(t for _, t, _, _ in what_shows(kiosk))
    assert "José" not in " ".join(t for _, t, _, _ in what_shows(kiosk))


def test_enter_goes_on_to_the_next_box_and_only_sign_in_signs_in(
    qtbot: QtBot, conn: sqlite3.Connection, data_dir: Path
) -> None:
    kiosk = make_kiosk(qtbot, conn, data_dir, "Assembly")
    with qtbot.waitActive(kiosk):
        kiosk.activateWindow()
    name = kiosk.inputs["first_name"]
    assert isinstance(name, QLineEdit)
    name.setFocus()
    qtbot.keyClicks(name, "Lan")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert kiosk.focusWidget() is kiosk.inputs["last_name"]
    assert kiosk._session.signed_in() == []
    kiosk.submit.setFocus()
    with qtbot.waitSignal(kiosk.signed_in):
        qtbot.keyClick(kiosk.submit, Qt.Key.Key_Return)
