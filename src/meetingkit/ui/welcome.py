"""The first-run welcome: what meetingkit is, where it keeps its data, and a first step —
explore the demo meeting, or plan a real one.

Shown before the main window when there is no database yet and the welcome was never
answered. Choosing the language here shows it at once, since nothing else is open yet.
"""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.i18n import fill
from meetingkit.core.settings import LANGUAGES
from meetingkit.ui import language
from meetingkit.ui.file_dialog import FileDialog
from meetingkit.ui.labels import heading_label, plain_label
from meetingkit.ui.settings_dialog import language_label


class FirstStep(enum.Enum):
    DEMO = "demo"  # a throwaway demo, deleted on quit; the welcome shows again next time
    NEW_MEETING = "new meeting"  # the app, with the new-meeting dialog open
    EMPTY = "empty"  # the app as it is, empty


class WelcomeDialog(QDialog):
    def __init__(
        self,
        data_dir: Path,
        *,
        can_change_folder: bool,
        language_setting: str = "system",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.language_setting = language_setting
        self.first_step = FirstStep.EMPTY
        self.setMinimumWidth(600)

        self.heading = heading_label(1.6)
        self.intro = plain_label()
        self.intro.setWordWrap(True)
        self.where = plain_label()
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(self.choose_folder)
        self.folder_button.setVisible(can_change_folder)
        self.language_combo = QComboBox()
        for code in LANGUAGES:
            self.language_combo.addItem(language_label(code), code)
        self.language_combo.setCurrentIndex(LANGUAGES.index(language_setting))
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language_combo)
        self.language_form = QFormLayout()
        self.language_form.addRow(self.language_label, self.language_combo)

        self.demo_button = QPushButton()
        self.demo_button.clicked.connect(lambda: self._finish(FirstStep.DEMO))
        self.new_button = QPushButton()
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(lambda: self._finish(FirstStep.NEW_MEETING))
        self.empty_button = QPushButton()
        self.empty_button.clicked.connect(lambda: self._finish(FirstStep.EMPTY))
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty_button)
        buttons.addStretch(1)
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.new_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addWidget(self.where)
        layout.addWidget(self.folder_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(8)
        layout.addLayout(self.language_form)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._retranslate()
        self.new_button.setFocus()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to meetingkit"))
        self.heading.setText(self.tr("Welcome to meetingkit"))
        self.intro.setText(
            self.tr(
                "Run meetings, trainings and assemblies from this laptop: an agenda with live "
                "clocks, a speaking stack that shares the floor fairly, sign-in by QR code on "
                "people's own phones, and commitment cards to print."
            )
        )
        self.where.setText(
            fill(
                self.tr(
                    "Everything stays on this computer, in one file in the folder %1. Nothing is "
                    "sent over the internet: no accounts, no cloud. The sign-in page is served on "
                    "your local network only while you open sign-in for a meeting."
                ),
                str(self.data_dir),
            )
        )
        self.folder_button.setText(self.tr("Keep the data in another &folder…"))
        self.language_label.setText(self.tr("&Language:"))
        self.language_combo.setAccessibleName(self.tr("Language"))
        for i, code in enumerate(LANGUAGES):
            self.language_combo.setItemText(i, language_label(code))
        self.demo_button.setText(self.tr("Explore the &demo meeting"))
        self.demo_button.setToolTip(
            self.tr(
                "A made-up working group of health workers, with agendas, sign-ins and "
                "commitments. It is deleted when you quit."
            )
        )
        self.new_button.setText(self.tr("&Plan my first meeting"))
        self.empty_button.setText(self.tr("&Skip"))

    @Slot()
    def _language_chosen(self) -> None:
        self.language_setting = str(self.language_combo.currentData())
        app = QApplication.instance()
        if app is not None:
            language.install(app, self.language_setting)
        self._retranslate()

    @Slot()
    def choose_folder(self) -> None:
        folder = FileDialog.folder(
            self,
            QCoreApplication.translate("WelcomeDialog", "Choose the data folder"),
            self.data_dir,
        )
        if folder:
            self.data_dir = Path(folder)
            self._retranslate()

    def _finish(self, step: FirstStep) -> None:
        self.first_step = step
        self.accept()
