"""Sign-in served when the app stopped without closing it (a crash, a flat battery): the
data remembers where it was served, until it is closed, so the next start can say so and open
it again on the same address and port (the QR code on the projector and the poster)."""

import datetime as dt
import socket
import sqlite3
from pathlib import Path

import pytest

from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.services.agenda_session import AgendaSession
from meetingkit.services.data_dir import database_path
from meetingkit.services.privacy import purge_meeting
from meetingkit.services.signin_server import NoEvents
from meetingkit.services.signin_session import SignInSession
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.signin import Serving, SignInStore

NOW = dt.datetime(2026, 11, 21, 19, 0).timestamp()


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(NOW)


def _meeting(conn: sqlite3.Connection, title: str = "Night shift assembly") -> Meeting:
    return MeetingStore(conn).create(Meeting(title, dt.date(2026, 11, 21), dt.time(19)))


def _session(
    conn: sqlite3.Connection, data_dir: Path, clock: ManualClock, meeting: Meeting
) -> SignInSession:
    return SignInSession(meeting, conn, database_path(data_dir), clock)


def _crash(session: SignInSession) -> None:
    """The process dies: its server stops, and nothing is closed or forgotten."""
    server = session._server
    assert server is not None
    server.stop()


def _crashed_while_serving(
    conn: sqlite3.Connection, data_dir: Path, clock: ManualClock, meeting: Meeting
) -> None:
    """Sign-in opened for `meeting` on a free port, and then the process died."""
    crashed = _session(conn, data_dir, clock, meeting)
    crashed.open("127.0.0.1", 0, NoEvents())
    _crash(crashed)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_serving_is_noted_with_its_address_and_forgotten_when_closed(
    conn: sqlite3.Connection, data_dir: Path, clock: ManualClock
) -> None:
    meeting = _meeting(conn)
    store = SignInStore(conn)
    session = _session(conn, data_dir, clock, meeting)
    assert store.noted_serving(meeting.key) is None
    session.open("127.0.0.1", 0, NoEvents())
    port = session._server.port  # type: ignore[union-attr]
    assert store.noted_serving(meeting.key) == Serving("127.0.0.1", port)
    assert session.was_serving() is None  # it serves now: nothing to open again
    session.close()
    assert store.noted_serving(meeting.key) is None


def test_a_crash_leaves_the_note_and_the_next_session_opens_it_on_the_same_port(
    conn: sqlite3.Connection, data_dir: Path, clock: ManualClock
) -> None:
    meeting = _meeting(conn)
    port = _free_port()
    first = _session(conn, data_dir, clock, meeting)
    url = first.open("127.0.0.1", port, NoEvents())
    _crash(first)
    restarted = _session(conn, data_dir, clock, meeting)
    where = restarted.was_serving()
    assert where == Serving("127.0.0.1", port)
    assert restarted.open_again(where, NoEvents()) is True
    try:
        assert restarted.url() == url  # the QR code already shown leads here again
        assert SignInStore(conn).noted_serving(meeting.key) == where
    finally:
        restarted.close()


def test_opened_again_on_another_port_when_its_own_is_taken(
    conn: sqlite3.Connection, data_dir: Path, clock: ManualClock
) -> None:
    meeting = _meeting(conn)
    first = _session(conn, data_dir, clock, meeting)
    first.open("127.0.0.1", 0, NoEvents())
    where = first.was_serving() or SignInStore(conn).noted_serving(meeting.key)
    assert where is not None
    _crash(first)
    with socket.socket() as squatter:  # another program took the port meanwhile
        squatter.bind(("127.0.0.1", where.port))
        squatter.listen(1)
        restarted = _session(conn, data_dir, clock, meeting)
        assert restarted.open_again(where, NoEvents()) is False
        try:
            assert restarted.is_open
            moved = SignInStore(conn).noted_serving(meeting.key)
            assert moved is not None
            assert moved.port != where.port
        finally:
            restarted.close()


def test_serving_one_meeting_forgets_another_meetings_note(
    conn: sqlite3.Connection, data_dir: Path, clock: ManualClock
) -> None:
    """The app serves one meeting at a time."""
    first, second = _meeting(conn), _meeting(conn, "Training")
    _crashed_while_serving(conn, data_dir, clock, first)
    other = _session(conn, data_dir, clock, second)
    other.open("127.0.0.1", 0, NoEvents())
    try:
        assert SignInStore(conn).noted_serving(first.key) is None
    finally:
        other.close()


def test_a_meeting_ended_since_is_not_offered_and_loses_its_note(
    conn: sqlite3.Connection, data_dir: Path, clock: ManualClock
) -> None:
    meeting = _meeting(conn)
    _crashed_while_serving(conn, data_dir, clock, meeting)
    agenda = AgendaSession(meeting, conn, clock)
    agenda.start_meeting()
    clock.advance(60)
    agenda.end_meeting()
    assert _session(conn, data_dir, clock, meeting).was_serving() is None
    row = conn.execute(
        "SELECT serving_host, serving_port FROM signin_settings WHERE meeting_id = ?",
        [meeting.key],
    ).fetchone()
    assert tuple(row) == (None, None)


def test_a_meeting_purged_since_is_not_offered(
    conn: sqlite3.Connection, data_dir: Path, clock: ManualClock
) -> None:
    meeting = _meeting(conn)
    _crashed_while_serving(conn, data_dir, clock, meeting)
    purge_meeting(conn, meeting.key, clock)
    assert SignInStore(conn).noted_serving(meeting.key) is None
    noted = conn.execute(
        "SELECT count(*) FROM signin_settings WHERE serving_host IS NOT NULL"
    ).fetchone()[0]
    assert noted == 0


def test_a_quit_forgets_every_note(
    conn: sqlite3.Connection, data_dir: Path, clock: ManualClock
) -> None:
    meeting = _meeting(conn)
    _crashed_while_serving(conn, data_dir, clock, meeting)
    SignInStore(conn).forget_serving()
    assert SignInStore(conn).noted_serving(meeting.key) is None


def test_serving_for_a_screenshot_neither_notes_nor_forgets(
    conn: sqlite3.Connection, data_dir: Path, clock: ManualClock
) -> None:
    meeting = _meeting(conn)
    store = SignInStore(conn)
    picture = _session(conn, data_dir, clock, meeting)
    picture.open("127.0.0.1", 0, NoEvents(), for_picture=True)
    assert store.noted_serving(meeting.key) is None
    picture.close()
    store.note_serving(meeting.key, "192.168.1.20", 8765)  # left by a crash
    picture.open("127.0.0.1", 0, NoEvents(), for_picture=True)
    picture.close()
    assert store.noted_serving(meeting.key) == Serving("192.168.1.20", 8765)
