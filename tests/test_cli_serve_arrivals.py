"""`meetingkit serve` shows a facilitator at the terminal that sign-ins arrive: a line for each,
with the time and the room's counts, and never a name or anything else a person typed (a
terminal's scroll-back is read by whoever sits at the laptop next)."""

import datetime as dt
import http.client
import queue
import re
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import urlencode, urlparse

import pytest

from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.services.data_dir import database_path
from meetingkit.services.signin_session import SignInSession
from meetingkit.storage import open_db
from meetingkit.storage.meetings import MeetingStore
from tests.storage.test_first_timers import signs_in
from tests.test_cli import ENV_WITHOUT_DISPLAY
from tests.ui.test_signin_screen import free_port

LINE = re.compile(
    r"^\d\d:\d\d  (\d+) signed in · (\d+) first time( \(a sign-in was taken back\))?$"
)


class Phone:
    """One browser: its cookies, over a new connection for each request."""

    def __init__(self, netloc: str, path: str) -> None:
        self.netloc, self.path = netloc, path
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, fields: dict[str, str] | None = None) -> tuple:
        host, port = self.netloc.split(":")
        conn = http.client.HTTPConnection(host, int(port), timeout=10)
        headers = {"Host": self.netloc}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if fields is not None:
            body = urlencode(fields).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn.request(method, path, body=body, headers=headers)
        answer = conn.getresponse()
        page = answer.read().decode()
        for cookie in answer.msg.get_all("Set-Cookie") or []:
            name, value = cookie.split(";")[0].split("=", 1)
            self.cookies[name] = value
        conn.close()
        return answer.status, answer.getheader("Location") or "", page

    def form(self, path: str) -> dict[str, str]:
        status, _, page = self.request("GET", path)
        assert status == 200
        return dict(re.findall(r'name="(csrf|nonce)" value="([^"]+)"', page))

    def sign_in(self, first: str, last: str, phone: str) -> str:
        """Sign in; the confirmation page's address."""
        fields = {"first_name": first, "last_name": last, "phone": phone, "first_time": "yes"}
        status, done, _ = self.request("POST", self.path, self.form(self.path) | fields)
        assert status == 303
        return done


class Terminal:
    """What `serve` prints, line by line as it comes, and all of it kept."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        assert process.stdout is not None
        self._stream = process.stdout
        self._lines: queue.Queue[str] = queue.Queue()
        self.everything: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self._stream:
            self._lines.put(line.rstrip("\n"))

    def next(self) -> str:
        line = self._lines.get(timeout=20)
        self.everything.append(line)
        return line

    def counts(self) -> tuple[str, ...]:
        """The next line, which must be a sign-in's: (signed in, first time, taken back)."""
        line = self.next()
        match = LINE.match(line)
        assert match, line
        return match.groups()

    def rest(self) -> list[str]:
        self._reader.join(timeout=10)
        while not self._lines.empty():
            self.everything.append(self._lines.get())
        return self.everything


def serve_vigil(data_dir: Path) -> subprocess.Popen[str]:
    """`meetingkit serve` for a new meeting, "Vigil", on this computer only."""
    conn = open_db(database_path(data_dir))
    meeting = MeetingStore(conn).create(Meeting("Vigil", dt.date.today(), dt.time(19)))
    conn.close()
    return subprocess.Popen(
        [sys.executable, "-m", "meetingkit", "serve", "--data-dir", str(data_dir),
         "--meeting", str(meeting.key), "--host", "127.0.0.1", "--port", str(free_port())],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV_WITHOUT_DISPLAY,
    )  # fmt: skip


def test_each_sign_in_prints_the_time_and_the_counts_and_no_name(tmp_path: Path) -> None:
    server = serve_vigil(tmp_path)
    terminal = Terminal(server)
    try:
        url = urlparse(terminal.next())
        assert terminal.next().startswith("Serving the sign-in for “Vigil”")
        rosa = Phone(url.netloc, url.path)
        done = rosa.sign_in("Zenobia", "Quillfeather", "312 555 0187")
        assert terminal.counts() == ("1", "1", None)
        Phone(url.netloc, url.path).sign_in("Eustacia", "Marchbank", "312 555 0142")
        assert terminal.counts() == ("2", "2", None)

        # Fixing one's answers is no new sign-in: no line
        edit = done.replace("/done/", "/edit/")
        fields = {"first_name": "Zenobia", "last_name": "Quillfeather-Ruiz", "phone": "3125550187"}
        assert rosa.request("POST", edit, rosa.form(edit) | fields)[0] == 303
        # Taking it back is said, with the counts as they are now
        back = done.replace("/done/", "/withdraw/")
        assert rosa.request("POST", back, rosa.form(back) | {"confirm": "yes"})[0] == 200
        assert terminal.counts() == ("1", "1", " (a sign-in was taken back)")
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert len(terminal.rest()) == 5  # nothing for the fix
    assert server.stdout is not None
    assert server.stderr is not None
    printed = "\n".join(terminal.everything) + server.stderr.read()
    # The sign-in address is meetingkit's own, and its random port or token may hold "555"
    printed = printed.replace(url.geturl(), "ADDRESS")
    server.stdout.close()
    server.stderr.close()
    for typed in ("Zenobia", "Quillfeather", "Eustacia", "Marchbank", "555", "0187", "0142"):
        assert typed not in printed


class _Serving:
    """A server that runs for `turns` turns of the loop."""

    def __init__(self, turns: int) -> None:
        self.turns = turns

    @property
    def running(self) -> bool:
        self.turns -= 1
        return self.turns >= 0


def test_sign_ins_handed_over_together_are_counted_once_a_line_each(
    conn: sqlite3.Connection, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A room signing in at once: a line for each, but the sign-ins are read once for all of
    them (this thread shares the process with the server's); a fix of answers has no line."""
    from meetingkit.cli import _arrivals

    meeting = MeetingStore(conn).create(Meeting("Vigil", dt.date.today(), dt.time(19)))
    session = SignInSession(meeting, conn, database_path(data_dir), ManualClock(0))
    earlier = signs_in(conn, meeting.key, "Ana")
    ids = [signs_in(conn, meeting.key, name, first_time="yes") for name in ("Bo", "Cy", "Di")]
    handed: queue.SimpleQueue[tuple[str, int]] = queue.SimpleQueue()
    for signin_id in (*ids, earlier, ids[0]):  # and two fixes of answers
        handed.put(("in", signin_id))
    reads = []
    real = session.signed_in
    session.signed_in = lambda: reads.append(1) or real()  # type: ignore[method-assign]
    _arrivals(_Serving(1), handed, session, {earlier})  # type: ignore[arg-type]
    lines = capsys.readouterr().out.splitlines()
    assert [LINE.match(line).groups() for line in lines] == [("4", "4", None)] * 3  # type: ignore[union-attr]
    assert reads == [1]


def test_a_sign_in_given_the_id_of_one_taken_back_has_its_line(
    conn: sqlite3.Connection, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """SQLite gives a deleted row's id to the next row: a sign-in after one taken back may
    come with its id, and is a new sign-in, not a fix of answers (QA: three sign-ins after a
    withdrawal printed nothing)."""
    from meetingkit.cli import _arrivals

    meeting = MeetingStore(conn).create(Meeting("Vigil", dt.date.today(), dt.time(19)))
    session = SignInSession(meeting, conn, database_path(data_dir), ManualClock(0))
    reused = signs_in(conn, meeting.key, "Ana")
    handed: queue.SimpleQueue[tuple[str, int]] = queue.SimpleQueue()
    handed.put(("out", reused))
    handed.put(("in", reused))
    _arrivals(_Serving(1), handed, session, {reused})  # type: ignore[arg-type]
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert lines[0].endswith("(a sign-in was taken back)")
    assert LINE.match(lines[1]) is not None


def test_served_on_this_computer_only_it_says_phones_cannot_reach_it(tmp_path: Path) -> None:
    """As the app's Sign-in tab says at once: 127.0.0.1 opens on this computer alone."""
    server = serve_vigil(tmp_path)
    terminal = Terminal(server)
    try:
        terminal.next()
        assert terminal.next().startswith("Serving the sign-in")
    finally:
        server.terminate()
        _, said = server.communicate(timeout=10)
    assert "phones cannot reach it" in said
