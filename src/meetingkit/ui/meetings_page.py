"""The meetings page: the list of upcoming and past meetings beside the selected meeting.

Above the list, a search box (Ctrl+Shift+F; Esc clears it) and a group filter find one
meeting among a year of them. What they hide, the selected meeting stays on screen beside.

The list splits Upcoming and Past as of today on the app's clock, read again when the page is
shown and, while it is, as the day changes (`follow_clock`, on the window's heartbeat): a
meeting run past midnight, or a laptop opened the next morning, sees yesterday's meetings
under Past, the one still running under Upcoming until it is ended."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.i18n import fill
from meetingkit.core.meeting import Meeting
from meetingkit.services.meeting_listing import listings_now
from meetingkit.services.sessions import Sessions
from meetingkit.storage.group_headcounts import group_names
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.actions import make_action
from meetingkit.ui.labels import plain_label
from meetingkit.ui.meeting_list_model import MeetingListModel
from meetingkit.ui.meeting_view import MeetingView
from meetingkit.ui.today import Today, day_reader
from meetingkit.ui.two_line_rows import TwoLineDelegate

LIST_LETTERS = 48  # the meeting list's usual width, in average letters of its font


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
        today: dt.date | Today,
        header_actions: list[QAction],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._meetings = meetings
        self._sessions = sessions
        self._today = day_reader(today)  # read when used: the day changes while it runs
        # Clock seconds: when a meeting running would be left open, if nothing more is
        # recorded at it (`services.meeting_listing`); the list is split again then
        self._left_open_from: float | None = None
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
        self._quiet = False  # selecting again what is on screen: not shown anew
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search meetings  (Ctrl+Shift+F)"))
        self.search_edit.setToolTip(
            self.tr(
                "Type words of a meeting's title, place, group, kind or month: “icu march”. "
                "Esc clears it."
            )
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search meetings"))
        self.search_edit.installEventFilter(self)
        self.group_box = QComboBox()
        self.group_box.setAccessibleName(self.tr("Group"))
        self.group_box.setToolTip(self.tr("Show the meetings of one group"))
        self.group_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.group_box.setMinimumContentsLength(12)
        self.empty_label = plain_label()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.show_all_button = QPushButton(self.tr("Show all meetings"))
        self.show_all_button.clicked.connect(self._show_all)
        self.empty_panel = QWidget()
        empty = QVBoxLayout(self.empty_panel)
        empty.setContentsMargins(6, 12, 6, 6)
        empty.addWidget(self.empty_label)
        empty.addWidget(self.show_all_button, 0, Qt.AlignmentFlag.AlignLeft)
        empty.addStretch(1)
        self.empty_panel.hide()
        self.list_panel = QWidget()
        listed = QVBoxLayout(self.list_panel)
        listed.setContentsMargins(0, 0, 0, 0)
        listed.setSpacing(4)
        listed.addWidget(self.search_edit)
        listed.addWidget(self.group_box)
        listed.addWidget(self.tree, 1)
        listed.addWidget(self.empty_panel, 1)
        self.act_find = make_action(
            self, self.tr("Find meetings"), self.focus_search, "Ctrl+Shift+F", scope=self
        )
        self.view = MeetingView(meetings, people, sessions, header_actions, today=self._today)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list_panel)
        splitter.addWidget(self.view)
        # A wider or narrower window mostly widens or narrows the meeting, not the list.
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 5)
        # The list as wide as 48 average letters (a series' title and its month), never
        # less than 300 pixels: at a large font it was a third too narrow, "Safe S…vember"
        letters = self.tree.fontMetrics().averageCharWidth() * LIST_LETTERS
        splitter.setSizes([max(300, letters), 980])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.tree.selectionModel().selectionChanged.connect(self._on_selection)
        self.tree.activated.connect(self._on_activated)
        self.search_edit.textChanged.connect(self._apply_filter)
        self.group_box.currentIndexChanged.connect(self._apply_filter)
        # The list's "Plan 0/2" follows the meeting as it is prepared, started and ended; what
        # else moves it on (roles, sign-in, printing) shows at the next change of tab or page.
        for changed in (
            self.view.agenda_tab.runner.run_changed,
            self.view.agenda_tab.editor.items_changed,
            self.view.commitments_changed,
            self.view.tabs.currentChanged,
        ):
            changed.connect(self._follow_path)
        # Ended, the meeting moves from Upcoming to Past at once, still selected.
        self.view.agenda_tab.runner.run_changed.connect(self._read_listings)

    def set_list_shown(self, shown: bool) -> None:
        """Show or hide the meeting list (with its search); the selected meeting stays on
        screen."""
        self.list_panel.setVisible(shown)
        self.act_find.setEnabled(shown)

    def current_meeting(self) -> Meeting | None:
        return self.view.meeting()

    def reload(self, select_id: int | None = None) -> None:
        """Re-read the meetings; keep (or move) the selection. A meeting asked for by
        `select_id` (one just made) is shown even if the search hid it: the search is
        cleared. The one on screen, hidden by the search, stays on screen unselected."""
        asked = select_id
        if select_id is None and self.current_meeting() is not None:
            select_id = self.current_meeting().id  # type: ignore[union-attr]
        meetings = self._meetings.all()
        self._set_meetings(meetings)
        self._fill_groups()
        if asked is not None and self._hidden(asked):
            self._clear_filter_quietly()
        self.tree.expandAll()
        self._show_empty()
        index = self.model.meeting_index(select_id) if select_id is not None else QModelIndex()
        kept = next((m for m in meetings if m.id == select_id), None)
        if not index.isValid() and kept is not None and self.model.filtered:
            self.tree.clearSelection()  # hidden by the search: still the one on screen
            self._show(kept)
            return
        if not index.isValid():
            index = self.model.first_meeting_index()
        self.select(index)

    def _set_meetings(self, meetings: list[Meeting]) -> None:
        """The list made of `meetings` as of now: today, their paths and their listings."""
        from meetingkit.services.guided_path import GuidedPath

        conn, clock = self._sessions.conn, self._sessions.clock
        listed = listings_now(conn, clock)
        self._left_open_from = listed.left_open_from
        summaries = GuidedPath(conn, clock).summaries(meetings)
        self.model.set_meetings(meetings, self._today(), summaries, listed.listings)

    def _split_is_stale(self) -> bool:
        """The day changed since the list was split, or a meeting running may have been left
        open since."""
        if self._today() != self.model.today:
            return True
        moment = self._left_open_from
        return moment is not None and self._sessions.clock.now() >= moment

    @Slot()
    def follow_clock(self) -> None:
        """A look at the clock (the window's heartbeat, every few seconds): past midnight, or
        once a meeting running was left open, the list is split again while it is shown."""
        if self.isVisible() and self._split_is_stale():
            self._read_again()

    def _read_again(self) -> None:
        """Every meeting read again and split as of now, the one on screen staying selected
        and on screen as it is (a meeting running past midnight goes on undisturbed)."""
        self._set_meetings(self._meetings.all())
        self._after_filter()

    # Search and group filter

    @Slot()
    def focus_search(self) -> None:
        if self.list_panel.isVisible():
            self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search_edit.selectAll()

    @Slot()
    def clear_filter(self) -> None:
        """Every meeting shown again, whatever was typed or chosen."""
        self._clear_filter_quietly()
        self._after_filter()

    @Slot()
    def _show_all(self) -> None:
        """Show all meetings, pressed where nothing was found: the list takes the focus."""
        self.clear_filter()
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_filter_quietly(self) -> None:
        for widget in (self.search_edit, self.group_box):
            widget.blockSignals(True)
        self.search_edit.clear()
        self.group_box.setCurrentIndex(0)
        for widget in (self.search_edit, self.group_box):
            widget.blockSignals(False)
        self.model.set_filter("", None)

    def _hidden(self, meeting_id: int) -> bool:
        """Known to the list but hidden by the search or group."""
        return self.model.knows(meeting_id) and not self.model.meeting_index(meeting_id).isValid()

    def _fill_groups(self) -> None:
        """All groups, then each group by name; the one chosen stays chosen while it exists."""
        chosen = self.group_box.currentData()
        groups = group_names(self._sessions.conn)
        wanted = [(None, self.tr("All groups")), *groups]
        if [
            (self.group_box.itemData(i), self.group_box.itemText(i))
            for i in range(self.group_box.count())
        ] == wanted:
            return
        self.group_box.blockSignals(True)
        self.group_box.clear()
        for group_id, name in wanted:
            self.group_box.addItem(name, group_id)
        at = self.group_box.findData(chosen) if chosen is not None else 0
        self.group_box.setCurrentIndex(max(at, 0))
        self.group_box.blockSignals(False)
        self.group_box.setVisible(bool(groups))
        if chosen is not None and at < 0:  # the group was deleted: all groups again
            self._apply_filter()

    @Slot()
    def _apply_filter(self) -> None:
        """As one types or picks a group: the list narrows; the selection stays if it is still
        listed."""
        group = self.group_box.currentData()
        if self.model.set_filter(self.search_edit.text(), group):
            self._after_filter()

    def _after_filter(self) -> None:
        self.tree.expandAll()
        self._show_empty()
        current = self.current_meeting()
        index = self.model.meeting_index(current.key) if current is not None else QModelIndex()
        if index.isValid():
            self._quiet = True  # the same meeting: not read and drawn again
            try:
                self.tree.setCurrentIndex(index)
            finally:
                self._quiet = False
            self.tree.scrollTo(index)

    def _show_empty(self) -> None:
        """Nothing matches: say so in the list's place, with a way back to every meeting."""
        empty = self.model.filtered and self.model.shown_count() == 0
        self.tree.setVisible(not empty)
        self.empty_panel.setVisible(empty)
        if not empty:
            return
        text = self.search_edit.text().strip()
        group = self.group_box.currentText() if self.group_box.currentData() is not None else ""
        if text and group:
            said = fill(self.tr("No meeting of %1 matches “%2”."), group, text)
        elif text:
            said = fill(self.tr("No meeting matches “%1”."), text)
        else:
            said = fill(self.tr("%1 has no meetings yet."), group)
        self.empty_label.setText(said)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the search box: Esc clears it; Down or Enter goes to the list, on the first
        meeting found unless the one on screen is listed."""
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key == Qt.Key.Key_Escape and self.search_edit.text():
                self.search_edit.clear()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._to_list()
                return True
        return super().eventFilter(watched, event)

    def _to_list(self) -> None:
        if not self.tree.isVisible():
            return
        if not self.tree.selectionModel().hasSelection():
            self.select(self.model.first_meeting_index())
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

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

    @Slot()
    def _read_listings(self) -> None:
        """Groups, purges and ends read again: a meeting ended is listed under Past at once,
        the one on screen staying selected there (QA: ended tonight, it stayed under
        Upcoming until midnight)."""
        listed = listings_now(self._sessions.conn, self._sessions.clock)
        self._left_open_from = listed.left_open_from
        if self.model.set_listings(listed.listings):
            self._after_filter()

    def showEvent(self, event: QShowEvent) -> None:
        """Back from another page: the path of the meeting on screen, and groups (renamed,
        added), purges and ends, read again; every meeting, if the day changed meanwhile (the
        laptop opened the next morning)."""
        super().showEvent(event)
        self._follow_path()
        if self._split_is_stale():
            self._read_again()
        if event.spontaneous():
            return
        self._fill_groups()
        self._read_listings()
        if self.empty_panel.isVisibleTo(self) and self.list_panel.isVisibleTo(self):
            self.search_edit.setFocus()  # nothing found: the list cannot take the focus

    def select_meeting(self, meeting_id: int) -> None:
        """Show the meeting, clearing the search if it hid it (opened from the Start page or
        a follow-up)."""
        if self._hidden(meeting_id):
            self.clear_filter()
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
        if self._quiet:
            return
        indexes = selected.indexes()
        meeting = self.model.meeting(indexes[0]) if indexes else None
        if meeting is None and self._on_heading():
            return  # the arrows passing "Past (57)": the meeting on screen stays
        if meeting is not None or not self.tree.selectionModel().hasSelection():
            self._show(meeting)

    def _on_heading(self) -> bool:
        """The list's current row is a branch's heading ("Upcoming (2)"), not a meeting."""
        current = self.tree.currentIndex()
        return current.isValid() and self.model.meeting(current) is None

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        if self.model.meeting(index) is not None:
            self.meeting_activated.emit()

    def _show(self, meeting: Meeting | None) -> None:
        self.view.show_meeting(meeting)
        self.current_meeting_changed.emit()
