"""A finished meeting's airtime by group counts the self-identified groups each attendee gave
when they were there: someone who leaves or joins a group afterwards changes neither the
floor's airtime panel, the projector's bars, nor the counts a purge keeps (and so the purged
report). Someone who withdraws a group is taken out of the meeting's figures."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.services.floor_session import FloorSession
from meetingkit.services.meeting_report import MeetingReports
from meetingkit.services.privacy import kept_counts, purge_meeting
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore

RN = "Registered nurse (RN)"
NIGHTS, SPANISH = "Night shift", "Spanish speaking"
LAST_YEAR = dt.date(2025, 10, 15)  # long finished, whatever day the tests run


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(dt.datetime(2025, 10, 15, 18, 30).timestamp())


@pytest.fixture
def meeting(conn: sqlite3.Connection, clock: ManualClock) -> Meeting:
    """Six RNs, three of them on the night shift; Ana (nights) speaks 4.5 minutes, Di 1.5."""
    meeting = MeetingStore(conn).create(Meeting("October assembly", LAST_YEAR, dt.time(18)))
    people = PeopleStore(conn)
    floor = FloorSession(meeting, conn, clock)
    for first in ("Ana", "Bea", "Cy", "Di", "Ed", "Fay"):
        person = people.add(Person(first, "Test", profession=RN))
        if first in ("Ana", "Bea", "Cy"):
            people.set_categories(person.key, [NIGHTS])
        floor.mark_present(person.key)
        if first in ("Ana", "Di"):
            floor.add(person.key, first)
            floor.next_speaker()
            clock.advance(270 if first == "Ana" else 90)
            floor.end_turn()
    return meeting


def _shares(conn: sqlite3.Connection, clock: ManualClock, meeting: Meeting) -> object:
    """The airtime panel's groups and the projector's, as a meeting opened again shows them."""
    floor = FloorSession(meeting, conn, clock)
    return (
        sorted((s.group, s.people_present, s.airtime_ms) for s in floor.shares()),
        [s.group for s in floor.snapshot().shares],
    )


def _id(conn: sqlite3.Connection, first: str) -> int:
    return PeopleStore(conn).search(f"{first} Test").people[0].key


def test_leaving_a_group_since_leaves_a_finished_meetings_airtime_as_it_was(
    conn: sqlite3.Connection, clock: ManualClock, meeting: Meeting
) -> None:
    before = _shares(conn, clock, meeting)
    assert before == (
        [(NIGHTS, 3, 270_000), (RN, 6, 360_000)],
        [RN, NIGHTS],
    )
    people = PeopleStore(conn)
    people.set_categories(_id(conn, "Ana"), [SPANISH])  # today: the meeting is long over
    people.set_categories(_id(conn, "Di"), [NIGHTS])  # joined since
    assert _shares(conn, clock, meeting) == before


def test_a_purge_keeps_the_groups_the_meeting_had(
    conn: sqlite3.Connection, clock: ManualClock, meeting: Meeting
) -> None:
    """The counts a purge keeps come from the meeting's own room; its report reads them."""
    PeopleStore(conn).set_categories(_id(conn, "Ana"), [])
    purge_meeting(conn, meeting.key, clock)
    kept = kept_counts(conn, meeting.key)
    assert kept is not None
    assert sorted(kept.groups) == [(NIGHTS, 3, 270_000), (RN, 6, 360_000)]
    report = MeetingReports(conn, clock).report(meeting.key)
    # The professions under airtime by profession, the groups people gave apart, as live
    assert [(s.group, s.people_present) for s in report.airtime.groups] == [(RN, 6)]
    assert [(s.group, s.people_present) for s in report.given_groups.groups] == [(NIGHTS, 3)]


def test_withdrawing_a_group_takes_the_person_out_of_its_figures(
    conn: sqlite3.Connection, clock: ManualClock, meeting: Meeting
) -> None:
    """Ana takes back "Night shift": the meeting no longer counts her in it (two left, too
    few for the projector), and still counts her as an RN."""
    PeopleStore(conn).withdraw_categories(_id(conn, "Ana"), [NIGHTS])
    assert _shares(conn, clock, meeting) == (
        [(NIGHTS, 2, 0), (RN, 6, 360_000)],
        [RN],
    )


def test_the_demo_written_for_any_day_counts_tonights_groups(conn: sqlite3.Connection) -> None:
    """The demo's people sign in before it gives their groups: tonight's meeting, under way
    on the demo's own day (not the computer's), takes them, so its bars show the groups."""
    from meetingkit.services.demo import write_demo
    from meetingkit.services.demo_floor import NIGHT_SHIFT, SPANISH_SPEAKING

    now = dt.datetime(2025, 3, 4, 19, 0)
    demo = write_demo(conn, now)
    tonight = MeetingStore(conn).get(demo.meeting_id)
    floor = FloorSession(tonight, conn, ManualClock(now.timestamp()))
    shares = {s.group: s.people_present for s in floor.shares()}
    assert (shares.get(NIGHT_SHIFT), shares.get(SPANISH_SPEAKING)) == (3, 4)
