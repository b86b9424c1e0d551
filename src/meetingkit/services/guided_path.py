"""A meeting's guided path read from the database: the facts the checklist rests on, where the
meeting stands, the facilitator's hand ticks, and the record of what was printed for it."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Sequence

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.agenda_run import AgendaRun, RunRecord
from meetingkit.core.clock import Clock, to_ms
from meetingkit.core.errors import ValidationError
from meetingkit.core.guided_path import KEYS, Document, MeetingFacts, path_item
from meetingkit.core.i18n import fill, translate
from meetingkit.core.meeting import Meeting
from meetingkit.core.path_progress import PathProgress, path_progress
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.commitments import CommitmentStore
from meetingkit.storage.guided_path import Mark, PathStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.print_log import PrintLog


class GuidedPath:
    def __init__(self, conn: sqlite3.Connection, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock
        self._store = PathStore(conn)

    def _now(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self._clock.now())  # local wall time, like meetings

    def facts(self, meeting: Meeting) -> MeetingFacts:
        mid = meeting.key
        meetings, agenda = MeetingStore(self._conn), AgendaStore(self._conn)
        marks = self._store.marks(mid)
        printed = PrintLog(self._conn).printed(mid)
        reports = [printed[d] for d in (Document.REPORT, Document.MINUTES) if d in printed]
        items, run = tuple(agenda.items(mid)), agenda.run(mid)
        return MeetingFacts(
            date=meeting.date,
            now=self._now(),
            planned_minutes=meeting.planned_minutes,
            agenda=items,
            run=run,
            decided_item_ids=self._store.decided_items(mid),
            roles=frozenset(a.role for a in meetings.roles(mid)),
            printed=frozenset(printed),
            reported_ms=max(reports, default=None),
            from_curriculum=bool(meetings.curriculum(mid)),
            commitment_options=self._store.commitment_option_count(mid),
            signin_opened=Mark.SIGNIN_OPENED in marks or self._store.signed_in_anyone(mid),
            phone_reached=Mark.PHONE_REACHED in marks,
            commitments=tuple(CommitmentStore(self._conn).for_meeting(mid)),
            first_timer_ids=self._store.first_timers(mid),
            purged=self._store.purged(mid),
            left_open=self._left_open(mid, items, run),
        )

    def _left_open(self, meeting_id: int, items: Sequence[AgendaItem], run: RunRecord) -> bool:
        """Whether its End meeting was forgotten, by the one rule the agenda, report and
        minutes follow (services.agenda_session.left_open); read only for a meeting running."""
        if not run.running:
            return False
        from meetingkit.services.agenda_session import left_open

        return left_open(self._conn, meeting_id, AgendaRun(items, self._clock, run)) is not None

    def progress(self, meeting: Meeting | int) -> PathProgress:
        """Per phase done/total, the phase the meeting is in, and its one-line summary."""
        if isinstance(meeting, int):
            meeting = MeetingStore(self._conn).get(meeting)
        return path_progress(self.facts(meeting), self._store.ticks(meeting.key))

    def summaries(self, meetings: Iterable[Meeting]) -> dict[int, str]:
        """The meetings list's column: "Prepare 2/4", "All done", by meeting id."""
        return {m.key: self.progress(m).summary for m in meetings}

    # Hand ticks

    def set_ticked(self, meeting_id: int, key: str, ticked: bool) -> None:
        """Tick or untick a by-hand item. The items the app alone checks reflect what it sees,
        so ticking one is refused (ValidationError)."""
        if key not in KEYS:
            raise ValidationError(
                fill(translate("Guided path", "There is no step “%1” on the guided path."), key)
            )
        item = path_item(key)
        if not item.by_hand:
            raise ValidationError(
                fill(
                    translate("Guided path", "“%1” is checked by meetingkit itself. %2"),
                    item.wording,
                    item.how,
                )
            )
        if ticked:
            self._store.tick(meeting_id, key, to_ms(self._clock.now()))
        else:
            self._store.untick(meeting_id, key)

    # What was printed

    def record_printed(self, meeting_id: int, what: str) -> None:
        """Note that a document (a `Document` value: "report", "guide"…) was printed for the
        meeting. The meeting's own documents note themselves; call this for the others."""
        PrintLog(self._conn).record(meeting_id, Document(what), to_ms(self._clock.now()))
