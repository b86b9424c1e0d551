"""A training meeting made from a curriculum keeps the curriculum's times and rotations."""

import datetime as dt
import sqlite3

from meetingkit.core.agenda import ItemKind
from meetingkit.core.meeting import MeetingKind
from meetingkit.paths import curricula_dir
from meetingkit.services.curricula import load_curriculum
from meetingkit.services.training import BREAK_MINUTES, create_training
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.commitments import CommitmentStore
from meetingkit.storage.meetings import MeetingStore


def test_the_agenda_keeps_every_module_its_minutes_and_rotation(conn: sqlite3.Connection) -> None:
    curriculum, problems = load_curriculum(curricula_dir() / "one-on-ones")
    assert curriculum is not None, problems
    meeting = create_training(conn, curriculum, dt.date(2026, 12, 5), dt.time(10), "Break room")
    assert meeting.kind == MeetingKind.TRAINING
    assert MeetingStore(conn).curriculum(meeting.key) == "one-on-ones"
    items = AgendaStore(conn).items(meeting.key)
    modules = list(curriculum.modules())
    breaks = len(curriculum.sessions) - 1
    assert len(items) == len(modules) + breaks
    planned = [(i.title, i.planned_minutes, i.rotation) for i in items if i.kind != ItemKind.BREAK]
    assert planned == [(m.title, m.minutes, m.rotation) for m in modules]
    assert meeting.planned_minutes == curriculum.total_minutes + breaks * BREAK_MINUTES
    assert any(i.rotation is not None for i in items)  # the practice in threes
    assert items[-1].kind == ItemKind.EVALUATION or any(
        i.kind == ItemKind.EVALUATION for i in items
    )


def test_the_commitment_prompt_becomes_the_cards_options(conn: sqlite3.Connection) -> None:
    curriculum, _ = load_curriculum(curricula_dir() / "one-on-ones")
    assert curriculum is not None
    assert curriculum.commitment is not None
    day = dt.date(2026, 12, 5)
    meeting = create_training(conn, curriculum, day, dt.time(10))
    options = CommitmentStore(conn).options(meeting.key)
    expected = [
        (o.text, day + dt.timedelta(days=o.due_days)) for o in curriculum.commitment.options
    ]
    assert [(o.text, o.due) for o in options] == expected[:5]
