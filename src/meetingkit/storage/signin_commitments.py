"""What each sign-in ticked on the phone, and which of the person's commitments it made.

A phone's commitments page belongs to the sign-in, not to the person it was matched to:
whoever signs in as someone already in the directory (a first name and a phone number are
enough, and a supervisor may know both) must neither see what that person committed to nor
change it. So each sign-in keeps what it ticked and the hours a week it gave, and each
commitment remembers the sign-in that made it (`commitments.signin_id`; none for a card or
the laptop, see `CommitmentStore.record`).

The person still holds one commitment per option: ticking an option they already hold (from
a card, the laptop or another sign-in) is kept with the sign-in and adds nothing. Un-ticking
it, or taking the sign-in back, removes only a commitment this sign-in made; one that another
of the person's sign-ins at the meeting also ticked passes to that sign-in instead.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from meetingkit.core.commitment import CommitmentOption
from meetingkit.core.errors import ValidationError
from meetingkit.core.i18n import translate
from meetingkit.storage.commitments import CommitmentStore, hours_text, insert_commitment
from meetingkit.storage.database import transaction
from meetingkit.storage.meetings import MeetingStore


@dataclass(frozen=True)
class Gave:
    """What one sign-in gave on its commitments page: the options it ticked (by id) and the
    hours a week, if any."""

    ticked: frozenset[int] = frozenset()
    hours: int | None = None

    def __bool__(self) -> bool:
        return bool(self.ticked) or self.hours is not None


class SignInCommitments:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def given(self, signin_id: int) -> Gave:
        ticked = frozenset(
            r[0]
            for r in self._conn.execute(
                "SELECT option_id FROM signin_ticks WHERE signin_id = ?", [signin_id]
            )
        )
        row = self._conn.execute("SELECT hours FROM signins WHERE id = ?", [signin_id]).fetchone()
        return Gave(ticked, None if row is None else row[0])

    def record(
        self,
        signin_id: int,
        ticked: Sequence[CommitmentOption],
        *,
        hours: int | None,
        follow_up_due: dt.datetime,
        organizer_id: int | None,
        now_ms: int,
    ) -> None:
        """Save what the sign-in now gives: exactly `ticked` and `hours`.

        A new tick becomes a commitment of the person unless they already hold that option;
        a tick taken off removes the commitment only if this sign-in made it (or passes it to
        another sign-in that ticked it too). New hours are the person's hours commitment
        when they have none, or change the one this sign-in made. A tick or hours left as
        they were changes nothing, so a commitment a card took off since is not put back.
        """
        if hours is not None and not 0 < hours <= 80:
            raise ValidationError(
                translate("Commitments", "Hours a week should be between 1 and 80.")
            )
        with transaction(self._conn):
            meeting_id, person_id = self._signin(signin_id)
            before = self.given(signin_id)
            wanted = {o.key for o in ticked}
            self._conn.execute("DELETE FROM signin_ticks WHERE signin_id = ?", [signin_id])
            self._conn.executemany(
                "INSERT INTO signin_ticks (signin_id, option_id) VALUES (?, ?)",
                [(signin_id, key) for key in sorted(wanted)],
            )
            self._conn.execute("UPDATE signins SET hours = ? WHERE id = ?", [hours, signin_id])
            store = CommitmentStore(self._conn)
            store.issue_cards(meeting_id, [person_id], now_ms)
            self._conn.execute(
                "UPDATE cards SET returned_ms = COALESCE(returned_ms, ?)"
                " WHERE meeting_id = ? AND person_id = ?",
                [now_ms, meeting_id, person_id],
            )
            for row_id, option_id in self._made(signin_id):
                if option_id is not None and option_id not in wanted:
                    self._pass_on(row_id, signin_id, option_id, now_ms)
            held = self._held(meeting_id, person_id)
            due_text = follow_up_due.isoformat(timespec="minutes")

            def add(option_id: int | None, text: str, due: str | None, n: int | None) -> None:
                insert_commitment(
                    self._conn, (meeting_id, person_id, option_id, text, due, n),
                    follow_up_due=due_text, organizer_id=organizer_id, source="phone",
                    now_ms=now_ms, signin_id=signin_id,
                )  # fmt: skip

            day = MeetingStore(self._conn).get(meeting_id).date  # a due in another year shows it
            for o in ticked:
                if o.key not in before.ticked and o.key not in held:
                    add(o.key, o.printed_for(day), o.due.isoformat() if o.due else None, None)
            hours_row = held.get(None)
            if hours_row is not None and hours_row[1] == signin_id:
                if hours is None:
                    self._pass_on(hours_row[0], signin_id, None, now_ms)
                else:
                    self._conn.execute(
                        "UPDATE commitments SET text = ?, hours = ?, updated_ms = ?"
                        " WHERE id = ? AND hours IS NOT ?",
                        [hours_text(hours), hours, now_ms, hours_row[0], hours],
                    )
            elif hours_row is None and hours is not None and hours != before.hours:
                add(None, hours_text(hours), None, hours)

    def take_back(self, signin_id: int, now_ms: int | None = None) -> None:
        """The sign-in is being taken back: the commitments it made go, or pass to another
        sign-in of the person that ticked them too. Its ticks go with its row."""
        with transaction(self._conn):
            for row_id, option_id in self._made(signin_id):
                self._pass_on(row_id, signin_id, option_id, now_ms)

    # Internals

    def _signin(self, signin_id: int) -> tuple[int, int]:
        row = self._conn.execute(
            "SELECT meeting_id, person_id FROM signins WHERE id = ?", [signin_id]
        ).fetchone()
        if row is None:
            raise LookupError(signin_id)  # the caller checked it a moment ago
        return row[0], row[1]

    def _made(self, signin_id: int) -> list[tuple[int, int | None]]:
        """(id, option_id: None for the hours a week) of each commitment this sign-in made."""
        rows = self._conn.execute(
            "SELECT id, option_id FROM commitments WHERE signin_id = ? ORDER BY id", [signin_id]
        )
        return [(r[0], r[1]) for r in rows]

    def _held(self, meeting_id: int, person_id: int) -> dict[int | None, tuple[int, int | None]]:
        """The person's commitments at the meeting by option (None: the hours a week, the
        one with hours), as (id, the sign-in that made it)."""
        held: dict[int | None, tuple[int, int | None]] = {}
        for row_id, option_id, hours, signin_id in self._conn.execute(
            "SELECT id, option_id, hours, signin_id FROM commitments"
            " WHERE meeting_id = ? AND person_id = ? ORDER BY id",
            [meeting_id, person_id],
        ):
            if hours is not None:
                held.setdefault(None, (row_id, signin_id))
            elif option_id is not None:
                held.setdefault(option_id, (row_id, signin_id))
        return held

    def _pass_on(
        self, row_id: int, signin_id: int, option_id: int | None, now_ms: int | None
    ) -> None:
        """This sign-in no longer gives commitment `row_id` (an option's, or the hours when
        `option_id` is None): the earliest other sign-in of the same person at the meeting
        that gives it too takes it over; with none, it goes."""
        meeting_id, person_id = self._signin(signin_id)
        if option_id is not None:
            other = self._conn.execute(
                "SELECT s.id, NULL FROM signins s JOIN signin_ticks t ON t.signin_id = s.id"
                " WHERE s.meeting_id = ? AND s.person_id = ? AND s.id != ? AND t.option_id = ?"
                " ORDER BY s.submitted_ms, s.id LIMIT 1",
                [meeting_id, person_id, signin_id, option_id],
            ).fetchone()
        else:
            other = self._conn.execute(
                "SELECT id, hours FROM signins WHERE meeting_id = ? AND person_id = ?"
                " AND id != ? AND hours IS NOT NULL ORDER BY submitted_ms, id LIMIT 1",
                [meeting_id, person_id, signin_id],
            ).fetchone()
        if other is None:
            self._conn.execute("DELETE FROM commitments WHERE id = ?", [row_id])
        elif other[1] is None:
            self._conn.execute(
                "UPDATE commitments SET signin_id = ? WHERE id = ?", [other[0], row_id]
            )
        else:
            self._conn.execute(
                "UPDATE commitments SET signin_id = ?, hours = ?, text = ?,"
                " updated_ms = COALESCE(?, updated_ms) WHERE id = ?",
                [other[0], other[1], hours_text(other[1]), now_ms, row_id],
            )
