"""What the database gives the figures for a period (storage.period_records): the meetings
dated in it (of one group or all), who was present with what profession, speaking time,
commitments, first-timers by the one definition — person ids only."""

from __future__ import annotations

import datetime as dt
import sqlite3

from meetingkit.core.commitment import FollowUpStatus
from meetingkit.core.group import Group
from meetingkit.core.meeting import Meeting, MeetingKind
from meetingkit.core.person import Person
from meetingkit.services.privacy import purge_meeting
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.floor import FloorStore
from meetingkit.storage.groups import GroupStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.period_records import read_period
from tests.services.privacy_scene import START, build

OCTOBER, NOVEMBER = dt.date(2026, 10, 1), dt.date(2026, 11, 30)


def test_the_period_holds_its_meetings_people_speaking_time_and_commitments(
    conn: sqlite3.Connection,
) -> None:
    scene = build(conn)
    MeetingStore(conn).create(Meeting("Next year", dt.date(2027, 1, 5), START.time()))
    records = read_period(conn, OCTOBER, NOVEMBER)
    first, other = records.meetings
    assert (first.meeting_id, other.meeting_id) == (scene.meeting_id, scene.other_meeting_id)
    assert (first.kind, first.recorded, first.kept) == (MeetingKind.MEETING, True, None)
    assert first.first_timers == 4  # the walk-ins and Zebulon, who said so; not the regular
    assert other.first_timers == 0  # the regular came before
    at_first = {
        v.person_id: v.profession for v in records.visits if v.meeting_id == first.meeting_id
    }
    assert at_first[scene.zebulon] == "Physician (MD/DO)"
    assert len(at_first) == 5
    spoken = {(s.meeting_id, s.person_id): s.ms for s in records.spoken}
    assert spoken == {
        (first.meeting_id, scene.zebulon): 95_000,
        (first.meeting_id, scene.regular): 40_000,
        (first.meeting_id, scene.walk_ins[0]): 30_000,
    }
    assert sorted((p.person_id, p.status) for p in records.pledges) == sorted(
        [
            (scene.zebulon, FollowUpStatus.REACHED),
            (scene.zebulon, FollowUpStatus.OPEN),
            (scene.regular, FollowUpStatus.OPEN),
        ]
    )


def test_a_purged_meeting_holds_nobody_any_more(conn: sqlite3.Connection) -> None:
    """Its counts are read by services.privacy; here it is a meeting, recorded or not."""
    scene = build(conn)
    purge_meeting(conn, scene.meeting_id, scene.clock)
    records = read_period(conn, OCTOBER, NOVEMBER)
    assert [m.meeting_id for m in records.meetings] == [scene.meeting_id, scene.other_meeting_id]
    assert {v.meeting_id for v in records.visits} == {scene.other_meeting_id}
    assert records.spoken == []
    assert records.pledges == []


def test_one_groups_meetings_and_the_days_at_either_end(conn: sqlite3.Connection) -> None:
    meetings, groups = MeetingStore(conn), GroupStore(conn)
    staffing = groups.create(Group("Safe staffing")).key
    days = [dt.date(2026, 9, 30), OCTOBER, NOVEMBER, dt.date(2026, 12, 1)]
    made = [meetings.create(Meeting(f"M {d}", d, START.time())).key for d in days]
    for meeting_id in made:
        groups.set_meeting_group(meeting_id, staffing)
    lone = meetings.create(Meeting("Assembly", dt.date(2026, 10, 20), START.time())).key
    everyone = read_period(conn, OCTOBER, NOVEMBER)
    assert [m.meeting_id for m in everyone.meetings] == [made[1], lone, made[2]]
    assert [m.group for m in everyone.meetings] == ["Safe staffing", "", "Safe staffing"]
    only = read_period(conn, OCTOBER, NOVEMBER, staffing)
    assert [m.meeting_id for m in only.meetings] == [made[1], made[2]]
    assert not any(m.recorded for m in only.meetings)  # nobody present, never run
    ana = PeopleStore(conn).add(Person("Ana", "Lima", profession="RN")).key
    AttendanceStore(conn).mark_present(made[1], ana, 0, "manual")
    assert read_period(conn, OCTOBER, NOVEMBER, staffing).meetings[0].recorded


def test_a_turn_left_open_counts_up_to_the_last_sign_of_the_app_not_to_now(
    conn: sqlite3.Connection,
) -> None:
    from meetingkit.core.clock import ManualClock
    from meetingkit.core.stack_entry import EntryKind
    from meetingkit.services.floor_session import FloorSession

    clock = ManualClock(dt.datetime(2026, 10, 5, 18, 0).timestamp())
    meeting = MeetingStore(conn).create(Meeting("Left open", dt.date(2026, 10, 5), START.time()))
    ana = PeopleStore(conn).add(Person("Ana", "Lima")).key
    floor = FloorSession(meeting, conn, clock)
    floor.add(ana, "Ana", "Lima", EntryKind.GENERAL)
    assert floor.next_speaker() is not None
    started_ms = int(clock.now() * 1000)
    FloorStore(conn).touch(meeting.key, started_ms + 42_000)  # then the app was closed
    records = read_period(conn, OCTOBER, NOVEMBER)
    assert [(s.person_id, s.ms) for s in records.spoken] == [(ana, 42_000)]
