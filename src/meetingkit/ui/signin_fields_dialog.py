"""Which questions this meeting's sign-in form asks, chosen from the catalogue by sensitivity.

The everyday questions on the left, the ones that reveal union activity or health on the right,
the consents under both, then the self-identified groups people may tick: the whole form fits a
1280x720 laptop, and on a shorter screen the questions scroll while OK and Cancel stay in view.

The groups are the organizer's words, one a line. Until the organizer changes them they are
the meeting's default offer (storage.signin.SignInStore._default_groups): its floor's priority
groups, or what the group's last meeting offered.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core import i18n
from meetingkit.core.errors import ValidationError
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, fill
from meetingkit.core.signin import (
    CATALOGUE,
    CONSENTS,
    MAX_GROUP_LENGTH,
    MOST_GROUPS_OFFERED,
    FormSettings,
    Sensitivity,
    distinct_groups,
    offered_groups,
)
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
        self._form = form
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
        grid.addWidget(self._groups_box(form), 3, 0, 1, 2)
        grid.addWidget(
            plain_label(
                self.tr("Ask the least you need: everything asked is stored on this laptop.")
            ),
            4,
            0,
            1,
            2,
        )
        grid.setRowStretch(5, 1)
        self._body = body
        self._scroll = ScrollColumn(body)
        self.form.addRow(self._scroll)
        self.add_buttons()
        self.resize(self.sizeHint())  # not Qt's two-thirds of the screen: all of it if needed

    def _groups_box(self, form: FormSettings) -> QGroupBox:
        """The groups people may say they belong to: one a line, beside what becomes of them."""
        box = QGroupBox(self.tr("Groups people may say they belong to"))
        row = QHBoxLayout(box)
        self.groups = QPlainTextEdit("\n".join(form.groups))
        self.groups.setTabChangesFocus(True)
        self.groups.setAccessibleName(box.title())
        lines = QFontMetrics(self.groups.font()).lineSpacing()
        self.groups.setFixedHeight(lines * 4 + 12)  # four lines show; more scroll
        row.addWidget(self.groups, 1)
        hint = plain_label(
            fill(
                self.tr(
                    "One a line, in people's own words: “Night shift”, “Spanish speaking”. "
                    "Each is an unticked box on the form, optional. What people tick counts for "
                    "priority for chosen groups and airtime by group, shown only as totals of "
                    "%1 or more."
                ),
                str(form.group_floor),
            )
        )
        hint.setWordWrap(True)
        row.addWidget(hint, 1)
        return box

    def validate(self) -> None:
        lines = [line for line in self.groups.toPlainText().splitlines() if line.strip()]
        if any(len(" ".join(line.split())) > MAX_GROUP_LENGTH for line in lines):
            raise ValidationError(
                fill(self.tr("Keep each group under %1 characters."), str(MAX_GROUP_LENGTH))
            )
        if len(distinct_groups(lines)) > MOST_GROUPS_OFFERED:
            raise ValidationError(
                fill(
                    self.tr("Offer at most %1 groups: a phone shows them all at once."),
                    str(MOST_GROUPS_OFFERED),
                )
            )

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
        return replace(
            self._form,
            fields=tuple(name for name, check in self.fields.items() if check.isChecked()),
            consents=tuple(key for key, check in self.consents.items() if check.isChecked()),
            groups=offered_groups(self.groups.toPlainText().splitlines()),
        )
