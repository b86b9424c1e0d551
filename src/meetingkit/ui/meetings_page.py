"""The meetings page: the list of upcoming and past meetings beside the selected meeting."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QSplitter, QTreeView, QVBoxLayout, QWidget

from meetingkit.core.meeting import Meeting
from meetingkit.services.sessions import Sessions
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.meeting_list_model import MeetingListModel
from meetingkit.ui.meeting_view import MeetingView
from meetingkit.ui.two_line_rows import TwoLineDelegate


class MeetingsPage(QWidget):
    current_meeting_changed = Signal()
    """The selection moved to another meeting, or to none."""
    meeting_activated = Signal()
    """Enter or a double click on a meeting: open it for editing."""

    def __init__(
        self,
        meetings: MeetingStore,
        people: PeopleStore,
        sessions: Sessions,
        today: dt.date,
        header_actions: list[QAction],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._meetings = meetings
        self._sessions = sessions
        self._today = today
        self.model = MeetingListModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Meetings"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setHeaderHidden(True)  # one column: the rows say what they are
        self.tree.setItemDelegate(TwoLineDelegate(self.tree))
        self.tree.setAllColumnsShowFocus(True)
        # Series share their start ("Safe Staffing Working Group — November", "— October"):
        # a narrow list keeps both ends of a title, where meetings differ.
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view = MeetingView(meetings, people, sessions, header_actions)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.view)
        # A wider or narrower window mostly widens or narrows the meeting, not the list.
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([300, 980])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.tree.selectionModel().selectionChanged.connect(self._on_selection)
        self.tree.activated.connect(self._on_activated)
        # The list's "Plan 0/2" follows the meeting as it is prepared, started and ended; what
        # else moves it on (roles, sign-in, printing) shows at the next change of tab or page.
        for changed in (
            self.view.agenda_tab.runner.run_changed,
            self.view.agenda_tab.editor.items_changed,
            self.view.commitments_changed,
            self.view.tabs.currentChanged,
        ):
            changed.connect(self._follow_path)

    def set_list_shown(self, shown: bool) -> None:
        """Show or hide the meeting list; the selected meeting stays on screen."""
        self.tree.setVisible(shown)

    def current_meeting(self) -> Meeting | None:
        return self.view.meeting()

    def reload(self, select_id: int | None = None) -> None:
        """Re-read the meetings; keep (or move) the selection."""
        if select_id is None and self.current_meeting() is not None:
            select_id = self.current_meeting().id  # type: ignore[union-attr]
        from meetingkit.services.guided_path import GuidedPath

        meetings = self._meetings.all()
        path = GuidedPath(self._sessions.conn, self._sessions.clock)
        self.model.set_meetings(meetings, self._today, path.summaries(meetings))
        self.tree.expandAll()
        index = self.model.meeting_index(select_id) if select_id is not None else QModelIndex()
        if not index.isValid():
            index = self.model.first_meeting_index()
        self.select(index)

    def show_progress(self, meeting_id: int) -> None:
        """The meeting's place on its guided path, read again into its row of the list."""
        from meetingkit.services.guided_path import GuidedPath

        path = GuidedPath(self._sessions.conn, self._sessions.clock)
        self.model.set_progress(meeting_id, path.progress(meeting_id).summary)

    @Slot()
    def _follow_path(self) -> None:
        meeting = self.current_meeting()
        if meeting is not None:
            self.show_progress(meeting.key)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._follow_path()

    def select_meeting(self, meeting_id: int) -> None:
        self.select(self.model.meeting_index(meeting_id))

    def select(self, index: QModelIndex) -> None:
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        else:
            self.tree.clearSelection()
            self._show(None)

    @Slot(QItemSelection, QItemSelection)
    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        meeting = self.model.meeting(indexes[0]) if indexes else None
        if meeting is not None or not self.tree.selectionModel().hasSelection():
            self._show(meeting)

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        if self.model.meeting(index) is not None:
            self.meeting_activated.emit()

    def _show(self, meeting: Meeting | None) -> None:
        self.view.show_meeting(meeting)
        self.current_meeting_changed.emit()
