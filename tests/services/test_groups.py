"""Groups for the screens, on the demo: the working group's picture and the falling committee."""

import datetime as dt
import sqlite3

import pytest

from meetingkit.core.clock import ManualClock
from meetingkit.core.commitment import FollowUpStatus
from meetingkit.core.group import GroupKind
from meetingkit.core.ladder import Measure, Rung
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.services.demo import Demo, write_demo
from meetingkit.services.demo_group import (
    COMMITTEE,
    MEMBERS,
    WORKING_GROUP,
    DemoGroups,
    write_demo_groups,
)
from meetingkit.services.groups import Groups
from meetingkit.services.whats_next import falling_attendance
from meetingkit.storage import transaction
from meetingkit.storage.groups import GroupStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore

NOW = dt.datetime(2026, 11, 21, 19, 10)


@pytest.fixture
def demo(conn: sqlite3.Connection) -> tuple[Demo, DemoGroups]:
    demo = write_demo(conn, NOW)
    if found := {g.name: g.key for g in GroupStore(conn).all()}:  # write_demo wrote them
        return demo, DemoGroups(found[WORKING_GROUP], found[COMMITTEE])
    people = {p.first_name: p for p in PeopleStore(conn).search("", limit=100).people}
    meetings = MeetingStore(conn)
    with transaction(conn):
        groups = write_demo_groups(
            conn,
            people,
            october=meetings.get(demo.meeting_ids[0]),
            tonight=meetings.get(demo.meeting_id),
        )
    return demo, groups


@pytest.fixture
def groups(conn: sqlite3.Connection) -> Groups:
    return Groups(conn, ManualClock(NOW.timestamp()))


def test_the_demo_working_group_has_six_meetings_held_and_its_members(
    groups: Groups, demo: tuple[Demo, DemoGroups]
) -> None:
    o = groups.overview(demo[1].working_group_id)
    assert o.group.name == WORKING_GROUP
    assert len(o.held) == 6
    assert [m.meeting_id for m in o.held][-2:] == [demo[0].meeting_ids[0], demo[0].meeting_id]
    assert len(o.members) == len(MEMBERS) == 18
    assert not o.falling
    assert o.headcounts[-2] == 17  # October: its minutes say 17 people


def test_the_demo_ladder_has_people_on_every_rung(
    groups: Groups, demo: tuple[Demo, DemoGroups]
) -> None:
    o = groups.overview(demo[1].working_group_id)
    rungs = {
        m.person.first_name: o.group.rungs[m.rung].name for m in o.members if m.rung is not None
    }
    assert rungs["Maria José"] == "Came at least 3 times"  # every meeting, no role, no commitment
    assert rungs["Hannah"] == "Came at least once"
    assert rungs["Dele"] == "Leads a role or a meeting"
    assert all(n > 0 for n in o.ladder.on_rung)
    assert sum(o.ladder.on_rung) + o.ladder.not_yet == 18
    maria = next(m for m in o.members if m.person.first_name == "Maria José")
    assert maria.history.marks == "✓✓✓✓✓✓"


def test_the_demo_has_people_not_seen_lately_with_their_follow_ups(
    groups: Groups, demo: tuple[Demo, DemoGroups]
) -> None:
    o = groups.overview(demo[1].working_group_id)
    rows = {r.person.first_name: r for r in o.not_seen}
    assert set(rows) == {"Jamal", "Wren"}
    assert rows["Jamal"].contact.reached == 1
    assert rows["Jamal"].contact.last_contact is not None
    assert rows["Wren"].contact.status_text == "nothing open"


def test_the_demo_balance_shows_professions_over_time(
    groups: Groups, demo: tuple[Demo, DemoGroups]
) -> None:
    b = groups.overview(demo[1].working_group_id).balance
    assert b.professions[0] == "Registered nurse (RN)"
    assert len(b.professions) >= 10
    rt = b.professions.index("Respiratory therapist (RT)")
    assert (b.counts[rt][-1], b.total(rt)) == (0, 2)  # came in the summer, not tonight


RN = "Registered nurse (RN)"


def test_the_balance_counts_what_people_typed_as_the_suggestions_do(
    conn: sqlite3.Connection, groups: Groups, demo: tuple[Demo, DemoGroups]
) -> None:
    """Someone saved as "rn" (before professions were tidied on saving) is counted with the
    registered nurses, as on the airtime bars (canonical_profession), not on their own."""
    overview = groups.overview(demo[1].working_group_id)
    before = overview.balance
    people = PeopleStore(conn)
    came = {p for m in overview.held if not m.purged for p in m.present}
    nurse = next(p for p in map(people.get, sorted(came)) if p.profession == RN)
    # as saved before professions were tidied on the way in (Person.validated)
    conn.execute("UPDATE people SET profession = 'rn' WHERE id = ?", [nurse.id])
    after = groups.overview(demo[1].working_group_id).balance
    assert after.professions == before.professions
    assert after.counts == before.counts


def test_only_the_committee_is_falling(
    conn: sqlite3.Connection, demo: tuple[Demo, DemoGroups]
) -> None:
    [falling] = falling_attendance(conn, NOW)
    assert (falling.group_id, falling.name, falling.headcounts) == (
        demo[1].committee_id,
        COMMITTEE,
        (7, 5, 3),
    )
    assert falling.text.endswith("7 → 5 → 3")


def test_the_demo_follow_ups_on_earlier_meetings_are_in_every_state(
    conn: sqlite3.Connection, demo: tuple[Demo, DemoGroups]
) -> None:
    meeting_ids = {m.key for m in MeetingStore(conn).all() if m.date < dt.date(2026, 10, 1)}
    statuses = {
        r[0]
        for r in conn.execute(
            "SELECT status FROM commitments WHERE meeting_id IN"
            f" ({', '.join(str(i) for i in meeting_ids)})"
        )
    }
    assert statuses == {s.value for s in FollowUpStatus}


def test_a_new_group_its_members_meetings_and_settings(
    conn: sqlite3.Connection, groups: Groups
) -> None:
    people = PeopleStore(conn)
    ana = people.add(Person("Ana", profession="RN"))
    group = groups.create("Nurses' chapter", GroupKind.CHAPTER)
    assert groups.add_member(group.key, ana.key)
    planned = MeetingStore(conn).create(Meeting("Kickoff", dt.date(2026, 12, 3), dt.time(18)))
    groups.set_meeting_group(planned.key, group.key)
    assert groups.group_of(planned.key) == group.key
    [line] = groups.lines()
    assert (line.members, line.held, line.upcoming, line.falling) == (1, 0, 1, False)
    o = groups.overview(group.key)
    assert (o.held, o.upcoming, o.not_seen, o.ladder.not_yet) == ((), 1, (), 1)
    rungs = (Rung("Came", Measure.ATTENDED, 1), Rung("Hosts", Measure.LED, 1))
    assert groups.set_rungs(group.key, rungs).rungs == rungs
    assert groups.set_missed_meetings(group.key, 3).missed_meetings == 3
    assert groups.rename(group.key, "Nurses' union chapter", GroupKind.CHAPTER).rungs == rungs
    groups.delete(group.key)
    assert groups.lines() == []
    assert groups.group_of(planned.key) is None
