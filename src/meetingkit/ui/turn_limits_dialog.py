"""How long each kind of turn may run before the speaker is cued, and how early the cue comes."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

from meetingkit.core.settings import MAX_TURN_LIMIT_S, MIN_TURN_LIMIT_S
from meetingkit.core.stack_entry import EntryKind, TurnLimits, Vocabulary

_FIELDS = {
    EntryKind.GENERAL: "general_ms",
    EntryKind.PROCESS: "process_ms",
    EntryKind.TECHNICAL: "technical_ms",
    EntryKind.CLARIFYING: "clarifying_ms",
    EntryKind.DIRECT_RESPONSE: "direct_response_ms",
}


def _seconds(value: int, minimum: int = MIN_TURN_LIMIT_S) -> QSpinBox:
    """The floor panel's Turn limit allows the same range: what is set here shows there."""
    spin = QSpinBox()
    spin.setRange(minimum, MAX_TURN_LIMIT_S)
    spin.setSingleStep(15)
    spin.setSuffix(" s")
    spin.setValue(value // 1000)
    return spin


class TurnLimitsDialog(QDialog):
    def __init__(
        self, limits: TurnLimits, vocabulary: Vocabulary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Turn limits"))
        self.spins = {kind: _seconds(limits.for_kind(kind)) for kind in EntryKind}
        self.cue_spin = _seconds(limits.cue_before_ms, minimum=0)
        self.cue_spin.setSingleStep(5)
        form = QFormLayout(self)
        for kind, spin in self.spins.items():
            spin.setAccessibleName(vocabulary.name_of(kind))
            form.addRow(vocabulary.name_of(kind) + ":", spin)
        form.addRow(self.tr("Cue the speaker before the end:"), self.cue_spin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @classmethod
    def ask(
        cls, parent: QWidget | None, limits: TurnLimits, vocabulary: Vocabulary
    ) -> TurnLimits | None:
        dialog = cls(limits, vocabulary, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.limits()
        return None

    def limits(self) -> TurnLimits:
        values = {_FIELDS[kind]: spin.value() * 1000 for kind, spin in self.spins.items()}
        return TurnLimits(**values, cue_before_ms=self.cue_spin.value() * 1000)
