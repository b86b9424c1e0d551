"""Groups in SQLite: the group itself, its members, its meetings, and what they recorded."""

import datetime as dt
import sqlite3

import pytest

from meetingkit.core import i18n
from meetingkit.core.agenda import AgendaItem
from meetingkit.core.commitment import CommitmentOption, FollowUpStatus
from meetingkit.core.errors import NotFoundError, ValidationError
from meetingkit.core.group import Group, GroupKind
from meetingkit.core.ladder import DEFAULT_RUNGS, Measure, Rung, default_rungs
from meetingkit.core.meeting import Meeting, Role
from meetingkit.core.person import Person
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.commitments import CommitmentStore
from meetingkit.storage.group_record import read_group_record
from meetingkit.storage.groups import GroupStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.retention import Count, RetentionStore


def test_a_group_round_trips_with_its_ladder_and_setting(conn: sqlite3.Connection) -> None:
    store = GroupStore(conn)
    rungs = (Rung("Came", Measure.ATTENDED, 1), Rung("Leads", Measure.LED, 2))
    created = store.create(Group(" Nurses'  chapter ", GroupKind.CHAPTER, rungs, 3))
    assert store.get(created.key) == created
    assert created.name == "Nurses' chapter"
    renamed = store.update(
        Group("Nurses and aides chapter", GroupKind.COALITION, DEFAULT_RUNGS, 2, created.id)
    )
    assert store.get(created.key) == renamed
    # The default ladder is stored as '' so a better default later reaches it.
    assert conn.execute("SELECT ladder FROM groups").fetchone()[0] == ""


def test_the_default_ladder_named_in_the_apps_language_is_still_stored_as_the_default(
    conn: sqlite3.Connection,
) -> None:
    """Reset in a Spanish app, the ladder is the default one, not rungs someone named."""
    i18n.install(lambda _context, text, _d, _n: f"«{text}»")
    try:
        store = GroupStore(conn)
        group = store.create(Group("Comité", GroupKind.COMMITTEE, default_rungs()))
        assert conn.execute("SELECT ladder FROM groups").fetchone()[0] == ""
        assert store.get(group.key).rungs == default_rungs()  # read back as shown
    finally:
        i18n.install(None)
    assert store.get(group.key).rungs == DEFAULT_RUNGS


def test_group_names_are_unique_whatever_their_case(conn: sqlite3.Connection) -> None:
    store = GroupStore(conn)
    store.create(Group("Safe Staffing"))
    other = store.create(Group("Pharmacy"))
    with pytest.raises(ValidationError, match="already a group called"):
        store.create(Group("safe staffing"))
    with pytest.raises(ValidationError, match="already a group called"):
        store.update(Group("SAFE STAFFING", id=other.id))
    assert [g.name for g in store.all()] == ["Pharmacy", "Safe Staffing"]


def test_members_are_added_once_listed_by_name_and_removed(conn: sqlite3.Connection) -> None:
    store, people = GroupStore(conn), PeopleStore(conn)
    group = store.create(Group("Chapter"))
    zoe, ana = people.add(Person("Zoe")), people.add(Person("Ana", "Lima"))
    assert store.add_member(group.key, zoe.key)
    assert store.add_member(group.key, ana.key)
    assert not store.add_member(group.key, ana.key)
    assert store.members(group.key) == [ana, zoe]
    store.remove_member(group.key, zoe.key)
    assert store.member_ids(group.key) == [ana.key]
    with pytest.raises(NotFoundError):
        store.add_member(group.key, 999)


def test_a_meetings_group_and_the_groups_meetings_in_date_order(
    conn: sqlite3.Connection,
) -> None:
    store, meetings = GroupStore(conn), MeetingStore(conn)
    group = store.create(Group("Working group"))
    later = meetings.create(Meeting("Later", dt.date(2026, 11, 21), dt.time(18, 30)))
    earlier = meetings.create(Meeting("Earlier", dt.date(2026, 10, 24), dt.time(18, 30)))
    other = meetings.create(Meeting("Not ours", dt.date(2026, 10, 30), dt.time(9)))
    for m in (later, earlier):
        store.set_meeting_group(m.key, group.key)
    assert store.meetings(group.key) == [earlier, later]
    assert (store.group_of(later.key), store.group_of(other.key)) == (group.key, None)
    store.set_meeting_group(later.key, None)
    assert store.meetings(group.key) == [earlier]
    with pytest.raises(NotFoundError):
        store.set_meeting_group(earlier.key, 999)
    with pytest.raises(NotFoundError):
        store.set_meeting_group(999, group.key)


def test_deleting_a_group_keeps_its_meetings_and_people(conn: sqlite3.Connection) -> None:
    store, meetings, people = GroupStore(conn), MeetingStore(conn), PeopleStore(conn)
    group = store.create(Group("Short-lived"))
    meeting = meetings.create(Meeting("Kickoff", dt.date(2026, 10, 1), dt.time(18)))
    ana = people.add(Person("Ana"))
    store.set_meeting_group(meeting.key, group.key)
    store.add_member(group.key, ana.key)
    store.delete(group.key)
    assert meetings.get(meeting.key) == meeting
    assert store.group_of(meeting.key) is None
    assert people.get(ana.key) == ana
    assert conn.execute("SELECT count(*) FROM group_members").fetchone()[0] == 0
    with pytest.raises(NotFoundError):
        store.get(group.key)
    with pytest.raises(NotFoundError):
        store.delete(group.key)


def test_summaries_count_members_and_each_meetings_people(conn: sqlite3.Connection) -> None:
    store, meetings, people = GroupStore(conn), MeetingStore(conn), PeopleStore(conn)
    attendance, retention = AttendanceStore(conn), RetentionStore(conn)
    group = store.create(Group("Committee"))
    store.create(Group("Empty"))
    ana, bo = people.add(Person("Ana")), people.add(Person("Bo"))
    store.add_member(group.key, ana.key)
    first = meetings.create(Meeting("First", dt.date(2026, 9, 1), dt.time(7, 30)))
    second = meetings.create(Meeting("Second", dt.date(2026, 10, 1), dt.time(7, 30)))
    for m in (first, second):
        store.set_meeting_group(m.key, group.key)
    attendance.mark_present(second.key, ana.key, 0, "manual")
    attendance.mark_present(second.key, bo.key, 0, "manual")
    # The first meeting's personal data was purged; its headcount survives as a count.
    retention.save_counts(first.key, [Count("attendance", people=5)])
    retention.mark_purged(first.key, "2026-10-02T00:00:00+00:00")
    committee, empty = store.summaries()
    assert (committee.group.name, committee.members) == ("Committee", 1)
    assert committee.meetings == (
        (dt.datetime(2026, 9, 1, 7, 30), 5),
        (dt.datetime(2026, 10, 1, 7, 30), 2),
    )
    assert (empty.members, empty.meetings) == (0, ())


def test_the_record_holds_who_came_who_led_and_everyones_commitments(
    conn: sqlite3.Connection,
) -> None:
    store, meetings, people = GroupStore(conn), MeetingStore(conn), PeopleStore(conn)
    group = store.create(Group("Working group"))
    ana, bo, cy = (people.add(Person(n, profession="RN")) for n in ("Ana", "Bo", "Cy"))
    store.add_member(group.key, cy.key)  # a member who never came
    ours = meetings.create(Meeting("Ours", dt.date(2026, 10, 24), dt.time(18, 30)))
    elsewhere = meetings.create(Meeting("Elsewhere", dt.date(2026, 10, 25), dt.time(9)))
    store.set_meeting_group(ours.key, group.key)
    AttendanceStore(conn).mark_present(ours.key, ana.key, 0, "manual")
    AttendanceStore(conn).mark_present(ours.key, bo.key, 0, "manual")
    AttendanceStore(conn).mark_present(elsewhere.key, cy.key, 0, "manual")
    meetings.assign(ours.key, Role.TIMEKEEPER, ana.key)
    AgendaStore(conn).add_item(ours.key, AgendaItem("Report-back", 10, owner_id=bo.key))
    commitments = CommitmentStore(conn)
    [option] = commitments.save_options(elsewhere.key, [CommitmentOption(elsewhere.key, "Call")])
    commitments.record(
        elsewhere.key,
        ana.key,
        [option],
        hours=None,
        contact_ok=True,
        follow_up_due=dt.datetime(2026, 10, 27, 9),
        organizer_id=None,
        source="card",
        now_ms=1_790_000_000_000,
    )

    record = read_group_record(conn, group.key)
    [meeting] = record.meetings
    assert (meeting.title, meeting.present, meeting.leaders) == (
        "Ours",
        frozenset({ana.key, bo.key}),
        frozenset({ana.key, bo.key}),
    )
    assert record.member_ids == (cy.key,)
    assert set(record.people) == {ana.key, bo.key, cy.key}
    [fact] = record.commitments
    assert (fact.person_id, fact.meeting_id, fact.status) == (
        ana.key,
        elsewhere.key,
        FollowUpStatus.OPEN,
    )
