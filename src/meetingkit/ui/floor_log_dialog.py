"""The floor's log: every change to the stack made by hand and every rule set, with its time.

The facilitator opens it from the floor (L) to answer "why did she go before me?" on the spot;
the meeting report counts the same lines, and lists them in the facilitator's copy.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core import report_wording as words
from meetingkit.core.floor import LogLine, changes_by_hand
from meetingkit.core.i18n import fill
from meetingkit.ui.labels import plain_label
from meetingkit.ui.list_table_model import TextRowsModel, row_table


class FloorLogDialog(QDialog):
    def __init__(self, log: Sequence[LogLine], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The floor's log"))
        changes = changes_by_hand(log)
        if not log:
            summary = self.tr("Nothing has been logged yet in this meeting.")
        elif changes == 1:
            summary = self.tr("1 change to the stack by hand, newest last.")
        else:
            summary = fill(self.tr("%1 changes to the stack by hand, newest last."), str(changes))
        explanation = plain_label(
            summary
            + " "
            + self.tr(
                "Moves, calls ahead of the stack, refused direct responses, the stack closed "
                "or reopened, and each rule set are logged as they happen."
            )
        )
        explanation.setWordWrap(True)
        self.model = TextRowsModel((self.tr("Time"), self.tr("Logged")), (), self)
        self.model.set_rows(words.log_rows(log))
        self.table = row_table(self.model, self.tr("The floor's log"))
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # Each row as tall as its text at the column's width, which is known once laid out
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        if log:
            self.table.scrollToBottom()
            self.table.selectRow(len(log) - 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(560, 380)
