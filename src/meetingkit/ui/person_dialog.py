"""Add or edit a person in the directory."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from meetingkit.core.decision import parse_names
from meetingkit.core.errors import ValidationError
from meetingkit.core.person import PROFESSIONS, Person
from meetingkit.ui.labels import error_label


@dataclass(frozen=True)
class PersonForm:
    """What the dialog gives back: the person, and the groups they chose to give."""

    person: Person
    groups: frozenset[str] = frozenset()


class PersonDialog(QDialog):
    def __init__(
        self,
        person: Person,
        title: str,
        parent: QWidget | None = None,
        groups: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._original = person
        self.first_name_edit = QLineEdit(person.first_name)
        self.first_name_edit.setPlaceholderText(self.tr("Required — one name is enough"))
        self.last_name_edit = QLineEdit(person.last_name)
        self.email_edit = QLineEdit(person.email)
        self.phone_edit = QLineEdit(person.phone)
        self.zip_edit = QLineEdit(person.zip_code)
        self.profession_combo = QComboBox()
        self.profession_combo.setEditable(True)
        self.profession_combo.addItem("")
        self.profession_combo.addItems(PROFESSIONS)
        self.profession_combo.setCurrentText(person.profession)
        self.workplace_edit = QLineEdit(person.workplace)
        self.groups_edit = QLineEdit(", ".join(sorted(groups)))
        self.groups_edit.setPlaceholderText(self.tr("Only if they choose: e.g. Night shift"))
        self.groups_edit.setToolTip(
            self.tr(
                "Groups the person chose to give, separated by commas. Used to show "
                "airtime by group and, if the meeting chooses, to lift groups up the "
                "stack. Never guessed: leave empty unless they asked."
            )
        )
        self.notes_edit = QPlainTextEdit(person.notes)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(80)
        self.error_label = error_label()

        form = QFormLayout(self)
        form.addRow(self.tr("&First name:"), self.first_name_edit)
        form.addRow(self.tr("&Last name:"), self.last_name_edit)
        form.addRow(self.tr("&Email:"), self.email_edit)
        form.addRow(self.tr("P&hone:"), self.phone_edit)
        form.addRow(self.tr("&Zip code:"), self.zip_edit)
        form.addRow(self.tr("P&rofession / role:"), self.profession_combo)
        form.addRow(self.tr("&Workplace:"), self.workplace_edit)
        form.addRow(self.tr("Self-identified &groups:"), self.groups_edit)
        form.addRow(self.tr("&Notes:"), self.notes_edit)
        form.addRow(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(440)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        person: Person,
        title: str,
        groups: frozenset[str] = frozenset(),
    ) -> PersonForm | None:
        """Show the dialog; the edited person and groups, or None if cancelled."""
        dialog = cls(person, title, parent, groups)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return PersonForm(dialog.person(), dialog.groups())
        return None

    def groups(self) -> frozenset[str]:
        return frozenset(parse_names(self.groups_edit.text()))

    def person(self) -> Person:
        return Person(
            id=self._original.id,
            first_name=self.first_name_edit.text(),
            last_name=self.last_name_edit.text(),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
            zip_code=self.zip_edit.text(),
            profession=self.profession_combo.currentText(),
            workplace=self.workplace_edit.text(),
            notes=self.notes_edit.toPlainText(),
        )

    def accept(self) -> None:
        try:
            self.person().validated()
        except ValidationError as e:
            self.error_label.setText(str(e))
            self.error_label.show()
            return
        super().accept()
