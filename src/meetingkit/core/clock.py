"""Where time comes from.

Every time-dependent class in the core takes a `Clock` instead of calling `time` itself, so
tests drive time by hand and nothing accumulates timer ticks: elapsed time is always
`clock.now() - start`.
"""

import datetime as dt
import time
from collections.abc import Callable
from typing import Protocol


class Clock(Protocol):
    """Monotonic seconds: never jumps back when the wall clock is changed."""

    def now(self) -> float: ...


class MonotonicClock:
    """The real clock: `time.monotonic()`, immune to wall-clock and daylight-saving changes."""

    def now(self) -> float:
        return time.monotonic()


class ManualClock:
    """A clock that moves only when told to; for tests and simulations."""

    def __init__(self, start: float = 0.0) -> None:
        self._now = start

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a monotonic clock cannot go back")
        self._now += seconds


class WallAnchoredClock:
    """Monotonic within this process, anchored to the wall clock when the process started.

    Times saved by one run of the app are therefore comparable with the next: time that passed
    while the app was closed counts, as on a wall clock, while within a run nothing can jump
    (a wall-clock change or NTP step mid-meeting does not disturb a running timer).
    """

    def __init__(
        self, wall: Callable[[], float] = time.time, monotonic: Callable[[], float] = time.monotonic
    ) -> None:
        self._monotonic = monotonic
        self._wall_at_start = wall()
        self._monotonic_at_start = monotonic()

    def now(self) -> float:
        return self._wall_at_start + (self._monotonic() - self._monotonic_at_start)


def to_ms(seconds: float) -> int:
    """Clock seconds as integer milliseconds: the unit every stored and summed time uses."""
    return round(seconds * 1000)


def local_time(epoch_ms: int) -> dt.datetime:
    """A wall-anchored clock reading as the local wall-clock time the room saw (and its day)."""
    return dt.datetime.fromtimestamp(epoch_ms / 1000)
