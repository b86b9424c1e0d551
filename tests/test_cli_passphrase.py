"""`meetingkit encryption change`, and what `meetingkit restore` says it brings back."""

import getpass
import sys
from pathlib import Path

import pytest

from meetingkit import cli
from meetingkit.cli_privacy import ENV_NEW_PASSPHRASE, ENV_PASSPHRASE
from meetingkit.core.person import Person
from meetingkit.services.data_dir import database_path
from meetingkit.services.encryption import key_opens
from meetingkit.storage import open_db
from meetingkit.storage.people import PeopleStore
from tests.test_cli_privacy import meetingkit

KEY = "correct horse battery staple"
NEW = "a different passphrase for the new year"


@pytest.fixture
def encrypted(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An encrypted data folder with one person; no terminal, no passphrases in the
    environment."""
    pytest.importorskip("sqlcipher3")
    data_dir.mkdir(parents=True)
    conn = open_db(database_path(data_dir), KEY)
    PeopleStore(conn).add(Person("Ana", "Garcia"))
    conn.close()
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    monkeypatch.delenv(ENV_PASSPHRASE, raising=False)
    monkeypatch.delenv(ENV_NEW_PASSPHRASE, raising=False)
    return data_dir


def test_change_in_a_script_then_only_the_new_passphrase_opens(
    encrypted: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_PASSPHRASE, KEY)
    monkeypatch.setenv(ENV_NEW_PASSPHRASE, NEW)
    assert meetingkit("encryption", "change", "--data-dir", str(encrypted)) == 0
    out = capsys.readouterr().out
    assert "now opens only with the new passphrase" in out
    assert "Backups made before keep the old passphrase" in out
    path = database_path(encrypted)
    assert not key_opens(path, KEY)
    assert key_opens(path, NEW)
    monkeypatch.setenv(ENV_PASSPHRASE, NEW)
    assert meetingkit("encryption", "status", "--data-dir", str(encrypted)) == 0
    assert capsys.readouterr().out == "encrypted\n"


def test_change_at_a_terminal_asks_the_current_then_the_new_one_twice(
    encrypted: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    typed = iter([KEY, NEW, NEW])
    asked: list[str] = []

    def ask(prompt: str = "") -> str:
        asked.append(prompt)
        return next(typed)

    monkeypatch.setattr(getpass, "getpass", ask)
    assert meetingkit("encryption", "change", "--data-dir", str(encrypted)) == 0
    assert asked == [
        "Current passphrase: ",
        "New passphrase (at least 8 characters): ",
        "The same passphrase again: ",
    ]
    assert key_opens(database_path(encrypted), NEW)


@pytest.mark.parametrize(
    ("current", "new", "said"),
    [
        ("Correct horse battery staple", NEW, "That passphrase does not open"),
        (KEY, KEY, "same as the current one"),
        (KEY, "short", "at least 8 characters"),
    ],
)
def test_a_wrong_current_passphrase_or_a_bad_new_one_changes_nothing(
    encrypted: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    current: str,
    new: str,
    said: str,
) -> None:
    path = database_path(encrypted)
    before = path.read_bytes()
    monkeypatch.setenv(ENV_PASSPHRASE, current)
    monkeypatch.setenv(ENV_NEW_PASSPHRASE, new)
    assert meetingkit("encryption", "change", "--data-dir", str(encrypted)) == 1
    assert said in capsys.readouterr().err
    assert path.read_bytes() == before
    assert key_opens(path, KEY)


def test_change_on_plain_data_says_there_is_no_passphrase(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir.mkdir(parents=True)
    open_db(database_path(data_dir)).close()
    assert meetingkit("encryption", "change", "--data-dir", str(data_dir)) == 1
    err = capsys.readouterr().err
    assert "is not encrypted: there is no passphrase to change" in err
    assert "meetingkit encryption on" in err


def test_on_when_encrypted_points_to_change(
    encrypted: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert meetingkit("encryption", "on", "--data-dir", str(encrypted)) == 0
    assert "meetingkit encryption change" in capsys.readouterr().out


# Restore: who comes back


def test_restore_says_how_many_people_it_brings_back(
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data_dir.mkdir(parents=True)
    conn = open_db(database_path(data_dir))
    store = PeopleStore(conn)
    ana = store.add(Person("Ana", "Garcia"))
    dele = store.add(Person("Dele", "Okonkwo"))
    store.add(Person("Mei", "Chen"))
    conn.close()
    backup = tmp_path / "before.sqlite"
    assert meetingkit("backup", "-o", str(backup), "--data-dir", str(data_dir)) == 0
    conn = open_db(database_path(data_dir))
    PeopleStore(conn).forget(ana.key)
    PeopleStore(conn).forget(dele.key)
    conn.close()
    # At a terminal, the question says it, and "no" restores nothing.
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda _prompt: "no")
    capsys.readouterr()
    assert meetingkit("restore", str(backup), "--data-dir", str(data_dir)) == 1
    out = capsys.readouterr().out
    assert "(0 meetings, 3 people)" in out
    assert (
        "It has 2 people who are not in your current data: anyone you forgot since this "
        "backup was made comes back." in out
    )
    # With --yes, the result says it.
    assert meetingkit("restore", str(backup), "--yes", "--data-dir", str(data_dir)) == 0
    assert "It brought back 2 people who were not in your current data" in capsys.readouterr().out
    # The same backup again brings nobody back, and says nothing about it.
    assert meetingkit("restore", str(backup), "--yes", "--data-dir", str(data_dir)) == 0
    assert "brought back" not in capsys.readouterr().out


# A picture of encrypted data


def test_a_screenshot_of_encrypted_data_takes_the_passphrase_and_changes_nothing(
    encrypted: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    qapp: object,
) -> None:
    path = database_path(encrypted)
    before = path.read_bytes()
    png = tmp_path / "people.png"
    args = ["screenshot", "--view", "people", "--data-dir", str(encrypted), "-o", str(png)]
    assert cli.main(args) == 1  # no passphrase, no terminal
    assert "Give its passphrase in $MEETINGKIT_PASSPHRASE" in capsys.readouterr().err
    monkeypatch.setenv(ENV_PASSPHRASE, "not the passphrase")
    assert cli.main(args) == 1
    assert "The passphrase does not open" in capsys.readouterr().err
    assert not png.exists()
    monkeypatch.setenv(ENV_PASSPHRASE, KEY)
    assert cli.main(args) == 0, capsys.readouterr().err
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert path.read_bytes() == before
    assert [p.name for p in encrypted.iterdir()] == [path.name]  # the copy is gone
