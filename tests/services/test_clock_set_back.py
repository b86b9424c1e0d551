"""A computer clock set back between a crash and the restart.

Rosa had the floor when the app died; it was started again two minutes later on a computer
whose clock now read an hour earlier. Before, nothing said so: the agenda said "0 s so far",
later items started before the one on, and the next turns were saved an hour before Rosa's,
so the report gave whoever spoke next an hour of airtime. Now the meeting's clock carries on
from the last moment saved, the facilitator is told, and Rosa's turn is paused then."""

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.clock import ManualClock, to_ms
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.services.sessions import Sessions
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.floor import FloorStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore

T0 = 1_795_000_000.0
HOUR = 3600.0


@pytest.fixture
def meeting(conn: sqlite3.Connection) -> Meeting:
    return MeetingStore(conn).create(Meeting("Staffing", dt.date(2026, 11, 21), dt.time(18)))


@pytest.fixture
def people(conn: sqlite3.Connection) -> list[Person]:
    store = PeopleStore(conn)
    return [store.add(Person(n, "Ruiz")) for n in ("Rosa", "Carmen", "Aisha")]


def crash_while_rosa_speaks(
    conn: sqlite3.Connection, meeting: Meeting, people: list[Person], data_dir: Path
) -> None:
    """Run 1: the meeting starts at T0, item 2 at T0+600, Rosa speaks from T0+900, the last
    heartbeat is at T0+930, and the app dies."""
    clock = ManualClock(T0)
    sessions = Sessions(conn, clock, data_dir / "meetingkit.sqlite3")
    agenda = sessions.agenda(meeting)
    for title in ("Check-in", "Staffing survey", "Proposal"):
        agenda.add_item(AgendaItem(title, 20))
    agenda.start_meeting()
    clock.advance(600)
    agenda.advance()
    floor = sessions.floor(meeting)
    floor.follow_item(agenda.run.record.current_item_id)
    for p in people:
        floor.add(p.key, p.first_name, p.last_name)
    clock.advance(300)
    floor.next_speaker()  # Rosa
    clock.advance(30)
    sessions.note_alive()


@pytest.mark.parametrize("floor_first", [False, True])
def test_the_meetings_clock_carries_on_from_the_last_moment_saved_and_says_so(
    conn: sqlite3.Connection,
    meeting: Meeting,
    people: list[Person],
    data_dir: Path,
    floor_first: bool,
) -> None:
    crash_while_rosa_speaks(conn, meeting, people, data_dir)
    last_seen = to_ms(T0 + 930)
    behind = to_ms(HOUR - 120)  # restarted 2 min later, the clock an hour back
    clock = ManualClock(T0 + 930 + 120 - HOUR)
    restarted = Sessions(conn, clock, data_dir / "meetingkit.sqlite3")
    if floor_first:  # whichever the screens open first, both say it
        floor = restarted.floor(meeting)
        agenda = restarted.agenda(meeting)
    else:
        agenda = restarted.agenda(meeting)
        floor = restarted.floor(meeting)

    told = agenda.resumed
    assert told is not None
    assert told.clock_behind_ms == behind
    assert told.gap_ms == 0  # the time it was closed counts as none, never below none
    assert told.last_seen_ms == last_seen
    run = agenda.run
    assert run.meeting_elapsed_ms() == 930_000  # not "0 s so far"
    survey = run.record.current_item_id
    assert survey is not None
    assert run.elapsed_ms(survey) == 330_000

    resumed = floor.leave_out_closed_time()
    assert resumed is not None
    assert resumed.clock_behind_ms == behind
    assert resumed.gap_ms == 0
    assert resumed.last_seen_ms == last_seen
    rosa = people[0].key
    assert floor.floor.ledger.person_ms(rosa, floor.floor.now_ms()) == 30_000  # paused then
    floor.follow_item(survey)  # as the screen does

    clock.advance(10)
    floor.next_speaker()  # Carmen
    clock.advance(20)
    floor.next_speaker()  # Aisha
    clock.advance(5)
    agenda.advance()  # Proposal
    ledger = floor.floor.ledger
    now = floor.floor.now_ms()
    assert ledger.person_ms(rosa, now) == 30_000  # never credited with the jump
    assert ledger.person_ms(people[1].key, now) == 20_000
    assert ledger.person_ms(people[2].key, now) == 5_000

    # What is saved comes in order: no turn, no item starts before the ones saved before it.
    saved = FloorStore(conn).load(meeting.key)
    starts = [t.segments[0][0] for t in sorted(saved.turns, key=lambda t: t.id)]
    assert starts == sorted(starts)
    assert starts[1] >= last_seen
    segments = AgendaStore(conn).run(meeting.key).segments
    assert [s.start_ms for s in segments] == sorted(s.start_ms for s in segments)
    assert segments[-1].start_ms == last_seen + 35_000


def test_a_clock_a_few_seconds_back_is_caught_up_without_a_notice(
    conn: sqlite3.Connection, meeting: Meeting, people: list[Person], data_dir: Path
) -> None:
    """A second or two (the computer's clock corrected by the network since) is nothing to
    tell: the meeting's clock still never goes back."""
    crash_while_rosa_speaks(conn, meeting, people, data_dir)
    clock = ManualClock(T0 + 930 - 2)
    restarted = Sessions(conn, clock, data_dir / "meetingkit.sqlite3")
    agenda = restarted.agenda(meeting)
    assert agenda.resumed is None
    assert agenda.run.now_ms() == to_ms(T0 + 930)


def test_a_meeting_opened_after_it_ended_is_not_told_of_a_restart(
    conn: sqlite3.Connection, meeting: Meeting, people: list[Person], data_dir: Path
) -> None:
    crash_while_rosa_speaks(conn, meeting, people, data_dir)
    clock = ManualClock(T0 + 940)
    Sessions(conn, clock, data_dir / "meetingkit.sqlite3").agenda(meeting).end_meeting()
    later = Sessions(conn, ManualClock(T0 + 940 - HOUR), data_dir / "meetingkit.sqlite3")
    assert later.agenda(meeting).resumed is None
