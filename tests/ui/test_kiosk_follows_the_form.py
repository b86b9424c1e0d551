"""The kiosk follows the form: the organizer may change its fields, groups or consents on
the Sign-in tab (Form fields…) while the kiosk is open on the laptop's screen, and the kiosk
kept showing the old ones. Now it shows the form as saved (as the phone form does, read for
each phone), and what someone is typing in a field the form still asks stays as it is."""

import datetime as dt
import sqlite3
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.core.signin import FIELDS, FormSettings
from meetingkit.services.data_dir import database_path
from meetingkit.services.signin_session import SignInSession
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.signin import SignInStore
from meetingkit.ui.kiosk import KioskWindow


def _labels(kiosk: KioskWindow) -> list[str]:
    return [w.text() for w in kiosk.findChildren(QLabel) if w.isVisible()]


def _ticks(kiosk: KioskWindow) -> list[str]:
    return [w.text() for w in kiosk.findChildren(QCheckBox) if w.isVisible()]


def _label(name: str) -> str:
    return FIELDS[name].label_in("en")


def _edit(kiosk: KioskWindow, name: str) -> QLineEdit:
    edit = kiosk.inputs[name]
    assert isinstance(edit, QLineEdit)
    return edit


def _kiosk(qtbot: QtBot, conn: sqlite3.Connection, data_dir: Path) -> KioskWindow:
    meeting = MeetingStore(conn).create(Meeting("Assembly", dt.date(2026, 11, 21), dt.time(19)))
    session = SignInSession(meeting, conn, database_path(data_dir), ManualClock(1.8e9))
    session.set_form(
        FormSettings(("first_name", "last_name", "phone"), ("photo",), groups=("Night shift",))
    )
    kiosk = KioskWindow(session)
    qtbot.addWidget(kiosk)
    with qtbot.waitExposed(kiosk):
        kiosk.show()
    kiosk.activateWindow()
    return kiosk


def test_the_open_kiosk_follows_the_form_and_keeps_what_is_typed(
    qtbot: QtBot, conn: sqlite3.Connection, data_dir: Path
) -> None:
    kiosk = _kiosk(qtbot, conn, data_dir)
    session = kiosk._session
    name, phone = _edit(kiosk, "first_name"), _edit(kiosk, "phone")
    qtbot.keyClicks(name, "Lan")
    qtbot.keyClicks(phone, "3125550199")
    kiosk.groups["Night shift"].setChecked(True)
    name.setFocus()
    name.setCursorPosition(1)
    assert _label("email") not in _labels(kiosk)

    # The organizer asks for an email and no last name, offers another group, asks the
    # first-time question and takes a consent off, while Lan is typing
    session.set_form(
        FormSettings(
            ("first_name", "phone", "email", "first_time"),
            (),
            groups=("Night shift", "Float pool"),
        )
    )
    qtbot.waitUntil(lambda: _label("email") in _labels(kiosk), timeout=3000)
    assert _label("last_name") not in _labels(kiosk)
    assert _label("first_time") in _labels(kiosk)
    assert _ticks(kiosk) == ["Night shift", "Float pool"]  # the photo consent is gone
    assert list(kiosk.inputs) == ["first_name", "phone", "email", "first_time"]
    # What Lan typed and ticked is where it was, and so is the cursor
    assert kiosk.inputs["first_name"] is name
    assert (name.text(), phone.text()) == ("Lan", "3125550199")
    assert kiosk.groups["Night shift"].isChecked()
    assert name.hasFocus()
    assert name.cursorPosition() == 1
    # Down the screen, and Tab, in the form's order
    shown = [kiosk.inputs[n] for n in ("first_name", "phone", "email")]
    heights = [w.mapTo(kiosk, w.rect().topLeft()).y() for w in shown if isinstance(w, QWidget)]
    assert heights == sorted(heights)
    assert phone.nextInFocusChain() is kiosk.inputs["email"]

    qtbot.keyClicks(_edit(kiosk, "email"), "lan@example.org")
    with qtbot.waitSignal(kiosk.signed_in):
        qtbot.mouseClick(kiosk.submit, Qt.MouseButton.LeftButton)
    (signed,) = SignInStore(conn).signed_in(session.meeting.key)
    assert signed.given_first_name == "Lan"
    assert SignInStore(conn).given(signed)[0]["email"] == "lan@example.org"


def test_groups_offered_after_the_kiosk_opened_show_and_taken_off_go(
    qtbot: QtBot, conn: sqlite3.Connection, data_dir: Path
) -> None:
    kiosk = _kiosk(qtbot, conn, data_dir)
    session = kiosk._session
    form = session.settings().form
    session.set_form(replace(form, groups=()))
    qtbot.waitUntil(lambda: not kiosk.groups_box.isVisible(), timeout=3000)
    assert kiosk.groups == {}

    session.set_form(replace(form, groups=("Float pool",)))
    qtbot.waitUntil(lambda: kiosk.groups_box.isVisible(), timeout=3000)
    assert "Float pool" in _ticks(kiosk)
    assert "Night shift" not in _ticks(kiosk)


def test_an_unchanged_form_is_left_alone(
    qtbot: QtBot, conn: sqlite3.Connection, data_dir: Path
) -> None:
    """Looked at every second: nothing on screen is made again while the form is the same."""
    kiosk = _kiosk(qtbot, conn, data_dir)
    before = kiosk.findChildren(QWidget)
    kiosk.follow_form()
    kiosk.follow_form()
    assert kiosk.findChildren(QWidget) == before


def test_a_meeting_deleted_under_the_open_kiosk_leaves_its_form_as_it_was(
    qtbot: QtBot, conn: sqlite3.Connection, data_dir: Path
) -> None:
    """Another program deleted it: the kiosk's next look finds no form, and keeps the one
    it shows, without an error each second (the greeter closes it)."""
    kiosk = _kiosk(qtbot, conn, data_dir)
    shown = kiosk.shown_form
    MeetingStore(conn).delete(kiosk._session.meeting.key)
    kiosk.follow_form()
    assert kiosk.shown_form == shown
    assert _label("first_name") in _labels(kiosk)
