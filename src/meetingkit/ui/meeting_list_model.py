"""The meeting list as a two-branch tree: upcoming (soonest first) and past (latest first).
A meeting is upcoming until its day is over, or until it is ended (End meeting), whichever
comes first; one running (started, not ended, not left open) until it is ended, whatever its
day (`Meeting.is_upcoming`, with `Listing.ended` and `Listing.running`). The page sets the
meetings again as the day changes (`today`).

One column: each meeting's title, with its date, kind and place on the guided path as the
row's details (`DetailRole`, drawn under the title by `ui.two_line_rows`). A purged meeting
says so instead of its path ("Purged 3 Mar"; its tooltip: only counts are kept), since who
came, committed and was followed up is gone; one whose End meeting was forgotten says "Left
open" (the path's summary, `core.path_progress`).

A year of meetings is searched and filtered here (`set_filter`): the words typed against each
meeting's title, place, group, kind and day (`core.meeting_search`), and its group. While
they narrow it, a branch with nothing found is left out ("Upcoming (0 of 3)" would take the
first row and the focus); without them both branches show, empty or not."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from meetingkit.core.i18n import fill, full_date, long_date, meeting_day, weekday_date
from meetingkit.core.meeting import Meeting
from meetingkit.core.meeting_search import matches, search_terms, search_words
from meetingkit.storage.meeting_listing import Listing
from meetingkit.ui.list_table_model import Index
from meetingkit.ui.two_line_rows import DETAIL_ROLE, SHORT_DETAIL_ROLE


class MeetingListModel(QAbstractItemModel):
    """Top-level rows are the branches shown (`_shown`); their children are meetings.

    A child's internalId is its branch number (UPCOMING, PAST) + 1; a branch's is 0. A
    branch's row is its place among those shown: the branch number only when both are.
    """

    MeetingRole = Qt.ItemDataRole.UserRole + 1
    DetailRole = DETAIL_ROLE
    UPCOMING, PAST = range(2)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._branches: tuple[list[Meeting], list[Meeting]] = ([], [])
        self._shown: tuple[int, ...] = (self.UPCOMING, self.PAST)  # the branches listed
        self._all: tuple[list[Meeting], list[Meeting]] = ([], [])
        self._meetings: list[Meeting] = []
        self._progress: dict[int, str] = {}
        self._listings: dict[int, Listing] = {}
        self._words: dict[int, tuple[str, ...]] = {}  # by meeting id, worked out once searched
        self._terms: tuple[str, ...] = ()
        self._group_id: int | None = None
        self._today = dt.date.today()

    def set_meetings(
        self,
        meetings: list[Meeting],
        today: dt.date,
        progress: Mapping[int, str] | None = None,
        listings: Mapping[int, Listing] | None = None,
    ) -> None:
        """The meetings, with each one's place on the guided path ("Prepare 2/4") and its
        group, purge and end (`storage.meeting_listing`); the filter set stays."""
        self.beginResetModel()
        self._progress = dict(progress or {})
        self._listings = dict(listings or {})
        self._today = today
        self._meetings = list(meetings)
        self._split()
        self._words = {}
        self._narrow()
        self.endResetModel()

    @property
    def today(self) -> dt.date:
        """The day the meetings were split as of (`set_meetings`)."""
        return self._today

    def set_listings(self, listings: Mapping[int, Listing]) -> bool:
        """Groups, purges and ends read again (a group renamed, a meeting purged or ended):
        the rows, their branches and the filter follow. Whether anything changed (the rows
        were read again)."""
        if dict(listings) == self._listings:
            return False
        self.beginResetModel()
        self._listings = dict(listings)
        self._split()
        self._words = {}
        self._narrow()
        self.endResetModel()
        return True

    def _split(self) -> None:
        """Upcoming, soonest first, and past, latest first: an ended meeting is past at once,
        one running is upcoming until it is ended."""

        def upcoming(m: Meeting) -> bool:
            listing = self._listings.get(m.key, Listing())
            return m.is_upcoming(self._today, ended=listing.ended, running=listing.running)

        self._all = (
            sorted((m for m in self._meetings if upcoming(m)), key=lambda m: m.starts_at),
            sorted(
                (m for m in self._meetings if not upcoming(m)),
                key=lambda m: m.starts_at,
                reverse=True,
            ),
        )

    def set_filter(self, text: str, group_id: int | None = None) -> bool:
        """Show only the meetings whose words start with every word of `text` (accents and
        case ignored) and, with `group_id`, of that group. Whether the rows changed."""
        terms = search_terms(text)
        if (terms, group_id) == (self._terms, self._group_id):
            return False
        self.beginResetModel()
        self._terms, self._group_id = terms, group_id
        self._narrow()
        self.endResetModel()
        return True

    @property
    def filtered(self) -> bool:
        """Some meetings may be hidden by the search or the group chosen."""
        return bool(self._terms) or self._group_id is not None

    def shown_count(self) -> int:
        return sum(len(b) for b in self._branches)

    def knows(self, meeting_id: int) -> bool:
        """The meeting is in the list, shown or hidden by the filter."""
        return any(m.id == meeting_id for branch in self._all for m in branch)

    def group_of(self, meeting_id: int) -> int | None:
        listing = self._listings.get(meeting_id)
        return None if listing is None else listing.group_id

    def _narrow(self) -> None:
        """The meetings the search and group leave, and the branches that list them."""
        self._branches = self._filtered()
        self._shown = tuple(
            branch
            for branch in (self.UPCOMING, self.PAST)
            if self._branches[branch] or not self.filtered
        )

    def branch_index(self, branch: int) -> QModelIndex:
        """The heading of UPCOMING or PAST; invalid while the search leaves it out."""
        if branch not in self._shown:
            return QModelIndex()
        return self.index(self._shown.index(branch), 0)

    def _branch(self, index: Index) -> int:
        """UPCOMING or PAST: the branch of a heading's index."""
        return self._shown[index.row()]

    def _filtered(self) -> tuple[list[Meeting], list[Meeting]]:
        if not self.filtered:
            return (list(self._all[0]), list(self._all[1]))
        return (
            [m for m in self._all[0] if self._shows(m)],
            [m for m in self._all[1] if self._shows(m)],
        )

    def _shows(self, meeting: Meeting) -> bool:
        if self._group_id is not None and self.group_of(meeting.key) != self._group_id:
            return False
        if not self._terms:  # a group alone: no words needed
            return True
        words = self._words.get(meeting.key)
        if words is None:
            words = self._words[meeting.key] = self._search_words(meeting)
        return matches(words, self._terms)

    def _search_words(self, meeting: Meeting) -> tuple[str, ...]:
        """What a meeting is found by: its title, place, group and kind, and its day as the
        meeting's screen writes it (weekday, day, month, year: "march", "marzo")."""
        listing = self._listings.get(meeting.key, Listing())
        texts = (meeting.title, meeting.place, listing.group, meeting.kind.label)
        return search_words((*texts, full_date(meeting.date)))

    def set_progress(self, meeting_id: int, text: str) -> None:
        self._progress[meeting_id] = text
        index = self.meeting_index(meeting_id)
        if index.isValid():
            self.dataChanged.emit(index, index)

    def meeting_index(self, meeting_id: int) -> QModelIndex:
        for branch, meetings in enumerate(self._branches):
            for row, m in enumerate(meetings):
                if m.id == meeting_id:
                    return self.index(row, 0, self.branch_index(branch))
        return QModelIndex()

    def first_meeting_index(self) -> QModelIndex:
        for branch, meetings in enumerate(self._branches):
            if meetings:
                return self.index(0, 0, self.branch_index(branch))
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
        return self.createIndex(row, column, self._branch(parent) + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(self._shown.index(child.internalId() - 1), 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._shown)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._branches[self._branch(parent)])
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
        if role == SHORT_DETAIL_ROLE:  # where the whole does not fit: the step before the kind
            return [  # and before the time
                self.details(meeting, with_kind=False),
                self.details(meeting, with_kind=False, with_time=False),
            ]
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [meeting.title, self.details(meeting, with_year=True)]
            listing = self._listings.get(meeting.key, Listing())
            if listing.group:
                lines.insert(1, listing.group)
            if (purged := listing.purged_on) is not None:
                lines.append(
                    fill(
                        self.tr(
                            "Its personal data was purged on %1: who came, committed and was "
                            "followed up is gone; only anonymous counts are kept."
                        ),
                        long_date(purged),
                    )
                )
            return "\n".join(lines)
        return None

    def details(
        self,
        meeting: Meeting,
        *,
        with_year: bool = False,
        with_kind: bool = True,
        with_time: bool = True,
    ) -> str:
        """The line under the title, "Sat 21 Nov · 13:39 · Meeting · Run 1/3": the year only
        when it is not this one (or `with_year`), the time and kind unless not `with_time`,
        `with_kind`. A purged meeting's path is not known any more: the line says when it was
        purged instead ("Purged 3 Mar")."""
        this_year = meeting.date.year == self._today.year and not with_year
        day = weekday_date(meeting.date, year=not this_year)
        parts = [day, *([f"{meeting.start:%H:%M}"] if with_time else [])]
        parts += [meeting.kind.label] if with_kind else []
        listing = self._listings.get(meeting.key)
        purged = listing.purged_on if listing is not None else None
        if purged is not None:
            parts.append(fill(self.tr("Purged %1"), meeting_day(purged, self._today)))
        elif progress := self._progress.get(meeting.key, ""):
            parts.append(progress)
        return " · ".join(parts)

    def _branch_data(self, index: Index, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            branch = self._branch(index)
            count = len(self._branches[branch])
            total = len(self._all[branch])
            if self.filtered:  # "Past (5 of 57)": some are hidden by the search
                if branch == self.UPCOMING:
                    return fill(self.tr("Upcoming (%1 of %2)"), str(count), str(total))
                return fill(self.tr("Past (%1 of %2)"), str(count), str(total))
            if branch == self.UPCOMING:
                return self.tr("Upcoming (%n)", "", count)
            return self.tr("Past (%n)", "", count)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None
