"""Add or edit a person in the directory."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from meetingkit.core.decision import parse_names
from meetingkit.core.person import Person, profession_suggestions
from meetingkit.ui.form_dialog import FormDialog


@dataclass(frozen=True)
class PersonForm:
    """What the dialog gives back: the person, and the groups they chose to give."""

    person: Person
    groups: frozenset[str] = frozenset()


class PersonDialog(FormDialog):
    def __init__(
        self,
        person: Person,
        title: str,
        parent: QWidget | None = None,
        groups: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__(title, parent)
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
        self.profession_combo.addItems(profession_suggestions())
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

        form = self.form
        form.addRow(self.tr("&First name:"), self.first_name_edit)
        form.addRow(self.tr("&Last name:"), self.last_name_edit)
        form.addRow(self.tr("&Email:"), self.email_edit)
        form.addRow(self.tr("P&hone:"), self.phone_edit)
        form.addRow(self.tr("&Zip code:"), self.zip_edit)
        form.addRow(self.tr("P&rofession / role:"), self.profession_combo)
        form.addRow(self.tr("&Workplace:"), self.workplace_edit)
        form.addRow(self.tr("Self-identified &groups:"), self.groups_edit)
        form.addRow(self.tr("&Notes:"), self.notes_edit)
        self.add_buttons()
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

    def validate(self) -> None:
        self.person().validated()
