"""A meeting's attendees as exports need them: who came and how, who held a role, what each
agreed to at every sign-in to that meeting, and who came for the first time
(core.attendee_export.Attendee)."""

from __future__ import annotations

import json
import sqlite3

from meetingkit.core.attendee_export import Attendee
from meetingkit.core.person import Person
from meetingkit.storage.first_timers import first_timers

_FIELDS = ("first_name", "last_name", "email", "phone", "zip_code", "profession", "workplace")
_PERSON = ", ".join(f"p.{f}" for f in _FIELDS)


class AttendeeRecords:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def for_meeting(self, meeting_id: int) -> list[Attendee]:
        """Everyone present or holding a role, in name order.

        A person who signed in twice (phone, then kiosk) answers by their latest sign-in, and
        agrees to what every one of their sign-ins agreed to: a sign-in made under someone
        else's name and number must not give away what that person declined, nor agree to
        more than they had (one waiting for the organizer: storage.signin_consents). Who
        came for the first time is the report's answer (storage.first_timers), not a
        sign-in's flag.
        """
        rows = self._conn.execute(
            f"SELECT p.id, {_PERSON}, a.arrived_ms, a.source AS how,"
            " EXISTS (SELECT 1 FROM meeting_roles r WHERE r.meeting_id = ? AND r.person_id = p.id)"
            " AS expected"
            " FROM people p LEFT JOIN attendance a ON a.person_id = p.id AND a.meeting_id = ?"
            " WHERE a.meeting_id IS NOT NULL"
            " OR p.id IN (SELECT person_id FROM meeting_roles WHERE meeting_id = ?)"
            " ORDER BY p.sort_name, p.id",
            [meeting_id, meeting_id, meeting_id],
        ).fetchall()
        latest: dict[int, dict[str, str]] = {}
        signins_of: dict[int, list[int]] = {}
        for signin_id, person_id, answers in self._conn.execute(
            "SELECT id, person_id, answers FROM signins WHERE meeting_id = ?"
            " ORDER BY submitted_ms, id",
            [meeting_id],
        ):
            latest[person_id] = json.loads(answers or "{}")
            signins_of.setdefault(person_id, []).append(signin_id)
        new = first_timers(self._conn, meeting_id)
        consents: dict[int, set[str]] = {}
        for signin_id, key in self._conn.execute(
            "SELECT c.signin_id, c.key FROM consents c JOIN signins s ON s.id = c.signin_id"
            " WHERE s.meeting_id = ? AND c.waiting = 0",
            [meeting_id],
        ):
            consents.setdefault(signin_id, set()).add(key)
        attendees = []
        for r in rows:
            answers = latest.get(r["id"], {})
            given = [consents.get(s, set()) for s in signins_of.get(r["id"], ())]
            attendees.append(
                Attendee(
                    person=Person(**{f: r[f] or "" for f in _FIELDS}, id=r["id"]),
                    present=r["how"] is not None,
                    how=r["how"] or "",
                    arrived_ms=r["arrived_ms"],
                    expected=bool(r["expected"]),
                    consents=frozenset(set.intersection(*given) if given else ()),
                    answers={k: str(v) for k, v in answers.items()},
                    first_time=r["id"] in new,
                )
            )
        return attendees
