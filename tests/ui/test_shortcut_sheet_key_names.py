"""The shortcut sheet writes keys in English in every language, as the guide does: in Spanish
it read "Control+Mayúsculas+M" and "Control+Suprimir" (Qt's own translation)."""

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from meetingkit.ui import language
from meetingkit.ui.shortcut_sheet import shortcut_rows


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    language.install(qapp, "es")
    yield
    language.install(qapp, "en")


@pytest.mark.skipif(sys.platform == "darwin", reason="a Mac writes its keys as symbols")
@pytest.mark.usefixtures("spanish")
def test_keys_keep_their_english_names_in_spanish() -> None:
    next_meeting, delete = QAction("Próxima reunión"), QAction("Eliminar reunión")
    next_meeting.setShortcut("Ctrl+Shift+M")
    delete.setShortcut("Ctrl+Del")
    assert [keys for _, keys in shortcut_rows([next_meeting, delete])] == [
        "Ctrl+Shift+M",
        "Ctrl+Del",
    ]


@pytest.mark.skipif(sys.platform == "darwin", reason="a Mac writes its keys as symbols")
@pytest.mark.usefixtures("spanish")
def test_menus_write_keys_in_english_in_spanish_too() -> None:
    """A menu shows an action's keys in the platform's words (QKeySequence.NativeText), which
    Qt's Spanish made "Control+Mayúsculas+F", "Control+Retorno" and "Suprimir" — while the
    guide and the shortcut sheet say Ctrl+Shift+F. Qt's other words stay Spanish."""
    native = QKeySequence.SequenceFormat.NativeText
    assert QKeySequence("Ctrl+Shift+F").toString(native) == "Ctrl+Shift+F"
    assert QKeySequence("Ctrl+Return").toString(native) == "Ctrl+Return"
    assert QKeySequence("Del").toString(native) == "Del"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"


@pytest.mark.usefixtures("spanish")
def test_spanish_numbers_and_dates_are_latin_americas() -> None:
    """When the desktop speaks another language, Spanish numbers are written as in Mexico and
    the US ("1,234.5"), not Spain's ("1.234,5")."""
    if QLocale.system().name().startswith("es"):
        pytest.skip("the desktop's own Spanish locale is kept")
    assert QLocale().toString(1234.5, "f", 1) == "1,234.5"
    assert QLocale().toString(QDate(2026, 9, 3), "dddd d MMMM") == "jueves 3 septiembre"
