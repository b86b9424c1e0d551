"""Printed documents of one meeting, gathered from the database: the agenda and the minutes.

The CLI and the app both print through here, so a PDF is the same from either. reportlab is
imported only when a document is actually made.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from meetingkit.core.agenda_run import AgendaRun
from meetingkit.core.clock import Clock
from meetingkit.core.meeting import Meeting
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.meetings import MeetingStore


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

    def minutes(self, meeting_id: int, out: Path) -> None:
        """Minutes with planned vs actual times; a meeting still running counts up to now."""
        from meetingkit.services.printing.agenda_pdf import render_minutes
        from meetingkit.storage.decisions import DecisionStore

        meetings, agenda = MeetingStore(self._conn), AgendaStore(self._conn)
        decisions = DecisionStore(self._conn)
        items = agenda.items(meeting_id)
        run = AgendaRun(items, self._clock, agenda.run(meeting_id))
        render_minutes(
            out,
            meetings.get(meeting_id),
            meetings.roles(meeting_id),
            items,
            run.actual_ms(),
            decisions.decisions(meeting_id),
            decisions.checks(meeting_id),
            run.record.started_ms,
            run.record.ended_ms,
        )


def suggested_filename(what: str, meeting: Meeting) -> str:
    """'agenda-2026-11-21-safe-staffing-working-group-november.pdf'."""
    slug = re.sub(r"[^a-z0-9]+", "-", meeting.title.casefold()).strip("-")[:48].rstrip("-")
    return f"{what}-{meeting.date.isoformat()}-{slug or 'meeting'}.pdf"
