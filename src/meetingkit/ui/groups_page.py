"""Groups: the working groups, chapters, committees and coalitions that meet again and again.

For the selected group: its members with their attendance and ladder rung, the people it
has not seen lately (with their follow-ups), which professions it reaches meeting by
meeting, and its engagement ladder.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.attendance_trend import FALLING_RUN
from meetingkit.core.group import Group
from meetingkit.core.i18n import fill
from meetingkit.core.person import Person
from meetingkit.services.groups import GroupOverview, Groups
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.feedback import Confirm, user_errors
from meetingkit.ui.group_dialogs import GroupChoice, GroupDialog, RungsDialog
from meetingkit.ui.group_models import GroupsModel
from meetingkit.ui.group_tabs import BalanceTab, LadderTab, MembersTab, NotSeenTab
from meetingkit.ui.labels import heading_label, plain_label
from meetingkit.ui.list_table_model import row_table
from meetingkit.ui.person_picker import PersonPicker
from meetingkit.ui.table_columns import cells_width, column_cells, header_width

TAB_MEMBERS, TAB_NOT_SEEN, TAB_BALANCE, TAB_LADDER = range(4)

WRAPPED_ROW_PADDING = 6  # a row whose name wraps: a little air above and below, as on the floor
LIST_SHARE = 0.3
"""The most of the page the group list takes (never less than its buttons need): on a laptop
screen the selected group's members get the rest."""


class ListBeside(QSplitter):
    """The group list beside the selected group. The list takes what its groups need on one
    line, up to `LIST_SHARE` of the width (a long name wraps), never less than its own least
    width; the group gets the rest. Once the organizer drags the handle, their choice stays."""

    def __init__(self, listing: QWidget, group: QWidget, needs: Callable[[], int]) -> None:
        """`needs`: how wide `listing` must be to show every group on one line."""
        super().__init__()
        self._listing = listing
        self._needs = needs
        self.dragged = False
        self.addWidget(listing)
        self.addWidget(group)
        self.setStretchFactor(1, 1)
        self.splitterMoved.connect(self._on_moved)

    def list_width(self, total: int) -> int:
        """The list's width in a splitter `total` pixels wide (its handle left out)."""
        least = self._listing.minimumSizeHint().width()
        return max(least, min(self._needs(), round(LIST_SHARE * total)))

    def fit(self) -> None:
        total = self.width() - self.handleWidth()
        if self.dragged or total <= 0:
            return
        width = self.list_width(total)
        if self.sizes()[0] != width:
            self.setSizes([width, total - width])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    @Slot(int, int)
    def _on_moved(self, _pos: int, _index: int) -> None:
        self.dragged = True


class GroupsPage(QWidget):
    changed = Signal()
    """A group, its members or its settings changed here (the start screen may want to know)."""

    def __init__(self, groups: Groups, people: PeopleStore, parent: QWidget | None = None):
        super().__init__(parent)
        self._groups = groups
        self._people = people
        self._overview: GroupOverview | None = None
        self._refreshing = False
        self.setAccessibleName(self.tr("Groups"))

        self.groups_model = GroupsModel(self)
        self.groups_table = row_table(self.groups_model, self.tr("Groups"))
        header = self.groups_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(GroupsModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        # A name longer than the list's room wraps, its row as tall as it needs (`_fit_rows`):
        # a committee's full name reads whole on a laptop screen, the members beside it.
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self._fit_rows)
        header.sectionResized.connect(self._name_resized)
        self.groups_model.modelReset.connect(self._rows_timer.start)
        self.new_button = QPushButton(self.tr("&New group…"))
        self.new_button.clicked.connect(self.new_group)
        self.edit_button = QPushButton(self.tr("E&dit group…"))
        self.edit_button.clicked.connect(self.edit_group)
        self.delete_button = QPushButton(self.tr("Delete group…"))
        self.delete_button.clicked.connect(self.delete_group)
        list_buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            list_buttons.addWidget(button)
        list_buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.groups_table, 1)
        left_layout.addLayout(list_buttons)

        self.title_label = heading_label(1.4)
        self.summary_label = plain_label()
        self.summary_label.setWordWrap(True)
        self.members_tab = MembersTab()
        self.members_tab.add_button.clicked.connect(self.add_member)
        self.members_tab.remove_button.clicked.connect(self.remove_member)
        self.members_tab.selection_changed.connect(self._update_buttons)
        self.not_seen_tab = NotSeenTab()
        self.not_seen_tab.missed_changed.connect(self._missed_changed)
        self.balance_tab = BalanceTab()
        self.ladder_tab = LadderTab()
        self.ladder_tab.edit_button.clicked.connect(self.edit_rungs)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.members_tab, self.tr("Membe&rs"))
        self.tabs.addTab(self.not_seen_tab, self.tr("Haven't &seen"))
        self.tabs.addTab(self.balance_tab, self.tr("&Balance"))
        self.tabs.addTab(self.ladder_tab, self.tr("&Ladder"))
        self.empty_label = plain_label(
            self.tr(
                "No groups yet. A group — a working group, chapter, committee or coalition — "
                "has members and a series of meetings. Create one with New group, then "
                "open each of its meetings and choose Meeting › Meeting's group."
            )
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title_label)
        right_layout.addWidget(self.summary_label)
        right_layout.addWidget(self.tabs, 1)
        right_layout.addWidget(self.empty_label, 1)

        self.splitter = ListBeside(left, right, self._list_needs)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.groups_table.selectionModel().selectionChanged.connect(self._on_group_selected)
        self._show_group()

    # Reading

    def current_group(self) -> Group | None:
        rows = self.groups_table.selectionModel().selectedRows()
        line = self.groups_model.row(rows[0].row()) if rows else None
        return None if line is None else line.group

    def overview(self) -> GroupOverview | None:
        """What the page shows of the selected group (None without one)."""
        return self._overview

    @Slot()
    def refresh(self, select_id: int | None = None) -> None:
        """Read the groups again; keep (or move to) the selected one."""
        if select_id is None and (current := self.current_group()) is not None:
            select_id = current.id
        self._refreshing = True  # one read of the group below, not one per selection signal
        try:
            with user_errors(self, self.tr("read the groups")):
                self.groups_model.set_rows(self._groups.lines())
            row = self.groups_model.row_of(select_id)
            if row < 0 and self.groups_model.rowCount():
                row = 0
            if row >= 0:
                self.groups_table.selectRow(row)
            else:
                self.groups_table.clearSelection()
        finally:
            self._refreshing = False
        self.splitter.fit()  # the names may need more room, or less
        self._show_group()

    def _list_needs(self) -> int:
        """How wide the group list must be to show every group on one line."""
        table = self.groups_table
        columns = range(self.groups_model.columnCount())
        width = sum(
            max(cells_width(table, column_cells(table, c)), header_width(table, c)) for c in columns
        )
        bar = table.verticalScrollBar()
        return width + 2 * table.frameWidth() + (bar.sizeHint().width() if bar.isVisible() else 0)

    @Slot(int, int, int)
    def _name_resized(self, column: int, _old: int, _new: int) -> None:
        if column == GroupsModel.COL_NAME:  # once the table has settled on its new widths
            self._rows_timer.start()

    @Slot()
    def _fit_rows(self) -> None:
        """Each group's row as tall as its wrapped name needs, never below the usual height."""
        table = self.groups_table
        usual = table.verticalHeader().defaultSectionSize()
        for row in range(self.groups_model.rowCount()):
            height = max(usual, table.sizeHintForRow(row) + WRAPPED_ROW_PADDING)
            if table.rowHeight(row) != height:
                table.setRowHeight(row, height)

    def focus_list(self) -> None:
        self.groups_table.setFocus()

    @Slot(QItemSelection, QItemSelection)
    def _on_group_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if not self._refreshing:
            self._show_group()

    def _show_group(self) -> None:
        group = self.current_group()
        for widget in (self.title_label, self.summary_label, self.tabs):
            widget.setVisible(group is not None)
        self.empty_label.setVisible(group is None and not self.groups_model.rowCount())
        self._overview = None
        if group is not None:
            with user_errors(self, self.tr("read the group")):
                self._overview = self._groups.overview(group.key)
        if self._overview is not None:
            o = self._overview
            self.title_label.setText(o.group.name)
            self.summary_label.setText(self._summary(o))
            for tab in (self.members_tab, self.not_seen_tab, self.balance_tab, self.ladder_tab):
                tab.show_overview(o)
            self.tabs.setTabText(
                TAB_NOT_SEEN,
                fill(self.tr("Haven't &seen (%1)"), str(len(o.not_seen)))
                if o.not_seen
                else self.tr("Haven't &seen"),
            )
        self._update_buttons()

    def _summary(self, o: GroupOverview) -> str:
        parts = [
            o.group.kind.label,
            self.tr("%n members", "", len(o.members)),
            self.tr("%n meetings held", "", len(o.held)),
        ]
        if o.upcoming:
            parts.append(self.tr("%n coming up", "", o.upcoming))
        if o.held:
            parts.append(
                fill(
                    self.tr("people per meeting: %1"), " → ".join(str(n) for n in o.headcounts[-6:])
                )
            )
        if o.falling:
            parts.append(self.tr("fewer people at each of the last %n", "", FALLING_RUN))
        return " · ".join(parts)

    @Slot()
    def _update_buttons(self) -> None:
        has_group = self._overview is not None
        self.edit_button.setEnabled(has_group)
        self.delete_button.setEnabled(has_group)
        self.members_tab.add_button.setEnabled(has_group)
        self.members_tab.remove_button.setEnabled(
            has_group and self.members_tab.current() is not None
        )
        self.ladder_tab.edit_button.setEnabled(has_group)

    # Changing

    @Slot()
    def new_group(self) -> None:
        created: list[Group] = []

        def create(choice: GroupChoice) -> None:  # before the dialog closes: a name already
            created.append(self._groups.create(choice.name, choice.kind))  # taken is said there

        if GroupDialog.ask(self, self.tr("New group"), save=create) is not None:
            self.refresh(select_id=created[0].key)
            self.changed.emit()

    @Slot()
    def edit_group(self) -> None:
        group = self.current_group()
        if group is None:
            return
        key = group.key

        def save(choice: GroupChoice) -> None:
            self._groups.rename(key, choice.name, choice.kind)

        choice = GroupDialog.ask(self, self.tr("Edit group"), group.name, group.kind, save=save)
        if choice is not None:
            self.refresh(select_id=key)
            self.changed.emit()

    @Slot()
    def delete_group(self) -> None:
        group = self.current_group()
        if group is None:
            return
        if not Confirm.ask(
            self,
            self.tr("Delete group"),
            fill(
                self.tr(
                    "Delete the group “%1”? Its meetings, with their attendance and commitments, "
                    "stay; they just belong to no group. Its member list and ladder go."
                ),
                group.name,
            ),
            self.tr("Delete group"),
        ):
            return
        with user_errors(self, self.tr("delete the group")):
            self._groups.delete(group.key)
            self.refresh()
            self.changed.emit()

    @Slot()
    def add_member(self) -> None:
        group = self.current_group()
        if group is None:
            return
        person: Person | None = PersonPicker.ask(
            self, self._people, fill(self.tr("Add a member to %1"), group.name)
        )
        if person is None:
            return
        with user_errors(self, self.tr("add the member")):
            self._groups.add_member(group.key, person.key)
            self.refresh(select_id=group.key)
            self.members_tab.select_person(person.key)
            self.changed.emit()

    @Slot()
    def remove_member(self) -> None:
        group, member = self.current_group(), self.members_tab.current()
        if group is None or member is None:
            return
        if not Confirm.ask(
            self,
            self.tr("Remove member"),
            fill(
                self.tr("Take %1 off the members of “%2”? Their attendance and commitments stay."),
                member.person.display_name,
                group.name,
            ),
            self.tr("Remove member"),
        ):
            return
        with user_errors(self, self.tr("remove the member")):
            self._groups.remove_member(group.key, member.person.key)
            self.refresh(select_id=group.key)
            self.changed.emit()

    @Slot()
    def edit_rungs(self) -> None:
        group = self.current_group()
        if group is None:
            return
        rungs = RungsDialog.ask(self, group.rungs)
        if rungs is None:
            return
        with user_errors(self, self.tr("save the ladder")):
            self._groups.set_rungs(group.key, rungs)
            self.refresh(select_id=group.key)
            self.changed.emit()

    @Slot(int)
    def _missed_changed(self, value: int) -> None:
        group = self.current_group()
        if group is None or value == group.missed_meetings:
            return
        with user_errors(self, self.tr("save the setting")):
            self._groups.set_missed_meetings(group.key, value)
            self.refresh(select_id=group.key)
