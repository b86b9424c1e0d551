"""Exporting a meeting's attendees: the Action Network upload or the attendance list.

Before anything is written the dialog says how many people the file will hold and how many
are left out, and why (no consent to contact, no email), so nobody is surprised afterwards.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.attendee_export import CONTACT_FIELDS, CUSTOM_FIELDS, FIELD_LABELS
from meetingkit.core.errors import MeetingkitError
from meetingkit.core.i18n import fill, translate
from meetingkit.core.meeting import Meeting
from meetingkit.services.exports import ExportFormat, ExportResult, Exports, suggested_name
from meetingkit.ui.labels import error_label, plain_label
from meetingkit.ui.screen_fit import fit_dialog


class ExportDialog(QDialog):
    def __init__(self, exports: Exports, meeting: Meeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export attendees"))
        self._exports = exports
        self._meeting = meeting
        self.result_: ExportResult | None = None

        self.format_group = QButtonGroup(self)
        formats = QGroupBox(self.tr("What to export"))
        format_layout = QVBoxLayout(formats)
        self.format_buttons: dict[ExportFormat, QRadioButton] = {}
        for fmt, hint in (
            (
                ExportFormat.ACTION_NETWORK,
                self.tr("people who agreed to be contacted, for uploading to Action Network"),
            ),
            (
                ExportFormat.ATTENDANCE,
                self.tr("everyone, as Completed, Walk In or No Show, for a spreadsheet"),
            ),
        ):
            radio = QRadioButton(f"{fmt.label} — {hint}")
            self.format_group.addButton(radio)
            self.format_buttons[fmt] = radio
            format_layout.addWidget(radio)
        self.format_buttons[ExportFormat.ACTION_NETWORK].setChecked(True)
        # The attendance list is not a contact list: said while it is chosen
        self.attendance_note = plain_label(
            self.tr(
                "Everyone who came, and anyone who held a role, is listed whatever they agreed "
                "about contact: a record of attendance, not a list for emailing or for Action "
                "Network."
            )
        )
        self.attendance_note.setWordWrap(True)
        format_layout.addWidget(self.attendance_note)

        columns = QGroupBox(self.tr("Extra columns, named as your group names them"))
        column_form = QFormLayout(columns)
        self.field_checks: dict[str, QCheckBox] = {}
        self.field_names: dict[str, QLineEdit] = {}
        # The contact columns the attendance list was given, kept while the upload is chosen
        # (it has them all, ticked and fixed) and given back when the list is chosen again
        self._list_contact: dict[str, bool] = {}
        for ours, theirs in (CONTACT_FIELDS | CUSTOM_FIELDS).items():
            label = translate("Exports", FIELD_LABELS[ours])
            check = QCheckBox(label)
            name = QLineEdit(theirs)
            name.setMaxLength(100)
            name.setAccessibleName(fill(self.tr("Column name for %1"), label))
            name.setEnabled(False)
            check.toggled.connect(name.setEnabled)
            check.toggled.connect(self._refresh)
            name.textChanged.connect(self._refresh)
            self.field_checks[ours] = check
            self.field_names[ours] = name
            column_form.addRow(check, name)

        self.summary = plain_label()
        self.summary.setWordWrap(True)
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(self.tr("&Save…"))
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(meeting.title))
        layout.addWidget(formats)
        layout.addWidget(columns)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.format_group.buttonToggled.connect(self._refresh)
        self._refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """No larger than the screen, and as tall as its wrapped lines need (ui.screen_fit),
        before Qt centres it on its window."""
        if not event.spontaneous():
            fit_dialog(self)
        super().showEvent(event)

    @classmethod
    def ask(cls, parent: QWidget | None, exports: Exports, meeting: Meeting) -> ExportResult | None:
        """Show the dialog; what was written, or None if cancelled."""
        dialog = cls(exports, meeting, parent)
        dialog.exec()
        return dialog.result_

    def export_format(self) -> ExportFormat:
        return next(f for f, b in self.format_buttons.items() if b.isChecked())

    def fields(self) -> dict[str, str]:
        """The ticked extra columns, ours -> theirs (contact columns only for the list)."""
        attendance = self.export_format() is ExportFormat.ATTENDANCE
        return {
            ours: self.field_names[ours].text()
            for ours, check in self.field_checks.items()
            if check.isChecked() and (attendance or ours not in CONTACT_FIELDS)
        }

    @Slot()
    def _refresh(self) -> None:
        attendance = self.export_format() is ExportFormat.ATTENDANCE
        self.attendance_note.setVisible(attendance)
        for ours in CONTACT_FIELDS:
            check = self.field_checks[ours]
            if attendance == (ours in self._list_contact):  # the format changed
                check.blockSignals(True)  # no _refresh from within _refresh
                if attendance:
                    check.setChecked(self._list_contact.pop(ours))
                else:
                    self._list_contact[ours] = check.isChecked()
                    check.setChecked(True)
                check.blockSignals(False)
            check.setToolTip(
                ""
                if attendance
                else self.tr("An Action Network upload always has this column, under its own name.")
            )
            check.setEnabled(attendance)
            self.field_names[ours].setEnabled(attendance and check.isChecked())
        try:
            table = self._exports.table(self._meeting.key, self.export_format(), self.fields())
        except MeetingkitError as e:
            self.error.setText(str(e))
            self.error.show()
            self.summary.clear()
            self.save_button.setEnabled(False)
            return
        self.error.hide()
        lines = [self.tr("People in the file: %n.", "", len(table.rows))]
        if table.left_out_total:
            lines.append(
                self.tr("Left out: %n — ", "", table.left_out_total)
                + "; ".join(table.describe_left_out())
                + "."
            )
        if table.withheld:
            lines.append(
                self.tr(
                    "Email or phone left blank for %n: they did not agree to be contacted "
                    "that way.",
                    "",
                    table.withheld,
                )
            )
        self.summary.setText("\n".join(lines))
        self.save_button.setEnabled(bool(table.rows))

    @Slot()
    def save(self) -> None:
        from meetingkit.ui.save_document import SavePath

        fmt = self.export_format()
        path = SavePath.ask(
            self,
            self.tr("Save the Action Network upload")
            if fmt is ExportFormat.ACTION_NETWORK
            else self.tr("Save the attendance list"),
            suggested_name(self._meeting.title, fmt),
            (self.tr("CSV files"), ".csv"),
        )
        if path is None:
            return
        try:
            self.result_ = self._exports.write(self._meeting.key, fmt, path, self.fields())
        except MeetingkitError as e:
            self.error.setText(str(e))
            self.error.show()
            return
        self.accept()
