"""The demo's floor: who came tonight, who spoke how long on each item, who is waiting.

Replayed through the real `FloorSession` on a manual clock, inside the times the agenda's
items ran, so the airtime, the stack and the live turn are what pressing the keys leaves.
Doctors take more of the time than their share of the room: the bars show it, as they would.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.clock import ManualClock
from meetingkit.core.floor import FloorSettings, Policy
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, translate
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.core.stack_entry import EntryKind
from meetingkit.services.floor_session import FloorSession
from meetingkit.storage.floor import FloorStore
from meetingkit.storage.people import PeopleStore

ABSENT = ("Tomás", "Kateryna", "Wren", "Jamal")
# The groups people chose to be counted in, in English (marked for translation in the "Demo"
# context, translated when the demo is written).
NIGHT_SHIFT = QT_TRANSLATE_NOOP("Demo", "Night shift")
SPANISH_SPEAKING = QT_TRANSLATE_NOOP("Demo", "Spanish speaking")
CATEGORIES = {
    "Maria José": (NIGHT_SHIFT, SPANISH_SPEAKING),
    "Yusuf": (NIGHT_SHIFT,),
    "Lupe": (NIGHT_SHIFT,),
    "Rosa": (SPANISH_SPEAKING,),
    "Carmen": (SPANISH_SPEAKING,),
    "Marisol": (SPANISH_SPEAKING,),
}
# Per item that has run: (first name, seconds spoken, kind). The last item is still running:
# its last turn is the one on the floor now.
TURNS: tuple[tuple[tuple[str, int, EntryKind], ...], ...] = (
    (
        ("Dele", 150, EntryKind.GENERAL),
        ("Ana", 60, EntryKind.GENERAL),
        ("Samuel", 35, EntryKind.GENERAL),
        ("Aisha", 95, EntryKind.GENERAL),
    ),
    (
        ("Lan", 110, EntryKind.GENERAL),
        ("Aisha", 140, EntryKind.GENERAL),
        ("Priya", 80, EntryKind.GENERAL),
        ("Mei", 125, EntryKind.GENERAL),
        ("Yusuf", 40, EntryKind.CLARIFYING),
        ("Hannah", 70, EntryKind.GENERAL),
        ("Daniel", 115, EntryKind.GENERAL),
    ),
    (
        ("Ngozi", 230, EntryKind.GENERAL),
        ("Daniel", 95, EntryKind.DIRECT_RESPONSE),
        ("Mei", 120, EntryKind.GENERAL),
        ("Joy", 45, EntryKind.GENERAL),
        ("Samuel", 50, EntryKind.GENERAL),
    ),
)
# Changes by hand, which the floor logs: on the second item the facilitator refuses a direct
# response from Dele after Lan's turn (Dele spoke longest on the first item), and calls Daniel,
# who must leave for his shift, ahead of Hannah, who then speaks after him.
REFUSED_AFTER = (1, 0, "Dele")  # (item, after this turn, who)
CALLED_AHEAD = (1, 5)  # (item, turn): the next turn's speaker is called before this one's
LIVE_TURN_SO_FAR = 85  # seconds the current speaker has spoken when the demo opens
WAITING = (
    ("Rosa", EntryKind.CLARIFYING),
    ("Carmen", EntryKind.GENERAL),
    ("Aisha", EntryKind.DIRECT_RESPONSE),
    ("Lupe", EntryKind.GENERAL),
    ("Daniel", EntryKind.GENERAL),
)
# Joined the stack on this item, then asked to be taken off (Ngozi had made her point): the
# log shows it, and Ctrl+Z would put her back.
WITHDREW = "Priya"


def write_floor(
    conn: sqlite3.Connection,
    meeting: Meeting,
    items: Sequence[AgendaItem],
    people: Mapping[str, Person],
    started: float,
    item_seconds: Sequence[int],
) -> None:
    """Replay tonight's floor from `started`; item k ran for item_seconds[k] (+20 s between)."""
    directory = PeopleStore(conn)
    for first, categories in CATEGORIES.items():  # tonight's meeting, under way, takes them
        given = [translate("Demo", c) for c in categories]
        directory.set_categories(people[first].key, given, today=meeting.date)
    clock = ManualClock(started)
    floor = FloorSession(meeting, conn, clock)
    floor.set_settings(FloorSettings(Policy.LEAST_AIRTIME_MEETING))
    for first, person in people.items():
        if first not in ABSENT:
            floor.mark_present(person.key, source="manual")
    item_start = started
    for n, turns in enumerate(TURNS):
        floor.follow_item(items[n].key)
        last_item = n == len(TURNS) - 1
        for t, (first, seconds, kind) in enumerate(turns):
            if (n, t - 1) == CALLED_AHEAD:
                continue  # spoke already, ahead of the one before
            person = people[first]
            floor.add(person.key, person.first_name, person.last_name, kind)
            if (n, t) == CALLED_AHEAD:
                ahead_name, ahead_seconds, ahead_kind = turns[t + 1]
                ahead = people[ahead_name]
                clock.advance(8)
                entry = floor.add(ahead.key, ahead.first_name, ahead.last_name, ahead_kind)
                floor.give_floor(entry.id)
                clock.advance(ahead_seconds)
                floor.end_turn()
            if last_item and t == len(turns) - 1:
                # The turn on the floor now: it began LIVE_TURN_SO_FAR before the item's
                # time so far ends, which is the moment the demo is opened.
                live_start = item_start + item_seconds[n] - LIVE_TURN_SO_FAR
                clock.advance(max(0.0, live_start - clock.now()))
                floor.next_speaker()
                break
            clock.advance(8)
            floor.next_speaker()
            clock.advance(seconds)
            floor.end_turn()
            if (n, t) == REFUSED_AFTER[:2]:
                dele = people[REFUSED_AFTER[2]]
                clock.advance(5)
                response = floor.add(
                    dele.key, dele.first_name, dele.last_name, EntryKind.DIRECT_RESPONSE
                )
                floor.refuse(response.id)
        if last_item:
            for first, kind in WAITING:
                person = people[first]
                floor.add(person.key, person.first_name, person.last_name, kind)
                if first == WAITING[1][0]:
                    withdrew = people[WITHDREW]
                    entry = floor.add(withdrew.key, withdrew.first_name, withdrew.last_name)
                    floor.withdraw(entry.id)
            # No app has run the meeting yet, so none was closed while it waited to be opened:
            # its first opening does not pause the turn on the floor as after a crash.
            FloorStore(conn).await_first_open(meeting.key)
        else:
            item_start += item_seconds[n] + 20
            clock.advance(max(0.0, item_start - clock.now()))
