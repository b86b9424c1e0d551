"""Who to call: each person's follow-ups together, the freshest first.

One call covers everything a person took on, so the start screen and the printed call list
show a person once, with their commitments together. After a year of meetings most open
follow-ups are months old; the people who filled in a card last week are the ones worth
calling now, so they come first, and follow-ups overdue for longer than `STALE_AFTER` are
counted apart rather than as today's work.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from meetingkit.core.commitment import FollowUp

STALE_AFTER = dt.timedelta(days=90)


@dataclass(frozen=True)
class PersonToCall:
    """One person and their follow-ups, the latest due first."""

    follow_ups: tuple[FollowUp, ...]

    @property
    def person_name(self) -> str:
        return self.follow_ups[0].person_name

    @property
    def latest_due(self) -> dt.datetime:
        return self.follow_ups[0].commitment.follow_up_due

    def latest_overdue(self, now: dt.datetime) -> dt.datetime | None:
        """When the most recent of their overdue follow-ups fell due; None if none is."""
        late = [r.commitment.follow_up_due for r in self.follow_ups if r.commitment.overdue(now)]
        return max(late, default=None)

    @property
    def texts(self) -> list[str]:
        return [r.commitment.text for r in self.follow_ups]

    @property
    def organizer_names(self) -> list[str]:
        """Who calls them, each once, in the order of their follow-ups; [] if nobody does."""
        return list(dict.fromkeys(r.organizer_name for r in self.follow_ups if r.organizer_name))

    @property
    def contact_refused(self) -> bool:
        """Any of their cards said no to contact: the safer answer wins for the whole call."""
        return any(r.contact_refused for r in self.follow_ups)

    @property
    def phone(self) -> str:
        return "" if self.contact_refused else self.follow_ups[0].phone

    @property
    def email(self) -> str:
        return "" if self.contact_refused else self.follow_ups[0].email

    def contact(self) -> str:
        """As `FollowUp.contact`, for the person: refused if any card refused."""
        refused = [r for r in self.follow_ups if r.contact_refused]
        return (refused or self.follow_ups)[0].contact()


def people_to_call(rows: Iterable[FollowUp]) -> list[PersonToCall]:
    """`rows` gathered by person, each person's latest due first; people by their latest
    follow-up, the most recent first (then by name)."""
    by_person: dict[int, list[FollowUp]] = {}
    for row in rows:
        by_person.setdefault(row.commitment.person_id, []).append(row)
    people = [
        PersonToCall(tuple(sorted(mine, key=lambda r: r.commitment.follow_up_due, reverse=True)))
        for mine in by_person.values()
    ]
    people.sort(key=lambda p: p.person_name.casefold())
    people.sort(key=lambda p: p.latest_due, reverse=True)  # stable: names stay in order
    return people


def stale(row: FollowUp, now: dt.datetime) -> bool:
    """Overdue for longer than STALE_AFTER: counted apart, not as today's work."""
    return row.commitment.overdue(now) and row.commitment.follow_up_due < now - STALE_AFTER
