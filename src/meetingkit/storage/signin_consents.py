"""The consents each sign-in ticked, and which of them count.

A meeting counts a consent for a person when every sign-in of theirs there ticked it
(storage.attendee_records, SignInStore.names_withheld). Anyone who knows a coworker's first
name and phone number can sign in as them, so a sign-in matched to a known person may agree
for them only to what they had agreed to already (core.new_details.agreed_so_far): anything
more it ticks waits, with the sign-in's new details (storage.new_details), and counts only
once the organizer accepts it. Ticking less counts at once. A sign-in that added its person
to the directory is theirs: all it ticks counts.

A waiting consent is still what the sign-in ticked: its phone's "Fix my answers" shows it
ticked (SignInStore.given), so nobody learns from the page whether it was held back.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection
from dataclasses import dataclass

from meetingkit.core.new_details import agreed_so_far, consents_to_review
from meetingkit.core.signin import CONSENT_KEYS, CONSENTS


@dataclass(frozen=True)
class WaitingConsent:
    """A consent `key` that the sign-ins of a person at one meeting gave beyond what they had
    agreed to, waiting for the organizer (one for all their sign-ins there that ticked it)."""

    person_id: int
    meeting_id: int
    key: str
    meeting_title: str
    submitted_ms: int  # the earliest of those sign-ins


class SignInConsents:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def save(
        self,
        signin_id: int,
        ticked: Collection[str],
        language: str,
        now_ms: int,
        *,
        matched: bool,
    ) -> None:
        """Keep what the sign-in ticked, each in the words it was read in. `matched`: the
        sign-in was matched to a known person (it did not add them): what it gives beyond
        what they had agreed to waits. Any it ticked before (a fix) are replaced; one of
        them the organizer accepted stays agreed to, unless it is unticked now."""
        accepted = self._counted(signin_id)
        self._conn.execute("DELETE FROM consents WHERE signin_id = ?", [signin_id])
        person_id = self._conn.execute(
            "SELECT person_id FROM signins WHERE id = ?", [signin_id]
        ).fetchone()[0]
        held = (
            consents_to_review(self._agreed(person_id, signin_id) | accepted, ticked)
            if matched
            else frozenset()
        )
        self._conn.executemany(
            "INSERT INTO consents (signin_id, person_id, key, wording, given_ms, waiting)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                (signin_id, person_id, c.key, c.wording_in(language), now_ms, int(c.key in held))
                for c in CONSENTS
                if c.key in ticked
            ],
        )

    def waiting(self, meeting_id: int | None = None) -> dict[int, list[WaitingConsent]]:
        """By person, the consents waiting for the organizer (from one meeting's sign-ins, or
        all): the earliest meeting first, each meeting's in the form's order."""
        where, args = ("", []) if meeting_id is None else ("AND s.meeting_id = ?", [meeting_id])
        rows = self._conn.execute(
            "SELECT s.person_id, s.meeting_id, c.key, coalesce(m.title, ''),"
            " min(s.submitted_ms) FROM consents c JOIN signins s ON s.id = c.signin_id"
            f" LEFT JOIN meetings m ON m.id = s.meeting_id WHERE c.waiting = 1 {where}"
            " GROUP BY s.person_id, s.meeting_id, c.key",
            args,
        ).fetchall()
        order = {key: n for n, key in enumerate(CONSENT_KEYS)}
        rows.sort(key=lambda r: (r[4], r[1], order.get(r[2], len(order))))
        found: dict[int, list[WaitingConsent]] = {}
        for row in rows:
            found.setdefault(row[0], []).append(WaitingConsent(*row))
        return found

    def people_waiting(self, meeting_id: int | None = None) -> set[int]:
        """Who has consents waiting (from one meeting's sign-ins, or all)."""
        where, args = ("", []) if meeting_id is None else ("AND s.meeting_id = ?", [meeting_id])
        rows = self._conn.execute(
            "SELECT DISTINCT s.person_id FROM consents c JOIN signins s ON s.id = c.signin_id"
            f" WHERE c.waiting = 1 {where}",
            args,
        )
        return {r[0] for r in rows}

    def accept(self, consent: WaitingConsent) -> None:
        """The organizer knows it was them: the consent counts at that meeting."""
        self._conn.execute(f"UPDATE consents SET waiting = 0 WHERE {_SAME}", _same_args(consent))

    def leave_out(self, consent: WaitingConsent) -> None:
        """Not known to be theirs: the sign-ins no longer agree to it, and it is forgotten."""
        self._conn.execute(f"DELETE FROM consents WHERE {_SAME}", _same_args(consent))

    def _counted(self, signin_id: int) -> frozenset[str]:
        rows = self._conn.execute(
            "SELECT key FROM consents WHERE signin_id = ? AND waiting = 0", [signin_id]
        )
        return frozenset(r[0] for r in rows)

    def _agreed(self, person_id: int, signin_id: int) -> frozenset[str]:
        """What the person had agreed to at their other sign-ins (core.new_details)."""
        signins = self._conn.execute(
            "SELECT s.id, ss.consents FROM signins s"
            " LEFT JOIN signin_settings ss ON ss.meeting_id = s.meeting_id"
            " WHERE s.person_id = ? AND s.id != ? ORDER BY s.submitted_ms DESC, s.id DESC",
            [person_id, signin_id],
        ).fetchall()
        counted: dict[int, set[str]] = {}
        for other, key in self._conn.execute(
            "SELECT signin_id, key FROM consents WHERE person_id = ? AND signin_id != ?"
            " AND waiting = 0",
            [person_id, signin_id],
        ):
            counted.setdefault(other, set()).add(key)
        return agreed_so_far(
            (asked_by_form(form), counted.get(other, set())) for other, form in signins
        )


# The consents of a person's sign-ins at one meeting with one key, waiting
_SAME = (
    "waiting = 1 AND key = ? AND signin_id IN"
    " (SELECT id FROM signins WHERE person_id = ? AND meeting_id = ?)"
)


def _same_args(consent: WaitingConsent) -> list[object]:
    return [consent.key, consent.person_id, consent.meeting_id]


def asked_by_form(form: str | None) -> tuple[str, ...]:
    """The consents a meeting's form asks (its settings' JSON list); the default form's
    when the meeting has none saved."""
    if form is None:
        return CONSENT_KEYS
    try:
        keys = json.loads(form)
    except ValueError:
        return ()
    return tuple(k for k in keys if isinstance(k, str)) if isinstance(keys, list) else ()
