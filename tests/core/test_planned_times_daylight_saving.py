"""Planned times on a night the clocks change (US Central): each is the start plus its minutes
of real time, shown on the local wall clock (core.wall_clock). An overnight vigil or a night
shift's assembly plans no item at 02:00 the night that hour never comes, and counts the hour
after 1 a.m. twice the night it comes twice, as the room's clocks and the running timers do."""

import datetime as dt
import itertools
from collections.abc import Iterator

import pytest

from meetingkit.core.agenda import AgendaItem, schedule
from meetingkit.core.agenda_run import AgendaRun
from meetingkit.core.agenda_times import StartQuestion, item_starts, start_question
from meetingkit.core.clock import ManualClock
from meetingkit.core.durations import wall_time
from meetingkit.core.floor import FloorSettings
from meetingkit.core.meeting import Meeting, Role
from meetingkit.core.role_card import CallTime, call_times, steps_for
from meetingkit.core.wall_clock import after_minutes, ms_between
from meetingkit.core.whats_next import happening_now, next_meeting, starts_in
from tests.local_zone import local_zone

SPRING = dt.date(2026, 3, 8)  # 02:00-02:59 never comes
FALL = dt.date(2026, 11, 1)  # 01:00-01:59 comes twice
MINUTE_MS = 60_000


@pytest.fixture(autouse=True)
def chicago() -> Iterator[None]:
    with local_zone():
        yield


def halves(count: int) -> list[AgendaItem]:
    return [AgendaItem(f"Watch {n}", 30, id=n) for n in range(1, count + 1)]


def clock_times(moments: list[dt.datetime]) -> list[str]:
    return [f"{m:%H:%M}" for m in moments]


def gaps(moments: list[dt.datetime]) -> list[int]:
    """Real minutes from each moment to the next."""
    return [ms_between(a, b) // MINUTE_MS for a, b in itertools.pairwise(moments)]


def test_the_spring_night_plans_nothing_in_the_hour_that_never_comes() -> None:
    slots = schedule(halves(3), dt.datetime.combine(SPRING, dt.time(1, 30)))
    assert clock_times([s.starts for s in slots]) == ["01:30", "03:00", "03:30"]
    assert clock_times([s.ends for s in slots]) == ["03:00", "03:30", "04:00"]
    assert gaps([slots[0].starts, *(s.ends for s in slots)]) == [30, 30, 30]


def test_the_autumn_night_plans_the_hour_after_one_twice_half_an_hour_apart() -> None:
    slots = schedule(halves(5), dt.datetime.combine(FALL, dt.time(0, 30)))
    starts = [s.starts for s in slots]
    # The repeated hour reads as the wall clock does, the second time (fold 1) as the first
    assert clock_times(starts) == ["00:30", "01:00", "01:30", "01:00", "01:30"]
    assert [s.fold for s in starts] == [0, 0, 0, 1, 1]
    assert gaps([*starts, slots[-1].ends]) == [30] * 5
    assert f"{slots[-1].ends:%H:%M}" == "02:00"


def test_the_planned_end_counts_real_minutes() -> None:
    spring = Meeting("Vigil", SPRING, dt.time(1, 30), planned_minutes=90)
    assert spring.planned_end == dt.datetime.combine(SPRING, dt.time(4, 0))
    fall = Meeting("Vigil", FALL, dt.time(0, 30), planned_minutes=120)
    assert f"{fall.planned_end:%H:%M}" == "01:30"
    assert fall.planned_end.fold == 1  # the second 01:30, two hours after the start
    assert ms_between(fall.starts_at, fall.planned_end) == 120 * MINUTE_MS


def test_the_agenda_s_start_column_shows_no_time_twice_on_the_spring_night() -> None:
    run = AgendaRun(halves(4), ManualClock(0))
    starts = item_starts(run, dt.datetime.combine(SPRING, dt.time(1, 30)))
    assert [wall_time(s.at_ms) for s in starts if s.at_ms is not None] == [
        "01:30",
        "03:00",
        "03:30",
        "04:00",
    ]


def test_a_start_twenty_real_minutes_early_asks_nothing() -> None:
    planned = dt.datetime.combine(SPRING, dt.time(3, 10))
    now = dt.datetime.combine(SPRING, dt.time(1, 50))  # 20 minutes before, that night
    assert start_question(planned, now) is StartQuestion.NONE
    earlier = dt.datetime.combine(SPRING, dt.time(1, 30))
    assert start_question(planned, earlier) is StartQuestion.EARLY


def test_the_start_screen_counts_real_time_to_the_start() -> None:
    vigil = Meeting("Vigil", SPRING, dt.time(3, 10), id=1)
    assert starts_in(vigil, dt.datetime.combine(SPRING, dt.time(1, 50))) == "in 20 min"


def test_the_start_screen_ends_a_meeting_at_its_planned_end_the_first_time_round() -> None:
    night = Meeting("Night shift assembly", FALL, dt.time(0, 30), planned_minutes=60, id=2)
    first = dt.datetime.combine(FALL, dt.time(1, 10))
    second = after_minutes(first, 60)  # 01:10 again, 40 minutes past the planned end
    assert f"{second:%H:%M}" == "01:10"
    assert happening_now(night, first)
    assert next_meeting([night], first) == night
    assert not happening_now(night, second)
    assert next_meeting([night], second) is None


def test_the_timekeeper_s_times_are_real_minutes_apart() -> None:
    vigil = Meeting("Vigil", SPRING, dt.time(1, 0), id=1)
    items = [AgendaItem("Watch", 60), AgendaItem("Close", 5)]
    assert call_times(vigil, items) == (
        CallTime("Watch", "03:00", "01:55"),  # 5 real minutes before 03:00 that night
        CallTime("Close", "03:05", ""),
    )


def test_the_greeter_is_at_the_door_fifteen_real_minutes_early() -> None:
    late = Meeting("Vigil", SPRING, dt.time(3, 10), id=2)
    assert steps_for(Role.GREETER, late, FloorSettings())[0] == (
        "Be at the door by 01:55, 15 minutes before the start."
    )


def test_a_wall_time_the_computer_cannot_place_is_counted_on_the_wall_clock() -> None:
    """Before 1970 on Windows, `timestamp()` fails: the plain sum is the best there is."""

    class Unplaceable(dt.datetime):
        def timestamp(self) -> float:
            raise OSError(22, "Invalid argument")

    start = Unplaceable(1950, 3, 8, 1, 30)
    assert after_minutes(start, 45) == dt.datetime(1950, 3, 8, 2, 15)
    assert ms_between(start, Unplaceable(1950, 3, 8, 2, 15)) == 45 * MINUTE_MS
