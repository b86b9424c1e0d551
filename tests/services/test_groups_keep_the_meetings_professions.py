"""A group's professions over time count each meeting's room as it was: someone promoted since
(or who gives a profession only later) is counted at an old meeting with the profession they
had there, as the meeting's own report counts them — never with today's."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace

from meetingkit.core.clock import ManualClock
from meetingkit.core.group import Group
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.services.groups import Groups
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.group_record import read_group_record
from meetingkit.storage.groups import GroupStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore

RN, CNA = "Registered nurse (RN)", "Certified nursing assistant (CNA)"
NOW = dt.datetime(2026, 11, 21, 19, 10)
TODAY = NOW.date()


def test_a_promotion_since_leaves_the_groups_past_meetings_as_they_were(
    conn: sqlite3.Connection,
) -> None:
    """Ana came to September's meeting as a CNA and Bo without a profession; Ana is an RN
    now and Bo gave "RN" since. September still counts a CNA and one not given; tonight's
    meeting, not yet ended, counts them as they are."""
    groups, meetings, people = GroupStore(conn), MeetingStore(conn), PeopleStore(conn)
    attendance = AttendanceStore(conn)
    group = groups.create(Group("Working group"))
    september = meetings.create(Meeting("September", dt.date(2026, 9, 19), dt.time(18, 30)))
    tonight = meetings.create(Meeting("November", TODAY, dt.time(18, 30)))
    for m in (september, tonight):
        groups.set_meeting_group(m.key, group.key)
    ana = people.add(Person("Ana", "Lima", profession=CNA))
    bo = people.add(Person("Bo", "Park"))
    for p in (ana, bo):
        attendance.mark_present(september.key, p.key, 0, "manual")

    people.update(replace(ana, profession=RN), today=TODAY)
    people.update(replace(bo, profession="rn"), today=TODAY)
    for p in (ana, bo):
        attendance.mark_present(tonight.key, p.key, 0, "manual")

    b = Groups(conn, ManualClock(NOW.timestamp())).overview(group.key).balance
    assert b.professions == (RN, CNA, "Not given")
    assert b.counts == ((0, 2), (1, 0), (1, 0))
    first = read_group_record(conn, group.key).meetings[0]
    assert sorted(first.professions) == sorted([(ana.key, CNA), (bo.key, "")])
