"""A training module shortened below its timed rotation is said, in the curriculum check's
words, and the guided path's "Agenda fits the time" is not ticked for it (QA 15a, finding 3:
"Finding a shared demand" cut from 28 to 15 minutes kept 21 minutes of timed steps)."""

import datetime as dt
from dataclasses import replace

from meetingkit.core.agenda import AgendaItem, ItemKind
from meetingkit.core.guided_path import MeetingFacts
from meetingkit.core.module_fit import as_sentence, overrunning, rotation_too_long
from meetingkit.core.path_progress import item_statuses
from meetingkit.core.rotation import Rotation, RotationStep

# Choose the problem 6 min, write and test the demand 15 min: one round, 21 minutes
DEMAND = Rotation(4, (RotationStep("Choose the problem", 360), RotationStep("Write", 900)), 1)
# Story 2 min, coaching 3 min 30 s, in threes: three rounds
PRACTICE = Rotation(3, (RotationStep("Story", 120), RotationStep("Coaching", 210)), 3, True)
MODULE = AgendaItem("Finding a shared demand", 28, ItemKind.TRAINING_MODULE, rotation=DEMAND, id=7)
WELCOME = AgendaItem("Welcome", 10, ItemKind.WELCOME, id=6)
FACTS = MeetingFacts(
    date=dt.date(2026, 12, 5),
    now=dt.datetime(2026, 11, 30, 12),
    planned_minutes=165,
    agenda=(WELCOME, MODULE),
)


def fits(facts: MeetingFacts) -> tuple[bool, str]:
    status = next(s for s in item_statuses(facts, frozenset()) if s.item.key == "agenda_fits")
    return status.done, status.detail


def test_a_rotation_longer_than_its_module_is_said_as_the_curriculum_check_says_it() -> None:
    assert rotation_too_long(28, DEMAND) == ""
    assert rotation_too_long(21, DEMAND) == ""  # exactly: it fits
    assert rotation_too_long(15, DEMAND) == (
        "the rotation takes 21 min (1 round × 21 min), more than the module's 15 min"
    )
    assert rotation_too_long(15, PRACTICE) == (
        "the rotation takes 16 min 30 s (3 rounds × 5 min 30 s), more than the module's 15 min"
    )
    assert as_sentence(rotation_too_long(15, DEMAND)) == (
        "The rotation takes 21 min (1 round × 21 min), more than the module's 15 min."
    )
    assert rotation_too_long(5, None) == ""  # no timed steps: nothing to overrun


def test_the_path_does_not_tick_an_agenda_whose_module_its_rotation_overruns() -> None:
    assert fits(FACTS) == (True, "38 min of 2 h 45 min.")
    assert overrunning(FACTS.agenda) == []

    shortened = replace(FACTS, agenda=(WELCOME, replace(MODULE, planned_minutes=15)))
    done, detail = fits(shortened)
    assert not done
    assert detail == (
        "25 min of 2 h 45 min. “Finding a shared demand”: the rotation takes 21 min "
        "(1 round × 21 min), more than the module's 15 min."
    )
