"""Attendance across meetings: who came for the first time when, and each attendee's
profession as it was at the meeting."""

import datetime as dt
import sqlite3
from dataclasses import replace as dt_replace
from pathlib import Path

import pytest

from meetingkit.core.errors import NotFoundError
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.storage import schema
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


TODAY = dt.date(2026, 11, 22)


def _professions(attendance: AttendanceStore, meeting_id: int) -> dict[str, str]:
    return {p.first_name: p.profession for p in attendance.present(meeting_id)}


def test_a_meeting_keeps_each_attendees_profession_as_it_was(conn: sqlite3.Connection) -> None:
    """Ana was a CNA at October's meeting; promoted to RN since, she is an RN from now on,
    and still a CNA in October's room: its report does not change with the directory."""
    meetings, people, attendance = MeetingStore(conn), PeopleStore(conn), AttendanceStore(conn)
    october = meetings.create(Meeting("October", dt.date(2026, 10, 15), dt.time(18, 0)))
    ana = people.add(Person("Ana", "Lima", profession="Certified nursing assistant (CNA)"))
    attendance.mark_present(october.key, ana.key, 0, "manual")

    people.update(dt_replace(ana, profession="Registered nurse (RN)"), today=TODAY)

    assert _professions(attendance, october.key) == {"Ana": "Certified nursing assistant (CNA)"}
    tonight = meetings.create(Meeting("November", TODAY, dt.time(18, 0)))
    attendance.mark_present(tonight.key, ana.key, 0, "stack")
    assert _professions(attendance, tonight.key) == {"Ana": "Registered nurse (RN)"}


def test_a_correction_on_the_day_reaches_the_meeting_not_yet_ended(
    conn: sqlite3.Connection,
) -> None:
    """The facilitator fixes a typo at the door: tonight's meeting follows, and so does
    last night's that was planned past midnight; not one already ended, nor an older one."""
    meetings, people, attendance = MeetingStore(conn), PeopleStore(conn), AttendanceStore(conn)
    yesterday = TODAY - dt.timedelta(days=1)
    tonight = meetings.create(Meeting("Tonight", TODAY, dt.time(18, 0)))
    night_shift = meetings.create(Meeting("Night", yesterday, dt.time(23, 0), planned_minutes=90))
    ended = meetings.create(Meeting("Lunch", TODAY, dt.time(12, 0)))
    conn.execute(
        "INSERT INTO agenda_runs (meeting_id, started_ms, ended_ms) VALUES (?, 0, 1)", [ended.key]
    )
    last_week = meetings.create(Meeting("Last week", TODAY - dt.timedelta(days=7), dt.time(18)))
    bea = people.add(Person("Bea", "Ruiz", profession="Regsitered nurse"))
    for m in (tonight, night_shift, ended, last_week):
        attendance.mark_present(m.key, bea.key, 0, "manual")

    people.update(dt_replace(bea, profession="Registered nurse (RN)"), today=TODAY)

    assert [_professions(attendance, m.key)["Bea"] for m in (tonight, night_shift)] == [
        "Registered nurse (RN)",
        "Registered nurse (RN)",
    ]
    assert [_professions(attendance, m.key)["Bea"] for m in (ended, last_week)] == [
        "Regsitered nurse",
        "Regsitered nurse",
    ]


def test_marking_someone_no_longer_in_the_directory_present_is_refused(
    conn: sqlite3.Connection,
) -> None:
    meeting = MeetingStore(conn).create(Meeting("Tonight", TODAY, dt.time(18, 0)))
    with pytest.raises(NotFoundError, match="no longer exists"):
        AttendanceStore(conn).mark_present(meeting.key, 999, 0, "manual")


def test_the_upgrade_gives_attendance_already_recorded_todays_profession(
    tmp_path: Path,
) -> None:
    """Before m016 a meeting kept no profession: the directory's, as it is now, is the best
    known."""
    raw = sqlite3.connect(tmp_path / "old.sqlite3", isolation_level=None)
    raw.execute("PRAGMA foreign_keys = ON")
    schema.apply_migrations(raw, stop_before="m016_attendance_profession")
    raw.execute(
        "INSERT INTO meetings (id, title, date, start, planned_minutes)"
        " VALUES (1, 'Old', '2025-01-09', '18:00', 60)"
    )
    raw.execute("INSERT INTO people (id, first_name, profession) VALUES (1, 'Ana', 'Pharmacist')")
    raw.execute("INSERT INTO people (id, first_name) VALUES (2, 'Cy')")
    raw.execute("UPDATE people SET profession = NULL WHERE id = 2")
    for pid in (1, 2):
        raw.execute(
            "INSERT INTO attendance (meeting_id, person_id, arrived_ms, source)"
            " VALUES (1, ?, 0, 'manual')",
            [pid],
        )
    schema.apply_migrations(raw)
    assert _professions(AttendanceStore(raw), 1) == {"Ana": "Pharmacist", "Cy": ""}
