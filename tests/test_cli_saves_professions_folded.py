"""`meetingkit serve` and `meetingkit import roster` save a profession given in Spanish as the
app saves it: "Enfermera registrada" typed on the Spanish phone form, or "Farmacéutica" in a
roster, is the record's "Registered nurse (RN)" or "Pharmacist" (core.person
canonical_profession), not the words as typed — which the app folds with every language's
words lent, and the command line did not lend them to these two commands. What the phone
typed stays with its sign-in, as in the app.

Run as a user would, in a separate process: the words of other languages are lent to the
whole process (cli.main), which a test in this one must not do.
"""

import datetime as dt
import http.client
import json
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlencode, urlparse

from meetingkit.core.meeting import Meeting
from meetingkit.core.signin import FormSettings
from meetingkit.services.data_dir import database_path
from meetingkit.storage import open_db
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.signin import SignInStore
from tests.test_cli import ENV_WITHOUT_DISPLAY
from tests.ui.test_signin_screen import free_port

RN = "Registered nurse (RN)"


def _records(folder: Path) -> dict[str, str]:
    """Each person's first name -> the profession on their record."""
    conn = open_db(database_path(folder))
    try:
        return {r[0]: r[1] for r in conn.execute("SELECT first_name, profession FROM people")}
    finally:
        conn.close()


def test_a_phone_signing_in_in_spanish_through_the_command_line_is_filed_as_in_the_app(
    tmp_path: Path,
) -> None:
    conn = open_db(database_path(tmp_path))
    meeting = MeetingStore(conn).create(Meeting("Asamblea", dt.date(2026, 11, 21), dt.time(19)))
    store = SignInStore(conn)
    settings = store.settings(meeting.key)
    form = FormSettings(("first_name", "last_name", "phone", "profession"))
    store.save_settings(type(settings)(meeting.key, form, settings.token, settings.phrase))
    conn.close()
    server = subprocess.Popen(
        [
            sys.executable, "-m", "meetingkit", "serve", "--data-dir", str(tmp_path),
            "--meeting", str(meeting.key), "--host", "127.0.0.1", "--port", str(free_port()),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV_WITHOUT_DISPLAY,
    )  # fmt: skip
    try:
        assert server.stdout is not None
        url = urlparse(server.stdout.readline().strip())
        phone = http.client.HTTPConnection(url.hostname or "", url.port, timeout=20)
        phone.request("GET", f"{url.path}?lang=es", headers={"Host": url.netloc})
        answer = phone.getresponse()
        page = answer.read().decode()
        cookie = (answer.getheader("Set-Cookie") or "").split(";")[0]
        csrf = re.search(r'name="csrf" value="([^"]+)"', page)
        nonce = re.search(r'name="nonce" value="([^"]+)"', page)
        assert csrf, page
        assert nonce, page
        fields = {
            "csrf": csrf.group(1),
            "nonce": nonce.group(1),
            "first_name": "Rosa",
            "last_name": "Ibarra",
            "phone": "312-555-0142",
            "profession": "Enfermera registrada",
        }
        phone.request(
            "POST",
            f"{url.path}?lang=es",
            urlencode(fields).encode(),
            {
                "Host": url.netloc,
                "Content-Type": "application/x-www-form-urlencoded",
                "Cookie": cookie,
            },
        )
        answer = phone.getresponse()
        answer.read()
        assert answer.status in (200, 303), answer.status
        phone.close()
    finally:
        server.terminate()
        server.communicate(timeout=20)
    assert _records(tmp_path) == {"Rosa": RN}
    conn = open_db(database_path(tmp_path))
    try:
        (given,) = conn.execute("SELECT given FROM signins").fetchone()
        (counted,) = conn.execute("SELECT profession FROM attendance").fetchone()
    finally:
        conn.close()
    assert json.loads(given)["profession"] == "Enfermera registrada"  # as typed, kept
    assert counted == RN


def test_a_roster_in_spanish_imported_from_the_command_line_is_filed_as_in_the_app(
    tmp_path: Path,
) -> None:
    roster = tmp_path / "lista.csv"
    roster.write_text(
        "Nombre,Apellido,Teléfono,Profesión\n"
        "Lucía,Ramos,312-555-0999,Enfermera registrada\n"
        "Tomás,Peña,312-555-0998,Farmacéutica\n"
        "Inés,Ortiz,312-555-0997,Enfermera\n",  # no one profession: kept as written
        encoding="utf-8",
    )
    folder = tmp_path / "data"
    command = [sys.executable, "-m", "meetingkit", "import", "roster", str(roster)]
    run = subprocess.run(
        [*command, "--data-dir", str(folder)],
        env=ENV_WITHOUT_DISPLAY,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert _records(folder) == {"Lucía": RN, "Tomás": "Pharmacist", "Inés": "Enfermera"}
