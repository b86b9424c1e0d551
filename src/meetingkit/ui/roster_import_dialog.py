"""Importing a roster: choose the file, check how its columns were understood, fix any, import.

The top table is the file as it is, with a field chooser above each column; the bottom one
shows the first rows as they would be imported, and what happens to each (new, already here,
skipped and why). Nothing is written until Import, and then all rows or none.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.errors import MeetingkitError
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from meetingkit.core.roster import FIELD_LABELS, IGNORE, Action, guess_mapping, ignored_columns
from meetingkit.core.roster_file import RosterFile
from meetingkit.services.roster_import import (
    PREVIEW_ROWS,
    RosterImport,
    RosterImported,
    RosterPreview,
)
from meetingkit.ui.feedback import Alert
from meetingkit.ui.file_dialog import FileDialog, documents_folder
from meetingkit.ui.labels import error_label, plain_label

PREVIEW_COLUMNS = (
    QT_TRANSLATE_NOOP("RosterImportDialog", "Row"),
    QT_TRANSLATE_NOOP("RosterImportDialog", "First name"),
    QT_TRANSLATE_NOOP("RosterImportDialog", "Last name"),
    QT_TRANSLATE_NOOP("RosterImportDialog", "Email"),
    QT_TRANSLATE_NOOP("RosterImportDialog", "Phone"),
    QT_TRANSLATE_NOOP("RosterImportDialog", "Zip"),
    QT_TRANSLATE_NOOP("RosterImportDialog", "Profession"),
    QT_TRANSLATE_NOOP("RosterImportDialog", "Workplace"),
    QT_TRANSLATE_NOOP("RosterImportDialog", "What happens"),
)
SKIPPED_SHOWN = 200
# The columns named under the table as not imported: a CRM's export may leave hundreds.
IGNORED_NAMED = 20


class RosterPath:
    @classmethod
    def ask(cls, parent: QWidget | None) -> Path | None:
        """The roster file to open, or None."""
        csv = QCoreApplication.translate("RosterPath", "CSV files")
        everything = QCoreApplication.translate("RosterPath", "All files")
        chosen = FileDialog.open(
            parent,
            QCoreApplication.translate("RosterPath", "Choose a roster file"),
            documents_folder(),
            f"{csv} (*.csv *.tsv *.txt);;{everything} (*)",
        )
        return Path(chosen) if chosen else None


class RosterImportDialog(QDialog):
    def __init__(
        self,
        importer: RosterImport,
        roster: RosterFile,
        file_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a roster"))
        self._importer = importer
        self._roster = roster
        self._file_name = file_name
        self.outcome: RosterImported | None = None

        rows = len(roster.rows)  # a plural, written as %2 to keep the thousands separator
        about = self.tr("%1: %2 rows, %3, separated by %4.", "", rows).replace("%2", f"{rows:,}")
        about = about.replace("%3", roster.encoding).replace("%4", roster.delimiter_name)
        self.about = plain_label(fill(about, file_name))
        self.about.setWordWrap(True)
        self.note = plain_label(roster.note)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(roster.note))

        shown = roster.rows[:PREVIEW_ROWS]
        self.file_table = QTableWidget(len(shown) + 1, len(roster.headers))
        self.file_table.setTabKeyNavigation(False)  # arrows move in it; Tab moves on
        self.file_table.setHorizontalHeaderLabels(list(roster.headers))
        self.file_table.setVerticalHeaderLabels(
            [self.tr("Field")] + [str(n) for n in roster.lines[:PREVIEW_ROWS]]
        )
        self.file_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.file_table.setAccessibleName(self.tr("The file's columns and first rows"))
        self.combos: list[QComboBox] = []
        for column, field in enumerate(guess_mapping(roster.headers)):
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), IGNORE)
            for name, label in FIELD_LABELS.items():
                combo.addItem(translate("Roster import", label), name)
            combo.setCurrentIndex(combo.findData(field))
            combo.setAccessibleName(fill(self.tr("Field for column %1"), roster.headers[column]))
            combo.currentIndexChanged.connect(self._refresh)
            self.file_table.setCellWidget(0, column, combo)
            self.combos.append(combo)
        for row, cells in enumerate(shown, 1):
            for column, cell in enumerate(cells):
                self.file_table.setItem(row, column, QTableWidgetItem(cell))  # items are plain

        self.ignored = plain_label()
        self.ignored.setWordWrap(True)

        self.preview_table = QTableWidget(0, len(PREVIEW_COLUMNS))
        self.preview_table.setTabKeyNavigation(False)  # arrows move in it; Tab moves on
        self.preview_table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("RosterImportDialog", c) for c in PREVIEW_COLUMNS]
        )
        self.preview_table.verticalHeader().hide()
        self.preview_table.horizontalHeader().setStretchLastSection(True)
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setAccessibleName(self.tr("The first rows as they would be imported"))
        self.counts = plain_label()
        self.counts.setWordWrap(True)
        self.skipped = QPlainTextEdit()
        self.skipped.setReadOnly(True)
        self.skipped.setMaximumHeight(90)
        self.skipped.setAccessibleName(self.tr("Rows that will be skipped"))
        self.error = error_label()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setDefault(True)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.clicked.connect(self.run_import)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.note)
        layout.addWidget(plain_label(self.tr("Which field is in each column:")))
        layout.addWidget(self.file_table, 2)
        layout.addWidget(self.ignored)
        layout.addWidget(plain_label(self.tr("The first rows as they would be imported:")))
        layout.addWidget(self.preview_table, 2)
        layout.addWidget(self.counts)
        layout.addWidget(self.skipped)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(960, 720)
        self._refresh()

    @classmethod
    def ask(
        cls, parent: QWidget | None, importer: RosterImport, path: Path | None = None
    ) -> RosterImported | None:
        """Choose a file (unless given), preview and import it; the import, or None."""
        path = path or RosterPath.ask(parent)
        if path is None:
            return None
        try:
            roster = importer.read(path)
        except MeetingkitError as e:
            title = QCoreApplication.translate("RosterImportDialog", "Could not read the roster")
            Alert.show(parent, title, str(e))
            return None
        dialog = cls(importer, roster, path.name, parent)
        dialog.exec()
        return dialog.outcome

    def mapping(self) -> tuple[str, ...]:
        return tuple(str(c.currentData()) for c in self.combos)

    def set_field(self, header: str, field: str) -> None:
        """Set a column's field ("" to ignore) as a person would with its chooser."""
        combo = self.combos[self._roster.headers.index(header)]
        combo.setCurrentIndex(combo.findData(field))

    @Slot()
    def _refresh(self) -> None:
        ignored = ignored_columns(self._roster.headers, self.mapping())
        named = ", ".join(ignored[:IGNORED_NAMED])
        if len(ignored) > IGNORED_NAMED:
            named = fill(self.tr("%1 and %n more", "", len(ignored) - IGNORED_NAMED), named)
        self.ignored.setText(
            fill(
                self.tr("Not imported: %1 (choose a field at the top of a column to import it)."),
                named,
            )
        )
        self.ignored.setVisible(bool(ignored))
        try:
            preview = self._importer.preview(self._roster, self.mapping())
        except MeetingkitError as e:
            self.error.setText(str(e))
            self.error.show()
            self.preview_table.setRowCount(0)
            self.counts.clear()
            self.skipped.clear()
            self.skipped.hide()  # not an empty frame beside the error
            self.import_button.setEnabled(False)
            return
        self.error.hide()
        self._show(preview)
        plan = preview.plan
        self.import_button.setEnabled(bool(plan.added or plan.matched))

    def _show(self, preview: RosterPreview) -> None:
        self.preview_table.setRowCount(len(preview.rows))
        for row, shown in enumerate(preview.rows):
            p = shown.row.person
            values = [str(shown.row.line)]
            values += (
                [p.first_name, p.last_name, p.email, p.phone, p.zip_code, p.profession, p.workplace]
                if p
                else [""] * 7
            )
            values.append(shown.outcome)
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.preview_table.setItem(row, column, item)
        self.preview_table.resizeColumnsToContents()
        plan = preview.plan
        here = preview.already_here
        counts = self.tr(
            "New people: %1 · Already here, empty fields filled in: %2 · Already here, nothing "
            "to add: %3 · Skipped: %4"
        )
        counts = fill(
            counts,
            f"{plan.added:,}",
            f"{here.filled:,}",
            f"{here.unchanged:,}",
            f"{plan.skipped:,}",
        )
        if plan.merged:
            counts += fill(self.tr(" · Repeated rows merged: %1"), f"{plan.merged:,}")
        for sentence in plan.describe(duplicates=False):
            counts += "\n" + sentence
        if duplicates := plan.possible_duplicates:
            counts += "\n" + fill(
                self.tr(
                    "%1 new people share a phone, email or full name with someone already here "
                    "or earlier in the file: they are added, not merged. Review them in People › "
                    "Review possible duplicates.",
                    "",
                    duplicates,
                ),
                f"{duplicates:,}",
            )
        self.counts.setText(counts)
        lines = [
            fill(self.tr("Row %1: %2"), str(r.line), r.reason)
            for r in plan.rows
            if r.action == Action.SKIP
        ]
        lines += [
            fill(self.tr("Row %1: %2"), str(r.line), note) for r in plan.rows for note in r.notes
        ]
        self.skipped.setPlainText("\n".join(lines[:SKIPPED_SHOWN]))
        self.skipped.setVisible(bool(lines))

    @Slot()
    def run_import(self) -> None:
        try:
            self.outcome = self._importer.apply(self._roster, self.mapping(), self._file_name)
        except MeetingkitError as e:
            self.error.setText(str(e))
            self.error.show()
            return
        self.accept()
