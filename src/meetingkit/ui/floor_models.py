"""Table models over the floor: the stack in speaking order, and airtime per person.

Both are thin adapters over `FloorSession`. A change to the stack resets the stack model (its
order may change as a whole when airtime shifts); a clock tick only repaints the time column.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import compress
from operator import is_not
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from meetingkit.core.durations import clock_face, span
from meetingkit.core.floor import Placement
from meetingkit.core.person import canonical_profession
from meetingkit.services.floor_session import FloorSession, PersonAirtime
from meetingkit.ui.list_table_model import RIGHT, Index, ListTableModel


class StackModel(ListTableModel[Placement]):
    COL_POSITION, COL_NAME, COL_KIND, COL_REASON, COL_WAITED = range(5)
    EntryIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._session: FloorSession | None = None

    def headers(self) -> tuple[str, ...]:
        return ("#", self.tr("Name"), self.tr("Asks for"), self.tr("Why here"), self.tr("Waiting"))

    def set_session(self, session: FloorSession | None) -> None:
        self._session = session
        self.reload()

    def reload(self, placements: list[Placement] | None = None) -> None:
        """The stack placed again, or as `placements` (the session's, placed just now)."""
        if placements is None:
            placements = self._session.placements() if self._session else []
        self.set_rows(placements)

    def refresh_times(self) -> None:
        if self._rows:
            top = self.index(0, self.COL_WAITED)
            self.dataChanged.emit(top, self.index(len(self._rows) - 1, self.COL_WAITED))

    def placements(self) -> list[Placement]:
        """The stack as shown: as the session placed it at the last `reload`."""
        return list(self._rows)

    def placement(self, row: int) -> Placement | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, entry_id: int) -> int:
        return next((r for r, p in enumerate(self._rows) if p.entry.id == entry_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._session is None:
            return None
        placement = self._rows[index.row()]
        entry = placement.entry
        if role == self.EntryIdRole:
            return entry.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == self.COL_POSITION:
                return str(placement.position)
            if column == self.COL_NAME:
                return self._session.floor.name_of(entry)
            if column == self.COL_KIND:
                return self._session.floor.settings.vocabulary.name_of(entry.kind)
            if column == self.COL_REASON:
                return placement.reason
            return clock_face(max(0, self._session.floor.now_ms() - entry.added_ms))
        if role == Qt.ItemDataRole.FontRole and entry.kind.jumps_queue:
            font = QFont()
            font.setBold(True)
            return font
        return None


class PeopleAirtimeModel(ListTableModel[PersonAirtime]):
    """Airtime per person: for the facilitator's screen only, never a shared one."""

    COL_NAME, COL_PROFESSION, COL_TURNS, COL_MEETING, COL_ITEM = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []  # the people of the rows shown, in their order

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Profession"),
            self.tr("Turns"),
            self.tr("Today"),
            self.tr("This item"),
        )

    def set_rows(self, given: Iterable[PersonAirtime]) -> None:
        """The people in the places they had are repainted only where their row changed
        (usually just the speaker's numbers), not all 3,000; those who arrived, left or moved
        are put in and taken out, not the whole list made again: the selection and the
        scrolling stay as people arrive (FloorTab.follow_room). The rows kept are mostly the
        very rows shown (`FloorSession.people_airtime` keeps them), told apart at C speed."""
        new, old = list(given), self._rows
        ids, was = [r.person_id for r in new], self._ids
        top = _same_start(was, ids)
        bottom = _same_start(was[top:][::-1], ids[top:][::-1])
        self._ids = ids
        if not self.change_rows(new, top, bottom):  # nobody where they were: anew
            return
        for start, before, after in (
            (0, old[:top], new[:top]),
            (len(new) - bottom, old[len(old) - bottom :], new[len(new) - bottom :]),
        ):
            for k in compress(range(len(after)), map(is_not, before, after)):
                if before[k] != after[k]:
                    n = start + k
                    self.dataChanged.emit(
                        self.index(n, self.COL_NAME), self.index(n, self.COL_ITEM)
                    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.name,
                canonical_profession(row.profession),
                str(row.turns),
                span(row.meeting_ms) if row.meeting_ms else "",
                span(row.item_ms) if row.item_ms else "",
            )[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= self.COL_TURNS:
            return int(RIGHT)
        return None


def _same_start(a: list[int], b: list[int]) -> int:
    """How many of their first items `a` and `b` share: found by halves, each comparison of
    two lists made in C rather than item by item in Python."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if a[:middle] == b[:middle]:
            low = middle
        else:
            high = middle - 1
    return low
