"""The meeting screen: what the meeting is, its agenda (planned and live), and its roles."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.meeting import Meeting, Role, format_duration
from meetingkit.services.agenda_session import AgendaSession
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.agenda_tab import AgendaTab
from meetingkit.ui.feedback import user_errors
from meetingkit.ui.labels import plain_label
from meetingkit.ui.person_picker import PersonPicker


class MeetingView(QWidget):
    """Shows one meeting. Role changes are saved at once."""

    roles_changed = Signal(int)
    """A role of the meeting (by id) was assigned or cleared."""

    def __init__(
        self,
        meetings: MeetingStore,
        people: PeopleStore,
        open_agenda: Callable[[Meeting], AgendaSession],
        header_actions: list[QAction],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._meetings = meetings
        self._people = people
        self._open_agenda = open_agenda
        self._meeting: Meeting | None = None

        self.empty_label = plain_label(
            self.tr("No meeting selected.\n\nCreate one with File → New meeting (Ctrl+N).")
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setEnabled(False)

        self.title_label = plain_label()
        title_font = QFont(self.title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.title_label.setWordWrap(True)
        self.when_label = plain_label()
        self.place_label = plain_label()
        header_buttons = QHBoxLayout()
        for action in header_actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            header_buttons.addWidget(button)
        header_buttons.addStretch(1)

        roles_box = QGroupBox(self.tr("Who holds which role"))
        grid = QGridLayout(roles_box)
        grid.setColumnStretch(1, 1)
        self._role_names: dict[Role, QLabel] = {}
        self._role_remove: dict[Role, QToolButton] = {}
        for row, role in enumerate(Role):
            label = plain_label(role.label)
            label.setToolTip(role.duty)
            names = plain_label()
            names.setWordWrap(True)
            names.setAccessibleName(self.tr("%1, assigned").replace("%1", role.label))
            assign = QPushButton(self.tr("Assign…"))
            assign.setAccessibleName(self.tr("Assign %1").replace("%1", role.label))
            assign.setAutoDefault(False)
            assign.clicked.connect(partial(self._assign, role))
            remove = QToolButton()
            remove.setText(self.tr("Remove"))
            remove.setAccessibleName(self.tr("Remove %1").replace("%1", role.label))
            remove.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            remove.setMenu(QMenu(remove))
            grid.addWidget(label, row, 0)
            grid.addWidget(names, row, 1)
            grid.addWidget(assign, row, 2)
            grid.addWidget(remove, row, 3)
            self._role_names[role] = names
            self._role_remove[role] = remove

        roles_page = QWidget()
        roles_layout = QVBoxLayout(roles_page)
        roles_layout.addWidget(roles_box)
        roles_layout.addStretch(1)
        self.agenda_tab = AgendaTab(people)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.agenda_tab, self.tr("&Agenda"))
        self.tabs.addTab(roles_page, self.tr("R&oles"))

        details = QWidget()
        layout = QVBoxLayout(details)
        layout.addWidget(self.title_label)
        layout.addWidget(self.when_label)
        layout.addWidget(self.place_label)
        layout.addLayout(header_buttons)
        layout.addWidget(self.tabs, 1)

        self._stack = QStackedWidget()
        self._stack.addWidget(self.empty_label)
        self._stack.addWidget(details)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)

    def meeting(self) -> Meeting | None:
        return self._meeting

    def show_meeting(self, meeting: Meeting | None) -> None:
        self._meeting = meeting
        self.agenda_tab.set_session(None if meeting is None else self._open_agenda(meeting))
        if meeting is None:
            self._stack.setCurrentIndex(0)
            return
        self._stack.setCurrentIndex(1)
        self.title_label.setText(meeting.title)
        self.when_label.setText(
            f"{meeting.kind.label} · {meeting.date:%A %d %B %Y} · "
            f"{meeting.start:%H:%M}–{meeting.planned_end:%H:%M} "
            f"({format_duration(meeting.planned_minutes)})"
        )
        self.place_label.setText(meeting.place or self.tr("No place set"))
        self._show_roles()

    def _show_roles(self) -> None:
        if self._meeting is None:
            return
        assigned: dict[Role, list[tuple[int, str]]] = {role: [] for role in Role}
        for a in self._meetings.roles(self._meeting.key):
            assigned[a.role].append((a.person_id, a.person_name))
        for role, holders in assigned.items():
            names = self._role_names[role]
            names.setText(", ".join(n for _, n in holders) or self.tr("— not assigned —"))
            names.setEnabled(bool(holders))
            remove = self._role_remove[role]
            menu = remove.menu()
            menu.clear()
            for person_id, name in holders:
                act = menu.addAction(self.tr("Remove %1").replace("%1", name))
                act.triggered.connect(partial(self._unassign, role, person_id))
            remove.setEnabled(bool(holders))

    @Slot()
    def _assign(self, role: Role) -> None:
        if self._meeting is None:
            return
        title = self.tr("Assign %1").replace("%1", role.label)
        with user_errors(self, self.tr("assign the role")):
            person = PersonPicker.ask(self, self._people, title)
            if person is not None:
                self._meetings.assign(self._meeting.key, role, person.key)
                self._show_roles()
                self.roles_changed.emit(self._meeting.key)

    @Slot()
    def _unassign(self, role: Role, person_id: int) -> None:
        if self._meeting is None:
            return
        with user_errors(self, self.tr("remove the role")):
            self._meetings.unassign(self._meeting.key, role, person_id)
            self._show_roles()
            self.roles_changed.emit(self._meeting.key)
