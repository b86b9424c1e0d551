"""The Floor tab's stack and speaker call two Daniels as the projector does: "Daniel R.",
"Daniel M." (qa12b F8)."""

import datetime as dt
import sqlite3

from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.services.floor_session import FloorSession
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.floor_models import StackModel
from meetingkit.ui.floor_tab import FloorTab

T0 = 1_795_000_000.0


def test_the_floor_tab_calls_them_as_the_projector_does(
    qtbot: QtBot, conn: sqlite3.Connection
) -> None:
    meeting = MeetingStore(conn).create(Meeting("Assembly", dt.date(2026, 11, 21), dt.time(18)))
    store = PeopleStore(conn)
    rivera = store.add(Person("Daniel", "Rivera"))
    moreno = store.add(Person("Daniel", "Moreno"))
    session = FloorSession(meeting, conn, ManualClock(T0))
    session.follow_item(1)
    session.add(rivera.key, "Daniel", "Rivera")
    session.add(moreno.key, "Daniel", "Moreno")
    tab = FloorTab(store)
    qtbot.addWidget(tab)
    tab.timer.stop()
    tab.set_session(session)
    shown = [
        tab.stack_model.index(row, StackModel.COL_NAME).data()
        for row in range(tab.stack_model.rowCount())
    ]
    assert shown == ["Daniel R.", "Daniel M."]
    tab.next_speaker()
    assert tab.speaker_label.text() == "Daniel R."
