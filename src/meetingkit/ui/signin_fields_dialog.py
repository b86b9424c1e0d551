"""Which questions this meeting's sign-in form asks, chosen from the catalogue by sensitivity.

The everyday questions on the left, the ones that reveal union activity or health on the right,
the consents under both: the whole form fits a 1280x720 laptop, and on a shorter screen the
questions scroll while OK and Cancel stay in view.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QVBoxLayout, QWidget

from meetingkit.core import i18n
from meetingkit.core.i18n import QT_TRANSLATE_NOOP
from meetingkit.core.signin import CATALOGUE, CONSENTS, FormSettings, Sensitivity
from meetingkit.ui.form_dialog import FormDialog
from meetingkit.ui.labels import plain_label
from meetingkit.ui.scroll_column import ScrollColumn

GROUPS = (
    (Sensitivity.LOW, QT_TRANSLATE_NOOP("SignInFieldsDialog", "Everyday")),
    (Sensitivity.MEDIUM, QT_TRANSLATE_NOOP("SignInFieldsDialog", "Contact details")),
    (
        Sensitivity.HIGH,
        QT_TRANSLATE_NOOP(
            "SignInFieldsDialog", "Reveals union activity — only if this meeting needs it"
        ),
    ),
    (
        Sensitivity.HEALTH,
        QT_TRANSLATE_NOOP(
            "SignInFieldsDialog", "Health information — only when needed; purged after"
        ),
    ),
)


class SignInFieldsDialog(FormDialog):
    def __init__(self, form: FormSettings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sign-in form"), parent)
        # The catalogue has its own wording in the phone form's languages: show the app's.
        language = i18n.language()
        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        self.fields: dict[str, QCheckBox] = {}
        for index, (sensitivity, title) in enumerate(GROUPS):
            box = QGroupBox(QCoreApplication.translate("SignInFieldsDialog", title))
            layout = QVBoxLayout(box)
            for spec in (s for s in CATALOGUE if s.sensitivity == sensitivity):
                check = QCheckBox(spec.label_in(language))
                check.setChecked(spec.name in form.fields)
                if spec.required:
                    check.setEnabled(False)  # a name is the one thing always asked
                self.fields[spec.name] = check
                layout.addWidget(check)
            layout.addStretch(1)
            # Everyday and contact on the left, what reveals more on the right (Tab goes down
            # the left column first: the groups are added in the catalogue's order).
            grid.addWidget(box, index % 2, index // 2)
        consent_box = QGroupBox(self.tr("Consents (each a separate box, unticked)"))
        consent_layout = QVBoxLayout(consent_box)
        self.consents: dict[str, QCheckBox] = {}
        for consent in CONSENTS:
            check = QCheckBox(consent.wording_in(language))
            check.setChecked(consent.key in form.consents)
            self.consents[consent.key] = check
            consent_layout.addWidget(check)
        grid.addWidget(consent_box, 2, 0, 1, 2)
        grid.addWidget(
            plain_label(
                self.tr("Ask the least you need: everything asked is stored on this laptop.")
            ),
            3,
            0,
            1,
            2,
        )
        grid.setRowStretch(4, 1)
        self._body = body
        self._scroll = ScrollColumn(body)
        self.form.addRow(self._scroll)
        self.add_buttons()
        self.resize(self.sizeHint())  # not Qt's two-thirds of the screen: all of it if needed

    def sizeHint(self) -> QSize:
        """Tall enough for every question (the scroll area alone would offer a few lines),
        within the screen: on a short one the questions scroll."""
        hint = super().sizeHint()
        hidden = self._body.sizeHint().height() - self._scroll.sizeHint().height()
        screen = self.screen().availableGeometry().height() - 60  # and the title bar
        hint.setHeight(min(hint.height() + max(hidden, 0), screen))
        return hint

    @classmethod
    def ask(cls, parent: QWidget | None, form: FormSettings) -> FormSettings | None:
        dialog = cls(form, parent)
        return dialog.chosen() if dialog.exec() == FormDialog.DialogCode.Accepted else None

    def chosen(self) -> FormSettings:
        return FormSettings(
            tuple(name for name, check in self.fields.items() if check.isChecked()),
            tuple(key for key, check in self.consents.items() if check.isChecked()),
        )
