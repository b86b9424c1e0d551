"""Add or edit an agenda item: title, planned minutes, kind, owner, notes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from meetingkit.core.agenda import MAX_ITEM_MINUTES, AgendaItem, ItemKind
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.form_dialog import FormDialog
from meetingkit.ui.person_picker import PersonPicker


class AgendaItemDialog(FormDialog):
    def __init__(
        self, item: AgendaItem, people: PeopleStore, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        self._item = item
        self._people = people
        self.title_edit = QLineEdit(item.title)
        self.title_edit.setPlaceholderText(self.tr("e.g. Report-backs from each unit"))
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(1, MAX_ITEM_MINUTES)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setValue(item.planned_minutes)
        self.kind_combo = QComboBox()
        for kind in ItemKind:
            self.kind_combo.addItem(kind.label, kind)
        self.kind_combo.setCurrentIndex(list(ItemKind).index(item.kind))
        self.owner_edit = QLineEdit(item.owner_name)
        self.owner_edit.setReadOnly(True)
        self.owner_edit.setPlaceholderText(self.tr("Nobody yet"))
        self.owner_edit.setAccessibleName(self.tr("Owner"))
        choose = QPushButton(self.tr("C&hoose…"))
        choose.setAutoDefault(False)
        clear = QPushButton(self.tr("Clea&r"))
        clear.setAutoDefault(False)
        owner_row = QHBoxLayout()
        owner_row.addWidget(self.owner_edit, 1)
        owner_row.addWidget(choose)
        owner_row.addWidget(clear)
        self.notes_edit = QPlainTextEdit(item.notes)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(self.tr("What the item is for and how it runs"))
        self.notes_edit.setFixedHeight(90)

        form = self.form
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Planned time:"), self.minutes_spin)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        owner_label = QLabel(self.tr("&Owner:"))
        owner_label.setBuddy(choose)  # the name itself is read-only: the key chooses one
        form.addRow(owner_label, owner_row)
        form.addRow(self.tr("&Notes:"), self.notes_edit)
        self.add_buttons()
        choose.clicked.connect(self._choose_owner)
        clear.clicked.connect(self._clear_owner)
        self.setMinimumWidth(460)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        item: AgendaItem,
        people: PeopleStore,
        title: str,
        save: Callable[[AgendaItem], object] | None = None,
    ) -> AgendaItem | None:
        """The item as typed, or None if cancelled. With `save`, it is saved before the
        dialog closes; a save that fails is said there, with everything typed kept."""
        dialog = cls(item, people, title, parent)
        return dialog.answer(dialog.item, save)

    def item(self) -> AgendaItem:
        return replace(
            self._item,
            title=self.title_edit.text(),
            planned_minutes=self.minutes_spin.value(),
            kind=ItemKind(self.kind_combo.currentData()),
            notes=self.notes_edit.toPlainText(),
        )

    def validate(self) -> None:
        self.item().validated()

    @Slot()
    def _choose_owner(self) -> None:
        person = PersonPicker.ask(self, self._people, self.tr("Who owns this item?"))
        if person is not None:
            self._item = replace(self._item, owner_id=person.id, owner_name=person.display_name)
            self.owner_edit.setText(person.display_name)

    @Slot()
    def _clear_owner(self) -> None:
        self._item = replace(self._item, owner_id=None, owner_name="")
        self.owner_edit.clear()
