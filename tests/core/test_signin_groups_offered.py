"""The self-identified groups a sign-in form offers (core.signin): what a posted form may tick,
and how the organizer's list is tidied. Nobody adds a group from a phone."""

from meetingkit.core.signin import (
    MAX_GROUP_LENGTH,
    MOST_GROUPS_OFFERED,
    FormSettings,
    check_submission,
    distinct_groups,
    group_field,
    groups_note,
    offered_groups,
    ticked_groups,
)

FORM = FormSettings(("first_name",), (), ("Night shift", "Spanish speaking"))


def test_ticked_offered_groups_are_the_submissions_groups() -> None:
    submission = check_submission({"first_name": "Rosa", group_field(2): "Spanish speaking"}, FORM)
    assert submission.groups == {"Spanish speaking"}


def test_a_group_not_offered_is_ignored_however_it_is_posted() -> None:
    hostile = {
        "first_name": "Rosa",
        "group_1": "Management",  # not offered
        "group_2": "Night shift" + "x" * 5000,  # too long to be one
        "group_3": "night shift",  # not as offered
        "group_x": "Spanish speaking",  # not a group's field
        "groups": "Night shift",
        "consent_group_1": "Night shift",
    }
    assert check_submission(hostile, FORM).groups == frozenset()
    # a box moved since the page was loaded still ticks the group its reader saw
    assert ticked_groups({"group_7": "Night shift"}, FORM.groups) == {"Night shift"}
    # a form that offers none takes none
    assert (
        check_submission({"first_name": "Ana", "group_1": "Night shift"}, FormSettings()).groups
        == frozenset()
    )


def test_the_organizers_list_is_tidied_bounded_and_said_once() -> None:
    typed = [
        "  Night   shift ",
        "",
        "night shift",  # the same group, in another case
        "Spanish\u200b speaking",
        "x" * 200,
        *[f"Unit {n}" for n in range(20)],
    ]
    tidy = distinct_groups(typed)
    assert tidy[:3] == ("Night shift", "Spanish speaking", "x" * MAX_GROUP_LENGTH)
    assert len(tidy) == 23
    assert offered_groups(typed) == tidy[:MOST_GROUPS_OFFERED]


def test_the_note_says_optional_and_the_meetings_smallest_group() -> None:
    assert "Optional" in groups_note("en", 5)
    assert "only with 5 or more people" in groups_note("en", 5)
    assert "Opcional" in groups_note("es", 3)
    assert "solo con 3 personas o más" in groups_note("es", 3)
