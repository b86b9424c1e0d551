"""Delete meeting says what goes, counted; for a meeting running or held, that purging keeps
its counts; and it saves a backup of all the data first, or deletes nothing."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from meetingkit.core import copies_outside
from meetingkit.core.errors import MeetingkitError
from meetingkit.core.meeting import Meeting
from meetingkit.services import meeting_deletion
from meetingkit.services.demo import Demo
from meetingkit.storage.copies import BackupLog, connect_file
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.feedback import Alert, Confirm
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.meeting_deletion import MeetingDeletion

MakeWindow = Callable[[], MainWindow]


def answering(monkeypatch: pytest.MonkeyPatch, answer: bool) -> list[str]:
    asked: list[str] = []

    def ask(_cls: type, _parent: object, _title: str, text: str, _action: str) -> bool:
        asked.append(text)
        return answer

    monkeypatch.setattr(Confirm, "ask", classmethod(ask))
    return asked


def backups(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "backups").glob("*.sqlite"))


def test_deleting_the_running_meeting_says_what_goes_and_backs_up_first(
    demo: Demo,
    conn: sqlite3.Connection,
    data_dir: Path,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    window.open_meeting(demo.meeting_id)
    asked = answering(monkeypatch, True)
    window.delete_meeting()
    [text] = asked
    assert text == (
        "Delete “Safe Staffing Working Group — November” on 21 Nov 2026? It is running now. "
        "Its agenda and roles go with it, and all that was recorded: 22 sign-ins, "
        "23 attendees, 16 turns, 3 cards, 5 commitments with their follow-ups, the minutes "
        "of 3 items. This cannot be undone.\n\n"
        # the one who signed in as new, at nothing else (the wording: test_meeting_deletion)
        f"{MeetingDeletion().leaving(1)}\n\n"
        "To take people's names out but keep its anonymous counts (how many came, airtime "
        "by group), purge it instead, on the Privacy page.\n\n"
        f"{copies_outside.of_meeting(0)}\n\n"
        f"{MeetingDeletion().safety_backup(encrypted=False)}"
    )
    assert demo.meeting_id not in [m.key for m in MeetingStore(conn).all()]
    [backup] = backups(data_dir)
    assert BackupLog(conn).all()[0].reason == "before delete"
    with connect_file(backup, None) as copy:  # the backup still holds the meeting
        row = copy.execute("SELECT count(*) FROM signins WHERE meeting_id = ?", [demo.meeting_id])
        assert row.fetchone()[0] == 22
    assert window.statusBar().currentMessage() == (
        "Deleted “Safe Staffing Working Group — November”. A backup of the data as it was "
        f"before is in {backup}."
    )


def test_a_held_meeting_suggests_purging_and_a_plan_is_deleted_without_a_backup(
    demo: Demo,
    conn: sqlite3.Connection,
    data_dir: Path,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    asked = answering(monkeypatch, False)
    window.open_meeting(demo.meeting_ids[0])  # October's, held
    window.delete_meeting()
    assert "It is running now" not in asked[0]
    assert (
        "17 attendees, 4 cards, 6 commitments with their follow-ups, the minutes of 5 items"
        in (asked[0])
    )
    assert "purge it instead" in asked[0]
    assert backups(data_dir) == []  # cancelled: nothing made, nothing deleted
    assert len(MeetingStore(conn).all()) == 11

    plan = MeetingStore(conn).create(Meeting("Planning", dt.date(2026, 12, 3), dt.time(18, 0)))
    window.meetings_page.reload(select_id=plan.key)
    asked = answering(monkeypatch, True)
    window.delete_meeting()
    assert asked == [
        "Delete “Planning” on 3 Dec 2026, with its agenda and roles? This cannot be undone."
    ]
    assert plan.key not in [m.key for m in MeetingStore(conn).all()]
    assert backups(data_dir) == []  # nothing but a plan: no copy of everyone's data
    assert window.statusBar().currentMessage() == "Deleted “Planning”."


def test_a_backup_that_cannot_be_written_deletes_nothing(
    demo: Demo,
    conn: sqlite3.Connection,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def full(*_args: object, **_kwargs: object) -> None:
        raise MeetingkitError("Could not write the backup: No space left on device.")

    monkeypatch.setattr(meeting_deletion, "make_backup", full)
    alerts: list[tuple[str, str]] = []
    monkeypatch.setattr(Alert, "show", classmethod(lambda _c, _p, t, x: alerts.append((t, x))))
    window = make_window()
    window.open_meeting(demo.meeting_id)
    answering(monkeypatch, True)
    window.delete_meeting()
    assert alerts == [
        ("Could not delete the meeting", "Could not write the backup: No space left on device.")
    ]
    assert demo.meeting_id in [m.key for m in MeetingStore(conn).all()]
