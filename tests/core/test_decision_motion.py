"""Robert's Rules: a decision records who moved the motion and who seconded it."""

import pytest

from meetingkit.core.decision import Decision, Outcome, Someone, someone
from meetingkit.core.errors import ValidationError

DUES = Decision("Raise dues by $2", Outcome.MAJORITY, votes_for=31, votes_against=4, abstentions=2)


def test_the_minutes_say_who_moved_and_who_seconded() -> None:
    both = Decision(
        DUES.proposal,
        DUES.outcome,
        31,
        4,
        2,
        moved_by=Someone("Dele Okafor", 3),
        seconded_by=Someone("Carmen Ruiz"),
    )
    assert both.validated().motion() == "Moved by Dele Okafor, seconded by Carmen Ruiz"
    only_moved = Decision("X", Outcome.CONSENSUS, moved_by=Someone("Ana Lima", 1))
    assert only_moved.motion() == "Moved by Ana Lima"
    only_seconded = Decision("X", Outcome.CONSENSUS, seconded_by=Someone("Ana Lima"))
    assert only_seconded.motion() == "Seconded by Ana Lima"
    assert DUES.motion() == ""
    # The one line of the outcome is as it was: the motion is a line of its own
    assert (
        both.summary()
        == DUES.summary()
        == "Adopted by majority vote; 31 for, 4 against, 2 abstaining"
    )


def test_names_are_kept_as_typed_with_the_spaces_tidied_and_blank_is_nobody() -> None:
    d = Decision(
        "X", Outcome.CONSENSUS, moved_by=Someone("  Ana   Lima "), seconded_by=Someone("   ")
    ).validated()
    assert d.moved_by == Someone("Ana Lima")
    assert d.seconded_by is None
    assert someone("") is None
    assert someone(" Wren ") == Someone("Wren")


def test_nobody_seconds_their_own_motion() -> None:
    """The same record, or the same name typed in any case or accents, is refused."""
    for moved, seconded in (
        (Someone("Dele Okafor", 3), Someone("Dele Okafor", 3)),
        (Someone("María José", None), Someone("maria jose", None)),
        (Someone("Ana Lima", 1), Someone("ANA LIMA")),
    ):
        with pytest.raises(ValidationError, match="someone else must second it"):
            Decision("X", Outcome.CONSENSUS, moved_by=moved, seconded_by=seconded).validated()
    # Two people of one name, each with their own record, may
    namesakes = Decision(
        "X",
        Outcome.CONSENSUS,
        moved_by=Someone("Maria Lopez", 7),
        seconded_by=Someone("Maria Lopez", 8),
    )
    assert namesakes.validated().motion() == "Moved by Maria Lopez, seconded by Maria Lopez"


def test_a_motion_keeps_the_rest_of_the_decision() -> None:
    d = Decision(
        " Raise dues ",
        Outcome.MODIFIED_CONSENSUS,
        19,
        1,
        3,
        90,
        moved_by=Someone("Ana Lima", 1),
    ).validated()
    assert (d.proposal, d.votes_for, d.threshold_percent) == ("Raise dues", 19, 90)
    assert d.moved_by == Someone("Ana Lima", 1)
