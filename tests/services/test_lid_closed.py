"""A laptop closed over a break and opened again (suspended): the computer slept.

The meeting's and the item's clocks count the time it slept, as the wall clock does (a
10-minute break is 10 minutes; core.clock.WallAnchoredClock). A turn left speaking as the lid
closed is paused as of then, as one left speaking when the app closed is: the time asleep is
nobody's airtime, and the facilitator resumes the turn (Space) or moves on (N)."""

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.clock import ManualClock, to_ms
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.services.floor_session import FloorSession, Resumed
from meetingkit.services.sessions import Sessions
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore

T0 = 1_795_000_000.0
BREAK_S = 600.0


@pytest.fixture
def meeting(conn: sqlite3.Connection) -> Meeting:
    return MeetingStore(conn).create(Meeting("Assembly", dt.date(2026, 11, 21), dt.time(18)))


@pytest.fixture
def people(conn: sqlite3.Connection) -> list[Person]:
    store = PeopleStore(conn)
    return [store.add(Person(n, "Lima")) for n in ("Ana", "Bea", "Cal")]


def ana_speaks(
    conn: sqlite3.Connection, meeting: Meeting, people: list[Person], clock: ManualClock
) -> FloorSession:
    session = FloorSession(meeting, conn, clock)
    session.follow_item(4)
    for p in people:
        session.add(p.key, p.first_name, p.last_name)
    session.next_speaker()  # Ana, at T0
    clock.advance(40)
    return session


def spoken(session: FloorSession, person: Person) -> int:
    return session.floor.ledger.person_ms(person.key, session.floor.now_ms())


def test_the_agenda_counts_the_break_the_laptop_slept_through(
    conn: sqlite3.Connection, meeting: Meeting, data_dir: Path
) -> None:
    clock = ManualClock(T0)
    agenda = Sessions(conn, clock, data_dir / "meetingkit.sqlite3").agenda(meeting)
    agenda.add_item(AgendaItem("Report-backs", 20))
    agenda.start_meeting()
    clock.advance(300)
    clock.sleep(BREAK_S)
    item = agenda.items[0].key
    assert agenda.run.elapsed_ms(item) == 900_000
    assert agenda.run.meeting_elapsed_ms() == 900_000


def test_a_turn_left_speaking_as_the_lid_closed_is_paused_then(
    conn: sqlite3.Connection, meeting: Meeting, people: list[Person]
) -> None:
    clock = ManualClock(T0)
    session = ana_speaks(conn, meeting, people, clock)
    assert session.leave_out_sleep() is None  # awake: nothing to leave out
    clock.sleep(BREAK_S)
    clock.advance(2)  # opened again; the floor's next tick
    turn = session.floor.current_turn
    assert turn is not None
    assert session.leave_out_sleep() == Resumed(
        turn.id, "Ana", to_ms(T0 + 40), to_ms(BREAK_S), asleep=True
    )
    assert spoken(session, people[0]) == 40_000  # not 10 min 42 s
    assert session.leave_out_sleep() is None  # told once
    saved = FloorSession(meeting, conn, clock)  # as saved: paused as the lid closed
    turn = saved.floor.current_turn
    assert turn is not None
    assert turn.paused
    assert spoken(saved, people[0]) == 40_000
    session.toggle_pause()  # Space: she goes on
    clock.advance(5)
    assert spoken(session, people[0]) == 45_000


@pytest.mark.parametrize("key", ["next_speaker", "end_turn", "toggle_pause"])
def test_a_key_pressed_before_the_floor_noticed_the_sleep_charges_none_of_it(
    conn: sqlite3.Connection, meeting: Meeting, people: list[Person], key: str
) -> None:
    """N, Space or the end of the turn as the lid opens, before the floor's next tick: the
    time asleep is left out first. Space then leaves the turn paused, as the screen showed it
    speaking when the lid closed (the key meant to pause it)."""
    clock = ManualClock(T0)
    session = ana_speaks(conn, meeting, people, clock)
    clock.sleep(BREAK_S)
    getattr(session, key)()
    assert spoken(session, people[0]) == 40_000
    turn = session.floor.ledger.turns[0]
    assert not turn.speaking
    if key == "next_speaker":
        clock.advance(3)
        assert spoken(session, people[1]) == 3_000  # Bea's turn starts as the lid opened


def test_a_sleep_while_nobody_spoke_or_before_the_turn_changes_nothing(
    conn: sqlite3.Connection, meeting: Meeting, people: list[Person]
) -> None:
    clock = ManualClock(T0)
    session = ana_speaks(conn, meeting, people, clock)
    session.toggle_pause()  # paused before the break
    clock.sleep(BREAK_S)
    assert session.leave_out_sleep() is None
    session.toggle_pause()  # resumed after it
    clock.advance(5)
    assert session.leave_out_sleep() is None
    assert spoken(session, people[0]) == 45_000
    session.end_turn()
    clock.sleep(BREAK_S)  # nobody on the floor
    assert session.leave_out_sleep() is None


def test_a_save_the_database_refuses_is_said_once_not_on_every_tick(
    conn: sqlite3.Connection,
    meeting: Meeting,
    people: list[Person],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from meetingkit.storage.floor import FloorStore

    clock = ManualClock(T0)
    session = ana_speaks(conn, meeting, people, clock)
    clock.sleep(BREAK_S)

    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(FloorStore, "save", full_disk)
    with pytest.raises(sqlite3.OperationalError):
        session.leave_out_sleep()
    assert session.leave_out_sleep() is None  # the next tick does not ask again


def test_on_the_computers_own_clocks(
    conn: sqlite3.Connection,
    meeting: Meeting,
    people: list[Person],
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The app's clock on Linux's steady clocks, the lid closed 10 minutes into an item while
    Ana speaks: the item and the meeting have run 10 minutes more, Ana has not."""
    import sys
    import time

    from meetingkit.core.clock import WallAnchoredClock

    if sys.platform != "linux":
        pytest.skip("Linux's clocks")
    awake, asleep = [100.0], [0.0]  # CLOCK_MONOTONIC stops while asleep; CLOCK_BOOTTIME not
    monkeypatch.setattr(time, "monotonic", lambda: awake[0])
    monkeypatch.setattr(time, "clock_gettime", lambda _which: awake[0] + asleep[0])
    clock = WallAnchoredClock(wall=lambda: T0)
    sessions = Sessions(conn, clock, data_dir / "meetingkit.sqlite3")
    agenda = sessions.agenda(meeting)
    agenda.add_item(AgendaItem("Report-backs", 30))
    agenda.start_meeting()
    floor = sessions.floor(meeting)
    floor.follow_item(agenda.items[0].key)
    for p in people:
        floor.add(p.key, p.first_name, p.last_name)
    floor.next_speaker()
    awake[0] += 40
    floor.floor.now_ms()  # the floor's last tick before the lid closes
    asleep[0] += BREAK_S
    awake[0] += 2
    slept = floor.leave_out_sleep()
    assert slept is not None
    assert slept.gap_ms == to_ms(BREAK_S)
    assert spoken(floor, people[0]) == 40_000
    assert agenda.run.elapsed_ms(agenda.items[0].key) == 642_000
    assert agenda.run.meeting_elapsed_ms() == 642_000


def test_a_sleep_is_not_told_as_the_app_closed_while_the_meeting_ran(
    conn: sqlite3.Connection, meeting: Meeting, data_dir: Path
) -> None:
    """The start screen reads what's next as the lid opens, before the app's next heartbeat:
    the meeting this app has open was asleep, not interrupted ("meetingkit closed while this
    meeting was running")."""
    from meetingkit.services.whats_next import whats_next

    clock = ManualClock(T0)
    sessions = Sessions(conn, clock, data_dir / "meetingkit.sqlite3")
    agenda = sessions.agenda(meeting)
    agenda.add_item(AgendaItem("Report-backs", 30))
    agenda.start_meeting()
    clock.advance(4)
    sessions.note_alive()
    clock.advance(3)
    clock.sleep(BREAK_S)
    clock.advance(2)
    assert whats_next(conn, clock).interrupted is None
    # Killed as it woke (no heartbeat since) and started again a minute later: that minute is
    # the app closed, and said
    restarted = ManualClock(clock.now() + 60)
    interrupted = whats_next(conn, restarted).interrupted
    assert interrupted is not None
    assert interrupted.resumed.last_seen_ms == to_ms(T0 + 4)
