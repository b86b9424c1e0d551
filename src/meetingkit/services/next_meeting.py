"""The next meeting, made from this one: what it carries over (core.carry_over has the rules)
and creating it, all or nothing."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, replace

from meetingkit.core.carry_over import (
    CarryPlan,
    check_in_item,
    next_title,
    parking_lot_item,
    roles_needed,
    rotate_roles,
    suggested_date,
    unfinished_items,
)
from meetingkit.core.meeting import Meeting
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.carry_over import CarryOverStore
from meetingkit.storage.database import transaction
from meetingkit.storage.meetings import MeetingStore


def plan_next(conn: sqlite3.Connection, meeting: Meeting) -> CarryPlan:
    """Everything the next meeting would carry from `meeting`, before anyone chooses."""
    store, agenda = CarryOverStore(conn), AgendaStore(conn)
    mid = meeting.key
    needed = roles_needed(a.role for a in MeetingStore(conn).roles(mid))
    return CarryPlan(
        check_in=check_in_item(store.open_commitments(mid)),
        unfinished=tuple(unfinished_items(agenda.items(mid), agenda.run(mid), meeting.date)),
        parking_lot=parking_lot_item(store.parked(mid)),
        roles=tuple(rotate_roles(needed, store.candidates(mid), store.role_history(mid))),
    )


def draft_next(meeting: Meeting, today: dt.date) -> Meeting:
    """The next meeting as first proposed: a month on (same weekday and week), the same time,
    place and length, and the title's month moved on."""
    date = suggested_date(meeting.date, today)
    return replace(meeting, id=None, date=date, title=next_title(meeting.title, meeting.date, date))


def already_planned(conn: sqlite3.Connection, meeting: Meeting) -> Meeting | None:
    """A meeting already planned with `meeting`'s title (case and spacing aside) on its date:
    made by running Next meeting from this one twice, say."""
    title = _plain(meeting.title)
    return next((m for m in MeetingStore(conn).on(meeting.date) if _plain(m.title) == title), None)


def _plain(title: str) -> str:
    return " ".join(title.split()).casefold()


@dataclass(frozen=True)
class NextMeeting:
    """What was created, so the screen can say it."""

    meeting: Meeting
    plan: CarryPlan  # what was carried: the choices made

    @property
    def summary(self) -> str:
        return self.plan.summary()


def create_next(
    conn: sqlite3.Connection,
    source: Meeting,
    new: Meeting,
    plan: CarryPlan,
    *,
    retention_days: int | None = None,
) -> NextMeeting:
    """Create `new` (unsaved), all or nothing, with the plan's items as its agenda and its
    roles assigned, and set up as the source was (MeetingStore.copy_setup): its group and
    retention, its floor's rule, its cards' options and settings, what its sign-in form asks.
    Nobody's data comes along. A source kept until purged by hand leaves it the settings'
    `retention_days`, as any new meeting."""
    meetings = MeetingStore(conn)
    with transaction(conn):
        created = meetings.create(replace(new, id=None), retention_days=retention_days)
        meetings.copy_setup(source.key, created.key)
        AgendaStore(conn).add_items(created.key, plan.agenda())
        for suggestion in plan.roles:
            meetings.assign(created.key, suggestion.role, suggestion.person_id)
    return NextMeeting(created, plan)
