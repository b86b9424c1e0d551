"""A walk-in's blank card, returned at the meeting, means they were there: recording it marks
them present as a walk-in (marked at the laptop) unless they already were, and the report
counts them (QA 15a, finding 9: "0 attended · … · 1 people made commitments")."""

import datetime as dt
import sqlite3

import pytest

from meetingkit.core import report_wording as words
from meetingkit.core.attendee_export import Status, status_of
from meetingkit.core.clock import ManualClock, to_ms
from meetingkit.core.commitment import CommitmentOption
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.services.commitment_desk import CommitmentDesk
from meetingkit.services.meeting_report import MeetingReports
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.attendee_records import AttendeeRecords
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore

START = dt.datetime(2026, 11, 29, 10, 0)  # a training of 2 h 45 min


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock((START + dt.timedelta(hours=2)).timestamp())  # during the training


@pytest.fixture
def desk(conn: sqlite3.Connection, clock: ManualClock) -> CommitmentDesk:
    meeting = MeetingStore(conn).create(
        Meeting("Organizing across professions", START.date(), START.time(), planned_minutes=165)
    )
    desk = CommitmentDesk(meeting, conn, clock)
    desk.save_options(
        [
            CommitmentOption(meeting.key, "Hold a one-on-one", dt.date(2026, 12, 13)),
            CommitmentOption(meeting.key, "Bring our shared demand to the committee"),
        ]
    )
    return desk


def test_a_walk_ins_blank_card_marks_them_present_as_a_walk_in(
    conn: sqlite3.Connection, desk: CommitmentDesk, clock: ManualClock
) -> None:
    carmen = PeopleStore(conn).add(Person("Carmen", "Ruiz"))
    ids = [o.key for o in desk.options()]
    assert desk.record_blank_card(carmen.key, ids, contact_ok=True)

    [present] = AttendanceStore(conn).present(desk.meeting.key)
    assert (present.person_id, present.source) == (carmen.key, "manual")
    assert present.arrived_ms == to_ms(clock.now())
    [row] = AttendeeRecords(conn).for_meeting(desk.meeting.key)
    assert status_of(row) is Status.WALK_IN
    assert len(desk.recorded()) == 2

    # The same card again (a tick fixed): already present, nothing more to say
    assert not desk.record_blank_card(carmen.key, ids[:1], contact_ok=True)
    assert len(AttendanceStore(conn).present(desk.meeting.key)) == 1

    report = MeetingReports(conn, clock).report(desk.meeting.key)
    assert words.headline(report)[0] == ("1", "attended")
    assert words.headline(report)[-1] == ("1", "person made commitments")


def test_someone_already_present_keeps_how_and_when_they_came(
    conn: sqlite3.Connection, desk: CommitmentDesk, clock: ManualClock
) -> None:
    ana = PeopleStore(conn).add(Person("Ana", "Reyes"))
    came = to_ms(clock.now()) - 3_600_000
    AttendanceStore(conn).mark_present(desk.meeting.key, ana.key, came, "phone")
    assert not desk.record_blank_card(ana.key, [desk.options()[0].key])
    [present] = AttendanceStore(conn).present(desk.meeting.key)
    assert (present.source, present.arrived_ms) == ("phone", came)


def test_a_card_typed_in_days_later_dates_the_arrival_at_the_meetings_end(
    conn: sqlite3.Connection, desk: CommitmentDesk, clock: ManualClock
) -> None:
    clock.advance(3 * 24 * 3600)  # the returned cards typed in on Wednesday
    bo = PeopleStore(conn).add(Person("Bo"))
    assert desk.record_blank_card(bo.key, [desk.options()[1].key])
    [present] = AttendanceStore(conn).present(desk.meeting.key)
    assert present.arrived_ms == to_ms((START + dt.timedelta(minutes=165)).timestamp())
