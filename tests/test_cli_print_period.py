"""`meetingkit print period --from --to [--group] -o F.pdf`: the figures for a period, counts
only. Professions typed in Spanish count with the English ones, as in the app and every
report; a group is named by its id or its name; a wrong one is said, with the groups there are.

Run as a user would, in a separate process: the words of other languages are lent to the
whole process (cli.main), which a test in this one must not do.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from meetingkit.core.group import Group
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.services.data_dir import database_path
from meetingkit.storage import open_db
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.groups import GroupStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from tests.cli_process import meetingkit
from tests.pdf_reading import needs, pdf_text

RN = "Registered nurse (RN)"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Two meetings of the Night shift group: three nurses who picked RN and two who typed
    it in Spanish, then three of them again; and one physician."""
    data = tmp_path / "data"
    conn = open_db(database_path(data))
    try:
        meetings, people = MeetingStore(conn), PeopleStore(conn)
        attendance, groups = AttendanceStore(conn), GroupStore(conn)
        night = groups.create(Group("Night shift")).key
        days = (dt.date(2026, 9, 1), dt.date(2026, 10, 6))
        first, second = (meetings.create(Meeting("Night shift", d, dt.time(19))).key for d in days)
        for meeting_id in (first, second):
            groups.set_meeting_group(meeting_id, night)
        nurses = [people.add(Person(f"Nurse{n}", "Example", profession=RN)).key for n in range(5)]
        doctor = people.add(Person("Ada", "Example", profession="Physician (MD/DO)")).key
        for person in [*nurses, doctor]:
            attendance.mark_present(first, person, 0, "manual")
        for person in nurses[:3]:
            attendance.mark_present(second, person, 0, "manual")
        conn.execute(  # as the Spanish phone form gave it, whatever this process folds
            "UPDATE attendance SET profession = 'Enfermera registrada' WHERE person_id IN (?, ?)",
            nurses[3:],
        )
        conn.commit()
    finally:
        conn.close()
    return data


def period(folder: Path, out: Path, *more: str) -> subprocess.CompletedProcess[str]:
    return meetingkit(
        "print", "period", "--data-dir", str(folder), "--from", "2026-01-01", "--to",
        "2026-10-31", "-o", str(out), *more,
    )  # fmt: skip


@needs("pdftotext")
def test_the_figures_count_professions_typed_in_spanish_with_the_english(
    folder: Path, tmp_path: Path
) -> None:
    out = tmp_path / "figures.pdf"
    printed = period(folder, out)
    assert printed.returncode == 0, printed.stderr
    assert printed.stdout == f"{out}\t2 meetings, 9 attended\n"
    text = pdf_text(out)
    assert f"{RN} 8 " in text  # 6 who picked it, 2 who typed it in Spanish
    assert "Enfermera" not in text
    assert "Physician" not in text  # one: combined, never named
    assert "Nurse" not in text
    assert "Ada" not in text


@needs("pdftotext")
def test_one_groups_figures_by_name_or_id(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "night.pdf"
    for group in ("night shift", "1"):
        printed = period(folder, out, "--group", group)
        assert printed.returncode == 0, printed.stderr
        assert "Meetings of Night shift" in pdf_text(out)
    refused = period(folder, tmp_path / "none.pdf", "--group", "Day shift")
    assert refused.returncode == 1
    assert refused.stderr == (
        "meetingkit: There is no group “Day shift”. The groups are: 1 Night shift.\n"
    )
    assert not (tmp_path / "none.pdf").exists()


def test_a_period_that_ends_before_it_starts_is_refused(folder: Path, tmp_path: Path) -> None:
    printed = meetingkit(
        "print", "period", "--data-dir", str(folder), "--from", "2026-10-31", "--to",
        "2026-01-01", "-o", str(tmp_path / "x.pdf"),
    )  # fmt: skip
    assert printed.returncode == 1
    assert "The period ends (1 Jan 2026) before it starts (31 Oct 2026)" in printed.stderr


def test_a_pdf_written_under_another_name_is_said(folder: Path, tmp_path: Path) -> None:
    """`-o figures.txt` wrote a PDF under a .txt name without a word: it is still written (no
    work lost), and said. Any `print` command: `print report` too. `.PDF` is a PDF name."""
    out = tmp_path / "figures.txt"
    printed = period(folder, out)
    assert printed.returncode == 0, printed.stderr
    assert printed.stderr == f"Note: {out} is a PDF; its name does not end in .pdf.\n"
    assert out.read_bytes().startswith(b"%PDF")
    report = tmp_path / "report"
    printed = meetingkit(
        "print", "report", "--data-dir", str(folder), "--meeting", "1", "-o", str(report)
    )
    assert printed.returncode == 0, printed.stderr
    assert printed.stderr == f"Note: {report} is a PDF; its name does not end in .pdf.\n"
    upper = period(folder, tmp_path / "FIGURES.PDF")
    assert upper.returncode == 0, upper.stderr
    assert upper.stderr == ""
    refused = period(folder, tmp_path / "none.txt", "--group", "Day shift")
    assert refused.returncode == 1
    assert "Note:" not in refused.stderr  # nothing was written
