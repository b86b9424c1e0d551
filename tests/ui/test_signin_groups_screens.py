"""Self-identified groups on the laptop's screens: chosen in Sign-in › Form fields…, offered
at the kiosk as unticked boxes under the same honest line as on the phone."""

import datetime as dt
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.core.floor import FloorSettings
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.core.signin import FormSettings, groups_note
from meetingkit.services.data_dir import database_path
from meetingkit.services.signin_session import SignInSession
from meetingkit.storage.floor import FloorStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.signin import SignInStore
from meetingkit.ui.kiosk import KioskWindow
from meetingkit.ui.signin_fields_dialog import SignInFieldsDialog

OFFER = ("Night shift", "Spanish speaking", "Tom & Jerry")


@pytest.fixture
def session(conn: sqlite3.Connection, data_dir: Path) -> SignInSession:
    meeting = MeetingStore(conn).create(Meeting("Assembly", dt.date(2026, 11, 21), dt.time(19)))
    FloorStore(conn).save_settings(meeting.key, FloorSettings(min_group_size=4))
    session = SignInSession(meeting, conn, database_path(data_dir), ManualClock(1.8e9))
    session.set_form(replace(session.settings().form, groups=OFFER))
    return session


def test_the_kiosk_offers_the_groups_unticked_and_keeps_what_is_ticked(
    qtbot: QtBot, conn: sqlite3.Connection, session: SignInSession
) -> None:
    rosa = PeopleStore(conn).add(Person("Rosa", "Delgado", phone="312 555 0104")).key
    kiosk = KioskWindow(session)
    qtbot.addWidget(kiosk)
    kiosk.show()
    assert list(kiosk.groups) == list(OFFER)
    assert [b.text() for b in kiosk.groups.values()][2] == "Tom && Jerry"  # no shortcut
    assert not any(box.isChecked() for box in kiosk.groups.values())
    labels = [w.text() for w in kiosk.findChildren(QLabel) if w.isVisible()]
    assert groups_note("en", 4) in labels
    assert kiosk.groups_box.title() == "Groups you belong to"

    for first, phone in (("Lan", "3125550199"), ("Rosa", "3125550104")):
        for field, value in (("first_name", first), ("phone", phone)):
            edit = kiosk.inputs[field]
            assert isinstance(edit, QLineEdit)
            edit.setText(value)
        kiosk.groups["Spanish speaking"].setChecked(True)
        with qtbot.waitSignal(kiosk.signed_in):
            qtbot.mouseClick(kiosk.submit, Qt.MouseButton.LeftButton)
        assert not any(box.isChecked() for box in kiosk.groups.values())  # for the next one
    lan = next(s for s in session.signed_in() if s.given_first_name == "Lan")
    people = PeopleStore(conn)
    assert people.categories([lan.person_id])[lan.person_id] == {"Spanish speaking"}
    assert rosa not in people.categories([rosa])  # hers waits for the organizer
    [waiting] = session.new_details_review().new_details()
    assert [g.category for g in waiting.groups] == ["Spanish speaking"]


def test_a_kiosk_without_groups_shows_none(
    qtbot: QtBot, conn: sqlite3.Connection, data_dir: Path
) -> None:
    meeting = MeetingStore(conn).create(Meeting("Other", dt.date(2026, 11, 22), dt.time(19)))
    kiosk = KioskWindow(SignInSession(meeting, conn, database_path(data_dir), ManualClock(1.8e9)))
    qtbot.addWidget(kiosk)
    kiosk.show()
    assert kiosk.groups == {}
    assert not kiosk.groups_box.isVisible()


def test_the_form_fields_dialog_edits_the_offer(
    qtbot: QtBot, conn: sqlite3.Connection, session: SignInSession
) -> None:
    dialog = SignInFieldsDialog(session.settings().form)
    qtbot.addWidget(dialog)
    assert dialog.groups.toPlainText() == "\n".join(OFFER)
    dialog.groups.setPlainText("Night shift\n\n  first   generation \nnight SHIFT\n")
    chosen = dialog.chosen()
    assert chosen.groups == ("Night shift", "first generation")
    assert chosen.group_floor == 4
    session.set_form(chosen)
    assert SignInStore(conn).settings(session.meeting.key).form.groups == chosen.groups


def test_the_dialog_refuses_too_many_or_too_long(qtbot: QtBot) -> None:
    dialog = SignInFieldsDialog(FormSettings())
    qtbot.addWidget(dialog)
    dialog.groups.setPlainText("\n".join(f"Unit {n}" for n in range(13)))
    dialog.accept()
    assert dialog.result() != SignInFieldsDialog.DialogCode.Accepted
    assert "at most 12 groups" in dialog.error_label.text()
    dialog.groups.setPlainText("x" * 61)
    dialog.accept()
    assert "under 60 characters" in dialog.error_label.text()
    dialog.groups.setPlainText("Night shift")
    dialog.accept()
    assert dialog.result() == SignInFieldsDialog.DialogCode.Accepted
