"""The first-run welcome and the Settings dialog."""

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from meetingkit import app as app_module
from meetingkit.core.settings import Settings
from meetingkit.services.data_dir import default_data_dir
from meetingkit.services.settings_file import Preferences, load_settings
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.settings_dialog import SettingsDialog
from meetingkit.ui.welcome import FirstStep, WelcomeDialog


def test_the_welcome_says_where_the_data_is_and_offers_the_demo(
    qtbot: QtBot, tmp_path: Path
) -> None:
    welcome = WelcomeDialog(tmp_path / "data", can_change_folder=True)
    qtbot.addWidget(welcome)
    assert str(tmp_path / "data") in welcome.where.text()
    assert "Nothing is sent over the internet" in welcome.where.text()
    assert welcome.new_button.isDefault()
    welcome.demo_button.click()
    assert welcome.first_step is FirstStep.DEMO
    assert welcome.result() == QDialog.DialogCode.Accepted


def test_the_folder_cannot_be_changed_when_given_on_the_command_line(
    qtbot: QtBot, tmp_path: Path
) -> None:
    welcome = WelcomeDialog(tmp_path, can_change_folder=False)
    qtbot.addWidget(welcome)
    assert welcome.folder_button.isHidden()


def _answer(step: FirstStep, *, folder: Path | None = None, language: str = "en"):  # type: ignore[no-untyped-def]
    def exec_(self: WelcomeDialog) -> int:
        if folder is not None:
            self.data_dir = folder
        self.language_combo.setCurrentIndex(self.language_combo.findData(language))
        self._finish(step)
        return 1

    return exec_


def test_answering_the_welcome_is_remembered_but_the_demo_asks_again(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    preferences = Preferences.load()
    assert app_module._first_run(preferences, data, demo=False)
    assert not app_module._first_run(preferences, data, demo=True)

    monkeypatch.setattr(WelcomeDialog, "exec", _answer(FirstStep.DEMO))
    app_module._welcome(preferences, data, data_dir_given=False)
    assert app_module._first_run(Preferences.load(), data, demo=False)

    usb = tmp_path / "usb"
    monkeypatch.setattr(WelcomeDialog, "exec", _answer(FirstStep.NEW_MEETING, folder=usb))
    welcome = app_module._welcome(preferences, data, data_dir_given=False)
    assert welcome.data_dir == usb
    saved = load_settings().settings
    assert saved.welcomed
    assert saved.data_dir == str(usb)
    assert not app_module._first_run(Preferences.load(), data, demo=False)


def test_someone_with_data_is_not_welcomed(data_dir: Path, conn: sqlite3.Connection) -> None:
    assert not app_module._first_run(Preferences.load(), data_dir, demo=False)


def test_the_settings_dialog_shows_and_returns_the_settings(qtbot: QtBot, tmp_path: Path) -> None:
    current = Settings(language="es", theme="dark", turn_limit_s=90, card_layout="a6")
    dialog = SettingsDialog(current, default_data_dir(), data_dir_given=False)
    qtbot.addWidget(dialog)
    assert dialog.settings() == current  # unchanged: the folder stays "the default"
    assert dialog.folder_note.isHidden()
    dialog.folder_edit.setText(str(tmp_path / "usb"))
    dialog.turn_spin.setValue(150)
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("postcard"))
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog._update_notes()
    chosen = dialog.settings()
    assert chosen == Settings(
        data_dir=str(tmp_path / "usb"),
        language="en",
        theme="dark",
        turn_limit_s=150,
        card_layout="postcard",
    )
    note = dialog.folder_note.text()
    assert "next start" in note
    assert "backup" in note
    assert not dialog.folder_note.isHidden()


def test_a_file_is_not_a_data_folder(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x")
    dialog = SettingsDialog(Settings(), default_data_dir(), data_dir_given=False)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(tmp_path / "notes.txt"))
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "is a file" in dialog.error_label.text()


def test_a_folder_given_on_the_command_line_is_explained(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = SettingsDialog(Settings(), tmp_path, data_dir_given=True)
    qtbot.addWidget(dialog)
    assert "--data-dir" in dialog.folder_note.text()


def test_settings_from_the_main_window_are_saved_and_used(
    make_window: Callable[..., MainWindow],
    demo: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    assert window.act_settings.shortcut().toString() == "Ctrl+,"
    assert window.act_settings in window.edit_menu.actions()

    def exec_(self: SettingsDialog) -> int:
        self.turn_spin.setValue(75)
        self.layout_combo.setCurrentIndex(self.layout_combo.findData("quarter"))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(SettingsDialog, "exec", exec_)
    window.show_settings()
    assert load_settings().settings.turn_limit_s == 75
    assert window.preferences.settings.card_layout == "quarter"
    assert window.statusBar().currentMessage() == "Settings saved."


def test_a_theme_or_large_type_chosen_from_the_menus_is_kept(
    make_window: Callable[..., MainWindow], demo: object
) -> None:
    window = make_window()
    try:
        dark = next(a for a in window.theme_menu.actions() if a.data() == "dark")
        dark.trigger()
        assert load_settings().settings.theme == "dark"
        assert dark.isChecked()
    finally:
        window._wear_theme("system")
    window.projector.act_large.trigger()
    assert load_settings().settings.projector_large_type is True


def test_the_data_folder_shows_whole_in_spanish_too(qtbot: QtBot, tmp_path: Path) -> None:
    """Its buttons are longer in Spanish; beside them the path showed its last dozen letters."""
    from PySide6.QtWidgets import QApplication

    from meetingkit.ui import language

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    language.install(app, "es")
    try:
        folder = tmp_path / "meetingkit-demo-d55qiy3q"
        dialog = SettingsDialog(Settings(data_dir=str(folder)), folder, data_dir_given=False)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        edit = dialog.folder_edit
        assert dialog.folder_button.text() == "&Cambiar…"
        assert edit.width() > edit.fontMetrics().horizontalAdvance("/tmp/meetingkit-demo-d55qiy3q")
    finally:
        language.install(app, "en")


def test_the_demo_is_written_in_the_apps_language(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """`meetingkit --demo` with Spanish chosen: the app speaks Spanish before the demo is
    written, so its meetings are Spanish too (they were English in a Spanish app)."""
    from PySide6.QtWidgets import QApplication

    from meetingkit.services.settings_file import LoadedSettings
    from meetingkit.storage import open_db
    from meetingkit.storage.meetings import MeetingStore
    from meetingkit.ui import language

    seen: list[str] = []

    def opened(folder: Path, **_: object) -> int:
        conn = open_db(folder / "meetingkit.sqlite3")
        seen.extend(m.title for m in MeetingStore(conn).all())
        conn.close()
        return 0

    monkeypatch.setattr(app_module, "run_gui", opened)
    spanish = Preferences(LoadedSettings(Settings(language="es"), tmp_path / "settings.json"))
    try:
        assert app_module.run_demo_gui(spanish) == 0
    finally:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        language.install(app, "en")
    assert "Grupo de trabajo por la dotación segura — noviembre" in seen
