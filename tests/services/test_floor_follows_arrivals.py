"""The floor follows the room as people arrive (services.floor_room): after each sign-in the
server saves or fixes, only that person is read again — whether they are here, as whom, in
which groups, whether the room may see their name — and what the floor shows and counts of
the room (the names it tells people apart by, who is present in what order, the groups and
their sizes, airtime by group and per person, the projector's snapshot) is exactly what
reading the whole room again gives, on randomized sequences of arrivals, fixes, takings back,
the floor's own changes and the app's. Anything else (a sign-in taken back, the app's own
writes but the floor's and its heartbeat's, a minute gone by) reads everything again."""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from meetingkit.core.clock import ManualClock
from meetingkit.core.floor import EntryState, FloorError, StackEntry
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person, canonical_profession, room_names
from meetingkit.core.signin import FormSettings, check_submission, group_field
from meetingkit.core.stack_entry import EntryKind
from meetingkit.services.data_dir import database_path
from meetingkit.services.floor_room import FULL_EVERY_S
from meetingkit.services.floor_session import FloorSession, PersonAirtime
from meetingkit.services.sessions import Sessions
from meetingkit.storage import open_db
from meetingkit.storage.attendance import AttendanceStore, Present
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.signin import SignedIn, SignInStore

FORM = FormSettings(
    ("first_name", "last_name", "phone", "profession"), groups=("Night shift", "Spanish")
)
TODAY = dt.date.today()
T0 = dt.datetime.combine(TODAY, dt.time(18, 30)).timestamp()
FIRST_NAMES = ("Daniel", "Dániel", "daniel ", "Ana", "Rosa", "Lan", "Chen")
LAST_NAMES = ("Ruiz", "Moreno", "Kim", "", "Ng")
PROFESSIONS = ("", "RN", "Registered nurse (RN)", "CNA", "Pharmacist")


class Server:
    """Writes as the sign-in server does: on a connection of its own."""

    def __init__(self, db: Path, meeting_id: int) -> None:
        self.conn = open_db(db)
        self.store = SignInStore(self.conn)
        self.meeting_id = meeting_id
        self.now_ms = int(T0 * 1000)

    def _form(
        self, first: str, last: str, phone: str, profession: str, shown: bool, groups: set[str]
    ) -> dict[str, str]:
        form = {"first_name": first, "last_name": last, "phone": phone, "profession": profession}
        if shown:
            form["consent_show_name"] = "yes"
        form |= {group_field(n): g for n, g in enumerate(FORM.groups, 1) if g in groups}
        return form

    def signs_in(
        self,
        first: str,
        last: str,
        phone: str,
        profession: str = "",
        *,
        shown: bool = True,
        groups: set[str] | None = None,
    ) -> SignedIn:
        self.now_ms += 1000
        form = self._form(first, last, phone, profession, shown, groups or set())
        signed, _ = self.store.record(
            self.meeting_id,
            check_submission(form, FORM),
            f"nonce-{self.now_ms}",
            source="phone",
            language="en",
            now_ms=self.now_ms,
        )
        return signed

    def fixes(
        self,
        signed: SignedIn,
        first: str,
        last: str,
        phone: str,
        profession: str = "",
        *,
        shown: bool = True,
        groups: set[str] | None = None,
    ) -> SignedIn:
        form = self._form(first, last, phone, profession, shown, groups or set())
        return self.store.correct(signed, check_submission(form, FORM), self.now_ms)

    def takes_back(self, signed: SignedIn) -> None:
        self.store.withdraw(signed, self.now_ms)


@pytest.fixture
def meeting(conn: sqlite3.Connection) -> Meeting:
    meeting = MeetingStore(conn).create(Meeting("Assembly", TODAY, dt.time(18)))
    store = SignInStore(conn)
    store.save_settings(replace(store.settings(meeting.key), form=FORM))
    return meeting


@pytest.fixture
def sessions(conn: sqlite3.Connection, data_dir: Path) -> Sessions:
    return Sessions(conn, ManualClock(T0), database_path(data_dir))


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _following(
    sessions: Sessions, meeting: Meeting, monkeypatch: pytest.MonkeyPatch
) -> tuple[FloorSession, Clock, list[int]]:
    """The floor as the app opens it, its room on a clock of the test's, and a list that
    grows by one each time the whole room is read."""
    floor = sessions.floor(meeting)
    room = floor._room
    clock = Clock()
    room._clock = clock
    reads: list[int] = []
    real = room.read

    def read_all() -> set[int]:
        reads.append(1)
        return real()

    monkeypatch.setattr(room, "read", read_all)
    return floor, clock, reads


def _shown(floor: FloorSession) -> dict[str, object]:
    """What the floor shows and counts of the room."""
    present = floor.present()
    entries = floor.floor.entries()
    everyone = {p.person_id for p in present} | {e.person_id for e in entries}
    return {
        "present": present,
        "groups": {pid: floor.groups_of(pid) for pid in sorted(everyone)},
        "stack names": [floor.floor.name_of(e) for e in entries],
        "room names": {
            p.person_id: floor.room_name(p.person_id, p.first_name, p.last_name) for p in present
        },
        "on the projector": {
            p.person_id: floor.shown_to_room(p.person_id, p.first_name) for p in present
        },
        "shares": floor.shares(),
        "shown shares": floor.shown_shares(),
        "airtime": floor.people_airtime(),
        "snapshot": floor.snapshot(),
    }


def _as_read_in_full(floor: FloorSession, conn: sqlite3.Connection) -> None:
    """The floor's room is what reading it all again gives: a floor opened afresh, and the
    room worked out from the data as the floor did before it followed arrivals."""
    fresh = FloorSession(floor.meeting, conn, floor.floor._clock)
    assert _shown(floor) == _shown(fresh)
    meeting_id = floor.meeting.key
    everyone = AttendanceStore(conn).present(meeting_id)
    assert {p.person_id: p for p in floor.present()} == {p.person_id: p for p in everyone}
    groups = {
        p.person_id: frozenset(
            ({canonical_profession(p.profession)} if p.profession.strip() else set()) | p.categories
        )
        for p in everyone
    }
    assert {p.person_id: floor.groups_of(p.person_id) for p in everyone} == groups
    now, ledger = floor.floor.now_ms(), floor.floor.ledger
    assert floor.shares() == ledger.group_shares(groups, groups, now)
    assert floor.people_airtime() == _airtime_as_read_in_full(floor, everyone)
    named = room_names((p.person_id, p.first_name, p.last_name) for p in everyone)
    assert {pid: floor.floor.name_of(_entry(pid)) for pid in named} == named
    withheld = SignInStore(conn).names_withheld(meeting_id)
    for p in everyone:
        initials = floor.shown_to_room(p.person_id, p.first_name) != p.first_name
        assert initials == (p.person_id in withheld and bool(p.first_name.strip()))
    here = {p.person_id for p in everyone}
    for e in floor.floor.entries():  # on the stack, and marked absent since: still withheld
        if e.person_id not in here:
            for session in (floor, fresh):
                initials = session.shown_to_room(e.person_id, "Name") == "N."
                assert initials == (e.person_id in withheld)


def _airtime_as_read_in_full(floor: FloorSession, everyone: list[Present]) -> list[PersonAirtime]:
    """Airtime per person worked out for everyone present and everyone who spoke, as the
    floor did for each change before it kept the rows of those who have not spoken."""
    now, ledger, item = floor.floor.now_ms(), floor.floor.ledger, floor.floor.item_id
    totals = ledger.by_person(now)
    present = {p.person_id: p for p in everyone}
    rows = []
    for pid in set(totals) | set(present):
        p = present.get(pid)
        theirs = floor.floor.entries_of(pid)
        name = p.display_name if p else (theirs[0].name if theirs else "?")
        profession = canonical_profession(p.profession) if p else ""
        rows.append(
            PersonAirtime(
                pid,
                name,
                profession,
                ledger.turn_count(pid),
                totals.get(pid, 0),
                ledger.person_ms(pid, now, item, whole_meeting=False),
            )
        )
    return sorted(rows, key=lambda r: (-r.meeting_ms, r.name.casefold(), r.person_id))


def _entry(person_id: int) -> StackEntry:
    """A stack entry of the person, for `Floor.name_of`, which names them as the room does."""
    return StackEntry(0, person_id, "?", EntryKind.GENERAL, None, 0, EntryState.WAITING)


def _who(floor: FloorSession) -> dict[int, tuple[object, ...]]:
    """Each person present or on the stack as the room has them."""
    shown = _shown(floor)
    present = {p.person_id: p for p in floor.present()}
    names = shown["room names"]
    assert isinstance(names, dict)
    return {
        pid: (
            present.get(pid),
            floor.groups_of(pid),
            names.get(pid),
            floor.shown_to_room(pid, "Name"),
        )
        for pid in set(present) | {e.person_id for e in floor.floor.entries()}
    }


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_after_each_arrival_only_its_person_is_read_and_the_floor_is_as_read_in_full(
    seed: int,
    sessions: Sessions,
    meeting: Meeting,
    conn: sqlite3.Connection,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rng = random.Random(seed)
    server = Server(database_path(data_dir), meeting.key)
    people = PeopleStore(conn)
    directory = [people.add(Person(f"Known{n}", "Person", profession="RN")) for n in range(4)]
    signed: dict[int, SignedIn] = {}  # the sign-ins not taken back, as last saved
    phones = iter(range(1000))
    for _ in range(12):  # the room before the floor opens
        answer = server.signs_in(
            rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES), f"312555{next(phones):04d}"
        )
        signed[answer.id] = answer
    floor, _room_clock, reads = _following(sessions, meeting, monkeypatch)
    clock = sessions.clock
    assert isinstance(clock, ManualClock)
    _as_read_in_full(floor, conn)

    def arrives() -> None:
        """Someone new, someone here again, or a sign-in fixed on the phone."""
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        profession, shown = rng.choice(PROFESSIONS), rng.random() < 0.7
        groups = set(rng.sample(FORM.groups, rng.randint(0, 2)))
        roll = rng.random()
        if signed and roll < 0.25:  # here again, perhaps not allowing their name this time
            again = rng.choice(list(signed.values()))
            typed, _ = server.store.given(again)
            first, last = typed.get("first_name", again.first_name), typed.get("last_name", "")
            phone = typed.get("phone", "")
            answer = server.signs_in(first, last, phone, profession, shown=shown, groups=groups)
        elif signed and roll < 0.45:  # fixed: another name (a second Daniel), groups…
            fixed = rng.choice(list(signed.values()))
            phone = f"312555{next(phones):04d}"
            answer = server.fixes(fixed, first, last, phone, profession, shown=shown, groups=groups)
        else:
            phone = f"312555{next(phones):04d}"
            answer = server.signs_in(first, last, phone, profession, shown=shown, groups=groups)
        signed[answer.id] = answer
        floor.note_arrival(answer.person_id)

    def the_floor_acts() -> None:
        """The facilitator: someone on the stack (marked present), a turn, someone absent."""
        present = floor.present()
        roll = rng.random()
        if roll < 0.4 or not present:
            kind = rng.choice([EntryKind.GENERAL, EntryKind.PROCESS, EntryKind.DIRECT_RESPONSE])
            if rng.random() < 0.3 or not present:
                who = rng.choice(directory)
                first, last, pid = who.first_name, who.last_name, who.key
            else:
                p = rng.choice(present)
                first, last, pid = p.first_name, p.last_name, p.person_id
            with contextlib.suppress(FloorError):  # a direct response with nobody speaking
                floor.add(pid, first, last, kind)  # marks them present
        elif roll < 0.8:
            if floor.floor.waiting():
                floor.next_speaker()
                clock.advance(rng.choice([0, 0, 5, 42, 90]))  # some turns of no time
                if rng.random() < 0.7:
                    floor.end_turn()
        else:
            floor.mark_absent(rng.choice(present).person_id)  # their airtime stays

    for _step in range(40):
        reads.clear()
        if rng.random() < 0.6:  # a burst at the door: who changed is said
            before = _who(floor)
            for _ in range(rng.randint(1, 3)):
                arrives()
            changed = floor.follow_room()
            after = _who(floor)
            assert {p for p in set(before) | set(after) if before.get(p) != after.get(p)} <= changed
        else:  # the floor at work, and perhaps someone arriving meanwhile
            the_floor_acts()
            if rng.random() < 0.5:
                arrives()
            if rng.random() < 0.5:
                sessions.note_alive()  # the heartbeat writes too: nobody's presence
            floor.follow_room()
        assert reads == []  # only the people reported, and the floor's own changes
        _as_read_in_full(floor, conn)

        if rng.random() < 0.15:  # taken back on the phone: read in full
            server.takes_back(signed.pop(rng.choice(list(signed))))
            floor.note_taken_back()
            floor.follow_room()
            assert reads == [1]
            _as_read_in_full(floor, conn)
            kept = {r[0] for r in server.conn.execute("SELECT id FROM signins")}
            signed = {i: s for i, s in signed.items() if i in kept}
    server.conn.close()


def test_anything_else_reads_the_whole_room_again(
    sessions: Sessions,
    meeting: Meeting,
    conn: sqlite3.Connection,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = Server(database_path(data_dir), meeting.key)
    dani = server.signs_in("Daniel", "Ruiz", "3125550100")
    floor, room_clock, reads = _following(sessions, meeting, monkeypatch)

    # The app writes itself (a name corrected, a merge, a walk-in): nothing is noted, and
    # everything is read again
    people = PeopleStore(conn)
    people.update(replace(people.get(dani.person_id), first_name="Dani"))
    assert floor.follow_room() == {dani.person_id}
    assert reads == [1]
    assert floor.room_name(dani.person_id, "Dani", "Ruiz") == "Dani"
    _as_read_in_full(floor, conn)

    # Another program writes to the data (nothing reports it): read within the minute
    other = open_db(database_path(data_dir))
    other.execute("UPDATE people SET first_name = 'Daniela' WHERE id = ?", [dani.person_id])
    other.commit()
    assert floor.follow_room() == set()
    room_clock.now += FULL_EVERY_S
    assert floor.follow_room() == {dani.person_id}
    assert reads == [1, 1]
    _as_read_in_full(floor, conn)
    other.close()

    # The heartbeat and the floor's own saves do not make it read everything
    clock = sessions.clock
    assert isinstance(clock, ManualClock)
    floor.add(dani.person_id, "Daniela", "Ruiz")
    floor.next_speaker()
    clock.advance(5)
    sessions.note_alive()  # the turn on the floor is noted alive
    second = server.signs_in("Daniela", "Moreno", "3125550101")
    floor.note_arrival(second.person_id)
    assert floor.follow_room() == {dani.person_id, second.person_id}  # "Daniela R." now
    assert reads == [1, 1]
    assert [floor.floor.name_of(e) for e in floor.floor.entries()] == ["Daniela R."]
    _as_read_in_full(floor, conn)
    server.conn.close()


def test_someone_who_did_not_allow_their_name_keeps_it_withheld_once_marked_absent(
    sessions: Sessions, meeting: Meeting, conn: sqlite3.Connection, data_dir: Path
) -> None:
    """Marked absent while on the stack, they stay on it, and the room still sees only their
    initial: whether the floor followed them or read the room afresh."""
    server = Server(database_path(data_dir), meeting.key)
    testy = server.signs_in("Testy", "Noshow", "3125550100", shown=False)
    floor = sessions.floor(meeting)
    floor.add(testy.person_id, "Testy", "Noshow")
    floor.mark_absent(testy.person_id)
    for session in (floor, FloorSession(meeting, conn, sessions.clock)):
        assert session.present() == []
        assert session.snapshot().next_names == ("T.",)
    server.conn.close()
