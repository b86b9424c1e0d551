"""Meetings and their role assignments, as core dataclasses."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, replace

from meetingkit.core.errors import NotFoundError
from meetingkit.core.i18n import fill, translate
from meetingkit.core.meeting import Meeting, MeetingKind, Role, RoleAssignment
from meetingkit.storage.database import transaction, utc_now

_COLUMNS = "id, title, kind, date, start, place, planned_minutes, warning_minutes"


@dataclass(frozen=True)
class Deleted:
    """What deleting a meeting did (`MeetingStore.delete`)."""

    people_left: int  # people who left the directory with it
    # Its freed pages were wiped from the files. False: another connection was reading and
    # kept the old pages, names and all, in the database file; they go at the next wipe.
    wiped: bool = True


@dataclass(frozen=True)
class MeetingRecord:
    """What a meeting holds beyond its plan and roles, counted: what deleting it takes."""

    signins: int = 0
    attendees: int = 0
    turns: int = 0
    cards: int = 0
    commitments: int = 0  # each with its follow-up (status, notes)
    minutes: int = 0  # agenda items with minutes typed
    decisions: int = 0
    checks: int = 0  # temperature checks
    started: bool = False  # its agenda was started
    ended: bool = False
    purged: bool = False  # only anonymous counts are left of who came

    @property
    def empty(self) -> bool:
        """Nothing but a plan: nobody came, nothing was recorded."""
        counts = (self.signins, self.attendees, self.turns, self.cards, self.commitments)
        noted = (self.minutes, self.decisions, self.checks)
        return not (any(counts) or any(noted) or self.started or self.purged)

    @property
    def running(self) -> bool:
        return self.started and not self.ended

    @property
    def held(self) -> bool:
        """It took place (ended, or people came or spoke), and is not running now."""
        return not self.running and (self.ended or self.purged or self.attendees + self.turns > 0)


@dataclass(frozen=True)
class DueDatesMoved:
    """What moving a meeting to another day does to the dates on its cards (`update`): the
    options the cards offer move `days` with it, as a duplicate's do (`copy_setup`), so
    "by {date}" stays as long after the meeting. The model cannot tell a date the curriculum
    gave from one typed by hand, so every dated option moves by the same days. Commitments
    people already made keep the date they committed to."""

    days: int  # later (positive) or earlier
    options: int  # card options with a due date, moved
    kept: int  # commitments already recorded with a due date, left as made
    cards_printed: bool  # cards were printed with the old dates


class MeetingStore:
    """Reads and writes meetings; every write is committed before the method returns."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def create(self, meeting: Meeting, *, retention_days: int | None = None) -> Meeting:
        """Save a new meeting; `retention_days`: the settings' retention for new meetings
        (storage.retention), None to keep its personal data until purged by hand."""
        m = meeting.validated()
        cur = self._conn.execute(
            "INSERT INTO meetings (title, kind, date, start, place, planned_minutes,"
            " warning_minutes, created_at, retention_days) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [*_values(m), utc_now(), retention_days],
        )
        return replace(m, id=cur.lastrowid)

    def update(self, meeting: Meeting) -> Meeting:
        """Save the meeting's plan, all or nothing. Moved to another day, the due dates its
        cards offer move with it (`DueDatesMoved`, which `due_dates_moving` tells first)."""
        m = meeting.validated()
        with transaction(self._conn):
            row = self._conn.execute("SELECT date FROM meetings WHERE id = ?", [m.id]).fetchone()
            if row is None:
                raise NotFoundError(
                    fill(translate("Meeting", "Meeting %1 no longer exists."), str(m.id))
                )
            self._conn.execute(
                "UPDATE meetings SET title = ?, kind = ?, date = ?, start = ?, place = ?,"
                " planned_minutes = ?, warning_minutes = ? WHERE id = ?",
                [*_values(m), m.id],
            )
            days = (m.date - dt.date.fromisoformat(row[0])).days
            if days:
                self._conn.execute(
                    "UPDATE commitment_options SET due = date(due, ?)"
                    " WHERE meeting_id = ? AND due IS NOT NULL",
                    [f"{days:+d} days", m.id],
                )
        return m

    def due_dates_moving(self, meeting: Meeting) -> DueDatesMoved | None:
        """What saving `meeting` (`update`) would do to the dates on its cards: None when it
        stays on its day or its cards offer no dated option."""
        days = (meeting.date - self.get(meeting.key).date).days
        options = self.dated_options(meeting.key)
        if not days or not options:
            return None
        row = self._conn.execute(
            "SELECT (SELECT count(*) FROM commitments WHERE meeting_id = :m AND due IS NOT NULL),"
            " EXISTS (SELECT 1 FROM print_log WHERE meeting_id = :m AND what = 'cards')",
            {"m": meeting.key},
        ).fetchone()
        return DueDatesMoved(days, options, row[0], bool(row[1]))

    def dated_options(self, meeting_id: int) -> int:
        """How many of the options its cards offer have a due date: what moves with it."""
        row = self._conn.execute(
            "SELECT count(*) FROM commitment_options WHERE meeting_id = ? AND due IS NOT NULL",
            [meeting_id],
        ).fetchone()
        return int(row[0])

    def get(self, meeting_id: int) -> Meeting:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM meetings WHERE id = ?",
            [meeting_id],
        ).fetchone()
        if row is None:
            raise no_meeting(meeting_id)
        return _meeting(row)

    def on(self, day: dt.date) -> list[Meeting]:
        """The meetings of that day, earliest first."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM meetings WHERE date = ? ORDER BY start, id", [day.isoformat()]
        )
        return [_meeting(r) for r in rows]

    def all(self) -> list[Meeting]:
        """All meetings, oldest first."""
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM meetings ORDER BY date, start, id")
        return [_meeting(r) for r in rows]

    def record(self, meeting_id: int) -> MeetingRecord:
        """What the meeting holds, counted: to say what deleting it takes with it."""
        row = self._conn.execute(
            "SELECT (SELECT count(*) FROM signins WHERE meeting_id = :m),"
            " (SELECT count(*) FROM attendance WHERE meeting_id = :m),"
            " (SELECT count(*) FROM turns WHERE meeting_id = :m),"
            " (SELECT count(*) FROM cards WHERE meeting_id = :m),"
            " (SELECT count(*) FROM commitments WHERE meeting_id = :m),"
            " (SELECT count(*) FROM agenda_items WHERE meeting_id = :m AND deleted = 0"
            "   AND minutes != ''),"
            " (SELECT count(*) FROM decisions d JOIN agenda_items i ON i.id = d.item_id"
            "   WHERE i.meeting_id = :m AND i.deleted = 0),"
            " (SELECT count(*) FROM temperature_checks t JOIN agenda_items i"
            "   ON i.id = t.item_id WHERE i.meeting_id = :m AND i.deleted = 0),"
            " (SELECT started_ms IS NOT NULL FROM agenda_runs WHERE meeting_id = :m),"
            " (SELECT ended_ms IS NOT NULL FROM agenda_runs WHERE meeting_id = :m),"
            " purged_at IS NOT NULL"
            " FROM meetings WHERE id = :m",
            {"m": meeting_id},
        ).fetchone()
        if row is None:
            raise no_meeting(meeting_id)
        counts, flags = row[:8], row[8:]
        return MeetingRecord(*counts, *(bool(f) for f in flags))

    def delete(self, meeting_id: int) -> Deleted:
        """Delete the meeting and everything that belongs only to it: its roles and agenda,
        and who came, signed in and spoke, their cards and commitments (`record` counts
        them); and the people it brought into the directory with nothing else on record,
        as a purge does (`storage.erasure.delete_meeting`, `leaving_if_deleted` says who).
        Freed pages are wiped from the files (`wipe_freed_pages`: whether it was done). How
        many people left the directory."""
        from meetingkit.storage.erasure import delete_meeting, wipe_freed_pages

        with transaction(self._conn):
            deleted = delete_meeting(self._conn, meeting_id)
            if deleted is None:
                raise no_meeting(meeting_id)
        return Deleted(deleted, wipe_freed_pages(self._conn))

    def duplicate(
        self, source_id: int, template: Meeting, *, retention_days: int | None = None
    ) -> Meeting:
        """Create `template` as a new meeting carrying over how the source was set up, all or
        nothing: its roles and agenda plan, its curriculum, and the rest of its setup
        (`copy_setup`: group, retention, floor's rule, cards' options and settings, sign-in form).

        Nothing anybody did at the source comes along: no attendance or sign-ins, turns or
        stack, cards or commitments, minutes, timings or decisions. The agenda comes without
        its record; a training's copy keeps its curriculum and its modules' group rotations.
        A source kept until purged by hand gives its copy `retention_days`, as a new meeting.
        """
        with transaction(self._conn):
            created = self.create(template, retention_days=retention_days)
            copy = {"new": created.id, "old": source_id}
            self._conn.execute(
                "INSERT INTO meeting_roles (meeting_id, role, person_id)"
                " SELECT :new, role, person_id FROM meeting_roles WHERE meeting_id = :old",
                copy,
            )
            self._conn.execute(
                "INSERT INTO agenda_items (meeting_id, position, title, kind, planned_minutes,"
                " owner_id, notes, rotation) SELECT :new, position, title, kind,"
                " planned_minutes, owner_id, notes, rotation FROM agenda_items"
                " WHERE meeting_id = :old AND deleted = 0",
                copy,
            )
            # A training's copy is made from the same curriculum (its agenda is the modules')
            self._conn.execute(
                "UPDATE meetings SET curriculum = (SELECT curriculum FROM meetings WHERE id = :old)"
                " WHERE id = :new",
                copy,
            )
            self.copy_setup(source_id, created.key)
        return created

    def copy_setup(self, source_id: int, meeting_id: int) -> None:
        """Give the new meeting `meeting_id` the organizer's setup of the source, all or
        nothing: its group, its retention, its floor's rule, its cards' options and settings,
        and what its sign-in form asks. Duplicate meeting and Next meeting from this one both
        carry it.

        Nothing anybody did at the source comes along (no sign-ins, stack, cards or
        commitments). An option's due date moves with the meeting: "by {date}" stays as long
        after it.
        """
        days = (self.get(meeting_id).date - self.get(source_id).date).days
        copy = {"new": meeting_id, "old": source_id}
        with transaction(self._conn):
            # The next meeting of a series belongs to the same group, and keeps its personal
            # data as long (days after its own date); a source without a retention leaves the
            # one the new meeting was created with (the settings' for new meetings).
            self._conn.execute(
                "UPDATE meetings SET group_id = (SELECT group_id FROM meetings WHERE id = :old),"
                " retention_days = coalesce("
                "(SELECT retention_days FROM meetings WHERE id = :old), retention_days)"
                " WHERE id = :new",
                copy,
            )
            # The floor's rule, its groups and turn limits; not its order or closed items,
            # which were the source's stack.
            self._conn.execute(
                "INSERT INTO floor_settings (meeting_id, settings, manual_order, closed_items)"
                " SELECT :new, settings, '[]', '[]' FROM floor_settings WHERE meeting_id = :old",
                copy,
            )
            self._conn.execute(
                "INSERT INTO commitment_settings (meeting_id, organization, organizer_contact,"
                " organizer_id, hours_per_week, follow_up_hours) SELECT :new, organization,"
                " organizer_contact, organizer_id, hours_per_week, follow_up_hours"
                " FROM commitment_settings WHERE meeting_id = :old",
                copy,
            )
            self._conn.execute(
                "INSERT INTO commitment_options (meeting_id, position, text, due)"
                " SELECT :new, position, text, date(due, :days) FROM commitment_options"
                " WHERE meeting_id = :old ORDER BY position, id",
                copy | {"days": f"{days:+d} days"},
            )
            self._copy_signin_form(source_id, meeting_id)

    def _copy_signin_form(self, source_id: int, meeting_id: int) -> None:
        """The fields and consents the source's sign-in form asks, the groups it offers
        (m032), and its quorum, under a new token and phrase: the source's QR code must never
        sign anyone in to the copy."""
        import secrets

        from meetingkit.core.signin import verification_phrase
        from meetingkit.storage.signin import new_token  # it reads meetings through this module

        self._conn.execute(
            "INSERT INTO signin_settings (meeting_id, fields, consents, token, phrase, quorum,"
            " offered_groups) SELECT ?, fields, consents, ?, ?, quorum, offered_groups"
            " FROM signin_settings WHERE meeting_id = ?",
            [meeting_id, new_token(), verification_phrase(secrets.randbelow), source_id],
        )

    def curriculum(self, meeting_id: int) -> str:
        """The slug of the curriculum a training was made from ('' for none)."""
        row = self._conn.execute(
            "SELECT curriculum FROM meetings WHERE id = ?", [meeting_id]
        ).fetchone()
        return row[0] if row else ""

    def set_curriculum(self, meeting_id: int, slug: str) -> None:
        self._conn.execute("UPDATE meetings SET curriculum = ? WHERE id = ?", [slug, meeting_id])

    def roles(self, meeting_id: int) -> list[RoleAssignment]:
        """Who holds which role, in the order roles are listed in `Role`, then by name."""
        rows = self._conn.execute(
            "SELECT r.role, p.id, p.first_name, p.last_name FROM meeting_roles r"
            " JOIN people p ON p.id = r.person_id WHERE r.meeting_id = ?",
            [meeting_id],
        ).fetchall()
        order = {role: i for i, role in enumerate(Role)}
        assignments = [
            RoleAssignment(Role(r[0]), r[1], f"{r[2]} {r[3]}".strip())
            for r in rows
            if r[0] in order
        ]
        return sorted(assignments, key=lambda a: (order[a.role], a.person_name.casefold()))

    def assign(self, meeting_id: int, role: Role, person_id: int) -> None:
        try:
            self._conn.execute(
                "INSERT OR IGNORE INTO meeting_roles (meeting_id, role, person_id)"
                " VALUES (?, ?, ?)",
                [meeting_id, role.value, person_id],
            )
        except sqlite3.IntegrityError as e:
            raise NotFoundError(
                translate("Meeting", "That meeting or person no longer exists.")
            ) from e

    def unassign(self, meeting_id: int, role: Role, person_id: int) -> None:
        self._conn.execute(
            "DELETE FROM meeting_roles WHERE meeting_id = ? AND role = ? AND person_id = ?",
            [meeting_id, role.value, person_id],
        )


def _values(m: Meeting) -> list[object]:
    return [
        m.title,
        m.kind.value,
        m.date.isoformat(),
        m.start.strftime("%H:%M"),
        m.place,
        m.planned_minutes,
        m.warning_minutes,
    ]


def _meeting(row: sqlite3.Row) -> Meeting:
    return Meeting(
        id=row["id"],
        title=row["title"],
        kind=MeetingKind(row["kind"]),
        date=dt.date.fromisoformat(row["date"]),
        start=dt.time.fromisoformat(row["start"]),
        place=row["place"] or "",
        planned_minutes=row["planned_minutes"],
        warning_minutes=row["warning_minutes"],
    )


def no_meeting(meeting_id: int) -> NotFoundError:
    """The error for a meeting id that matches no meeting (deleted meanwhile, or mistyped)."""
    return NotFoundError(fill(translate("Meeting", "There is no meeting %1."), str(meeting_id)))
