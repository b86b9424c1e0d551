"""Who came for the first time: one answer for the meeting's report (on screen and printed),
the counts its purge keeps, the guided path's "First-timers welcomed", the sign-in tab's
count and the Start page's "New this month".

Someone marked present at a meeting — however: phone, kiosk, a paper sheet typed in, by
hand — came for the first time when nothing says they came before:

- they are marked present at no earlier meeting (by date, then start time, then the order
  the meetings were made in);
- their sign-in at this meeting did not answer "no" to "Is this your first time here?" (they
  came before the app's records begin);
- and, if a meeting before this one was purged and they were in the directory by its day,
  their sign-in here said "yes". A purge deletes who came, so a regular whose earlier
  meetings were purged has no earlier attendance left; the record cannot tell them from a
  newcomer any more, and only their own word counts. Someone added to the directory after
  that meeting cannot have been at it. (A purge takes its own meeting's count before it
  deletes anything, and due purges run latest first, so each count is taken while the
  meetings before it still say who came: services.privacy.)

A sign-in's "yes" does not outweigh attendance at an earlier meeting: the record is the
better witness there. The usual case is a duplicate made at the door and merged into the
regular it turned out to be — the sign-in was taken as a first time because the new record
had no history — or someone who read the question as their first meeting of this kind.

The sign-in's own flag (signins.first_time, set when it was recorded) is not used: it was
true for anyone the matching did not recognise, whatever they answered.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection

from meetingkit.storage.attendance import Newcomer


def _before(e: str) -> str:
    """The meeting `e` was held before the meeting `m`: an earlier date, an earlier start on
    the same day, or (the same date and start) made first."""
    return (
        f"({e}.date < m.date OR ({e}.date = m.date AND ({e}.start < m.start"
        f" OR ({e}.start = m.start AND {e}.id < m.id))))"
    )


# Their latest answer to "Is this your first time here?" at this meeting: 'yes', 'no' or ''.
_ANSWER = "CASE WHEN json_valid(s.answers) THEN json_extract(s.answers, '$.first_time') END"
_SAID = (
    f"coalesce((SELECT {_ANSWER} FROM signins s"
    " WHERE s.meeting_id = m.id AND s.person_id = a.person_id"
    f" AND {_ANSWER} IN ('yes', 'no') ORDER BY s.submitted_ms DESC, s.id DESC LIMIT 1), '')"
)


def _first_timers(where: str) -> str:
    """(person, meeting, its date) of every first-timer at the meetings `where` picks."""
    return (
        "SELECT a.person_id, m.id, m.date FROM meetings m"
        " JOIN attendance a ON a.meeting_id = m.id"
        " JOIN people p ON p.id = a.person_id"
        f" WHERE {where}"
        " AND NOT EXISTS (SELECT 1 FROM attendance b JOIN meetings e ON e.id = b.meeting_id"
        f"  WHERE b.person_id = a.person_id AND {_before('e')})"
        f" AND CASE {_SAID} WHEN 'no' THEN 0 WHEN 'yes' THEN 1"
        "  ELSE NOT EXISTS (SELECT 1 FROM meetings e WHERE e.purged_at IS NOT NULL"
        f"   AND {_before('e')} AND e.date >= coalesce(date(p.created_at, 'localtime'), ''))"
        " END"
    )


def first_timers(
    conn: sqlite3.Connection, meeting_id: int, people: Collection[int] | None = None
) -> frozenset[int]:
    """The people who came to this meeting for the first time (see above); only those of
    `people`, if given (the Sign-in tab reads again the people a sign-in concerns)."""
    if people is None:
        rows = conn.execute(_first_timers("m.id = ?"), [meeting_id])
    else:
        rows = conn.execute(
            _first_timers("m.id = ? AND a.person_id IN (SELECT value FROM json_each(?))"),
            [meeting_id, json.dumps(sorted(people))],
        )
    return frozenset(r[0] for r in rows)


def first_meeting_of(conn: sqlite3.Connection, person_id: int) -> int | None:
    """The meeting this person came to for the first time (see above), if any: at most one,
    the earliest they are marked present at (a person's history, storage.person_history)."""
    row = conn.execute(_first_timers("a.person_id = ?"), [person_id]).fetchone()
    return None if row is None else int(row[1])


def newcomers(conn: sqlite3.Connection, since: str, until: str) -> list[Newcomer]:
    """People who came for the first time to a meeting held from `since` to `until` (ISO
    dates, both included), with the date they did: who is new to the base, oldest first."""
    rows = conn.execute(
        "SELECT p.id, p.first_name, p.last_name, p.profession, n.date FROM"
        " (SELECT f.person_id, min(f.date) AS date"
        f"  FROM ({_first_timers('m.date BETWEEN ? AND ?')}) AS f GROUP BY f.person_id) AS n"
        " JOIN people p ON p.id = n.person_id ORDER BY n.date, p.sort_name",
        [since, until],
    ).fetchall()
    return [Newcomer(r[0], f"{r[1]} {r[2]}".strip(), r[3], r[4]) for r in rows]
