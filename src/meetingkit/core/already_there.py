"""Whether someone typed into the People dialog is already in the directory.

By the sign-in's own rule (core.signin.match_person): the same phone or email and the same
first name, or its first words ("Maria" for "Maria José"), is the same person. With neither a
phone nor an email, the same full name is, as a roster import would not add them again. The
dialog asks before adding such a copy; it never refuses one (two Marias may share a phone).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from meetingkit.core.person import Person, phone_key
from meetingkit.core.signin import Candidate, Match, Submission, full_name_key, match_person


class Shared(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    NAME = "name"  # neither has a phone or an email


@dataclass(frozen=True)
class AlreadyThere:
    person: Person  # the one already in the directory
    shared: Shared  # what they have in common besides the name


def already_there(person: Person, others: Sequence[Person]) -> AlreadyThere | None:
    """The one of `others` that `person` (validated) repeats, or None. `person` itself (by
    its id, when it is being edited) is not counted."""
    others = [o for o in others if o.id is not None and o.id != person.id]
    answers = {
        "first_name": person.first_name,
        "last_name": person.last_name,
        "phone": person.phone,
        "email": person.email,
    }
    candidates = [Candidate(o.key, o.first_name, o.last_name, o.phone, o.email) for o in others]
    match, found_id = match_person(Submission(answers), candidates)
    if match == Match.RETURNING:
        found = next(o for o in others if o.id == found_id)
        key = phone_key(person.phone)
        shared = Shared.PHONE if key and phone_key(found.phone) == key else Shared.EMAIL
        return AlreadyThere(found, shared)
    if person.phone or person.email:
        return None
    name = full_name_key(person.first_name, person.last_name)
    for o in others:
        if not (o.phone or o.email) and full_name_key(o.first_name, o.last_name) == name:
            return AlreadyThere(o, Shared.NAME)
    return None
