"""The export log as the Privacy page shows it: every file with people's data that left the app
(storage.export_log) — when, what, from which meeting, under what name, naming how many.

Where an erasure request is handled, it says which files are out there. The log keeps no names,
so it cannot say which files hold one person: the page says what to look for instead.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from meetingkit.core.i18n import fill, long_date
from meetingkit.storage.export_log import ExportEntry, ExportKind
from meetingkit.ui.list_table_model import RIGHT, Index, ListTableModel


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
            return self.details(entry)
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
        text = fill(self.tr("Columns: %1"), ", ".join(entry.columns))
        if entry.left_out:
            text += "\n" + self.tr("%n left out of it", "", entry.left_out)
        return text
