"""Dialogs of the Groups page: a group's name and kind, and its ladder's rungs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from meetingkit.core.group import Group, GroupKind
from meetingkit.core.ladder import (
    MAX_AT_LEAST,
    MAX_RUNG_NAME,
    MAX_RUNGS,
    Measure,
    Rung,
    default_rungs,
    validated_rungs,
)
from meetingkit.ui.form_dialog import FormDialog
from meetingkit.ui.labels import plain_label


@dataclass(frozen=True)
class GroupChoice:
    name: str
    kind: GroupKind


class GroupDialog(FormDialog):
    """A group's name and kind: a working group, chapter, committee or coalition."""

    def __init__(
        self, title: str, name: str, kind: GroupKind, parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        self.name_edit = QLineEdit(name)
        self.name_edit.setPlaceholderText(self.tr("e.g. Safe Staffing Working Group"))
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.kind_combo = QComboBox()
        for k in GroupKind:
            self.kind_combo.addItem(k.label, k.value)
        self.kind_combo.setCurrentIndex(list(GroupKind).index(kind))
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        self.form.addRow(self.tr("&Name:"), self.name_edit)
        self.form.addRow(self.tr("&Kind:"), self.kind_combo)
        self.add_buttons()
        self.resize(420, self.sizeHint().height())

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        name: str = "",
        kind: GroupKind = GroupKind.WORKING_GROUP,
        save: Callable[[GroupChoice], object] | None = None,
    ) -> GroupChoice | None:
        """The name and kind chosen, or None if cancelled. With `save`, they are saved before
        the dialog closes; a name already taken is said there, for another to be typed."""
        dialog = cls(title, name, kind, parent)
        return dialog.answer(dialog.choice, save)

    def choice(self) -> GroupChoice:
        return GroupChoice(self.name_edit.text(), GroupKind(str(self.kind_combo.currentData())))

    def validate(self) -> None:
        Group(self.name_edit.text(), GroupKind(str(self.kind_combo.currentData()))).validated()


@dataclass
class _RungRow:
    name: QLineEdit
    measure: QComboBox
    at_least: QSpinBox
    remove: QPushButton

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.name, self.measure, self.at_least, self.remove)

    def rung(self) -> Rung:
        return Rung(
            self.name.text(), Measure(str(self.measure.currentData())), self.at_least.value()
        )


class RungsDialog(FormDialog):
    """Rename and retarget the ladder's rungs, bottom rung first; OK only for a ladder where
    every rung can be someone's place (core.ladder.validated_rungs says why not)."""

    def __init__(self, rungs: Sequence[Rung], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit rungs"), parent)
        self.rows: list[_RungRow] = []
        intro = plain_label(
            self.tr(
                "Bottom rung first. Each member stands on the highest rung whose test they "
                "pass. “Meetings led” counts meetings where they held a role or owned an "
                "agenda item."
            )
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.grid = QGridLayout()
        for column, title in enumerate((self.tr("Rung"), self.tr("Counts"), self.tr("At least"))):
            self.grid.addWidget(plain_label(title), 0, column)
        self.form.addRow(self.grid)
        self.add_button = QPushButton(self.tr("&Add rung"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add_empty)
        self.reset_button = QPushButton(self.tr("&Reset to the default ladder"))
        self.reset_button.setAutoDefault(False)
        self.reset_button.clicked.connect(self.reset)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        self.form.addRow(buttons)
        self.add_buttons()
        self.set_rungs(rungs)
        self.resize(620, self.sizeHint().height())

    @classmethod
    def ask(cls, parent: QWidget | None, rungs: Sequence[Rung]) -> tuple[Rung, ...] | None:
        dialog = cls(rungs, parent)
        return dialog.rungs() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def rungs(self) -> tuple[Rung, ...]:
        return validated_rungs([r.rung() for r in self.rows])

    def validate(self) -> None:
        self.rungs()

    def set_rungs(self, rungs: Sequence[Rung]) -> None:
        for row in self.rows:
            for widget in row.widgets():
                self.grid.removeWidget(widget)
                widget.deleteLater()
        self.rows = []
        for rung in rungs:
            self.add_rung(rung)

    @Slot()
    def reset(self) -> None:
        self.set_rungs(default_rungs())

    @Slot()
    def _add_empty(self) -> None:
        self.add_rung(Rung("", Measure.ATTENDED, 1))
        self.rows[-1].name.setFocus()

    def add_rung(self, rung: Rung) -> None:
        name = QLineEdit(rung.name)
        name.setMaxLength(MAX_RUNG_NAME)
        name.setAccessibleName(self.tr("Rung name"))
        measure = QComboBox()
        for m in Measure:
            measure.addItem(m.label, m.value)
        measure.setCurrentIndex(list(Measure).index(rung.measure))
        measure.setAccessibleName(self.tr("Counts"))
        at_least = QSpinBox()
        at_least.setRange(1, MAX_AT_LEAST)
        at_least.setValue(max(1, rung.at_least))
        at_least.setAccessibleName(self.tr("At least"))
        remove = QPushButton(self.tr("Remove"))
        remove.setAutoDefault(False)
        row = _RungRow(name, measure, at_least, remove)
        remove.clicked.connect(lambda: self.remove_rung(row))
        self.rows.append(row)
        self._lay_out()

    def remove_rung(self, row: _RungRow) -> None:
        self.rows.remove(row)
        for widget in row.widgets():
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self._lay_out()

    def _lay_out(self) -> None:
        for row in self.rows:
            for widget in row.widgets():
                self.grid.removeWidget(widget)
        for line, row in enumerate(self.rows, start=1):
            for column, widget in enumerate(row.widgets()):
                self.grid.addWidget(widget, line, column)
        self.grid.setColumnStretch(0, 1)
        self.add_button.setEnabled(len(self.rows) < MAX_RUNGS)


class MeetingGroupChoice:
    """Which group a meeting belongs to: a short list, "(no group)" first."""

    @classmethod
    def ask(
        cls, parent: QWidget | None, groups: Sequence[Group], current: int | None
    ) -> tuple[bool, int | None]:
        """(chosen, group id or None for no group); chosen is False when cancelled."""
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QInputDialog

        no_group = QCoreApplication.translate("MeetingGroupChoice", "(no group)")
        names = [no_group, *(g.name for g in groups)]
        ids: list[int | None] = [None, *(g.id for g in groups)]
        start = ids.index(current) if current in ids else 0
        name, ok = QInputDialog.getItem(
            parent,
            QCoreApplication.translate("MeetingGroupChoice", "Meeting's group"),
            QCoreApplication.translate("MeetingGroupChoice", "This meeting belongs to:"),
            names,
            start,
            False,
        )
        if not ok:
            return False, None
        return True, ids[names.index(name)]
