"""What a merged record says: the organizer's choice where the two differ, the other's
details where the kept one has none, and the notes of both."""

from meetingkit.core.person import Person
from meetingkit.core.person_merge import differing_fields, merged_person

KNOWN = Person("Rosa", "Delgado", email="rosa@example.org", phone="(312) 555-0100", id=1)
SIGNED = Person(
    "Rosa", "Delgado", phone="312 555 0199", workplace="St. Brigid", notes="Night shift", id=2
)


def test_only_fields_both_fill_differently_are_a_choice() -> None:
    assert differing_fields(KNOWN, SIGNED) == ("phone",)
    same_number = Person("Rosa", phone="312.555.0100", email="ROSA@example.org")
    assert differing_fields(KNOWN, same_number) == ()


def test_the_known_record_keeps_its_values_unless_told_otherwise() -> None:
    """Merging kept only the old record's phone: the number Rosa just gave was thrown away."""
    kept = merged_person(KNOWN, SIGNED)
    assert (kept.id, kept.phone, kept.email) == (1, "(312) 555-0100", "rosa@example.org")
    assert (kept.workplace, kept.notes) == ("St. Brigid", "Night shift")
    newer = merged_person(KNOWN, SIGNED, take={"phone"})
    assert (newer.id, newer.phone, newer.email) == (1, "312 555 0199", "rosa@example.org")


def test_notes_of_both_are_kept_once() -> None:
    known = Person("Lan", notes="Steward, 4 West")
    assert merged_person(known, Person("Lan", notes="Night shift")).notes == (
        "Steward, 4 West\nNight shift"
    )
    assert merged_person(known, Person("Lan", notes="4 West")).notes == "Steward, 4 West"
