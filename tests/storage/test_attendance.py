"""Attendance across meetings: who came for the first time when."""

import datetime as dt
import sqlite3

from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore


def test_newcomers_are_people_whose_first_meeting_falls_in_the_range(
    conn: sqlite3.Connection,
) -> None:
    meetings, people, attendance = MeetingStore(conn), PeopleStore(conn), AttendanceStore(conn)
    october = meetings.create(Meeting("October", dt.date(2026, 10, 15), dt.time(18, 0)))
    november = meetings.create(Meeting("November", dt.date(2026, 11, 12), dt.time(18, 0)))
    regular = people.add(Person("Ana", "Lima", profession="Social worker"))
    newcomer = people.add(Person("Bilal", "Qureshi", profession="Pharmacist"))
    people.add(Person("Carmen"))  # in the directory, never came
    for m in (october, november):
        attendance.mark_present(m.key, regular.key, 0, "phone")
    attendance.mark_present(november.key, newcomer.key, 0, "kiosk")

    found = attendance.newcomers("2026-11-01", "2026-11-21")
    assert [(n.name, n.profession, n.first_date) for n in found] == [
        ("Bilal Qureshi", "Pharmacist", "2026-11-12")
    ]
    assert [n.name for n in attendance.newcomers("2026-10-01", "2026-10-31")] == ["Ana Lima"]
