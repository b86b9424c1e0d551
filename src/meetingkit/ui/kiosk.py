"""The kiosk: people without a phone sign in at the laptop. It shows nobody until they type,
and nothing of anyone else: no list, no count, no names.

Someone already in the directory (an imported roster, an earlier meeting) can sign in with
their phone number and first name. Only when both match exactly one person does the kiosk
answer, and then only with the first name they just typed: "Is this you, María?". Any other
answer looks the same — the form, with what they typed filled in — so the kiosk cannot be
used to find out who is on the list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core import i18n
from meetingkit.core.errors import MeetingkitError
from meetingkit.core.i18n import fill
from meetingkit.core.signin import CONSENTS, FieldKind, FormError
from meetingkit.services.signin_pages import LANGUAGES
from meetingkit.services.signin_session import KioskMatch, SignInSession
from meetingkit.ui.labels import error_label, heading_label, plain_label

LEAVE_KEYS = "Ctrl+Shift+L"  # for the greeter; not shown on the kiosk screen
WELCOME_MS = 4000
CONFIRM_MS = 60_000  # an unanswered "Is this you?" clears itself before the next person comes


class KioskWindow(QWidget):
    signed_in = Signal()

    def __init__(self, session: SignInSession, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Sign in"))
        self._session = session
        self.language = self._form_language()
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
                form.addRow(spec.label_in(self.language), row)
                self.inputs[spec.name] = group
            elif spec.kind == FieldKind.CHOICE:
                combo = QComboBox()
                combo.addItem("", "")
                for value, labels in spec.choices:
                    combo.addItem(labels.get(self.language) or labels["en"], value)
                combo.setAccessibleName(spec.label_in(self.language))
                form.addRow(spec.label_in(self.language), combo)
                self.inputs[spec.name] = combo
            else:
                edit = QLineEdit()
                edit.setMaxLength(200)
                edit.setAccessibleName(spec.label_in(self.language))
                form.addRow(spec.label_in(self.language), edit)
                self.inputs[spec.name] = edit
        self.consents: dict[str, QCheckBox] = {}
        for consent in CONSENTS:
            if consent.key in settings.form.consents:
                box = QCheckBox(consent.wording_in(self.language))
                self.consents[consent.key] = box
                form.addRow(box)
        self.error = error_label()
        self.welcome = heading_label(1.6)
        self.welcome.hide()
        self.submit = QPushButton(self.tr("Sign in"))
        self.submit.setDefault(True)
        self.submit.clicked.connect(self.sign_in)
        self.form_panel = QWidget()
        form_layout = QVBoxLayout(self.form_panel)
        form_layout.setContentsMargins(0, 0, 0, 0)
        self.form_note = plain_label()
        self.form_note.setWordWrap(True)
        self.form_note.hide()
        form_layout.addWidget(self.form_note)
        form_layout.addLayout(form)
        form_layout.addWidget(self.error)
        form_layout.addWidget(self.submit)
        self._make_lookup(settings.form.consents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.addWidget(self.title)
        layout.addWidget(self.meeting_label)
        layout.addWidget(
            plain_label(self.tr("Your answers stay on this laptop. Tick a box only if you agree."))
        )
        layout.addWidget(self.lookup_box)
        layout.addWidget(self.form_panel)
        layout.addWidget(self.confirm_panel)
        layout.addWidget(self.welcome)
        layout.addStretch(1)
        QShortcut(QKeySequence(LEAVE_KEYS), self, self.close)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.setFont(font)

    def _form_language(self) -> str:
        """The language of the form's fields and consents ("en" or "es"): the app's own, as
        the phone form has it. A consent is recorded in the words the person read."""
        code = i18n.language()
        return code if code in LANGUAGES else "en"

    def _make_lookup(self, consent_keys: tuple[str, ...]) -> None:
        """The phone lookup above the form, and the "Is this you?" panel it may lead to."""
        self._match: KioskMatch | None = None
        self.lookup_box = QGroupBox(
            self.tr("Been here before, or on our list? Use your phone number")
        )
        self.lookup_phone = QLineEdit()
        self.lookup_phone.setMaxLength(40)
        self.lookup_phone.setAccessibleName(self.tr("Your phone number"))
        self.lookup_name = QLineEdit()
        self.lookup_name.setMaxLength(200)
        self.lookup_name.setAccessibleName(self.tr("Your first name"))
        self.find_button = QPushButton(self.tr("Find me"))
        self.find_button.clicked.connect(self.look_up)
        self.lookup_phone.returnPressed.connect(self.look_up)
        self.lookup_name.returnPressed.connect(self.look_up)
        self.lookup_error = error_label()
        lookup = QFormLayout(self.lookup_box)
        lookup.addRow(self.tr("Phone number"), self.lookup_phone)
        lookup.addRow(self.tr("First name"), self.lookup_name)
        lookup.addRow(self.lookup_error)
        lookup.addRow(self.find_button)

        self.confirm_panel = QWidget()
        self.confirm_label = heading_label(1.4)
        self.confirm_consents: dict[str, QCheckBox] = {}
        confirm = QVBoxLayout(self.confirm_panel)
        confirm.setContentsMargins(0, 0, 0, 0)
        confirm.addWidget(self.confirm_label)
        for consent in CONSENTS:
            if consent.key in consent_keys:
                box = QCheckBox(consent.wording_in(self.language))
                self.confirm_consents[consent.key] = box
                confirm.addWidget(box)
        self.confirm_error = error_label()
        confirm.addWidget(self.confirm_error)
        buttons = QHBoxLayout()
        self.confirm_yes = QPushButton(self.tr("Yes, sign me in"))
        self.confirm_yes.clicked.connect(self.confirm)
        self.confirm_no = QPushButton(self.tr("No, that is not me"))
        self.confirm_no.clicked.connect(self.not_me)
        buttons.addWidget(self.confirm_yes)
        buttons.addWidget(self.confirm_no)
        buttons.addStretch(1)
        confirm.addLayout(buttons)
        self.confirm_panel.hide()
        self._confirm_timer = QTimer(self)
        self._confirm_timer.setSingleShot(True)
        self._confirm_timer.setInterval(CONFIRM_MS)
        self._confirm_timer.timeout.connect(self.clear)

    @Slot()
    def look_up(self) -> None:
        """Find the person by phone and first name; the form, prefilled, if not found."""
        phone, name = self.lookup_phone.text(), self.lookup_name.text()
        try:
            match = self._session.kiosk_lookup(phone, name, self.language)
        except FormError as e:
            self.lookup_error.setText("\n".join(e.errors.values()))
            self.lookup_error.show()
            return
        except MeetingkitError as e:
            self.lookup_error.setText(str(e))
            self.lookup_error.show()
            return
        self.lookup_error.hide()
        if match is None:
            self._to_form(phone, name)
            return
        self._match = match
        self.confirm_label.setText(fill(self.tr("Is this you, %1?"), match.first_name))
        self.lookup_box.hide()
        self.form_panel.hide()
        self.confirm_panel.show()
        self.confirm_yes.setFocus()
        self._confirm_timer.start()

    def _to_form(self, phone: str, name: str) -> None:
        """The ordinary form, with what they typed filled in; the same for every miss."""
        for field, value in (("phone", phone), ("first_name", name)):
            widget = self.inputs.get(field)
            if isinstance(widget, QLineEdit):
                widget.setText(value)
        self.lookup_phone.clear()
        self.lookup_name.clear()
        self.form_note.setText(self.tr("Please fill in the form to sign in."))
        self.form_note.show()
        self.lookup_box.show()
        self.form_panel.show()
        self.confirm_panel.hide()
        self._match = None
        next_empty = next(
            (w for w in self.inputs.values() if isinstance(w, QLineEdit) and not w.text()), None
        )
        if next_empty is not None:
            next_empty.setFocus()

    @Slot()
    def confirm(self) -> None:
        match = self._match
        if match is None:
            return
        ticked = [key for key, box in self.confirm_consents.items() if box.isChecked()]
        try:
            signed = self._session.kiosk_sign_in_as(match, ticked, self.language)
        except MeetingkitError as e:
            self.confirm_error.setText(str(e))
            self.confirm_error.show()
            return
        self._welcome(signed.first_name)

    @Slot()
    def not_me(self) -> None:
        self._to_form(self.lookup_phone.text(), self.lookup_name.text())

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
            signed = self._session.kiosk_sign_in(self.answers(), self.language)
        except FormError as e:
            self.error.setText("\n".join(e.errors.values()))
            self.error.show()
            return
        except MeetingkitError as e:
            self.error.setText(str(e))
            self.error.show()
            return
        self._welcome(signed.first_name)

    def _welcome(self, first_name: str) -> None:
        self.clear()
        self.welcome.setText(fill(self.tr("Welcome, %1! You are signed in."), first_name))
        self.welcome.show()
        QTimer.singleShot(WELCOME_MS, self.welcome.hide)
        self.signed_in.emit()

    def clear(self) -> None:
        """Nothing of the last person stays on screen for the next."""
        self.error.hide()
        self._match = None
        self._confirm_timer.stop()
        for edit in (self.lookup_phone, self.lookup_name):
            edit.clear()
        for label in (self.lookup_error, self.confirm_error, self.form_note):
            label.hide()
        self.confirm_label.clear()
        for box in self.confirm_consents.values():
            box.setChecked(False)
        self.confirm_panel.hide()
        self.lookup_box.show()
        self.form_panel.show()
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
