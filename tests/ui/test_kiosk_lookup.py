"""The kiosk's phone lookup on screen: a match asks "Is this you?"; a miss shows the form, and
nothing on screen ever names anyone the person did not type."""

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit
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


@pytest.fixture
def kiosk(qtbot: QtBot, conn: sqlite3.Connection, data_dir: Path) -> KioskWindow:
    people = PeopleStore(conn)
    people.add(Person("María", "Gómez", phone="(312) 555-0100"))
    people.add(Person("Rosa", "Delgado", phone="312 555 0177"))
    meeting = MeetingStore(conn).create(Meeting("Assembly", dt.date(2026, 11, 21), dt.time(19)))
    session = SignInSession(meeting, conn, database_path(data_dir), ManualClock(1.8e9))
    window = KioskWindow(session)
    qtbot.addWidget(window)
    window.show()
    return window


def screen_text(kiosk: KioskWindow) -> str:
    labels = " ".join(w.text() for w in kiosk.findChildren(QLabel) if w.isVisible())
    edits = " ".join(w.text() for w in kiosk.findChildren(QLineEdit) if w.isVisible())
    return f"{labels} {edits}"


def test_a_match_asks_is_this_you_and_signs_them_in(
    qtbot: QtBot, kiosk: KioskWindow, conn: sqlite3.Connection
) -> None:
    assert "María" not in screen_text(kiosk)
    assert "Rosa" not in screen_text(kiosk)
    qtbot.keyClicks(kiosk.lookup_phone, "312.555.0100")
    qtbot.keyClicks(kiosk.lookup_name, "maria")
    qtbot.mouseClick(kiosk.find_button, Qt.MouseButton.LeftButton)
    assert kiosk.confirm_panel.isVisible()
    assert not kiosk.form_panel.isVisible()
    assert kiosk.confirm_label.text() == "Is this you, María?"
    assert kiosk.confirm_label.textFormat() == Qt.TextFormat.PlainText
    assert "Gómez" not in screen_text(kiosk)  # nothing they did not type, bar the accent
    kiosk.confirm_consents["contact_email"].setChecked(True)
    with qtbot.waitSignal(kiosk.signed_in):
        qtbot.mouseClick(kiosk.confirm_yes, Qt.MouseButton.LeftButton)
    assert "Welcome, María!" in kiosk.welcome.text()
    assert not kiosk.confirm_panel.isVisible()
    assert kiosk.lookup_phone.text() == ""
    assert kiosk.confirm_label.text() == ""
    assert not kiosk.confirm_consents["contact_email"].isChecked()
    [signed] = SignInStore(conn).signed_in(kiosk._session.meeting.key)
    assert (signed.first_name, signed.last_name, signed.source) == ("María", "Gómez", "kiosk")
    assert PeopleStore(conn).count() == 2


@pytest.mark.parametrize(
    ("phone", "name"),
    [("312 555 0100", "Rosa"), ("312 555 0123", "María")],
)
def test_a_miss_shows_the_form_prefilled_and_names_nobody(
    qtbot: QtBot, kiosk: KioskWindow, phone: str, name: str
) -> None:
    qtbot.keyClicks(kiosk.lookup_phone, phone)
    kiosk.lookup_name.setText(name)  # QTest types ASCII only
    qtbot.keyClick(kiosk.lookup_name, Qt.Key.Key_Return)
    assert not kiosk.confirm_panel.isVisible()
    assert kiosk.form_panel.isVisible()
    assert kiosk.form_note.text() == "Please fill in the form to sign in."
    first = kiosk.inputs["first_name"]
    phone_edit = kiosk.inputs["phone"]
    assert isinstance(first, QLineEdit)
    assert isinstance(phone_edit, QLineEdit)
    assert (first.text(), phone_edit.text()) == (name, phone)
    other = {"Rosa": "María", "María": "Rosa"}[name]
    assert other not in screen_text(kiosk)
    assert "Gómez" not in screen_text(kiosk)
    assert "Delgado" not in screen_text(kiosk)


def test_not_me_goes_to_the_form_and_a_bad_number_is_explained(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    qtbot.keyClicks(kiosk.lookup_phone, "12")
    qtbot.keyClicks(kiosk.lookup_name, "Rosa")
    kiosk.look_up()
    assert kiosk.lookup_error.text() == "This phone number does not look right."
    kiosk.lookup_phone.setText("312 555 0177")
    kiosk.look_up()
    assert kiosk.confirm_label.text() == "Is this you, Rosa?"
    qtbot.mouseClick(kiosk.confirm_no, Qt.MouseButton.LeftButton)
    assert kiosk.form_panel.isVisible()
    assert not kiosk.confirm_panel.isVisible()
    first = kiosk.inputs["first_name"]
    assert isinstance(first, QLineEdit)
    assert first.text() == "Rosa"


def test_an_unanswered_question_clears_itself(qtbot: QtBot, kiosk: KioskWindow) -> None:
    """Whoever comes next must not see "Is this you, María?"."""
    kiosk.lookup_phone.setText("3125550100")
    kiosk.lookup_name.setText("María")
    kiosk.look_up()
    assert kiosk.confirm_panel.isVisible()
    kiosk._confirm_timer.setInterval(10)
    kiosk._confirm_timer.start()
    qtbot.waitUntil(lambda: not kiosk.confirm_panel.isVisible())
    assert kiosk.confirm_label.text() == ""
    assert kiosk.lookup_box.isVisible()
