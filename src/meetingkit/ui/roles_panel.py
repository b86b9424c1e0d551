"""Who holds which role in a meeting: assign from the directory, remove one by one, and
print a role card for each (services/printing/role_cards.py)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.i18n import fill
from meetingkit.core.meeting import Meeting, Role
from meetingkit.services.sessions import Sessions
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.feedback import user_errors
from meetingkit.ui.labels import describe_as, plain_label


class RolesPanel(QWidget):
    roles_changed = Signal(int)
    """A role of the meeting (by id) was assigned or cleared."""

    def __init__(
        self,
        meetings: MeetingStore,
        people: PeopleStore,
        sessions: Sessions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._meetings = meetings
        self._people = people
        self._sessions = sessions
        self._meeting: Meeting | None = None
        box = QGroupBox(self.tr("Who holds which role"))
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        self.names: dict[Role, QLabel] = {}
        self.remove_buttons: dict[Role, QToolButton] = {}
        for row, role in enumerate(Role):
            label = plain_label(role.label)
            label.setToolTip(role.duty)
            names = plain_label()
            names.setWordWrap(True)
            describe_as(names, fill(self.tr("%1, assigned"), role.label))
            assign = QPushButton(self.tr("Assign…"))
            assign.setAccessibleName(fill(self.tr("Assign %1"), role.label))
            assign.setAutoDefault(False)
            assign.clicked.connect(partial(self.assign, role))
            remove = QToolButton()
            remove.setText(self.tr("Remove"))
            remove.setAccessibleName(fill(self.tr("Remove %1"), role.label))
            remove.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            remove.setMenu(QMenu(remove))
            grid.addWidget(label, row, 0)
            grid.addWidget(names, row, 1)
            grid.addWidget(assign, row, 2)
            grid.addWidget(remove, row, 3)
            self.names[role] = names
            self.remove_buttons[role] = remove
        self.print_button = QPushButton(self.tr("Print role &cards…"))
        self.print_button.setAutoDefault(False)
        self.print_button.setToolTip(
            self.tr(
                "A card for each role: its duty, what to do, the timekeeper's times. Index "
                "cards, 5 × 3 in, 3 to a Letter sheet (Avery 5388)."
            )
        )
        self.print_button.clicked.connect(self.print_role_cards)
        self.blank_check = QCheckBox(self.tr("Add a card to fill in for each role &nobody holds"))
        self.blank_check.setToolTip(
            self.tr("With a line to write the name on, for a role taken in the room")
        )
        self.blank_check.setChecked(True)
        printing = QHBoxLayout()
        printing.addWidget(self.print_button)
        printing.addWidget(self.blank_check)
        printing.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addLayout(printing)
        layout.addStretch(1)

    def show_meeting(self, meeting: Meeting | None) -> None:
        self._meeting = meeting
        if meeting is None:
            return
        assigned: dict[Role, list[tuple[int, str]]] = {role: [] for role in Role}
        for a in self._meetings.roles(meeting.key):
            assigned[a.role].append((a.person_id, a.person_name))
        for role, holders in assigned.items():
            names = self.names[role]
            names.setText(", ".join(n for _, n in holders) or self.tr("— not assigned —"))
            names.setEnabled(bool(holders))
            remove = self.remove_buttons[role]
            menu = remove.menu()
            menu.clear()
            for person_id, name in holders:
                act = menu.addAction(fill(self.tr("Remove %1"), name))
                act.triggered.connect(partial(self.unassign, role, person_id))
            remove.setEnabled(bool(holders))

    @Slot()
    def assign(self, role: Role) -> None:
        from meetingkit.ui.person_picker import PersonPicker

        if self._meeting is None:
            return
        title = fill(self.tr("Assign %1"), role.label)
        with user_errors(self, self.tr("assign the role")):
            person = PersonPicker.ask(self, self._people, title)
            if person is not None:
                self._meetings.assign(self._meeting.key, role, person.key)
                self.show_meeting(self._meeting)
                self.roles_changed.emit(self._meeting.key)

    @Slot()
    def unassign(self, role: Role, person_id: int) -> None:
        if self._meeting is None:
            return
        with user_errors(self, self.tr("remove the role")):
            self._meetings.unassign(self._meeting.key, role, person_id)
            self.show_meeting(self._meeting)
            self.roles_changed.emit(self._meeting.key)

    @Slot()
    def print_role_cards(self) -> None:
        """Save the role cards as PDF and open them for printing, as other cards are."""
        from meetingkit.services.printing.meeting_documents import suggested_filename
        from meetingkit.services.printing.role_cards import RoleCards
        from meetingkit.ui.save_document import SavePath, show_saved

        meeting = self._meeting
        if meeting is None:
            return
        cards = RoleCards(self._sessions.conn, self._sessions.clock)
        unassigned = self.blank_check.isChecked()
        doing = self.tr("print the role cards")
        with user_errors(self, doing):
            # Nothing to print is said before the save dialog; what is gathered is printed
            gathered = cards.gather(meeting.key, unassigned=unassigned)
            title = self.tr("Print role cards (3 per Letter, Avery 5388)")
            path = SavePath.ask(self, title, suggested_filename("role-cards", meeting))
            if path is None:
                return
            printed = cards.write(gathered, path)
            message = show_saved(
                path,
                self.tr(
                    "Saved %1: %n role card(s) — opening it in your PDF viewer.", "", printed.cards
                ),
                self.tr(
                    "Saved %1: %n role card(s). Open it in a PDF viewer to print it.",
                    "",
                    printed.cards,
                ),
            )
            bar = getattr(self.window(), "statusBar", None)
            if bar is not None:
                bar().showMessage(message, 10_000)
