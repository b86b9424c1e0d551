"""What the room's screen asks of the floor on every clock tick (`FloorSession.snapshot`, five
times a second while the projector is open): the stack placed once, the explanation told who
waits from it, and the speaker's name found without going through every entry the meeting has
ever had (soak test F3: `Floor.waiting()` ran about three times a tick over all of them)."""

import datetime as dt
import sqlite3
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

from meetingkit.core.clock import ManualClock
from meetingkit.core.floor import Floor, FloorSettings, Policy
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.core.stack_entry import EntryKind
from meetingkit.services.floor_session import FloorSession
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore

T0 = 1_795_000_000.0


def counting(monkeypatch: pytest.MonkeyPatch, *names: str) -> Counter[str]:
    """Count the calls of these `Floor` methods from now on."""
    calls: Counter[str] = Counter()

    def counted(name: str, method: Callable[..., Any]) -> Callable[..., Any]:
        def call(self: Floor, *args: Any, **kwargs: Any) -> Any:
            calls[name] += 1
            return method(self, *args, **kwargs)

        return call

    for name in names:
        monkeypatch.setattr(Floor, name, counted(name, getattr(Floor, name)))
    return calls


@pytest.fixture
def session(conn: sqlite3.Connection) -> FloorSession:
    """A meeting three items in: the first two heard out, two waiting and one speaking now,
    the facilitator having moved one of them by hand."""
    meeting = MeetingStore(conn).create(Meeting("Assembly", dt.date(2026, 11, 21), dt.time(18)))
    store = PeopleStore(conn)
    people = [store.add(Person(f, "Ruiz", profession="RN")) for f in ("Ana", "Bea", "Cal", "Dev")]
    clock = ManualClock(T0)
    session = FloorSession(meeting, conn, clock)
    session.set_settings(FloorSettings(Policy.LEAST_AIRTIME_MEETING))
    for item in (1, 2):
        session.follow_item(item)
        for p in people * 3:
            session.add(p.key, p.first_name, p.last_name)
            session.next_speaker()
            clock.advance(30)
            session.end_turn()
    session.follow_item(3)
    for p in people[:3]:
        session.add(p.key, p.first_name, p.last_name)
    session.add(people[3].key, "Dev", kind=EntryKind.CLARIFYING)
    session.next_speaker()  # Dev's question
    session.move(session.placements()[-1].entry.id, 1)
    return session


def test_a_snapshot_places_the_stack_once_and_goes_through_no_past_entries(
    session: FloorSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = counting(monkeypatch, "entries", "waiting", "placements")
    snapshot = session.snapshot()
    assert calls == {"placements": 1, "waiting": 1}
    assert snapshot.speaker is not None
    assert snapshot.speaker.name == "Dev"
    assert snapshot.waiting == 3
    assert snapshot.explanation == session.floor.room_explanation()
    assert "placed someone by hand" in snapshot.explanation
