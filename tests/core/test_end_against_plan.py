"""The projected end against the planned end the room is booked to, however late it started."""

import datetime as dt

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.agenda_run import AgendaRun, EndAgainstPlan
from meetingkit.core.clock import ManualClock

PLANNED_START = dt.datetime(2026, 11, 21, 23, 38)  # 23:38–00:08, past midnight
START_S = PLANNED_START.timestamp()
START_MS = round(START_S * 1000)
MIN = 60_000


def started_run(late_minutes: float) -> AgendaRun:
    """A 30-minute agenda, started `late_minutes` after its planned start."""
    clock = ManualClock(START_S + late_minutes * 60)
    run = AgendaRun([AgendaItem("Check-in", 10, id=1), AgendaItem("Survey", 20, id=2)], clock)
    run.start_meeting()
    return run


def test_a_late_start_is_measured_against_the_planned_end_not_start_plus_length() -> None:
    """Started 20 minutes late, it will end 20 minutes past 00:08, and says which end."""
    end = started_run(20).end_against_plan(PLANNED_START, 30)
    assert end == EndAgainstPlan(START_MS + 50 * MIN, START_MS + 30 * MIN, 20 * MIN)
    assert end.over_ms == 20 * MIN
    assert end.started_off_plan


def test_an_early_start_ends_before_the_planned_end() -> None:
    end = started_run(-5).end_against_plan(PLANNED_START, 30)
    assert end is not None
    assert end.over_ms == -5 * MIN
    assert end.started_off_plan


def test_a_start_on_time_runs_late_only_by_its_overrun() -> None:
    run = started_run(0.25)  # fifteen seconds late is on time
    end = run.end_against_plan(PLANNED_START, 30)
    assert end is not None
    assert not end.started_off_plan
    assert end.over_ms == 15_000


def test_a_meeting_held_on_another_day_is_measured_from_when_it_started() -> None:
    """Its date was never changed: the planned end of three days ago means nothing now."""
    run = started_run(3 * 24 * 60)
    end = run.end_against_plan(PLANNED_START, 30)
    started = run.record.started_ms
    assert end is not None
    assert started is not None
    assert end.planned_ms == started + 30 * MIN
    assert end.over_ms == 0
    assert not end.started_off_plan


def test_no_end_to_measure_before_the_start() -> None:
    clock = ManualClock(START_S)
    assert (
        AgendaRun([AgendaItem("Check-in", 10, id=1)], clock).end_against_plan(PLANNED_START, 30)
        is None
    )
