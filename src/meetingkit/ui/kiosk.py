"""The kiosk: people without a phone sign in at the laptop. It shows nobody until they type,
and nothing of anyone else: no list, no count, no names."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.errors import MeetingkitError
from meetingkit.core.signin import CONSENTS, FieldKind, FormError
from meetingkit.services.signin_session import SignInSession
from meetingkit.ui.labels import error_label, heading_label, plain_label

LEAVE_KEYS = "Ctrl+Shift+L"  # for the greeter; not shown on the kiosk screen
WELCOME_MS = 4000


class KioskWindow(QWidget):
    signed_in = Signal()

    def __init__(self, session: SignInSession, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Sign in"))
        self._session = session
        settings = session.settings()
        self.title = heading_label(2.0, self.tr("Sign in here"))
        self.meeting_label = heading_label(1.3, session.meeting.title)
        self.inputs: dict[str, QLineEdit | QComboBox | QButtonGroup] = {}
        form = QFormLayout()
        for spec in settings.form.specs():
            if spec.kind == FieldKind.YES_NO:
                group = QButtonGroup(self)
                row = QHBoxLayout()
                for value, text in (("yes", self.tr("Yes")), ("no", self.tr("No"))):
                    radio = QRadioButton(text)
                    radio.setProperty("value", value)
                    group.addButton(radio)
                    row.addWidget(radio)
                row.addStretch(1)
                form.addRow(spec.label_in("en"), row)
                self.inputs[spec.name] = group
            elif spec.kind == FieldKind.CHOICE:
                combo = QComboBox()
                combo.addItem("", "")
                for value, labels in spec.choices:
                    combo.addItem(labels["en"], value)
                combo.setAccessibleName(spec.label_in("en"))
                form.addRow(spec.label_in("en"), combo)
                self.inputs[spec.name] = combo
            else:
                edit = QLineEdit()
                edit.setMaxLength(200)
                edit.setAccessibleName(spec.label_in("en"))
                form.addRow(spec.label_in("en"), edit)
                self.inputs[spec.name] = edit
        self.consents: dict[str, QCheckBox] = {}
        for consent in CONSENTS:
            if consent.key in settings.form.consents:
                box = QCheckBox(consent.wording_in("en"))
                self.consents[consent.key] = box
                form.addRow(box)
        self.error = error_label()
        self.welcome = heading_label(1.6)
        self.welcome.hide()
        self.submit = QPushButton(self.tr("Sign in"))
        self.submit.setDefault(True)
        self.submit.clicked.connect(self.sign_in)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.addWidget(self.title)
        layout.addWidget(self.meeting_label)
        layout.addWidget(
            plain_label(self.tr("Your answers stay on this laptop. Tick a box only if you agree."))
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.submit)
        layout.addWidget(self.welcome)
        layout.addStretch(1)
        QShortcut(QKeySequence(LEAVE_KEYS), self, self.close)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.setFont(font)

    def answers(self) -> dict[str, str]:
        result: dict[str, str] = {}
        for name, widget in self.inputs.items():
            if isinstance(widget, QLineEdit):
                result[name] = widget.text()
            elif isinstance(widget, QComboBox):
                result[name] = str(widget.currentData() or "")
            else:
                checked = widget.checkedButton()
                result[name] = str(checked.property("value")) if checked else ""
        for key, box in self.consents.items():
            if box.isChecked():
                result[f"consent_{key}"] = "yes"
        return result

    @Slot()
    def sign_in(self) -> None:
        try:
            signed = self._session.kiosk_sign_in(self.answers())
        except FormError as e:
            self.error.setText("\n".join(e.errors.values()))
            self.error.show()
            return
        except MeetingkitError as e:
            self.error.setText(str(e))
            self.error.show()
            return
        self.clear()
        self.welcome.setText(
            self.tr("Welcome, %1! You are signed in.").replace("%1", signed.first_name)
        )
        self.welcome.show()
        QTimer.singleShot(WELCOME_MS, self.welcome.hide)
        self.signed_in.emit()

    def clear(self) -> None:
        """Nothing of the last person stays on screen for the next."""
        self.error.hide()
        for widget in self.inputs.values():
            if isinstance(widget, QLineEdit):
                widget.clear()
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(0)
            else:
                widget.setExclusive(False)
                for button in widget.buttons():
                    button.setChecked(False)
                widget.setExclusive(True)
        for box in self.consents.values():
            box.setChecked(False)
        first = next(iter(self.inputs.values()), None)
        if isinstance(first, QLineEdit):
            first.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.clear()
        super().closeEvent(event)
