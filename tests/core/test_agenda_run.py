"""The agenda clock, driven by a manual clock; every time is checked to the millisecond."""

import pytest

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.agenda_run import AgendaRun, ItemState, RunError, RunRecord
from meetingkit.core.clock import ManualClock

T0 = 1_795_000_000.0  # an evening in November 2026, in wall-anchored clock seconds
T0_MS = 1_795_000_000_000


def agenda() -> list[AgendaItem]:
    return [
        AgendaItem("Welcome", 10, id=1),
        AgendaItem("Report-backs", 20, id=2),
        AgendaItem("Proposal", 30, id=3),
        AgendaItem("Evaluation", 10, id=4),
    ]


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(start=T0)


@pytest.fixture
def run(clock: ManualClock) -> AgendaRun:
    r = AgendaRun(agenda(), clock)
    r.start_meeting()
    return r


def test_starting_the_meeting_starts_the_first_item(run: AgendaRun) -> None:
    assert run.started
    assert run.current_item is not None
    assert run.current_item.id == 1
    assert run.state(1) == ItemState.RUNNING
    assert run.state(2) == ItemState.PENDING


def test_elapsed_and_remaining_to_the_millisecond(run: AgendaRun, clock: ManualClock) -> None:
    clock.advance(123.457)
    assert run.elapsed_ms(1) == 123_457
    assert run.remaining_ms(1) == 600_000 - 123_457
    assert run.overrun_ms(1) == 0


def test_an_item_over_its_time_shows_the_overrun(run: AgendaRun, clock: ManualClock) -> None:
    clock.advance(10 * 60 + 75.25)
    assert run.remaining_ms(1) == -75_250
    assert run.overrun_ms(1) == 75_250


def test_pauses_are_excluded(run: AgendaRun, clock: ManualClock) -> None:
    clock.advance(60.001)
    run.pause()
    assert run.state(1) == ItemState.PAUSED
    clock.advance(300)  # five minutes of paused time
    assert run.elapsed_ms(1) == 60_001
    run.resume()
    clock.advance(0.999)
    assert run.elapsed_ms(1) == 61_000
    run.toggle_pause()
    clock.advance(10)
    run.toggle_pause()
    clock.advance(1)
    assert run.elapsed_ms(1) == 62_000
    assert run.meeting_elapsed_ms() == 60_001 + 300_000 + 999 + 10_000 + 1_000


def test_advancing_finishes_the_item_and_starts_the_next(
    run: AgendaRun, clock: ManualClock
) -> None:
    clock.advance(600)
    following = run.advance()
    assert following is not None
    assert following.id == 2
    assert run.state(1) == ItemState.DONE
    clock.advance(42)
    assert (run.elapsed_ms(1), run.elapsed_ms(2)) == (600_000, 42_000)


def test_jumping_to_another_item_pauses_the_one_that_was_on(
    run: AgendaRun, clock: ManualClock
) -> None:
    clock.advance(100)
    run.start_item(3)
    assert run.state(1) == ItemState.PENDING  # not finished: it can be resumed later
    clock.advance(50)
    assert (run.elapsed_ms(1), run.elapsed_ms(3)) == (100_000, 50_000)
    run.advance()  # finishes 3; the next not-done item after it is 4
    assert run.current_item is not None
    assert run.current_item.id == 4
    run.advance()  # then back to the skipped ones from the top
    assert run.current_item is not None
    assert run.current_item.id == 1
    clock.advance(1)
    assert run.elapsed_ms(1) == 101_000


def test_the_projected_end_adds_what_is_left_of_each_unfinished_item(
    run: AgendaRun, clock: ManualClock
) -> None:
    assert run.projected_end_ms() == T0_MS + (10 + 20 + 30 + 10) * 60_000
    clock.advance(4 * 60)  # item 1 has 6 minutes left
    assert run.projected_end_ms() == T0_MS + 4 * 60_000 + (6 + 20 + 30 + 10) * 60_000
    clock.advance(9 * 60)  # item 1 is 3 minutes over: it adds nothing more, the end slips
    assert run.projected_end_ms() == T0_MS + 13 * 60_000 + (20 + 30 + 10) * 60_000
    run.advance()
    run.pause()  # a paused item keeps its remainder while the clock moves on
    clock.advance(60)
    assert run.projected_end_ms() == T0_MS + 14 * 60_000 + (20 + 30 + 10) * 60_000


def test_projected_end_before_the_start_and_after_the_end(clock: ManualClock) -> None:
    run = AgendaRun(agenda(), clock)
    assert run.projected_end_ms() is None
    run.start_meeting()
    clock.advance(30)
    run.end_meeting()
    clock.advance(1000)
    assert run.projected_end_ms() == T0_MS + 30_000
    assert run.meeting_elapsed_ms() == 30_000
    assert run.state(1) == ItemState.DONE


def test_the_time_check_comes_five_minutes_before_the_end(
    run: AgendaRun, clock: ManualClock
) -> None:
    run.advance()  # item 2: 20 minutes
    clock.advance(14 * 60 + 59.999)
    assert not run.time_check_due(2)
    clock.advance(0.001)
    assert run.time_check_due(2)
    clock.advance(5 * 60)
    assert not run.time_check_due(2)  # over time: the overrun shows instead


def test_short_items_get_no_time_check(clock: ManualClock) -> None:
    run = AgendaRun([AgendaItem("Announcements", 5, id=1)], clock)
    run.start_meeting()
    clock.advance(1)
    assert not run.time_check_due(1)


def test_a_restarted_app_rebuilds_the_run_from_the_record_and_the_clock(
    run: AgendaRun, clock: ManualClock
) -> None:
    """Kill mid-item, restart ten minutes later: the closed time counts, as on a wall clock."""
    clock.advance(90.5)
    run.pause()
    clock.advance(20)
    run.resume()
    clock.advance(30.25)
    saved: RunRecord = run.record  # what storage holds when the app is killed

    later = ManualClock(start=clock.now() + 600)  # a new process, ten minutes on
    restored = AgendaRun(agenda(), later, saved)
    assert restored.state(1) == ItemState.RUNNING
    assert restored.elapsed_ms(1) == 90_500 + 30_250 + 600_000
    assert restored.meeting_elapsed_ms() == 90_500 + 20_000 + 30_250 + 600_000
    later.advance(1)
    assert restored.elapsed_ms(1) == 90_500 + 30_250 + 601_000


def test_a_wall_clock_set_back_while_closed_never_makes_time_negative(
    run: AgendaRun, clock: ManualClock
) -> None:
    clock.advance(60)
    restored = AgendaRun(agenda(), ManualClock(start=T0 - 3600), run.record)
    assert restored.elapsed_ms(1) == 0
    assert restored.remaining_ms(1) == 600_000


def test_actions_that_do_not_fit_the_state_say_why(clock: ManualClock) -> None:
    run = AgendaRun(agenda(), clock)
    with pytest.raises(RunError, match="Start the meeting first"):
        run.advance()
    run.start_meeting()
    with pytest.raises(RunError, match="already started"):
        run.start_meeting()
    run.end_meeting()
    with pytest.raises(RunError, match="has ended"):
        run.start_item(2)


def test_deleting_the_running_item_leaves_nothing_running(
    run: AgendaRun, clock: ManualClock
) -> None:
    clock.advance(10)
    run.set_items([i for i in agenda() if i.id != 1])
    assert run.current_item is None
    assert run.state(2) == ItemState.PENDING


def test_a_deleted_item_put_back_on_counts_the_time_in_between_unless_the_meeting_moved_on(
    run: AgendaRun, clock: ManualClock
) -> None:
    clock.advance(10)
    run.set_items([i for i in agenda() if i.id != 1])  # deleted while running
    clock.advance(5)
    run.set_items(agenda())  # the deletion undone
    assert run.put_back_on(1, running=True)
    assert run.state(1) == ItemState.RUNNING
    assert run.elapsed_ms(1) == 15_000
    run.set_items([i for i in agenda() if i.id != 1])
    run.start_item(2)  # the meeting moved on before the undo
    run.set_items(agenda())
    assert not run.put_back_on(1, running=True)
    assert run.current_item is not None
    assert run.current_item.id == 2
    run.end_meeting()
    assert not run.put_back_on(2, running=True)


def test_planned_and_actual_per_item(run: AgendaRun, clock: ManualClock) -> None:
    clock.advance(700)
    run.advance()
    clock.advance(1000)
    run.end_meeting()
    assert run.actual_ms() == {1: 700_000, 2: 1_000_000, 3: 0, 4: 0}


def test_the_meeting_second_is_the_last_whole_second_since_the_start(clock: ManualClock) -> None:
    run = AgendaRun(agenda(), clock)
    assert run.meeting_second_ms() is None  # not started
    clock.advance(0.3)
    run.start_meeting()
    started = T0_MS + 300
    assert run.meeting_second_ms() == started
    clock.advance(61.999)
    assert run.meeting_second_ms() == started + 61_000
    assert run.meeting_second_ms(started + 5_400) == started + 5_000
    assert run.meeting_second_ms(started - 1) == started  # never before its start
