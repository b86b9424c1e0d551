"""Which questions this meeting's sign-in form asks, chosen from the catalogue by sensitivity."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QGroupBox, QVBoxLayout, QWidget

from meetingkit.core import i18n
from meetingkit.core.i18n import QT_TRANSLATE_NOOP
from meetingkit.core.signin import CATALOGUE, CONSENTS, FormSettings, Sensitivity
from meetingkit.ui.form_dialog import FormDialog
from meetingkit.ui.labels import plain_label

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
        self.fields: dict[str, QCheckBox] = {}
        for sensitivity, title in GROUPS:
            box = QGroupBox(QCoreApplication.translate("SignInFieldsDialog", title))
            layout = QVBoxLayout(box)
            for spec in (s for s in CATALOGUE if s.sensitivity == sensitivity):
                check = QCheckBox(spec.label_in(language))
                check.setChecked(spec.name in form.fields)
                if spec.required:
                    check.setEnabled(False)  # a name is the one thing always asked
                self.fields[spec.name] = check
                layout.addWidget(check)
            self.form.addRow(box)
        consent_box = QGroupBox(self.tr("Consents (each a separate box, unticked)"))
        consent_layout = QVBoxLayout(consent_box)
        self.consents: dict[str, QCheckBox] = {}
        for consent in CONSENTS:
            check = QCheckBox(consent.wording_in(language))
            check.setChecked(consent.key in form.consents)
            self.consents[consent.key] = check
            consent_layout.addWidget(check)
        self.form.addRow(consent_box)
        self.form.addRow(
            plain_label(
                self.tr("Ask the least you need: everything asked is stored on this laptop.")
            )
        )
        self.add_buttons()

    @classmethod
    def ask(cls, parent: QWidget | None, form: FormSettings) -> FormSettings | None:
        dialog = cls(form, parent)
        return dialog.chosen() if dialog.exec() == FormDialog.DialogCode.Accepted else None

    def chosen(self) -> FormSettings:
        return FormSettings(
            tuple(name for name, check in self.fields.items() if check.isChecked()),
            tuple(key for key, check in self.consents.items() if check.isChecked()),
        )
