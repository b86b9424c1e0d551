"""A Wi-Fi code for the laptop's own hotspot: phones join it by scanning, then sign in.

For rooms whose guest Wi-Fi keeps devices from reaching each other."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from meetingkit.core.errors import ValidationError
from meetingkit.ui.labels import error_label, plain_label
from meetingkit.ui.qr_view import QrView
from meetingkit.ui.screen_fit import fit_dialog


class HotspotDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hotspot code"))
        self.ssid_edit = QLineEdit()
        self.ssid_edit.setPlaceholderText(self.tr("The hotspot's network name"))
        self.password_edit = QLineEdit()
        self.password_edit.setPlaceholderText(self.tr("8 to 63 characters"))
        self.qr = QrView()
        self.qr.setAccessibleName(self.tr("Wi-Fi QR code"))
        self.error = error_label()
        form = QFormLayout(self)
        how = plain_label(
            self.tr(
                "Start a hotspot on this laptop (your system's network settings), type "
                "its name "
                "and password here, and show this code: phones that scan it join the hotspot. "
                "Then they can open the sign-in code."
            )
        )
        how.setWordWrap(True)  # unwrapped, it made the dialog wider than a laptop's screen
        form.addRow(how)
        form.addRow(self.tr("Network &name:"), self.ssid_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow(self.error)
        form.addRow(self.qr)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.ssid_edit.textChanged.connect(self._update)
        self.password_edit.textChanged.connect(self._update)
        self.resize(460, 640)

    def showEvent(self, event: QShowEvent) -> None:
        """No larger than the screen, and as tall as its wrapped lines need (ui.screen_fit),
        before Qt centres it on its window."""
        if not event.spontaneous():
            fit_dialog(self)
        super().showEvent(event)

    @classmethod
    def show_for(cls, parent: QWidget | None) -> None:
        cls(parent).exec()

    def payload(self) -> str:
        from meetingkit.services.qr import wifi_payload

        return wifi_payload(self.ssid_edit.text(), self.password_edit.text())

    @Slot()
    def _update(self) -> None:
        try:
            payload = self.payload()
        except ValidationError as e:
            self.qr.set_data("")
            self.error.setText(str(e))
            self.error.setVisible(bool(self.ssid_edit.text()))
            return
        self.error.hide()
        self.qr.set_data(payload)
