"""The port a meeting's sign-in was last served on is kept once sign-in closes, and
`meetingkit print poster` (and `serve`) use it when no --port is given: a poster printed from
the command line led to 8765 while the app served on the port chosen there (qa14a, finding 2).
"""

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from meetingkit.cli import main
from meetingkit.core.meeting import Meeting
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.signin import Serving, SignInStore

DAY = dt.date(2026, 11, 21)
T0 = 1_795_000_000_000


def meetings(conn: sqlite3.Connection, n: int) -> list[int]:
    store = MeetingStore(conn)
    return [store.create(Meeting(f"Meeting {k}", DAY, dt.time(18))).key for k in range(n)]


def test_where_sign_in_was_served_is_kept_once_it_closes(conn: sqlite3.Connection) -> None:
    first, second, never = meetings(conn, 3)
    store = SignInStore(conn)
    assert store.last_served(first) is None  # nothing served yet: the default port is used
    store.note_serving(first, "192.168.1.20", 8791, T0)
    store.forget_serving()  # closed: a normal quit
    assert store.noted_serving(first) is None  # no "sign-in was open" after a normal quit
    assert store.last_served(first) == Serving("192.168.1.20", 8791)
    # A meeting never served takes the latest port used on this laptop (8765 was taken)
    assert store.last_served(never) == Serving("192.168.1.20", 8791)
    store.note_serving(second, "10.42.0.1", 8800, T0 + 60_000)
    store.forget_serving(second)
    assert store.last_served(never) == Serving("10.42.0.1", 8800)
    assert store.last_served(first) == Serving("192.168.1.20", 8791)  # its own, not the latest


def test_the_poster_leads_to_the_port_sign_in_was_last_served_on(
    conn: sqlite3.Connection,
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    [meeting] = meetings(conn, 1)
    out = tmp_path / "poster.pdf"
    words = ["print", "poster", "--data-dir", str(data_dir), "--meeting", str(meeting)]
    words += ["--host", "192.168.1.20", "-o", str(out)]
    assert main(words) == 0
    assert "http://192.168.1.20:8765/s/" in capsys.readouterr().out  # never served: the default
    SignInStore(conn).note_serving(meeting, "192.168.1.20", 8791, T0)
    SignInStore(conn).forget_serving()
    assert main(words) == 0
    assert "http://192.168.1.20:8791/s/" in capsys.readouterr().out
    assert main([*words, "--port", "9000"]) == 0  # given, it is used
    assert "http://192.168.1.20:9000/s/" in capsys.readouterr().out
