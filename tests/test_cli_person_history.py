"""`meetingkit person history`: a person's history as text, the same words as the People page;
by id or by a name only one person has; a name several people have lists them to choose from."""

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from meetingkit import cli
from meetingkit.services.demo import write_demo

from .test_cli import ENV_WITHOUT_DISPLAY


@pytest.fixture
def demo_dir(conn: sqlite3.Connection, data_dir: Path) -> Path:
    write_demo(conn, dt.datetime.now().replace(second=0, microsecond=0))
    return data_dir


def dele(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT id FROM people WHERE last_name = 'Okonkwo'").fetchone()
    return int(row[0])


def test_by_id_the_counts_then_each_part_newest_first(
    demo_dir: Path, conn: sqlite3.Connection, capsys: pytest.CaptureFixture[str]
) -> None:
    words = ["person", "history", "--data-dir", str(demo_dir), "--person", str(dele(conn))]
    assert cli.main(words) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Dele Okonkwo · Registered nurse (RN) · St. Brigid Medical Center")
    assert lines[2].startswith("Came to 7 meetings, last ")
    meetings = lines[lines.index("Meetings") + 1 : lines.index("Commitments") - 1]
    assert len(meetings) == 7
    assert "\tfirst time\t" in meetings[-1]  # the oldest, last
    assert meetings[0].split("\t")[3] == "phone"  # tonight, signed in by phone
    assert "Groups and ladder" in lines
    assert "Consents" in lines


def test_a_name_only_one_person_has_is_enough(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["person", "history", "--data-dir", str(demo_dir), "--person", "okonkwo"]) == 0
    assert capsys.readouterr().out.startswith("Dele Okonkwo · ")


def test_a_name_several_people_have_lists_them_with_their_ids(
    demo_dir: Path, conn: sqlite3.Connection, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["person", "history", "--data-dir", str(demo_dir), "--person", "r"]) == 1
    out = capsys.readouterr()
    assert out.out == ""
    lines = out.err.splitlines()
    assert "people match “r”; say which with --person ID:" in lines[0]
    ids = {int(line.split("\t")[0]) for line in lines[1:] if line[0].isdigit()}
    named = {r[0] for r in conn.execute("SELECT id FROM people")}
    assert ids
    assert ids <= named


def test_nobody_by_that_id_or_name_is_said(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for who in ("9999", "Zebulon"):
        assert cli.main(["person", "history", "--data-dir", str(demo_dir), "--person", who]) == 1
        assert capsys.readouterr().err.startswith("meetingkit: ")


def test_in_spanish(demo_dir: Path, conn: sqlite3.Connection) -> None:
    command = ["person", "history", "--data-dir", str(demo_dir), "--person", str(dele(conn))]
    out = subprocess.run(
        [sys.executable, "-m", "meetingkit", *command, "--language", "es"],
        capture_output=True,
        text=True,
        timeout=60,
        env=ENV_WITHOUT_DISPLAY,
    )
    assert out.returncode == 0, out.stderr
    assert "Enfermera/o registrada/o (RN)" in out.stdout.splitlines()[0]
