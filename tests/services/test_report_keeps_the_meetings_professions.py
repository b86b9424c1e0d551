"""A finished meeting's report counts the room as it was: editing someone's profession in the
directory afterwards (a promotion, a correction) changes neither its attendance nor its
airtime equity, on the Report tab, the floor's bars or the counts a purge keeps."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace

import pytest

from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.services.floor_session import FloorSession
from meetingkit.services.meeting_report import MeetingReports
from meetingkit.services.privacy import kept_counts, purge_meeting
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore

RN, CNA = "Registered nurse (RN)", "Certified nursing assistant (CNA)"
LAST_YEAR = dt.date(2025, 10, 15)  # long finished, whatever day the tests run


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(dt.datetime(2025, 10, 15, 18, 30).timestamp())


@pytest.fixture
def meeting(conn: sqlite3.Connection, clock: ManualClock) -> Meeting:
    """Five RNs and three CNAs; Ana (RN) speaks 4.5 minutes, Fay (CNA) 1.5."""
    meeting = MeetingStore(conn).create(Meeting("October assembly", LAST_YEAR, dt.time(18)))
    people = PeopleStore(conn)
    floor = FloorSession(meeting, conn, clock)
    room = [("Ana", RN), ("Bea", RN), ("Cy", RN), ("Di", RN), ("Ed", RN)]
    room += [("Fay", CNA), ("Gus", CNA), ("Hal", CNA)]
    for first, profession in room:
        person = people.add(Person(first, "Test", profession=profession))
        floor.mark_present(person.key)
        if first in ("Ana", "Fay"):
            floor.add(person.key, first)
            floor.next_speaker()
            clock.advance(270 if first == "Ana" else 90)
            floor.end_turn()
    return meeting


def _figures(conn: sqlite3.Connection, clock: ManualClock, meeting: Meeting) -> object:
    report = MeetingReports(conn, clock).report(meeting.key)
    floor = FloorSession(meeting, conn, clock)
    return (
        [(t.label, t.count) for t in report.attendance.by_profession],
        [(s.group, s.people_present, s.airtime_ms) for s in report.airtime.groups],
        [s.group for s in report.airtime.above],
        [s.group for s in report.airtime.below],
        sorted((s.group, s.people_present, s.airtime_ms) for s in floor.shares()),
    )


def _promote_ana(conn: sqlite3.Connection) -> None:
    people = PeopleStore(conn)
    ana = next(p for p in people.search("Ana Test").people)
    people.update(replace(ana, profession=CNA))  # today's date: the meeting is long over


def test_a_promotion_since_leaves_a_finished_meetings_report_as_it_was(
    conn: sqlite3.Connection, clock: ManualClock, meeting: Meeting
) -> None:
    before = _figures(conn, clock, meeting)
    assert before[0] == [(RN, 5), (CNA, 3)]
    _promote_ana(conn)
    assert _figures(conn, clock, meeting) == before
    # The directory itself has her new profession
    assert PeopleStore(conn).search("Ana Test").people[0].profession == CNA


def test_a_purge_keeps_the_professions_the_meeting_had(
    conn: sqlite3.Connection, clock: ManualClock, meeting: Meeting
) -> None:
    """The counts a purge keeps come from the meeting's own room; its report reads them."""
    _promote_ana(conn)
    purge_meeting(conn, meeting.key, clock)
    kept = kept_counts(conn, meeting.key)
    assert kept is not None
    assert sorted(kept.professions) == [(CNA, 3), (RN, 5)]
    assert conn.execute("SELECT count(*) FROM attendance").fetchone()[0] == 0
    report = MeetingReports(conn, clock).report(meeting.key)
    assert [(t.label, t.count) for t in report.attendance.by_profession] == [(RN, 5), (CNA, 3)]
    assert report.attendance.total == 8


def test_forgetting_someone_takes_the_profession_kept_for_them_too(
    conn: sqlite3.Connection, clock: ManualClock, meeting: Meeting
) -> None:
    people = PeopleStore(conn)
    ana = people.search("Ana Test").people[0]
    people.forget(ana.key)
    left = conn.execute("SELECT count(*) FROM attendance WHERE person_id = ?", [ana.key])
    assert left.fetchone()[0] == 0
    report = MeetingReports(conn, clock).report(meeting.key)
    assert [(t.label, t.count) for t in report.attendance.by_profession] == [(RN, 4), (CNA, 3)]
