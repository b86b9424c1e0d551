"""An overnight vigil across a change of daylight-saving time (New York: clocks go back at
2 a.m. on 1 November 2026, forward at 2 a.m. on 14 March 2027). Every time is saved as
milliseconds of the wall-anchored clock (seconds since the epoch, as UTC counts them), so no
timer jumps, goes below zero or counts an hour twice; each is shown in the local time of its
own moment."""

import datetime as dt
import os
import time
from collections.abc import Iterator

import pytest

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.agenda_run import AgendaRun
from meetingkit.core.clock import ManualClock, local_time, to_ms
from meetingkit.core.durations import wall_time

HOUR = 3600.0


@pytest.fixture
def new_york() -> Iterator[None]:
    before = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def items() -> list[AgendaItem]:
    return [AgendaItem(f"Watch {n}", 60, id=n) for n in (1, 2, 3, 4)]


def test_the_night_the_clocks_go_back_counts_its_hours_once(new_york: None) -> None:
    """00:30 to 03:30 on the wall is four hours that night: 01:00-02:00 comes twice."""
    start = dt.datetime(2026, 11, 1, 0, 30).timestamp()
    clock = ManualClock(start)
    run = AgendaRun(items(), clock)
    run.start_meeting()
    for _ in range(3):
        clock.advance(HOUR)
        run.advance()
    assert wall_time(to_ms(clock.now())) == "02:30"  # 01:30 the second time, an hour ago
    clock.advance(HOUR)
    run.end_meeting()
    record = run.record
    assert record.started_ms is not None
    assert record.ended_ms is not None
    assert wall_time(record.started_ms) == "00:30"
    assert wall_time(record.ended_ms) == "03:30"
    assert run.meeting_elapsed_ms() == 4 * 3_600_000
    assert list(run.actual_ms().values()) == [3_600_000] * 4
    starts = [wall_time(s.start_ms) for s in record.segments]
    assert starts == ["00:30", "01:30", "01:30", "02:30"]  # the second 01:30 an hour later
    assert local_time(record.ended_ms).date() == dt.date(2026, 11, 1)


def test_the_night_the_clocks_go_forward_skips_no_time(new_york: None) -> None:
    """00:30 to 04:30 on the wall is three hours that night: 02:00-03:00 never comes."""
    start = dt.datetime(2027, 3, 14, 0, 30).timestamp()
    clock = ManualClock(start)
    run = AgendaRun(items(), clock)
    run.start_meeting()
    clock.advance(2 * HOUR)
    first = items()[0].key
    assert run.elapsed_ms(first) == 2 * 3_600_000
    assert wall_time(to_ms(clock.now())) == "03:30"
    clock.advance(HOUR)
    run.end_meeting()
    assert run.record.ended_ms is not None
    assert wall_time(run.record.ended_ms) == "04:30"
    assert run.meeting_elapsed_ms() == 3 * 3_600_000
