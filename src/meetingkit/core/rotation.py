"""A rotation: groups working through the same timed steps round after round, and its live
timer: "Round 2 of 3 · Coaching, 1:40 left", and a cue at each change.

The steps are a training module's (core/curriculum.py) and travel with the agenda item made
from it (core/agenda.py); they live here so that an agenda need not load the curriculum model.
Nothing ticks. The timer keeps when it started and how long it was paused; the current round,
step and time left are computed from the clock whenever they are asked for. A Qt timer that
drops ticks, or a laptop that sleeps, therefore never shifts the schedule. Cues are numbered
in order (0 = the first step begins, the last = the rotation is over): the UI remembers how
many it has seen (services/rotation_cues.py) and asks for the rest, so a late poll still sees
every change, in order.

The words the trainer's panel and the room's screen both show ("Round 2 of 3 · Coaching", and
what comes next) are made here, once, so the two never disagree.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from meetingkit.core.clock import Clock, to_ms
from meetingkit.core.i18n import fill, translate

RotationState = tuple[int, int | None, int]  # started_ms, paused_at_ms, paused_ms (clock ms)


@dataclass(frozen=True)
class RotationStep:
    """One timed part of a round, e.g. a 2-minute story."""

    name: str
    seconds: int


@dataclass(frozen=True)
class ScheduledStep:
    """A step placed on the rotation's timeline: where the timer cues a change."""

    round: int  # 1-based
    name: str
    start_s: int  # offset from the start of the rotation
    length_s: int

    @property
    def end_s(self) -> int:
        return self.start_s + self.length_s


@dataclass(frozen=True)
class Rotation:
    """Groups working through the same timed steps round after round.

    Groups of 3 with "2-minute story + 3-minute coaching, rotate" run 3 rounds so that each
    person tells their story once; `rotate` means roles change between rounds.
    """

    group_size: int
    steps: tuple[RotationStep, ...]
    rounds: int
    rotate: bool = True

    @property
    def rotates(self) -> bool:
        """Whether it is a rotation in a trainer's words: roles change between rounds, or the
        groups go through the steps more than once. One round of steps, no roles changing, is
        only timed steps ("Map 12 min + Share 9 min")."""
        return self.rotate or self.rounds > 1

    @property
    def round_seconds(self) -> int:
        return sum(step.seconds for step in self.steps)

    @property
    def total_seconds(self) -> int:
        return self.rounds * self.round_seconds

    def schedule(self) -> tuple[ScheduledStep, ...]:
        """Every step of every round in order, with its offset: what the timer walks through."""
        slots: list[ScheduledStep] = []
        start = 0
        for round_number in range(1, self.rounds + 1):
            for step in self.steps:
                slots.append(ScheduledStep(round_number, step.name, start, step.seconds))
                start += step.seconds
        return tuple(slots)


@dataclass(frozen=True)
class Cue:
    """A change the room should hear about: a step begins, or the rotation ends."""

    index: int
    round: int  # the last round for the final cue
    rounds: int
    step: str | None  # None when the rotation is over
    at_ms: int  # offset from the start of the rotation, pauses excluded
    new_round: bool  # the first step of a round after the first: groups change roles

    @property
    def finished(self) -> bool:
        return self.step is None

    def __str__(self) -> str:
        if self.step is None:
            return translate("Rotation", "Time is up")
        return step_line(self.round, self.rounds, self.step)


def step_line(round: int, rounds: int, step: str) -> str:
    """The step under way with its round, "Round 2 of 3 · Coaching"; a rotation of a single
    round is just its step (there is no other round to tell it from)."""
    if rounds == 1:
        return step
    return fill(translate("Rotation", "Round %1 of %2 · %3"), str(round), str(rounds), step)


def next_line(upcoming: Cue) -> str:
    """What follows the step under way, for the trainer's panel and the room's screen alike:
    the next step ("Next: Coaching"), with its round when a new round begins and roles change
    ("Next: Round 2 of 3 · Story"), or, on the last step, that time is up after it."""
    if upcoming.step is None:
        return translate("Rotation", "Last step: then time is up")
    shown = str(upcoming) if upcoming.new_round else upcoming.step
    return fill(translate("Rotation", "Next: %1"), shown)


@dataclass(frozen=True)
class RotationStatus:
    """Everything the timer shows, read from one clock reading so the parts agree."""

    started: bool
    paused: bool
    finished: bool
    step: ScheduledStep | None  # None before the start and after the end
    rounds: int
    elapsed_ms: int
    step_remaining_ms: int
    total_remaining_ms: int
    cue_count: int  # how many cues have happened so far


@dataclass(frozen=True)
class RotationShown:
    """A rotation under way (running or paused) as the room's screen shows it, read from one
    clock reading: "Round 2 of 3 · Observer feedback 2:59", and what comes after."""

    round: int
    rounds: int
    step: str
    step_remaining_ms: int
    total_remaining_ms: int
    upcoming: Cue  # the next change: the final cue ("time is up") on the last step
    paused: bool
    cue_count: int  # changes so far: a screen flashes when it grows

    @property
    def step_line(self) -> str:
        """The step with its round: "Round 2 of 3 · Observer feedback" (see `step_line`)."""
        return step_line(self.round, self.rounds, self.step)

    @property
    def next_line(self) -> str:
        """What comes next: "Next: Coaching", or "Last step: then time is up"."""
        return next_line(self.upcoming)


class RotationTimer:
    """Runs one rotation from a clock: start, pause, resume; ask it where the room is."""

    def __init__(self, rotation: Rotation, clock: Clock) -> None:
        self.rotation = rotation
        self._clock = clock
        self._schedule = rotation.schedule()
        self._starts_ms = [step.start_s * 1000 for step in self._schedule]
        self._total_ms = rotation.total_seconds * 1000
        self._cues = self._make_cues()
        self._started_ms: int | None = None
        self._paused_at_ms: int | None = None
        self._paused_ms = 0  # pauses that have ended

    def _make_cues(self) -> tuple[Cue, ...]:
        rounds = self.rotation.rounds
        cues: list[Cue] = []
        previous_round = 1
        for index, slot in enumerate(self._schedule):
            new_round = slot.round != previous_round
            cues.append(Cue(index, slot.round, rounds, slot.name, slot.start_s * 1000, new_round))
            previous_round = slot.round
        cues.append(Cue(len(cues), rounds, rounds, None, self._total_ms, new_round=False))
        return tuple(cues)

    # Actions

    def start(self) -> None:
        """Start from the first step (again, if it had already run)."""
        self._started_ms = self._now_ms()
        self._paused_at_ms = None
        self._paused_ms = 0

    def pause(self, at_ms: int | None = None) -> None:
        """Pause now, or as of `at_ms` (a clock reading already taken: the item's pause, so
        that the two pauses are known to be one)."""
        if self._started_ms is not None and self._paused_at_ms is None:
            self._paused_at_ms = self._now_ms() if at_ms is None else at_ms

    def resume(self) -> None:
        if self._paused_at_ms is not None:
            self._paused_ms += self._now_ms() - self._paused_at_ms
            self._paused_at_ms = None

    def stop(self) -> None:
        """Back to not started."""
        self._started_ms = None
        self._paused_at_ms = None
        self._paused_ms = 0

    # Saving and restoring, so a restart resumes the rotation where it was

    @property
    def paused_at_ms(self) -> int | None:
        """The clock reading it was paused at; None unless paused."""
        return self._paused_at_ms

    @property
    def state(self) -> RotationState | None:
        """What to save: None before the start."""
        if self._started_ms is None:
            return None
        return (self._started_ms, self._paused_at_ms, self._paused_ms)

    def restore(self, state: RotationState | None) -> None:
        if state is None:
            self.stop()
            return
        self._started_ms, self._paused_at_ms, self._paused_ms = state

    # What the room sees

    def status(self) -> RotationStatus:
        elapsed = self._elapsed_ms()
        started = self._started_ms is not None
        finished = started and elapsed >= self._total_ms
        index = self._index(elapsed)
        step = self._schedule[index] if started and not finished else None
        return RotationStatus(
            started=started,
            paused=self._paused_at_ms is not None,
            finished=finished,
            step=step,
            rounds=self.rotation.rounds,
            elapsed_ms=elapsed,
            step_remaining_ms=step.end_s * 1000 - elapsed if step else 0,
            total_remaining_ms=self._total_ms - elapsed,
            cue_count=len(self._cues) if finished else index + 1 if started else 0,
        )

    def shown(self) -> RotationShown | None:
        """What the room's screen shows; None before the start and once time is up."""
        status = self.status()
        step = status.step
        if step is None:
            return None
        return RotationShown(
            round=step.round,
            rounds=status.rounds,
            step=step.name,
            step_remaining_ms=status.step_remaining_ms,
            total_remaining_ms=status.total_remaining_ms,
            # Under way, at least the final cue is still to come
            upcoming=self._cues[status.cue_count],
            paused=status.paused,
            cue_count=status.cue_count,
        )

    @property
    def cues(self) -> tuple[Cue, ...]:
        """Every cue of the rotation, happened or not: for showing the plan ahead."""
        return self._cues

    def cues_since(self, seen: int) -> list[Cue]:
        """The cues that happened after the first `seen`, oldest first."""
        return list(self._cues[max(seen, 0) : self.status().cue_count])

    # Arithmetic

    def _now_ms(self) -> int:
        return to_ms(self._clock.now())

    def _elapsed_ms(self) -> int:
        if self._started_ms is None:
            return 0
        until = self._paused_at_ms if self._paused_at_ms is not None else self._now_ms()
        return min(until - self._started_ms - self._paused_ms, self._total_ms)

    def _index(self, elapsed_ms: int) -> int:
        """The step running at this offset: the last one that has begun."""
        return max(bisect_right(self._starts_ms, elapsed_ms) - 1, 0)
