"""Planned times on the local wall clock, counted in real minutes.

A meeting is planned in local wall time (its day and start), and its agenda's times are that
start plus minutes. On a daylight-saving night the wall clock jumps: plain datetime arithmetic
on local times would plan an item at 02:00 the night that hour never comes (clocks go forward
at 2 a.m.), and an hour off once the hour after 1 a.m. comes twice (clocks go back). So every
planned time is counted here in real elapsed time (seconds since the epoch, as the saved times
and the running clocks count) and shown as the local time of its own moment: 01:30 + 30 min is
03:00 that spring night, and 01:30 + 60 min is 01:30 again, the second time, that autumn night
(its `fold` is 1, so it still compares and subtracts as the later moment here).

Naive datetimes are local time, as Python's `timestamp()` and `fromtimestamp()` read them; a
wall time that comes twice is its first coming (fold 0) unless it says otherwise, and one that
never comes counts as the time the clock showed before it jumped (02:30 is 03:30). A date the
computer cannot place in time (before 1970 on Windows) is counted on the wall clock as it reads.
"""

from __future__ import annotations

import datetime as dt

# What the platform raises for a moment it cannot turn into epoch seconds or back
_UNPLACEABLE = (OverflowError, OSError, ValueError)


def after_minutes(moment: dt.datetime, minutes: float) -> dt.datetime:
    """The wall time `minutes` of real time after `moment` (before it when negative), in
    `moment`'s time zone: local time for a naive one."""
    try:
        return dt.datetime.fromtimestamp(moment.timestamp() + minutes * 60, moment.tzinfo)
    except _UNPLACEABLE:
        return moment + dt.timedelta(minutes=minutes)


def ms_between(start: dt.datetime, end: dt.datetime) -> int:
    """The real time from `start` to `end` in milliseconds (below zero when `end` comes
    first): an hour less than the wall clocks differ across the night clocks go forward."""
    try:
        return round((end.timestamp() - start.timestamp()) * 1000)
    except _UNPLACEABLE:
        return (end - start) // dt.timedelta(milliseconds=1)
