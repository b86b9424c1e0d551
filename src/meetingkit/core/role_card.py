"""What a role card says: one card for each person holding a role at a meeting, handed to them
as the meeting starts (DOMAIN.md: "Roles are assigned per meeting and print on role cards").

A card names the role in large type, the person who holds it by first name (as the room's
screens name people), the meeting and its day, the role's duty in one sentence, and three or
four things to do, written for this meeting: the timekeeper gets each item's planned end and
the moment to call time, five minutes before it (as the agenda's time check does); the stack
keeper gets the Floor tab's keys in the words the group chose, and the group's order of the
stack; the greeter, when to be at the door. A card's table (the times, the keys) goes under
its first line.

A role nobody holds yet can print as a card with a line to write the name on: roles are often
taken in the room ("who will keep time tonight?"), and the volunteer needs the card's times
and keys as much as anyone named in advance.

No PDF here: services/printing/role_cards.py draws these.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from meetingkit.core.agenda import AgendaItem, schedule
from meetingkit.core.agenda_run import TIME_CHECK_LEAD_MS
from meetingkit.core.floor import FloorSettings
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, fill, format_date, translate
from meetingkit.core.meeting import Meeting, Role
from meetingkit.core.person import room_names
from meetingkit.core.stack_entry import EntryKind, Vocabulary
from meetingkit.core.wall_clock import after_minutes

#: The Floor tab's keys to put someone on the stack (ui/floor_tab.py ADD_KEYS, in its order).
STACK_KEYS: tuple[tuple[EntryKind, str], ...] = (
    (EntryKind.GENERAL, "A"),
    (EntryKind.PROCESS, "P"),
    (EntryKind.TECHNICAL, "T"),
    (EntryKind.CLARIFYING, "C"),
    (EntryKind.DIRECT_RESPONSE, "D"),
)
GREETER_EARLY_MINUTES = 15  # at the door this long before the start
CALL_LEAD_MINUTES = TIME_CHECK_LEAD_MS / 60_000
#: The timekeeper's first line on a card printed while the agenda has no items: no times
#: follow it.
NO_TIMES_YET = QT_TRANSLATE_NOOP(
    "Role cards",
    "Call time 5 minutes before each item ends (the agenda had no items when this card was "
    "printed).",
)


@dataclass(frozen=True)
class Holder:
    """Who holds a role, as the directory has them."""

    role: Role
    person_id: int
    first_name: str
    last_name: str = ""


@dataclass(frozen=True)
class CallTime:
    """One agenda item on the timekeeper's card: when to call time, and when it ends."""

    title: str
    ends: str  # "19:30", or "Mon 00:10" past midnight
    call: str  # five minutes before the end; "" for an item of five minutes or less


@dataclass(frozen=True)
class RoleCard:
    role: Role
    holder: str  # the first name; "" on a card to fill in by hand
    meeting_title: str
    meeting_date: dt.date
    meeting_start: dt.time
    steps: tuple[str, ...]  # what to do, a short line each
    times: tuple[CallTime, ...] = ()  # the timekeeper's
    keys: tuple[tuple[str, str], ...] = ()  # the stack keeper's: a key and what it adds

    @property
    def blank(self) -> bool:
        return not self.holder

    @property
    def label(self) -> str:
        return self.role.label

    @property
    def duty(self) -> str:
        return self.role.duty


def role_cards(
    meeting: Meeting,
    holders: Sequence[Holder],
    items: Sequence[AgendaItem],
    floor: FloorSettings,
    *,
    unassigned: bool = True,
) -> list[RoleCard]:
    """A card for each holder of each role, in the order the Roles tab lists roles (two
    greeters get one each); with `unassigned`, a card to fill in for each role nobody holds."""
    names = first_names(holders)
    cards: list[RoleCard] = []
    for role in Role:
        steps = steps_for(role, meeting, floor)
        times = call_times(meeting, items) if role is Role.TIMEKEEPER else ()
        if role is Role.TIMEKEEPER and not times:  # no times below to point at
            steps = (translate("Role cards", NO_TIMES_YET), *steps[1:])
        keys = stack_keys(floor.vocabulary) if role is Role.STACK_KEEPER else ()
        theirs = [h for h in holders if h.role is role]
        who = [names[h.person_id] for h in theirs] or ([""] if unassigned else [])
        for name in sorted(who, key=str.casefold):
            cards.append(
                RoleCard(role, name, meeting.title, meeting.date, meeting.start, steps, times, keys)
            )
    return cards


def first_names(holders: Sequence[Holder]) -> dict[int, str]:
    """Each holder's first name, as the room's screens show it (`room_names`: with the last
    name's initial where two people holding roles share a first name, "Ana L.", "Ana M.");
    someone with no first name by their last name."""
    people = {h.person_id: h for h in holders}
    names = room_names((pid, h.first_name, h.last_name) for pid, h in people.items())
    return {
        pid: names.get(pid) or " ".join(h.last_name.split()) or "?" for pid, h in people.items()
    }


def clock_time(moment: dt.datetime, day: dt.date) -> str:
    """'19:25' on the meeting's day; 'Mon 00:10' on another (a meeting past midnight)."""
    if moment.date() == day:
        return f"{moment:%H:%M}"
    return f"{format_date(moment.date(), 'ddd')} {moment:%H:%M}"


def call_times(meeting: Meeting, items: Sequence[AgendaItem]) -> tuple[CallTime, ...]:
    """Each item's planned end, back to back from the meeting's start, and the moment to call
    time five minutes before it. An item of five minutes or less gets no call: it would come
    at its start (as the agenda's time check, core.agenda_run.time_check_due)."""
    day = meeting.date
    return tuple(
        CallTime(
            slot.item.title,
            clock_time(slot.ends, day),
            clock_time(after_minutes(slot.ends, -CALL_LEAD_MINUTES), day)
            if slot.item.planned_minutes > CALL_LEAD_MINUTES
            else "",
        )
        for slot in schedule(items, meeting.starts_at)
    )


def stack_keys(vocabulary: Vocabulary) -> tuple[tuple[str, str], ...]:
    """The Floor tab's keys and what each adds to the stack, in the words the group chose,
    with the hand signal where the vocabulary has one: ("P", "Point of process (triangle)")."""
    keys = []
    for kind, key in STACK_KEYS:
        name, signal = vocabulary.name_of(kind), vocabulary.signal_of(kind)
        keys.append((key, f"{name} ({signal})" if signal else name))
    return tuple(keys)


def steps_for(role: Role, meeting: Meeting, floor: FloorSettings) -> tuple[str, ...]:
    """What the holder of `role` does at this meeting, a short line each."""
    words = [translate("Role cards", text) for text in _STEPS[role]]
    if role is Role.STACK_KEEPER:
        ahead = ", ".join(key for kind, key in STACK_KEYS if kind.jumps_queue)
        words += [
            fill(
                translate(
                    "Role cards",
                    "%1 go ahead of the stack, in that order. The facilitator may refuse a "
                    "direct response (R).",
                ),
                ahead,
            ),
            fill(
                translate("Role cards", "The stack's order: %1. N gives the floor to the next."),
                floor.rule_label,
            ),
        ]
    elif role is Role.FACILITATOR:
        order = translate("Role cards", "Tell the room the stack's order: %1.")
        words.insert(1, fill(order, floor.rule_label))
    elif role is Role.GREETER:
        at = clock_time(after_minutes(meeting.starts_at, -GREETER_EARLY_MINUTES), meeting.date)
        words.insert(
            0,
            fill(translate("Role cards", "Be at the door by %1, 15 minutes before the start."), at),
        )
    return tuple(w for w in words if w)


_STEPS: dict[Role, tuple[str, ...]] = {
    Role.FACILITATOR: (
        QT_TRANSLATE_NOOP(
            "Role cards", "Open with the agreements and the agenda, and say who holds each role."
        ),
        QT_TRANSLATE_NOOP(
            "Role cards",
            "Before a decision, restate the proposal, then take a temperature check (Ctrl+T).",
        ),
        QT_TRANSLATE_NOOP(
            "Role cards", "Close with next steps, commitments and a short evaluation."
        ),
    ),
    Role.CO_FACILITATOR: (
        QT_TRANSLATE_NOOP(
            "Role cards",
            "Take over when the facilitator wants to speak on an item, or needs a break.",
        ),
        QT_TRANSLATE_NOOP(
            "Role cards",
            "Watch for hands the stack keeper missed, and for people who have not spoken yet.",
        ),
        QT_TRANSLATE_NOOP(
            "Role cards", "Keep the parking lot: ideas for later, so the room can move on."
        ),
    ),
    Role.STACK_KEEPER: (
        QT_TRANSLATE_NOOP(
            "Role cards",
            "Put each raised hand on the stack at once: press its key on the Floor tab, then "
            "pick the name.",
        ),
    ),
    Role.TIMEKEEPER: (
        QT_TRANSLATE_NOOP(
            "Role cards", "Call time 5 minutes before each item ends, at the times below."
        ),
        QT_TRANSLATE_NOOP("Role cards", "Started late? Add the delay to every time."),
        QT_TRANSLATE_NOOP(
            "Role cards", "When time is up, ask the room: wrap up now, or agree on more time?"
        ),
    ),
    Role.NOTE_TAKER: (
        QT_TRANSLATE_NOOP(
            "Role cards", "For each item, write what was decided, who will do what, and by when."
        ),
        QT_TRANSLATE_NOOP(
            "Role cards", "Write proposals word for word, and the result of each temperature check."
        ),
        QT_TRANSLATE_NOOP(
            "Role cards",
            "Type them in the Minutes box on the Agenda tab, item by item, or on paper.",
        ),
        QT_TRANSLATE_NOOP("Role cards", "Before the end, read the decisions back to the room."),
    ),
    Role.VIBES_WATCHER: (
        QT_TRANSLATE_NOOP(
            "Role cards", "Watch for tired, tense or quiet faces, and for people talked over."
        ),
        QT_TRANSLATE_NOOP(
            "Role cards",
            "Ask the facilitator for a break, a stretch or a quick check-in when energy drops.",
        ),
        QT_TRANSLATE_NOOP(
            "Role cards", "If it gets heated, ask for a pause and name what you see, without blame."
        ),
    ),
    Role.GREETER: (
        QT_TRANSLATE_NOOP(
            "Role cards",
            "Help each person sign in: the QR code on the poster, the kiosk on the laptop, or "
            "the paper sheet.",
        ),
        QT_TRANSLATE_NOOP(
            "Role cards", "Welcome first-timers by name and introduce them to someone."
        ),
    ),
}
