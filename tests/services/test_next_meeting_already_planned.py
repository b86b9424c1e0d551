"""Next meeting from this one, run twice: the meeting already planned is found, whatever the
case or spacing of its title, and only on its own day."""

import datetime as dt
import sqlite3

from meetingkit.core.meeting import Meeting
from meetingkit.services.next_meeting import already_planned
from meetingkit.storage.meetings import MeetingStore

DEC_17 = dt.date(2026, 12, 17)


def test_the_same_title_on_the_same_day_is_already_planned(conn: sqlite3.Connection) -> None:
    meetings = MeetingStore(conn)
    planned = meetings.create(Meeting("Working Group — December", DEC_17, dt.time(18, 30)))
    meetings.create(Meeting("Committee", DEC_17, dt.time(12, 0)))
    again = Meeting("working group  —  december ", DEC_17, dt.time(19, 0))
    assert already_planned(conn, again) == planned
    assert (
        already_planned(conn, Meeting("Working Group — January", DEC_17, dt.time(18, 30))) is None
    )
    a_week_later = Meeting("Working Group — December", DEC_17 + dt.timedelta(7), dt.time(18, 30))
    assert already_planned(conn, a_week_later) is None
