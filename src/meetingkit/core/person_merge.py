"""Two records of one person made one: what the record that stays will say.

The organizer chooses, field by field, where the two say different things (an old phone and
the one given at sign-in); a field only one of them fills is kept whichever it is; notes are
kept from both. Nothing is chosen on a guess: unless told otherwise, the record already known
keeps what it has.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from meetingkit.core.person import Person, phone_key

# The fields a merge can choose between, in the order a person reads a record.
MERGED_FIELDS = (
    "first_name",
    "last_name",
    "phone",
    "email",
    "zip_code",
    "profession",
    "workplace",
)


def same_value(field: str, one: str, other: str) -> bool:
    """Whether two values say the same: a phone by its digits ("(312) 555-0100" is
    "312.555.0100"), an email in any case, the rest as written, spaces aside."""
    if field == "phone":
        return phone_key(one) == phone_key(other)
    if field == "email":
        return one.strip().lower() == other.strip().lower()
    return " ".join(one.split()) == " ".join(other.split())


def differing_fields(kept: Person, other: Person) -> tuple[str, ...]:
    """The fields both records fill, with different values: the organizer chooses these."""
    return tuple(
        f
        for f in MERGED_FIELDS
        if getattr(kept, f)
        and getattr(other, f)
        and not same_value(f, getattr(kept, f), getattr(other, f))
    )


def merged_person(kept: Person, other: Person, take: Collection[str] = ()) -> Person:
    """`kept` as it will be once `other` is folded into it: the fields named in `take` taken
    from `other` where the two differ, every field `kept` lacks filled from `other`, and
    `other`'s notes added to `kept`'s (on a line of their own) unless they say the same."""
    values = {
        f: getattr(other, f)
        for f in MERGED_FIELDS
        if getattr(other, f) and (not getattr(kept, f) or f in take)
    }
    notes = kept.notes.strip()
    extra = other.notes.strip()
    if extra and extra not in notes:
        values["notes"] = f"{notes}\n{extra}" if notes else extra
    return replace(kept, **values)
