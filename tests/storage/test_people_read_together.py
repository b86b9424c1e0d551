"""The review of possible duplicates and a group's record read the people they show
together (PeopleStore.by_ids), not with one query per person: a roster import can flag
hundreds of pairs, and the review reads them all again after each decision."""

import datetime as dt
import sqlite3
from collections.abc import Callable

from meetingkit.core.clock import ManualClock
from meetingkit.core.group import Group
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.core.roster import guess_mapping
from meetingkit.core.roster_file import read_roster
from meetingkit.services.roster_import import RosterImport
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.duplicates import DuplicateStore
from meetingkit.storage.group_record import read_group_record
from meetingkit.storage.groups import GroupStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore


def statements(conn: sqlite3.Connection, read: Callable[[], object]) -> int:
    seen: list[str] = []
    conn.set_trace_callback(seen.append)
    try:
        read()
    finally:
        conn.set_trace_callback(None)
    return len(seen)


def test_by_ids_reads_the_people_asked_for_in_order(conn: sqlite3.Connection) -> None:
    people = PeopleStore(conn)
    ana, bo = people.add(Person("Ana", "Lima")), people.add(Person("Bo", "Chen"))
    found = people.by_ids([bo.key, ana.key, bo.key, 999])
    assert list(found) == [ana.key, bo.key]
    assert found[bo.key] == bo
    assert people.by_ids([]) == {}


def test_the_duplicates_review_reads_its_people_in_one_query(conn: sqlite3.Connection) -> None:
    people = PeopleStore(conn)
    importer = RosterImport(conn, ManualClock(dt.datetime(2026, 11, 1).timestamp()))

    def flag(n: int) -> None:
        for i in range(n):
            email = f"family{len(DuplicateStore(conn).flags())}-{i}@example.org"
            people.add(Person("Rosa", "Delgado", email=email))
            text = f"Name,Email\nTomás Delgado,{email}\n"
            roster = read_roster(text.encode(), "members.csv")
            importer.apply(roster, guess_mapping(roster.headers), "members.csv")

    store = DuplicateStore(conn)
    flag(1)
    assert len(store.flags()) == 1
    one = statements(conn, store.flags)
    flag(3)
    assert len(store.flags()) == 4
    assert statements(conn, store.flags) == one


def test_a_groups_record_reads_its_people_in_one_query(conn: sqlite3.Connection) -> None:
    people = PeopleStore(conn)
    groups = GroupStore(conn)
    group = groups.create(Group("Safe Staffing"))
    meeting = MeetingStore(conn).create(Meeting("Ours", dt.date(2026, 11, 5), dt.time(18)))
    groups.set_meeting_group(meeting.key, group.key)
    attendance = AttendanceStore(conn)

    def came(name: str) -> None:
        attendance.mark_present(meeting.key, people.add(Person(name)).key, 1, "manual")

    came("Ana")
    one = statements(conn, lambda: read_group_record(conn, group.key))
    for name in ("Bo", "Cy", "Dee", "Eli"):
        came(name)
    assert len(read_group_record(conn, group.key).people) == 5
    assert statements(conn, lambda: read_group_record(conn, group.key)) == one
