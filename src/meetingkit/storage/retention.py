"""How long each meeting keeps its personal data, and the anonymous counts kept after.

A meeting's retention is a number of days after its date (none: kept until purged by hand);
a new meeting starts with the settings' (core.settings, `retention_days`). When it runs out,
the purge (services.privacy) saves the counts here and then removes who was there;
`purged_at` records that it happened. Read without sqlite-utils: `due` runs at every start-up,
and as the day changes while the app is open.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from meetingkit.core.errors import ValidationError
from meetingkit.core.i18n import fill, translate
from meetingkit.core.settings import MAX_RETENTION_DAYS
from meetingkit.storage.database import transaction
from meetingkit.storage.meetings import no_meeting


@dataclass(frozen=True)
class Count:
    """One anonymous figure about a meeting: how many people (and, for airtime, how many
    milliseconds) under a measure and an optional label (a profession, a group, an option).
    """

    measure: str  # attendance, first_timers, signins, profession, group, airtime, turns…
    label: str = ""
    people: int = 0
    ms: int = 0


@dataclass(frozen=True)
class Retention:
    meeting_id: int
    title: str
    date: dt.date
    days: int | None  # None: kept until purged by hand
    purged_at: str | None  # UTC ISO timestamp of the purge

    @property
    def purge_on(self) -> dt.date | None:
        """The first day the purge is due, if the meeting has a retention period."""
        return None if self.days is None else self.date + dt.timedelta(days=self.days)


class RetentionStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def set_days(self, meeting_id: int, days: int | None) -> None:
        """Keep the meeting's personal data `days` after its date (None: until purged)."""
        check_days(days)
        cur = self._conn.execute(
            "UPDATE meetings SET retention_days = ? WHERE id = ?", [days, meeting_id]
        )
        if cur.rowcount == 0:
            raise no_meeting(meeting_id)

    def set_days_for(self, meeting_ids: Iterable[int], days: int | None) -> int:
        """Keep the personal data of several meetings `days` after each one's date (None:
        until purged), all or nothing; a meeting already purged is left as it is. How many
        meetings were set. NotFoundError, and nothing set, if one of them is gone."""
        check_days(days)
        changed = 0
        with transaction(self._conn):
            for meeting_id in meeting_ids:
                cur = self._conn.execute(
                    "UPDATE meetings SET retention_days = ? WHERE id = ? AND purged_at IS NULL",
                    [days, meeting_id],
                )
                if cur.rowcount == 0:
                    self.get(meeting_id)  # NotFoundError for a meeting gone; purged: skipped
                changed += cur.rowcount
        return changed

    def without_retention(self) -> list[Retention]:
        """The meetings kept until purged by hand (no retention, not purged), newest first."""
        return self._select(
            "WHERE retention_days IS NULL AND purged_at IS NULL ORDER BY date DESC, id DESC", []
        )

    def get(self, meeting_id: int) -> Retention:
        found = self._select("WHERE id = ?", [meeting_id])
        if not found:
            raise no_meeting(meeting_id)
        return found[0]

    def all(self) -> list[Retention]:
        return self._select("ORDER BY date DESC, id DESC", [])

    def due(self, today: dt.date) -> list[Retention]:
        """Meetings whose retention ran out on or before `today` and are not purged yet,
        oldest first."""
        # date + days <= today, in SQL: the partial index keeps this a few rows' work.
        return self._select(
            "WHERE retention_days IS NOT NULL AND purged_at IS NULL"
            " AND date(date, '+' || retention_days || ' days') <= ? ORDER BY date, id",
            [today.isoformat()],
        )

    def mark_purged(self, meeting_id: int, at: str) -> None:
        self._conn.execute("UPDATE meetings SET purged_at = ? WHERE id = ?", [at, meeting_id])

    def save_counts(self, meeting_id: int, counts: Iterable[Count]) -> None:
        """Replace the meeting's kept counts."""
        self._conn.execute("DELETE FROM meeting_counts WHERE meeting_id = ?", [meeting_id])
        self._conn.executemany(
            "INSERT INTO meeting_counts (meeting_id, measure, label, people, ms)"
            " VALUES (?, ?, ?, ?, ?)",
            [(meeting_id, c.measure, c.label, c.people, c.ms) for c in counts],
        )

    def counts(self, meeting_id: int) -> list[Count]:
        """The counts kept for a purged meeting (none before a purge)."""
        rows = self._conn.execute(
            "SELECT measure, label, people, ms FROM meeting_counts WHERE meeting_id = ?"
            " ORDER BY measure, people DESC, label",
            [meeting_id],
        )
        return [Count(*r) for r in rows]

    def record_counts(self, meeting_id: int) -> list[Count]:
        """Counts read straight from a meeting's records before they go: consents given by
        kind (those that count: not one still waiting for the organizer), and commitment
        cards issued and returned."""
        counts = [
            Count("consent", key, n)
            for key, n in self._conn.execute(
                "SELECT c.key, count(*) FROM consents c JOIN signins s ON s.id = c.signin_id"
                " WHERE s.meeting_id = ? AND c.waiting = 0 GROUP BY c.key ORDER BY c.key",
                [meeting_id],
            )
        ]
        issued, returned = self._conn.execute(
            "SELECT count(*), count(returned_ms) FROM cards WHERE meeting_id = ?", [meeting_id]
        ).fetchone()
        if issued:
            counts += [Count("cards", "issued", issued), Count("cards", "returned", returned)]
        return counts

    def _select(self, tail: str, args: list[object]) -> list[Retention]:
        rows = self._conn.execute(
            f"SELECT id, title, date, retention_days, purged_at FROM meetings {tail}", args
        ).fetchall()
        return [Retention(r[0], r[1], dt.date.fromisoformat(r[2]), r[3], r[4]) for r in rows]


def due_at_once(rows: Iterable[Retention], days: int | None, today: dt.date) -> list[Retention]:
    """Of `rows`, the meetings not yet purged that a retention of `days` leaves due by `today`:
    given it, they are purged at the next start. To say so before it is set."""
    if days is None:
        return []
    return [r for r in rows if not r.purged_at and r.date + dt.timedelta(days=days) <= today]


def check_days(days: int | None) -> None:
    """ValidationError unless `days` is a retention a meeting can have (None: none)."""
    # At least a day: a purge (at start-up, or as the day changes while the app is open)
    # must never land in the middle of the meeting. One running past midnight is held
    # until it ends (services.privacy.purge_due_now).
    if days is not None and not 1 <= days <= MAX_RETENTION_DAYS:
        raise ValidationError(
            fill(
                translate(
                    "Retention", "Keep personal data between 1 and %1 days after the meeting."
                ),
                str(MAX_RETENTION_DAYS),
            )
        )
