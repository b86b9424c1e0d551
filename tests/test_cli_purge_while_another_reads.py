"""`meetingkit purge` while another program is in the middle of a read of the data (the app's
sign-in server, another command, a backup): the purged personal data stays in the database
file until that read ends (storage.erasure.wipe_freed_pages). The command says so, and the
command it gives, run once the read is over, takes the data out of the file."""

import shlex
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from meetingkit.cli import main
from meetingkit.services.data_dir import database_path
from meetingkit.storage import open_db
from tests.services.privacy_scene import TRACES
from tests.test_cli_privacy import folder, meetingkit  # noqa: F401 (fixture)

SAID = "so the purged personal data stays in the database file until it stops"


def _traces(data_dir: Path) -> set[str]:
    """The purged person's details found in the data's files (the database, its log)."""
    files = b"".join(p.read_bytes() for p in data_dir.iterdir() if p.is_file()).lower()
    return {t for t in TRACES if t.encode() in files}


@pytest.fixture
def reader(folder: str) -> Iterator[sqlite3.Connection]:  # noqa: F811
    """Another program, in the middle of a read."""
    other = open_db(database_path(Path(folder)))
    other.execute("BEGIN")
    other.execute("SELECT count(*) FROM people").fetchone()
    yield other
    other.close()


def test_a_purge_while_another_reads_says_the_data_stays_and_what_takes_it_out(
    folder: str,  # noqa: F811
    reader: sqlite3.Connection,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert meetingkit("purge", "--meeting", "1", "--yes", "--data-dir", folder) == 0
    out = capsys.readouterr().out
    assert "Purged “Safe staffing”" in out
    assert SAID in out
    command = out.rstrip("\n").rsplit("\n", 1)[-1]
    assert command.startswith("meetingkit --data-dir ")
    assert command.endswith(" purge --meeting 1 --yes")
    assert _traces(Path(folder))  # still in the file, as said

    reader.execute("COMMIT")  # the other program's read is over (it may stay open)
    words = shlex.split(command)
    assert words[0] == "meetingkit"
    assert main(words[1:]) == 0
    assert SAID not in capsys.readouterr().out  # nobody reading: nothing more to say
    assert _traces(Path(folder)) == set()


def test_purging_what_is_due_says_it_once_after_its_lines(
    folder: str,  # noqa: F811
    reader: sqlite3.Connection,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert meetingkit("retention", "--meeting", "1", "--days", "30", "--data-dir", folder) == 0
    capsys.readouterr()
    assert meetingkit("purge", "--due", "--data-dir", folder) == 0
    lines = capsys.readouterr().out.rstrip("\n").split("\n")
    assert lines[0].startswith("Purged “Safe staffing”")
    assert SAID in lines[1]
    assert lines[2].endswith(" purge --meeting 1 --yes")


def test_with_nobody_else_reading_it_says_nothing_more(
    folder: str,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert meetingkit("purge", "--meeting", "1", "--yes", "--data-dir", folder) == 0
    assert SAID not in capsys.readouterr().out
    assert _traces(Path(folder)) == set()
