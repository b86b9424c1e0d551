"""A training's rotation as the trainer moves about the app: its changes still chime while
another meeting is shown, and the status bar says which; F6 gives back a rotation paused alone
still paused; the trainer's panel and the room's screen say the same about what comes next; a
rotation of one round is not "Round 1 of 1", and its end is called a rotation's (or timed
steps') by the core's rule, as the panel calls it."""

import datetime as dt
import sqlite3
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.core.rotation import Rotation, RotationStep
from meetingkit.paths import curricula_dir
from meetingkit.services.curricula import load_curriculum
from meetingkit.services.training import create_training
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.agenda_runner import AgendaRunner
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.scroll_column import ScrollColumn

MakeWindow = Callable[[], MainWindow]


class CountedChime:
    enabled = True

    def __init__(self) -> None:
        self.plays = 0

    def play(self) -> None:
        self.plays += 1


def at_practice(
    make_window: MakeWindow, conn: sqlite3.Connection, slug: str = "one-on-ones"
) -> tuple[MainWindow, AgendaRunner, Meeting, AgendaItem, CountedChime]:
    """A window on a training from `slug`, started, at its first module with a rotation (not
    started yet), with its chimes counted."""
    curriculum, problems = load_curriculum(curricula_dir() / slug)
    assert curriculum is not None, problems
    meeting = create_training(conn, curriculum, dt.date(2026, 11, 21), dt.time(19))
    window = make_window()
    window.open_meeting(meeting.key)
    runner = window.meetings_page.view.agenda_tab.runner
    chime = CountedChime()
    runner.rotation_panel.chime = chime  # type: ignore[assignment]
    session = runner.session
    assert session is not None
    assert session.meeting.key == meeting.key
    practice = next(i for i in session.items if i.rotation is not None)
    runner.act_start_meeting.trigger()
    session.start_item(practice.key)
    runner.refresh()
    return window, runner, meeting, practice, chime


def rotation_of(item: AgendaItem) -> Rotation:
    assert item.rotation is not None
    return item.rotation


def test_a_change_chimes_while_another_meeting_is_shown_and_is_not_lost_on_coming_back(
    make_window: MakeWindow, conn: sqlite3.Connection, clock: ManualClock, qtbot: QtBot
) -> None:
    other = MeetingStore(conn).create(Meeting("Tonight", dt.date(2026, 11, 21), dt.time(18)))
    window, runner, meeting, practice, chime = at_practice(make_window, conn)
    panel = runner.rotation_panel
    rotation = rotation_of(practice)
    first, second = rotation.steps[0], rotation.steps[1]
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert chime.plays == 1  # round 1 begins

    window.open_meeting(other.key)  # the trainer checks tonight's meeting
    assert runner.session is not None
    assert runner.session.meeting.key == other.key
    clock.advance(first.seconds)
    qtbot.waitUntil(lambda: chime.plays == 2, timeout=3000)  # no tick of the runner needed
    said = window.statusBar().currentMessage()
    assert said == f"{meeting.title}: Round 1 of {rotation.rounds} · {second.name}"

    # The next change falls as the trainer comes back: told once, not swallowed
    clock.advance(second.seconds)
    window.open_meeting(meeting.key)
    assert chime.plays == 3
    assert panel.flashing
    assert panel.step_label.text() == f"Round 2 of {rotation.rounds} · {first.name}"
    runner.refresh()
    assert chime.plays == 3


def test_f6_gives_back_a_rotation_paused_alone_still_paused(
    make_window: MakeWindow, conn: sqlite3.Connection, clock: ManualClock, qtbot: QtBot
) -> None:
    window, runner, _meeting, _practice, _chime = at_practice(make_window, conn)
    panel = runner.rotation_panel
    qtbot.keyClick(window, Qt.Key.Key_F9)
    clock.advance(30)
    qtbot.keyClick(window, Qt.Key.Key_F9, Qt.KeyboardModifier.ShiftModifier)  # rotation alone
    assert panel.step_label.text().endswith("(paused)")
    clock.advance(5)
    qtbot.keyClick(window, Qt.Key.Key_F6)  # the item pauses
    clock.advance(120)
    qtbot.keyClick(window, Qt.Key.Key_F6)  # the item resumes; the rotation does not
    assert not runner.item_label.text().endswith("(paused)")
    assert panel.step_label.text().endswith("(paused)")
    assert panel.act_pause.text() == "Resume rotation"
    shown = panel.countdown_label.text()
    clock.advance(60)
    runner.refresh()
    assert panel.countdown_label.text() == shown


def test_the_panel_and_the_projector_say_the_same_next_step(
    make_window: MakeWindow, conn: sqlite3.Connection, clock: ManualClock, qtbot: QtBot
) -> None:
    window, runner, _meeting, practice, _chime = at_practice(make_window, conn)
    rotation = rotation_of(practice)
    first, second = rotation.steps[0], rotation.steps[-1]
    window.projector.toggle()
    projector = window.projector.window
    assert projector is not None
    qtbot.addWidget(projector)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    seen: list[tuple[int, str]] = []
    for at in (1, first.seconds + 1, rotation.total_seconds - 1):  # mid-round, new round, last
        clock.advance(at - (seen[-1][0] if seen else 0))
        runner.refresh()
        window.projector.refresh()
        assert runner.rotation_panel.next_label.text() == projector.next_label.text()
        seen.append((at, projector.next_label.text()))
    assert [said for _, said in seen] == [
        f"Next: {rotation.steps[1].name}",
        f"Next: Round 2 of {rotation.rounds} · {first.name}",  # a new round: roles change
        "Last step: then time is up",
    ]
    assert second is rotation.steps[-1]
    projector.close()


def test_a_rotation_of_one_round_shows_its_step_without_round_1_of_1(
    make_window: MakeWindow, conn: sqlite3.Connection, clock: ManualClock, qtbot: QtBot
) -> None:
    window, runner, _meeting, practice, _chime = at_practice(
        make_window, conn, "across-professions"
    )
    rotation = rotation_of(practice)
    assert rotation.rounds == 1
    window.projector.toggle()
    projector = window.projector.window
    assert projector is not None
    qtbot.addWidget(projector)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    window.projector.refresh()
    step = rotation.steps[0].name
    assert runner.rotation_panel.step_label.text() == step
    assert projector.speaker_label.text() == step
    assert not projector.kind_label.isVisibleTo(projector)
    assert "Round" not in runner.rotation_panel.next_label.text()
    projector.close()


def test_the_runners_column_fits_a_1366x768_laptop_with_a_rotation_under_way(
    make_window: MakeWindow, conn: sqlite3.Connection, clock: ManualClock, qtbot: QtBot
) -> None:
    """With the rotation panel up, the column scrolled, and *Record decision* sat below the
    fold. Spanish steps are the longest ("Comentarios de quien observa")."""
    window, runner, _meeting, practice, _chime = at_practice(
        make_window, conn, "conversaciones-uno-a-uno"
    )
    window.resize(1366, 768)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    clock.advance(rotation_of(practice).steps[0].seconds + 30)  # the longest step, 2 lines
    runner.refresh()
    QApplication.processEvents()
    column = runner.parentWidget()
    while column is not None and not isinstance(column, ScrollColumn):
        column = column.parentWidget()
    assert column is not None
    assert runner.rotation_panel.step_label.text().endswith("Comentarios de quien observa")
    assert column.verticalScrollBar().maximum() == 0


def test_a_rotation_of_one_round_whose_roles_change_ends_as_a_rotation_in_the_status_bar(
    make_window: MakeWindow, conn: sqlite3.Connection, clock: ManualClock, qtbot: QtBot
) -> None:
    """The status bar called a rotation's end "timed steps over" when it had one round, by a
    rule of its own (more than one round), while the panel, the Curricula page and the room's
    screen call it a rotation when its roles change, as `Rotation.rotates` says."""
    rotation = Rotation(2, (RotationStep("Ask", 60), RotationStep("Listen", 60)), 1, rotate=True)
    assert rotation.rotates  # where the two rules disagreed: roles change, in one round
    assert rotation.rounds == 1
    day = dt.date(2026, 11, 21)
    meeting = MeetingStore(conn).create(Meeting("Role play", day, dt.time(19)))
    other = MeetingStore(conn).create(Meeting("Tonight", day, dt.time(18)))
    item = AgendaStore(conn).add_item(meeting.key, AgendaItem("Pairs", 10, rotation=rotation))
    window = make_window()
    window.open_meeting(meeting.key)
    runner = window.meetings_page.view.agenda_tab.runner
    chime = CountedChime()
    runner.rotation_panel.chime = chime  # type: ignore[assignment]
    runner.act_start_meeting.trigger()
    assert runner.session is not None
    runner.session.start_item(item.key)
    runner.refresh()
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert runner.rotation_panel.act_pause.text() == "Pause rotation"

    window.open_meeting(other.key)
    clock.advance(rotation.total_seconds)  # the second step and the end, heard as one
    qtbot.waitUntil(lambda: chime.plays == 2, timeout=3000)
    assert window.statusBar().currentMessage() == "Role play: rotation over — time is up"
    window.open_meeting(meeting.key)
    assert runner.rotation_panel.step_label.text() == "Rotation over — time is up"
