"""A facilitator guide printed for a training carries the training's title, day and clock
times, by its agenda as the trainer left it; the curriculum's own guide keeps its offsets."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from meetingkit.core.agenda import AgendaItem, ItemKind
from meetingkit.core.curriculum import Curriculum
from meetingkit.core.errors import MeetingkitError
from meetingkit.core.meeting import Meeting, MeetingKind
from meetingkit.paths import curricula_dir
from meetingkit.services.curricula import load_curriculum
from meetingkit.services.printing.guide_pdf import render_guide
from meetingkit.services.printing.training_times import times_for_training, training_times
from meetingkit.services.training import BREAK_MINUTES, agenda_from, create_training
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.meetings import MeetingStore
from tests.pdf_reading import needs, page_texts, pdf_text

DAY = dt.date(2026, 12, 5)  # a Saturday
START = dt.time(9, 30)


def _bundled(slug: str) -> Curriculum:
    curriculum, problems = load_curriculum(curricula_dir() / slug)
    assert curriculum is not None, problems
    return curriculum


@pytest.fixture
def strategy() -> Curriculum:
    """Two sessions: 10 + 20 + 25 + 10 + 5 minutes, then 40 + 12 + 18 + 5 + 5."""
    curriculum = _bundled("strategy-chart")
    assert [[m.minutes for m in s.modules] for s in curriculum.sessions] == [
        [10, 20, 25, 10, 5],
        [40, 12, 18, 5, 5],
    ]
    return curriculum


def _meeting(curriculum: Curriculum) -> Meeting:
    return Meeting(
        title="Strategy — December cohort",
        date=DAY,
        start=START,
        kind=MeetingKind.TRAINING,
        place="Union hall",
        planned_minutes=165,
    )


def _at(hours: int, minutes: int) -> dt.datetime:
    return dt.datetime.combine(DAY, dt.time(hours, minutes))


def test_the_agenda_as_made_runs_on_the_clock_with_the_break(strategy: Curriculum) -> None:
    times = training_times(strategy, _meeting(strategy), agenda_from(strategy))
    starts = [slot.starts if slot else None for slot in times.modules]
    assert starts[:5] == [_at(9, 30), _at(9, 40), _at(10, 0), _at(10, 25), _at(10, 35)]
    # Session 1 ends at 10:40; the break; session 2 at 10:55.
    assert starts[5] == _at(10, 40) + dt.timedelta(minutes=BREAK_MINUTES)
    assert times.span(range(5)) == (_at(9, 30), _at(10, 40))
    assert times.span(range(5, 10)) == (_at(10, 55), _at(12, 15))
    [(before, pause)] = times.others
    assert before == 5  # before the first module of session 2
    assert pause.item.kind is ItemKind.BREAK
    assert (pause.starts, pause.ends) == (_at(10, 40), _at(10, 55))
    assert (times.starts, times.ends) == (_at(9, 30), _at(12, 15))


def test_edits_to_the_agenda_move_the_times(strategy: Curriculum) -> None:
    """Module 2 lengthened by 10 minutes, module 4 deleted, an item of the trainer's own
    after module 5, module 9 renamed with other spacing and case: each module takes its
    item's times; the deleted one has none; the new item sits among them."""
    items = agenda_from(strategy)
    items[1] = replace(items[1], planned_minutes=30)
    del items[3]
    items.insert(4, AgendaItem("Questions from the floor", 10, ItemKind.DISCUSSION))
    items[-2] = replace(items[-2], title="  COMMITMENTS ")
    times = training_times(strategy, _meeting(strategy), items)
    lengthened, deleted, after = times.module(1), times.module(3), times.module(4)
    assert lengthened is not None
    assert lengthened.ends == _at(10, 10)
    assert deleted is None
    assert after is not None
    assert after.starts == _at(10, 35)
    own, pause = times.others
    assert own[0] == pause[0] == 5
    assert own[1].item.title == "Questions from the floor"
    assert (own[1].starts, pause[1].starts) == (_at(10, 40), _at(10, 50))
    renamed = times.module(8)
    assert renamed is not None
    assert renamed.item.title == "  COMMITMENTS "
    assert times.ends == _at(12, 25)


def test_an_item_after_the_last_module_comes_at_the_end(strategy: Curriculum) -> None:
    items = [*agenda_from(strategy), AgendaItem("Pizza", 20, ItemKind.BREAK)]
    times = training_times(strategy, _meeting(strategy), items)
    assert times.others_before(len(times.modules))[0].item.title == "Pizza"


def _edited_training(conn: sqlite3.Connection, curriculum: Curriculum) -> int:
    meeting = create_training(conn, curriculum, DAY, START, "Union hall", "December cohort")
    store = AgendaStore(conn)
    items = store.items(meeting.key)
    store.update_item(replace(items[1], planned_minutes=30))
    store.delete_item(items[3].key)
    return meeting.key


@needs("pdftotext")
def test_the_guide_printed_for_a_training(
    conn: sqlite3.Connection, strategy: Curriculum, tmp_path: Path
) -> None:
    meeting_id = _edited_training(conn, strategy)
    out = tmp_path / "guide.pdf"
    render_guide(out, strategy, training=times_for_training(conn, meeting_id, strategy))
    cover = page_texts(out)[0]
    assert "December cohort" in cover
    assert f"From the curriculum “{strategy.title}”." in cover
    assert "Saturday 5 December 2026" in cover
    assert "09:30–12:15 (2 h 45 min)" in cover
    assert "Union hall" in cover
    # The overview: the clock times, the break between sessions, the deleted module.
    assert "1 09:30–09:40 10 Welcome, and why strategy" in cover
    assert "2 09:40–10:10 30 From problem to issue to goals" in cover
    assert "4 — — Which column?" in cover
    assert "not on this training's agenda" in cover
    assert "10:40–10:55 15 Break" in cover
    assert "Session 2: Build and test a chart 1 h 20 min · 10:55–12:15" in cover
    text = pdf_text(out)
    assert "SESSION 2 OF 2 · 1 h 20 min · 10:55–12:15" in text
    assert "30 min (20 in the curriculum) · 09:40–10:10" in text
    assert "10 min · not on this training's agenda" in text
    assert "0:00–0:10" not in text


@needs("pdftotext")
def test_the_curriculum_s_own_guide_keeps_its_offsets(strategy: Curriculum, tmp_path: Path) -> None:
    out = tmp_path / "guide.pdf"
    render_guide(out, strategy)
    cover = page_texts(out)[0]
    assert "1 0:00–0:10 10 Welcome, and why strategy" in cover
    assert "6 0:00–0:40 40 Build a chart" in cover
    assert "From the curriculum" not in cover
    assert "Break" not in cover


def test_only_a_training_made_from_the_curriculum_has_its_times(
    conn: sqlite3.Connection, strategy: Curriculum
) -> None:
    meeting_id = _edited_training(conn, strategy)
    with pytest.raises(MeetingkitError, match="was made from the curriculum strategy-chart"):
        times_for_training(conn, meeting_id, _bundled("power-mapping"))
    plain = MeetingStore(conn).create(replace(_meeting(strategy), kind=MeetingKind.MEETING))
    with pytest.raises(MeetingkitError, match="is not a training made from a curriculum"):
        times_for_training(conn, plain.key, strategy)
