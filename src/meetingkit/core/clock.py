"""Where time comes from.

Every time-dependent class in the core takes a `Clock` instead of calling `time` itself, so
tests drive time by hand and nothing accumulates timer ticks: elapsed time is always
`clock.now() - start`.
"""

import time
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
