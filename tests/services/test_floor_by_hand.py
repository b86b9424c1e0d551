"""A place set by hand on the progressive stack survives a restart, and only it: someone the
rule lifts up who joins after it still goes above the people outside the groups (QA round 7,
finding 2). The room's screen says that someone is placed by hand."""

import datetime as dt
import json
import sqlite3

from meetingkit.core.clock import ManualClock
from meetingkit.core.floor import FloorSettings, LogKind, Policy
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.services.floor_session import FloorSession
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore

T0 = 1_795_000_000.0
BY_HAND = "Placed here by the facilitator"


def test_a_place_set_by_hand_is_kept_across_a_restart_and_newcomers_go_by_the_rule(
    conn: sqlite3.Connection,
) -> None:
    meeting = MeetingStore(conn).create(Meeting("Assembly", dt.date(2026, 11, 21), dt.time(18)))
    store = PeopleStore(conn)
    people = {
        first: store.add(Person(first, "Ruiz", profession="Physician"))
        for first in ("Ben", "Eve", "Dolores", "Chen", "Iris", "Farah")
    }
    for night_shift in ("Dolores", "Farah"):  # the groups they chose to give
        store.set_categories(people[night_shift].key, ["Night shift"])
    clock = ManualClock(T0)
    session = FloorSession(meeting, conn, clock)
    session.set_settings(
        FloorSettings(Policy.PRIORITY_GROUPS, priority_groups=frozenset({"Night shift"}))
    )
    for first in ("Ben", "Eve", "Dolores", "Chen", "Iris"):
        clock.advance(1)
        session.add(people[first].key, first)
    iris = next(p.entry.id for p in session.placements() if p.entry.name == "Iris")
    session.move(iris, 4)  # Ctrl+Up: Dolores, Ben, Eve, Iris, Chen
    row = conn.execute(
        "SELECT manual_order, moved_by_hand FROM floor_settings WHERE meeting_id = ?",
        [meeting.key],
    ).fetchone()
    assert json.loads(row[1]) == [iris]
    assert len(json.loads(row[0])) == 5

    # The app is killed and opened again; Farah (Night shift: lifted up) raises a hand
    later = ManualClock(T0 + 60)
    restarted = FloorSession(meeting, conn, later)
    restarted.add(people["Farah"].key, "Farah")
    assert [(p.entry.name, p.reason) for p in restarted.placements()] == [
        ("Dolores", "Priority group: Night shift"),
        ("Farah", "Priority group: Night shift"),
        ("Ben", "Joined the stack"),
        ("Eve", "Joined the stack"),
        ("Iris", BY_HAND),
        ("Chen", "Joined the stack"),
    ]
    assert [line.kind for line in restarted.floor.log] == [LogKind.RULE, LogKind.MOVE]
    snap = restarted.snapshot()
    assert snap.explanation == (
        f"{Policy.PRIORITY_GROUPS.explanation} The facilitator has placed someone by hand; "
        "everyone else goes by this rule."
    )
    assert snap.next_names == ("Dolores", "Farah", "Ben")

    restarted.resort()  # Ctrl+R: the rule alone, saved
    again = FloorSession(meeting, conn, ManualClock(T0 + 70))
    assert BY_HAND not in {p.reason for p in again.placements()}
    assert again.snapshot().explanation == Policy.PRIORITY_GROUPS.explanation
    assert again.floor.moved_by_hand == frozenset()


def test_an_order_set_by_hand_before_the_upgrade_keeps_everyone_in_it(
    conn: sqlite3.Connection,
) -> None:
    """A meeting left open with an order saved by an older version (m024): everyone in it
    stays where they were, as that version showed them."""
    from meetingkit.storage.schema import m024_moved_by_hand

    meeting = MeetingStore(conn).create(Meeting("Assembly", dt.date(2026, 11, 21), dt.time(18)))
    ana = PeopleStore(conn).add(Person("Ana", "Lima", profession="RN"))
    bea = PeopleStore(conn).add(Person("Bea", "Kim", profession="RN"))
    clock = ManualClock(T0)
    session = FloorSession(meeting, conn, clock)
    session.add(ana.key, "Ana")
    clock.advance(1)
    session.add(bea.key, "Bea")
    ids = [p.entry.id for p in session.placements()]
    conn.execute("ALTER TABLE floor_settings DROP COLUMN moved_by_hand")
    conn.execute(
        "UPDATE floor_settings SET manual_order = ? WHERE meeting_id = ?",
        [json.dumps(ids[::-1]), meeting.key],
    )
    from sqlite_utils import Database

    m024_moved_by_hand(Database(conn))
    restarted = FloorSession(meeting, conn, ManualClock(T0 + 5))
    assert [(p.entry.name, p.reason) for p in restarted.placements()] == [
        ("Bea", BY_HAND),
        ("Ana", BY_HAND),
    ]
