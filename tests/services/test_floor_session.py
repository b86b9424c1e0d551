import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from meetingkit.core.clock import ManualClock
from meetingkit.core.floor import EntryState, FloorSettings, LogKind, Policy
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.core.stack_entry import EntryKind
from meetingkit.services.floor_session import FloorSession
from meetingkit.storage.floor import FloorStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore

T0 = 1_795_000_000.0


@pytest.fixture
def meeting(conn: sqlite3.Connection) -> Meeting:
    return MeetingStore(conn).create(Meeting("Assembly", dt.date(2026, 11, 21), dt.time(18)))


@pytest.fixture
def people(conn: sqlite3.Connection) -> list[Person]:
    store = PeopleStore(conn)
    return [
        store.add(Person(first, last, profession=prof))
        for first, last, prof in (
            ("Ana", "Lima", "RN"),
            ("Ana", "Ortiz", "MD"),
            ("Bea", "Kim", "RN"),
            ("Cal", "Ng", "CNA"),
            ("Dev", "Roy", "RN"),
            ("Eli", "Fox", "MD"),
            ("Fay", "Ali", "RN"),
        )
    ]


def test_joining_the_stack_marks_present_and_everything_survives_a_restart(
    conn: sqlite3.Connection, meeting: Meeting, people: list[Person]
) -> None:
    clock = ManualClock(T0)
    session = FloorSession(meeting, conn, clock)
    session.set_settings(FloorSettings(Policy.LEAST_AIRTIME_MEETING))
    for p in people[:4]:
        session.add(p.key, p.first_name, p.last_name)
    session.next_speaker()
    clock.advance(42.5)
    session.toggle_pause()
    clock.advance(10)
    session.toggle_pause()
    clock.advance(7.5)
    entries = [p.entry.id for p in session.placements()]
    session.move(entries[-1], 1)

    restarted = FloorSession(meeting, conn, ManualClock(clock.now() + 60))  # killed mid-turn
    assert restarted.floor.settings.policy == Policy.LEAST_AIRTIME_MEETING
    assert {p.person_id for p in restarted.present()} == {p.key for p in people[:4]}
    turn = restarted.floor.current_turn
    assert turn is not None
    assert turn.spoken_ms(restarted.floor.now_ms()) == 42_500 + 7_500 + 60_000  # as saved
    # The app opens the floor: the minute it was closed is left out (last sign: the move)
    assert restarted.leave_out_closed_time() is not None
    turn = restarted.floor.current_turn
    assert turn is not None
    assert turn.paused
    assert turn.spoken_ms(restarted.floor.now_ms()) == 42_500 + 7_500
    assert [p.entry.name for p in restarted.placements()] == [
        p.entry.name for p in session.placements()
    ]
    assert restarted.floor.log[-1].text.startswith("Moved Cal from 3 to 1")


def test_the_log_keeps_each_line_and_its_kind_and_older_lines_count_as_by_hand(
    conn: sqlite3.Connection, meeting: Meeting, people: list[Person]
) -> None:
    session = FloorSession(meeting, conn, ManualClock(T0))
    session.set_settings(FloorSettings(Policy.FEWEST_TURNS))
    first = session.add(people[0].key, people[0].first_name)
    second = session.add(people[2].key, people[2].first_name)
    session.give_floor(second.id)  # ahead of Ana
    session.refuse(session.add(people[3].key, "Cal", kind=EntryKind.DIRECT_RESPONSE).id)
    assert first.state == EntryState.WAITING
    # A line as a version without kinds wrote it
    conn.execute(
        "INSERT INTO floor_log (meeting_id, at_ms, text) VALUES (?, ?, ?)",
        [meeting.key, 5, "Moved Ana from 2 to 1 on the stack"],
    )
    log = FloorSession(meeting, conn, ManualClock(T0 + 60)).floor.log
    assert [(line.kind, line.text) for line in log] == [
        (LogKind.RULE, "Stack rule set to: Fewest turns first"),
        (LogKind.AHEAD, "Gave the floor to Bea ahead of the stack"),
        (LogKind.REFUSE, "Refused a direct response from Cal"),
        (LogKind.BY_HAND, "Moved Ana from 2 to 1 on the stack"),
    ]


def test_names_on_the_stack_are_first_names_with_an_initial_only_for_twins(
    conn: sqlite3.Connection, meeting: Meeting, people: list[Person]
) -> None:
    session = FloorSession(meeting, conn, ManualClock(T0))
    ana_lima, ana_ortiz, bea = people[0], people[1], people[2]
    session.add(bea.key, bea.first_name, bea.last_name)
    session.mark_present(ana_ortiz.key)
    entry = session.add(ana_lima.key, ana_lima.first_name, ana_lima.last_name)
    assert entry.name == "Ana L."
    assert [p.entry.name for p in session.placements()] == ["Bea", "Ana L."]


def test_the_snapshot_is_safe_for_a_projector(
    conn: sqlite3.Connection, meeting: Meeting, people: list[Person]
) -> None:
    """First names only, the next three, and groups under the minimum size left out."""
    clock = ManualClock(T0)
    session = FloorSession(meeting, conn, clock)
    for p in people:
        session.mark_present(p.key)
    PeopleStore(conn).set_categories(people[3].key, ["Night shift"])
    for p in people[2:]:
        session.add(p.key, p.first_name, p.last_name)
    session.next_speaker()
    clock.advance(30)
    snap = session.snapshot()
    assert snap.speaker is not None
    assert snap.speaker.name == "Bea"
    assert snap.next_names == ("Cal", "Dev", "Eli")
    assert snap.waiting == 4
    assert [s.group for s in snap.shares] == [
        "Registered nurse (RN)"
    ]  # 4 RNs; MD (2) and CNA (1) are hidden
    text = repr(snap)
    for private in ("Kim", "Lima", "@", "555"):
        assert private not in text


def test_per_person_airtime_for_the_facilitator(
    conn: sqlite3.Connection, meeting: Meeting, people: list[Person]
) -> None:
    clock = ManualClock(T0)
    session = FloorSession(meeting, conn, clock)
    session.follow_item(7)
    for p, seconds in ((people[1], 90), (people[2], 30)):
        session.add(p.key, p.first_name, p.last_name)
        session.next_speaker()
        clock.advance(seconds)
        session.end_turn()
    rows = session.people_airtime()
    assert [(r.name, r.turns, r.meeting_ms, r.item_ms) for r in rows] == [
        ("Ana Ortiz", 1, 90_000, 90_000),
        ("Bea Kim", 1, 30_000, 30_000),
    ]
    shares = {s.group: s for s in session.shares()}
    assert shares["Physician (MD/DO)"].airtime_share == 0.75


def test_a_turn_the_disk_refuses_is_undone_on_screen_too(
    conn: sqlite3.Connection,
    meeting: Meeting,
    people: list[Person],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A full disk mid-meeting: pressing N must not leave the screen with a new speaker and
    the database without one (a restart then showed a blank speaker still on the stack)."""
    clock = ManualClock(T0)
    session = FloorSession(meeting, conn, clock)
    for p in people[:2]:
        session.add(p.key, p.first_name, p.last_name)
    session.next_speaker()
    clock.advance(120)
    speaking = session.floor.current_turn
    waiting = [p.entry.name for p in session.placements()]

    def full(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(FloorStore, "save", full)
    with pytest.raises(sqlite3.OperationalError):
        session.next_speaker()
    assert session.floor.current_turn == speaking
    assert [p.entry.name for p in session.placements()] == waiting
    monkeypatch.undo()
    session.next_speaker()  # space again
    restarted = FloorSession(meeting, conn, clock)
    assert restarted.floor.current_turn == session.floor.current_turn
    assert [p.entry.name for p in restarted.placements()] == []


def test_after_a_refused_save_the_floor_shows_what_a_restart_would(
    conn: sqlite3.Connection,
    meeting: Meeting,
    people: list[Person],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The floor reloaded after a refused save stays on the agenda item it was on: it showed
    an empty stack (the entries of no item) while people were waiting in the database."""
    clock = ManualClock(T0)
    session = FloorSession(meeting, conn, clock)
    session.follow_item(7)
    for p in people[:3]:
        session.add(p.key, p.first_name, p.last_name)
    session.next_speaker()
    clock.advance(20)

    def full(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(FloorStore, "save", full)
    with pytest.raises(sqlite3.OperationalError):
        session.add(people[3].key, people[3].first_name, people[3].last_name)
    monkeypatch.undo()

    restarted = FloorSession(meeting, conn, clock)
    restarted.follow_item(7)  # a restart follows the agenda, still on item 7
    assert session.floor.item_id == 7
    assert [p.entry for p in session.placements()] == [p.entry for p in restarted.placements()]
    assert [p.entry.name for p in session.placements()] == ["Ana O.", "Bea"]
    assert session.floor.current_turn == restarted.floor.current_turn is not None
    assert session.snapshot() == restarted.snapshot()


def test_the_time_the_app_was_closed_is_nobodys_airtime(
    conn: sqlite3.Connection, meeting: Meeting, people: list[Person]
) -> None:
    """Closed while Ana spoke, opened 20 minutes later: her turn is paused as of the last
    heartbeat, saved so, and the notice says for how long the app was closed."""
    from meetingkit.services.floor_session import RESUME_NOTICE_MS, Resumed

    clock = ManualClock(T0)
    session = FloorSession(meeting, conn, clock)
    session.follow_item(4)
    for p in people[:2]:
        session.add(p.key, p.first_name, p.last_name)
    session.next_speaker()
    clock.advance(40)
    FloorStore(conn).touch(meeting.key, session.floor.now_ms())  # what Sessions.note_alive does
    seen = session.floor.now_ms()
    clock.advance(3)  # the crash, before the next heartbeat

    later = ManualClock(clock.now() + 20 * 60)
    restarted = FloorSession(meeting, conn, later)
    assert restarted.leave_out_closed_time() == Resumed(
        restarted.floor.current_turn.id,  # type: ignore[union-attr]
        "Ana L.",  # as the room tells her from Ana Ortiz, on the stack too
        seen,
        20 * 60_000 + 3_000,
    )
    later.advance(60)
    again = FloorSession(meeting, conn, later)  # what was saved: paused at the heartbeat
    assert again.leave_out_closed_time() is None  # nothing more to leave out
    ledger = again.floor.ledger
    assert ledger.person_ms(people[0].key, again.floor.now_ms()) == 40_000
    assert ledger.item_ms(4, again.floor.now_ms()) == 40_000
    assert again.snapshot().speaker is not None
    assert again.snapshot().speaker.paused  # type: ignore[union-attr]
    again.toggle_pause()  # the facilitator resumes the turn
    later.advance(5)
    assert ledger.person_ms(people[0].key, again.floor.now_ms()) == 45_000

    # Opened again at once (a quick restart, within the heartbeat's reach): it runs on
    FloorStore(conn).touch(meeting.key, again.floor.now_ms())
    later.advance(RESUME_NOTICE_MS / 1000 - 1)
    quick = FloorSession(meeting, conn, later)
    assert quick.leave_out_closed_time() is None
    assert not quick.floor.current_turn.paused  # type: ignore[union-attr]


def test_a_turn_running_while_another_meeting_is_on_screen_is_noted_alive(
    conn: sqlite3.Connection, meeting: Meeting, people: list[Person], data_dir: Path
) -> None:
    """Ana speaks; the facilitator looks up another meeting for ten minutes; the laptop dies.
    Only the time it was off is left out of her turn, not the ten minutes she spoke."""
    from meetingkit.services.sessions import Sessions

    clock = ManualClock(T0)
    sessions = Sessions(conn, clock, data_dir / "meetingkit.db")
    session = sessions.floor(meeting)
    session.add(people[0].key, "Ana")
    session.next_speaker()
    other = MeetingStore(conn).create(Meeting("Other", dt.date(2026, 11, 22), dt.time(9)))
    sessions.floor(other)  # on screen now
    clock.advance(10 * 60)
    sessions.note_alive()
    clock.advance(5 * 60)  # off
    restarted = Sessions(conn, clock, data_dir / "meetingkit.db").floor(meeting)
    resumed = restarted.leave_out_closed_time()
    assert resumed is not None
    assert resumed.gap_ms == 5 * 60_000
    assert restarted.floor.ledger.person_ms(people[0].key, restarted.floor.now_ms()) == 600_000


def test_a_paused_or_ended_turn_has_no_closed_time_to_leave_out(
    conn: sqlite3.Connection, meeting: Meeting, people: list[Person]
) -> None:
    clock = ManualClock(T0)
    session = FloorSession(meeting, conn, clock)
    session.add(people[0].key, "Ana")
    session.next_speaker()
    clock.advance(30)
    session.toggle_pause()
    clock.advance(600)
    restarted = FloorSession(meeting, conn, clock)
    assert restarted.leave_out_closed_time() is None
    assert restarted.floor.ledger.meeting_ms(restarted.floor.now_ms()) == 30_000
    restarted.end_turn()
    FloorStore(conn).touch(meeting.key, restarted.floor.now_ms())  # no turn: nothing to note
    assert FloorSession(meeting, conn, clock).leave_out_closed_time() is None


def test_unheard_entries_are_saved_where_they_went(
    conn: sqlite3.Connection, meeting: Meeting, people: list[Person]
) -> None:
    session = FloorSession(meeting, conn, ManualClock(T0))
    session.follow_item(1)
    for p in people[:2]:
        session.add(p.key, p.first_name, p.last_name)
    assert session.move_unheard(2) == 2
    session.follow_item(2)
    assert session.park_unheard() == 2
    restarted = FloorSession(meeting, conn, ManualClock(T0))
    assert [e.state for e in restarted.floor.entries()] == [EntryState.PARKED] * 2


def test_a_closed_stack_is_remembered(
    conn: sqlite3.Connection, meeting: Meeting, people: list[Person]
) -> None:
    session = FloorSession(meeting, conn, ManualClock(T0))
    session.follow_item(3)
    session.close_stack()
    restarted = FloorSession(meeting, conn, ManualClock(T0))
    restarted.follow_item(3)
    assert restarted.floor.stack_closed
    restarted.add(people[0].key, "Ana", kind=EntryKind.PROCESS)  # still allowed


def test_forgetting_a_person_takes_their_floor_records(
    conn: sqlite3.Connection, meeting: Meeting, people: list[Person]
) -> None:
    clock = ManualClock(T0)
    session = FloorSession(meeting, conn, clock)
    session.add(people[0].key, "Ana", "Lima")
    session.next_speaker()
    clock.advance(5)
    session.end_turn()
    PeopleStore(conn).forget(people[0].key)
    for table in ("attendance", "stack_entries", "turns"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0


def test_the_room_sees_initials_for_whoever_did_not_allow_their_name_to_be_shown(
    conn: sqlite3.Connection, meeting: Meeting
) -> None:
    """The phone form asks "You may show my first name to other attendees (for example on
    the projector)": leaving it unticked keeps the name off the projector."""
    from meetingkit.core.signin import Submission
    from meetingkit.storage.signin import SignInStore

    signins = SignInStore(conn)
    signins.settings(meeting.key)  # the form asks every consent, the name among them

    def sign_in(first: str, last: str, consents: frozenset[str], nonce: str) -> int:
        answers = {"first_name": first, "last_name": last}
        signed, _ = signins.record(
            meeting.key, Submission(answers, consents), nonce,
            source="phone", language="en", now_ms=int(T0 * 1000),
        )  # fmt: skip
        return signed.person_id

    testy = sign_in("Testy", "Noshow", frozenset({"email"}), "n1")
    rosa = sign_in("Rosa", "Diaz", frozenset({"show_name"}), "n2")
    walk_in = PeopleStore(conn).add(Person("Walker", "In")).key  # never asked: named
    session = FloorSession(meeting, conn, ManualClock(T0))
    for pid, first, last in ((testy, "Testy", "Noshow"), (rosa, "Rosa", "Diaz")):
        session.add(pid, first, last)
    session.add(walk_in, "Walker", "In")
    assert session.snapshot().next_names == ("T. N.", "Rosa", "Walker")
    session.next_speaker()
    snapshot = session.snapshot()
    assert snapshot.speaker is not None
    assert snapshot.speaker.name == "T. N."
    assert [p.entry.name for p in session.placements()] == ["Rosa", "Walker"]  # the laptop

    conn.execute("UPDATE signin_settings SET consents = '[\"email\"]'")  # no longer asked
    session.reload_present()
    snapshot = session.snapshot()
    assert snapshot.speaker is not None
    assert snapshot.speaker.name == "Testy"


def test_a_turn_ends_when_the_agenda_moves_on_or_the_meeting_ends(
    conn: sqlite3.Connection, meeting: Meeting, people: list[Person]
) -> None:
    """Time spoken after F8, or after the meeting ended, was added to the old item's airtime
    (ten minutes after the end counted for one person and their profession)."""
    clock = ManualClock(T0)
    session = FloorSession(meeting, conn, clock)
    session.follow_item(7)
    for p in people[:2]:
        session.add(p.key, p.first_name, p.last_name)
    session.next_speaker()
    clock.advance(30)
    session.follow_item(7)  # the same item again (an edit of the agenda): the turn goes on
    assert session.floor.current_turn is not None
    session.follow_item(8)
    assert session.floor.current_turn is None
    clock.advance(600)
    ana = next(r for r in session.people_airtime() if r.person_id == people[0].key)
    assert ana.meeting_ms == 30_000
    session.add(people[1].key, people[1].first_name, people[1].last_name)  # on item 8
    assert session.next_speaker() is not None
    clock.advance(5)
    session.follow_item(None)  # the meeting ended
    clock.advance(600)
    assert session.floor.current_turn is None
    assert sum(r.meeting_ms for r in session.people_airtime()) == 35_000
    restarted = FloorSession(meeting, conn, clock)
    assert restarted.floor.current_turn is None  # saved ended


def test_a_withdrawal_and_whom_a_direct_response_answers_survive_a_restart(
    conn: sqlite3.Connection, meeting: Meeting, people: list[Person]
) -> None:
    clock = ManualClock(T0)
    session = FloorSession(meeting, conn, clock)
    ana, _, bea, cal = people[:4]
    for p in (ana, bea):
        session.add(p.key, p.first_name, p.last_name)
    session.next_speaker()  # Ana (Lima): her twin is not present, so the name is "Ana"
    response = session.add(cal.key, cal.first_name, cal.last_name, EntryKind.DIRECT_RESPONSE)
    bea_entry = next(p.entry.id for p in session.placements() if p.entry.name == "Bea")
    session.withdraw(bea_entry)

    restarted = FloorSession(meeting, conn, ManualClock(T0 + 5))
    assert restarted.floor.entry(response.id).responds_to == response.responds_to
    assert restarted.placements()[0].reason == "Responds to Ana"
    assert [p.entry.name for p in restarted.placements()] == ["Cal"]
    assert restarted.floor.log[-1].kind == LogKind.WITHDRAW
    restarted.put_back(bea_entry)
    again = FloorSession(meeting, conn, ManualClock(T0 + 6))
    assert [p.entry.name for p in again.placements()] == ["Cal", "Bea"]
    assert [line.kind for line in again.floor.log][-2:] == [LogKind.WITHDRAW, LogKind.PUT_BACK]


def test_the_room_reads_the_rule_with_the_groups_lifted_up_or_that_none_are_yet(
    conn: sqlite3.Connection, meeting: Meeting
) -> None:
    session = FloorSession(meeting, conn, ManualClock(T0))
    session.set_settings(FloorSettings(Policy.PRIORITY_GROUPS))
    snap = session.snapshot()
    assert snap.rule == "Priority for chosen groups (none chosen yet)"
    assert snap.explanation.startswith("No group has been chosen yet")
    session.set_settings(FloorSettings(Policy.PRIORITY_GROUPS, priority_groups=frozenset({"CNA"})))
    snap = session.snapshot()
    assert snap.rule == "Priority for chosen groups (CNA)"
    assert snap.explanation == Policy.PRIORITY_GROUPS.explanation
