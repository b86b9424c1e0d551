"""The shortcut sheet writes keys in English in every language, as the guide does: in Spanish
it read "Control+Mayúsculas+M" and "Control+Suprimir" (Qt's own translation)."""

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAction
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
