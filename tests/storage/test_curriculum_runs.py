"""The trainings made from a curriculum, read back with which of their modules were started."""

import datetime as dt
import sqlite3

from meetingkit.core.agenda import AgendaItem, ItemKind
from meetingkit.core.agenda_run import RunRecord, Segment
from meetingkit.core.group import Group, GroupKind
from meetingkit.core.meeting import Meeting
from meetingkit.paths import curricula_dir
from meetingkit.services.curricula import load_curriculum
from meetingkit.services.training import create_training
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.curriculum_runs import CurriculumRunStore
from meetingkit.storage.groups import GroupStore
from meetingkit.storage.meetings import MeetingStore


def test_a_curriculums_trainings_with_their_group_and_the_modules_started(
    conn: sqlite3.Connection,
) -> None:
    curriculum, problems = load_curriculum(curricula_dir() / "one-on-ones")
    assert curriculum is not None, problems
    other, _ = load_curriculum(curricula_dir() / "power-mapping")
    assert other is not None
    later = create_training(conn, curriculum, dt.date(2026, 12, 5), dt.time(10, 0))
    held = create_training(conn, curriculum, dt.date(2026, 11, 7), dt.time(10, 0))
    create_training(conn, other, dt.date(2026, 11, 7), dt.time(10, 0))
    MeetingStore(conn).create(Meeting("Working group", dt.date(2026, 11, 7), dt.time(18, 0)))
    group = GroupStore(conn).create(Group("New organizers", GroupKind.WORKING_GROUP))
    GroupStore(conn).set_meeting_group(held.key, group.key)
    agenda = AgendaStore(conn)
    items = agenda.items(held.key)
    agenda.add_item(held.key, AgendaItem("Lunch", 30, ItemKind.BREAK))
    agenda.delete_item(items[-1].key)  # the trainer dropped the evaluation
    # The first module was run to its end, the second started and left running.
    first, second = items[0].key, items[1].key
    record = RunRecord(
        started_ms=1,
        current_item_id=second,
        segments=(Segment(first, 1, 2), Segment(second, 2)),
        done=frozenset({first}),
    )
    agenda.save_run(held.key, record, seen_ms=None)

    runs = CurriculumRunStore(conn).runs(curriculum.slug)
    assert [r.meeting_id for r in runs] == [held.key, later.key]  # oldest first
    shown, ahead = runs
    assert (shown.group, shown.started, shown.date) == ("New organizers", True, held.date)
    titles = [m.title for m in curriculum.modules()]
    assert [m.title for m in shown.modules] == titles[:-1]  # no break, no deleted item
    assert shown.ran == tuple(titles[:2])
    assert (ahead.group, ahead.started, ahead.ran) == ("", False, ())
    assert len(ahead.modules) == len(titles)
    assert CurriculumRunStore(conn).runs("") == []
    assert CurriculumRunStore(conn).runs("no-such-curriculum") == []
