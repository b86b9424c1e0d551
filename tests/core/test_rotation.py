"""The rotation timer, driven by a manual clock: every change is computed, nothing ticks."""

import pytest

from meetingkit.core.clock import ManualClock
from meetingkit.core.rotation import Rotation, RotationStep, RotationTimer, step_line

T0 = 1_795_000_000.0

# Groups of 3: a 2-minute story and 3 minutes of coaching, roles rotate: 3 rounds, 15 minutes.
ROTATION = Rotation(3, (RotationStep("Story", 120), RotationStep("Coaching", 180)), rounds=3)


def step(timer: RotationTimer) -> tuple[int, str]:
    """(round, step name) now."""
    current = timer.status().step
    assert current is not None
    return current.round, current.name


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(start=T0)


@pytest.fixture
def timer(clock: ManualClock) -> RotationTimer:
    return RotationTimer(ROTATION, clock)


def test_before_the_start_nothing_has_happened(timer: RotationTimer, clock: ManualClock) -> None:
    clock.advance(60)
    status = timer.status()
    assert not status.started
    assert status.step is None
    assert status.elapsed_ms == 0
    assert status.cue_count == 0
    assert timer.cues_since(0) == []


def test_starting_cues_the_first_step_of_the_first_round(timer: RotationTimer) -> None:
    timer.start()
    status = timer.status()
    assert status.step is not None
    assert (status.step.round, status.step.name, status.rounds) == (1, "Story", 3)
    assert status.step_remaining_ms == 120_000
    assert status.total_remaining_ms == 900_000
    [cue] = timer.cues_since(0)
    assert str(cue) == "Round 1 of 3 · Story"
    assert not cue.new_round


def test_the_step_changes_exactly_at_its_boundary(timer: RotationTimer, clock: ManualClock) -> None:
    timer.start()
    clock.advance(119.999)
    assert step(timer) == (1, "Story")
    assert timer.status().step_remaining_ms == 1
    assert timer.cues_since(1) == []
    clock.advance(0.001)
    assert step(timer) == (1, "Coaching")
    assert timer.status().step_remaining_ms == 180_000
    assert [str(c) for c in timer.cues_since(1)] == ["Round 1 of 3 · Coaching"]


def test_a_late_poll_gets_every_change_it_missed_in_order(
    timer: RotationTimer, clock: ManualClock
) -> None:
    """A Qt timer that drops ticks, or a laptop that sleeps, still hears each cue once."""
    timer.start()
    seen = len(timer.cues_since(0))
    clock.advance(11 * 60 + 30)  # into round 3's story
    missed = timer.cues_since(seen)
    assert [str(c) for c in missed] == [
        "Round 1 of 3 · Coaching",
        "Round 2 of 3 · Story",
        "Round 2 of 3 · Coaching",
        "Round 3 of 3 · Story",
    ]
    assert [c.new_round for c in missed] == [False, True, False, True]
    assert [c.at_ms for c in missed] == [120_000, 300_000, 420_000, 600_000]
    seen += len(missed)
    assert timer.status().cue_count == seen == 5
    assert timer.status().step_remaining_ms == 30_000
    assert timer.cues_since(seen) == []


def test_a_pause_stops_the_rotation_and_resume_goes_on_where_it_stopped(
    timer: RotationTimer, clock: ManualClock
) -> None:
    timer.start()
    clock.advance(100)
    timer.pause()
    clock.advance(600)  # a long interruption: no step change while paused
    status = timer.status()
    assert status.paused
    assert step(timer) == (1, "Story")
    assert status.elapsed_ms == 100_000
    assert timer.cues_since(1) == []
    timer.resume()
    clock.advance(20)
    status = timer.status()
    assert not status.paused
    assert step(timer) == (1, "Coaching")
    assert status.elapsed_ms == 120_000


def test_pausing_twice_or_resuming_a_running_timer_changes_nothing(
    timer: RotationTimer, clock: ManualClock
) -> None:
    timer.pause()  # not started: nothing to pause
    assert not timer.status().paused
    timer.start()
    clock.advance(10)
    timer.pause()
    clock.advance(10)
    timer.pause()
    clock.advance(10)
    timer.resume()
    timer.resume()
    clock.advance(10)
    assert timer.status().elapsed_ms == 20_000


def test_the_rotation_finishes_with_a_last_cue_and_stays_finished(
    timer: RotationTimer, clock: ManualClock
) -> None:
    timer.start()
    clock.advance(14 * 60)
    seen = timer.status().cue_count
    clock.advance(60)
    status = timer.status()
    assert status.finished
    assert status.step is None
    assert (status.step_remaining_ms, status.total_remaining_ms) == (0, 0)
    [last] = timer.cues_since(seen)
    assert last.finished
    assert str(last) == "Time is up"
    assert last.at_ms == 900_000
    clock.advance(3600)
    assert timer.status().elapsed_ms == 900_000
    assert timer.status().cue_count == len(timer.cues) == 7


def test_starting_again_restarts_from_the_first_step(
    timer: RotationTimer, clock: ManualClock
) -> None:
    timer.start()
    clock.advance(1000)
    timer.start()
    clock.advance(5)
    assert step(timer) == (1, "Story")
    assert timer.status().cue_count == 1


def test_a_saved_rotation_resumes_where_it_was_after_a_restart() -> None:
    """The state a running rotation saves, restored into a new timer on a clock that moved
    on (the app was closed for 30 s), puts the room where the wall clock says it is."""
    from meetingkit.core.clock import ManualClock
    from meetingkit.core.rotation import Rotation, RotationStep, RotationTimer

    rotation = Rotation(3, (RotationStep("Story", 120), RotationStep("Coaching", 180)), 3)
    clock = ManualClock(1000.0)
    timer = RotationTimer(rotation, clock)
    timer.start()
    clock.advance(100)
    timer.pause()
    clock.advance(50)
    timer.resume()
    clock.advance(40)  # 140 s of rotation: round 1, coaching, 160 s left
    saved = timer.state
    clock.advance(30)
    again = RotationTimer(rotation, clock)
    again.restore(saved)
    status = again.status()
    assert status.step is not None
    assert (status.step.round, status.step.name) == (1, "Coaching")
    assert status.step_remaining_ms == 130_000
    again.restore(None)
    assert not again.status().started


def test_what_comes_next_is_worded_once_for_the_panel_and_the_room(
    timer: RotationTimer, clock: ManualClock
) -> None:
    """The trainer's panel and the projector both read it from here: the next step, with its
    round when a new round begins (roles change), and on the last step that time is up."""
    timer.start()
    said = []
    for offset in (0, 120, 180, 300, 180):  # into each step below
        clock.advance(offset)
        shown = timer.shown()
        assert shown is not None
        said.append((shown.step_line, shown.next_line))
    assert said == [
        ("Round 1 of 3 · Story", "Next: Coaching"),
        ("Round 1 of 3 · Coaching", "Next: Round 2 of 3 · Story"),
        ("Round 2 of 3 · Story", "Next: Coaching"),
        ("Round 3 of 3 · Story", "Next: Coaching"),
        ("Round 3 of 3 · Coaching", "Last step: then time is up"),
    ]
    shown = timer.shown()
    assert shown is not None
    assert shown.total_remaining_ms == 120_000


def test_a_rotation_of_one_round_is_named_by_its_step_alone(clock: ManualClock) -> None:
    once = RotationTimer(
        Rotation(4, (RotationStep("Draft", 600), RotationStep("Test", 300)), rounds=1), clock
    )
    once.start()
    assert step_line(1, 1, "Draft") == "Draft"
    shown = once.shown()
    assert shown is not None
    assert (shown.step_line, shown.next_line) == ("Draft", "Next: Test")
    assert [str(c) for c in once.cues] == ["Draft", "Test", "Time is up"]


def test_a_pause_can_be_dated_to_a_reading_already_taken(
    timer: RotationTimer, clock: ManualClock
) -> None:
    """F6 pauses the rotation as of the item's own pause, so the two are known to be one."""
    timer.start()
    clock.advance(100)
    item_paused_at = timer.state[0] + 90_000  # type: ignore[index]
    timer.pause(at_ms=item_paused_at)
    assert timer.paused_at_ms == item_paused_at
    assert timer.status().elapsed_ms == 90_000
