"""A dialog of fields that will not close on OK while its input is invalid, and says why."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QWidget

from meetingkit.core.errors import ValidationError
from meetingkit.ui.labels import error_label


class FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.error_label = error_label()

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

    def accept(self) -> None:
        try:
            self.validate()
        except ValidationError as e:
            self.error_label.setText(str(e))
            self.error_label.show()
            return
        super().accept()
