"""The retention new meetings start with, set in Settings, reaches every way a meeting is made
from the window: New meeting, Duplicate (when the source has none), Next meeting, New training."""

import sqlite3
from collections.abc import Callable
from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from meetingkit.core.meeting import Meeting
from meetingkit.core.settings import Settings
from meetingkit.paths import curricula_dir
from meetingkit.services.curricula import load_curriculum
from meetingkit.services.data_dir import default_data_dir
from meetingkit.services.settings_file import Preferences
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.retention import RetentionStore
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.meeting_dialog import MeetingDialog
from meetingkit.ui.next_meeting_dialog import NextMeetingDialog
from meetingkit.ui.settings_dialog import SettingsDialog


def saving_the_draft(monkeypatch: pytest.MonkeyPatch) -> None:
    """MeetingDialog.ask saves what it proposes (titled, if it had no title), as OK does."""

    def ask(
        _cls: type, _parent: object, draft: Meeting, _title: str, save: Callable[[Meeting], object]
    ) -> Meeting:
        typed = replace(draft, title=draft.title or "Chapter")
        save(typed)
        return typed

    monkeypatch.setattr(MeetingDialog, "ask", classmethod(ask))


def newest(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT max(id) FROM meetings").fetchone()[0])


def test_the_settings_dialog_shows_and_returns_the_retention(
    qtbot: QtBot,
) -> None:
    dialog = SettingsDialog(Settings(retention_days=365), default_data_dir(), False)
    qtbot.addWidget(dialog)
    assert dialog.retention_spin.value() == 365
    assert dialog.settings().retention_days == 365
    dialog.retention_spin.setValue(0)
    assert dialog.retention_spin.text() == "never: I purge by hand"
    assert dialog.settings() == Settings()


def test_the_settings_dialog_says_the_retention_is_for_meetings_made_from_now_on(
    qtbot: QtBot,
) -> None:
    """QA round 11: "Purge personal data: never: I purge by hand" read as a rule for every
    meeting. The dialog says, under the box, that it is where new meetings start, and where
    the meetings already made are changed."""
    from PySide6.QtWidgets import QLabel

    dialog = SettingsDialog(Settings(), default_data_dir(), False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    shown = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    [note] = [text for text in shown if "from now on" in text]
    assert "already have keep their own" in note
    assert "Privacy page" in note
    label = dialog.form.labelForField(dialog.retention_spin)
    assert isinstance(label, QLabel)
    assert label.text() == "Pur&ge personal data:"
    assert dialog.retention_note.geometry().top() > dialog.retention_spin.geometry().bottom()


def test_every_new_meeting_from_the_window_starts_with_the_settings_retention(
    conn: sqlite3.Connection,
    make_window: Callable[[], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    Preferences.load().change(retention_days=365)
    window = make_window()
    retention = RetentionStore(conn)
    saving_the_draft(monkeypatch)

    window.new_meeting()
    first = newest(conn)
    assert retention.get(first).days == 365

    retention.set_days(first, None)  # kept until purged by hand: its copy gets the default
    window.meetings_page.select_meeting(first)
    window.duplicate_meeting()
    assert retention.get(newest(conn)).days == 365
    retention.set_days(first, 30)  # the series' own: its copy keeps it
    window.meetings_page.select_meeting(first)
    window.duplicate_meeting()
    assert retention.get(newest(conn)).days == 30

    retention.set_days(first, None)
    monkeypatch.setattr(NextMeetingDialog, "exec", lambda dialog: dialog.accept() or 1)
    window.meetings_page.select_meeting(first)
    window.next_meeting()
    made = newest(conn)
    assert MeetingStore(conn).get(made).date > MeetingStore(conn).get(first).date
    assert retention.get(made).days == 365

    curriculum, problems = load_curriculum(curricula_dir() / "one-on-ones")
    assert curriculum is not None, problems
    window.new_training(curriculum)
    assert MeetingStore(conn).curriculum(newest(conn)) == curriculum.slug
    assert retention.get(newest(conn)).days == 365


def test_without_the_setting_new_meetings_are_kept_until_purged_by_hand(
    conn: sqlite3.Connection,
    make_window: Callable[[], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    saving_the_draft(monkeypatch)
    window.new_meeting()
    assert RetentionStore(conn).get(newest(conn)).days is None
