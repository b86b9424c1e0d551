"""The kiosk's line under the groups promises the smallest group shown ("only with 4 or more
people"). The facilitator can change that on the Floor tab while the kiosk is open on the
room's screen: the promise follows, as the phone form's does (read for each form)."""

import datetime as dt
import sqlite3
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.core.floor import FloorSettings
from meetingkit.core.meeting import Meeting
from meetingkit.core.signin import groups_note
from meetingkit.services.data_dir import database_path
from meetingkit.services.signin_session import SignInSession
from meetingkit.storage.floor import FloorStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.kiosk import KioskWindow


def _shown(kiosk: KioskWindow) -> list[str]:
    return [w.text() for w in kiosk.findChildren(QLabel) if w.isVisible()]


def _set_floor(conn: sqlite3.Connection, meeting_id: int, size: int) -> None:
    """As the Floor tab's "Smallest group shown" saves it (FloorSession.set_settings)."""
    floors = FloorStore(conn)
    floors.save_settings(meeting_id, replace(floors.settings(meeting_id), min_group_size=size))


def test_the_open_kiosk_follows_a_change_of_the_smallest_group_shown(
    qtbot: QtBot, conn: sqlite3.Connection, data_dir: Path
) -> None:
    meeting = MeetingStore(conn).create(Meeting("Assembly", dt.date(2026, 11, 21), dt.time(19)))
    FloorStore(conn).save_settings(meeting.key, FloorSettings(min_group_size=4))
    session = SignInSession(meeting, conn, database_path(data_dir), ManualClock(1.8e9))
    session.set_form(replace(session.settings().form, groups=("Night shift", "Float pool")))
    kiosk = KioskWindow(session)
    qtbot.addWidget(kiosk)
    kiosk.show()
    assert groups_note("en", 4) in _shown(kiosk)

    _set_floor(conn, meeting.key, 6)  # raised while the kiosk is open
    qtbot.waitUntil(lambda: groups_note("en", 6) in _shown(kiosk), timeout=3000)
    assert groups_note("en", 4) not in _shown(kiosk)

    # Lowered while someone signs in: the next person reads the promise as it stands
    kiosk.follow_timer.stop()
    _set_floor(conn, meeting.key, 3)
    name, phone = kiosk.inputs["first_name"], kiosk.inputs["phone"]
    assert isinstance(name, QLineEdit)
    assert isinstance(phone, QLineEdit)
    name.setText("Lan")
    phone.setText("3125550199")
    with qtbot.waitSignal(kiosk.signed_in):
        qtbot.mouseClick(kiosk.submit, Qt.MouseButton.LeftButton)
    assert groups_note("en", 3) in _shown(kiosk)


def test_the_kiosk_stops_looking_when_it_is_closed(
    qtbot: QtBot, conn: sqlite3.Connection, data_dir: Path
) -> None:
    meeting = MeetingStore(conn).create(Meeting("Assembly", dt.date(2026, 11, 21), dt.time(19)))
    session = SignInSession(meeting, conn, database_path(data_dir), ManualClock(1.8e9))
    session.set_form(replace(session.settings().form, groups=("Night shift",)))
    kiosk = KioskWindow(session)
    qtbot.addWidget(kiosk)
    kiosk.show()
    assert kiosk.follow_timer.isActive()
    kiosk.close()
    assert not kiosk.follow_timer.isActive()
