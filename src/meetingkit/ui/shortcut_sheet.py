"""F1: every action that has a keyboard shortcut, read from the window's own actions.

Built from the live QActions, so the sheet cannot drift from what the keys really do.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meetingkit.ui.screen_fit import fit_dialog

# Key names stay in English in every language, as the guide and the keyboards write them
# ("Ctrl+Shift+M", not Qt's Spanish "Control+Mayúsculas+M"); a Mac's are its symbols (⇧⌘M).
KEY_NAMES = (
    QKeySequence.SequenceFormat.NativeText
    if sys.platform == "darwin"
    else QKeySequence.SequenceFormat.PortableText
)


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(action text without the & mnemonic, shortcut as the keyboard reads) pairs."""
    rows = []
    between = "  " + QCoreApplication.translate("shortcut_sheet", "or") + "  "
    for action in actions:
        keys = [k.toString(KEY_NAMES) for k in action.shortcuts()]
        if keys:
            rows.append((action.text().replace("&", "").rstrip("…."), between.join(keys)))
    return rows


class ShortcutSheet(QDialog):
    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(actions)
        self.table = QTableWidget(len(rows), 2)
        self.table.setTabKeyNavigation(False)  # arrows move in it; Tab moves on
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        for row, (text, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(text))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(460, 520)

    def showEvent(self, event: QShowEvent) -> None:
        """No taller than the screen (ui.screen_fit): its table scrolls."""
        if not event.spontaneous():
            fit_dialog(self)
        super().showEvent(event)

    @classmethod
    def show_for(cls, parent: QWidget | None, actions: list[QAction]) -> None:
        cls(actions, parent).exec()
