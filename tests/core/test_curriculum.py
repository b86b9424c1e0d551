"""The curriculum values: rotation schedules, totals, and how a problem reads."""

import datetime as dt
from pathlib import Path

from meetingkit.core.curriculum import (
    CommitmentPrompt,
    Curriculum,
    Evaluation,
    GroupSize,
    Method,
    Module,
    Problem,
    Session,
    SuggestedCommitment,
)
from meetingkit.core.rotation import Rotation, RotationStep, ScheduledStep

STORY_AND_COACHING = Rotation(
    group_size=3, steps=(RotationStep("Story", 120), RotationStep("Coaching", 180)), rounds=3
)


def test_a_rotation_runs_its_steps_once_per_round_one_after_the_other() -> None:
    """Groups of 3, 2-minute story + 3-minute coaching: each person tells their story once."""
    assert STORY_AND_COACHING.schedule() == (
        ScheduledStep(1, "Story", 0, 120),
        ScheduledStep(1, "Coaching", 120, 180),
        ScheduledStep(2, "Story", 300, 120),
        ScheduledStep(2, "Coaching", 420, 180),
        ScheduledStep(3, "Story", 600, 120),
        ScheduledStep(3, "Coaching", 720, 180),
    )
    assert STORY_AND_COACHING.schedule()[-1].end_s == STORY_AND_COACHING.total_seconds == 900


def test_a_rotations_total_is_rounds_times_the_sum_of_its_steps() -> None:
    assert STORY_AND_COACHING.round_seconds == 300
    single = Rotation(4, (RotationStep("Draft", 90),), rounds=1, rotate=False)
    assert single.total_seconds == 90
    assert [s.round for s in single.schedule()] == [1]


def module(
    title: str,
    minutes: int,
    commitment: CommitmentPrompt | None = None,
    evaluation: Evaluation | None = None,
) -> Module:
    return Module(title, minutes, Method.PLENARY, commitment=commitment, evaluation=evaluation)


def test_session_and_training_minutes_are_the_sums_of_their_parts() -> None:
    first = Session("Stories", ("Tell a story",), (module("Welcome", 10), module("Circles", 50)))
    second = Session("Next", ("Commit",), (module("Close", 15),))
    curriculum = Curriculum(
        slug="stories",
        title="Stories",
        goals=("Tell a story",),
        audience="Nurses",
        group_size=GroupSize(6, 18),
        minutes=75,
        room_setup="Chairs in threes",
        sessions=(first, second),
    )
    assert (first.minutes, second.minutes, curriculum.total_minutes) == (60, 15, 75)
    assert [m.title for m in curriculum.modules()] == ["Welcome", "Circles", "Close"]


def test_the_training_finds_its_commitment_prompt_and_evaluation_in_its_modules() -> None:
    prompt = CommitmentPrompt("What next?", (SuggestedCommitment("Hold three one-on-ones", 14),))
    evaluation = Evaluation("What worked?", "What would you change?")
    close = module("Close", 10, commitment=prompt, evaluation=evaluation)
    curriculum = Curriculum(
        "s", "S", (), "", GroupSize(1, 2), 20, "", (Session("S", (), (module("A", 10), close)),)
    )
    assert curriculum.commitment is prompt
    assert curriculum.evaluation is evaluation
    assert Curriculum("s", "S", (), "", GroupSize(1, 2), 0, "", ()).evaluation is None


def test_a_suggested_commitment_is_due_days_after_the_training() -> None:
    option = SuggestedCommitment("Hold three one-on-ones", 14)
    assert option.due(dt.date(2026, 11, 21)) == dt.date(2026, 12, 5)


def test_methods_are_written_as_trainers_say_them() -> None:
    assert [m.value for m in Method] == [
        "plenary",
        "pairs",
        "small groups",
        "role play",
        "spectrum",
        "gallery walk",
    ]


def test_a_problem_reads_file_colon_line_colon_message() -> None:
    path = Path("curricula") / "one-on-ones" / "curriculum.md"
    assert str(Problem(path, 12, "unknown key “minuts”")) == (f"{path}:12: unknown key “minuts”")
    assert str(Problem(path, None, "no such file")) == f"{path}: no such file"
