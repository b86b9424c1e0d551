"""Printed times on a night the clocks change (US Central): the agenda handout and a training's
facilitator guide put each item its minutes of real time after the one before, on the local
wall clock (core.wall_clock), and say each length in real minutes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.curriculum import Curriculum
from meetingkit.core.meeting import Meeting, MeetingKind
from meetingkit.paths import curricula_dir
from meetingkit.services.curricula import load_curriculum
from meetingkit.services.printing.agenda_pdf import render_agenda
from meetingkit.services.printing.guide_pdf import render_guide
from meetingkit.services.printing.training_times import training_times
from meetingkit.services.training import agenda_from
from tests.local_zone import local_zone
from tests.pdf_reading import needs, page_texts, pdf_text

SPRING = dt.date(2026, 3, 8)  # 02:00-02:59 never comes
FALL = dt.date(2026, 11, 1)  # 01:00-01:59 comes twice


@pytest.fixture(autouse=True)
def chicago() -> Iterator[None]:
    with local_zone():
        yield


@pytest.fixture
def strategy() -> Curriculum:
    """Two sessions: 10 + 20 + 25 + 10 + 5 minutes, a 15-minute break, then 40 + 12 + 18 + 5
    + 5: 165 minutes in all."""
    curriculum, problems = load_curriculum(curricula_dir() / "strategy-chart")
    assert curriculum is not None, problems
    return curriculum


def _training(day: dt.date) -> Meeting:
    return Meeting(
        "Strategy — night shift",
        day,
        dt.time(0, 30),
        kind=MeetingKind.TRAINING,
        planned_minutes=165,
    )


@needs("pdftotext")
def test_the_printed_agenda_skips_the_hour_that_never_comes(tmp_path: Path) -> None:
    vigil = Meeting("Vigil", SPRING, dt.time(1, 30), planned_minutes=60, id=1)
    pdf = tmp_path / "agenda.pdf"
    render_agenda(pdf, vigil, [], [AgendaItem(f"Watch {n}", 30, id=n) for n in (1, 2, 3)])
    text = pdf_text(pdf)
    assert "Sunday 8 March 2026 · 01:30–03:30 (1 h)" in text
    assert "would end at 04:00, not 03:30" in text
    assert "01:30 30 Watch 1 Discussion 03:00 30 Watch 2 Discussion 03:30 30 Watch 3" in text
    assert "04:00 90 End" in text


@needs("pdftotext")
def test_the_printed_agenda_s_overrun_warning_ends_past_the_skipped_hour(tmp_path: Path) -> None:
    vigil = Meeting("Vigil", SPRING, dt.time(1, 0), planned_minutes=30, id=1)
    pdf = tmp_path / "agenda.pdf"
    render_agenda(pdf, vigil, [], [AgendaItem(f"Watch {n}", 30, id=n) for n in (1, 2, 3)])
    assert "would end at 03:30, not 01:30" in pdf_text(pdf)


@needs("pdftotext")
def test_a_training_s_guide_on_the_spring_night_ends_an_hour_later_not_shorter(
    strategy: Curriculum, tmp_path: Path
) -> None:
    pdf = tmp_path / "guide.pdf"
    render_guide(
        pdf, strategy, training=training_times(strategy, _training(SPRING), agenda_from(strategy))
    )
    cover = page_texts(pdf)[0]
    assert "TIME 00:30–04:15 (2 h 45 min)" in cover
    assert "Session 2: Build and test a chart 1 h 20 min · 01:55–04:15" in cover
    assert "6 01:55–03:35 40 Build a chart" in cover


def test_a_session_through_the_repeated_hour_spans_from_its_first_start(
    strategy: Curriculum,
) -> None:
    """Session 2 starts at 01:55 the first time round; its first module ends at 01:35 the
    second time, 40 minutes later: the earliest start is still the 01:55."""
    times = training_times(strategy, _training(FALL), agenda_from(strategy))
    span = times.span(range(5, 10))
    assert span is not None
    starts, ends = span
    assert (f"{starts:%H:%M}", f"{ends:%H:%M}") == ("01:55", "02:15")
    assert ends.timestamp() - starts.timestamp() == 80 * 60


@needs("pdftotext")
def test_a_training_s_guide_on_the_autumn_night_counts_the_repeated_hour_once_each_time(
    strategy: Curriculum, tmp_path: Path
) -> None:
    pdf = tmp_path / "guide.pdf"
    render_guide(
        pdf, strategy, training=training_times(strategy, _training(FALL), agenda_from(strategy))
    )
    cover = page_texts(pdf)[0]
    assert "TIME 00:30–02:15 (2 h 45 min)" in cover
    assert "Session 2: Build and test a chart 1 h 20 min · 01:55–02:15" in cover
    # 01:55 the first time round to 01:35 the second: the wall clock's reading, 40 minutes on
    assert "6 01:55–01:35 40 Build a chart" in cover
