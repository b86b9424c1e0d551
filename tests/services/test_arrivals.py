"""The Sign-in tab's list, kept up to date as people arrive (services.arrivals): after each
sign-in the server saves or fixes, only that person's sign-ins are read again, and the list
and the first-timers are exactly what reading everything again gives. Anything else (a
sign-in taken back, the app's own writes, a while gone by) reads everything again."""

import datetime as dt
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.core.signin import FormSettings, check_submission
from meetingkit.services.arrivals import FULL_EVERY_S, Arrivals
from meetingkit.services.data_dir import database_path
from meetingkit.services.sessions import Sessions
from meetingkit.services.signin_session import SignInSession
from meetingkit.storage import open_db
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.first_timers import first_timers
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.signin import SignedIn, SignInStore

FORM = FormSettings(("first_name", "last_name", "phone", "profession", "first_time"))


class Server:
    """Writes as the sign-in server does: on a connection of its own."""

    def __init__(self, db: Path, meeting_id: int) -> None:
        self.conn = open_db(db)
        self.store = SignInStore(self.conn)
        self.meeting_id = meeting_id
        self.now_ms = 1_800_000_000_000

    def signs_in(self, first: str, phone: str = "", **answers: str) -> SignedIn:
        self.now_ms += 1000
        given = {"first_name": first, "last_name": "Example", "phone": phone, **answers}
        signed, _ = self.store.record(
            self.meeting_id,
            check_submission(given, FORM),
            f"nonce-{self.now_ms}",
            source="phone",
            language="en",
            now_ms=self.now_ms,
        )
        return signed

    def fixes(self, signed: SignedIn, **answers: str) -> SignedIn:
        given = {"first_name": signed.first_name, "last_name": "Example", **answers}
        return self.store.correct(signed, check_submission(given, FORM), self.now_ms)

    def takes_back(self, signed: SignedIn) -> None:
        self.store.withdraw(signed, self.now_ms)


@pytest.fixture
def session(conn: sqlite3.Connection, data_dir: Path) -> SignInSession:
    meetings = MeetingStore(conn)
    october = meetings.create(Meeting("October", dt.date(2026, 10, 15), dt.time(18)))
    meeting = meetings.create(Meeting("November", dt.date(2026, 11, 21), dt.time(18)))
    store = SignInStore(conn)
    store.save_settings(replace(store.settings(meeting.key), form=FORM))
    people = PeopleStore(conn)
    regular = people.add(Person("Rosa", "Regular", phone="3125550100"))
    AttendanceStore(conn).mark_present(october.key, regular.key, 0, "manual")
    people.add(Person("Ana", "Known", phone="3125550101"))
    return SignInSession(meeting, conn, database_path(data_dir), ManualClock(1.8e9))


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _as_read_in_full(arrivals: Arrivals, conn: sqlite3.Connection) -> None:
    """What reading everything again gives (as the tab did for each burst of arrivals)."""
    meeting_id = arrivals.session.meeting.key
    assert arrivals.signed == SignInStore(conn).signed_in(meeting_id)
    assert arrivals.first_timers == first_timers(conn, meeting_id)


def test_after_each_sign_in_only_its_person_is_read_again_and_the_list_is_the_same(
    session: SignInSession,
    data_dir: Path,
    conn: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = Server(database_path(data_dir), session.meeting.key)
    for n in range(5):
        server.signs_in(f"Early{n}", f"31255502{n:02d}", first_time="yes")
    arrivals = Arrivals(session, Clock())
    arrivals.read()
    _as_read_in_full(arrivals, conn)

    read_in_full: list[str] = []
    for name in ("signed_in", "first_timers"):
        real = getattr(session, name)

        def whole(*args, real=real, name=name):  # type: ignore[no-untyped-def]
            if not args:
                read_in_full.append(name)
            return real(*args)

        monkeypatch.setattr(session, name, whole)

    steps = [
        lambda: [server.signs_in("Lan", "3125550199", first_time="yes")],  # new to the list
        lambda: [server.signs_in("Rosa", "3125550100")],  # came before: no ★
        lambda: [server.signs_in("Ana", "3125550101", first_time="no")],  # known, said no
        lambda: [server.signs_in("Ana", "3125550101", first_time="yes")],  # again: now yes
        lambda: [  # a burst: three at once, one of them twice
            server.signs_in("Dele", "3125550177"),
            server.signs_in("Chen", "3125550178", first_time="no"),
            server.signs_in("Dele", "3125550177", profession="RN"),
        ],
    ]
    for step in steps:
        for signed in step():
            arrivals.note(signed.id)
        assert arrivals.update()  # in part
        _as_read_in_full(arrivals, conn)
    assert read_in_full == []
    firsts = {s.first_name for s in arrivals.signed if s.person_id in arrivals.first_timers}
    assert firsts == {"Early0", "Early1", "Early2", "Early3", "Early4", "Lan", "Ana", "Dele"}

    # Fixed on the phone: the name they gave is corrected (their own new record), and the
    # first-time answer with it
    lan = next(s for s in arrivals.signed if s.first_name == "Lan")
    arrivals.note(server.fixes(lan, first_name="Lan-Mei", first_time="no").id)
    assert arrivals.update()
    _as_read_in_full(arrivals, conn)
    (lan,) = [s for s in arrivals.signed if s.first_name == "Lan-Mei"]
    assert lan.person_id not in arrivals.first_timers
    assert read_in_full == []
    server.conn.close()


def test_anything_else_reads_everything_again(
    session: SignInSession, data_dir: Path, conn: sqlite3.Connection
) -> None:
    server = Server(database_path(data_dir), session.meeting.key)
    kept = server.signs_in("Lan", "3125550199")
    clock = Clock()
    arrivals = Arrivals(session, clock)
    assert not arrivals.update()  # never read: in full
    _as_read_in_full(arrivals, conn)

    # Taken back from the phone: the person it made is forgotten
    server.takes_back(kept)
    arrivals.read_all_next()
    assert not arrivals.update()
    _as_read_in_full(arrivals, conn)
    assert arrivals.signed == []

    # The app writes itself: someone marked present from the stack, a name corrected
    dele = server.signs_in("Dele", "3125550177")
    arrivals.note(dele.id)
    assert arrivals.update()
    people = PeopleStore(conn)
    people.update(replace(people.get(dele.person_id), first_name="Adele"))
    assert not arrivals.update()
    _as_read_in_full(arrivals, conn)
    assert [s.first_name for s in arrivals.signed] == ["Adele"]

    # Nothing reported for a minute: read in full all the same (another program may write)
    clock.now += FULL_EVERY_S
    assert not arrivals.update()
    assert arrivals.update()
    server.conn.close()


def test_the_heartbeat_and_the_floors_saves_do_not_read_everything_again(
    session: SignInSession, data_dir: Path, conn: sqlite3.Connection
) -> None:
    """While a turn is on, the app notes it alive every 5 s and the floor saves each change
    of the stack: neither says who signed in, so arrivals between them are read in part."""
    clock = ManualClock(1.8e9)
    sessions = Sessions(conn, clock, database_path(data_dir))
    meeting = session.meeting
    server = Server(database_path(data_dir), meeting.key)
    rosa = server.signs_in("Rosa", "3125550100")
    floor = sessions.floor(meeting)
    arrivals = Arrivals(sessions.signin(meeting), Clock())
    arrivals.read()

    # The floor saves: Rosa is given the floor
    before = conn.total_changes
    floor.add(rosa.person_id, "Rosa", "Regular")
    floor.next_speaker()
    assert conn.total_changes > before
    arrivals.note(server.signs_in("Lan", "3125550199", first_time="yes").id)
    assert arrivals.update()  # in part
    _as_read_in_full(arrivals, conn)

    # The heartbeat, then the floor again (the turn paused), between two arrivals
    before = conn.total_changes
    clock.advance(5)
    sessions.note_alive()
    assert conn.total_changes > before
    arrivals.note(server.signs_in("Dele", "3125550177").id)
    assert arrivals.update()
    floor.toggle_pause()
    clock.advance(5)
    sessions.note_alive()
    arrivals.note(server.signs_in("Chen", "3125550178", first_time="no").id)
    assert arrivals.update()
    _as_read_in_full(arrivals, conn)

    # Any other write of the app's still reads everything: someone marked present from the
    # floor (whether they are here for the first time may change), a name corrected
    walk_in = PeopleStore(conn).add(Person("Walk", "In"))
    assert not arrivals.update()
    floor.mark_present(walk_in.key)
    assert not arrivals.update()
    _as_read_in_full(arrivals, conn)
    server.conn.close()
