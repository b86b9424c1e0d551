"""What became of a curriculum: the trainings made from it, and which of its modules they ran.

A training's agenda is the curriculum's modules (services/training.py); the trainer may drop,
add or rename items, and the agenda's run records which items were started. A module counts
as covered when an item of its title was started at one of the trainings, so a curriculum run
module by module over three sessions reads "7 of 9 modules covered"."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum


@dataclass(frozen=True)
class ModuleOnAgenda:
    """A module as a training's agenda holds it: its title, and whether it was started."""

    title: str
    ran: bool


class RunState(Enum):
    HELD = "held"  # its agenda was run in the app: which modules ran is known
    NOT_RECORDED = "not recorded"  # its day has come, but its agenda was never started
    PLANNED = "planned"  # still ahead


@dataclass(frozen=True)
class TrainingRun:
    """A training meeting made from a curriculum."""

    meeting_id: int
    title: str
    date: dt.date
    group: str  # the group it was a meeting of ("" for none)
    modules: tuple[ModuleOnAgenda, ...]  # its agenda's modules, in order
    started: bool  # its agenda was started in the app

    def state(self, today: dt.date) -> RunState:
        if self.started:
            return RunState.HELD
        return RunState.PLANNED if self.date >= today else RunState.NOT_RECORDED

    @property
    def ran(self) -> tuple[str, ...]:
        return tuple(m.title for m in self.modules if m.ran)

    @property
    def not_run(self) -> tuple[str, ...]:
        return tuple(m.title for m in self.modules if not m.ran)


@dataclass(frozen=True)
class Coverage:
    """How many of a curriculum's modules its trainings ran, and which they did not."""

    covered: int
    total: int
    missing: tuple[str, ...]  # the curriculum's modules no training ran, in its order


def coverage(modules: Sequence[str], runs: Iterable[TrainingRun]) -> Coverage:
    """The curriculum's `modules` (titles, in order) that a held training started. Two modules
    of one title count once each, and need an item of that title started twice."""
    started = Counter(title for run in runs for title in run.ran)
    missing: list[str] = []
    for title in modules:
        if started[title] > 0:
            started[title] -= 1
        else:
            missing.append(title)
    return Coverage(len(modules) - len(missing), len(modules), tuple(missing))
