"""Settings (Edit › Settings…, Ctrl+,): the data folder, language, theme, and the defaults new
meetings start from (turn limit, card layout, how long they keep personal data). Saved in the
settings file when OK is pressed; the theme shows at once, the language and the data folder
from the next start."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.errors import ValidationError
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, fill
from meetingkit.core.settings import (
    CARD_LAYOUTS,
    LANGUAGES,
    MAX_RETENTION_DAYS,
    MAX_TURN_LIMIT_S,
    MIN_TURN_LIMIT_S,
    THEMES,
    Settings,
)
from meetingkit.services.data_dir import default_data_dir
from meetingkit.ui.file_dialog import FileDialog
from meetingkit.ui.form_dialog import FormDialog
from meetingkit.ui.labels import plain_label
from meetingkit.ui.theme import theme_label
from meetingkit.ui.tones import Tone, tint

CARD_LAYOUT_LABELS = {
    "index": QT_TRANSLATE_NOOP("SettingsDialog", "Index cards, 5×3 in (3 per Letter sheet)"),
    "postcard": QT_TRANSLATE_NOOP("SettingsDialog", "Postcards, 6×4 in (2 per Letter sheet)"),
    "quarter": QT_TRANSLATE_NOOP("SettingsDialog", "Quarter-letter, 4¼×5½ in (4 per Letter)"),
    "a6": QT_TRANSLATE_NOOP("SettingsDialog", "A6 (4 per A4 sheet)"),
}


MINIMUM_WIDTH = 560
"""The dialog's narrowest, unless its form needs more: the data folder's path shows whole."""


def language_next_start() -> str:
    """Said when the language changes: the open windows keep theirs until the app restarts."""
    return QCoreApplication.translate(
        "SettingsDialog", "The new language shows from the next start."
    )


def folder_next_start(chosen: str, in_use: str) -> str:
    """Said when another data folder is chosen: it opens from the next start, and the data
    stays where it is until it is taken along (the main window's status bar says so too)."""
    return fill(
        QCoreApplication.translate(
            "SettingsDialog",
            "meetingkit opens %1 from its next start. Your meetings stay in %2: to take "
            "them along, make a backup (Privacy page) and restore it there.",
        ),
        chosen,
        in_use,
    )


def language_label(code: str) -> str:
    if code == "system":
        return QCoreApplication.translate("SettingsDialog", "The system's language")
    from meetingkit.ui.language import NAMES

    return NAMES[code]


class SettingsDialog(FormDialog):
    def __init__(
        self,
        settings: Settings,
        data_dir_in_use: Path,
        data_dir_given: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Settings"), parent)
        self._settings = settings

        # Where the data lives
        self.folder_edit = QLineEdit(settings.data_dir or str(default_data_dir()))
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setAccessibleName(self.tr("Data folder"))
        self.folder_button = QPushButton(self.tr("&Change…"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.default_folder_button = QPushButton(self.tr("Use the &default"))
        self.default_folder_button.setToolTip(str(default_data_dir()))
        self.default_folder_button.clicked.connect(self.use_default_folder)
        # The path on a line of its own, as wide as the dialog: beside two buttons (longer in
        # Spanish) it showed only its last dozen letters.
        folder_buttons = QHBoxLayout()
        folder_buttons.addWidget(self.folder_button)
        folder_buttons.addWidget(self.default_folder_button)
        folder_buttons.addStretch(1)
        folder_row = QVBoxLayout()
        folder_row.addWidget(self.folder_edit)
        folder_row.addLayout(folder_buttons)
        folder_label = QLabel(self.tr("Data &folder:"))
        folder_label.setBuddy(self.folder_button)  # Alt+F reaches the folder's button
        self.form.addRow(folder_label, folder_row)
        self.folder_note = plain_label()
        self.folder_note.setWordWrap(True)
        self.form.addRow(self.folder_note)
        self._in_use = data_dir_in_use
        self._given = data_dir_given

        # Language and theme
        self.language_combo = QComboBox()
        for code in LANGUAGES:
            self.language_combo.addItem(language_label(code), code)
        self.language_combo.setCurrentIndex(LANGUAGES.index(settings.language))
        self.form.addRow(self.tr("&Language:"), self.language_combo)
        self.theme_combo = QComboBox()
        for name in THEMES:
            self.theme_combo.addItem(theme_label(name).replace("&", ""), name)
        self.theme_combo.setCurrentIndex(THEMES.index(settings.theme))
        self.form.addRow(self.tr("&Theme:"), self.theme_combo)

        # Defaults for new meetings
        self.turn_spin = QSpinBox()
        self.turn_spin.setRange(MIN_TURN_LIMIT_S, MAX_TURN_LIMIT_S)
        self.turn_spin.setSingleStep(15)
        self.turn_spin.setSuffix(self.tr(" s"))
        self.turn_spin.setValue(settings.turn_limit_s)
        self.turn_spin.setToolTip(
            self.tr(
                "How long a speaker may hold the floor before the discreet cue, for meetings "
                "whose turn limits were never changed. Each meeting can set its own on its "
                "Floor tab."
            )
        )
        self.form.addRow(self.tr("Default turn li&mit:"), self.turn_spin)
        self.layout_combo = QComboBox()
        for name in CARD_LAYOUTS:
            self.layout_combo.addItem(
                QCoreApplication.translate("SettingsDialog", CARD_LAYOUT_LABELS[name]), name
            )
        self.layout_combo.setCurrentIndex(CARD_LAYOUTS.index(settings.card_layout))
        self.form.addRow(self.tr("Default ca&rd layout:"), self.layout_combo)
        self.retention_spin = QSpinBox()
        self.retention_spin.setRange(0, MAX_RETENTION_DAYS)
        self.retention_spin.setSpecialValueText(self.tr("never: I purge by hand"))
        self.retention_spin.setSuffix(self.tr(" days after each new meeting"))
        self.retention_spin.setValue(settings.retention_days)
        self.retention_spin.setToolTip(
            self.tr(
                "New meetings and trainings, and copies of meetings that had no retention, "
                "keep who came, their sign-ins and commitments this long; then meetingkit "
                "purges them as it starts, keeping only anonymous counts. Each meeting's can "
                "be changed on the Privacy page."
            )
        )
        self.form.addRow(self.tr("Pur&ge personal data:"), self.retention_spin)
        # "never: I purge by hand" read as a rule for every meeting: it is where new ones
        # start, and the meetings already made keep theirs.
        self.retention_note = plain_label(
            self.tr(
                "For meetings made from now on. Meetings you already have keep their own "
                "setting: change it on the Privacy page."
            )
        )
        self.retention_note.setWordWrap(True)
        tint(self.retention_note, Tone.MUTED)
        self.form.addRow("", self.retention_note)

        self.language_combo.currentIndexChanged.connect(self._update_notes)
        self._update_notes()
        self.add_buttons()
        # Never narrower than its form: a minimum width of its own stops the layout's, and
        # a long label ("Formato de tarjeta predeterminado:") was cut at it
        self.setMinimumWidth(max(MINIMUM_WIDTH, self.form.minimumSize().width()))
        # It opens on the first choice, not in the data folder's path (read-only, but a caret
        # there looks like typing would change it)
        self.language_combo.setFocus()

    def _folder(self) -> str:
        """The folder chosen, as the settings keep it ("" for the platform's default)."""
        chosen = Path(self.folder_edit.text())
        return "" if chosen == default_data_dir() else str(chosen)

    @Slot()
    def choose_folder(self) -> None:
        folder = FileDialog.folder(
            self, self.tr("Choose the data folder"), Path(self.folder_edit.text())
        )
        if folder:
            self.folder_edit.setText(folder)
            self._update_notes()

    @Slot()
    def use_default_folder(self) -> None:
        self.folder_edit.setText(str(default_data_dir()))
        self._update_notes()

    @Slot()
    def _update_notes(self) -> None:
        notes = []
        if self._given:
            notes.append(
                fill(
                    self.tr(
                        "This session uses %1, given by --data-dir or MEETINGKIT_DATA_DIR; that "
                        "overrides the folder chosen here."
                    ),
                    str(self._in_use),
                )
            )
        if Path(self.folder_edit.text()) != self._in_use:
            notes.append(folder_next_start(self.folder_edit.text(), str(self._in_use)))
        if self.language_combo.currentData() != self._settings.language:
            notes.append(language_next_start())
        self.folder_note.setText("\n".join(notes))
        self.folder_note.setVisible(bool(notes))

    def validate(self) -> None:
        folder = Path(self.folder_edit.text())
        if folder.exists() and not folder.is_dir():
            raise ValidationError(fill(self.tr("%1 is a file, not a folder."), str(folder)))
        self.settings()  # raises ValidationError for a value out of range

    def settings(self) -> Settings:
        """The settings as the dialog shows them."""
        return replace(
            self._settings,
            data_dir=self._folder(),
            language=str(self.language_combo.currentData()),
            theme=str(self.theme_combo.currentData()),
            turn_limit_s=self.turn_spin.value(),
            card_layout=str(self.layout_combo.currentData()),
            retention_days=self.retention_spin.value(),
        )
