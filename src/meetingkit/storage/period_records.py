"""What the database holds about the meetings of a period, for its figures
(core.period_figures): each meeting dated in it, who was marked present with what profession,
how long each person spoke, and how each commitment's follow-up stands (read-only).

Person ids only, never names or contacts: the figures count people, and name nobody. A
purged meeting holds no one any more; the counts its purge kept are read by
services.privacy.kept_counts. First-timers are counted meeting by meeting with the one
definition (storage.first_timers).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import Counter
from dataclasses import dataclass

from meetingkit.core.commitment import FollowUpStatus
from meetingkit.core.floor import MIN_GROUP_SHOWN
from meetingkit.core.meeting import MeetingKind
from meetingkit.core.period_figures import PeriodMeeting, Pledge, Spoken, Visit
from meetingkit.storage.first_timers import first_timers
from meetingkit.storage.floor import NOT_YET_OPENED

# The meetings of the period (and of one group, when `?3` is not NULL), by date.
_IN_PERIOD = (
    "SELECT id FROM meetings WHERE date BETWEEN ?1 AND ?2 AND (?3 IS NULL OR group_id = ?3)"
)


@dataclass(frozen=True)
class PeriodRecords:
    meetings: list[PeriodMeeting]  # oldest first; a purged one's `kept` is for the caller
    visits: list[Visit]
    spoken: list[Spoken]
    pledges: list[Pledge]


def read_period(
    conn: sqlite3.Connection, since: dt.date, until: dt.date, group_id: int | None = None
) -> PeriodRecords:
    """Everything the figures of the meetings dated from `since` to `until` (both included),
    of one group or all, are made from."""
    args: list[object] = [since.isoformat(), until.isoformat(), group_id]
    meetings = _meetings(conn, args)
    return PeriodRecords(
        meetings=meetings,
        visits=[
            Visit(*row)
            for row in conn.execute(
                "SELECT meeting_id, person_id, profession FROM attendance"
                f" WHERE meeting_id IN ({_IN_PERIOD})",
                args,
            )
        ],
        spoken=_spoken(conn, args),
        pledges=[
            Pledge(meeting_id, person_id, FollowUpStatus(status))
            for meeting_id, person_id, status in conn.execute(
                "SELECT meeting_id, person_id, status FROM commitments"
                f" WHERE meeting_id IN ({_IN_PERIOD})",
                args,
            )
        ],
    )


def _meetings(conn: sqlite3.Connection, args: list[object]) -> list[PeriodMeeting]:
    rows = conn.execute(
        "SELECT m.id, m.date, m.kind, coalesce(g.name, ''), m.curriculum,"
        " m.purged_at IS NOT NULL,"
        " EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = m.id)"
        "  OR EXISTS (SELECT 1 FROM agenda_runs r WHERE r.meeting_id = m.id"
        "   AND r.started_ms IS NOT NULL),"
        " (SELECT CASE WHEN json_valid(f.settings)"
        "   THEN json_extract(f.settings, '$.min_group_size') END"
        "  FROM floor_settings f WHERE f.meeting_id = m.id)"
        " FROM meetings m LEFT JOIN groups g ON g.id = m.group_id"
        f" WHERE m.id IN ({_IN_PERIOD}) ORDER BY m.date, m.start, m.id",
        args,
    ).fetchall()
    return [
        PeriodMeeting(
            meeting_id=meeting_id,
            date=dt.date.fromisoformat(date),
            kind=MeetingKind(kind),
            group=name,
            curriculum=curriculum,
            recorded=bool(recorded),
            min_group_size=int(size) if isinstance(size, int) else MIN_GROUP_SHOWN,
            first_timers=0 if purged else len(first_timers(conn, meeting_id)),
        )
        for meeting_id, date, kind, name, curriculum, purged, recorded, size in rows
    ]


def _spoken(conn: sqlite3.Connection, args: list[object]) -> list[Spoken]:
    """Each person's speaking time at each meeting: their turns' closed segments, and a
    segment still open up to the last time the app was seen running with it (storage.floor),
    not up to now: a turn left open does not go on counting for months."""
    ms: Counter[tuple[int, int]] = Counter()
    for meeting_id, person_id, segments, seen_ms in conn.execute(
        "SELECT meeting_id, person_id, segments, seen_ms FROM turns"
        f" WHERE meeting_id IN ({_IN_PERIOD})",
        args,
    ):
        for start, end in json.loads(segments):
            if end is None and seen_ms not in (None, NOT_YET_OPENED):
                end = max(start, seen_ms)
            ms[(meeting_id, person_id)] += end - start if end is not None else 0
    return [Spoken(m, p, n) for (m, p), n in ms.items() if n > 0]
