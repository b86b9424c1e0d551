"""The privacy page, the quick lock and the start-up passphrase, driven as a person would,
with every dialog answered by the test."""

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.core.person import Person
from meetingkit.services.data_dir import database_path
from meetingkit.services.encryption import pending_change, request_change
from meetingkit.storage import open_db
from meetingkit.storage.database import is_encrypted
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.retention import RetentionStore
from meetingkit.ui.feedback import Confirm
from meetingkit.ui.lock_screen import LockScreen
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.passphrase_dialogs import NewPassphraseDialog, PassphraseDialog
from meetingkit.ui.privacy_page import (
    BackupPath,
    FolderView,
    Notice,
    PrivacyPage,
    RestorePath,
    RetentionChoice,
    RetentionDialog,
)
from meetingkit.ui.unlock import unlock_at_start
from tests.services.privacy_scene import build
from tests.ui.real_keyboard import press, type_text

KEY = "correct horse battery staple"
TODAY = dt.date(2026, 11, 21)


def answer(monkeypatch: pytest.MonkeyPatch, cls: type, value: object, method: str = "ask") -> list:
    """Make `cls.<method>` return `value` without showing anything; record what it was asked."""
    asked: list[tuple] = []

    def ask(_cls: type, *args: object) -> object:
        asked.append(args)
        return value

    monkeypatch.setattr(cls, method, classmethod(ask))
    return asked


@pytest.fixture
def page(qtbot: QtBot, conn: sqlite3.Connection, data_dir: Path) -> PrivacyPage:
    build(conn)
    widget = PrivacyPage(conn, database_path(data_dir), None, ManualClock(0), TODAY)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_page_says_what_is_stored_and_where(page: PrivacyPage, data_dir: Path) -> None:
    text = page.stored_label.text()
    assert str(database_path(data_dir)) in text
    assert "people 5 · meetings 2 · sign-ins 3 · consents given 3" in text
    assert "Encryption is off" in page.encryption_label.text()
    assert page.encryption_button.text() == "Turn encryption &on…"
    assert page.model.rowCount() == 2
    assert "No purge is planned" in page.retention_label.text()
    assert "There is no backup in the data folder's backups folder" in page.backups_label.text()
    assert page.stored_label.textFormat() == Qt.TextFormat.PlainText


def test_setting_retention_plans_the_purge(
    page: PrivacyPage, conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.select_meeting(1)
    answer(monkeypatch, RetentionDialog, RetentionChoice(30))
    asked = answer(monkeypatch, Confirm, True)  # 30 days after 1 October is past: it asks
    page.retention_button.click()
    assert "purges its personal data the next time it starts" in asked[0][2]
    assert RetentionStore(conn).get(1).days == 30
    assert "Next purge: “Safe staffing” on 31 Oct 2026" in page.retention_label.text()
    assert page.model.data(page.model.index(1, 2)) == "Kept until 31 Oct 2026 (30 days after)"


def test_purging_from_the_page_asks_first(
    page: PrivacyPage, conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.select_meeting(1)
    asked = answer(monkeypatch, Confirm, False)
    page.purge_button.click()
    assert "Safe staffing" in asked[0][2]
    assert RetentionStore(conn).get(1).purged_at is None
    answer(monkeypatch, Confirm, True)
    told = answer(monkeypatch, Notice, None, "show")
    page.purge_button.click()
    assert RetentionStore(conn).get(1).purged_at is not None
    assert "4 people were deleted" in told[0][2]
    assert "people 1 · meetings 2 · sign-ins 1 · consents given 0" in page.stored_label.text()
    assert not page.retention_button.isEnabled()  # a purged meeting has nothing to keep


def test_backup_then_restore_from_the_page(
    page: PrivacyPage,
    conn: sqlite3.Connection,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "usb" / "backup.sqlite"
    answer(monkeypatch, BackupPath, target)
    told = answer(monkeypatch, Notice, None, "show")
    page.backup_button.click()
    assert "NOT encrypted" in told[-1][2]
    assert f"The last one saved elsewhere: {target}, on " in page.backups_label.text()
    PeopleStore(conn).add(Person("Added", "After"))
    answer(monkeypatch, RestorePath, target)
    asked = answer(monkeypatch, Confirm, True)
    closed: list[bool] = []
    page.restart_needed.connect(lambda: closed.append(True))
    page.restore_button.click()
    assert "5 people" in asked[0][2]
    assert PeopleStore(conn).search("added").total == 0
    assert closed == [True]  # the app closes, to start again on the restored data


def test_turning_encryption_on_is_done_at_the_next_start(
    qtbot: QtBot,
    page: PrivacyPage,
    data_dir: Path,
    conn: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pytest.importorskip("sqlcipher3")
    answer(monkeypatch, Confirm, True)
    page.encryption_button.click()
    assert pending_change(data_dir) is True
    conn.close()  # the app has quit
    path = database_path(data_dir)
    answer(monkeypatch, NewPassphraseDialog, KEY)
    unlocked = unlock_at_start(path)
    assert unlocked is not None
    assert unlocked.key == KEY
    assert is_encrypted(path)
    assert pending_change(data_dir) is None
    # The next start asks for the passphrase, and a wrong one is asked again.
    asked = answer_sequence(monkeypatch, PassphraseDialog, ["wrong", KEY])
    again = unlock_at_start(path)
    assert again is not None
    assert again.key == KEY
    assert asked[1][2] == "That passphrase does not open the data. Try again (capitals count)."
    answer(monkeypatch, PassphraseDialog, None)
    assert unlock_at_start(path) is None  # cancelled: the app quits


def answer_sequence(monkeypatch: pytest.MonkeyPatch, cls: type, values: list[object]) -> list:
    asked: list[tuple] = []

    def ask(_cls: type, *args: object) -> object:
        asked.append(args)
        return values[len(asked) - 1]

    monkeypatch.setattr(cls, "ask", classmethod(ask))
    return asked


def test_a_plain_database_starts_without_a_question(data_dir: Path) -> None:
    path = database_path(data_dir)
    open_db(path).close()
    request_change(data_dir, encrypt=False)  # a stale wish: nothing to decrypt
    assert unlock_at_start(path) == unlock_at_start(path)
    assert pending_change(data_dir) is None


# The quick lock


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    window.setCentralWidget(QLabel("Zebulon Quaxtlewhistle, (312) 555-0199"))
    window.menuBar().addMenu("&File")
    qtbot.addWidget(window)
    return window


def _show(qtbot: QtBot, window: QWidget) -> None:
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()


def test_the_lock_hides_everything_and_a_wrong_passphrase_keeps_it_locked(
    qtbot: QtBot, window: QMainWindow, data_dir: Path
) -> None:
    pytest.importorskip("sqlcipher3")
    path = database_path(data_dir)
    open_db(path, KEY).close()
    projector = QLabel("Zebulon is speaking")
    qtbot.addWidget(projector)
    projector.show()
    lock = LockScreen.install(window, path)
    new_meeting: list[bool] = []
    act_new = QAction("New", window)
    act_new.setShortcut(QKeySequence("Ctrl+N"))
    act_new.triggered.connect(lambda: new_meeting.append(True))
    window.addAction(act_new)
    _show(qtbot, window)

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert lock.is_locked
    assert lock.isVisible()
    assert lock.geometry() == window.rect()
    central = window.centralWidget()
    assert central is not None
    assert not central.isVisible()
    assert not window.menuBar().isEnabled()
    curtains = [c for c in projector.children() if isinstance(c, QWidget) and c.isVisible()]
    assert len(curtains) == 1
    assert curtains[0].geometry() == projector.rect()
    assert lock.passphrase.isVisible()

    qtbot.keyClick(lock.passphrase, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert new_meeting == []  # no shortcut gets past the lock

    qtbot.keyClicks(lock.passphrase, "not the passphrase")
    qtbot.keyClick(lock.passphrase, Qt.Key.Key_Return)
    assert lock.is_locked
    assert not central.isVisible()
    assert lock.error.text() == "That passphrase does not unlock meetingkit."
    assert lock.passphrase.text() == ""

    qtbot.keyClicks(lock.passphrase, KEY)
    qtbot.keyClick(lock.passphrase, Qt.Key.Key_Return)
    assert not lock.is_locked
    assert central.isVisible()
    assert window.menuBar().isEnabled()
    qtbot.waitUntil(lambda: not [c for c in projector.children() if isinstance(c, QWidget)])
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert new_meeting == [True]


def test_without_encryption_the_lock_hides_and_says_a_passphrase_locks_for_real(
    qtbot: QtBot, window: QMainWindow, data_dir: Path
) -> None:
    path = database_path(data_dir)
    open_db(path).close()
    lock = LockScreen.install(window, path)
    _show(qtbot, window)
    lock.act_lock.trigger()
    assert lock.is_locked
    assert not lock.passphrase.isVisible()
    assert "anyone at this laptop can unlock it" in lock.explanation.text()
    central = window.centralWidget()
    assert central is not None
    assert not central.isVisible()
    window.resize(window.width() + 120, window.height() + 80)
    assert lock.geometry() == window.rect()  # the panel follows the window while locked
    lock.unlock_button.click()
    assert not lock.is_locked
    assert central.isVisible()


def test_the_open_folder_button_opens_the_data_folder(
    page: PrivacyPage, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = answer(monkeypatch, FolderView, True, "open")
    page.folder_button.click()
    assert opened == [(data_dir,)]


def test_ctrl_l_locks_the_real_main_window_and_nothing_else_has_the_key(
    qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    taken = [a for a in window.shortcut_actions() if a.shortcut() == QKeySequence("Ctrl+L")]
    lock = window.lock_screen
    assert taken == [lock.act_lock]
    window.show_people()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert lock.is_locked
    assert not window.pages.isVisible()
    qtbot.keyClick(lock.unlock_button, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    lock.unlock_button.click()
    assert window.pages.isVisible()
    assert window.pages.currentWidget() is window.people_page  # Ctrl+1 did not get through


# The quick lock, with keys as a real display sends them (tests/ui/real_keyboard.py)


@pytest.fixture
def typed_window(qtbot: QtBot) -> QMainWindow:
    """A window whose page is a text box with the focus: what a key reaches when unlocked."""
    window = QMainWindow()
    window.setCentralWidget(QLineEdit())
    window.menuBar().addMenu("&File")
    qtbot.addWidget(window)
    return window


def _shortcut(window: QMainWindow, keys: str) -> list[bool]:
    fired: list[bool] = []
    action = QAction(keys, window)
    action.setShortcut(QKeySequence(keys))
    action.triggered.connect(lambda: fired.append(True))
    window.addAction(action)
    return fired


def test_on_a_real_display_the_typed_passphrase_and_enter_unlock(
    qtbot: QtBot, typed_window: QMainWindow, data_dir: Path
) -> None:
    pytest.importorskip("sqlcipher3")
    path = database_path(data_dir)
    open_db(path, KEY).close()
    lock = LockScreen.install(typed_window, path)
    new_meeting = _shortcut(typed_window, "Ctrl+N")
    page = typed_window.centralWidget()
    assert isinstance(page, QLineEdit)
    projector = QLineEdit()  # another window of the app, with a focus of its own
    qtbot.addWidget(projector)
    projector.show()
    _show(qtbot, typed_window)
    page.setFocus()

    press(typed_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert lock.is_locked
    assert lock.passphrase.hasFocus()
    type_text(typed_window, "wrong")
    assert lock.passphrase.text() == "wrong"  # the box hears what is typed
    press(typed_window, Qt.Key.Key_Return)
    assert lock.is_locked
    assert lock.error.text() == "That passphrase does not unlock meetingkit."

    press(typed_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_text(projector, "z")
    press(projector, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert new_meeting == []  # no shortcut gets past the lock, from any window
    assert projector.text() == ""  # nor a key to another window

    type_text(typed_window, KEY)
    press(typed_window, Qt.Key.Key_Enter)  # the keypad's Enter
    assert not lock.is_locked
    assert page.isVisible()
    assert page.text() == ""  # nothing typed at the lock reached the page behind it
    press(typed_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert new_meeting == [True]


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Space])
def test_on_a_real_display_enter_or_space_on_unlock_opens_a_plain_lock(
    qtbot: QtBot, typed_window: QMainWindow, data_dir: Path, key: Qt.Key
) -> None:
    path = database_path(data_dir)
    open_db(path).close()
    lock = LockScreen.install(typed_window, path)
    new_meeting = _shortcut(typed_window, "Ctrl+N")
    page = typed_window.centralWidget()
    assert isinstance(page, QLineEdit)
    _show(qtbot, typed_window)
    page.setFocus()

    press(typed_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert lock.is_locked
    assert lock.unlock_button.hasFocus()
    type_text(typed_window, "abc")
    press(typed_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    press(typed_window, Qt.Key.Key_Tab)  # the focus stays on the panel
    assert lock.unlock_button.hasFocus()
    assert lock.is_locked
    assert new_meeting == []

    press(typed_window, key)
    assert not lock.is_locked
    assert page.isVisible()
    assert page.text() == ""
    type_text(typed_window, "ok")  # the keys go where they went before the lock
    assert page.text() == "ok"


def test_on_a_real_display_the_real_main_window_hears_no_key_while_locked(
    qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    lock = window.lock_screen
    window.show_people()
    search = window.people_page.search_edit
    search.setFocus()
    press(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert lock.is_locked
    for keys in ("Ctrl+0", "Ctrl+1", "Ctrl+4", "Ctrl+5", "Ctrl+6", "Ctrl+7"):
        sequence = QKeySequence(keys)[0]
        press(window, sequence.key(), sequence.keyboardModifiers())
    type_text(window, "zeb")
    assert lock.is_locked
    press(window, Qt.Key.Key_Return)
    assert not lock.is_locked
    assert window.pages.currentWidget() is window.people_page
    assert search.text() == ""
