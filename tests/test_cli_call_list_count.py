"""`meetingkit print call-list` says how many people the list has (a row each) and how many
follow-ups they add up to: it said "14 follow-ups" over a list of 10 rows."""

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from meetingkit.cli import main
from meetingkit.core.clock import ManualClock
from meetingkit.core.commitment import CommitmentOption, CommitmentSettings
from meetingkit.core.meeting import Meeting
from meetingkit.services.commitment_desk import CommitmentDesk
from meetingkit.storage.meetings import MeetingStore
from tests.services.test_commitment_desk import present

START = dt.datetime(2026, 11, 21, 18, 0)


def _said(data_dir: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["print", "call-list", "--data-dir", str(data_dir), "-o", str(out)]) == 0
    return capsys.readouterr().out


def test_the_call_list_counts_people_and_follow_ups(
    conn: sqlite3.Connection,
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    meeting = MeetingStore(conn).create(Meeting("Assembly", START.date(), START.time()))
    desk = CommitmentDesk(meeting, conn, ManualClock(START.timestamp() + 3600))
    desk.save_options(
        [
            CommitmentOption(meeting.key, "Bring two coworkers to the next meeting"),
            CommitmentOption(meeting.key, "Join the staffing committee"),
        ]
    )
    desk.save_settings(CommitmentSettings(meeting.key, "Mercy Nurses United", ""))
    first, second = (option.key for option in desk.options())
    rosa, wei = present(conn, meeting, "Rosa Delgado", "Wei Chen")
    out = tmp_path / "calls.pdf"
    desk.record(rosa, [first])
    assert _said(data_dir, out, capsys) == f"{out}\t1 person to call (1 follow-up)\n"
    desk.record(rosa, [first, second])
    assert _said(data_dir, out, capsys) == f"{out}\t1 person to call (2 follow-ups)\n"
    desk.record(wei, [second])
    assert _said(data_dir, out, capsys) == f"{out}\t2 people to call (3 follow-ups)\n"
