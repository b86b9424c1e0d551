"""When F5 asks before starting, and what the agenda's Start column shows once the meeting has
started: when each item really started, and when each to come will start at this pace, not
the plan's times for a meeting started ten hours early (qa14a, finding 3)."""

import datetime as dt

import pytest

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.agenda_run import AgendaRun, RunRecord
from meetingkit.core.agenda_times import (
    EARLY_START_MS,
    ItemStart,
    StartQuestion,
    StartShown,
    item_starts,
    start_question,
)
from meetingkit.core.clock import ManualClock, to_ms

PLANNED = dt.datetime(2026, 11, 21, 18, 0)
ITEMS = [
    AgendaItem("Check-in", 10, id=1),
    AgendaItem("Report-back", 20, id=2),
    AgendaItem("Vote", 30, id=3),
]


def at(hour: int, minute: int, day: int = 21) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, minute)


def ms(moment: dt.datetime) -> int:
    return to_ms(moment.timestamp())


@pytest.mark.parametrize(
    ("now", "asked"),
    [
        (at(17, 31), StartQuestion.NONE),  # 29 minutes early: the room is ready
        (at(17, 30), StartQuestion.EARLY),  # half an hour or more: likely a slip
        (at(7, 28), StartQuestion.EARLY),  # the morning of an evening meeting (qa14a)
        (at(21, 0), StartQuestion.NONE),  # late: never asked, the room is waiting
        (at(0, 10, day=22), StartQuestion.NONE),  # late, past midnight: the same meeting
        (at(10, 0, day=20), StartQuestion.ANOTHER_DAY),
        (at(10, 0, day=28), StartQuestion.ANOTHER_DAY),
    ],
)
def test_f5_asks_on_another_day_or_half_an_hour_early(
    now: dt.datetime, asked: StartQuestion
) -> None:
    assert EARLY_START_MS == 30 * 60_000
    assert start_question(PLANNED, now) is asked


def test_tomorrow_morning_s_meeting_started_tonight_is_early_not_another_day() -> None:
    assert start_question(at(8, 0, day=22), at(21, 0)) is StartQuestion.EARLY


def run_from(now: dt.datetime) -> tuple[AgendaRun, ManualClock]:
    clock = ManualClock(now.timestamp())
    return AgendaRun(ITEMS, clock), clock


def shown(starts: list[ItemStart]) -> list[tuple[str | None, StartShown]]:
    return [
        (
            None
            if s.at_ms is None
            else dt.datetime.fromtimestamp(s.at_ms / 1000).strftime("%H:%M"),
            s.shown,
        )
        for s in starts
    ]


def test_before_the_start_the_plan_is_shown() -> None:
    run, _ = run_from(at(7, 28))
    assert shown(item_starts(run, PLANNED)) == [
        ("18:00", StartShown.PLANNED),
        ("18:10", StartShown.PLANNED),
        ("18:30", StartShown.PLANNED),
    ]


def test_started_early_the_starts_follow_the_real_start() -> None:
    run, clock = run_from(at(7, 28))
    run.start_meeting()
    clock.advance(60)
    starts = item_starts(run, PLANNED)
    assert shown(starts) == [
        ("07:28", StartShown.STARTED),
        ("07:38", StartShown.PROJECTED),
        ("07:58", StartShown.PROJECTED),
    ]
    assert [s.planned_ms for s in starts] == [ms(at(18, 0)), ms(at(18, 10)), ms(at(18, 30))]
    # The last item ends when the meeting clock says it will
    assert starts[-1].at_ms is not None
    assert starts[-1].at_ms + 30 * 60_000 == run.projected_end_ms()


def test_an_item_running_over_pushes_the_ones_to_come() -> None:
    run, clock = run_from(at(18, 0))
    run.start_meeting()
    clock.advance(15 * 60)  # Check-in runs 5 minutes over
    assert shown(item_starts(run, PLANNED)) == [
        ("18:00", StartShown.STARTED),
        ("18:15", StartShown.PROJECTED),
        ("18:35", StartShown.PROJECTED),
    ]
    run.advance()
    clock.advance(60)
    assert shown(item_starts(run, PLANNED))[1:] == [
        ("18:15", StartShown.STARTED),
        ("18:35", StartShown.PROJECTED),
    ]


def test_an_item_skipped_comes_after_the_ones_that_follow_the_item_on() -> None:
    """F7 put the vote on first: Check-in and Report-back come after it, in agenda order."""
    run, clock = run_from(at(18, 0))
    run.start_meeting()
    run.start_item(3)  # Check-in paused at once, the vote on
    clock.advance(60)
    assert shown(item_starts(run, PLANNED)) == [
        ("18:00", StartShown.STARTED),  # it ran, if for no time
        ("18:40", StartShown.PROJECTED),  # after the vote's 30 min and Check-in's 10
        ("18:00", StartShown.STARTED),
    ]


def test_an_ended_meeting_shows_what_ran_and_what_was_not_reached() -> None:
    run, clock = run_from(at(18, 0))
    run.start_meeting()
    clock.advance(600)
    run.advance()
    clock.advance(600)
    run.end_meeting()
    assert shown(item_starts(run, PLANNED)) == [
        ("18:00", StartShown.STARTED),
        ("18:10", StartShown.STARTED),
        (None, StartShown.NOT_REACHED),
    ]


def test_a_start_is_taken_back_only_while_the_run_is_as_it_left_it() -> None:
    run, clock = run_from(at(7, 28))
    run.start_meeting()
    started = run.record
    clock.advance(60)
    assert run.take_back_start(started)
    assert run.record == RunRecord()
    assert not run.started
    clock.advance(60)
    assert run.put_back_start(started)  # redone: as it was, the time since counted
    assert run.record == started
    assert run.elapsed_ms(1) == 120_000
    run.advance()
    assert not run.take_back_start(started)  # moved on: its record is kept
    assert run.started


def test_a_start_redone_after_another_start_changes_nothing() -> None:
    run, clock = run_from(at(7, 28))
    run.start_meeting()
    started = run.record
    run.take_back_start(started)
    clock.advance(60)
    run.start_meeting()
    again = run.record
    assert not run.put_back_start(started)
    assert run.record == again
