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
