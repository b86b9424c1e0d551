"""Each attendee's self-identified groups as they were at the meeting (m021): joining or
leaving a group later leaves a finished meeting's room as it was; withdrawing a group (consent
taken back) takes it out of every meeting; forgetting someone takes their kept groups too."""

import datetime as dt
import sqlite3
from pathlib import Path

from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.services.data_dir import database_path
from meetingkit.storage import schema
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from tests.services.privacy_scene import database_bytes

TODAY = dt.date(2026, 11, 22)
NIGHTS, SPANISH = "Night shift", "Spanish speaking"
# A group name found nowhere else in the files: to look for its bytes after a withdrawal.
RARE = "Qx survivors of the 7th floor"


def _files_holding(path: Path, text: str) -> list[str]:
    """Which of the database's files hold `text` (database_bytes lower-cases them)."""
    return [name for name, data in database_bytes(path).items() if text.lower().encode() in data]


def _groups(attendance: AttendanceStore, meeting_id: int) -> dict[str, set[str]]:
    return {p.first_name: set(p.categories) for p in attendance.present(meeting_id)}


def test_a_meeting_keeps_each_attendees_groups_as_they_were(conn: sqlite3.Connection) -> None:
    """Ana worked nights at October's meeting and has moved to days since, and learned
    Spanish: October still counts her on the night shift. Tonight's meeting, not yet ended,
    follows the change, as it follows a profession fixed at the door."""
    meetings, people, attendance = MeetingStore(conn), PeopleStore(conn), AttendanceStore(conn)
    october = meetings.create(Meeting("October", dt.date(2026, 10, 15), dt.time(18, 0)))
    tonight = meetings.create(Meeting("November", TODAY, dt.time(18, 0)))
    ana = people.add(Person("Ana", "Lima")).key
    bo = people.add(Person("Bo", "Park")).key
    people.set_categories(ana, [NIGHTS], today=TODAY)
    people.set_categories(bo, [NIGHTS], today=TODAY)
    for m in (october, tonight):
        for p in (ana, bo):
            attendance.mark_present(m.key, p, 0, "manual")

    people.set_categories(ana, [SPANISH], today=TODAY)

    assert _groups(attendance, october.key) == {"Ana": {NIGHTS}, "Bo": {NIGHTS}}
    assert _groups(attendance, tonight.key) == {"Ana": {SPANISH}, "Bo": {NIGHTS}}
    assert people.categories([ana]) == {ana: {SPANISH}}  # the directory has it as it is now
    later = meetings.create(Meeting("December", TODAY + dt.timedelta(days=21), dt.time(18)))
    attendance.mark_present(later.key, ana, 0, "phone")
    assert _groups(attendance, later.key) == {"Ana": {SPANISH}}


def test_a_meeting_whose_agenda_ended_today_keeps_the_groups_it_had(
    conn: sqlite3.Connection,
) -> None:
    meetings, people, attendance = MeetingStore(conn), PeopleStore(conn), AttendanceStore(conn)
    lunch = meetings.create(Meeting("Lunch", TODAY, dt.time(12, 0)))
    conn.execute(
        "INSERT INTO agenda_runs (meeting_id, started_ms, ended_ms) VALUES (?, 0, 1)", [lunch.key]
    )
    cy = people.add(Person("Cy")).key
    people.set_categories(cy, [NIGHTS], today=TODAY)
    attendance.mark_present(lunch.key, cy, 0, "manual")
    people.set_categories(cy, [], today=TODAY)
    assert _groups(attendance, lunch.key) == {"Cy": {NIGHTS}}


def test_the_upgrade_gives_attendance_already_recorded_todays_groups(tmp_path: Path) -> None:
    """Before m021 a meeting kept no groups: the ones each person gives now are the best
    known. Someone who gives none has none; the names are kept as typed, any script."""
    raw = sqlite3.connect(tmp_path / "old.sqlite3", isolation_level=None)
    raw.execute("PRAGMA foreign_keys = ON")
    schema.apply_migrations(raw, stop_before="m021_attendance_groups")
    raw.execute(
        "INSERT INTO meetings (id, title, date, start, planned_minutes)"
        " VALUES (1, 'Old', '2025-01-09', '18:00', 60)"
    )
    for pid, first in ((1, "Ana"), (2, "Cy")):
        raw.execute("INSERT INTO people (id, first_name) VALUES (?, ?)", [pid, first])
        raw.execute(
            "INSERT INTO attendance (meeting_id, person_id, arrived_ms, source)"
            " VALUES (1, ?, 0, 'manual')",
            [pid],
        )
    for category in (SPANISH, NIGHTS, "Enfermería: turno de noche"):
        raw.execute("INSERT INTO person_categories (person_id, category) VALUES (1, ?)", [category])
    schema.apply_migrations(raw)
    attendance = AttendanceStore(raw)
    assert _groups(attendance, 1) == {
        "Ana": {NIGHTS, SPANISH, "Enfermería: turno de noche"},
        "Cy": set(),
    }
    # The upgrade writes them as marking someone present does: the same groups are no change.
    same = [SPANISH, NIGHTS, "Enfermería: turno de noche"]
    assert attendance.follow_categories(1, same, dt.date(2025, 1, 9)) == 0


def test_withdrawing_a_group_takes_it_out_of_every_meeting_and_the_files(
    conn: sqlite3.Connection, data_dir: Path
) -> None:
    """Ana takes back a group she gave: it goes from the directory and from every meeting
    she was at, finished ones included, and no copy stays in the database files. Her other
    group stays, and so does Bo's membership of the same group."""
    meetings, people, attendance = MeetingStore(conn), PeopleStore(conn), AttendanceStore(conn)
    october = meetings.create(Meeting("October", dt.date(2026, 10, 15), dt.time(18, 0)))
    september = meetings.create(Meeting("September", dt.date(2026, 9, 17), dt.time(18, 0)))
    ana = people.add(Person("Ana", "Lima")).key
    bo = people.add(Person("Bo", "Park")).key
    people.set_categories(ana, [RARE, NIGHTS], today=TODAY)
    people.set_categories(bo, [NIGHTS], today=TODAY)
    for m in (september, october):
        attendance.mark_present(m.key, ana, 0, "manual")
    attendance.mark_present(october.key, bo, 0, "manual")
    path = database_path(data_dir)
    assert _files_holding(path, RARE)

    assert people.withdraw_categories(ana, [RARE]) == 2

    assert people.categories([ana]) == {ana: {NIGHTS}}
    assert _groups(attendance, september.key) == {"Ana": {NIGHTS}}
    assert _groups(attendance, october.key) == {"Ana": {NIGHTS}, "Bo": {NIGHTS}}
    assert _files_holding(path, RARE) == []
    assert people.withdraw_categories(ana, [RARE]) == 0  # nothing left to withdraw


def test_forgetting_someone_takes_the_groups_kept_for_their_meetings(
    conn: sqlite3.Connection, data_dir: Path
) -> None:
    meetings, people, attendance = MeetingStore(conn), PeopleStore(conn), AttendanceStore(conn)
    october = meetings.create(Meeting("October", dt.date(2026, 10, 15), dt.time(18, 0)))
    ana = people.add(Person("Ana", "Lima")).key
    bo = people.add(Person("Bo", "Park")).key
    people.set_categories(ana, [RARE], today=TODAY)
    people.set_categories(bo, [NIGHTS], today=TODAY)
    for p in (ana, bo):
        attendance.mark_present(october.key, p, 0, "manual")
    people.set_categories(ana, [], today=TODAY)  # left it: October still keeps it for her
    path = database_path(data_dir)
    assert _files_holding(path, RARE)

    people.forget(ana)

    assert _groups(attendance, october.key) == {"Bo": {NIGHTS}}
    assert _files_holding(path, RARE) == []
