"""One person's history, read in a handful of indexed queries (every table is looked up by
the person's id): the meetings they came to, their roles, airtime and commitments, their
consents as they stand, and their groups. Read-only; core.person_history shapes it.

A purged meeting keeps no one's attendance, sign-ins, turns, roles or commitments, so it
cannot appear here; nothing else is read to make up for them (not `people.added_at_meeting`,
which may still name a purged meeting: it tells a purge whom it may delete, not who came).
The history only counts the purged meetings they may have been at
(`_purged_they_may_have_been_at`).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

from meetingkit.core.commitment import FollowUpStatus
from meetingkit.core.group import CommitmentFact, GroupMeeting
from meetingkit.core.meeting import Role
from meetingkit.core.person_history import (
    CommitmentLine,
    ConsentAnswer,
    GroupPart,
    PersonHistory,
    Visit,
    standing,
)
from meetingkit.core.signin import CONSENT_KEYS
from meetingkit.storage.first_timers import first_meeting_of
from meetingkit.storage.group_record import commitment_facts
from meetingkit.storage.groups import GroupStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.signin_consents import asked_by_form

_NEWEST_FIRST = "m.date DESC, m.start DESC, m.id DESC"
_ROLES = frozenset(r.value for r in Role)


def read_person_history(
    conn: sqlite3.Connection, person_id: int, now: dt.datetime
) -> PersonHistory:
    """Everything on record about this person's part in meetings and groups, as of `now`
    (local wall time: which of a group's meetings are held). `NotFoundError` if they are not
    in the directory (forgotten, or merged into someone else)."""
    person = PeopleStore(conn).get(person_id)
    visits = _visits(conn, person_id)
    led = _led(conn, person_id)
    facts = commitment_facts(conn, [person_id])  # as the Groups page counts them
    return PersonHistory(
        person=person,
        as_of=now,
        visits=visits,
        commitments=_commitments(conn, person_id),
        standings=tuple(
            standing(part, person_id, now)
            for part in _group_parts(conn, person_id, {v.meeting_id for v in visits}, led, facts)
        ),
        consents=_consents(conn, person_id),
        card_contact=_card_contact(conn, person_id),
        purged_meetings=_purged_they_may_have_been_at(conn, person_id),
    )


def _purged_they_may_have_been_at(conn: sqlite3.Connection, person_id: int) -> int:
    """How many purged meetings this person may have been at (a purge keeps no names, so no
    more can be known). Not one purged before their record was made: its attendance was gone
    by then. Nor, as storage.first_timers reads the directory, one held before the day their
    record was made (on the local calendar), or before the meeting they came in at
    (people.added_at_meeting: a paper sheet typed in days later) — unless the record was
    made after meetings that still have them (their attendance, a role, a commitment or a
    sign-in entered after the fact): then its day says nothing of when they came. A record
    whose day is not known may have been at any. A merge keeps the earlier record's day
    (storage.people_merge)."""
    made = conn.execute(
        "SELECT created_at, date(created_at, 'localtime') FROM people WHERE id = ?", [person_id]
    ).fetchone()
    if made is None or made[1] is None:
        return _purged(conn, "", [])
    created, made_day = made
    earliest_present = conn.execute(
        "SELECT min(m.date) FROM meetings m WHERE m.purged_at IS NULL AND m.id IN ("
        " SELECT meeting_id FROM attendance WHERE person_id = :p"
        " UNION SELECT meeting_id FROM meeting_roles WHERE person_id = :p"
        " UNION SELECT meeting_id FROM commitments WHERE person_id = :p"
        " UNION SELECT meeting_id FROM signins WHERE person_id = :p)",
        {"p": person_id},
    ).fetchone()[0]
    after_the_fact = earliest_present is not None and earliest_present < made_day
    came_in = conn.execute(
        "SELECT m.date FROM people p JOIN meetings m ON m.id = p.added_at_meeting WHERE p.id = ?",
        [person_id],
    ).fetchone()
    since = "" if after_the_fact else min(made_day, came_in[0] if came_in else made_day)
    return _purged(
        conn,
        " AND coalesce(julianday(purged_at) > julianday(?), 1) AND date >= ?",
        [created, since],
    )


def _purged(conn: sqlite3.Connection, where: str, values: list[object]) -> int:
    row = conn.execute(
        f"SELECT count(*) FROM meetings WHERE purged_at IS NOT NULL{where}", values
    ).fetchone()
    return int(row[0])


def _visits(conn: sqlite3.Connection, person_id: int) -> tuple[Visit, ...]:
    roles: dict[int, list[Role]] = {}
    for meeting_id, role in conn.execute(
        "SELECT meeting_id, role FROM meeting_roles WHERE person_id = ?", [person_id]
    ):
        if role in _ROLES:  # a role a later version adds is left out here
            roles.setdefault(meeting_id, []).append(Role(role))
    owned = dict(
        conn.execute(
            "SELECT meeting_id, count(*) FROM agenda_items WHERE owner_id = ? AND deleted = 0"
            " GROUP BY meeting_id",
            [person_id],
        ).fetchall()
    )
    spoken: dict[int, tuple[int, int]] = {}
    for meeting_id, segments in conn.execute(
        "SELECT meeting_id, segments FROM turns WHERE person_id = ?", [person_id]
    ):
        turns, ms = spoken.get(meeting_id, (0, 0))
        spoken[meeting_id] = (turns + 1, ms + _closed_ms(segments))
    first = first_meeting_of(conn, person_id)
    order = list(Role)
    visits = []
    for meeting_id, title, date, start, group, source in conn.execute(
        "SELECT m.id, m.title, m.date, m.start, coalesce(g.name, ''), a.source"
        " FROM attendance a JOIN meetings m ON m.id = a.meeting_id"
        " LEFT JOIN groups g ON g.id = m.group_id"
        f" WHERE a.person_id = ? AND m.purged_at IS NULL ORDER BY {_NEWEST_FIRST}",
        [person_id],
    ):
        turns, ms = spoken.get(meeting_id, (0, 0))
        visits.append(
            Visit(
                meeting_id,
                title,
                _starts(date, start),
                group,
                source,
                meeting_id == first,
                tuple(sorted(roles.get(meeting_id, ()), key=order.index)),
                owned.get(meeting_id, 0),
                ms,
                turns,
            )
        )
    return tuple(visits)


def _closed_ms(segments: str) -> int:
    """A turn's speaking time: its closed segments (core.airtime.Turn.closed_ms)."""
    try:
        pairs = json.loads(segments)
    except ValueError:
        return 0
    return sum(end - start for start, end in pairs if end is not None)


def _led(conn: sqlite3.Connection, person_id: int) -> set[int]:
    """The meetings in which they held a role or owned an agenda item (core.ladder's "led")."""
    rows = conn.execute(
        "SELECT meeting_id FROM meeting_roles WHERE person_id = ?"
        " UNION SELECT meeting_id FROM agenda_items WHERE owner_id = ? AND deleted = 0",
        [person_id, person_id],
    )
    return {r[0] for r in rows}


def _commitments(conn: sqlite3.Connection, person_id: int) -> tuple[CommitmentLine, ...]:
    rows = conn.execute(
        "SELECT m.title, m.date, c.text, c.due, c.status, c.follow_up_due,"
        " coalesce(o.first_name, ''), coalesce(o.last_name, ''), c.notes"
        " FROM commitments c JOIN meetings m ON m.id = c.meeting_id"
        " LEFT JOIN people o ON o.id = c.organizer_id"
        f" WHERE c.person_id = ? ORDER BY {_NEWEST_FIRST}, c.id",
        [person_id],
    )
    return tuple(
        CommitmentLine(
            title,
            dt.date.fromisoformat(date),
            text,
            dt.date.fromisoformat(due) if due else None,
            FollowUpStatus(status),
            dt.datetime.fromisoformat(follow_up_due),
            f"{first} {last}".strip(),
            notes,
        )
        for title, date, text, due, status, follow_up_due, first, last, notes in rows
    )


def _group_parts(
    conn: sqlite3.Connection,
    person_id: int,
    came: set[int],
    led: set[int],
    facts: tuple[CommitmentFact, ...],
) -> list[GroupPart]:
    """The groups they belong to or came to a meeting of, members' first, then by name."""
    members = {
        r[0]
        for r in conn.execute("SELECT group_id FROM group_members WHERE person_id = ?", [person_id])
    }
    meetings: dict[int, list[GroupMeeting]] = {}
    for meeting_id, group_id, title, date, start, purged_at in conn.execute(
        "SELECT id, group_id, title, date, start, purged_at FROM meetings"
        " WHERE group_id IS NOT NULL ORDER BY date, start, id"
    ):
        meetings.setdefault(group_id, []).append(
            GroupMeeting(
                meeting_id=meeting_id,
                title=title,
                starts_at=_starts(date, start),
                present=_just(person_id, meeting_id in came),
                leaders=_just(person_id, meeting_id in led),
                purged=purged_at is not None,
            )
        )
    involved = members | {
        group_id for group_id, held in meetings.items() if any(m.meeting_id in came for m in held)
    }
    groups = [g for g in GroupStore(conn).all() if g.key in involved]  # by name
    groups.sort(key=lambda g: g.key not in members)  # stable: members' groups first
    return [GroupPart(g, g.key in members, tuple(meetings.get(g.key, ())), facts) for g in groups]


def _just(person_id: int, there: bool) -> frozenset[int]:
    return frozenset((person_id,)) if there else frozenset()


def _consents(conn: sqlite3.Connection, person_id: int) -> tuple[ConsentAnswer, ...]:
    """Each consent as it stands: their answer at the latest sign-in (by the meeting's day,
    then the time they signed in) whose form asked for it. A consent no form asked them is
    left out."""
    given: dict[int, set[str]] = {}
    for signin_id, key in conn.execute(
        "SELECT signin_id, key FROM consents WHERE person_id = ? AND waiting = 0", [person_id]
    ):
        given.setdefault(signin_id, set()).add(key)
    standing: dict[str, ConsentAnswer] = {}
    for signin_id, title, date, asked in conn.execute(
        "SELECT s.id, m.title, m.date, ss.consents FROM signins s"
        " JOIN meetings m ON m.id = s.meeting_id"
        " LEFT JOIN signin_settings ss ON ss.meeting_id = s.meeting_id"
        " WHERE s.person_id = ? AND m.purged_at IS NULL"
        " ORDER BY m.date, m.start, m.id, s.submitted_ms, s.id",
        [person_id],
    ):
        ticked = given.get(signin_id, set())
        for key in set(asked_by_form(asked)) | ticked:
            standing[key] = ConsentAnswer(key, key in ticked, dt.date.fromisoformat(date), title)
    order = {key: n for n, key in enumerate(CONSENT_KEYS)}
    return tuple(sorted(standing.values(), key=lambda c: (order.get(c.key, len(order)), c.key)))


def _card_contact(conn: sqlite3.Connection, person_id: int) -> bool | None:
    """Whether their latest commitment card that answered it lets organizers contact them."""
    row = conn.execute(
        "SELECT k.contact_ok FROM cards k JOIN meetings m ON m.id = k.meeting_id"
        f" WHERE k.person_id = ? AND k.contact_ok IS NOT NULL ORDER BY {_NEWEST_FIRST},"
        " k.returned_ms DESC LIMIT 1",
        [person_id],
    ).fetchone()
    return None if row is None else bool(row[0])


def _starts(date: str, start: str) -> dt.datetime:
    return dt.datetime.combine(dt.date.fromisoformat(date), dt.time.fromisoformat(start))
