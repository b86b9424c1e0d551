"""F6 pauses the item and its group rotation together, so the room's timer does not run on
(and chime "time is up") through a fire alarm; Shift+F9 still pauses the rotation alone."""

import datetime as dt
import sqlite3

from meetingkit.core.agenda_run import ItemState
from meetingkit.core.clock import ManualClock
from meetingkit.paths import curricula_dir
from meetingkit.services.agenda_session import AgendaSession
from meetingkit.services.curricula import load_curriculum
from meetingkit.services.training import create_training


def running_rotation(conn: sqlite3.Connection, clock: ManualClock) -> tuple[AgendaSession, int]:
    curriculum, problems = load_curriculum(curricula_dir() / "one-on-ones")
    assert curriculum is not None, problems
    meeting = create_training(conn, curriculum, dt.date(2026, 11, 21), dt.time(19))
    session = AgendaSession(meeting, conn, clock)
    practice = next(i for i in session.items if i.rotation is not None)
    session.start_meeting()
    session.start_item(practice.key)
    session.start_rotation(practice.key)
    return session, practice.key


def test_pausing_the_item_pauses_its_rotation_and_resuming_resumes_it(
    conn: sqlite3.Connection,
) -> None:
    clock = ManualClock(1_000_000)
    session, item_id = running_rotation(conn, clock)
    timer = session.rotation(item_id)
    assert timer is not None
    clock.advance(60)
    session.toggle_pause()  # F6
    assert session.state(item_id) is ItemState.PAUSED
    assert timer.status().paused
    clock.advance(timer.rotation.total_seconds)  # a long pause: the rotation must not run out
    assert not timer.status().finished
    assert timer.status().elapsed_ms == 60_000
    # Saved: a restart during the pause finds the rotation paused too.
    again = AgendaSession(session.meeting, conn, clock, first_open=False).rotation(item_id)
    assert again is not None
    assert again.status().paused
    session.toggle_pause()  # F6 again
    assert session.state(item_id) is ItemState.RUNNING
    assert not timer.status().paused
    clock.advance(10)
    assert timer.status().elapsed_ms == 70_000


def test_shift_f9_pauses_the_rotation_alone(conn: sqlite3.Connection) -> None:
    clock = ManualClock(1_000_000)
    session, item_id = running_rotation(conn, clock)
    session.toggle_rotation_pause(item_id)
    assert session.state(item_id) is ItemState.RUNNING
    timer = session.rotation(item_id)
    assert timer is not None
    assert timer.status().paused


def test_f6_leaves_a_rotation_the_trainer_had_paused_alone_paused(
    conn: sqlite3.Connection,
) -> None:
    """Shift+F9, then F6 and F6 again: the item runs again, the rotation stays as the trainer
    left it, paused (F6 puts it back as it was, it does not override Shift+F9)."""
    clock = ManualClock(1_000_000)
    session, item_id = running_rotation(conn, clock)
    timer = session.rotation(item_id)
    assert timer is not None
    clock.advance(60)
    session.toggle_rotation_pause(item_id)  # Shift+F9
    clock.advance(30)
    session.toggle_pause()  # F6: the item pauses
    clock.advance(300)
    session.toggle_pause()  # F6: the item resumes
    assert session.state(item_id) is ItemState.RUNNING
    assert timer.status().paused
    clock.advance(10)
    assert timer.status().elapsed_ms == 60_000
    session.toggle_rotation_pause(item_id)  # Shift+F9: the trainer resumes it
    clock.advance(10)
    assert timer.status().elapsed_ms == 70_000


def test_after_a_restart_f6_still_tells_its_own_pause_from_the_trainers(
    conn: sqlite3.Connection,
) -> None:
    """Which pause was F6's is read from what is saved, so a restart during the item's pause
    changes nothing."""
    clock = ManualClock(1_000_000)
    session, item_id = running_rotation(conn, clock)
    clock.advance(60)
    session.toggle_pause()  # F6 pauses the item and the rotation
    clock.advance(120)
    again = AgendaSession(session.meeting, conn, clock, first_open=False)
    again.toggle_pause()  # F6 after the restart: both run again
    timer = again.rotation(item_id)
    assert timer is not None
    assert not timer.status().paused

    clock.advance(10)
    again.toggle_rotation_pause(item_id)  # Shift+F9
    clock.advance(5)
    again.toggle_pause()  # F6
    third = AgendaSession(session.meeting, conn, clock, first_open=False)
    third.toggle_pause()  # F6 after another restart: the trainer's pause holds
    timer = third.rotation(item_id)
    assert timer is not None
    assert third.state(item_id) is ItemState.RUNNING
    assert timer.status().paused
    assert timer.status().elapsed_ms == 70_000
