"""Two people with the same first name on the stack: the projector, the stack and the floor
call them "Daniel R." and "Daniel M.", however late the second one arrived (qa12b F8)."""

import datetime as dt
import sqlite3

from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.services.floor_session import FloorSession
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore

T0 = 1_795_000_000.0


def test_a_second_daniel_gives_both_their_initial_everywhere(conn: sqlite3.Connection) -> None:
    meeting = MeetingStore(conn).create(Meeting("Assembly", dt.date(2026, 11, 21), dt.time(18)))
    store = PeopleStore(conn)
    rivera = store.add(Person("Daniel", "Rivera"))
    moreno = store.add(Person("Daniel", "Moreno"))
    rosa = store.add(Person("Rosa", "Cruz"))
    clock = ManualClock(T0)
    session = FloorSession(meeting, conn, clock)
    session.follow_item(1)
    session.add(rosa.key, "Rosa", "Cruz")
    session.add(rivera.key, "Daniel", "Rivera")  # alone: just "Daniel"
    assert session.snapshot().next_names == ("Rosa", "Daniel")

    session.add(moreno.key, "Daniel", "Moreno")  # a second Daniel arrives
    assert session.snapshot().next_names == ("Rosa", "Daniel R.", "Daniel M.")
    assert [session.floor.name_of(p.entry) for p in session.placements()] == [
        "Rosa",
        "Daniel R.",
        "Daniel M.",
    ]
    session.next_speaker()
    session.next_speaker()  # Daniel Rivera has the floor
    assert session.snapshot().speaker is not None
    assert session.snapshot().speaker.name == "Daniel R."
    assert session.floor.speaking_name(rivera.key) == "Daniel R."
    withdrawn = session.placements()[0].entry.id
    session.withdraw(withdrawn)
    assert session.floor.log[-1].text == "Took Daniel M. off the stack"

    session.mark_absent(moreno.key)  # gone home: no clash left
    assert session.floor.speaking_name(rivera.key) == "Daniel"
    restarted = FloorSession(meeting, conn, clock)  # a restart reads them the same
    assert restarted.floor.speaking_name(rivera.key) == "Daniel"
