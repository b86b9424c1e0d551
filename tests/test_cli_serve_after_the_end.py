"""`meetingkit serve` for a meeting that has ended: phones are told so and nobody is added,
as in the app, and whoever started it is told too."""

import datetime as dt
import http.client
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlparse

from meetingkit.core.agenda_run import RunRecord
from meetingkit.core.meeting import Meeting
from meetingkit.services.data_dir import database_path
from meetingkit.storage import open_db
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.meetings import MeetingStore
from tests.test_cli import ENV_WITHOUT_DISPLAY
from tests.ui.test_signin_screen import free_port


def test_serving_an_ended_meeting_tells_the_phones_and_the_terminal(tmp_path: Path) -> None:
    """`meetingkit serve` never looked at the meeting's end."""
    conn = open_db(database_path(tmp_path))
    meeting = MeetingStore(conn).create(Meeting("Vigil", dt.date(2026, 11, 21), dt.time(19)))
    AgendaStore(conn).save_run(meeting.key, RunRecord(started_ms=1, ended_ms=2), None)
    conn.close()
    command = [sys.executable, "-m", "meetingkit", "serve", "--data-dir", str(tmp_path)]
    where = ["--host", "127.0.0.1", "--port", str(free_port())]
    server = subprocess.Popen(
        [*command, "--meeting", str(meeting.key), *where],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV_WITHOUT_DISPLAY,
    )  # fmt: skip
    try:
        assert server.stdout is not None
        url = urlparse(server.stdout.readline().strip())
        phone = http.client.HTTPConnection(url.hostname or "", url.port, timeout=10)
        phone.request("GET", url.path, headers={"Host": url.netloc})
        answer = phone.getresponse()
        assert answer.status == 410
        assert "This meeting has ended" in answer.read().decode()
        phone.close()
    finally:
        server.terminate()
        _, err = server.communicate(timeout=10)
    assert "this meeting has ended: phones that open the link are told so" in err


def test_serving_a_purged_meeting_says_so_and_does_not_start(tmp_path: Path) -> None:
    """A server for a purged meeting would turn every phone away (storage.signin.state):
    `meetingkit serve` said nothing and served a link nobody could use."""
    from meetingkit.core.clock import WallAnchoredClock
    from meetingkit.services.privacy import purge_meeting

    conn = open_db(database_path(tmp_path))
    meeting = MeetingStore(conn).create(Meeting("Vigil", dt.date(2026, 11, 1), dt.time(19)))
    purge_meeting(conn, meeting.key, WallAnchoredClock())
    conn.close()
    done = subprocess.run(
        [sys.executable, "-m", "meetingkit", "serve", "--data-dir", str(tmp_path),
         "--meeting", str(meeting.key), "--host", "127.0.0.1", "--port", str(free_port())],
        capture_output=True,
        text=True,
        env=ENV_WITHOUT_DISPLAY,
        timeout=60,
    )  # fmt: skip
    assert done.returncode == 1
    assert "personal data was purged: nobody can sign in to it" in done.stderr
    assert done.stdout == ""
