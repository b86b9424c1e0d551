"""The file choosers and what is said after saving (QA round 14a, findings 4, 5, 8, 10): Qt's
dialog in our Spanish, opening in Documents or home rather than where the app was started, its
settings kept in meetingkit's config folder; a saved PDF said to be on its way to the viewer,
not opened; a new language said to show from the next start."""

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel

from meetingkit.paths import curricula_dir
from meetingkit.services.curricula import load_curriculum
from meetingkit.ui import language
from meetingkit.ui.file_dialog import FileDialog, nearest_folder
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.privacy_page import RestorePath
from meetingkit.ui.save_document import DocumentViewer, SavePath
from meetingkit.ui.settings_dialog import SettingsDialog
from tests.ui.marked_translation import marked_qm, speaking

Label = QFileDialog.DialogLabel


@pytest.fixture(scope="module")
def marked_translation(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return marked_qm(tmp_path_factory.mktemp("i18n"), ("file_dialog.py",), ("ES ", "ES "))


@pytest.fixture
def spanish(qapp: QApplication, marked_translation: Path) -> Iterator[None]:
    """The app in Spanish, Qt's own Spanish included, with our words for the dialog marked
    "ES " (the shipped translation may not have them yet)."""
    language.install(qapp, "es")
    with speaking(marked_translation):
        yield
    language.install(qapp, "en")


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[list[QFileDialog]]:
    """The dialogs the app opens, each cancelled at once, kept to look at. A file dialog saves
    Qt's settings as it goes: into the test's folder, not the real ~/.config."""
    dialogs: list[QFileDialog] = []
    default = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    formats = (QSettings.Format.NativeFormat, QSettings.Format.IniFormat)
    for kind in formats:
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(tmp_path / "qt-settings"))

    def exec_(dialog: QFileDialog) -> int:
        dialogs.append(dialog)
        return QFileDialog.DialogCode.Rejected.value

    def static(*_args: object, **_kwargs: object) -> tuple[str, str]:
        return "", ""  # Qt's ready-made chooser, which takes no labels of ours: none to see

    monkeypatch.setattr(QFileDialog, "exec", exec_)
    for name in ("getSaveFileName", "getOpenFileName"):
        monkeypatch.setattr(QFileDialog, name, static)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: "")
    yield dialogs
    for dialog in dialogs:
        shiboken6.delete(dialog)  # saves its settings now, while they go to the test's folder
    dialogs.clear()
    for kind in formats:
        QSettings.setPath(kind, QSettings.Scope.UserScope, default)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder with no Documents folder in it, and the app started elsewhere."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / ".config"))
    monkeypatch.chdir(tmp_path)
    return folder


@pytest.mark.usefixtures("spanish")
def test_the_save_dialog_speaks_our_spanish(shown: list[QFileDialog], home: Path) -> None:
    """Qt's Spanish leaves "Look in:" and "Files of type:" in English and says "fichero": the
    labels are ours."""
    assert SavePath.ask(None, "Guardar la agenda", "agenda.pdf") is None
    [dialog] = shown
    assert [dialog.labelText(label) for label in Label] == [
        "ES &Look in:",
        "ES File &name:",
        "ES Files of &type:",
        "ES &Save",
        "ES Cancel",
    ]


def test_a_label_our_translation_lacks_stays_qts_own(
    qapp: QApplication, shown: list[QFileDialog], home: Path
) -> None:
    """Until the translation has our words, Qt's Spanish buttons stay, not English."""
    language.install(qapp, "es")
    try:
        SavePath.ask(None, "Guardar la agenda", "agenda.pdf")
    finally:
        language.install(qapp, "en")
    [dialog] = shown
    assert dialog.labelText(Label.Accept) == "&Guardar"
    assert dialog.labelText(Label.Reject) == "Cancelar"


@pytest.mark.usefixtures("spanish")
def test_a_folder_in_the_list_has_a_spanish_type(shown: list[QFileDialog], home: Path) -> None:
    (home / "Actas").mkdir()
    SavePath.ask(None, "Guardar la agenda", "agenda.pdf")
    model = shown[0].findChild(QFileSystemModel)
    assert isinstance(model, QFileSystemModel)
    folder = model.index(str(home / "Actas"))
    assert model.type(folder) == "ES Folder"


def test_qts_own_words_in_its_dialog_are_ours_where_we_have_them(
    qapp: QApplication, marked_translation: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt's Spanish says "Equipo", "Todos los ficheros (*)" and "¿Desea reemplazarlo?" (Spain's
    words, formal) and gives a folder the type "Nueva carpeta": where our translation has one
    of Qt's texts, ours is said, asked before Qt's own; Qt's other words stay Qt's, and key
    names stay English."""
    data = marked_translation.read_bytes()
    language._qm_bytes.append(data)  # as the app keeps what its translators read
    monkeypatch.setattr(language, "_load_qm", lambda translator, _language: translator.load(data))
    language.install(qapp, "es")
    try:
        said = [
            QCoreApplication.translate(context, text)
            for context, text in [
                ("QFileSystemModel", "Computer"),
                ("QFileDialog", "All Files (*)"),
                ("QFileDialog", "%1 already exists.\nDo you want to replace it?"),
                ("QFileDialog", "New Folder"),  # not one of ours: Qt's Spanish
                ("QShortcut", "Ctrl"),
            ]
        ]
    finally:
        monkeypatch.undo()
        language.install(qapp, "en")
    assert said == [
        "ES Computer",
        "ES All Files (*)",
        "ES %1 already exists.\nDo you want to replace it?",
        "Nueva carpeta",
        "Ctrl",
    ]


@pytest.mark.usefixtures("spanish")
def test_open_and_folder_choosers_speak_it_too(shown: list[QFileDialog], home: Path) -> None:
    """The restore chooser, and the data folder's (Settings and the welcome screen)."""
    RestorePath.ask(None, home)
    FileDialog.folder(None, "Carpeta", home)
    assert [dialog.labelText(Label.Accept) for dialog in shown] == ["ES &Open", "ES &Choose"]
    assert all(dialog.labelText(Label.LookIn) == "ES &Look in:" for dialog in shown)


def test_a_save_dialog_opens_in_home_when_there_is_no_documents_folder(
    shown: list[QFileDialog], home: Path
) -> None:
    """Not in the folder the app was started from (QA: the terminal's folder)."""
    SavePath.ask(None, "Save the agenda", "agenda.pdf")
    [dialog] = shown
    assert Path(dialog.directory().absolutePath()) == home
    assert dialog.selectedFiles() == [str(home / "agenda.pdf")]


def test_a_save_dialog_opens_in_documents(shown: list[QFileDialog], home: Path) -> None:
    (home / "Documents").mkdir()
    SavePath.ask(None, "Save the agenda", "agenda.pdf")
    assert Path(shown[0].directory().absolutePath()) == home / "Documents"


def test_a_folder_not_made_yet_opens_at_the_nearest_one_that_is(tmp_path: Path) -> None:
    assert nearest_folder(tmp_path / "backups" / "2026") == tmp_path
    assert nearest_folder(tmp_path) == tmp_path


def test_qts_own_settings_stay_in_meetingkits_config_folder(tmp_path: Path) -> None:
    """A save dialog opened and closed writes Qt's state (recent folders, where reports were
    saved) beside settings.json, and nothing else under ~/.config (QA: QtProject.conf)."""
    home = tmp_path / "home"
    config_home = home / ".config"
    (home / "Documents").mkdir(parents=True)
    code = (
        "from PySide6.QtCore import QEvent, QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from meetingkit.app import _application\n"
        "from meetingkit.ui.save_document import SavePath\n"
        "app = _application()\n"
        "QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())\n"
        "SavePath.ask(None, 'Save the report', 'report.pdf')\n"
        "QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)\n"
    )
    env = {name: value for name, value in os.environ.items() if not name.startswith("MEETINGKIT_")}
    env |= {"HOME": str(home), "XDG_CONFIG_HOME": str(config_home)}
    env |= {"QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(
        [sys.executable, "-c", code], env=env, check=True, capture_output=True, timeout=60
    )
    written = sorted(p.relative_to(config_home).as_posix() for p in config_home.rglob("*"))
    assert "meetingkit/QtProject.conf" in written
    assert all(name.startswith("meetingkit") for name in written), written


def test_a_saved_pdf_is_said_to_be_on_its_way_to_the_viewer(
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """The desktop was asked to open it; whether a viewer appears, the app cannot tell."""
    curriculum, problems = load_curriculum(curricula_dir() / "one-on-ones")
    assert curriculum is not None, problems
    target = tmp_path / "guide.pdf"
    monkeypatch.setattr(SavePath, "ask", classmethod(lambda _c, *_a, **_k: target))
    opened: list[bool] = [True]
    monkeypatch.setattr(DocumentViewer, "show", classmethod(lambda _c, _p: opened[0]))
    window = make_window()
    window.print_curriculum(curriculum, "guide")
    message = window.statusBar().currentMessage()
    assert message == f"Saved {target} — opening it in your PDF viewer."
    opened[0] = False  # no viewer: say where the file is
    window.print_curriculum(curriculum, "guide")
    message = window.statusBar().currentMessage()
    assert message == f"Saved {target}. Open it in a PDF viewer to print it."


def test_a_new_language_is_said_to_show_from_the_next_start(
    make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()

    def exec_(self: SettingsDialog) -> int:
        self.language_combo.setCurrentIndex(self.language_combo.findData("es"))
        return SettingsDialog.DialogCode.Accepted.value

    monkeypatch.setattr(SettingsDialog, "exec", exec_)
    window.show_settings()
    assert window.preferences.settings.language == "es"
    assert window.statusBar().currentMessage() == (
        "Settings saved. The new language shows from the next start."
    )


def test_the_shipped_spanish_says_qts_dialog_words_as_we_do(qapp: QApplication) -> None:
    """With the shipped translation: Latin America's words, tú, and a folder's type right."""
    language.install(qapp, "es")
    try:
        said = [
            QCoreApplication.translate(context, text)
            for context, text in [
                ("QFileSystemModel", "My Computer"),
                ("QFileDialog", "All Files (*)"),
                ("QFileDialog", "File Folder"),
                ("QFileDialog", "%1 already exists.\nDo you want to replace it?"),
            ]
        ]
    finally:
        language.install(qapp, "en")
    assert said == [
        "Mi computadora",
        "Todos los archivos (*)",
        "Carpeta",
        "El archivo %1 ya existe.\n¿Quieres reemplazarlo?",
    ]
