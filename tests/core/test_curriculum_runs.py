"""What became of a curriculum: which of its modules its trainings ran."""

import datetime as dt

from meetingkit.core.curriculum_runs import (
    ModuleOnAgenda,
    RunState,
    TrainingRun,
    coverage,
)

MODULES = (
    "Welcome",
    "Map the unit",
    "Gallery walk",
    "Evaluation",
    "Build a committee",
    "Evaluation",
)
TODAY = dt.date(2026, 11, 21)


def run(
    day: dt.date, ran: set[str], *, started: bool = True, titles: tuple[str, ...] = MODULES
) -> TrainingRun:
    modules = tuple(ModuleOnAgenda(t, started and t in ran) for t in titles)
    return TrainingRun(1, "Organizing across professions", day, "", modules, started)


def test_a_curriculum_run_module_by_module_over_sessions_is_covered_by_all_of_them() -> None:
    first = run(dt.date(2026, 7, 25), {"Welcome", "Map the unit"})
    second = run(dt.date(2026, 8, 1), {"Gallery walk", "Evaluation"})
    third = run(dt.date(2026, 8, 8), {"Build a committee", "Evaluation"})
    assert coverage(MODULES, [first]).covered == 2
    assert coverage(MODULES, [first, second, third]) == coverage(MODULES, [third, second, first])
    assert coverage(MODULES, [first, second, third]).covered == 6
    assert coverage(MODULES, [first, second, third]).missing == ()


def test_two_modules_of_one_title_need_two_started_items() -> None:
    """Each session's "Evaluation": one evaluation run leaves the other to cover."""
    once = run(dt.date(2026, 7, 25), set(MODULES), titles=MODULES[:4])
    found = coverage(MODULES, [once])
    assert (found.covered, found.total) == (4, 6)
    assert found.missing == ("Build a committee", "Evaluation")


def test_a_training_not_started_covers_nothing_and_is_planned_or_not_recorded() -> None:
    ahead = run(TODAY + dt.timedelta(days=7), set(MODULES), started=False)
    missed = run(TODAY - dt.timedelta(days=7), set(MODULES), started=False)
    held = run(TODAY - dt.timedelta(days=7), {"Welcome"})
    assert ahead.state(TODAY) is RunState.PLANNED
    assert missed.state(TODAY) is RunState.NOT_RECORDED
    assert held.state(TODAY) is RunState.HELD
    assert coverage(MODULES, [ahead, missed]).covered == 0
    assert held.ran == ("Welcome",)
    assert held.not_run == MODULES[1:]


def test_a_renamed_or_added_item_covers_no_module() -> None:
    renamed = run(dt.date(2026, 7, 25), {"Our welcome"}, titles=("Our welcome", "Lunch"))
    assert coverage(MODULES, [renamed]).covered == 0
