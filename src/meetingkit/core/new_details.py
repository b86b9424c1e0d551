"""Details a sign-in gives that a known person's record does not have, or has otherwise.

Anyone who knows a coworker's first name and phone number can sign in as them, so a sign-in
matched to a known person never changes their record by itself: what it adds or says
differently waits for the organizer, who adds it to the record or leaves it out. The first
name is not among them: it is what the sign-in was matched by ("Maria" for María José).
"""

from __future__ import annotations

from collections.abc import Mapping

from meetingkit.core.person import Person, canonical_profession, fold, phone_key

# In the order a person reads a record (core.person_merge.MERGED_FIELDS, less the first name).
DETAIL_FIELDS = ("last_name", "phone", "email", "zip_code", "profession", "workplace")


def same_detail(field: str, one: str, other: str) -> bool:
    """Whether two values say the same, so that nobody is asked about a difference of
    writing: a phone by its digits, an email in any case, a profession by the one it names
    ("RN" is "Registered nurse (RN)"), the rest in any case, accents or spacing."""
    if field == "phone":
        return phone_key(one) == phone_key(other)
    if field == "email":
        return one.strip().lower() == other.strip().lower()
    if field == "profession":
        one, other = canonical_profession(one), canonical_profession(other)
    return " ".join(fold(one).split()) == " ".join(fold(other).split())


def new_details(record: Person, given: Mapping[str, str]) -> dict[str, str]:
    """What `given` (a sign-in's directory answers) adds to the record or says otherwise,
    field by field; blanks add nothing."""
    return {
        field: value
        for field in DETAIL_FIELDS
        if (value := given.get(field, "").strip())
        and not same_detail(field, getattr(record, field), value)
    }
