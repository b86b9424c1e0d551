"""Asking for a passphrase: to open encrypted data, or to choose a new one.

Both are reached through `ask()` classmethods, so tests answer them without a modal dialog.
The fields never echo what is typed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from meetingkit.core.i18n import fill
from meetingkit.services.encryption import MIN_PASSPHRASE, check_new_passphrase
from meetingkit.ui.form_dialog import FormDialog
from meetingkit.ui.labels import plain_label


def _secret_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(280)
    return field


class PassphraseDialog(FormDialog):
    """Type the passphrase of encrypted data."""

    def __init__(self, text: str, error: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("meetingkit: passphrase"), parent)
        explanation = plain_label(text)
        explanation.setWordWrap(True)
        self.form.addRow(explanation)
        self.passphrase = _secret_field()
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.add_buttons()
        if error:
            self.error_label.setText(error)
            self.error_label.show()

    @classmethod
    def ask(cls, parent: QWidget | None, text: str, error: str = "") -> str | None:
        """The passphrase typed, or None if the person cancelled."""
        dialog = cls(text, error, parent)
        if dialog.exec() != FormDialog.DialogCode.Accepted:
            return None
        return dialog.passphrase.text()


class NewPassphraseDialog(FormDialog):
    """Choose a passphrase, typed twice; says plainly that losing it loses the data. When it
    replaces the `current` one, says what becomes of the old one, and refuses it again."""

    def __init__(self, current: str | None = None, parent: QWidget | None = None) -> None:
        changing = current is not None
        super().__init__(
            self.tr("Choose a new passphrase") if changing else self.tr("Choose a passphrase"),
            parent,
        )
        self._current = current
        text = (
            self.tr(
                "meetingkit will encrypt its data again with the new passphrase; from then on "
                "the old one no longer opens it. Backups made before keep the old passphrase. "
                "The new one is not stored anywhere: if you lose it, nobody can recover the "
                "data — keep it somewhere safe. Use at least %1 characters; a few words you "
                "will remember is best."
            )
            if changing
            else self.tr(
                "meetingkit will encrypt its data with this passphrase and ask for it every "
                "time it starts and to unlock the screen. It is not stored anywhere: if you "
                "lose it, nobody can recover the data — keep it somewhere safe. Use at least "
                "%1 characters; a few words you will remember is best."
            )
        )
        warning = plain_label(fill(text, str(MIN_PASSPHRASE)))
        warning.setWordWrap(True)
        self.form.addRow(warning)
        self.passphrase = _secret_field()
        self.repeated = _secret_field()
        self.form.addRow(
            self.tr("&New passphrase:") if changing else self.tr("&Passphrase:"), self.passphrase
        )
        self.form.addRow(self.tr("&Again:"), self.repeated)
        self.add_buttons()

    def validate(self) -> None:
        check_new_passphrase(self.passphrase.text(), self.repeated.text(), current=self._current)

    @classmethod
    def ask(cls, parent: QWidget | None, current: str | None = None) -> str | None:
        """The new passphrase, checked, or None if the person cancelled. `current`: the
        passphrase it replaces, when changing it."""
        dialog = cls(current, parent)
        if dialog.exec() != FormDialog.DialogCode.Accepted:
            return None
        return dialog.passphrase.text()
