"""The meeting screen: what the meeting is, its agenda (planned and live), and its roles."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.meeting import Meeting, format_duration
from meetingkit.services.agenda_session import AgendaSession
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.agenda_tab import AgendaTab
from meetingkit.ui.labels import plain_label
from meetingkit.ui.roles_panel import RolesPanel


class MeetingView(QWidget):
    """Shows one meeting. Every change in it is saved at once."""

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
        self._roles_panel: RolesPanel | None = None

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

        self.agenda_tab = AgendaTab(people)
        self._roles_page = QWidget()  # the roles panel is built the first time it is shown
        QVBoxLayout(self._roles_page).setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.agenda_tab, self.tr("&Agenda"))
        self.tabs.addTab(self._roles_page, self.tr("R&oles"))
        self.tabs.currentChanged.connect(self._on_tab_changed)

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

    @property
    def roles_panel(self) -> RolesPanel:
        if self._roles_panel is None:
            self._roles_panel = RolesPanel(self._meetings, self._people)
            layout = self._roles_page.layout()
            assert layout is not None
            layout.addWidget(self._roles_panel)
            self._roles_panel.show_meeting(self._meeting)
        return self._roles_panel

    def meeting(self) -> Meeting | None:
        return self._meeting

    def show_meeting(self, meeting: Meeting | None) -> None:
        self._meeting = meeting
        self.agenda_tab.set_session(None if meeting is None else self._open_agenda(meeting))
        if self._roles_panel is not None:
            self._roles_panel.show_meeting(meeting)
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

    @Slot(int)
    def _on_tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self._roles_page:
            _ = self.roles_panel
