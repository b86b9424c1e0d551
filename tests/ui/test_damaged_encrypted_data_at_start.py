"""The app on encrypted data that is damaged: the right passphrase is not refused as a wrong
one (the organizer would try passphrases, or think it forgotten). The app says the file is
damaged, as it says it of a plain file: the newest backup and the command that restores it.
A wrong passphrase is asked again, as ever."""

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from meetingkit import app
from meetingkit.services.backup import restore_command
from meetingkit.services.data_dir import database_path
from meetingkit.ui.passphrase_dialogs import PassphraseDialog
from tests.encrypted_damage import (
    KEY,
    TOLD_BY_THE_FILE,
    TOLD_WITHOUT_A_PASSPHRASE,
    damage,
    encrypted_folder,
    make_folder,
)
from tests.ui.test_privacy_screen import answer_sequence

WRONG_AGAIN = "That passphrase does not open the data. Try again (capitals count)."


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("sqlcipher3")
    folder = tmp_path_factory.mktemp("encrypted") / "data"
    make_folder(folder)
    return folder


@pytest.fixture
def backup(template: Path, data_dir: Path) -> Path:
    """The encrypted data folder, with its safety backup (returned)."""
    return encrypted_folder(template, data_dir)


@pytest.mark.parametrize("kind", TOLD_BY_THE_FILE + TOLD_WITHOUT_A_PASSPHRASE)
def test_the_right_passphrase_on_damaged_data_says_damaged_naming_the_backup(
    qtbot: QtBot,
    data_dir: Path,
    backup: Path,
    told: list[str],
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    damage(database_path(data_dir), kind)
    asked = answer_sequence(monkeypatch, PassphraseDialog, [KEY, None])
    assert app.run_gui(data_dir) == 1
    assert len(asked) <= 1  # never asked again, as if the passphrase were wrong
    (said,) = told
    assert "damaged" in said
    assert "does not open" not in said
    assert "It has not been changed" in said
    assert str(backup) in said
    assert said.endswith(restore_command(data_dir, backup))
    if kind in TOLD_BY_THE_FILE:
        assert said.startswith("The passphrase is right, but")


def test_a_wrong_passphrase_is_asked_again_as_ever(
    qtbot: QtBot, data_dir: Path, backup: Path, told: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer_sequence(monkeypatch, PassphraseDialog, ["not the passphrase", None])
    assert app.run_gui(data_dir) == 1  # cancelled the second time
    assert len(asked) == 2
    assert asked[1][2] == WRONG_AGAIN
    assert told == []


def test_a_wrong_passphrase_on_damaged_data_is_wrong_too(
    qtbot: QtBot, data_dir: Path, backup: Path, told: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    damage(database_path(data_dir), "truncated")
    asked = answer_sequence(monkeypatch, PassphraseDialog, ["not the passphrase", None])
    assert app.run_gui(data_dir) == 1
    assert asked[1][2] == WRONG_AGAIN
    assert told == []


def test_data_whose_start_is_overwritten_says_the_passphrase_opens_the_backup(
    qtbot: QtBot, data_dir: Path, backup: Path, told: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first 16 bytes, which every key is derived with, are lost: the file cannot tell a
    right passphrase from a wrong one. The newest backup can, unless the passphrase was
    changed after it: both are said, and the passphrase is asked again."""
    damage(database_path(data_dir), "first page overwritten")
    asked = answer_sequence(monkeypatch, PassphraseDialog, [KEY, None])
    assert app.run_gui(data_dir) == 1
    error = asked[1][2]
    assert "but it opens its newest backup" in error
    assert "If the passphrase was changed after that backup was made, use the new one" in error
    assert "damaged at its very start" in error
    assert error.endswith(restore_command(data_dir, backup))
    assert told == []
