"""A meeting's report, gathered from the database: shown in the app's Report tab and printed.

Both go through `MeetingReports`, so the screen and the page say the same thing. A meeting
still running is counted up to now (the open item, the turn on the floor). A purged meeting's
report takes its figures about people from the counts its purge kept (core.kept_counts).
reportlab is imported only when a PDF is actually made. The facilitator's copy names people,
so printing it is logged like any export (the app and `meetingkit print report` both print
through `render`).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from meetingkit.core.agenda_run import AgendaRun
from meetingkit.core.airtime_equity import ReportPerson
from meetingkit.core.clock import Clock, to_ms
from meetingkit.core.errors import NotFoundError
from meetingkit.core.kept_counts import kept_report
from meetingkit.core.meeting_report import MeetingReport, ReportInputs, build_report
from meetingkit.services.agenda_session import left_open
from meetingkit.services.privacy import kept_counts
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.commitments import CommitmentStore
from meetingkit.storage.decisions import DecisionStore
from meetingkit.storage.export_log import ExportKind, ExportLog
from meetingkit.storage.first_timers import first_timers
from meetingkit.storage.floor import FloorStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.print_log import PrintLog

# What the facilitator's copy adds about people, as the export log lists it.
FACILITATOR_COPY_COLUMNS = (
    "person",
    "profession",
    "turns",
    "airtime",
    "commitments",
    "follow_up_status",
    "floor_log",
)


class MeetingReports:
    def __init__(self, conn: sqlite3.Connection, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    def report(self, meeting_id: int, *, per_person: bool = False) -> MeetingReport:
        """The report; `per_person` makes the facilitator's copy (who spoke how long, who
        committed to what). A purged meeting's has nothing per person left to add."""
        inputs = self.inputs(meeting_id)
        kept = kept_counts(self._conn, meeting_id)
        if kept is not None:
            return kept_report(inputs, kept)
        return build_report(inputs, facilitator_copy=per_person)

    def render(self, meeting_id: int, out: Path, *, per_person: bool = False) -> MeetingReport:
        """Write the report as a PDF to `out` (whole or not at all) and return what it says."""
        from meetingkit.services.printing.report_pdf import render_report_pdf

        report = self.report(meeting_id, per_person=per_person)
        render_report_pdf(out, report)
        now_ms = to_ms(self._clock.now())
        # The guided path's "report made" step (Follow up) sees it.
        PrintLog(self._conn).record(meeting_id, "report", now_ms)
        if report.facilitator_copy:
            named = {p.name for p in report.airtime.people}
            named |= {p.name for p in report.commitments.by_person}
            ExportLog(self._conn).record(
                ExportKind.REPORT_FACILITATOR_COPY,
                meeting_id=meeting_id,
                exported_ms=now_ms,
                file_name=out.name,
                columns=FACILITATOR_COPY_COLUMNS,
                rows=len(named),
            )
        return report

    def inputs(self, meeting_id: int) -> ReportInputs:
        conn = self._conn
        meeting = MeetingStore(conn).get(meeting_id)
        agenda = AgendaStore(conn)
        items = agenda.items(meeting_id)
        run = AgendaRun(items, self._clock, agenda.run(meeting_id))
        # Left open (never ended, its day over): its times as of the last thing recorded
        left = left_open(conn, meeting_id, run)
        at_ms = left.at_ms if left is not None else to_ms(self._clock.now())
        decisions = DecisionStore(conn)
        floor = FloorStore(conn).load(meeting_id)
        commitments = CommitmentStore(conn)
        committed = commitments.for_meeting(meeting_id)
        first_time = first_timers(conn, meeting_id)  # however they were marked present
        people = {
            p.person_id: ReportPerson(
                p.person_id,
                p.display_name,
                p.profession,
                True,
                p.person_id in first_time,
                given_groups=p.categories,  # as the meeting keeps them, like the floor's
            )
            for p in AttendanceStore(conn).present(meeting_id)
        }
        # Someone can speak or commit without being marked present (a late card, an edit).
        directory = PeopleStore(conn)
        others = {t.person_id for t in floor.turns} | {c.person_id for c in committed}
        for pid in sorted(others - set(people)):
            try:
                person = directory.get(pid)
            except NotFoundError:  # forgotten since: counted, never named
                continue
            people[pid] = ReportPerson(pid, person.display_name, person.profession, False)
        return ReportInputs(
            meeting=meeting,
            people=tuple(people.values()),
            items=tuple(items),
            actual_ms=run.actual_ms(at_ms),
            started_ms=run.record.started_ms,
            ended_ms=run.record.ended_ms,
            elapsed_ms=run.meeting_elapsed_ms(at_ms),
            left_open_ms=left.at_ms if left is not None else None,
            decisions=decisions.decisions(meeting_id),
            checks=decisions.checks(meeting_id),
            turns=tuple(floor.turns),
            now_ms=at_ms,
            commitments=tuple(committed),
            options=tuple(commitments.options(meeting_id)),
            min_group_size=floor.settings.min_group_size,
            stack_log=tuple(floor.log),
        )


def render_report(
    conn: sqlite3.Connection,
    clock: Clock,
    meeting_id: int,
    out: Path,
    *,
    per_person: bool = False,
) -> MeetingReport:
    """`meetingkit print report`: the meeting's report as a PDF (see `MeetingReports`)."""
    return MeetingReports(conn, clock).render(meeting_id, out, per_person=per_person)
