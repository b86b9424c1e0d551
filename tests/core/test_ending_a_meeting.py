"""When a meeting ends: now, when its last item ended, or, left open for days, at the last
thing recorded (QA round 8, finding 3: a meeting run through every item, End meeting forgotten,
was recorded 19 days later as lasting 440 hours)."""

import datetime as dt

import pytest

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.agenda_run import (
    AgendaRun,
    EndChoice,
    ItemState,
    LastRecord,
    Recorded,
)
from meetingkit.core.clock import ManualClock, to_ms

MINUTE = 60_000


def at(day: int, hour: int, minute: int, month: int = 11) -> float:
    """Local wall-clock time in 2026, as the wall-anchored clock reads it."""
    return dt.datetime(2026, month, day, hour, minute).timestamp()


def ms(day: int, hour: int, minute: int) -> int:
    return to_ms(at(day, hour, minute))


def agenda() -> list[AgendaItem]:
    return [
        AgendaItem("Welcome", 10, id=1),
        AgendaItem("Report-backs", 20, id=2),
        AgendaItem("Proposal", 30, id=3),
    ]


def run_through(clock: ManualClock) -> AgendaRun:
    """3 November: started 18:33, every item done at 19:55, End meeting not pressed."""
    run = AgendaRun(agenda(), clock)
    run.start_meeting()
    clock.advance(12 * 60)
    run.advance()  # 18:45
    clock.advance(25 * 60)
    run.advance()  # 19:10
    clock.advance(45 * 60)
    run.advance()  # 19:55: nothing left
    assert run.every_item_done
    return run


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(at(3, 18, 33))


def test_every_item_done_a_while_ago_ends_by_default_when_the_last_item_ended(
    clock: ManualClock,
) -> None:
    run = run_through(clock)
    last = run.last_record()
    assert last == LastRecord(ms(3, 19, 55), Recorded.ITEM_ENDED, 3)
    clock.advance(46 * 60)  # Shift+F8 at 20:41, after the thanks and the chairs
    then, now = run.end_choices(last)
    assert then == EndChoice(ms(3, 19, 55), 82 * MINUTE, last)
    assert now == EndChoice(ms(3, 20, 41), 128 * MINUTE)
    run.end_meeting(then.at_ms)
    assert run.record.ended_ms == ms(3, 19, 55)
    assert run.meeting_elapsed_ms() == 82 * MINUTE
    assert run.actual_ms() == {1: 12 * MINUTE, 2: 25 * MINUTE, 3: 45 * MINUTE}
    assert run.end_choices(last) == ()  # ended: nothing more to offer


def test_ending_right_after_the_last_item_or_with_items_left_ends_now(
    clock: ManualClock,
) -> None:
    run = run_through(clock)
    clock.advance(30)  # F8 then Shift+F8: the two ends would be half a minute apart
    (only,) = run.end_choices(run.last_record())
    assert only == EndChoice(ms(3, 19, 55) + 30_000, 82 * MINUTE + 30_000)

    other = ManualClock(at(3, 18, 33))
    mid = AgendaRun(agenda(), other)
    mid.start_meeting()
    other.advance(3600)
    (only,) = mid.end_choices(mid.last_record())
    assert only == EndChoice(ms(3, 19, 33), 60 * MINUTE)  # an item running: the room is on


def test_a_meeting_left_open_for_days_ends_only_at_the_last_thing_recorded(
    clock: ManualClock,
) -> None:
    run = run_through(clock)
    opened = AgendaRun(agenda(), ManualClock(at(22, 2, 36)), run.record)  # 19 days on
    last = opened.last_record()
    assert opened.left_open(last)
    assert opened.end_choices(last) == (EndChoice(ms(3, 19, 55), 82 * MINUTE, last),)
    # The floor kept going after the last item: its last turn is the last thing recorded
    spoken = (ms(3, 19, 58), ms(3, 20, 4))
    after = opened.last_record(spoken)
    assert after == LastRecord(ms(3, 20, 4), Recorded.TURN_ENDED)
    (choice,) = opened.end_choices(after)
    assert choice.length_ms == 91 * MINUTE
    opened.end_meeting(choice.at_ms)
    assert opened.record.ended_ms == ms(3, 20, 4)
    assert opened.meeting_elapsed_ms() == 91 * MINUTE


def test_a_meeting_left_running_mid_item_ends_at_the_last_thing_recorded(
    clock: ManualClock,
) -> None:
    """The laptop closed mid-item, opened three days later: the item on ends with the
    meeting, at the last turn to speak, not three days later."""
    run = AgendaRun(agenda(), clock)
    run.start_meeting()
    clock.advance(12 * 60)
    run.advance()  # Report-backs from 18:45
    opened = AgendaRun(agenda(), ManualClock(at(6, 9, 0)), run.record)
    assert opened.left_open(opened.last_record())
    assert opened.last_record() == LastRecord(ms(3, 18, 45), Recorded.ITEM_STARTED, 2)
    last = opened.last_record((ms(3, 19, 2), ms(3, 19, 9)))
    assert last == LastRecord(ms(3, 19, 9), Recorded.TURN_ENDED)
    (choice,) = opened.end_choices(last)
    opened.end_meeting(choice.at_ms)
    assert opened.record.ended_ms == ms(3, 19, 9)
    assert opened.actual_ms() == {1: 12 * MINUTE, 2: 24 * MINUTE, 3: 0}
    assert opened.state(2) == ItemState.DONE


def test_a_turn_never_closed_and_a_paused_item_are_recorded_as_such(clock: ManualClock) -> None:
    run = AgendaRun(agenda(), clock)
    run.start_meeting()
    clock.advance(5 * 60)
    run.pause()
    assert run.last_record() == LastRecord(ms(3, 18, 38), Recorded.ITEM_PAUSED, 1)
    speaking = (ms(3, 18, 40), None)
    assert run.last_record(speaking) == LastRecord(ms(3, 18, 40), Recorded.TURN_STARTED)
    earlier = (ms(3, 18, 30), ms(3, 18, 36))  # a turn before the pause changes nothing
    assert run.last_record(earlier) == LastRecord(ms(3, 18, 38), Recorded.ITEM_PAUSED, 1)
    assert AgendaRun(agenda(), clock).last_record() is None  # not started


@pytest.mark.parametrize(
    ("last", "opened", "left_open"),
    [
        (at(3, 19, 55), at(3, 23, 59), False),  # the same evening: a crash resumes it
        (at(3, 23, 30), at(4, 0, 30), False),  # a late meeting past midnight, the same night
        (at(3, 19, 55), at(4, 1, 0), False),  # the next day, but only five hours on
        (at(3, 19, 55), at(4, 2, 0), True),  # six hours on, on the next day
        (at(3, 9, 0), at(3, 17, 0), False),  # a training day's long module: the same day
        (at(3, 19, 55), at(22, 2, 36), True),  # QA round 8: nineteen days on
    ],
)
def test_left_open_takes_another_day_and_six_hours(
    last: float, opened: float, left_open: bool
) -> None:
    run = AgendaRun(agenda(), ManualClock(last))
    run.start_meeting()
    later = AgendaRun(agenda(), ManualClock(opened), run.record)
    assert later.left_open(later.last_record()) is left_open
    choices = later.end_choices(later.last_record())
    if left_open:
        assert [c.at_ms for c in choices] == [to_ms(last)]
    else:
        assert [c.at_ms for c in choices] == [to_ms(opened)]  # an item is running: now


def test_a_restart_the_same_day_still_resumes_with_the_time_counted(clock: ManualClock) -> None:
    run = AgendaRun(agenda(), clock)
    run.start_meeting()
    clock.advance(10 * 60)
    restarted = AgendaRun(agenda(), ManualClock(at(3, 18, 53)), run.record)
    assert not restarted.left_open(restarted.last_record())
    assert restarted.elapsed_ms(1) == 20 * MINUTE
    assert restarted.state(1) == ItemState.RUNNING


def test_a_meeting_cannot_end_before_what_it_records_or_after_now(clock: ManualClock) -> None:
    run = run_through(clock)
    clock.advance(600)
    with pytest.raises(ValueError, match="cannot end"):
        run.end_meeting(ms(3, 19, 54))  # before the last item ended
    with pytest.raises(ValueError, match="cannot end"):
        run.end_meeting(ms(3, 20, 6))  # after now
    assert not run.ended
    run.end_meeting()
    assert run.record.ended_ms == ms(3, 20, 5)
