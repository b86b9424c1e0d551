"""Namesakes: two people present under one name (two Daniel Reyes), told apart where the
facilitator picks one of them (who moved a motion, who seconded it).

The room's screens call people by their first name, with a last name's initial between two
of one first name (core.person.room_names). The facilitator's own screen shows full names,
and where two are one name, adds what the People screen and the stack's picker show beside
them: the profession, else the workplace, the phone or the email.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from meetingkit.core.person import Person, canonical_profession, fold


def told_apart(people: Sequence[Person]) -> dict[int, str]:
    """What to call each of `people` (saved records) in a list to pick one from: their full
    name; for two or more of one name (`Person.name_key`: "Dániel Reyes" is "Daniel Reyes"),
    the name and the first of their details (profession, workplace, phone, email) that none
    of the others of that name has: "Daniel Reyes · Registered nurse (RN)". Namesakes that
    no detail tells apart (none given, or the same) are numbered in the order given,
    "Daniel Reyes (2)"; one alone without such a detail keeps the bare name."""
    by_name: defaultdict[str, list[Person]] = defaultdict(list)
    for person in people:
        by_name[person.name_key].append(person)
    names: dict[int, str] = {}
    for same in by_name.values():
        details = [_details(p) for p in same]
        unnamed = []
        for n, person in enumerate(same):
            others = details[:n] + details[n + 1 :]
            detail = next(
                (
                    value
                    for column, value in enumerate(details[n])
                    if value and all(fold(value) != fold(d[column]) for d in others)
                ),
                "",
            )
            if detail and others:
                names[person.key] = f"{person.display_name} · {detail}"
            else:
                names[person.key] = person.display_name
                unnamed.append(person)
        if len(unnamed) > 1:
            for number, person in enumerate(unnamed, start=1):
                names[person.key] = f"{person.display_name} ({number})"
    return names


def _details(person: Person) -> tuple[str, str, str, str]:
    """What the People screen shows beside a name, in its order, as it shows them."""
    profession = canonical_profession(person.profession)  # in the app's language
    return (profession, " ".join(person.workplace.split()), person.phone, person.email)
