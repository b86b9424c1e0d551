"""`meetingkit purge` asks as the app does (core.copies_outside, one source for both): backups
made before and files already exported or printed keep the meeting's personal data, with how
many files the export log lists from it."""

import sys
from pathlib import Path

import pytest

from meetingkit.core import copies_outside
from meetingkit.services.data_dir import database_path
from meetingkit.storage import open_db
from meetingkit.storage.export_log import ExportKind, ExportLog
from tests.test_cli_privacy import folder, meetingkit  # noqa: F401 (fixture)


def _asked(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], data: str) -> str:
    """The question, answered no at a terminal."""
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda _prompt: "no")
    capsys.readouterr()
    assert meetingkit("purge", "--meeting", "1", "--data-dir", data) == 1
    out = capsys.readouterr().out
    assert out.endswith("Nothing was purged.\n")
    return out.removesuffix("Nothing was purged.\n")


def test_the_purge_question_says_backups_and_files_keep_the_data(
    folder: str,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    question = _asked(monkeypatch, capsys, folder)
    assert question.startswith("Purge the personal data of “Safe staffing”")
    assert question.endswith(
        "This cannot be undone.\n\nBackups made before now still contain its personal data, "
        "as do files already exported or printed.\n"
    )


def test_it_counts_the_files_exported_from_that_meeting(
    folder: str,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    conn = open_db(database_path(Path(folder)))
    try:
        for meeting_id, name in ((1, "attendance.csv"), (1, "call-list.pdf"), (2, "other.csv")):
            ExportLog(conn).record(
                ExportKind.ATTENDANCE,
                meeting_id=meeting_id,
                exported_ms=0,
                file_name=name,
                columns=("name",),
                rows=3,
            )
    finally:
        conn.close()
    question = _asked(monkeypatch, capsys, folder)
    assert question.endswith(f"\n\n{copies_outside.of_meeting(2)}\n")
    assert "2 files with people's names were saved from this meeting" in question


def test_one_file_is_said_as_one() -> None:
    assert copies_outside.of_meeting(1).endswith(
        "1 file with people's names was saved from this meeting: the Privacy page's Export log "
        "tab lists it. Delete it if you no longer need it."
    )
