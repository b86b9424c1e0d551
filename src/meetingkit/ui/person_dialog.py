"""Add or edit a person in the directory; ask first when they are already there."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from meetingkit.core.already_there import AlreadyThere, Shared
from meetingkit.core.decision import parse_names
from meetingkit.core.errors import ValidationError
from meetingkit.core.i18n import fill
from meetingkit.core.person import Person, profession_suggestions
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.feedback import plain_box
from meetingkit.ui.form_dialog import FormDialog


@dataclass(frozen=True)
class PersonForm:
    """What the dialog gives back: the person, and the groups they chose to give; or, when
    the person was already there and the user chose to open them, their id."""

    person: Person
    groups: frozenset[str] = frozenset()
    open_instead: int | None = None


class Choice(Enum):
    OPEN = "open"  # open the person already there instead
    SAVE = "save"  # add (or save) this one anyway
    BACK = "back"  # back to the dialog


class AlreadyThereQuestion:
    """Asks what to do about a person already in the directory; tests replace `ask`."""

    @classmethod
    def ask(cls, parent: QWidget | None, same: AlreadyThere, adding: bool) -> Choice:
        name = same.person.display_name
        title = QCoreApplication.translate("PersonDialog", "Already in People")
        none = QMessageBox.StandardButton.NoButton
        box = plain_box(QMessageBox.Icon.Question, title, _question(same, adding), none, parent)
        choices: dict[object, Choice] = {}
        if adding:
            open_button = box.addButton(
                fill(QCoreApplication.translate("PersonDialog", "Open %1"), name),
                QMessageBox.ButtonRole.AcceptRole,
            )
            choices[open_button] = Choice.OPEN
            anyway = QCoreApplication.translate("PersonDialog", "Add anyway")
        else:
            anyway = QCoreApplication.translate("PersonDialog", "Save anyway")
        choices[box.addButton(anyway, QMessageBox.ButtonRole.DestructiveRole)] = Choice.SAVE
        back = box.addButton(
            QCoreApplication.translate("PersonDialog", "Go back"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.exec()
        return choices.get(box.clickedButton(), Choice.BACK)


def _question(same: AlreadyThere, adding: bool) -> str:
    if adding:
        text = {
            Shared.PHONE: QCoreApplication.translate(
                "PersonDialog",
                "%1, with this phone number, is already in People. Open that record instead "
                "of adding a copy?",
            ),
            Shared.EMAIL: QCoreApplication.translate(
                "PersonDialog",
                "%1, with this email address, is already in People. Open that record instead "
                "of adding a copy?",
            ),
            Shared.NAME: QCoreApplication.translate(
                "PersonDialog",
                "%1 is already in People, with no phone or email either. Open that record "
                "instead of adding a copy?",
            ),
        }
    else:
        text = {
            Shared.PHONE: QCoreApplication.translate(
                "PersonDialog",
                "%1, with this phone number, is already in People: the two records would "
                "look like one person twice. Save anyway?",
            ),
            Shared.EMAIL: QCoreApplication.translate(
                "PersonDialog",
                "%1, with this email address, is already in People: the two records would "
                "look like one person twice. Save anyway?",
            ),
            Shared.NAME: QCoreApplication.translate(
                "PersonDialog",
                "%1 is already in People, with no phone or email either: the two records "
                "would look like one person twice. Save anyway?",
            ),
        }
    return fill(text[same.shared], same.person.display_name)


class PersonDialog(FormDialog):
    def __init__(
        self,
        person: Person,
        title: str,
        parent: QWidget | None = None,
        groups: frozenset[str] = frozenset(),
        people: PeopleStore | None = None,
    ) -> None:
        super().__init__(title, parent)
        self._original = person
        self._people = people  # to ask before adding (or saving) a copy of someone there
        self.open_instead: int | None = None
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
        people: PeopleStore | None = None,
        save: Callable[[PersonForm], object] | None = None,
    ) -> PersonForm | None:
        """Show the dialog; the edited person and groups, or None if cancelled. With
        `people`, it asks before adding or saving someone already there, and may give back
        the id of the person to open instead. With `save`, the form is saved before the
        dialog closes (not when opening the person there instead); a save that fails is
        said in the dialog, with everything typed kept."""
        dialog = cls(person, title, parent, groups, people)
        return dialog.answer(dialog.form_filled, save)

    def form_filled(self) -> PersonForm:
        return PersonForm(self.person(), self.groups(), self.open_instead)

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
        self.person().checked()

    def accept(self) -> None:
        """Check the fields; then, when the person is already in People, ask first."""
        try:
            person = self.person().checked()
        except ValidationError:
            super().accept()  # says why, and stays open
            return
        same = self._people.already_there(person) if self._people is not None else None
        if same is not None:
            choice = AlreadyThereQuestion.ask(self, same, adding=self._original.id is None)
            if choice == Choice.BACK:
                return
            if choice == Choice.OPEN:
                self.open_instead = same.person.key
                QDialog.accept(self)  # closes, saving nothing: the one there is opened
                return
        super().accept()
