"""Just after midnight, a meeting planned across it is the one happening now only if it is
running: never started, it is past, as in the meetings list and on its guided path."""

import datetime as dt

from meetingkit.core.meeting import Meeting
from meetingkit.core.whats_next import next_meeting

AFTER_MIDNIGHT = dt.datetime(2026, 11, 22, 0, 20)
NIGHT = Meeting("Night shift", dt.date(2026, 11, 21), dt.time(23, 30), planned_minutes=90, id=1)
TOMORROW = Meeting("Tomorrow", dt.date(2026, 11, 23), dt.time(18), id=2)


def test_a_night_meeting_never_started_is_past_after_midnight() -> None:
    assert next_meeting([NIGHT, TOMORROW], AFTER_MIDNIGHT, lambda _m: False) == TOMORROW


def test_a_night_meeting_running_past_midnight_is_still_the_one() -> None:
    assert next_meeting([NIGHT, TOMORROW], AFTER_MIDNIGHT, lambda m: m == NIGHT) == NIGHT


def test_before_midnight_it_is_the_one_whether_started_or_not() -> None:
    before = dt.datetime(2026, 11, 21, 23, 40)
    assert next_meeting([NIGHT, TOMORROW], before, lambda _m: False) == NIGHT
