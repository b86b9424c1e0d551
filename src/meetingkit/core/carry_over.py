"""What a meeting hands to the next one: unfinished business, the parking lot, the commitments
to check on, and the roles passed round.

The rules, chosen to be predictable:
- Unfinished items: the agenda items not marked done in the run, in their order, with their
  plan (owner, notes, minutes planned) and a note saying where they come from. Breaks, welcomes
  and evaluations are each meeting's own and are not carried. An agenda never run in the app
  carries nothing: nobody can tell what was left.
- The parking lot: one "Parking lot" item whose notes list who was waiting to speak, and on
  what, when the stack was parked (2 minutes each, 5 to 30 in all). One item rather than one per
  person, since most of them join a topic already on the agenda.
- Commitments: one "Check on commitments" report-back whose notes list the meeting's commitments
  still to follow up (open or reached), by person (1 minute a person, 5 to 20 in all).
- Roles: each role used at this meeting (and at least a facilitator and a note taker) goes to
  someone who has not held it yet, else to whoever held it least recently; ties go to people
  present at this meeting, then to whoever holds fewest roles overall, then by name. Nobody gets
  two roles; a role stays open when candidates run out.
- The date: the same weekday in the same week of the next month (the third Thursday stays the
  third Thursday; a fifth becomes the last), the usual rhythm of a working group.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from meetingkit.core.agenda import AgendaItem, ItemKind
from meetingkit.core.agenda_run import RunRecord
from meetingkit.core.commitment import FollowUpStatus
from meetingkit.core.guided_path import REQUIRED_ROLES
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, fill, long_date, translate
from meetingkit.core.meeting import Role

NOT_CARRIED = frozenset({ItemKind.BREAK, ItemKind.WELCOME, ItemKind.EVALUATION})
PARKING_LOT_TITLE = QT_TRANSLATE_NOOP("Next meeting", "Parking lot")
# Month names as organizers type them in titles, not the locale's: English, then Spanish.
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_SPANISH_MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
CHECK_IN_TITLE = QT_TRANSLATE_NOOP("Next meeting", "Check on commitments")


# Agenda


def unfinished_items(
    items: Sequence[AgendaItem], run: RunRecord, held_on: dt.date
) -> list[AgendaItem]:
    """Copies (unsaved, without minutes) of the items the run did not finish."""
    if run.started_ms is None:
        return []
    carried = []
    for item in items:
        if item.id in run.done or item.kind in NOT_CARRIED:
            continue
        note = fill(
            translate("Next meeting", "Carried over from the meeting of %1."), long_date(held_on)
        )
        notes = f"{item.notes}\n\n{note}" if item.notes else note
        carried.append(replace(item, id=None, minutes="", notes=notes))
    return carried


@dataclass(frozen=True)
class ParkedEntry:
    """Someone waiting to speak when the stack was parked."""

    name: str  # as the room called them
    item_title: str  # the item they wanted to speak on; "" for none


def parking_lot_item(parked: Sequence[ParkedEntry]) -> AgendaItem | None:
    unique = list(dict.fromkeys(parked))
    if not unique:
        return None
    on = translate("Next meeting", "• %1 — on “%2”")
    lines = [fill(on, p.name, p.item_title) if p.item_title else f"• {p.name}" for p in unique]
    waiting = translate("Next meeting", "Waiting to speak when the stack was parked last time:")
    return AgendaItem(
        title=translate("Next meeting", PARKING_LOT_TITLE),
        planned_minutes=min(30, max(5, 2 * len(unique))),
        kind=ItemKind.DISCUSSION,
        notes=waiting + "\n" + "\n".join(lines),
    )


# Commitments


@dataclass(frozen=True)
class OpenCommitment:
    person_name: str
    text: str
    status: FollowUpStatus
    organizer_name: str = ""


def check_in_item(open_commitments: Sequence[OpenCommitment]) -> AgendaItem | None:
    still = [c for c in open_commitments if not c.status.closed]
    if not still:
        return None
    by_person: dict[str, list[OpenCommitment]] = defaultdict(list)
    for c in still:
        by_person[c.person_name].append(c)
    lines = []
    with_organizer = translate("Next meeting", "• %1: %2 (%3, organizer %4)")
    alone = translate("Next meeting", "• %1: %2 (%3)")
    for name in sorted(by_person, key=str.casefold):
        for c in by_person[name]:
            line = with_organizer if c.organizer_name else alone
            lines.append(fill(line, name, c.text, c.status.label.lower(), c.organizer_name))
    heading = translate("Next meeting", "Commitments from last time still to follow up:")
    return AgendaItem(
        title=translate("Next meeting", CHECK_IN_TITLE),
        planned_minutes=min(20, max(5, len(by_person))),
        kind=ItemKind.REPORT_BACK,
        notes=heading + "\n" + "\n".join(lines),
    )


# Roles


@dataclass(frozen=True)
class Candidate:
    person_id: int
    name: str
    present: bool  # at the meeting the next one is made from


@dataclass(frozen=True)
class PastRole:
    role: Role
    person_id: int
    date: dt.date


@dataclass(frozen=True)
class RoleSuggestion:
    role: Role
    person_id: int
    name: str
    reason: str


def roles_needed(held: Iterable[Role]) -> list[Role]:
    """One slot per holder of each role at this meeting, and at least the required roles."""
    slots = list(held)
    for role in REQUIRED_ROLES:
        if role not in slots:
            slots.append(role)
    order = list(Role)
    return sorted(slots, key=order.index)


def rotate_roles(
    needed: Sequence[Role], candidates: Sequence[Candidate], history: Iterable[PastRole]
) -> list[RoleSuggestion]:
    """Who takes each role next (see the module's rules), in the order of `needed`."""
    last_held: dict[tuple[int, Role], dt.date] = {}
    roles_held: dict[int, int] = defaultdict(int)
    for past in history:
        key = (past.person_id, past.role)
        if key not in last_held or past.date > last_held[key]:
            last_held[key] = past.date
        roles_held[past.person_id] += 1
    taken: set[int] = set()
    suggestions = []
    for role in needed:
        free = [c for c in candidates if c.person_id not in taken]
        if not free:
            break

        def rank(c: Candidate, role: Role = role) -> tuple[dt.date, bool, int, str]:
            held = last_held.get((c.person_id, role), dt.date.min)
            return (held, not c.present, roles_held[c.person_id], c.name.casefold())

        chosen = min(free, key=rank)
        taken.add(chosen.person_id)
        held = last_held.get((chosen.person_id, role))
        held_role = role.label.lower()
        if held is None:
            reason = fill(translate("Next meeting", "has not been %1 yet"), held_role)
        else:
            reason = fill(translate("Next meeting", "last %1 on %2"), held_role, long_date(held))
        suggestions.append(RoleSuggestion(role, chosen.person_id, chosen.name, reason))
    return suggestions


# The plan


@dataclass(frozen=True)
class CarryPlan:
    """What the next meeting would take; the dialog lets the facilitator leave any out."""

    check_in: AgendaItem | None = None
    unfinished: tuple[AgendaItem, ...] = ()
    parking_lot: AgendaItem | None = None
    roles: tuple[RoleSuggestion, ...] = ()

    def agenda(self) -> list[AgendaItem]:
        """The carried items in the order the new agenda gets them: check on commitments
        first (a report-back), then the unfinished business, then the parking lot."""
        head = [self.check_in] if self.check_in else []
        tail = [self.parking_lot] if self.parking_lot else []
        return [*head, *self.unfinished, *tail]

    @property
    def empty(self) -> bool:
        return not self.agenda() and not self.roles

    def summary(self) -> str:
        """'Carried 2 unfinished items, the parking lot, commitments to check on and 4 roles.'"""
        parts = []
        if n := len(self.unfinished):
            if n == 1:
                parts.append(translate("Next meeting", "1 unfinished item"))
            else:
                items = translate("Next meeting", "%1 unfinished items")
                parts.append(fill(items, str(n)))
        if self.parking_lot:
            parts.append(translate("Next meeting", "the parking lot"))
        if self.check_in:
            parts.append(translate("Next meeting", "the commitments to check on"))
        if n := len(self.roles):
            if n == 1:
                parts.append(translate("Next meeting", "1 role"))
            else:
                parts.append(fill(translate("Next meeting", "%1 roles"), str(n)))
        if not parts:
            return translate("Next meeting", "Nothing was carried over.")
        listed = parts[0]
        if len(parts) > 1:
            listed = fill(translate("Next meeting", "%1 and %2"), ", ".join(parts[:-1]), parts[-1])
        return fill(translate("Next meeting", "Carried %1."), listed)


# Date and title


def next_month_date(day: dt.date) -> dt.date:
    """The same weekday in the same week of the next month (the 5th becomes the last)."""
    week = (day.day - 1) // 7  # 0 for the first such weekday of the month
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    first = dt.date(year, month, 1)
    offset = (day.weekday() - first.weekday()) % 7
    candidate = first + dt.timedelta(days=offset + 7 * week)
    while candidate.month != month:  # no fifth such weekday: the last one
        candidate -= dt.timedelta(days=7)
    return candidate


def suggested_date(held_on: dt.date, today: dt.date) -> dt.date:
    """The next meeting's date: a month on by `next_month_date`, and never in the past."""
    day = next_month_date(held_on)
    while day < today:
        day = next_month_date(day)
    return day


def next_title(title: str, held_on: dt.date, new_date: dt.date) -> str:
    """'Working Group — November' becomes '… — December', 'Comité — noviembre' becomes
    '… — diciembre'; other titles stay as they are."""
    if held_on.month == new_date.month:
        return title
    found = list(re.finditer(rf"\b{_MONTHS[held_on.month - 1]}\b", title))
    new = _MONTHS[new_date.month - 1]
    if not found:  # a Spanish title: its month with a capital or without
        old = _SPANISH_MONTHS[held_on.month - 1]
        found = list(re.finditer(rf"\b{old}\b", title, re.IGNORECASE))
        new = _SPANISH_MONTHS[new_date.month - 1]
        if found and found[-1].group()[0].isupper():
            new = new.capitalize()
    if not found:
        return title
    last = found[-1]
    return title[: last.start()] + new + title[last.end() :]
