import sys
import time

import pytest

from meetingkit.core.clock import ManualClock, MonotonicClock


def test_manual_clock_moves_only_when_advanced() -> None:
    clock = ManualClock(start=100.0)
    assert clock.now() == 100.0
    clock.advance(0.001)
    assert clock.now() == pytest.approx(100.001, abs=1e-9)


def test_manual_clock_cannot_go_back() -> None:
    with pytest.raises(ValueError, match="cannot go back"):
        ManualClock().advance(-1)


def test_monotonic_clock_never_decreases() -> None:
    clock = MonotonicClock()
    readings = [clock.now() for _ in range(1000)]
    assert readings == sorted(readings)


def test_a_wall_clock_set_back_between_runs_is_caught_up_to_the_last_saved_moment() -> None:
    """Saved at 10:00:00 by the last run; this run's computer clock says 09:00:00. The clock
    carries on from 10:00:00 (the time in between counts as none, never below none), and
    says how far back the computer's clock was."""
    from meetingkit.core.clock import WallAnchoredClock, catch_up, to_ms

    saved_ms = to_ms(T_WALL)
    mono = [500.0]
    clock = WallAnchoredClock(wall=lambda: T_WALL - 3600, monotonic=lambda: mono[0])
    assert catch_up(clock, saved_ms) == 3_600_000
    assert to_ms(clock.now()) == saved_ms
    # Another session of the meeting (the floor after the agenda), asking after the first
    # moved it: the same answer, and the clock is not moved again.
    assert catch_up(clock, saved_ms) == 3_600_000
    assert to_ms(clock.now()) == saved_ms
    mono[0] += 12.5  # then it runs as a clock does
    assert to_ms(clock.now()) == saved_ms + 12_500
    assert to_ms(clock.computer_now()) == saved_ms - 3_600_000 + 12_500
    assert catch_up(clock, saved_ms) == 3_600_000  # asked later: still the same answer
    assert to_ms(clock.now()) == saved_ms + 12_500


def test_a_clock_at_or_after_the_last_saved_moment_is_left_as_it_is() -> None:
    from meetingkit.core.clock import WallAnchoredClock, catch_up, to_ms

    clock = WallAnchoredClock(wall=lambda: T_WALL, monotonic=lambda: 7.0)
    assert catch_up(clock, to_ms(T_WALL) - 60_000) == 0
    assert catch_up(clock, to_ms(T_WALL)) == 0
    assert clock.now() == T_WALL


def test_a_manual_clock_catches_up_too_and_advances_from_there() -> None:
    from meetingkit.core.clock import catch_up

    clock = ManualClock(100.0)
    assert catch_up(clock, 160_000) == 60_000
    assert clock.now() == 160.0
    clock.advance(1)
    assert clock.now() == 161.0
    assert clock.computer_now() == 101.0


T_WALL = 1_795_337_191.791


# The computer asleep: a laptop closed over a break and opened again. Its steady clocks as
# Linux has them: CLOCK_MONOTONIC (Python's `time.monotonic`) stops while it sleeps,
# CLOCK_BOOTTIME goes on.


class _Kernel:
    def __init__(self) -> None:
        self.awake = 500.0
        self.asleep = 0.0

    def monotonic(self) -> float:
        return self.awake

    def clock_gettime(self, which: int) -> float:
        assert which == time.CLOCK_BOOTTIME
        return self.awake + self.asleep

    def run(self, seconds: float) -> None:
        self.awake += seconds

    def sleep(self, seconds: float) -> None:
        self.asleep += seconds


@pytest.fixture
def kernel(monkeypatch: pytest.MonkeyPatch) -> _Kernel:
    if sys.platform != "linux":
        pytest.skip("Linux's clocks")
    kernel = _Kernel()
    monkeypatch.setattr(time, "monotonic", kernel.monotonic)
    monkeypatch.setattr(time, "clock_gettime", kernel.clock_gettime)
    return kernel


def test_a_lid_closed_over_a_ten_minute_break_is_ten_minutes_on_the_clock(
    kernel: _Kernel,
) -> None:
    """The meeting's and the item's clocks, and every time saved after the break, count the
    time the laptop slept, as the wall clock does."""
    from meetingkit.core.clock import WallAnchoredClock

    clock = WallAnchoredClock(wall=lambda: T_WALL)
    kernel.run(60)
    assert clock.now() == pytest.approx(T_WALL + 60, abs=1e-6)
    kernel.sleep(600)
    kernel.run(5)
    assert clock.now() == pytest.approx(T_WALL + 665, abs=1e-6)


def test_the_clock_tells_when_the_computer_slept_and_for_how_long(kernel: _Kernel) -> None:
    """As of its last reading before it slept: the floor pauses a turn left speaking then."""
    from meetingkit.core.clock import Nap, WallAnchoredClock, slept_ms, to_ms

    clock = WallAnchoredClock(wall=lambda: T_WALL)
    kernel.run(60)
    clock.now()  # the last reading before the lid closes
    assert clock.naps() == ()
    kernel.run(0.3)  # a moment after, nothing read
    kernel.sleep(600)
    kernel.run(2)
    (nap,) = clock.naps()
    assert nap == Nap(pytest.approx(T_WALL + 60, abs=1e-6), pytest.approx(600, abs=1e-6))
    assert nap.ended == pytest.approx(T_WALL + 660, abs=1e-6)
    assert slept_ms(clock, to_ms(T_WALL + 30)) == 600_000
    assert slept_ms(clock, to_ms(T_WALL + 60)) == 600_000  # asleep from that very reading
    assert slept_ms(clock, to_ms(T_WALL + 662)) == 0
    # Running on is no sleep, nor is a blink below a second (a busy machine)
    kernel.run(3600)
    kernel.sleep(0.4)
    clock.now()
    assert clock.naps() == (nap,)


def test_a_clock_that_cannot_tell_when_the_computer_slept_tells_nothing() -> None:
    """Windows, or a clock given by hand: no nap is ever told."""
    from meetingkit.core.clock import WallAnchoredClock, slept_ms

    steady = [7.0]
    clock = WallAnchoredClock(wall=lambda: T_WALL, monotonic=lambda: steady[0])
    steady[0] += 600
    assert clock.naps() == ()
    assert slept_ms(clock, 0) == 0
    assert slept_ms(MonotonicClock(), 0) == 0  # not a clock that can tell


def test_a_manual_clock_sleeps_by_hand() -> None:
    from meetingkit.core.clock import Nap

    clock = ManualClock(100.0)
    clock.sleep(600)
    assert clock.now() == 700.0
    assert clock.naps() == (Nap(100.0, 600.0),)


def test_the_wall_clock_changed_while_the_app_runs_moves_no_timer(kernel: _Kernel) -> None:
    """An NTP step, the time fixed by hand, a change of time zone or daylight-saving time: the
    clock runs on from where it was anchored (a restart anchors it again; a clock set back
    since is caught up: `catch_up`)."""
    from meetingkit.core.clock import WallAnchoredClock

    wall = [T_WALL]
    clock = WallAnchoredClock(wall=lambda: wall[0])
    kernel.run(10)
    wall[0] -= 3600  # set back an hour
    kernel.run(10)
    assert clock.now() == pytest.approx(T_WALL + 20, abs=1e-6)
    wall[0] += 7200  # and forward two
    kernel.run(10)
    assert clock.now() == pytest.approx(T_WALL + 30, abs=1e-6)
    assert clock.naps() == ()
