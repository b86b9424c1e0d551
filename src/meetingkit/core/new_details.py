"""Details a sign-in gives that a known person's record does not have, or has otherwise.

Anyone who knows a coworker's first name and phone number can sign in as them, so a sign-in
matched to a known person never changes their record by itself: what it adds or says
differently waits for the organizer, who adds it to the record or leaves it out. The first
name is not among them: it is what the sign-in was matched by ("Maria" for María José).

Nor does it agree to more for them: consents it ticks beyond what the person had agreed to
(an email list, photos, their name on the projector) wait with its details and count only
once the organizer accepts them. Agreeing to less counts at once: withdrawing is always safe.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from meetingkit.core.person import Person, canonical_profession, fold, name_key
from meetingkit.core.person_merge import MERGED_FIELDS, same_value

# In the order a person reads a record: a merge's fields, less the first name.
DETAIL_FIELDS = MERGED_FIELDS[1:]


def same_detail(field: str, one: str, other: str) -> bool:
    """Whether two values say the same, so that nobody is asked about a difference of
    writing: a phone by its digits, an email in any case, a profession by the one it names
    ("RN" is "Registered nurse (RN)"), a name as people are told apart by it ("Obrien" is
    "O'Brien", "Maryann" is "Mary-Ann": core.person.name_key), the rest in any case, accents
    or spacing. A phone and an email compare as a merge compares them
    (core.person_merge.same_value)."""
    if field in ("phone", "email"):
        return same_value(field, one, other)
    if field in ("first_name", "last_name"):
        return name_key(one) == name_key(other)
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


def agreed_so_far(earlier: Iterable[tuple[Collection[str], Collection[str]]]) -> frozenset[str]:
    """What a person has agreed to, consent by consent: their answer at the latest of their
    sign-ins whose form asked it. `earlier`: each sign-in's form's consents and those of
    them that count (ticked, and not waiting for the organizer), the latest sign-in first.
    A consent no form of theirs asked has not been agreed to."""
    answered: set[str] = set()
    agreed: set[str] = set()
    for asked, counted in earlier:
        for key in set(asked) - answered:
            answered.add(key)
            if key in counted:
                agreed.add(key)
    return frozenset(agreed)


def consents_to_review(agreed: Collection[str], ticked: Collection[str]) -> frozenset[str]:
    """Of the consents a sign-in matched to a known person ticked, those beyond what the
    person had `agreed` to (`agreed_so_far`): they wait for the organizer. The rest count at
    once, and what it leaves unticked is withdrawn at once for that meeting."""
    return frozenset(ticked) - frozenset(agreed)
