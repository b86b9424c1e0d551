"""The app speaks Spanish when asked: its menus, Qt's own buttons, and words from the core."""

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from meetingkit.core.errors import ValidationError
from meetingkit.core.i18n import translate
from meetingkit.core.settings import Settings
from meetingkit.ui import language
from meetingkit.ui.main_window import MainWindow


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    language.install(qapp, "es")
    yield
    language.install(qapp, "en")


@pytest.mark.parametrize(
    ("setting", "system", "spoken"),
    [
        ("es", "en_US", "es"),
        ("en", "es_MX", "en"),
        ("system", "es_MX", "es"),
        ("system", "es", "es"),
        ("system", "fr_FR", "en"),
        ("system", "C", "en"),
    ],
)
def test_the_language_spoken(setting: str, system: str, spoken: str) -> None:
    assert language.resolve(setting, system) == spoken


@pytest.mark.usefixtures("spanish")
def test_the_main_window_speaks_spanish(
    make_window: Callable[..., MainWindow], demo: object
) -> None:
    window = make_window(start=True)
    menus = [a.text() for a in window.menuBar().actions()]
    assert "&File" not in menus
    assert window.act_settings.text() == "&Configuración…"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"


@pytest.mark.usefixtures("spanish")
def test_words_from_the_core_are_translated_too() -> None:
    with pytest.raises(ValidationError, match="no es un tema"):
        Settings(theme="neon")
    assert translate("Settings", "welcome") == "bienvenida"


def test_english_is_back_after_switching(qapp: QApplication) -> None:
    language.install(qapp, "es")
    language.install(qapp, "en")
    assert translate("Settings", "welcome") == "welcome"
    assert QCoreApplication.translate("MainWindow", "&Settings…") == "&Settings…"


def test_english_counts_one_in_the_singular(qapp: QApplication) -> None:
    language.install(qapp, "en")

    def waiting(n: int) -> str:
        return QCoreApplication.translate("FloorTab", "%n people waiting.", "", n)

    assert [waiting(1), waiting(2), waiting(0)] == [
        "1 person waiting.",
        "2 people waiting.",
        "0 people waiting.",
    ]
    sessions = QCoreApplication.translate(
        "CurriculaPage", "%1 min in %n session(s) · %4–%5 people · %6", "", 1
    )
    assert sessions == "%1 min in 1 session · %4–%5 people · %6"
    # Texts without a count are the source text, as before.
    assert QCoreApplication.translate("MainWindow", "&Settings…") == "&Settings…"
