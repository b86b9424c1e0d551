"""The export dialog: counts before writing, the group's column names, then Save."""

import csv
import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.core.signin import FormSettings, check_submission
from meetingkit.services.exports import ExportFormat, Exports
from meetingkit.storage.export_log import ExportLog
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.signin import SignInStore
from meetingkit.ui.export_dialog import ExportDialog
from meetingkit.ui.save_document import SavePath

FORM = FormSettings(("first_name", "email", "phone", "profession"))


@pytest.fixture
def meeting(conn: sqlite3.Connection) -> Meeting:
    meeting = MeetingStore(conn).create(
        Meeting("<i>Night</i> assembly", dt.date(2026, 11, 21), dt.time(19))
    )
    store = SignInStore(conn)
    for n, answers in enumerate(
        (
            {
                "first_name": "Ana",
                "email": "ana@example.org",
                "profession": "RN",
                "consent_contact_email": "yes",
            },
            {"first_name": "Ben", "email": "ben@example.org"},
            {"first_name": "Cy", "phone": "3125550100", "consent_contact_text": "yes"},
        )
    ):
        store.record(
            meeting.key,
            check_submission(answers, FORM),
            f"nonce-{n}",
            source="phone",
            language="en",
            now_ms=1_795_000_000_000,
        )
    return meeting


@pytest.fixture
def dialog(qtbot: QtBot, conn: sqlite3.Connection, meeting: Meeting) -> ExportDialog:
    exports = Exports(conn, ManualClock(dt.datetime(2026, 11, 21, 21).timestamp()))
    dialog = ExportDialog(exports, meeting)
    qtbot.addWidget(dialog)
    return dialog


def test_the_counts_say_who_is_left_out_and_why(dialog: ExportDialog) -> None:
    text = dialog.summary.text()
    assert "People in the file: 1." in text
    assert "Left out: 2 — 1 did not agree to be contacted; 1 agreed to contact but gave no" in text
    assert dialog.save_button.isEnabled()
    assert all(
        label.textFormat() == Qt.TextFormat.PlainText for label in dialog.findChildren(QLabel)
    )
    dialog.format_buttons[ExportFormat.ATTENDANCE].setChecked(True)
    assert "People in the file: 3." in dialog.summary.text()
    assert "Left out" not in dialog.summary.text()


def test_contact_columns_only_for_the_attendance_list(dialog: ExportDialog) -> None:
    assert not dialog.field_checks["email"].isEnabled()
    dialog.format_buttons[ExportFormat.ATTENDANCE].setChecked(True)
    assert dialog.field_checks["email"].isEnabled()
    dialog.field_checks["email"].setChecked(True)
    assert dialog.fields() == {"email": "email"}
    assert "Email or phone left blank for 1" in dialog.summary.text()  # Ben said no
    dialog.format_buttons[ExportFormat.ACTION_NETWORK].setChecked(True)
    assert dialog.fields() == {}


def test_the_upload_shows_its_contact_columns_ticked_and_the_list_keeps_its_own(
    dialog: ExportDialog,
) -> None:
    """An Action Network upload always has email, phone and zip code (QA 16f: greyed and
    unticked, they said it had not); the attendance list's own choice comes back."""
    for ours in ("email", "phone", "zip_code"):
        check = dialog.field_checks[ours]
        assert check.isChecked(), ours
        assert not check.isEnabled()
        assert "always has this column" in check.toolTip()
    dialog.format_buttons[ExportFormat.ATTENDANCE].setChecked(True)
    assert not dialog.field_checks["email"].isChecked()  # the list's: none chosen yet
    dialog.field_checks["phone"].setChecked(True)
    assert dialog.fields() == {"phone": "phone"}
    dialog.format_buttons[ExportFormat.ACTION_NETWORK].setChecked(True)
    assert dialog.field_checks["email"].isChecked()
    assert dialog.fields() == {}
    dialog.format_buttons[ExportFormat.ATTENDANCE].setChecked(True)
    assert dialog.fields() == {"phone": "phone"}
    assert dialog.field_checks["email"].toolTip() == ""


def test_a_clashing_column_name_is_explained(dialog: ExportDialog) -> None:
    dialog.field_checks["profession"].setChecked(True)
    dialog.field_names["profession"].setText("Email")
    assert "Two columns would be called “Email”" in dialog.error.text()
    assert not dialog.save_button.isEnabled()
    dialog.field_names["profession"].setText("role")
    assert not dialog.error.isVisibleTo(dialog)
    assert dialog.save_button.isEnabled()


def test_save_writes_the_file_and_logs_it(
    dialog: ExportDialog,
    conn: sqlite3.Connection,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    titles: list[str] = []

    def choose(cls: object, parent: object, title: str, name: str, kind: object) -> Path:
        asked.append(name)
        titles.append(title)
        return tmp_path / name

    monkeypatch.setattr(SavePath, "ask", classmethod(choose))
    dialog.field_checks["profession"].setChecked(True)
    dialog.save()
    assert asked == ["i-night-i-assembly-action-network.csv"]
    assert titles == ["Save the Action Network upload"]  # the name as it is written
    assert dialog.result_ is not None
    with (tmp_path / asked[0]).open(newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][-1] == "role"
    assert rows[1][:3] == ["Ana", "", "ana@example.org"]
    assert [e.file_name for e in ExportLog(conn).entries()] == [asked[0]]


def test_ask_returns_none_when_cancelled(
    qtbot: QtBot, conn: sqlite3.Connection, meeting: Meeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ExportDialog, "exec", lambda self: qtbot.addWidget(self) or 0)
    exports = Exports(conn, ManualClock(0))
    assert ExportDialog.ask(None, exports, meeting) is None


def test_the_attendance_list_says_it_is_not_a_contact_list(dialog: ExportDialog) -> None:
    """Everyone who came is in it, whatever they agreed (qa12b F8): said while it is chosen."""
    assert dialog.attendance_note.isHidden()  # the Action Network file holds only consenters
    dialog.format_buttons[ExportFormat.ATTENDANCE].setChecked(True)
    assert not dialog.attendance_note.isHidden()
    note = dialog.attendance_note.text()
    assert note.startswith("Everyone who came, and anyone who held a role, is listed")
    assert "not a list for emailing or for Action Network" in note
    dialog.format_buttons[ExportFormat.ACTION_NETWORK].setChecked(True)
    assert dialog.attendance_note.isHidden()
