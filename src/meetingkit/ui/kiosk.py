"""The kiosk: people without a phone sign in at the laptop. It shows nobody until they type,
and nothing of anyone else: no list, no count, no names.

It answers everyone alike, known or not. There is one form; someone already in the directory
(an imported roster, an earlier meeting) types their first name and phone number, as the
form's first line says is enough, and the sign-in is matched to their record silently when it
is saved (storage.signin), as on a phone. The welcome names them by the first name they typed,
never the record's: whether a record matched shows nowhere on this screen, so the kiosk cannot
be used to find out who is on the list (DOMAIN: no answer reveals whether a person exists).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QHideEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core import i18n
from meetingkit.core.errors import MeetingkitError
from meetingkit.core.i18n import fill
from meetingkit.core.signin import (
    CONSENTS,
    FieldKind,
    FieldSpec,
    FormError,
    FormSettings,
    group_field,
    groups_legend,
    groups_note,
)
from meetingkit.services.signin_pages import LANGUAGES
from meetingkit.services.signin_session import SignInSession
from meetingkit.ui import screen_fit
from meetingkit.ui.labels import error_label, heading_label, plain_label
from meetingkit.ui.screen_fit import ScreenFit
from meetingkit.ui.scroll_column import least_height
from meetingkit.ui.wrapped_check_box import WrappedCheckBox

LEAVE_KEYS = "Ctrl+Shift+L"  # for the greeter; not shown on the kiosk screen
WELCOME_MS = 4000
# How often the open kiosk looks again at its form and the smallest group shown (`follow_form`)
FOLLOW_MS = 1000
MARGINS = QSize(60, 40)  # round the form: at its sides, and above it and under Sign in


class KioskWindow(QWidget):
    signed_in = Signal()

    def __init__(self, session: SignInSession, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Sign in"))
        self._session = session
        self.language = self._form_language()
        settings = session.settings()
        self.title = heading_label(2.0, self.tr("Sign in here"))
        self.title.setWordWrap(True)
        self.meeting_label = heading_label(1.3, session.meeting.title)
        self.meeting_label.setWordWrap(True)
        self.inputs: dict[str, QLineEdit | QComboBox | QButtonGroup] = {}
        self._field_rows: dict[str, tuple[QLabel, QWidget]] = {}  # by field: label, input
        self.groups: dict[str, QCheckBox] = {}  # by the group's name: each unticked
        self.groups_box = QGroupBox(groups_legend(self.language))
        self._groups_layout = QVBoxLayout(self.groups_box)
        # Its promise ("only with 3 or more people") is the floor's smallest group shown,
        # which the facilitator may change while the kiosk is open: followed (FOLLOW_MS)
        self.group_floor = settings.form.group_floor
        self.groups_note = plain_label(groups_note(self.language, self.group_floor))
        self.groups_note.setWordWrap(True)
        self._groups_layout.addWidget(self.groups_note)
        self.consents: dict[str, QCheckBox] = {}
        self.form = QFormLayout()
        self.shown_form = settings.form  # the fields, groups and consents on screen
        self._show_form(settings.form)
        self.error = error_label()
        self.welcome = heading_label(1.6)
        self.welcome.hide()
        self.submit = QPushButton(self.tr("Sign in"))
        self.submit.setDefault(True)
        self.submit.clicked.connect(self.sign_in)
        # The same line for everyone: a returning person needs type no more than this, and
        # nobody is told whether they were found.
        self.form_note = plain_label(
            self.tr(
                "Been here before, or on our list? Your first name and phone number are enough."
            )
        )
        self.form_note.setWordWrap(True)
        stay = plain_label(
            self.tr("Your answers stay on this laptop. Tick a box only if you agree.")
        )
        stay.setWordWrap(True)
        # The form scrolls where the screen is too short for it (a large font, the display
        # scaled to 150 %): *Sign in*, what went wrong and the welcome stay in view under it
        self.form_panel = QWidget()
        form_layout = QVBoxLayout(self.form_panel)
        form_layout.setContentsMargins(MARGINS.width(), MARGINS.height(), MARGINS.width(), 0)
        for label in (self.title, self.meeting_label, stay, self.form_note):
            form_layout.addWidget(label)
        form_layout.addLayout(self.form)
        form_layout.addStretch(1)
        sending = QVBoxLayout()
        sending.setContentsMargins(
            MARGINS.width(), max(form_layout.spacing(), 0), MARGINS.width(), MARGINS.height()
        )
        sending.addWidget(self.error)
        sending.addWidget(self.submit)
        sending.addWidget(self.welcome)
        self.form_area = FormArea(
            self.form_panel,
            lambda: screen_fit.screen_room(self) - QSize(0, sending.sizeHint().height()),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)  # the room `sending` takes is all it takes (the area's is the rest)
        layout.addWidget(self.form_area)
        layout.addLayout(sending)
        layout.addStretch(1)
        QShortcut(QKeySequence(LEAVE_KEYS), self, self.close)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.setFont(font)
        # The form is changed on the Sign-in tab (Form fields…), the smallest group shown on
        # the Floor tab; nothing tells this window. As the sign-in server reads them for each
        # form and the projector at each tick, the kiosk reads them again for each new person
        # (`_welcome`) and every FOLLOW_MS while on screen: a few rows.
        self.follow_timer = QTimer(self)
        self.follow_timer.setInterval(FOLLOW_MS)
        self.follow_timer.timeout.connect(self.follow_form)
        self._order_tabs()

    def _show_form(self, form: FormSettings) -> None:
        """Show `form`'s fields, groups and consents, in its order. A field, group or consent
        already on screen stays as it is, with what was typed or ticked in it and the focus:
        the person at the laptop goes on where they were; only what the form no longer asks
        goes."""
        fields = {spec.name: spec for spec in form.specs()}
        for name in [n for n in self.inputs if n not in fields]:
            label, widget = self._field_rows.pop(name)
            group = self.inputs.pop(name)
            if isinstance(group, QButtonGroup):
                group.deleteLater()
            _drop(label)
            _drop(widget)
        for name in [n for n in self.groups if n not in form.groups]:
            _drop(self.groups.pop(name))
        for key in [k for k in self.consents if k not in form.consents]:
            _drop(self.consents.pop(key))
        while self.form.rowCount():  # the rows kept are laid out again, in the form's order
            self.form.takeRow(0)
        for spec in fields.values():
            if spec.name not in self._field_rows:
                self._field_rows[spec.name] = self._field(spec)
            label, widget = self._field_rows[spec.name]
            self.form.addRow(label, widget)
        self.inputs = {name: self.inputs[name] for name in fields}  # in the form's order
        for box in self.groups.values():
            self._groups_layout.removeWidget(box)  # put back below, in the form's order
        for name in form.groups:
            box = (
                self.groups.pop(name)
                if name in self.groups
                else WrappedCheckBox(name.replace("&", "&&"))
            )
            self.groups[name] = box
            self._groups_layout.addWidget(box)
        if self.groups:
            self.form.addRow(self.groups_box)
            if self.form.parentWidget() is not None:  # on screen (not while it is made)
                self.groups_box.show()
        else:
            self.groups_box.hide()
        for consent in CONSENTS:
            if consent.key in form.consents:
                box = (
                    self.consents.pop(consent.key)
                    if consent.key in self.consents
                    else WrappedCheckBox(consent.wording_in(self.language))
                )
                self.consents[consent.key] = box
                self.form.addRow(box)
        self.shown_form = form
        self._follow_floor(form.group_floor)
        if self.form.parentWidget() is not None:
            self._order_tabs()

    def _field(self, spec: FieldSpec) -> tuple[QLabel, QWidget]:
        """The label and the input of a field of the form."""
        label = plain_label(spec.label_in(self.language))
        widget: QWidget
        if spec.kind == FieldKind.YES_NO:
            group = QButtonGroup(self)
            widget = QWidget()
            row = QHBoxLayout(widget)
            row.setContentsMargins(0, 0, 0, 0)
            for value, text in (("yes", self.tr("Yes")), ("no", self.tr("No"))):
                radio = QRadioButton(text)
                radio.setProperty("value", value)
                group.addButton(radio)
                row.addWidget(radio)
            row.addStretch(1)
            self.inputs[spec.name] = group
        elif spec.kind == FieldKind.CHOICE:
            combo = QComboBox()
            combo.addItem("", "")
            for value, labels in spec.choices:
                combo.addItem(labels.get(self.language) or labels["en"], value)
            combo.setAccessibleName(spec.label_in(self.language))
            self.inputs[spec.name] = widget = combo
        else:
            edit = QLineEdit()
            edit.setMaxLength(200)
            edit.setAccessibleName(spec.label_in(self.language))
            # Enter goes on to the next box, as people expect of a form; only *Sign in*
            # signs in, so nobody is signed in half-way through their answers.
            edit.returnPressed.connect(self.focusNextChild)
            self.inputs[spec.name] = widget = edit
        label.setBuddy(widget)
        return label, widget

    def _order_tabs(self) -> None:
        """Tab (and Enter in a box) goes down the form as it shows now, then to Sign in."""
        chain: list[QWidget] = []
        for widget in self.inputs.values():
            chain += widget.buttons() if isinstance(widget, QButtonGroup) else [widget]
        chain += [*self.groups.values(), *self.consents.values(), self.submit]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    @Slot()
    def follow_form(self) -> None:
        """The form as it is saved now: its fields, groups and consents, which the organizer
        may change on the Sign-in tab while the kiosk is open, and the smallest group shown,
        changed on the Floor tab, which the line under the groups promises."""
        try:
            form = self._session.settings().form
        except (sqlite3.Error, MeetingkitError):
            return  # the data closing under the window, the meeting gone: the form stays
        if replace(form, group_floor=self.shown_form.group_floor) != self.shown_form:
            self._show_form(form)
        else:
            self._follow_floor(form.group_floor)
            self.shown_form = form

    def _follow_floor(self, floor: int) -> None:
        if floor != self.group_floor:
            self.group_floor = floor
            self.groups_note.setText(groups_note(self.language, floor))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.follow_form()
        self.follow_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.follow_timer.stop()
        super().hideEvent(event)

    def _form_language(self) -> str:
        """The language of the form's fields and consents ("en" or "es"): the app's own, as
        the phone form has it. A consent is recorded in the words the person read."""
        code = i18n.language()
        return code if code in LANGUAGES else "en"

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
        for n, (name, box) in enumerate(self.groups.items(), 1):
            if box.isChecked():
                result[group_field(n)] = name
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
        # The name they typed, never their record's ("María José" for "Maria"): whether the
        # sign-in was matched to someone must not show
        self._welcome(signed.given_first_name)

    def _welcome(self, first_name: str) -> None:
        self.clear()
        self.follow_form()  # the next person reads the form as it stands now
        self.welcome.setText(fill(self.tr("Welcome, %1! You are signed in."), first_name))
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
        for box in (*self.groups.values(), *self.consents.values()):
            box.setChecked(False)
        first = next(iter(self.inputs.values()), None)
        if isinstance(first, QLineEdit):
            first.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.clear()
        super().closeEvent(event)


def _drop(widget: QWidget) -> None:
    """A part of the form it no longer asks: gone from the screen at once."""
    widget.hide()
    widget.deleteLater()


class FormArea(ScreenFit):
    """The kiosk's form, as tall as its lines need at the window's width, so that *Sign in*
    sits right under it; on a screen too short for it (a large font, the display scaled to
    150 %), it scrolls, and *Sign in* stays in view under it. Its words wrap: a QA round 16a
    kiosk at 14 points was 1416x801 on a 1280x720 screen, *Registrarme* off its bottom edge,
    and the groups' note was cut to half its lines (a window squeezed to its minimum gives a
    wrapped label less than its `heightForWidth`; a ScreenFit never does)."""

    def __init__(self, content: QWidget, room: Callable[[], QSize]) -> None:
        super().__init__(content, room)
        self._hinted_width = -1

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint()
        width = self.width() - 2 * self.frameWidth() if self.isVisible() else hint.width()
        self._hinted_width = self.width()
        height = least_height(content, width)
        layout = content.layout()
        if layout is not None and layout.hasHeightForWidth():
            height = max(height, layout.totalHeightForWidth(width))
        return QSize(hint.width(), height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.width() != self._hinted_width:  # wider or narrower, its lines wrap anew
            self.updateGeometry()
