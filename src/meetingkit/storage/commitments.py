"""Commitment options, cards and commitments with their follow-up, in SQLite."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from meetingkit.core.commitment import (
    MAX_OPTIONS,
    Commitment,
    CommitmentOption,
    CommitmentSettings,
    FollowUp,
    FollowUpStatus,
    card_id_from,
)
from meetingkit.core.errors import NotFoundError, ValidationError
from meetingkit.core.i18n import fill, translate
from meetingkit.storage.database import transaction
from meetingkit.storage.meetings import MeetingStore

RandomBytes = Callable[[int], bytes]


@dataclass(frozen=True)
class LapsedFrom:
    """A follow-up marked lapsed, and where it stood before (to undo the marking)."""

    commitment_id: int
    status: FollowUpStatus
    updated_ms: int
    lapsed_ms: int


def _token_bytes(n: int) -> bytes:
    # `secrets` (with hashlib and random) is imported when a card ID is made, not when the
    # start screen reads the follow-ups.
    import secrets

    return secrets.token_bytes(n)


class CommitmentStore:
    def __init__(self, conn: sqlite3.Connection, random_bytes: RandomBytes = _token_bytes) -> None:
        self._conn = conn
        self._random_bytes = random_bytes

    # Settings

    def settings(self, meeting_id: int) -> CommitmentSettings:
        row = self._conn.execute(
            "SELECT * FROM commitment_settings WHERE meeting_id = ?", [meeting_id]
        ).fetchone()
        if row is None:
            return CommitmentSettings(meeting_id)
        return CommitmentSettings(
            meeting_id,
            row["organization"],
            row["organizer_contact"],
            row["organizer_id"],
            bool(row["hours_per_week"]),
            row["follow_up_hours"],
        )

    def save_settings(self, settings: CommitmentSettings) -> CommitmentSettings:
        s = settings.validated()
        self._conn.execute(
            "INSERT OR REPLACE INTO commitment_settings (meeting_id, organization,"
            " organizer_contact, organizer_id, hours_per_week, follow_up_hours)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                s.meeting_id,
                s.organization,
                s.organizer_contact,
                s.organizer_id,
                int(s.hours_per_week),
                s.follow_up_hours,
            ],
        )
        return s

    # Options

    def options(self, meeting_id: int) -> list[CommitmentOption]:
        rows = self._conn.execute(
            "SELECT * FROM commitment_options WHERE meeting_id = ? ORDER BY position, id",
            [meeting_id],
        )
        return [
            CommitmentOption(r["meeting_id"], r["text"], _date(r["due"]), r["position"], r["id"])
            for r in rows
        ]

    def save_options(
        self, meeting_id: int, options: Sequence[CommitmentOption]
    ) -> list[CommitmentOption]:
        """Replace the meeting's options with `options`, in that order.

        An option keeps its id (and so its recorded commitments) while it is in the list; an
        option left out is deleted, and commitments already recorded for it keep their text.
        """
        if len(options) > MAX_OPTIONS:
            raise ValidationError(
                fill(
                    translate(
                        "Commitments",
                        "A card has room for %1 commitments; remove one to add another.",
                    ),
                    str(MAX_OPTIONS),
                )
            )
        checked = [o.validated() for o in options]
        with transaction(self._conn):
            keep = [o.id for o in checked if o.id is not None]
            marks = ",".join("?" * len(keep))
            self._conn.execute(
                f"DELETE FROM commitment_options WHERE meeting_id = ? AND id NOT IN ({marks})",
                [meeting_id, *keep],
            )
            for position, o in enumerate(checked):
                due = o.due.isoformat() if o.due else None
                if o.id is None:
                    self._conn.execute(
                        "INSERT INTO commitment_options (meeting_id, position, text, due)"
                        " VALUES (?, ?, ?, ?)",
                        [meeting_id, position, o.text, due],
                    )
                else:
                    self._conn.execute(
                        "UPDATE commitment_options SET position = ?, text = ?, due = ?"
                        " WHERE id = ? AND meeting_id = ?",
                        [position, o.text, due, o.id, meeting_id],
                    )
        return self.options(meeting_id)

    # Cards

    def issue_cards(
        self, meeting_id: int, person_ids: Iterable[int], now_ms: int
    ) -> dict[int, str]:
        """Card IDs for these attendees, `{person_id: card_id}`: their existing card's ID, or a
        new one. Reprinting a card therefore prints the same ID."""
        ids = list(dict.fromkeys(person_ids))
        with transaction(self._conn):
            found = self._card_ids(meeting_id)
            taken = set(found.values())
            for pid in ids:
                if pid in found:
                    continue
                card_id = self._new_card_id(taken)
                self._conn.execute(
                    "INSERT INTO cards (card_id, meeting_id, person_id, issued_ms)"
                    " VALUES (?, ?, ?, ?)",
                    [card_id, meeting_id, pid, now_ms],
                )
                found[pid] = card_id
                taken.add(card_id)
        return {pid: found[pid] for pid in ids}

    def card(self, card_id: str) -> tuple[int, int] | None:
        """(meeting_id, person_id) of a card, or None when no card has that ID."""
        row = self._conn.execute(
            "SELECT meeting_id, person_id FROM cards WHERE card_id = ?", [card_id]
        ).fetchone()
        return None if row is None else (row[0], row[1])

    def contact_ok(self, meeting_id: int, person_id: int) -> bool | None:
        row = self._conn.execute(
            "SELECT contact_ok FROM cards WHERE meeting_id = ? AND person_id = ?",
            [meeting_id, person_id],
        ).fetchone()
        return None if row is None or row[0] is None else bool(row[0])

    def _card_ids(self, meeting_id: int) -> dict[int, str]:
        rows = self._conn.execute(
            "SELECT person_id, card_id FROM cards WHERE meeting_id = ?", [meeting_id]
        )
        return {r[0]: r[1] for r in rows}

    def _new_card_id(self, taken: set[str]) -> str:
        for _ in range(100):
            card_id = card_id_from(self._random_bytes(5))
            if card_id in taken:
                continue
            exists = self._conn.execute("SELECT 1 FROM cards WHERE card_id = ?", [card_id])
            if exists.fetchone() is None:
                return card_id
        raise RuntimeError("could not find an unused card ID")  # 33 million IDs: never

    # Commitments

    def record(
        self,
        meeting_id: int,
        person_id: int,
        ticked: Sequence[CommitmentOption],
        *,
        hours: int | None,
        contact_ok: bool | None,
        follow_up_due: dt.datetime,
        organizer_id: int | None,
        source: str,
        now_ms: int,
    ) -> list[Commitment]:
        """Set what a person committed to at a meeting: exactly the ticked options (and hours
        a week, if given).

        A commitment still ticked keeps its follow-up as it is; one no longer ticked is
        removed; a new tick starts open, due `follow_up_due`. The hours commitment is the one
        with hours (see `hours_commitment`): a new number of hours updates it in place, keeping
        its follow-up, and no hours removes it. Commitments whose option was removed from the
        meeting (no option, no hours) are not on the card, so they are left as they are.
        Recording a card again as it was changes nothing. The person's card (created if they
        had none, e.g. a blank walk-in card) keeps the contact permission and the time it
        first came back.
        """
        if hours is not None and not 0 < hours <= 80:
            raise ValidationError(
                translate("Commitments", "Hours a week should be between 1 and 80.")
            )
        due_text = follow_up_due.isoformat(timespec="minutes")
        with transaction(self._conn):
            self.issue_cards(meeting_id, [person_id], now_ms)
            self._conn.execute(
                "UPDATE cards SET returned_ms = COALESCE(returned_ms, ?), contact_ok = ?"
                " WHERE meeting_id = ? AND person_id = ?",
                [now_ms, None if contact_ok is None else int(contact_ok), meeting_id, person_id],
            )
            existing = self.for_person(meeting_id, person_id)
            old_hours = hours_commitment(existing)
            wanted = {o.key for o in ticked}
            for c in existing:
                # Only an option still on the card can be un-ticked; a commitment whose option
                # was removed (option_id NULL) is not on the card and never deleted here.
                unticked = c.option_id is not None and c.option_id not in wanted
                if unticked or (c is old_hours and hours is None):
                    self._conn.execute("DELETE FROM commitments WHERE id = ?", [c.key])
            have = {c.option_id for c in existing if c.option_id is not None}

            def add(option_id: int | None, text: str, due: str | None, n: int | None) -> None:
                insert_commitment(
                    self._conn, (meeting_id, person_id, option_id, text, due, n),
                    follow_up_due=due_text, organizer_id=organizer_id, source=source,
                    now_ms=now_ms,
                )  # fmt: skip

            day = MeetingStore(self._conn).get(meeting_id).date  # a due in another year shows it
            for o in ticked:
                if o.key not in have:
                    add(o.key, o.printed_for(day), o.due.isoformat() if o.due else None, None)
            if hours is not None and (old_hours is None or old_hours.hours != hours):
                text = hours_text(hours)
                if old_hours is None:
                    add(None, text, None, hours)
                else:
                    self._conn.execute(
                        "UPDATE commitments SET text = ?, hours = ?, updated_ms = ? WHERE id = ?",
                        [text, hours, now_ms, old_hours.key],
                    )
            # What the card (or the laptop) says is theirs now, not a phone's: no sign-in can
            # un-tick or take back what was recorded here (storage.signin_commitments).
            self._conn.execute(
                "UPDATE commitments SET signin_id = NULL WHERE meeting_id = ? AND person_id = ?"
                " AND signin_id IS NOT NULL",
                [meeting_id, person_id],
            )
        return self.for_person(meeting_id, person_id)

    def for_person(self, meeting_id: int, person_id: int) -> list[Commitment]:
        rows = self._conn.execute(
            "SELECT * FROM commitments WHERE meeting_id = ? AND person_id = ? ORDER BY id",
            [meeting_id, person_id],
        )
        return [_commitment(r) for r in rows]

    def for_meeting(self, meeting_id: int) -> list[Commitment]:
        rows = self._conn.execute(
            "SELECT * FROM commitments WHERE meeting_id = ? ORDER BY person_id, id", [meeting_id]
        )
        return [_commitment(r) for r in rows]

    def get(self, commitment_id: int) -> Commitment:
        row = self._conn.execute(
            "SELECT * FROM commitments WHERE id = ?", [commitment_id]
        ).fetchone()
        if row is None:
            raise NotFoundError(translate("Commitments", "That commitment no longer exists."))
        return _commitment(row)

    def update_follow_up(
        self,
        commitment_id: int,
        *,
        status: FollowUpStatus,
        notes: str,
        organizer_id: int | None,
        follow_up_due: dt.datetime,
        now_ms: int,
    ) -> Commitment:
        cur = self._conn.execute(
            "UPDATE commitments SET status = ?, notes = ?, organizer_id = ?, follow_up_due = ?,"
            " updated_ms = ? WHERE id = ?",
            [
                status.value,
                notes.strip(),
                organizer_id,
                follow_up_due.isoformat(timespec="minutes"),
                now_ms,
                commitment_id,
            ],
        )
        if cur.rowcount == 0:
            raise NotFoundError(translate("Commitments", "That commitment no longer exists."))
        return self.get(commitment_id)

    def lapse(self, commitment_ids: Iterable[int], now_ms: int) -> list[LapsedFrom]:
        """Mark these follow-ups lapsed, those still open or reached; what each was before,
        so that `unlapse` can put it back."""
        ids = list(dict.fromkeys(commitment_ids))
        before: list[LapsedFrom] = []
        with transaction(self._conn):
            for start in range(0, len(ids), 500):  # under SQLite's limit of variables
                chunk = ids[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows = self._conn.execute(
                    f"SELECT id, status, updated_ms FROM commitments WHERE id IN ({marks})"
                    " AND status IN ('open', 'reached')",
                    chunk,
                ).fetchall()
                before += [LapsedFrom(r[0], FollowUpStatus(r[1]), r[2], now_ms) for r in rows]
            self._conn.executemany(
                "UPDATE commitments SET status = 'lapsed', updated_ms = ? WHERE id = ?",
                [(now_ms, b.commitment_id) for b in before],
            )
        return before

    def unlapse(self, lapsed: Iterable[LapsedFrom]) -> int:
        """Put back what `lapse` changed, where nobody has changed it since; how many."""
        with transaction(self._conn):
            return sum(
                self._conn.execute(
                    "UPDATE commitments SET status = ?, updated_ms = ?"
                    " WHERE id = ? AND status = 'lapsed' AND updated_ms = ?",
                    [b.status.value, b.updated_ms, b.commitment_id, b.lapsed_ms],
                ).rowcount
                for b in lapsed
            )

    def follow_ups(self, *, include_closed: bool = False) -> list[FollowUp]:
        """Every commitment across meetings, with the names and contacts a caller needs."""
        where = "" if include_closed else " WHERE c.status IN ('open', 'reached')"
        rows = self._conn.execute(
            "SELECT c.*, p.first_name, p.last_name, p.phone, p.email, m.title, m.date,"
            " o.first_name AS o_first, o.last_name AS o_last, k.contact_ok, g.name AS g_name"
            " FROM commitments c JOIN people p ON p.id = c.person_id"
            " JOIN meetings m ON m.id = c.meeting_id"
            " LEFT JOIN groups g ON g.id = m.group_id"
            " LEFT JOIN cards k ON k.meeting_id = c.meeting_id AND k.person_id = c.person_id"
            " LEFT JOIN people o ON o.id = c.organizer_id" + where
        )
        return [_follow_up(r) for r in rows]


def _follow_up(r: sqlite3.Row) -> FollowUp:
    """A row of `follow_ups`. A card that said no to contact keeps the phone and email out."""
    refused = r["contact_ok"] == 0
    return FollowUp(
        _commitment(r),
        f"{r['first_name']} {r['last_name']}".strip(),
        "" if refused else r["phone"] or "",
        "" if refused else r["email"] or "",
        r["title"],
        dt.date.fromisoformat(r["date"]),
        f"{r['o_first'] or ''} {r['o_last'] or ''}".strip(),
        contact_refused=refused,
        group_name=r["g_name"] or "",
    )


def insert_commitment(
    conn: sqlite3.Connection,
    what: tuple[int, int, int | None, str, str | None, int | None],
    *,
    follow_up_due: str,
    organizer_id: int | None,
    source: str,
    now_ms: int,
    signin_id: int | None = None,
) -> None:
    """Add one commitment, open, due for follow-up at `follow_up_due`. `what`: the meeting,
    the person, the option (None for hours a week), the text, its own due date, the hours;
    `signin_id`: the phone sign-in that made it, if one did."""
    conn.execute(
        "INSERT INTO commitments (meeting_id, person_id, option_id, text, due, hours,"
        " follow_up_due, organizer_id, source, created_ms, updated_ms, signin_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [*what, follow_up_due, organizer_id, source, now_ms, now_ms, signin_id],
    )


def hours_text(hours: int) -> str:
    """The hours a week commitment as recorded, in the app's language."""
    if hours == 1:
        return translate("Commitments", "Give 1 hour a week")
    return fill(translate("Commitments", "Give %1 hours a week"), str(hours))


def hours_commitment(commitments: Iterable[Commitment]) -> Commitment | None:
    """The person's hours-a-week commitment among theirs at one meeting, or None.

    It is the one that has hours: only `record` writes hours, and only on the commitment it
    adds for them, never on an option's. A commitment with no option is not necessarily it:
    removing an option leaves its recorded commitments with no option (and no hours).
    """
    return next((c for c in commitments if c.hours is not None), None)


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _commitment(row: sqlite3.Row) -> Commitment:
    return Commitment(
        meeting_id=row["meeting_id"],
        person_id=row["person_id"],
        text=row["text"],
        follow_up_due=dt.datetime.fromisoformat(row["follow_up_due"]),
        option_id=row["option_id"],
        due=_date(row["due"]),
        hours=row["hours"],
        organizer_id=row["organizer_id"],
        status=FollowUpStatus(row["status"]),
        notes=row["notes"],
        source=row["source"],
        id=row["id"],
    )
