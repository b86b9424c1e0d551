"""Where time comes from.

Every time-dependent class in the core takes a `Clock` instead of calling `time` itself, so
tests drive time by hand and nothing accumulates timer ticks: elapsed time is always
`clock.now() - start`.
"""

import datetime as dt
import time
from collections.abc import Callable
from typing import Protocol, runtime_checkable


class Clock(Protocol):
    """Monotonic seconds: never jumps back when the wall clock is changed."""

    def now(self) -> float: ...


class MonotonicClock:
    """The real clock: `time.monotonic()`, immune to wall-clock and daylight-saving changes."""

    def now(self) -> float:
        return time.monotonic()


@runtime_checkable
class CatchingUpClock(Protocol):
    """A clock that can be moved on past a moment already saved (`catch_up`)."""

    def now(self) -> float: ...

    def computer_now(self) -> float:
        """What the computer's own clock reads: `now` before any catching up."""
        ...

    def keep_after(self, moment: float) -> None:
        """Read no earlier than `moment` from now on (moved on, never back)."""
        ...


class ManualClock:
    """A clock that moves only when told to; for tests and simulations."""

    def __init__(self, start: float = 0.0) -> None:
        self._now = start
        self._ahead = 0.0

    def now(self) -> float:
        return self._now + self._ahead

    def computer_now(self) -> float:
        return self._now

    def keep_after(self, moment: float) -> None:
        self._ahead += max(0.0, moment - self.now())

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a monotonic clock cannot go back")
        self._now += seconds


class WallAnchoredClock:
    """Monotonic within this process, anchored to the wall clock when the process started.

    Times saved by one run of the app are therefore comparable with the next: time that passed
    while the app was closed counts, as on a wall clock, while within a run nothing can jump
    (a wall-clock change or NTP step mid-meeting does not disturb a running timer).

    Only a wall clock set back between two runs (changed by hand, a flat clock battery, a
    laptop that synced to another time) can read earlier than what the last run saved; a
    meeting's session then moves this clock on to its last saved moment (`catch_up`), so
    that nothing it saves comes before what it saved already.
    """

    def __init__(
        self, wall: Callable[[], float] = time.time, monotonic: Callable[[], float] = time.monotonic
    ) -> None:
        self._monotonic = monotonic
        self._wall_at_start = wall()
        self._monotonic_at_start = monotonic()
        self._ahead = 0.0  # moved on past the computer's clock (`keep_after`)

    def now(self) -> float:
        return self.computer_now() + self._ahead

    def computer_now(self) -> float:
        return self._wall_at_start + (self._monotonic() - self._monotonic_at_start)

    def keep_after(self, moment: float) -> None:
        self._ahead += max(0.0, moment - self.now())


def catch_up(clock: Clock, last_saved_ms: int) -> int:
    """How far (ms) the computer's clock reads before `last_saved_ms`, the last moment a
    meeting's record holds: 0 when it does not. A clock set back between two runs of the app
    would otherwise give a gap below zero since then, and new turns and items times before the
    ones already saved. The clock is moved on to that moment (when it can be,
    `CatchingUpClock`): the time since counts as none, never as less than none, and what is
    saved next comes after what was saved. The answer is then how far the clock was moved on
    in all: the same for every session of the meeting, whichever moved it first, and however
    long after the first the next one asks."""
    if not isinstance(clock, CatchingUpClock):
        return max(0, last_saved_ms - to_ms(clock.now()))
    if last_saved_ms <= to_ms(clock.computer_now()):
        return 0
    clock.keep_after(last_saved_ms / 1000)
    return to_ms(clock.now() - clock.computer_now())


def to_ms(seconds: float) -> int:
    """Clock seconds as integer milliseconds: the unit every stored and summed time uses."""
    return round(seconds * 1000)


def local_time(epoch_ms: int) -> dt.datetime:
    """A wall-anchored clock reading as the local wall-clock time the room saw (and its day)."""
    return dt.datetime.fromtimestamp(epoch_ms / 1000)
