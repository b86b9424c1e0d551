"""How the app tells a person something went wrong, or asks before destroying anything.

Both go through small classmethods so tests can replace them instead of clicking modal boxes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from meetingkit.core.errors import MeetingkitError


class Alert:
    @classmethod
    def show(cls, parent: QWidget | None, title: str, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()


class Confirm:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, action: str) -> bool:
        """Ask before a destructive `action` (e.g. "Delete meeting"); Cancel is the default."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is go


@contextmanager
def user_errors(parent: QWidget | None, doing: str) -> Iterator[None]:
    """Turn errors a user can cause into a message box; nothing half-done is left behind.

    `doing` completes "Could not …", e.g. "save the meeting".
    """
    title = QCoreApplication.translate("user_errors", "Could not %1").replace("%1", doing)
    try:
        yield
    except MeetingkitError as e:
        Alert.show(parent, title, str(e))
    except sqlite3.Error as e:
        Alert.show(
            parent,
            title,
            QCoreApplication.translate(
                "user_errors",
                "The database refused the change (%1). Nothing was saved. If the disk is full, "
                "free some space and try again.",
            ).replace("%1", str(e)),
        )
