"""`meetingkit purge` keeps the counts the app's own purge keeps: a profession typed in Spanish
("Enfermera registrada") is counted with Registered nurse (RN), as every report counts it
(QA round 8: the command line kept "RN 71, Other professions 8", the app "RN 73, Other 6").

Run as a user would, in a separate process: the words of other languages are lent to the
whole process (cli.main), which a test in this one must not do.
"""

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.services.data_dir import database_path
from meetingkit.storage import open_db
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.retention import RetentionStore

RN = "Registered nurse (RN)"


def _meeting(folder: Path) -> int:
    """Three nurses who picked RN, three who typed it in Spanish."""
    conn = open_db(database_path(folder))
    try:
        meeting = MeetingStore(conn).create(
            Meeting("Night shift", dt.date(2026, 9, 1), dt.time(19))
        )
        people, attendance = PeopleStore(conn), AttendanceStore(conn)
        for n in range(6):
            person = people.add(Person(f"Nurse{n}", "Example", profession=RN)).key
            attendance.mark_present(meeting.key, person, 0, "manual")
        conn.execute(  # as the Spanish phone form gave it, whatever this process folds
            "UPDATE attendance SET profession = 'Enfermera registrada'"
            " WHERE person_id IN (SELECT id FROM people WHERE first_name > 'Nurse2')"
        )
        RetentionStore(conn).set_days(meeting.key, 30)
        return meeting.key
    finally:
        conn.close()


def _kept_professions(folder: Path, meeting_id: int) -> dict[str, int]:
    conn = open_db(database_path(folder))
    try:
        counts = RetentionStore(conn).counts(meeting_id)
        return {c.label: c.people for c in counts if c.measure == "profession"}
    finally:
        conn.close()


@pytest.mark.parametrize("which", [["--meeting", "{id}", "--yes"], ["--due"]])
def test_the_command_line_purge_folds_professions_as_the_app_does(
    tmp_path: Path, which: list[str]
) -> None:
    folder = tmp_path / "data"
    meeting_id = _meeting(folder)
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "MEETINGKIT_CONFIG_DIR": str(tmp_path)}
    words = [w.format(id=meeting_id) for w in which]
    run = subprocess.run(
        [sys.executable, "-m", "meetingkit", "--data-dir", str(folder), "purge", *words],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "Purged" in run.stdout
    assert _kept_professions(folder, meeting_id) == {RN: 6}
