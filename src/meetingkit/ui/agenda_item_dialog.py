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
from meetingkit.core.i18n import fill
from meetingkit.core.module_fit import as_sentence, rotation_too_long
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.form_dialog import FormDialog
from meetingkit.ui.labels import plain_label
from meetingkit.ui.person_picker import PersonPicker
from meetingkit.ui.tones import Tone, tint


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
        # A training module's timed steps that no longer fit the time planned for it: said
        # as the curriculum check says it (core.module_fit)
        self.rotation_label = plain_label()
        self.rotation_label.setWordWrap(True)
        tint(self.rotation_label, Tone.WARNING)
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
        form.addRow(self.rotation_label)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        owner_label = QLabel(self.tr("&Owner:"))
        owner_label.setBuddy(choose)  # the name itself is read-only: the key chooses one
        form.addRow(owner_label, owner_row)
        form.addRow(self.tr("&Notes:"), self.notes_edit)
        self.add_buttons()
        choose.clicked.connect(self._choose_owner)
        clear.clicked.connect(self._clear_owner)
        self.minutes_spin.valueChanged.connect(self._show_rotation_fit)
        self._show_rotation_fit()
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
    def _show_rotation_fit(self) -> None:
        """Under the planned time, whether the module's rotation still fits in it, and what
        to plan at least; nothing for an item without timed steps."""
        rotation, minutes = self._item.rotation, self.minutes_spin.value()
        too_long = rotation_too_long(minutes, rotation)
        self.form.setRowVisible(self.rotation_label, bool(too_long))
        if rotation is None or not too_long:
            self.rotation_label.setText("")
        else:
            needed = -(-rotation.total_seconds // 60)
            self.rotation_label.setText(
                fill(
                    self.tr(
                        "%1 Plan at least %2 min for it, or its groups will run past its time."
                    ),
                    as_sentence(too_long),
                    str(needed),
                )
            )
        self.make_room()

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
