"""The export log as the Privacy page shows it: every file with people's data that left the app
(storage.export_log) — when, what, from which meeting, under what name, naming how many.

Where an erasure request is handled, it says which files are out there. The log keeps no names,
so it cannot say which files hold one person: the page says what to look for instead.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from typing import Any

from PySide6.QtCore import Qt

from meetingkit.core.i18n import QT_TRANSLATE_NOOP, fill, long_date, translate
from meetingkit.storage.export_log import ExportEntry, ExportKind
from meetingkit.ui.labels import plain_tip
from meetingkit.ui.list_table_model import RIGHT, Index, ListTableModel

# What each column an export logs holds, in words: the log keeps the files' own column names
# (`first_name`, `follow_up_due`), which the tooltip showed as they are, untranslated. Those
# of the CSVs (core.attendee_export, with the names the export dialog suggests for the extra
# ones), the printed lists (services.follow_ups, services.meeting_report) and the cards
# (services.commitment_desk). A column a group named itself is shown as they named it.
COLUMN_NAMES = {
    "person": QT_TRANSLATE_NOOP("ExportLogModel", "Full name"),
    "first_name": QT_TRANSLATE_NOOP("ExportLogModel", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ExportLogModel", "Last name"),
    "email": QT_TRANSLATE_NOOP("ExportLogModel", "Email"),
    "phone": QT_TRANSLATE_NOOP("ExportLogModel", "Phone"),
    "zip_code": QT_TRANSLATE_NOOP("ExportLogModel", "Zip code"),
    "contact": QT_TRANSLATE_NOOP("ExportLogModel", "Phone and email"),
    "status": QT_TRANSLATE_NOOP("ExportLogModel", "Status"),
    "signed_in_by": QT_TRANSLATE_NOOP("ExportLogModel", "How they signed in"),
    "arrived_at": QT_TRANSLATE_NOOP("ExportLogModel", "Arrival time"),
    "first_time": QT_TRANSLATE_NOOP("ExportLogModel", "First time"),
    "profession": QT_TRANSLATE_NOOP("ExportLogModel", "Profession or role"),
    "role": QT_TRANSLATE_NOOP("ExportLogModel", "Profession or role"),
    "workplace": QT_TRANSLATE_NOOP("ExportLogModel", "Employer or worksite"),
    "employer": QT_TRANSLATE_NOOP("ExportLogModel", "Employer or worksite"),
    "unit": QT_TRANSLATE_NOOP("ExportLogModel", "Unit or ward"),
    "shift": QT_TRANSLATE_NOOP("ExportLogModel", "Shift"),
    "employment_status": QT_TRANSLATE_NOOP("ExportLogModel", "Employment status"),
    "member_status": QT_TRANSLATE_NOOP("ExportLogModel", "Union member?"),
    "heard_from": QT_TRANSLATE_NOOP("ExportLogModel", "How they heard"),
    "language": QT_TRANSLATE_NOOP("ExportLogModel", "Preferred language"),
    "interpretation": QT_TRANSLATE_NOOP("ExportLogModel", "Interpretation need"),
    "turns": QT_TRANSLATE_NOOP("ExportLogModel", "Turns"),
    "airtime": QT_TRANSLATE_NOOP("ExportLogModel", "Speaking time"),
    "floor_log": QT_TRANSLATE_NOOP("ExportLogModel", "Who spoke when"),
    "commitments": QT_TRANSLATE_NOOP("ExportLogModel", "Commitments"),
    "follow_up_status": QT_TRANSLATE_NOOP("ExportLogModel", "Follow-up status"),
    "follow_up_due": QT_TRANSLATE_NOOP("ExportLogModel", "Follow-up date"),
    "organizer": QT_TRANSLATE_NOOP("ExportLogModel", "Organizer"),
    "meeting": QT_TRANSLATE_NOOP("ExportLogModel", "Meeting"),
    "card_id": QT_TRANSLATE_NOOP("ExportLogModel", "Card ID"),
}


TIP_WIDTH = 80  # characters to a line of the tooltip
_KEEP = "\u00a0"


def column_name(column: str) -> str:
    """A logged column in words, in the app's language; one of a group's own naming as it is."""
    known = COLUMN_NAMES.get(column)
    return translate("ExportLogModel", known) if known else column


def exported_at(entry: ExportEntry) -> dt.datetime:
    """When the file was written, in local time."""
    return dt.datetime.fromtimestamp(entry.exported_ms / 1000)


class ExportLogModel(ListTableModel[ExportEntry]):
    COL_WHEN, COL_WHAT, COL_MEETING, COL_FILE, COL_NAMED = range(5)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("When"),
            self.tr("What"),
            self.tr("Meeting"),
            self.tr("File"),
            self.tr("How many"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.row(index.row())
        if entry is None or not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(self.details(entry))  # a column named with "<…>" as typed
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_NAMED:
            return int(RIGHT)
        return None

    def _text(self, entry: ExportEntry, column: int) -> str:
        if column == self.COL_WHEN:
            when = exported_at(entry)
            return f"{long_date(when.date())} {when:%H:%M}"
        if column == self.COL_WHAT:
            return entry.kind_label
        if column == self.COL_MEETING:
            return entry.meeting_title or self.tr("Across meetings")
        if column == self.COL_FILE:
            return entry.file_name
        return self.named(entry)

    def named(self, entry: ExportEntry) -> str:
        """How many the file names: people, or for the calendar its appointments."""
        if entry.kind == ExportKind.FOLLOW_UPS:
            return self.tr("%n appointments", "", entry.rows)
        if entry.kind in {k.value for k in ExportKind}:
            return self.tr("%n people", "", entry.rows)
        return str(entry.rows)

    def details(self, entry: ExportEntry) -> str:
        """What the file holds (its columns), and who was left out of it, for the tooltip."""
        # A tooltip of plain text is one line however long: a file of a dozen columns, named
        # in words, would run off a small screen. Its lines break between columns, each name
        # kept whole (held together by no-break spaces while the lines are made).
        names = ", ".join(column_name(c).replace(" ", _KEEP) for c in entry.columns)
        columns = fill(self.tr("Columns: %1"), names)
        wrapped = textwrap.fill(columns, TIP_WIDTH, break_long_words=False, break_on_hyphens=False)
        text = wrapped.replace(_KEEP, " ")
        if entry.left_out:
            text += "\n" + self.tr("%n left out of it", "", entry.left_out)
        return text
