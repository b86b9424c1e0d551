"""A right passphrase on a damaged encrypted file is not a wrong passphrase.

SQLCipher authenticates every page with a key derived from the passphrase: a wrong one fails
them all, the right one only the damaged ones. So a file whose pages partly authenticate is
damaged (restore it from a backup), never "check the passphrase and try again" — and a wrong
passphrase is still wrong, on an intact file or a damaged one."""

from pathlib import Path

import pytest

from meetingkit.services.data_dir import database_path
from meetingkit.storage import cipher, open_db
from meetingkit.storage.database import (
    CorruptDatabaseError,
    WrongPassphraseError,
    open_to_read,
)
from tests.encrypted_damage import KEY, TOLD_BY_THE_FILE, damage, encrypted_folder, make_folder


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("sqlcipher3")
    folder = tmp_path_factory.mktemp("encrypted") / "data"
    make_folder(folder)
    return folder


@pytest.fixture
def path(template: Path, data_dir: Path) -> Path:
    encrypted_folder(template, data_dir)
    return database_path(data_dir)


@pytest.mark.parametrize("kind", TOLD_BY_THE_FILE)
def test_the_right_passphrase_on_a_damaged_file_is_told_as_damage(path: Path, kind: str) -> None:
    damage(path, kind)
    assert cipher.try_key(path, KEY) is cipher.KeyFit.DAMAGED
    with pytest.raises(CorruptDatabaseError) as refused:
        open_db(path, KEY).close()
    assert not isinstance(refused.value, WrongPassphraseError)
    said = str(refused.value)
    assert said.startswith(f"The passphrase is right, but {path} is damaged")
    assert "Restore it from a backup" in said
    with pytest.raises(CorruptDatabaseError):  # a command that only reads says it too
        open_to_read(path, KEY)


@pytest.mark.parametrize("kind", [*TOLD_BY_THE_FILE, "first page overwritten"])
def test_a_wrong_passphrase_on_a_damaged_file_is_still_wrong(path: Path, kind: str) -> None:
    damage(path, kind)
    assert cipher.try_key(path, "not the passphrase") is cipher.KeyFit.REFUSED
    with pytest.raises(WrongPassphraseError):
        open_db(path, "not the passphrase").close()


def test_a_wrong_passphrase_on_a_whole_file_is_wrong_as_ever(path: Path) -> None:
    assert cipher.try_key(path, KEY) is cipher.KeyFit.OPENS
    assert cipher.try_key(path, "not the passphrase") is cipher.KeyFit.REFUSED
    with pytest.raises(WrongPassphraseError) as refused:
        open_db(path, "not the passphrase").close()
    assert "Check it and try again" in str(refused.value)
    assert "is right" not in str(refused.value)


def test_a_file_whose_salt_is_lost_cannot_tell_and_is_not_called_damaged(path: Path) -> None:
    """The first 16 bytes are what every key is derived with: overwritten, no key
    authenticates any page, and the file alone cannot tell a right passphrase from a wrong
    one (the data folder's backup can: see test_cli_damaged_encrypted_data)."""
    damage(path, "first page overwritten")
    assert cipher.try_key(path, KEY) is cipher.KeyFit.REFUSED


class _Said:
    """A connection whose cipher_integrity_check says `rows` (SQLCipher 4 with 4096-byte
    pages), to check what is made of rows that are not about pages."""

    def __init__(self, rows: list[str], version: str = "4.12.0 community") -> None:
        self._answers = {
            "PRAGMA cipher_version": [(version,)],
            "PRAGMA cipher_page_size": [("4096",)],
            "PRAGMA cipher_integrity_check": [(row,) for row in rows],
        }
        self._rows: list[tuple[str]] = []

    def execute(self, sql: str) -> "_Said":
        self._rows = self._answers[sql]
        return self

    def fetchone(self) -> tuple[str]:
        return self._rows[0]

    def fetchall(self) -> list[tuple[str]]:
        return self._rows


@pytest.mark.parametrize(
    ("rows", "version", "right"),
    [
        (["HMAC verification failed for page 2"], "4.12.0 community", True),
        ([f"HMAC verification failed for page {n}" for n in range(1, 5)], "4.12.0", False),
        (["HMAC is not enabled, unable to integrity check"], "4.12.0", False),
        (["unable to derive keys"], "4.12.0", False),
        ([], "3.4.2", False),  # no cipher_integrity_check: an unknown pragma says nothing
    ],
)
def test_only_a_page_the_key_authenticates_says_it_is_right(
    tmp_path: Path, rows: list[str], version: str, right: bool
) -> None:
    four_pages = tmp_path / "f"
    four_pages.write_bytes(bytes(4 * 4096))
    conn = _Said(rows, version)
    assert cipher.shows_key_right(conn, four_pages) is right  # type: ignore[arg-type]
