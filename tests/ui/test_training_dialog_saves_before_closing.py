"""New training from a curriculum saves before its dialog closes, as New meeting does: a save
that fails (a full disk) is said in the dialog, which stays open with everything typed, and OK
again makes the training once there is space. Nothing half-made is left behind."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest

from meetingkit.core.meeting import MeetingKind
from meetingkit.paths import curricula_dir
from meetingkit.services.curricula import load_curriculum
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.form_dialog import FormDialog
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.meeting_dialog import MeetingDialog
from tests.ui.test_dialogs_keep_what_was_typed import FULL, Disk, ok_until_saved
from tests.ui.test_meeting_dialog_saves_before_closing import alerts

__all__ = ["alerts"]  # the fixture: what message boxes said

TYPED = ("Night shift one-on-ones", MeetingKind.TRAINING, "Break room", 150)


def test_a_new_training_the_disk_refuses_stays_in_its_dialog_and_nothing_half_is_made(
    conn: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
    alerts: list[str],
    make_window: Callable[[], MainWindow],
) -> None:
    curriculum, problems = load_curriculum(curricula_dir() / "one-on-ones")
    assert curriculum is not None, problems
    window = make_window()
    # Refused once the meeting is written and its modules are going in: all or nothing
    disk = Disk(monkeypatch, AgendaStore, "add_items")
    made: list[int] = []

    def typing(dialog: FormDialog) -> None:
        assert isinstance(dialog, MeetingDialog)
        dialog.title_edit.setText(TYPED[0])
        dialog.place_edit.setText(TYPED[2])
        dialog.minutes_spin.setValue(TYPED[3])

    def reading(dialog: FormDialog) -> object:
        assert isinstance(dialog, MeetingDialog)
        made.append(len(MeetingStore(conn).all()))  # after the refused OK
        m = dialog.meeting()
        return m.title, m.kind, m.place, m.planned_minutes

    seen = ok_until_saved(monkeypatch, MeetingDialog, disk, typing, reading)
    window.new_training(curriculum)

    [(result, said, values)] = seen
    assert result == 0  # still open
    assert said.startswith(FULL)
    assert values == TYPED
    assert made == [0]  # the refused training left no meeting behind
    [saved] = MeetingStore(conn).all()  # once, on the second OK
    assert (saved.title, saved.kind, saved.place, saved.planned_minutes) == TYPED
    assert MeetingStore(conn).curriculum(saved.key) == curriculum.slug
    titles = [i.title for i in AgendaStore(conn).items(saved.key)]
    assert titles == [m.title for m in curriculum.modules()]
    assert window.meetings_page.current_meeting() == saved
    assert TYPED[0] in window.statusBar().currentMessage()
    assert alerts == []
