"""The follow-up list across meetings: who to call about what, overdue first, and the two ways
it leaves the app — a printed call list and an iCalendar file of follow-up appointments."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from meetingkit.core.clock import Clock, to_ms
from meetingkit.core.commitment import Commitment, FollowUp, FollowUpStatus, follow_up_order
from meetingkit.core.errors import NotFoundError, ValidationError
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, fill, long_date, translate
from meetingkit.core.person import fold
from meetingkit.services.file_output import replace_file
from meetingkit.storage.commitments import CommitmentStore, LapsedFrom
from meetingkit.storage.export_log import ExportKind, ExportLog

NOTHING_TO_CALL = QT_TRANSLATE_NOOP(
    "Call list PDF", "Nothing to follow up: every commitment is closed."
)
FOLLOW_UP_MINUTES = 15  # the length of a follow-up call in the calendar
# What each calendar event carries, as the export log lists it.
CALENDAR_COLUMNS = (
    "person",
    "commitments",
    "follow_up_due",
    "meeting",
    "phone",
    "email",
    "organizer",
)
# What each row of the printed call list carries: a person, with every open commitment of
# theirs (services/printing/call_list_pdf.py).
CALL_LIST_COLUMNS = (
    "person",
    "contact",
    "commitments",
    "meeting",
    "follow_up_due",
    "status",
    "organizer",
)


@dataclass(frozen=True)
class CallListPrinted:
    """What a printed call list holds: a row per person to call, with every follow-up of
    theirs on it (someone who took on two things is one call, two follow-ups)."""

    people: int
    follow_ups: int


class FollowUps:
    def __init__(self, conn: sqlite3.Connection, clock: Clock) -> None:
        self._conn = conn
        self._store = CommitmentStore(conn)
        self._clock = clock

    def now(self) -> dt.datetime:
        """Local wall time: follow-up dates are local, like meeting dates."""
        return dt.datetime.fromtimestamp(self._clock.now())

    def rows(self, *, include_closed: bool = False) -> list[FollowUp]:
        return follow_up_order(self._store.follow_ups(include_closed=include_closed), self.now())

    def update(
        self,
        commitment_id: int,
        *,
        status: FollowUpStatus,
        notes: str,
        organizer_id: int | None,
        follow_up_due: dt.datetime,
    ) -> Commitment:
        if len(notes) > 4000:
            raise ValidationError(
                translate("Follow-ups", "Keep outcome notes under 4,000 characters.")
            )
        return self._store.update_follow_up(
            commitment_id,
            status=status,
            notes=notes,
            organizer_id=organizer_id,
            follow_up_due=follow_up_due,
            now_ms=to_ms(self._clock.now()),
        )

    def lapse(self, commitment_ids: Iterable[int]) -> list[LapsedFrom]:
        """Close these follow-ups as lapsed (nobody will call about them any more); what each
        was before, for `unlapse`."""
        return self._store.lapse(commitment_ids, to_ms(self._clock.now()))

    def unlapse(self, lapsed: Iterable[LapsedFrom]) -> int:
        """Undo `lapse`, except where a follow-up was changed since; how many were put back."""
        return self._store.unlapse(lapsed)

    def check_anyone_to_call(self, *, organizer: str = "", since: dt.date | None = None) -> None:
        """Refuse, before a file is chosen, a call list that would have nobody on it."""
        self._to_call(organizer, since)

    def print_call_list(
        self, out: Path, *, organizer: str = "", since: dt.date | None = None
    ) -> CallListPrinted:
        """The open follow-ups as a printable call list, a person to a row, the freshest
        first: optionally one organizer's, and only commitments made at meetings `since` a
        day. Logged like every export, as the app's menu and `meetingkit print call-list`
        both come here. Returns how many people and follow-ups it lists."""
        from meetingkit.services.printing.call_list_pdf import render_call_list

        rows, organizer = self._to_call(organizer, since)
        people = render_call_list(out, rows, self.now(), organizer, since=since)
        ExportLog(self._conn).record(
            ExportKind.CALL_LIST,
            meeting_id=None,
            exported_ms=to_ms(self._clock.now()),
            file_name=out.name,
            columns=CALL_LIST_COLUMNS,
            rows=people,
        )
        return CallListPrinted(people, len(rows))

    def organizers(self) -> list[str]:
        """The names of the organizers with open follow-ups, in alphabetical order."""
        return _organizer_names(self.rows())

    def _to_call(self, organizer: str, since: dt.date | None) -> tuple[list[FollowUp], str]:
        """The open follow-ups of `organizer` (however typed; all when "") from meetings
        `since` a day, and the organizer's name as recorded. Refused when there are none."""
        rows = self.rows()
        if not rows:
            raise ValidationError(translate("Call list PDF", NOTHING_TO_CALL))
        if organizer:
            organizer = self._organizer_named(organizer, rows)
            rows = [r for r in rows if r.organizer_name == organizer]
        if since is not None:
            rows = [r for r in rows if r.meeting_date >= since]
            if not rows:
                raise ValidationError(
                    fill(
                        translate("Follow-ups", "No open follow-up from a meeting since %1."),
                        long_date(since),
                    )
                )
        return rows, organizer

    @staticmethod
    def _organizer_named(name: str, rows: list[FollowUp]) -> str:
        """The organizer `name` stands for, however it is capitalised or accented; a name
        nobody with an open follow-up has is refused, not printed as "nothing to do"."""
        names = _organizer_names(rows)
        found = [n for n in names if fold(n.strip()) == fold(name.strip())]
        if not found:
            raise NotFoundError(
                fill(
                    translate(
                        "Follow-ups",
                        "No open follow-up is organized by %1. Organizers with open "
                        "follow-ups: %2.",
                    ),
                    name,
                    ", ".join(names) or "—",
                )
            )
        return found[0]

    def export_calendar(self, out: Path) -> int:
        """The open follow-ups as calendar appointments, one per person and due time; the
        export is logged (storage.export_log)."""
        rows = self.rows()
        replace_file(out, calendar_bytes(rows, self.now()))
        ExportLog(self._conn).record(
            ExportKind.FOLLOW_UPS,
            meeting_id=None,
            exported_ms=to_ms(self._clock.now()),
            file_name=out.name,
            columns=CALENDAR_COLUMNS,
            rows=len(rows),
        )
        return len(rows)


def _organizer_names(rows: Iterable[FollowUp]) -> list[str]:
    return sorted({r.organizer_name for r in rows if r.organizer_name}, key=fold)


def calendar_bytes(rows: list[FollowUp], now: dt.datetime) -> bytes:
    """An iCalendar file: one event per person and due time, listing what they took on.

    Times are floating (local, no time zone), like the meetings they come from. UIDs are
    stable, so importing the file again updates the events instead of doubling them.
    """
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//meetingkit//follow-ups//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", translate("Follow-ups", "meetingkit follow-ups"))
    summary = translate("Follow-ups", "Follow up: %1")
    came_from = translate("Follow-ups", "From “%1” on %2.")
    grouped: dict[tuple[int, dt.datetime], list[FollowUp]] = {}
    for row in rows:
        grouped.setdefault((row.commitment.person_id, row.commitment.follow_up_due), []).append(row)
    for (person_id, due), group in grouped.items():
        first = group[0]
        event = Event()
        event.add("uid", f"follow-up-{person_id}-{due:%Y%m%dT%H%M}@meetingkit")
        event.add("dtstamp", now.astimezone(dt.UTC))
        event.add("dtstart", due)
        event.add("dtend", due + dt.timedelta(minutes=FOLLOW_UP_MINUTES))
        event.add("summary", fill(summary, first.person_name))
        lines = [f"{r.commitment.text} ({r.commitment.status.label})" for r in group]
        contact = first.contact()
        details = [
            fill(came_from, first.meeting_title, long_date(first.meeting_date)),
            *[f"• {line}" for line in lines],
        ]
        if first.contact_refused:
            details.append(contact)
        elif contact:
            details.append(fill(translate("Follow-ups", "Contact: %1"), contact))
        if first.organizer_name:
            details.append(fill(translate("Follow-ups", "Organizer: %1"), first.organizer_name))
        event.add("description", "\n".join(details))
        cal.add_component(event)
    data: bytes = cal.to_ical()
    return data
