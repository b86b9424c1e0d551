"""Who to call: a person once, with all their follow-ups, the freshest first."""

import datetime as dt

from meetingkit.core.commitment import Commitment, FollowUp
from meetingkit.core.people_to_call import people_to_call, stale

NOW = dt.datetime(2026, 11, 21, 18, 40)
NO_CONTACT = "In person only: said no to contact on the card"


def row(person_id: int, name: str, days_ago: int, text: str, *, refused: bool = False) -> FollowUp:
    due = NOW - dt.timedelta(days=days_ago)
    phone = "" if refused else "(312) 555-0100"
    commitment = Commitment(1, person_id, text, due)
    return FollowUp(
        commitment, name, phone, "", "Assembly", due.date(), "", contact_refused=refused
    )


def test_each_person_comes_once_with_their_commitments_latest_first() -> None:
    rows = [
        row(1, "Ana Lima", 200, "Join the committee"),
        row(2, "Bilal Haddad", 30, "Bring two coworkers"),
        row(1, "Ana Lima", 3, "Sign the petition"),
        row(3, "Carmen Ruiz", 30, "Give 2 hours a week"),
    ]
    people = people_to_call(rows)
    assert [p.person_name for p in people] == ["Ana Lima", "Bilal Haddad", "Carmen Ruiz"]
    assert people[0].texts == ["Sign the petition", "Join the committee"]
    assert people[0].latest_due == NOW - dt.timedelta(days=3)


def test_a_card_that_said_no_to_contact_keeps_the_whole_call_in_person() -> None:
    """One of her cards said no: the person's line shows no phone, whichever card is newer."""
    rows = [
        row(1, "Ana Lima", 3, "Sign the petition"),
        row(1, "Ana Lima", 40, "Join the committee", refused=True),
    ]
    [ana] = people_to_call(rows)
    assert ana.contact_refused
    assert (ana.phone, ana.email) == ("", "")
    assert ana.contact() == NO_CONTACT


def test_a_follow_up_is_stale_once_overdue_for_more_than_ninety_days() -> None:
    assert not stale(row(1, "Ana", 90, "x"), NOW)
    assert stale(row(1, "Ana", 91, "x"), NOW)
