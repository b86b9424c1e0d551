"""How the app tells a person something went wrong, or asks before destroying anything.

Both go through small classmethods so tests can replace them instead of clicking modal boxes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from meetingkit.core.errors import MeetingkitError
from meetingkit.core.i18n import fill
from meetingkit.storage.database import refusal
from meetingkit.ui import damaged_data
from meetingkit.ui.screen_fit import fit_message_box


class MessageBox(QMessageBox):
    """Every message box the app shows: one no taller than the screen, however large the
    font (`screen_fit.fit_message_box`: wider first, then its text scrolls, the buttons
    always in view). Made as a QMessageBox is; `plain_box` for text people typed."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # Qt sizes and places it
        size = self.size()
        fit_message_box(self)
        if self.size() != size and not event.spontaneous():
            # over its window again at its new size (none: the screen's middle, as Qt does)
            self.adjustPosition(self.parentWidget())  # type: ignore[arg-type]

    @classmethod
    def tell(cls, icon: QMessageBox.Icon, parent: QWidget | None, title: str, text: str) -> None:
        """As QMessageBox.warning, critical or about (those make a box of their own)."""
        box = cls(icon, title, text, QMessageBox.StandardButton.Ok, parent)
        if icon is QMessageBox.Icon.NoIcon:  # the app's, as QMessageBox.about shows
            box.setIconPixmap(box.windowIcon().pixmap(64, 64))
        box.exec()


def plain_box(
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton,
    parent: QWidget | None,
) -> QMessageBox:
    """A message box that shows its text as written: names and titles people typed are
    never read as markup ("<b>Dele</b>" stays seven letters and two tags)."""
    box = MessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


class Alert:
    @classmethod
    def show(cls, parent: QWidget | None, title: str, message: str) -> None:
        ok = QMessageBox.StandardButton.Ok
        plain_box(QMessageBox.Icon.Warning, title, message, ok, parent).exec()


class Confirm:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, action: str) -> bool:
        """Ask before a destructive `action` (e.g. "Delete meeting"); Cancel is the default."""
        none = QMessageBox.StandardButton.NoButton
        box = plain_box(QMessageBox.Icon.Warning, title, text, none, parent)
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
    try:
        yield
    except (MeetingkitError, sqlite3.Error) as e:
        Alert.show(parent, could_not(doing), said(e))


def could_not(doing: str) -> str:
    """The title of a message that something failed: "Could not " and `doing`."""
    return fill(QCoreApplication.translate("user_errors", "Could not %1"), doing)


def said(error: MeetingkitError | sqlite3.Error) -> str:
    """What to tell a person about an error they can cause: its own message, or for the
    database's refusal (a full disk, a read-only folder) what happened and what to do."""
    if isinstance(error, sqlite3.Error):
        return damaged_data.explanation(error) or refusal(error)
    return str(error)


def attempt(action: Callable[[], object]) -> str | None:
    """Run `action`: None when it was done, or what to tell the person when it failed in a
    way they can cause (nothing half-done is left behind). A bug still raises."""
    try:
        action()
    except (MeetingkitError, sqlite3.Error) as e:
        return said(e)
    return None
