"""The engagement ladder: where each person stands, from hand-made histories."""

import pytest

from meetingkit.core.errors import ValidationError
from meetingkit.core.ladder import (
    DEFAULT_RUNGS,
    Engagement,
    Measure,
    Rung,
    ladder_counts,
    rung_for,
    rungs_from_json,
    rungs_to_json,
    validated_rungs,
)


def _name(engagement: Engagement, rungs: tuple[Rung, ...] = DEFAULT_RUNGS) -> str | None:
    index = rung_for(engagement, rungs)
    return None if index is None else rungs[index].name


@pytest.mark.parametrize(
    ("engagement", "rung"),
    [
        (Engagement(), None),
        (Engagement(attended=1), "Came at least once"),
        (Engagement(attended=2), "Came at least once"),
        (Engagement(attended=3), "Came at least 3 times"),
        (Engagement(attended=6), "Came at least 3 times"),
        (Engagement(attended=1, committed=1), "Made a commitment"),
        (Engagement(attended=4, committed=2), "Made a commitment"),
        (Engagement(attended=2, committed=1, kept=1), "Kept a commitment"),
        (Engagement(attended=3, committed=2, kept=1, led=1), "Leads a role or a meeting"),
    ],
)
def test_each_default_rung_is_reached_at_its_threshold(
    engagement: Engagement, rung: str | None
) -> None:
    assert _name(engagement) == rung


def test_the_ladder_describes_rather_than_gates() -> None:
    """Someone who took a role on their second visit leads, without any commitment."""
    assert _name(Engagement(attended=2, led=1)) == "Leads a role or a meeting"


def test_a_member_who_never_came_stands_on_no_rung() -> None:
    assert rung_for(Engagement(committed=0)) is None


def test_custom_rungs_with_higher_thresholds() -> None:
    rungs = (
        Rung("Regular", Measure.ATTENDED, 4),
        Rung("Organizer", Measure.KEPT, 2),
        Rung("Facilitator", Measure.LED, 3),
    )
    assert _name(Engagement(attended=3), rungs) is None
    assert _name(Engagement(attended=4, kept=1, led=2), rungs) == "Regular"
    assert _name(Engagement(attended=4, kept=2, led=2), rungs) == "Organizer"
    assert _name(Engagement(attended=1, led=3), rungs) == "Facilitator"


def test_counts_per_rung_and_those_on_none() -> None:
    people = [
        Engagement(),
        Engagement(attended=1),
        Engagement(attended=1),
        Engagement(attended=5),
        Engagement(attended=2, committed=1, kept=1),
        Engagement(attended=3, led=2),
    ]
    counts = ladder_counts(people)
    assert counts.on_rung == (2, 1, 0, 1, 1)
    assert counts.not_yet == 1


def test_rungs_are_tidied_and_checked() -> None:
    tidy = validated_rungs([Rung("  Came   once ", Measure.ATTENDED, 1)])
    assert tidy == (Rung("Came once", Measure.ATTENDED, 1),)
    with pytest.raises(ValidationError, match="at least one rung"):
        validated_rungs([])
    with pytest.raises(ValidationError, match="needs a name"):
        validated_rungs([Rung(" ", Measure.ATTENDED, 1)])
    with pytest.raises(ValidationError, match="Two rungs"):
        validated_rungs([Rung("Came", Measure.ATTENDED, 1), Rung("came", Measure.LED, 1)])
    with pytest.raises(ValidationError, match="between 1 and"):
        validated_rungs([Rung("Came", Measure.ATTENDED, 0)])


def test_a_rung_nobody_could_stand_on_is_refused() -> None:
    """Below a rung that asks no more of the same measure, a rung is never anyone's highest."""
    with pytest.raises(ValidationError, match="Nobody could ever stand on “Came at least 3 times”"):
        validated_rungs(
            [
                Rung("Came at least 3 times", Measure.ATTENDED, 3),
                Rung("Came at least once", Measure.ATTENDED, 1),
            ]
        )
    with pytest.raises(ValidationError, match="Nobody could ever stand on “Kept”"):
        validated_rungs([Rung("Kept", Measure.KEPT, 2), Rung("Kept twice", Measure.KEPT, 2)])
    # A different measure higher up is fine, whatever its number.
    validated_rungs([Rung("Came five times", Measure.ATTENDED, 5), Rung("Led", Measure.LED, 1)])


def test_rungs_survive_json_and_empty_means_the_default_ladder() -> None:
    rungs = (Rung("Ya vino", Measure.ATTENDED, 1), Rung("Lidera", Measure.LED, 2))
    assert rungs_from_json(rungs_to_json(rungs)) == rungs
    assert rungs_from_json("") == DEFAULT_RUNGS
    with pytest.raises(ValidationError, match="damaged"):
        rungs_from_json('[{"name": "x"}]')


def test_a_rung_reads_as_a_threshold_not_a_count() -> None:
    """Someone who came twice stood on "Came once"."""
    assert _name(Engagement(attended=2)) == "Came at least once"
    assert _name(Engagement(attended=7)) == "Came at least 3 times"


@pytest.mark.parametrize(
    ("former", "at_least", "now"),
    [
        ("Came once", 1, "Came at least once"),
        ("Vino una vez", 1, "Came at least once"),  # saved in Spanish: in the app's language
        ("Came three times", 3, "Came at least 3 times"),
        ("vino tres veces", 3, "Came at least 3 times"),
        ("Came once", 2, "Came once"),  # the group made it a rung of its own
    ],
)
def test_a_ladder_saved_with_the_former_default_names_reads_with_the_new_ones(
    former: str, at_least: int, now: str
) -> None:
    """A group that edited one rung saved all of them, the app's former names included."""
    saved = (Rung(former, Measure.ATTENDED, at_least), Rung("Brings others", Measure.LED, 2))
    assert [r.name for r in rungs_from_json(rungs_to_json(saved))] == [now, "Brings others"]


def test_a_former_name_stays_when_the_new_one_is_taken() -> None:
    saved = (Rung("Came once", Measure.ATTENDED, 1), Rung("Came at least once", Measure.LED, 1))
    assert rungs_from_json(rungs_to_json(saved)) == saved
