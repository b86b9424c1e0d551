"""The demo's agendas: a live meeting with one item running over, and past meetings with
their actual times, minutes, decisions and temperature checks.

Runs are produced by driving the real `AgendaRun` with a manual clock, so the demo's records
are exactly what a facilitator pressing the keys would have left behind.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from meetingkit.core.agenda import AgendaItem, ItemKind
from meetingkit.core.agenda_run import AgendaRun
from meetingkit.core.clock import ManualClock
from meetingkit.core.decision import (
    CheckKind,
    Decision,
    Objections,
    Outcome,
    Someone,
    TemperatureCheck,
)
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, translate
from meetingkit.core.person import Person
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.decisions import DecisionStore

K = ItemKind


@dataclass(frozen=True)
class Planned:
    """An agenda item as planned. Its words are in English, marked for translation in the
    "Demo" context: they are translated when the demo is written (`write_agenda`)."""

    title: str
    minutes: int
    kind: ItemKind
    owner: str = ""  # first name of a demo person
    notes: str = ""
    seconds_used: int = 0  # 0: not reached (or still to come)
    record: str = ""  # the minutes typed during the meeting


TONIGHT = (
    Planned(
        QT_TRANSLATE_NOOP("Demo", "Welcome, agreements and roles"),
        10,
        K.WELCOME,
        "Dele",
        QT_TRANSLATE_NOOP(
            "Demo", "Read the community agreements; introduce the stack keeper and timekeeper."
        ),
        680,
        QT_TRANSLATE_NOOP(
            "Demo", "Agreements read. New today: Rosa (float pool) and Wren (respiratory)."
        ),
    ),
    Planned(
        QT_TRANSLATE_NOOP("Demo", "Report-backs from each unit"),
        15,
        K.REPORT_BACK,
        "Lan",
        QT_TRANSLATE_NOOP("Demo", "Two minutes per unit: what changed since October."),
        845,
        QT_TRANSLATE_NOOP(
            "Demo",
            "4 West: two travel nurses cancelled, 1:7 on nights twice this week.\n"
            "ICU: mandatory overtime up again. EVS: one person covering two floors.",
        ),
    ),
    Planned(
        QT_TRANSLATE_NOOP("Demo", "Staffing survey results"),
        10,
        K.DISCUSSION,
        "Ngozi",
        QT_TRANSLATE_NOOP(
            "Demo", "142 responses from 9 units and 11 professions. Hand out the one-page summary."
        ),
        780,
        QT_TRANSLATE_NOOP(
            "Demo", "Most common answer: missed breaks (71%). CNAs and EVS hit hardest."
        ),
    ),
    Planned(
        QT_TRANSLATE_NOOP("Demo", "Proposal: a safe-staffing vigil on December 5"),
        25,
        K.PROPOSAL,
        "Ana",
        QT_TRANSLATE_NOOP(
            "Demo", "Present the plan, clarifying questions, concerns, temperature check, decide."
        ),
    ),
    Planned(QT_TRANSLATE_NOOP("Demo", "Announcements"), 5, K.ANNOUNCEMENT, "Keisha"),
    Planned(
        QT_TRANSLATE_NOOP("Demo", "Commitments for the next four weeks"),
        15,
        K.DISCUSSION,
        "Dele",
        QT_TRANSLATE_NOOP(
            "Demo",
            "Each person: bring two coworkers, hold three one-on-ones, or join the vigil team.",
        ),
    ),
    Planned(QT_TRANSLATE_NOOP("Demo", "Evaluation: plus / delta"), 10, K.EVALUATION, "Omar"),
)

OCTOBER = (
    Planned(
        QT_TRANSLATE_NOOP("Demo", "Check-in and agreements"),
        10,
        K.WELCOME,
        "Grace",
        "",
        720,
        QT_TRANSLATE_NOOP("Demo", "Check-in round: one word each. 17 people, 4 new."),
    ),
    Planned(
        QT_TRANSLATE_NOOP("Demo", "What we heard in one-on-ones"),
        20,
        K.REPORT_BACK,
        "Dele",
        "",
        1490,
        QT_TRANSLATE_NOOP(
            "Demo", "Breaks, floating without orientation, and no say in schedules came up most."
        ),
    ),
    Planned(
        QT_TRANSLATE_NOOP("Demo", "Proposal: a staffing survey across units"),
        30,
        K.PROPOSAL,
        "Ngozi",
        QT_TRANSLATE_NOOP("Demo", "Paper and phone versions; every profession, every shift."),
        2050,
        QT_TRANSLATE_NOOP(
            "Demo", "Survey to run for three weeks; results at the November meeting."
        ),
    ),
    Planned(
        QT_TRANSLATE_NOOP("Demo", "Next steps and roles"),
        15,
        K.DISCUSSION,
        "Grace",
        "",
        840,
        QT_TRANSLATE_NOOP("Demo", "Survey team: Ngozi, Lupe, Omar, Sofía."),
    ),
    Planned(
        QT_TRANSLATE_NOOP("Demo", "Evaluation: plus / delta"),
        10,
        K.EVALUATION,
        "Rosa",
        "",
        420,
        QT_TRANSLATE_NOOP(
            "Demo",
            "+ good mix of professions, food. Δ start on time; more interpretation for Creole.",
        ),
    ),
)

ASSEMBLY = (
    Planned(
        QT_TRANSLATE_NOOP("Demo", "Welcome, agreements and roles"), 15, K.WELCOME, "Dele", "", 960
    ),
    Planned(
        QT_TRANSLATE_NOOP("Demo", "Report-backs from the working groups"),
        30,
        K.REPORT_BACK,
        "Aisha",
        "",
        2010,
        QT_TRANSLATE_NOOP("Demo", "Safe staffing, workplace violence and student groups reported."),
    ),
    Planned(
        QT_TRANSLATE_NOOP("Demo", "Proposal: adopt the staffing-ratios platform"),
        45,
        K.PROPOSAL,
        "Ana",
        "",
        3120,
        QT_TRANSLATE_NOOP("Demo", "Amended: add EVS and CNA ratios, not only nursing."),
    ),
    Planned(QT_TRANSLATE_NOOP("Demo", "Break"), 10, K.BREAK, "", "", 720),
    Planned(QT_TRANSLATE_NOOP("Demo", "Open floor"), 30, K.DISCUSSION, "Aisha", "", 1500),
    Planned(
        QT_TRANSLATE_NOOP("Demo", "Evaluation: plus / delta"), 15, K.EVALUATION, "Samuel", "", 600
    ),
)


def demo_text(text: str) -> str:
    """A demo text marked with QT_TRANSLATE_NOOP("Demo", …), in the app's language ("" stays
    "")."""
    return translate("Demo", text) if text else ""


def _items(plan: Sequence[Planned], people: Mapping[str, Person]) -> list[AgendaItem]:
    return [
        AgendaItem(
            demo_text(p.title),
            p.minutes,
            p.kind,
            owner_id=people[p.owner].id if p.owner else None,
            notes=demo_text(p.notes),
        )
        for p in plan
    ]


def write_agenda(
    conn: sqlite3.Connection,
    meeting_id: int,
    plan: Sequence[Planned],
    people: Mapping[str, Person],
    *,
    started: float | None = None,
    finished: bool = False,
) -> list[AgendaItem]:
    """Write a planned agenda; with `started`, replay its run up to the last timed item.

    With `finished` the meeting is ended after the last timed item; otherwise the last timed
    item is left running: the replay's end is the demo's "now", when it is written.
    """
    store = AgendaStore(conn)
    items = store.add_items(meeting_id, _items(plan, people))
    for item, p in zip(items, plan, strict=True):
        if p.record:
            store.set_minutes(item.key, demo_text(p.record))
    if started is None:
        return items
    clock = ManualClock(started)
    run = AgendaRun(items, clock)
    run.start_meeting()
    timed = [(item, p) for item, p in zip(items, plan, strict=True) if p.seconds_used]
    for n, (item, p) in enumerate(timed):
        if run.record.current_item_id != item.id:
            run.start_item(item.key)
        clock.advance(p.seconds_used)
        if finished or n < len(timed) - 1:
            run.advance()
            clock.advance(20)  # the room settles between items
    if finished:
        run.end_meeting()
    # No running app has had it open: its first opening is no restart to tell about.
    store.save_run(meeting_id, run.record, seen_ms=None)
    return items


def live_meeting_started(now: float) -> float:
    """When tonight's demo meeting must have started for its third item to be over now."""
    used = sum(p.seconds_used for p in TONIGHT)
    settling = 20 * (sum(1 for p in TONIGHT if p.seconds_used) - 1)
    return now - used - settling


def record_outcomes(
    conn: sqlite3.Connection,
    october: Sequence[AgendaItem],
    assembly: Sequence[AgendaItem],
    at_ms: int,
    people: Mapping[str, Person],
) -> None:
    def named(first: str) -> Someone:
        return Someone(people[first].display_name, people[first].key)

    decisions = DecisionStore(conn)
    decisions.record(
        october[2].key,
        Decision(
            translate(
                "Demo",
                "Run a staffing survey across all units and professions for three weeks, "
                "on paper and by phone.",
            ),
            Outcome.CONSENSUS,
            stand_asides=Objections(("Daniel",)),
        ),
        at_ms,
    )
    decisions.add_check(
        october[2].key,
        TemperatureCheck(CheckKind.TWINKLES, (14, 3, 0), translate("Demo", "Survey plan")),
        at_ms,
    )
    decisions.record(
        assembly[2].key,
        Decision(
            translate(
                "Demo",
                "Adopt the staffing-ratios platform, amended to include EVS and CNA ratios.",
            ),
            Outcome.MODIFIED_CONSENSUS,
            votes_for=19,
            votes_against=2,
            abstentions=2,
            threshold_percent=90,
            stand_asides=Objections(unnamed=2),
            # The item's owner moved it; environmental services, whose ratios the amendment
            # added, seconded
            moved_by=named("Ana"),
            seconded_by=named("Carmen"),
        ),
        at_ms,
    )
    decisions.add_check(
        assembly[2].key,
        TemperatureCheck(
            CheckKind.FIST_TO_FIVE,
            (0, 1, 1, 3, 8, 10),
            translate("Demo", "Platform as amended"),
        ),
        at_ms,
    )
