"""Where time comes from.

Every time-dependent class in the core takes a `Clock` instead of calling `time` itself, so
tests drive time by hand and nothing accumulates timer ticks: elapsed time is always
`clock.now() - start`.

A laptop closed over a break and opened again slept meanwhile. The app's clock counts that
time, as the wall clock does (`WallAnchoredClock` runs on the computer's steady clock that
goes on while it sleeps): a 10-minute break is 10 minutes on the meeting's and the item's
clocks. It also notes each time the computer slept (`Nap`, `naps`), so that the floor pauses
a turn left speaking as the lid closed, as it does one left speaking when the app closed.
"""

import datetime as dt
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

# The computer stopping for less than this is no sleep (nothing a person could have noticed)
NAP_MIN_S = 1.0


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


@dataclass(frozen=True)
class Nap:
    """The computer slept while the app ran (its lid closed, suspended), in clock seconds."""

    began: float  # the clock's last reading before it slept
    seconds: float  # how long it slept: the clock counted that time, as a wall clock does

    @property
    def ended(self) -> float:
        return self.began + self.seconds


@runtime_checkable
class NappingClock(Protocol):
    """A clock that tells when the computer slept (`naps`)."""

    def now(self) -> float: ...

    def naps(self) -> Sequence[Nap]:
        """Each time the computer slept since the clock was made, oldest first."""
        ...


def slept_ms(clock: Clock, since_ms: int) -> int:
    """How long (ms) the computer slept since `since_ms`, a reading of `clock`, as this run of
    the app saw it: 0 when it did not, or the clock cannot tell."""
    if not isinstance(clock, NappingClock):
        return 0
    return sum(to_ms(nap.seconds) for nap in clock.naps() if to_ms(nap.began) >= since_ms)


class ManualClock:
    """A clock that moves only when told to; for tests and simulations."""

    def __init__(self, start: float = 0.0) -> None:
        self._now = start
        self._ahead = 0.0
        self._naps: list[Nap] = []

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

    def sleep(self, seconds: float) -> None:
        """The computer sleeps for `seconds` (a lid closed): the clock moves on, and says so."""
        began = self.now()
        self.advance(seconds)
        self._naps.append(Nap(began, seconds))

    def naps(self) -> Sequence[Nap]:
        return tuple(self._naps)


def _computer_clocks() -> tuple[Callable[[], float], Callable[[], float] | None]:
    """The computer's steady clock that goes on while it sleeps, and the one that stops then
    (None where that cannot be read). Python's `time.monotonic` stops on Linux
    (CLOCK_MONOTONIC) and macOS (mach_absolute_time): a 10-minute break with the lid closed
    would be no time at all on the meeting's clock, and every time shown or saved after it 10
    minutes behind the room's."""
    if sys.platform == "linux":
        boot = time.CLOCK_BOOTTIME
        return (lambda: time.clock_gettime(boot)), time.monotonic
    if sys.platform == "darwin":
        raw, uptime = time.CLOCK_MONOTONIC_RAW, time.CLOCK_UPTIME_RAW
        return (lambda: time.clock_gettime(raw)), (lambda: time.clock_gettime(uptime))
    # Windows: `time.monotonic` (GetTickCount64) goes on while it sleeps; when it slept is not
    # told (a turn left speaking as the lid closed counts the time asleep)
    return time.monotonic, None


class WallAnchoredClock:
    """Monotonic within this process, anchored to the wall clock when the process started.

    Times saved by one run of the app are therefore comparable with the next: time that passed
    while the app was closed counts, as on a wall clock, while within a run nothing can jump
    (a wall-clock change or NTP step mid-meeting does not disturb a running timer). Time the
    computer slept counts too (its steady clock that goes on then: `_computer_clocks`), and
    each time it slept is noted (`naps`), from the steady clock that stops then.

    Only a wall clock set back between two runs (changed by hand, a flat clock battery, a
    laptop that synced to another time) can read earlier than what the last run saved; a
    meeting's session then moves this clock on to its last saved moment (`catch_up`), so
    that nothing it saves comes before what it saved already.
    """

    def __init__(
        self,
        wall: Callable[[], float] = time.time,
        monotonic: Callable[[], float] | None = None,
        awake: Callable[[], float] | None = None,
    ) -> None:
        """`monotonic`: a steady clock that goes on while the computer sleeps; `awake`: one
        that stops then, to tell when it slept (None: never told). Both the computer's own
        (`_computer_clocks`) unless given."""
        if monotonic is None:
            monotonic, awake = _computer_clocks()
        self._monotonic = monotonic
        self._awake = awake
        self._wall_at_start = wall()
        self._monotonic_at_start = monotonic()
        self._ahead = 0.0  # moved on past the computer's clock (`keep_after`)
        # The last reading, of the clock and of the steady clock that stops while the
        # computer sleeps: a reading where the one moved on further than the other follows
        # a sleep, which began after that reading (`naps`). Read from the sign-in server's
        # threads too.
        self._lock = threading.Lock()
        self._last = (self._monotonic_at_start, awake() if awake is not None else 0.0)
        self._naps: list[Nap] = []

    def now(self) -> float:
        return self.computer_now() + self._ahead

    def computer_now(self) -> float:
        if self._awake is None:
            return self._wall_at_start + (self._monotonic() - self._monotonic_at_start)
        with self._lock:
            steady, awake = self._monotonic(), self._awake()
            last_steady, last_awake = self._last
            asleep = (steady - last_steady) - (awake - last_awake)
            if asleep >= NAP_MIN_S:
                began = self._wall_at_start + (last_steady - self._monotonic_at_start)
                self._naps.append(Nap(began + self._ahead, asleep))
            self._last = (max(steady, last_steady), max(awake, last_awake))
            return self._wall_at_start + (steady - self._monotonic_at_start)

    def keep_after(self, moment: float) -> None:
        self._ahead += max(0.0, moment - self.now())

    def naps(self) -> Sequence[Nap]:
        self.computer_now()  # a sleep since the last reading is told at once
        with self._lock:
            return tuple(self._naps)


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
