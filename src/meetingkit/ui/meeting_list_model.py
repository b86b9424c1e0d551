"""The meeting list as a two-branch tree: upcoming (soonest first) and past (latest first).

One column: each meeting's title, with its date, kind and place on the guided path as the
row's details (`DetailRole`, drawn under the title by `ui.two_line_rows`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from meetingkit.core.i18n import weekday_date
from meetingkit.core.meeting import Meeting
from meetingkit.ui.list_table_model import Index
from meetingkit.ui.two_line_rows import DETAIL_ROLE


class MeetingListModel(QAbstractItemModel):
    """Top-level rows are the two branches; their children are meetings.

    A child's internalId is its branch number + 1; a branch's is 0.
    """

    MeetingRole = Qt.ItemDataRole.UserRole + 1
    DetailRole = DETAIL_ROLE
    UPCOMING, PAST = range(2)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._branches: tuple[list[Meeting], list[Meeting]] = ([], [])
        self._progress: dict[int, str] = {}
        self._today = dt.date.today()

    def set_meetings(
        self,
        meetings: list[Meeting],
        today: dt.date,
        progress: Mapping[int, str] | None = None,
    ) -> None:
        """The meetings, with each one's place on the guided path ("Prepare 2/4")."""
        self.beginResetModel()
        self._progress = dict(progress or {})
        self._today = today
        upcoming = sorted((m for m in meetings if m.is_upcoming(today)), key=lambda m: m.starts_at)
        past = sorted(
            (m for m in meetings if not m.is_upcoming(today)),
            key=lambda m: m.starts_at,
            reverse=True,
        )
        self._branches = (upcoming, past)
        self.endResetModel()

    def set_progress(self, meeting_id: int, text: str) -> None:
        self._progress[meeting_id] = text
        index = self.meeting_index(meeting_id)
        if index.isValid():
            self.dataChanged.emit(index, index)

    def meeting_index(self, meeting_id: int) -> QModelIndex:
        for branch, meetings in enumerate(self._branches):
            for row, m in enumerate(meetings):
                if m.id == meeting_id:
                    return self.index(row, 0, self.index(branch, 0))
        return QModelIndex()

    def first_meeting_index(self) -> QModelIndex:
        for branch, meetings in enumerate(self._branches):
            if meetings:
                return self.index(0, 0, self.index(branch, 0))
        return QModelIndex()

    def meeting(self, index: Index) -> Meeting | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._branches[index.internalId() - 1][index.row()]

    # Qt model interface

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._branches)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._branches[parent.row()])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Meeting")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._branch_data(index, role)
        meeting = self._branches[index.internalId() - 1][index.row()]
        if role == self.MeetingRole:
            return meeting
        if role == Qt.ItemDataRole.DisplayRole:
            return meeting.title
        if role in (self.DetailRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return self.details(meeting)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{meeting.title}\n{self.details(meeting, with_year=True)}"
        return None

    def details(self, meeting: Meeting, *, with_year: bool = False) -> str:
        """The line under the title, "Sat 21 Nov · 13:39 · Meeting · Run 1/3": the year only
        when it is not this one (or `with_year`)."""
        this_year = meeting.date.year == self._today.year and not with_year
        day = weekday_date(meeting.date, year=not this_year)
        parts = [day, f"{meeting.start:%H:%M}", meeting.kind.label]
        if progress := self._progress.get(meeting.key, ""):
            parts.append(progress)
        return " · ".join(parts)

    def _branch_data(self, index: Index, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            count = len(self._branches[index.row()])
            if index.row() == self.UPCOMING:
                return self.tr("Upcoming (%n)", "", count)
            return self.tr("Past (%n)", "", count)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None
