"""Review people who may be the same: a person decides, the app never merges on a guess."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.person import Person
from meetingkit.services.signin_session import SignInSession
from meetingkit.storage.signin import DuplicateFlag
from meetingkit.ui.feedback import user_errors
from meetingkit.ui.labels import plain_label


def _describe(person: Person) -> str:
    parts = [person.display_name, person.profession, person.workplace, person.phone, person.email]
    return "\n".join(p for p in parts if p)


class DuplicatesDialog(QDialog):
    def __init__(self, session: SignInSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Possible duplicates"))
        self._session = session
        self._grid = QGridLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                self.tr(
                    "These people share a phone, an email or a full name with someone "
                    "already in the "
                    "directory. Families share phones and emails: merge only if you are sure."
                )
            )
        )
        layout.addLayout(self._grid)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.fill()

    @classmethod
    def show_for(cls, parent: QWidget | None, session: SignInSession) -> None:
        cls(session, parent).exec()

    def fill(self) -> None:
        while (item := self._grid.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        flags = self._session.flags()
        if not flags:
            self._grid.addWidget(plain_label(self.tr("Nothing to review.")), 0, 0)
        for row, flag in enumerate(flags):
            self._grid.addWidget(
                plain_label(self.tr("Signed in now:\n") + _describe(flag.new)), row, 0
            )
            self._grid.addWidget(
                plain_label(self.tr("Already known:\n") + _describe(flag.existing)), row, 1
            )
            same = QPushButton(self.tr("Same person: merge"))
            same.clicked.connect(partial(self._decide, flag, True))
            different = QPushButton(self.tr("Different people"))
            different.clicked.connect(partial(self._decide, flag, False))
            self._grid.addWidget(same, row, 2)
            self._grid.addWidget(different, row, 3)

    def _decide(self, flag: DuplicateFlag, same: bool) -> None:
        with user_errors(self, self.tr("record the decision")):
            if same:
                self._session.merge(flag)
            else:
                self._session.dismiss(flag)
        self.fill()
