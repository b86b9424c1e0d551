"""Record how the room decided a proposal, or the result of a temperature check."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from meetingkit.core.decision import (
    CheckKind,
    Decision,
    Objections,
    Outcome,
    Someone,
    TemperatureCheck,
    join_names,
    parse_names,
    someone,
)
from meetingkit.core.person import fold
from meetingkit.ui.form_dialog import FormDialog
from meetingkit.ui.labels import plain_label


def _count_spin(maximum: int = 100_000) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, maximum)
    return spin


class SomeoneBox(QComboBox):
    """Who moved or seconded a motion: someone present, picked from the list or found by
    typing a few letters of their name, or a name typed for someone who is not in the
    directory. Left empty, nobody is recorded. Two people of one name are listed as `shown`
    tells them apart ("Daniel Reyes · Registered nurse (RN)", core.namesakes); the name
    recorded is theirs alone."""

    def __init__(
        self,
        present: Sequence[Someone],
        chosen: Someone | None,
        parent: QWidget | None = None,
        shown: Mapping[int, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        people = list(present)
        ids = {p.person_id for p in people}
        if chosen is not None and chosen.person_id is not None and chosen.person_id not in ids:
            people.insert(0, chosen)  # recorded, though no longer marked present
        self._people = people  # in the order of the items
        shown = shown or {}
        for person in people:
            pid = person.person_id
            self.addItem(person.name if pid is None else shown.get(pid, person.name), pid)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "oka" finds Dele Okafor
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        edit = self.lineEdit()
        assert edit is not None  # the box is editable
        edit.setPlaceholderText(self.tr("Optional"))
        self.setToolTip(self.tr("Pick someone present from the list, or type a name"))
        self.setMinimumContentsLength(16)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        index = -1
        if chosen is not None and chosen.person_id is not None:
            index = self.findData(chosen.person_id)
        self.setCurrentIndex(index)
        if index < 0:  # picked, it reads as listed; typed, as typed
            self.setEditText(chosen.name if chosen is not None else "")

    def someone(self) -> Someone | None:
        """The person picked, or the name typed ("" is nobody). A name typed as someone
        present is written or listed (case and accents aside) is that person, unless two
        people share it."""
        text = " ".join(self.currentText().split())
        if not text:
            return None
        index = self.currentIndex()
        if index < 0 or self.itemText(index) != text:
            # typed as listed, or as named: two people of one name are told apart by picking
            same = [
                i
                for i in range(self.count())
                if fold(text) in (fold(self.itemText(i)), fold(self._people[i].name))
            ]
            index = same[0] if len(same) == 1 else -1
        if index < 0:
            return someone(text)
        person = self._people[index]
        return someone(person.name, person.person_id)


class DecisionDialog(FormDialog):
    def __init__(
        self,
        item_title: str,
        existing: Decision | None,
        parent: QWidget | None = None,
        present: Sequence[Someone] = (),
        shown: Mapping[int, str] | None = None,
    ) -> None:
        """`present`: the people at the meeting, whom the mover and seconder are picked from;
        `shown`: what the lists call them, by person id, where it is not their name alone
        (two of one name told apart, AgendaSession.names_told_apart)."""
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Record the decision"))
        d = existing or Decision(item_title, Outcome.CONSENSUS)
        self.proposal_edit = QPlainTextEdit(d.proposal)
        self.proposal_edit.setTabChangesFocus(True)
        self.proposal_edit.setFixedHeight(70)
        # The item's title is only a suggestion: selected, so typing replaces it. A proposal
        # recorded before is kept: the caret after it, to add to it.
        if existing is None:
            self.proposal_edit.selectAll()
        else:
            self.proposal_edit.moveCursor(QTextCursor.MoveOperation.End)
        self.moved_by_box = SomeoneBox(present, d.moved_by, shown=shown)
        self.seconded_by_box = SomeoneBox(present, d.seconded_by, shown=shown)
        self.outcome_combo = QComboBox()
        for outcome in Outcome:
            self.outcome_combo.addItem(outcome.label, outcome)
        self.outcome_combo.setCurrentIndex(list(Outcome).index(d.outcome))
        self.threshold_spin = QSpinBox()
        self.threshold_spin.setRange(51, 100)
        self.threshold_spin.setSuffix(" %")
        self.threshold_spin.setValue(d.threshold_percent or 90)
        self.for_spin, self.against_spin, self.abstain_spin = (_count_spin() for _ in range(3))
        self.for_spin.setValue(d.votes_for)
        self.against_spin.setValue(d.votes_against)
        self.abstain_spin.setValue(d.abstentions)
        votes = QGridLayout()
        for column, (label, spin) in enumerate(
            (
                (self.tr("For"), self.for_spin),
                (self.tr("Against"), self.against_spin),
                (self.tr("Abstain"), self.abstain_spin),
            )
        ):
            spin.setAccessibleName(label)
            votes.addWidget(QLabel(label), 0, column)
            votes.addWidget(spin, 1, column)
        self.stand_aside_names = QLineEdit(join_names(d.stand_asides.names))
        self.stand_aside_count = _count_spin()
        self.stand_aside_count.setValue(d.stand_asides.unnamed)
        self.block_names = QLineEdit(join_names(d.blocks.names))
        self.block_count = _count_spin()
        self.block_count.setValue(d.blocks.unnamed)
        for edit in (self.stand_aside_names, self.block_names):
            edit.setPlaceholderText(self.tr("Names, separated by commas (only if they agree)"))

        form = self.form
        form.addRow(self.tr("&Proposal:"), self.proposal_edit)
        form.addRow(self.tr("&Moved by:"), self.moved_by_box)
        form.addRow(self.tr("Seco&nded by:"), self.seconded_by_box)
        form.addRow(self.tr("&Outcome:"), self.outcome_combo)
        form.addRow(self.tr("&Threshold:"), self.threshold_spin)
        form.addRow(self.tr("Votes:"), votes)
        form.addRow(self.tr("&Stand-asides by name:"), self.stand_aside_names)
        form.addRow(self.tr("…and unnamed:"), self.stand_aside_count)
        form.addRow(self.tr("&Blocks by name:"), self.block_names)
        form.addRow(self.tr("…and unnamed:"), self.block_count)
        self.add_buttons()
        self.outcome_combo.currentIndexChanged.connect(self._show_fields)
        self._show_fields()
        self.setMinimumWidth(480)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        item_title: str,
        existing: Decision | None,
        save: Callable[[Decision], object] | None = None,
        present: Sequence[Someone] = (),
        shown: Mapping[int, str] | None = None,
    ) -> Decision | None:
        """The decision as recorded, or None if cancelled. With `save`, it is saved before
        the dialog closes; a save that fails is said there, with everything typed kept."""
        dialog = cls(item_title, existing, parent, present, shown)
        return dialog.answer(dialog.decision, save)

    def decision(self) -> Decision:
        return Decision(
            proposal=self.proposal_edit.toPlainText(),
            outcome=self._outcome(),
            votes_for=self.for_spin.value(),
            votes_against=self.against_spin.value(),
            abstentions=self.abstain_spin.value(),
            threshold_percent=self.threshold_spin.value()
            if self._outcome() == Outcome.MODIFIED_CONSENSUS
            else 0,
            stand_asides=Objections(
                parse_names(self.stand_aside_names.text()), self.stand_aside_count.value()
            ),
            blocks=Objections(parse_names(self.block_names.text()), self.block_count.value()),
            moved_by=self.moved_by_box.someone(),
            seconded_by=self.seconded_by_box.someone(),
        )

    def _outcome(self) -> Outcome:
        # Qt hands item data back as a plain str; make it the enum again.
        return Outcome(self.outcome_combo.currentData())

    @Slot()
    def _show_fields(self) -> None:
        outcome = self._outcome()
        self.form.setRowVisible(self.threshold_spin, outcome == Outcome.MODIFIED_CONSENSUS)

    def validate(self) -> None:
        self.decision().validated()


class TemperatureCheckDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Temperature check"))
        self.question_edit = QLineEdit()
        self.question_edit.setPlaceholderText(self.tr("What was asked (optional)"))
        self.kind_combo = QComboBox()
        for kind in CheckKind:
            self.kind_combo.addItem(kind.label, kind)
        self._grid = QGridLayout()
        self.spins: list[QSpinBox] = []
        form = self.form
        form.addRow(self.tr("&Question:"), self.question_edit)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("Counts:"), self._grid)
        self.add_buttons()
        self.kind_combo.currentIndexChanged.connect(self._build_counts)
        self._build_counts()

    @classmethod
    def ask(
        cls, parent: QWidget | None, save: Callable[[TemperatureCheck], object] | None = None
    ) -> TemperatureCheck | None:
        """The check's result, or None if cancelled; `save` as for DecisionDialog.ask."""
        dialog = cls(parent)
        return dialog.answer(dialog.check, save)

    def check(self) -> TemperatureCheck:
        return TemperatureCheck(
            self._kind(),
            tuple(s.value() for s in self.spins),
            self.question_edit.text(),
        )

    def _kind(self) -> CheckKind:
        return CheckKind(self.kind_combo.currentData())

    @Slot()
    def _build_counts(self) -> None:
        while (taken := self._grid.takeAt(0)) is not None:
            widget = taken.widget()
            if widget is not None:
                widget.deleteLater()
        kind = self._kind()
        self.spins = []
        for column, option in enumerate(kind.options):
            label = kind.option_label(option)  # "up" in the app's language
            spin = _count_spin()
            spin.setAccessibleName(label)
            self._grid.addWidget(plain_label(label), 0, column)
            self._grid.addWidget(spin, 1, column)
            self.spins.append(spin)

    def validate(self) -> None:
        self.check().validated()
