"""Where the data is stays on the status bar (QA: "Data stored on this computer in …" was a
status message, gone for good once "Undid …" or "Exported …" replaced it: QStatusBar never
brings back a message a temporary one replaced). It is a permanent label on the bar's right,
its path cut in the middle where it does not fit, never making the window wider than the
screen, and whole in its tooltip and for a screen reader."""

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from meetingkit.app import build_main_window
from meetingkit.core.clock import ManualClock
from meetingkit.services.settings_file import Preferences
from meetingkit.ui.data_folder_label import elide_path
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.screen_fit import FRAME
from meetingkit.ui.settings_dialog import SettingsDialog
from tests.ui.laid_out import laid_out

WindowOn = Callable[..., MainWindow]
SAID = "Data stored on this computer in "
LONG_PARTS = (
    "Organizing committee shared drive",
    "Safe staffing working group 2026",
    "Hospital workers assembly records",
    "Everything from the laptop in the union hall",
    "meetingkit data",
)


@pytest.fixture
def window_on(qtbot: QtBot, conn: sqlite3.Connection, clock: ManualClock) -> Iterator[WindowOn]:
    """`window_on(folder, **options)`: the main window over the test's data, saying it is in
    `folder` (`build_main_window`'s options); shown, and closed while the data is open."""
    made: list[MainWindow] = []

    def make(folder: Path, **options: object) -> MainWindow:
        window = build_main_window(conn, folder, clock=clock, **options)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        made.append(window)
        window.show()
        return window

    yield make
    for window in made:
        window.close()


@pytest.fixture
def long_folder(tmp_path: Path) -> Path:
    return tmp_path.joinpath(*LONG_PARTS)


def _shown(window: MainWindow) -> list[str]:
    """What the status bar shows: its message, and its labels as they are drawn."""
    bar = window.statusBar()
    labels = [label for label in bar.findChildren(QLabel) if label.isVisible()]
    drawn = [getattr(label, "shown_text", label.text)() for label in labels]
    return [bar.currentMessage(), *drawn]


def test_the_data_folder_is_still_shown_after_a_message_comes_and_goes(
    make_window: Callable[..., MainWindow], data_dir: Path, qtbot: QtBot
) -> None:
    window = make_window()
    where = f"{SAID}{data_dir}"
    assert where in _shown(window)
    bar = window.statusBar()
    bar.showMessage("Undid: Move “Plus / delta”", 1)
    assert "Undid: Move “Plus / delta”" in _shown(window)
    assert where in _shown(window)  # beside it, while it shows
    qtbot.waitUntil(lambda: bar.currentMessage() == "")
    assert where in _shown(window)


def test_the_demo_says_its_folder_is_thrown_away(window_on: WindowOn, data_dir: Path) -> None:
    window = window_on(data_dir, demo=True)
    assert f"Demo data in {data_dir} — deleted when you quit" in _shown(window)


def test_a_long_folder_is_cut_in_its_middle_and_whole_in_its_tooltip(
    window_on: WindowOn, long_folder: Path, qtbot: QtBot
) -> None:
    window = window_on(long_folder)
    window.resize(1093, 614)
    laid_out(qtbot)
    label = window.data_folder
    whole = f"{SAID}{long_folder}"
    shown = label.shown_text()
    assert shown != whole
    assert shown.startswith(SAID)
    assert "/…/" in shown
    assert shown.endswith("/Everything from the laptop in the union hall/meetingkit data")
    assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
    assert label.geometry().right() < window.statusBar().width()
    assert label.toolTip() == whole  # the full path, as written
    # A screen reader reads the sentence whole, and what it is
    assert label.text() == whole
    assert label.accessibleName() == ""
    assert label.accessibleDescription() == "Data folder"


@pytest.mark.parametrize("code", ["en", "es"])
def test_at_a_large_font_the_folder_does_not_make_the_window_wider_than_the_screen(
    code: str,
    large_type: Callable[[str, float], None],
    screen_room: Callable[[int, int], None],
    window_on: WindowOn,
    long_folder: Path,
    qtbot: QtBot,
) -> None:
    large_type(code, 14)
    screen_room(1024, 768)
    room = QSize(1024, 768) - FRAME
    window = window_on(long_folder)
    window.resize(room)
    laid_out(qtbot)
    label = window.data_folder
    assert window.minimumSizeHint().width() <= room.width()
    assert window.statusBar().minimumSizeHint().width() <= room.width()
    assert label.minimumSizeHint().width() <= room.width() * 2 // 3  # room for a message
    assert window.width() == room.width()
    shown = label.shown_text()
    said = {"en": SAID, "es": "Datos guardados en esta computadora, en "}[code]
    assert shown.startswith(said)
    assert shown.endswith("/meetingkit data")
    assert str(long_folder) in label.toolTip()


def test_a_message_has_room_beside_the_folder_which_takes_it_back_after(
    make_window: Callable[..., MainWindow], data_dir: Path, qtbot: QtBot
) -> None:
    """The folder gives a long message the room it needs, keeping its last folder in view."""
    window = make_window()
    window.resize(1093, 614)
    laid_out(qtbot)
    bar, label = window.statusBar(), window.data_folder
    assert label.shown_text() == label.text()
    message = (
        "Purged the personal data of 2 meetings whose retention period ended; their "
        "anonymous counts are kept."
    )
    bar.showMessage(message, 15_000)
    laid_out(qtbot)
    assert label.x() >= 6 + bar.fontMetrics().horizontalAdvance(message)
    assert label.shown_text().startswith(SAID)
    assert label.shown_text().endswith(f"/{data_dir.name}")
    bar.clearMessage()
    laid_out(qtbot)
    assert label.shown_text() == label.text() == f"{SAID}{data_dir}"


def test_another_data_folder_chosen_in_settings_opens_from_the_next_start(
    window_on: WindowOn, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Settings saves the folder for the next start: the data is where it was until then, and
    the status bar says so, and in its tooltip which folder comes next."""
    preferences = Preferences.load()
    preferences.change(data_dir=str(data_dir))
    window = window_on(data_dir, preferences=preferences, data_dir_given=False)
    label = window.data_folder
    assert label.toolTip() == f"{SAID}{data_dir}"
    elsewhere = tmp_path / "elsewhere"

    def choose(folder: Path) -> Callable[[SettingsDialog], int]:
        def exec_(dialog: SettingsDialog) -> int:
            dialog.folder_edit.setText(str(folder))
            return QDialog.DialogCode.Accepted.value

        return exec_

    monkeypatch.setattr(SettingsDialog, "exec", choose(elsewhere))
    window.show_settings()
    assert preferences.settings.data_dir == str(elsewhere)
    assert label.text() == f"{SAID}{data_dir}"  # still true: the data has not moved
    tip = label.toolTip()
    assert f"{SAID}{data_dir}" in tip
    assert f"meetingkit opens {elsewhere} from its next start" in tip
    monkeypatch.setattr(SettingsDialog, "exec", choose(data_dir))  # changed back
    window.show_settings()
    assert label.toolTip() == f"{SAID}{data_dir}"


def test_a_folder_given_on_the_command_line_stays_whatever_settings_say(
    window_on: WindowOn, data_dir: Path, tmp_path: Path
) -> None:
    preferences = Preferences.load()
    preferences.change(data_dir=str(tmp_path / "elsewhere"))
    window = window_on(data_dir, preferences=preferences, data_dir_given=True)
    assert window.data_folder.toolTip() == f"{SAID}{data_dir}"


HOME = "/home/rosa/.local/share/meetingkit"


@pytest.mark.parametrize(
    ("path", "cut"),
    [
        (HOME, HOME),
        (HOME, "/…/.local/share/meetingkit"),
        (HOME, "/…/share/meetingkit"),
        (HOME, "/…/meetingkit"),
        (r"C:\Users\Rosa\AppData\Local\meetingkit", r"C:\Users\…\Local\meetingkit"),
    ],
)
def test_a_path_is_cut_between_its_folders_keeping_the_last(path: str, cut: str) -> None:
    """As many folders from the end as fit, then from the start; "…" for those left out."""
    metrics = QFontMetrics(QFont())
    assert elide_path(path, metrics, metrics.horizontalAdvance(cut)) == cut


def test_a_last_folder_too_long_for_the_room_is_cut_in_its_middle() -> None:
    metrics = QFontMetrics(QFont())
    path = "/home/rosa/" + "meetingkit" * 10
    shown = elide_path(path, metrics, 100)
    assert "…" in shown
    assert metrics.horizontalAdvance(shown) <= 100
    assert shown == metrics.elidedText(path, Qt.TextElideMode.ElideMiddle, 100)
