"""A rotation's changes follow the rotation, not the meeting on screen: while the trainer looks
at another meeting they are still found (to chime), and on coming back none is lost and none
is told twice."""

import datetime as dt
import sqlite3

from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.core.rotation import Rotation
from meetingkit.paths import curricula_dir
from meetingkit.services.agenda_session import AgendaSession
from meetingkit.services.curricula import load_curriculum
from meetingkit.services.rotation_cues import RotationCues
from meetingkit.services.training import create_training
from meetingkit.storage.meetings import MeetingStore


def training(conn: sqlite3.Connection) -> Meeting:
    curriculum, problems = load_curriculum(curricula_dir() / "one-on-ones")
    assert curriculum is not None, problems
    return create_training(conn, curriculum, dt.date(2026, 11, 21), dt.time(19))


def at_practice(session: AgendaSession) -> tuple[int, Rotation]:
    """Start the training and its practice with its rotation: the item and the rotation."""
    practice = next(i for i in session.items if i.rotation is not None)
    assert practice.rotation is not None
    session.start_meeting()
    session.start_item(practice.key)
    session.start_rotation(practice.key)
    return practice.key, practice.rotation


def test_a_rotation_cues_while_another_meeting_is_shown_and_nothing_is_lost_or_repeated(
    conn: sqlite3.Connection,
) -> None:
    clock = ManualClock(1_795_000_000)
    meeting = training(conn)
    other = MeetingStore(conn).create(Meeting("Tonight", dt.date(2026, 11, 21), dt.time(18)))
    cues = RotationCues()
    session = AgendaSession(meeting, conn, clock)
    cues.follow(session)
    item_id, rotation = at_practice(session)
    cues.restarted(session, item_id)
    [first] = cues.changes()
    assert str(first.cue) == f"Round 1 of {rotation.rounds} · {rotation.steps[0].name}"

    cues.follow(AgendaSession(other, conn, clock))  # the trainer looks at tonight's meeting
    assert cues.running_elsewhere()
    clock.advance(rotation.steps[0].seconds)
    [change] = cues.changes()
    assert change.meeting.title == meeting.title
    assert change.item_id == item_id
    assert str(change.cue) == f"Round 1 of {rotation.rounds} · {rotation.steps[1].name}"
    assert change.step_remaining_ms == rotation.steps[1].seconds * 1000
    assert cues.changes() == []

    # A change while coming back to the training (before any poll) is told once, not lost
    clock.advance(rotation.steps[1].seconds)
    cues.follow(AgendaSession(meeting, conn, clock, first_open=False))
    [back] = cues.changes()
    assert str(back.cue) == f"Round 2 of {rotation.rounds} · {rotation.steps[0].name}"
    assert cues.changes() == []
    assert not cues.running_elsewhere()


def test_a_rotation_met_mid_way_tells_only_the_changes_from_then_on(
    conn: sqlite3.Connection,
) -> None:
    """After a restart: the rotation's earlier changes are not replayed."""
    clock = ManualClock(1_795_000_000)
    meeting = training(conn)
    _item_id, rotation = at_practice(AgendaSession(meeting, conn, clock))
    clock.advance(rotation.round_seconds + 1)
    cues = RotationCues()
    cues.follow(AgendaSession(meeting, conn, clock, first_open=False))
    assert cues.changes() == []


def test_a_meeting_not_shown_is_let_go_when_its_rotation_ends_or_the_meeting_is_deleted(
    conn: sqlite3.Connection,
) -> None:
    clock = ManualClock(1_795_000_000)
    meeting = training(conn)
    other = MeetingStore(conn).create(Meeting("Tonight", dt.date(2026, 11, 21), dt.time(18)))
    cues = RotationCues()
    session = AgendaSession(meeting, conn, clock)
    cues.follow(session)
    item_id, rotation = at_practice(session)
    cues.restarted(session, item_id)  # as F9 on the panel does
    assert len(cues.changes()) == 1
    cues.follow(AgendaSession(other, conn, clock))
    clock.advance(rotation.total_seconds)
    changes = cues.changes()
    assert changes[-1].cue.finished  # "time is up" is told too
    assert not cues.running_elsewhere()

    # Deleted while a rotation ran in it: its session here no longer chimes
    second = training(conn)
    session = AgendaSession(second, conn, clock)
    cues.follow(session)
    item_id, rotation = at_practice(session)
    cues.restarted(session, item_id)
    assert len(cues.changes()) == 1
    cues.follow(AgendaSession(other, conn, clock))
    assert cues.running_elsewhere()
    MeetingStore(conn).delete(second.key)
    clock.advance(rotation.steps[0].seconds)
    assert cues.changes() == []
    assert not cues.running_elsewhere()


def test_a_rotation_whose_item_is_put_on_again_does_not_replay_what_it_missed(
    conn: sqlite3.Connection,
) -> None:
    """Only the item on is followed: back on it (F7), the changes made meanwhile, unheard by
    design, are not all chimed at once."""
    clock = ManualClock(1_795_000_000)
    meeting = training(conn)
    cues = RotationCues()
    session = AgendaSession(meeting, conn, clock)
    cues.follow(session)
    item_id, rotation = at_practice(session)
    cues.restarted(session, item_id)
    assert len(cues.changes()) == 1
    other = next(i for i in session.items if i.key != item_id)
    session.start_item(other.key)
    clock.advance(rotation.round_seconds + 1)
    assert cues.changes() == []
    session.start_item(item_id)
    assert cues.changes() == []
    clock.advance(rotation.steps[0].seconds)
    [change] = cues.changes()
    assert str(change.cue) == f"Round 2 of {rotation.rounds} · {rotation.steps[1].name}"
