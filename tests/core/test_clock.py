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
