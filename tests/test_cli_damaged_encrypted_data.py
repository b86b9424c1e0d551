"""Commands on encrypted data that is damaged, with the passphrase in MEETINGKIT_PASSPHRASE:
the right passphrase is not refused as a wrong one. The command says the file is damaged,
names the newest backup and the command that restores it, and that command works. A wrong
passphrase is refused as ever, damaged file or not."""

import sys
from pathlib import Path

import pytest

from meetingkit.cli import main
from meetingkit.cli_privacy import ENV_PASSPHRASE
from meetingkit.services.backup import restore_command
from meetingkit.services.data_dir import database_path
from meetingkit.storage import open_db
from meetingkit.storage.people import PeopleStore
from tests.encrypted_damage import (
    KEY,
    TOLD_BY_THE_FILE,
    TOLD_WITHOUT_A_PASSPHRASE,
    damage,
    encrypted_folder,
    make_folder,
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("sqlcipher3")
    folder = tmp_path_factory.mktemp("encrypted") / "data"
    make_folder(folder)
    return folder


@pytest.fixture
def backup(template: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The encrypted data folder and its safety backup (returned); no terminal to ask at."""
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    monkeypatch.setenv(ENV_PASSPHRASE, KEY)
    return encrypted_folder(template, data_dir)


def names(path: Path) -> list[str]:
    conn = open_db(path, KEY)
    try:
        return [p.display_name for p in PeopleStore(conn).search("").people]
    finally:
        conn.close()


@pytest.mark.parametrize("kind", TOLD_BY_THE_FILE + TOLD_WITHOUT_A_PASSPHRASE)
@pytest.mark.parametrize("command", [["meeting", "list"], ["retention"]])
def test_the_right_passphrase_on_damaged_data_says_damaged_naming_the_backup(
    data_dir: Path,
    backup: Path,
    capsys: pytest.CaptureFixture[str],
    kind: str,
    command: list[str],
) -> None:
    damage(database_path(data_dir), kind)
    assert main(["--data-dir", str(data_dir), *command]) == 1
    said = capsys.readouterr().err
    assert "damaged" in said
    assert "does not open" not in said
    assert "It has not been changed" in said
    assert str(backup) in said
    assert restore_command(data_dir, backup) in said
    if kind in TOLD_BY_THE_FILE:
        assert said.startswith("meetingkit: The passphrase is right, but")


@pytest.mark.parametrize("kind", ["truncated", "middle page zeroed", "first page overwritten"])
def test_the_restore_command_it_names_puts_the_backup_in_place(
    data_dir: Path, backup: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    path = database_path(data_dir)
    damage(path, kind)
    damaged = path.read_bytes()
    assert main(["--data-dir", str(data_dir), "meeting", "list"]) == 1
    said = capsys.readouterr().err
    command = restore_command(data_dir, backup)
    assert command in said
    assert main([*command.split()[1:], "--yes"]) == 0
    out = capsys.readouterr().out
    assert "in place of the damaged data" in out
    (kept,) = data_dir.glob("meetingkit.sqlite3.damaged-*")
    assert kept.read_bytes() == damaged
    assert names(path) == ["Ana Garcia"]


def test_a_wrong_passphrase_is_refused_as_ever(
    data_dir: Path,
    backup: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(ENV_PASSPHRASE, "not the passphrase")
    assert main(["--data-dir", str(data_dir), "meeting", "list"]) == 1
    said = capsys.readouterr().err
    assert "The passphrase does not open" in said
    assert "Check it and try again" in said
    assert "damaged" not in said
    assert str(backup) not in said


@pytest.mark.parametrize("kind", ["truncated", "middle page zeroed", "first page overwritten"])
def test_a_wrong_passphrase_on_damaged_data_is_wrong_too(
    data_dir: Path,
    backup: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    damage(database_path(data_dir), kind)
    monkeypatch.setenv(ENV_PASSPHRASE, "not the passphrase")
    assert main(["--data-dir", str(data_dir), "meeting", "list"]) == 1
    said = capsys.readouterr().err
    assert "The passphrase does not open" in said
    assert "is right" not in said
    assert "opens its newest backup" not in said
    # …and the restore it might be tempted to do is refused, nothing changed.
    before = database_path(data_dir).read_bytes()
    assert main(["--data-dir", str(data_dir), "restore", str(backup), "--yes"]) == 1
    assert "does not open" in capsys.readouterr().err
    assert database_path(data_dir).read_bytes() == before
    assert not list(data_dir.glob("*.damaged-*"))


def test_data_whose_start_is_overwritten_says_the_passphrase_opens_the_backup(
    data_dir: Path, backup: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No page authenticates with any key (the salt is lost); the newest backup opens with
    the passphrase. It may be an old one: said so, with the backup to restore otherwise."""
    damage(database_path(data_dir), "first page overwritten")
    assert main(["--data-dir", str(data_dir), "meeting", "list"]) == 1
    said = capsys.readouterr().err
    assert "but it opens its newest backup" in said
    assert "If the passphrase was changed after that backup was made, use the new one" in said
    assert "is right" not in said
    assert restore_command(data_dir, backup) in said


def test_an_old_passphrase_on_whole_data_is_not_called_damage(
    data_dir: Path,
    backup: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The passphrase was changed after the newest backup, and the old one is typed: the
    file cannot tell which, so the message gives both, and the new one still opens."""
    new = "a different passphrase for the new year"
    monkeypatch.setenv("MEETINGKIT_NEW_PASSPHRASE", new)
    assert main(["--data-dir", str(data_dir), "encryption", "change"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "meeting", "list"]) == 1
    said = capsys.readouterr().err
    assert "If the passphrase was changed after that backup was made, use the new one" in said
    assert "is right" not in said
    monkeypatch.setenv(ENV_PASSPHRASE, new)
    assert main(["--data-dir", str(data_dir), "meeting", "list"]) == 0


@pytest.mark.parametrize("action", ["off", "change"])
def test_changing_the_encryption_of_damaged_data_says_damaged_not_wrong(
    data_dir: Path,
    backup: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    action: str,
) -> None:
    path = database_path(data_dir)
    damage(path, "truncated")
    damaged = path.read_bytes()
    monkeypatch.setenv("MEETINGKIT_NEW_PASSPHRASE", "a different passphrase for the new year")
    assert main(["--data-dir", str(data_dir), "encryption", action]) == 1
    said = capsys.readouterr().err
    assert said.startswith("meetingkit: The passphrase is right, but")
    assert restore_command(data_dir, backup) in said
    assert path.read_bytes() == damaged
