"""Changing the passphrase from the Privacy page, and what Restore says it brings back,
driven as a person would with every dialog answered by the test."""

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.core.person import Person
from meetingkit.services.data_dir import database_path
from meetingkit.services.encryption import Wish, key_opens, pending_wish
from meetingkit.storage import open_db
from meetingkit.storage.database import DatabaseError
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.feedback import Alert, Confirm
from meetingkit.ui.passphrase_dialogs import NewPassphraseDialog, PassphraseDialog
from meetingkit.ui.privacy_page import BackupPath, Notice, PrivacyPage, RestorePath
from meetingkit.ui.unlock import unlock_at_start
from tests.ui.test_privacy_screen import answer, answer_sequence

KEY = "correct horse battery staple"
NEW = "a different passphrase for the new year"
TODAY = dt.date(2026, 11, 21)


@pytest.fixture
def encrypted_page(
    qtbot: QtBot, data_dir: Path
) -> Iterator[tuple[PrivacyPage, sqlite3.Connection]]:
    """The Privacy page over data encrypted with KEY (its connection, closed after)."""
    pytest.importorskip("sqlcipher3")
    data_dir.mkdir(parents=True)
    path = database_path(data_dir)
    conn = open_db(path, KEY)
    PeopleStore(conn).add(Person("Ana", "Garcia"))
    page = PrivacyPage(conn, path, KEY, ManualClock(0), TODAY)
    qtbot.addWidget(page)
    page.show()
    yield page, conn
    conn.close()


def test_change_passphrase_shows_only_when_the_data_is_encrypted(
    qtbot: QtBot, conn: sqlite3.Connection, data_dir: Path
) -> None:
    plain = PrivacyPage(conn, database_path(data_dir), None, ManualClock(0), TODAY)
    qtbot.addWidget(plain)
    plain.show()
    assert not plain.passphrase_button.isVisible()


def test_the_passphrase_is_changed_at_the_next_start_and_only_the_new_one_opens(
    encrypted_page: tuple[PrivacyPage, sqlite3.Connection],
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page, conn = encrypted_page
    assert page.passphrase_button.isVisible()
    assert page.passphrase_button.text() == "&Change passphrase…"
    confirmed = answer(monkeypatch, Confirm, True)
    closed: list[bool] = []
    page.restart_needed.connect(lambda: closed.append(True))
    page.passphrase_button.click()
    assert "Backups made before keep the old passphrase" in confirmed[0][2]
    assert closed == [True]
    assert pending_wish(data_dir) is Wish.NEW_PASSPHRASE
    conn.close()  # the app has quit
    # The next start: the current passphrase (a wrong one is asked again), then the new one.
    path = database_path(data_dir)
    opened = answer_sequence(monkeypatch, PassphraseDialog, ["wrong", KEY])
    chosen = answer(monkeypatch, NewPassphraseDialog, NEW)
    unlocked = unlock_at_start(path)
    assert unlocked is not None
    assert unlocked.key == NEW
    assert "Type the current passphrase" in opened[0][1]
    assert chosen == [(None, KEY)]  # told the current one, to refuse it as the new one
    assert "Backups made before keep the old passphrase" in unlocked.message
    assert pending_wish(data_dir) is None
    assert not key_opens(path, KEY)
    assert key_opens(path, NEW)
    # From then on the start asks for the new one, and nothing else.
    answer(monkeypatch, PassphraseDialog, NEW)
    again = unlock_at_start(path)
    assert again is not None
    assert (again.key, again.message) == (NEW, "")


def test_cancelling_the_new_passphrase_or_a_failure_keeps_the_old_one(
    encrypted_page: tuple[PrivacyPage, sqlite3.Connection],
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page, conn = encrypted_page
    answer(monkeypatch, Confirm, True)
    page.passphrase_button.click()
    conn.close()
    path = database_path(data_dir)
    answer(monkeypatch, PassphraseDialog, KEY)
    answer(monkeypatch, NewPassphraseDialog, None)
    unlocked = unlock_at_start(path)
    assert unlocked is not None
    assert (unlocked.key, unlocked.message) == (KEY, "The passphrase was not changed.")
    assert key_opens(path, KEY)

    from meetingkit.services.encryption import request_new_passphrase

    def full_disk(*_args: object) -> None:
        raise DatabaseError("Could not rewrite the data (disk full).")

    request_new_passphrase(data_dir)
    answer(monkeypatch, NewPassphraseDialog, NEW)
    monkeypatch.setattr("meetingkit.services.encryption.change_encryption", full_disk)
    alerted = answer(monkeypatch, Alert, None, "show")
    unlocked = unlock_at_start(path)
    assert unlocked is not None
    assert unlocked.key == KEY
    assert alerted[0][1] == "Could not change the passphrase"
    assert "The current passphrase still opens it." in alerted[0][2]
    assert key_opens(path, KEY)


def test_the_new_passphrase_dialog_refuses_the_current_one_a_short_or_a_mistyped_one(
    qtbot: QtBot,
) -> None:
    dialog = NewPassphraseDialog(KEY)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Choose a new passphrase"
    for new, repeated, said in [
        (KEY, KEY, "same as the current one"),
        ("short", "short", "at least 8 characters"),
        (NEW, NEW + "!", "not the same"),
    ]:
        dialog.passphrase.setText(new)
        dialog.repeated.setText(repeated)
        dialog.accept()
        assert said in dialog.error_label.text()
        assert dialog.result() != NewPassphraseDialog.DialogCode.Accepted
    dialog.passphrase.setText(NEW)
    dialog.repeated.setText(NEW)
    dialog.accept()
    assert dialog.result() == NewPassphraseDialog.DialogCode.Accepted


def test_restore_says_how_many_people_the_backup_brings_back(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store = PeopleStore(conn)
    ana = store.add(Person("Ana", "Garcia"))
    dele = store.add(Person("Dele", "Okonkwo"))
    store.add(Person("Mei", "Chen"))
    page = PrivacyPage(conn, database_path(data_dir), None, ManualClock(0), TODAY)
    qtbot.addWidget(page)
    target = tmp_path / "before.sqlite"
    answer(monkeypatch, BackupPath, target)
    answer(monkeypatch, Notice, None, "show")
    page.backup_button.click()
    store.forget(ana.key)
    store.forget(dele.key)
    answer(monkeypatch, RestorePath, target)
    asked = answer(monkeypatch, Confirm, False)
    page.restore_button.click()
    assert "(0 meetings, 3 people)" in asked[0][2]
    assert asked[0][2].endswith(
        "It has 2 people who are not in your current data: anyone you forgot since this "
        "backup was made comes back."
    )
    assert store.count() == 1  # refused: nothing restored
