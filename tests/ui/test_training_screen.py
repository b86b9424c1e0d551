"""Running a training made from a curriculum: the module's group rotation steps with the
clock, with a visible flash and a chime at each change, and survives a restart."""

import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.paths import curricula_dir
from meetingkit.services.curricula import load_curriculum
from meetingkit.services.training import create_training
from meetingkit.ui.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]


class CountingChime:
    def __init__(self) -> None:
        self.played = 0
        self.enabled = True

    def play(self) -> None:
        self.played += 1


def test_the_rotation_steps_with_the_clock_and_cues_each_change(
    make_window: MakeWindow, conn: sqlite3.Connection, clock: ManualClock, qtbot: QtBot
) -> None:
    curriculum, problems = load_curriculum(curricula_dir() / "one-on-ones")
    assert curriculum is not None, problems
    create_training(conn, curriculum, dt.date(2026, 11, 21), dt.time(19))
    window = make_window()
    runner = window.meetings_page.view.agenda_tab.runner
    panel = runner.rotation_panel
    chime = CountingChime()
    panel.chime = chime  # type: ignore[assignment]
    session = runner.session
    assert session is not None
    practice = next(i for i in session.items if i.rotation is not None)
    runner.act_start_meeting.trigger()
    session.start_item(practice.key)
    runner.refresh()
    assert panel.isVisible()
    assert panel.step_label.text() == "Rotation ready"
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert practice.rotation is not None
    first, second = practice.rotation.steps[0], practice.rotation.steps[1]
    assert panel.step_label.text() == f"Round 1 of {practice.rotation.rounds} · {first.name}"
    assert chime.played == 1
    assert panel.flashing
    clock.advance(first.seconds - 10)
    runner.refresh()
    assert panel.countdown_label.text() == "0:10"
    assert chime.played == 1
    clock.advance(15)  # into the second step: a cue
    runner.refresh()
    assert panel.step_label.text().endswith(second.name)
    assert chime.played == 2
    clock.advance(practice.rotation.round_seconds)  # a long gap: one paint, one chime
    runner.refresh()
    assert panel.step_label.text().startswith("Round 2")
    assert chime.played == 3

    # A restart: the saved rotation resumes where the wall clock says, without replaying cues.
    again = make_window()
    panel2 = again.meetings_page.view.agenda_tab.runner.rotation_panel
    panel2.chime = CountingChime()  # type: ignore[assignment]
    again.meetings_page.view.agenda_tab.runner.refresh()
    assert panel2.step_label.text() == panel.step_label.text()
    assert panel2.chime.played == 0  # type: ignore[attr-defined]


def test_an_item_without_a_rotation_shows_no_rotation_panel(
    make_window: MakeWindow, conn: sqlite3.Connection
) -> None:
    from meetingkit.services.demo import write_demo

    write_demo(conn, dt.datetime(2026, 11, 21, 19, 10))
    window = make_window()
    runner = window.meetings_page.view.agenda_tab.runner
    runner.refresh()
    assert not runner.rotation_panel.isVisible()
    assert not runner.rotation_panel.act_start.isEnabled()


def test_a_new_training_is_made_as_the_dialog_says(
    conn: sqlite3.Connection, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The planned length, the warning and the kind typed in the dialog were dropped."""
    from meetingkit.core.meeting import MeetingKind
    from meetingkit.storage.meetings import MeetingStore
    from meetingkit.ui.meeting_dialog import MeetingDialog

    curriculum, problems = load_curriculum(curricula_dir() / "one-on-ones")
    assert curriculum is not None, problems
    asked: list[Meeting] = []

    def typed(
        _cls: type, _parent: object, draft: Meeting, _title: str, save: Callable[[Meeting], object]
    ) -> Meeting:
        asked.append(draft)
        meeting = replace(
            draft, planned_minutes=240, warning_minutes=10, kind=MeetingKind.MEETING, place="Hall"
        )
        save(meeting)  # as the dialog does before it closes
        return meeting

    monkeypatch.setattr(MeetingDialog, "ask", classmethod(typed))
    window = make_window()
    window.new_training(curriculum)
    assert asked[0].kind is MeetingKind.TRAINING  # what the dialog offers
    (made,) = [m for m in MeetingStore(conn).all() if m.title == curriculum.title]
    assert (made.planned_minutes, made.warning_minutes) == (240, 10)
    assert (made.kind, made.place) == (MeetingKind.MEETING, "Hall")
    assert MeetingStore(conn).curriculum(made.key) == curriculum.slug
