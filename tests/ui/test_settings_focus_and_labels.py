"""Settings (Ctrl+,) by keyboard and in Spanish (QA 15c, findings 12 and 8): it opens on the
first choice, Language, not with a caret in the data folder's path; and at its narrowest
every label shows whole ("Formato de tarjeta predeterminad" was cut)."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel
from pytestqt.qtbot import QtBot

from meetingkit.core.settings import Settings
from meetingkit.ui import language
from meetingkit.ui.settings_dialog import SettingsDialog


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    language.install(qapp, "es")
    yield
    language.install(qapp, "en")


def _dialog(qtbot: QtBot, folder: Path) -> SettingsDialog:
    dialog = SettingsDialog(Settings(data_dir=str(folder)), folder, data_dir_given=False)
    qtbot.addWidget(dialog)
    return dialog


def test_settings_opens_on_the_language_not_in_the_folder_path(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, tmp_path)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    assert QApplication.focusWidget() is dialog.language_combo
    assert not dialog.folder_edit.hasFocus()


@pytest.mark.usefixtures("spanish")
def test_every_label_is_whole_in_spanish_at_the_dialogs_narrowest(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, tmp_path)
    dialog.show()
    dialog.resize(dialog.minimumWidth(), dialog.sizeHint().height())
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    assert dialog.width() == dialog.minimumWidth()
    form = dialog.form
    labels = [
        item.widget()
        for row in range(form.rowCount())
        if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
        and isinstance(item.widget(), QLabel)
    ]
    texts = [label.text() for label in labels]
    assert "Formato de tar&jeta predeterminado:" in texts
    for label in labels:
        assert label.width() >= label.sizeHint().width(), label.text()
