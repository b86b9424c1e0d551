"""The export log: every file of people's data that left the app — what kind, from which
meeting, when, under what file name, with which columns and how many rows. Printed documents
that list people count too (the call list, the facilitator's copy of a report, the cards,
badges and tents printed with everyone's name): a PDF is as much a copy as a CSV. The shared
report names nobody and is not logged, nor are blank cards, badges and tents.

It answers "what did we send, and when?" (DOMAIN.md, Privacy) without itself becoming another
copy of the data: it holds no names and no contact details, only counts. The file's name is
kept, not its folder: the path would say more about the organizer's laptop than about the
export, and the name is what they search for.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import PurePath

from meetingkit.core.i18n import QT_TRANSLATE_NOOP, translate
from meetingkit.storage.database import read_only


class ExportKind(StrEnum):
    ACTION_NETWORK = "action_network_csv"
    ATTENDANCE = "attendance_csv"
    FOLLOW_UPS = "follow_ups_ics"
    CALL_LIST = "call_list_pdf"
    REPORT_FACILITATOR_COPY = "report_facilitator_pdf"
    CARDS = "cards_pdf"
    BADGES = "badges_pdf"
    TENTS = "tents_pdf"
    ROLE_CARDS = "role_cards_pdf"

    @property
    def label(self) -> str:
        return translate("Exports", _LABELS[self])


_LABELS = {
    ExportKind.ACTION_NETWORK: QT_TRANSLATE_NOOP("Exports", "Action Network upload"),
    ExportKind.ATTENDANCE: QT_TRANSLATE_NOOP("Exports", "Attendance list"),
    ExportKind.FOLLOW_UPS: QT_TRANSLATE_NOOP("Exports", "Follow-ups calendar"),
    ExportKind.CALL_LIST: QT_TRANSLATE_NOOP("Exports", "Call list (PDF)"),
    ExportKind.REPORT_FACILITATOR_COPY: QT_TRANSLATE_NOOP(
        "Exports", "Meeting report, facilitator copy (PDF)"
    ),
    ExportKind.CARDS: QT_TRANSLATE_NOOP("Exports", "Commitment cards (PDF)"),
    ExportKind.BADGES: QT_TRANSLATE_NOOP("Exports", "Name badges (PDF)"),
    ExportKind.TENTS: QT_TRANSLATE_NOOP("Exports", "Name tents (PDF)"),
    ExportKind.ROLE_CARDS: QT_TRANSLATE_NOOP("Exports", "Role cards (PDF)"),
}


@dataclass(frozen=True)
class ExportEntry:
    id: int
    kind: str  # an ExportKind value; kept as text so a newer kind still lists
    meeting_id: int | None  # None for exports across meetings, or once the meeting is deleted
    meeting_title: str
    exported_ms: int
    file_name: str
    columns: tuple[str, ...]
    rows: int
    left_out: int

    @property
    def kind_label(self) -> str:
        try:
            return ExportKind(self.kind).label
        except ValueError:
            return self.kind


class ExportLog:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def record(
        self,
        kind: ExportKind,
        *,
        meeting_id: int | None,
        exported_ms: int,
        file_name: str | PurePath,
        columns: Sequence[str],
        rows: int,
        left_out: int = 0,
    ) -> ExportEntry:
        """Log one export; only the file's name is kept, whatever path is given. Data opened
        read-only (a full disk) cannot take the entry: it is returned unsaved, with id 0."""
        title = ""
        if meeting_id is not None:
            found = self._conn.execute(
                "SELECT title FROM meetings WHERE id = ?", [meeting_id]
            ).fetchone()
            title = found[0] if found else ""
        name = PurePath(file_name).name
        if read_only(self._conn):
            return ExportEntry(
                0, kind.value, meeting_id, title, exported_ms, name, tuple(columns), rows, left_out
            )
        cur = self._conn.execute(
            "INSERT INTO export_log (kind, meeting_id, meeting_title, exported_ms, file_name,"
            " columns, rows, left_out) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                kind.value,
                meeting_id,
                title,
                exported_ms,
                name,
                json.dumps(list(columns), ensure_ascii=False),
                rows,
                left_out,
            ],
        )
        return ExportEntry(
            int(cur.lastrowid or 0),
            kind.value,
            meeting_id,
            title,
            exported_ms,
            name,
            tuple(columns),
            rows,
            left_out,
        )

    def entries(self, meeting_id: int | None = None) -> list[ExportEntry]:
        """Newest first; only one meeting's if `meeting_id` is given."""
        where, args = ("WHERE meeting_id = ?", [meeting_id]) if meeting_id is not None else ("", [])
        rows = self._conn.execute(
            "SELECT id, kind, meeting_id, meeting_title, exported_ms, file_name, columns, rows,"
            f" left_out FROM export_log {where} ORDER BY exported_ms DESC, id DESC",
            args,
        ).fetchall()
        return [
            ExportEntry(r[0], r[1], r[2], r[3], r[4], r[5], tuple(json.loads(r[6])), r[7], r[8])
            for r in rows
        ]
