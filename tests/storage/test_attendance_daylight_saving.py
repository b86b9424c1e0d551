"""A profession fixed in the directory reaches the meetings not yet ended: one planned past
midnight until the day it ends is over, that day as `Meeting.planned_end` has it, in real
minutes. On a night the clocks change near midnight, the plain sum of start and minutes falls
on the other side of midnight: Santiago's clocks go back at midnight (4-5 April 2026), Nuuk's
went forward at 22:00 (26 March 2022)."""

import datetime as dt
import sqlite3

import pytest

from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from tests.local_zone import local_zone


def _followed(conn: sqlite3.Connection, meeting: Meeting, today: dt.date) -> int:
    person = PeopleStore(conn).add(Person("Ana", profession="Pharmacist"))
    AttendanceStore(conn).mark_present(meeting.key, person.key, 0, "manual")
    return AttendanceStore(conn).follow_profession(person.key, "Registered nurse (RN)", today)


@pytest.mark.parametrize(
    ("zone", "day", "ends_on"),
    [
        # 22:00 + 150 min: 23:30 the second time (the plain sum says 00:30 the next day)
        ("America/Santiago", dt.date(2026, 4, 4), dt.date(2026, 4, 4)),
        # 21:00 + 150 min: 00:30 the next day (the plain sum says 23:30)
        ("America/Nuuk", dt.date(2022, 3, 26), dt.date(2022, 3, 27)),
    ],
)
def test_the_day_a_meeting_ends_is_its_planned_ends(
    conn: sqlite3.Connection, zone: str, day: dt.date, ends_on: dt.date
) -> None:
    with local_zone(zone):
        start = dt.time(22) if zone == "America/Santiago" else dt.time(21)
        meeting = MeetingStore(conn).create(Meeting("Night", day, start, planned_minutes=150))
        assert meeting.planned_end.date() == ends_on
        next_day = day + dt.timedelta(days=1)
        # not ended the next day only if it ends then
        assert _followed(conn, meeting, next_day) == (1 if ends_on == next_day else 0)
        assert _followed(conn, meeting, day) == 1  # its own day, whenever it ends
