"""Today's date, read each time it is used, never kept from when the app started: a meeting
run past midnight, or a laptop left open (or asleep) overnight and used the next day, has the
new day for new meetings, the meetings list's Upcoming and Past, trainings and corrections.

The day is the app's clock's (`Sessions.clock`, which counts time asleep); a date given instead
(a test's or a screenshot's) stays that day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from meetingkit.core.clock import Clock

Today = Callable[[], dt.date]


def clock_day(clock: Clock) -> Today:
    """The local day `clock` (wall-anchored) reads, whenever asked."""
    return lambda: dt.date.fromtimestamp(clock.now())


def day_reader(today: dt.date | Today) -> Today:
    """`today` read when asked: a date stays that date."""
    if isinstance(today, dt.date):
        day = today
        return lambda: day
    return today
