"""`meetingkit serve` with its port taken says which one is free, and opens the database once
in its own thread (the server's threads open theirs)."""

from __future__ import annotations

import datetime as dt
import socket
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from meetingkit import cli
from meetingkit.core.meeting import Meeting
from meetingkit.storage.meetings import MeetingStore


@pytest.fixture
def meeting(conn: sqlite3.Connection) -> int:
    return MeetingStore(conn).create(Meeting("Vigil", dt.date.today(), dt.time(19))).key


@pytest.fixture
def taken() -> Iterator[int]:
    """A port another program listens on."""
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen(1)
        yield int(other.getsockname()[1])


def serve(data_dir: Path, meeting: int, port: int) -> int:
    return cli.main(
        ["serve", "--data-dir", str(data_dir), "--meeting", str(meeting),
         "--host", "127.0.0.1", "--port", str(port)]
    )  # fmt: skip


def test_a_port_in_use_is_said_with_a_free_one_to_use(
    data_dir: Path, meeting: int, taken: int, capsys: pytest.CaptureFixture[str]
) -> None:
    assert serve(data_dir, meeting, taken) == 1
    out, err = capsys.readouterr()
    assert out == ""  # no address: nothing is served
    assert f"Port {taken} on 127.0.0.1 is already in use" in err
    free = int(err.split("add --port ")[1].split(".")[0])
    assert free != taken
    with socket.socket() as probe:  # free indeed
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind(("127.0.0.1", free))
    assert "print the poster again" in err


def test_this_thread_opens_the_database_once(
    data_dir: Path, meeting: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It opened it to read the meeting, closed it, and opened it again to count arrivals."""
    from tests.ui.test_signin_screen import free_port

    opened: list[sqlite3.Connection] = []
    real = cli.open_db

    def counted(*args: object) -> sqlite3.Connection:
        if threading.current_thread() is threading.main_thread():
            opened.append(real(*args))  # type: ignore[arg-type]
            return opened[-1]
        return real(*args)  # type: ignore[arg-type]

    def stopped(*_args: object) -> None:
        raise KeyboardInterrupt  # Ctrl+C as soon as it serves

    monkeypatch.setattr(cli, "open_db", counted)
    monkeypatch.setattr(cli, "_arrivals", stopped)
    assert serve(data_dir, meeting, free_port()) == 0
    assert len(opened) == 1
    with pytest.raises(sqlite3.ProgrammingError):  # and closed once served
        opened[0].execute("SELECT 1")
