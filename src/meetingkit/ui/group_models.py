"""Read-only tables of the Groups page: groups, members, people not seen lately, the ladder,
and professions per meeting. Every cell is a plain string: names are attendee text."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from meetingkit.core.attendance_trend import falling_text
from meetingkit.core.group_attendance import Balance
from meetingkit.core.i18n import fill, long_date, meeting_day
from meetingkit.core.ladder import LadderCounts, Rung
from meetingkit.core.person import canonical_profession
from meetingkit.services.groups import GroupLine, MemberRow, NotSeenRow
from meetingkit.ui.airtime_bars import group_label
from meetingkit.ui.labels import plain_tip
from meetingkit.ui.list_table_model import RIGHT, Index, ListTableModel
from meetingkit.ui.tones import tones

CENTRED = Qt.AlignmentFlag.AlignCenter


def marks_font() -> QFont:
    """A fixed-width font, so the ✓/– rows of different people line up meeting by meeting."""
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


class GroupsModel(ListTableModel[GroupLine]):
    COL_NAME, COL_MEMBERS, COL_HELD, COL_TREND = range(4)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Group"),
            self.tr("Members"),
            self.tr("Held"),
            self.tr("Attendance"),
        )

    def row_of(self, group_id: int | None) -> int:
        return next((i for i, r in enumerate(self._rows) if r.group.id == group_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.row(index.row())
        if line is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_NAME:
            return line.group.kind.label
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_TREND and line.falling:
            return tones(QGuiApplication.palette()).warning
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_TREND and line.falling:
            return falling_text(line.headcounts).capitalize()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.COL_MEMBERS,
            self.COL_HELD,
        ):
            return RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            line.group.name,
            str(line.members),
            str(line.held),
            self._trend(line),
        )[column]

    def _trend(self, line: GroupLine) -> str:
        if line.falling:
            return self.tr("falling")
        if not line.headcounts:
            return self.tr("not met yet")
        return fill(self.tr("last: %1"), str(line.headcounts[-1]))


class MembersModel(ListTableModel[MemberRow]):
    COL_NAME, COL_PROFESSION, COL_ATTENDANCE, COL_MADE, COL_KEPT, COL_LED, COL_RUNG = range(7)
    WHOLE_COLUMNS = (COL_NAME, COL_ATTENDANCE, COL_MADE, COL_KEPT, COL_LED)  # never cut short
    # Hidden, in this order, where even cut short the others leave the rung too little room:
    # the counts kept, then made (the rung says what they add up to), then led, then the
    # profession.
    GIVE_WAY = (COL_KEPT, COL_MADE, COL_LED, COL_PROFESSION)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rungs: tuple[Rung, ...] = ()

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Profession"),
            self.tr("Came (oldest → latest)"),
            self.tr("Made"),
            self.tr("Kept"),
            self.tr("Led"),
            self.tr("Ladder"),
        )

    def set_members(self, rows: tuple[MemberRow, ...], rungs: tuple[Rung, ...]) -> None:
        self._rungs = rungs
        self.set_rows(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row(index.row())
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.FontRole and column == self.COL_ATTENDANCE:
            return marks_font()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.COL_MADE,
            self.COL_KEPT,
            self.COL_LED,
        ):
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_ATTENDANCE:
            came, held = row.history.engagement.attended, len(row.history.attended)
            return fill(self.tr("Came to %1 of %n meetings held", "", held), str(came))
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.COL_PROFESSION, self.COL_RUNG):
            return plain_tip(self.data(index))  # cut short with "…" on a laptop: whole here
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        h = row.history
        rung = self.tr("— not yet —") if row.rung is None else self._rungs[row.rung].name
        return (
            row.person.display_name,
            canonical_profession(row.person.profession),
            h.marks,
            str(h.committed),
            str(h.kept),
            str(h.led),
            rung,
        )[column]


class NotSeenModel(ListTableModel[NotSeenRow]):
    COL_NAME, COL_PROFESSION, COL_LAST, COL_MISSED, COL_CONTACT, COL_FOLLOW_UP, COL_PHONE = range(7)
    WHOLE_COLUMNS = (COL_NAME, COL_PROFESSION, COL_LAST)  # never cut short

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Profession"),
            self.tr("Last came"),
            self.tr("Meetings missed"),
            self.tr("Last contact"),
            self.tr("Follow-ups"),
            self.tr("Contact"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.COL_MISSED:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:  # a cell cut short with "…" reads whole here
            return plain_tip(self.data(index))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        person, contact = row.person, row.contact
        name = person.display_name
        if not row.member:
            name += self.tr(" (not a member)")
        last_contact = (
            self.tr("never contacted")
            if contact.last_contact is None
            else long_date(contact.last_contact.date())
        )
        return (
            name,
            canonical_profession(person.profession),
            long_date(row.not_seen.last_attended),
            str(row.not_seen.missed),
            last_contact,
            contact.status_text,
            " · ".join(x for x in (person.phone, person.email) if x),
        )[index.column()]


class LadderModel(ListTableModel[tuple[Rung, int]]):
    COL_RUNG, COL_TEST, COL_PEOPLE = range(3)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Rung (top first)"), self.tr("Reached when they…"), self.tr("Members"))

    def set_ladder(self, rungs: tuple[Rung, ...], counts: LadderCounts) -> None:
        """Top rung first, as a ladder is drawn."""
        self.set_rows(reversed(list(zip(rungs, counts.on_rung, strict=True))))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.COL_PEOPLE:
            return RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        rung, people = row
        return (rung.name, rung.test, str(people))[index.column()]


class BalanceModel(QAbstractTableModel):
    """Professions down (in the row headers, which stay in view while a year of meetings
    scrolls sideways), the held meetings across (oldest first), then all meetings."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._balance = Balance((), (), ())
        self._today: dt.date | None = None

    def set_balance(self, balance: Balance, today: dt.date | None = None) -> None:
        """`today`: meetings of another year are headed with their year."""
        self.beginResetModel()
        self._balance = balance
        self._today = today
        self.endResetModel()

    def balance(self) -> Balance:
        return self._balance

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._balance.professions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._balance.meetings) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        b = self._balance
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < len(b.professions):
                return None
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tip(b.professions[section])
            if role == Qt.ItemDataRole.DisplayRole:  # the room's short names ("RN")
                return group_label(b.professions[section])
            return None
        meetings = b.meetings
        if role == Qt.ItemDataRole.ToolTipRole and 0 <= section < len(meetings):
            m = meetings[section]
            return plain_tip(f"{m.title} ({long_date(m.date)})")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if section < len(meetings):
            return meeting_day(meetings[section].date, self._today)
        return self.tr("All")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        b = self._balance
        if not index.isValid() or not 0 <= index.row() < len(b.professions):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTRED
        if role == Qt.ItemDataRole.ForegroundRole and self._count(index) == 0:
            return tones(QGuiApplication.palette()).muted
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(b.professions[index.row()])
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        count = self._count(index)
        return "–" if count == 0 else str(count)

    def _count(self, index: Index) -> int:
        b = self._balance
        column = index.column()
        if column < len(b.meetings):
            return b.counts[index.row()][column]
        return b.total(index.row())
