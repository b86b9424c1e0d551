"""Printed documents of one meeting, gathered from the database: the agenda and the minutes.

The CLI and the app both print through here, so a PDF is the same from either. reportlab is
imported only when a document is actually made.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from meetingkit.core.agenda_run import AgendaRun
from meetingkit.core.clock import Clock, to_ms
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from meetingkit.core.meeting import Meeting
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.database import UnwritableDatabaseError
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.print_log import PrintLog

NO_LINK_YET = QT_TRANSLATE_NOOP(
    "Sign-in PDF",
    "The sign-in poster for “%1” cannot be printed from this data: the meeting has no sign-in "
    "link yet, and the data cannot be written to save one, so the poster's QR code would lead "
    "nowhere. Print it from a folder that can be written. The paper sign-in sheet prints from "
    "here: meetingkit print signin-sheet --meeting %2",
)


class MeetingDocuments:
    def __init__(self, conn: sqlite3.Connection, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    def agenda(self, meeting_id: int, out: Path) -> None:
        from meetingkit.services.printing.agenda_pdf import render_agenda

        meetings = MeetingStore(self._conn)
        render_agenda(
            out,
            meetings.get(meeting_id),
            meetings.roles(meeting_id),
            AgendaStore(self._conn).items(meeting_id),
        )
        PrintLog(self._conn).record(meeting_id, "agenda", to_ms(self._clock.now()))

    def minutes(self, meeting_id: int, out: Path) -> None:
        """Minutes with planned vs actual times; a meeting still running counts up to now, one
        left open (never ended, its day over) up to the last thing recorded."""
        from meetingkit.services.agenda_session import left_open
        from meetingkit.services.printing.agenda_pdf import render_minutes
        from meetingkit.storage.decisions import DecisionStore

        meetings, agenda = MeetingStore(self._conn), AgendaStore(self._conn)
        decisions = DecisionStore(self._conn)
        items = agenda.items(meeting_id)
        run = AgendaRun(items, self._clock, agenda.run(meeting_id))
        left = left_open(self._conn, meeting_id, run)
        render_minutes(
            out,
            meetings.get(meeting_id),
            meetings.roles(meeting_id),
            items,
            run.actual_ms(left.at_ms if left is not None else None),
            decisions.decisions(meeting_id),
            decisions.checks(meeting_id),
            run.record.started_ms,
            run.record.ended_ms,
            left.at_ms if left is not None else None,
        )
        PrintLog(self._conn).record(meeting_id, "minutes", to_ms(self._clock.now()))

    def poster(
        self, meeting_id: int, out: Path, url: str, wifi: tuple[str, str] | None = None
    ) -> None:
        """The sign-in poster: the QR code of `url` and the meeting's verification phrase.
        Refused (`UnwritableDatabaseError`) on data opened read-only before the meeting's link
        was made: it is made once and saved, and a poster of a link not saved leads nowhere."""
        from meetingkit.services.printing.signin_pdf import render_poster
        from meetingkit.storage.signin import SignInStore

        meeting = MeetingStore(self._conn).get(meeting_id)
        settings = SignInStore(self._conn).settings(meeting_id)
        if not settings.token:
            raise UnwritableDatabaseError(
                fill(translate("Sign-in PDF", NO_LINK_YET), meeting.title, meeting_id)
            )
        render_poster(out, meeting, url, settings.phrase, wifi)
        PrintLog(self._conn).record(meeting_id, "poster", to_ms(self._clock.now()))

    def signin_sheet(self, meeting_id: int, out: Path, rows: int = 20) -> None:
        """The paper sign-in sheet, with the meeting's own fields and consents."""
        from meetingkit.services.printing.signin_pdf import render_signin_sheet
        from meetingkit.storage.signin import SignInStore

        settings = SignInStore(self._conn).settings(meeting_id)
        render_signin_sheet(out, MeetingStore(self._conn).get(meeting_id), settings.form, rows)


def suggested_filename(what: str, meeting: Meeting) -> str:
    """'agenda-2026-11-21-safe-staffing-working-group-november.pdf'."""
    slug = re.sub(r"[^a-z0-9]+", "-", meeting.title.casefold()).strip("-")[:48].rstrip("-")
    return f"{what}-{meeting.date.isoformat()}-{slug or 'meeting'}.pdf"
