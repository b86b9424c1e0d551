"""A dialog of fields that will not close on OK while its input is invalid, and says why.

Given a `save`, it also saves before it closes: a save that fails (a full disk, a name already
taken) is said in the dialog, which stays open with everything typed, for OK again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QWidget

from meetingkit.core.errors import ValidationError
from meetingkit.ui.feedback import attempt
from meetingkit.ui.labels import error_label
from meetingkit.ui.screen_fit import fit_dialog

T = TypeVar("T")


class FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.error_label = error_label()
        self._save: Callable[[], object] | None = None

    def showEvent(self, event: QShowEvent) -> None:
        """No larger than the screen, and as tall as its wrapped lines need (ui.screen_fit),
        before Qt centres it on its window."""
        if not event.spontaneous():
            fit_dialog(self)
        super().showEvent(event)

    def add_buttons(self) -> None:
        """End the form: the error line, then OK and Cancel."""
        self.form.addRow(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.form.addRow(buttons)

    def validate(self) -> None:
        """Raise `ValidationError` if the fields cannot be accepted as they are.

        A form whose every input is acceptable has nothing to check; the others override this.
        """

    def save_on_accept(self, save: Callable[[], object] | None) -> None:
        """Run `save` on OK, once the fields are acceptable and before the dialog closes."""
        self._save = save

    def answer(self, value: Callable[[], T], save: Callable[[T], object] | None) -> T | None:
        """Show the dialog: what was entered (read by `value`), or None if cancelled. With
        `save`, what was entered is saved before the dialog closes, or it stays open."""
        if save is not None:
            self.save_on_accept(lambda: save(value()))
        return value() if self.exec() == QDialog.DialogCode.Accepted else None

    def say(self, message: str) -> None:
        """Show why OK did not close the dialog, on its error line, with the room it needs."""
        self.error_label.setText(message)
        self.error_label.show()
        self.make_room()

    def make_room(self) -> None:
        """Grow the shown dialog to the height its fields need at its width. A dialog on screen
        does not grow by itself for a line that wraps (a long error, in Spanish often two
        lines): the line and the fields around it were cut. It never shrinks, so a dialog the
        user enlarged keeps its size; one not shown yet takes its size as it opens."""
        if not self.isVisible():
            return
        self.form.activate()
        width = max(self.width(), self.minimumSizeHint().width())
        if self.form.hasHeightForWidth():
            needed = self.heightForWidth(width)
        else:
            needed = self.sizeHint().height()
        height = max(self.height(), needed)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)

    def accept(self) -> None:
        try:
            self.validate()
        except ValidationError as e:
            self.say(str(e))
            return
        if self._save is not None and (problem := attempt(self._save)) is not None:
            self.say(problem)
            return
        super().accept()
