"""A meeting's attendees to a file: the Action Network upload or the attendance list.

Who goes in, and why others are left out, is decided in core.attendee_export; this writes the
file and logs it. Every cell is formula-safe (core.csv_safety).

Encodings differ on purpose. The Action Network upload is UTF-8 without a byte-order mark:
Action Network reads UTF-8, and matches headers by name, so a mark glued to `first_name`
could cost the first column. The attendance list is for people opening it in a spreadsheet,
so it carries the mark: without it, Excel on Windows reads the file as Windows-1252 and
“José” shows as “JosÃ©”.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from meetingkit.core.attendee_export import (
    ExportTable,
    action_network_table,
    attendance_table,
)
from meetingkit.core.clock import Clock, to_ms
from meetingkit.core.csv_safety import csv_text
from meetingkit.core.errors import ValidationError
from meetingkit.core.i18n import fill, translate
from meetingkit.services.file_output import replace_file
from meetingkit.storage.attendee_records import AttendeeRecords
from meetingkit.storage.export_log import ExportEntry, ExportKind, ExportLog
from meetingkit.storage.meetings import MeetingStore


class ExportFormat(StrEnum):
    ACTION_NETWORK = "actionnetwork"
    ATTENDANCE = "csv"

    @property
    def label(self) -> str:
        return self.kind.label

    @property
    def kind(self) -> ExportKind:
        return (
            ExportKind.ACTION_NETWORK
            if self is ExportFormat.ACTION_NETWORK
            else ExportKind.ATTENDANCE
        )

    @property
    def encoding(self) -> str:
        return "utf-8" if self is ExportFormat.ACTION_NETWORK else "utf-8-sig"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    table: ExportTable
    entry: ExportEntry


class Exports:
    def __init__(self, conn: sqlite3.Connection, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    def table(
        self, meeting_id: int, fmt: ExportFormat, fields: Mapping[str, str] | None = None
    ) -> ExportTable:
        """What the file would hold, and who would be left out: for the dialog's counts."""
        MeetingStore(self._conn).get(meeting_id)  # NotFoundError for a deleted meeting
        attendees = AttendeeRecords(self._conn).for_meeting(meeting_id)
        make = action_network_table if fmt is ExportFormat.ACTION_NETWORK else attendance_table
        return make(attendees, fields)

    def write(
        self,
        meeting_id: int,
        fmt: ExportFormat,
        out: Path,
        fields: Mapping[str, str] | None = None,
    ) -> ExportResult:
        """Write the file atomically and log the export; a ValidationError if nobody would be
        in it (saying why), a FileWriteError if the disk or folder refuses."""
        table = self.table(meeting_id, fmt, fields)
        if not table.rows:
            why = "; ".join(table.describe_left_out())
            if why:
                nobody = translate("Exports", "Nobody from this meeting can go in the %1: %2.")
            else:
                nobody = translate(
                    "Exports",
                    "Nobody from this meeting can go in the %1: nobody was marked present or "
                    "held a role.",
                )
            raise ValidationError(fill(nobody, fmt.label.lower(), why))
        replace_file(out, encode(table, fmt))
        entry = ExportLog(self._conn).record(
            fmt.kind,
            meeting_id=meeting_id,
            exported_ms=to_ms(self._clock.now()),
            file_name=out.name,
            columns=table.headers,
            rows=len(table.rows),
            left_out=table.left_out_total,
        )
        return ExportResult(out, table, entry)

    def log(self) -> list[ExportEntry]:
        return ExportLog(self._conn).entries()


def encode(table: ExportTable, fmt: ExportFormat) -> bytes:
    return csv_text(table.headers, table.rows).encode(fmt.encoding)


def suggested_name(title: str, fmt: ExportFormat) -> str:
    """'Night shift assembly' -> 'night-shift-assembly-action-network.csv'."""
    slug = re.sub(r"[^\w]+", "-", title.casefold()).strip("-")[:60] or "meeting"
    what = "action-network" if fmt is ExportFormat.ACTION_NETWORK else "attendance"
    return f"{slug}-{what}.csv"
