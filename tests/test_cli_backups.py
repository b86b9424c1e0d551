"""`meetingkit backup` over a year: it says which old backups it deleted from the backups
folder; `meetingkit encryption on` says how many backups there are still unencrypted and the
command that deletes them, `meetingkit backup --delete-unencrypted`."""

import shlex
from pathlib import Path

import pytest

from meetingkit.cli_privacy import ENV_NEW_PASSPHRASE, ENV_PASSPHRASE
from meetingkit.services.backup import backup_folder, make_backup
from meetingkit.services.backup_folder import KEEP_BACKUPS
from meetingkit.services.data_dir import database_path
from meetingkit.storage import open_db
from meetingkit.storage.database import is_encrypted
from tests.test_cli_privacy import KEY, folder, meetingkit  # noqa: F401 (fixture)


def _older_backups(data_dir: Path, n: int) -> list[Path]:
    import datetime as dt

    conn = open_db(database_path(data_dir))
    try:
        return [
            make_backup(
                conn, backup_folder(data_dir), None, now=dt.datetime(2025, 12, 1, 21, 30)
            ).path
            for _ in range(n)
        ]
    finally:
        conn.close()


def test_a_backup_says_which_old_ones_it_deleted(
    folder: str,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    older = _older_backups(Path(folder), KEEP_BACKUPS)
    assert meetingkit("backup", "--data-dir", folder) == 0
    out = capsys.readouterr().out
    assert f"Deleted 1 old backup from {Path(folder) / 'backups'}" in out
    assert f"keeps the newest {KEEP_BACKUPS}" in out
    assert not older[0].exists()
    assert len(list((Path(folder) / "backups").iterdir())) == KEEP_BACKUPS


def test_encryption_on_names_the_unencrypted_backups_and_the_command_that_deletes_them(
    folder: str,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pytest.importorskip("sqlcipher3")
    older = _older_backups(Path(folder), 2)
    assert meetingkit("backup", "--delete-unencrypted", "--data-dir", folder) == 1
    assert "not encrypted" in capsys.readouterr().err  # nothing to delete them for
    monkeypatch.setenv(ENV_NEW_PASSPHRASE, KEY)
    assert meetingkit("encryption", "on", "--data-dir", folder) == 0
    out = capsys.readouterr().out
    assert f"2 backups in {Path(folder) / 'backups'} were made before" in out
    command = f"meetingkit --data-dir {shlex.quote(folder)} backup --delete-unencrypted"
    assert command in out
    monkeypatch.setenv(ENV_PASSPHRASE, KEY)
    assert meetingkit("backup", "--delete-unencrypted", "--data-dir", folder) == 0
    out = capsys.readouterr().out
    assert "Deleted 2 unencrypted backups made before encryption was turned on." in out
    assert not any(p.exists() for p in older)
    [left] = (Path(folder) / "backups").iterdir()
    assert is_encrypted(left)
