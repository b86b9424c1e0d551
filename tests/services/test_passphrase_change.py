"""Changing the passphrase: afterwards only the new one opens the data; a wrong passphrase, the
same one again or a full disk change nothing."""

import subprocess
import sys
from pathlib import Path

import pytest

from meetingkit.core.errors import ValidationError
from meetingkit.core.person import Person
from meetingkit.services.data_dir import database_path
from meetingkit.services.encryption import (
    Wish,
    change_encryption,
    clear_request,
    key_opens,
    pending_change,
    pending_wish,
    request_change,
    request_new_passphrase,
)
from meetingkit.storage import open_db
from meetingkit.storage.database import DatabaseError
from meetingkit.storage.people import PeopleStore

pytest.importorskip("sqlcipher3", reason="encryption needs the [encryption] extra")

KEY = "correct horse battery staple"
NEW = "a different passphrase for the new year"


@pytest.fixture
def path(data_dir: Path) -> Path:
    """A closed database encrypted with KEY, with one person in it."""
    path = database_path(data_dir)
    conn = open_db(path, KEY)
    PeopleStore(conn).add(Person("Philippa", "Oyelaran-Brandt"))
    conn.close()
    return path


def names(path: Path, key: str) -> list[str]:
    conn = open_db(path, key)
    try:
        return [p.display_name for p in PeopleStore(conn).search("").people]
    finally:
        conn.close()


def test_after_the_change_the_old_passphrase_fails_and_the_new_one_opens(path: Path) -> None:
    old_bytes = path.read_bytes()
    changed = change_encryption(path, KEY, NEW)
    assert changed.encrypted
    assert not key_opens(path, KEY)
    assert key_opens(path, NEW)
    assert names(path, NEW) == ["Philippa Oyelaran-Brandt"]
    assert path.read_bytes() != old_bytes  # every page is encrypted anew
    assert not path.with_name(path.name + ".converting").exists()


def test_the_current_passphrase_again_is_refused(path: Path) -> None:
    before = path.read_bytes()
    with pytest.raises(ValidationError, match="same as the current one"):
        change_encryption(path, KEY, KEY)
    assert path.read_bytes() == before


def test_a_wrong_current_passphrase_changes_nothing(path: Path) -> None:
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="passphrase does not open"):
        change_encryption(path, "Correct horse battery staple", NEW)
    assert path.read_bytes() == before
    assert key_opens(path, KEY)


def test_a_full_disk_while_changing_changes_nothing(path: Path) -> None:
    """The new copy cannot grow past 16 kB (as on a full disk): the change stops with a
    message, the old passphrase still opens everything, and no half copy is left."""
    code = f"""
import resource, signal
from pathlib import Path
from meetingkit.core.errors import MeetingkitError
from meetingkit.services.encryption import change_encryption
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (16 * 1024, resource.RLIM_INFINITY))
try:
    change_encryption(Path({str(path)!r}), {KEY!r}, {NEW!r})
except MeetingkitError as e:
    print(e)
"""
    before = path.read_bytes()
    assert len(before) > 16 * 1024
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "Could not rewrite" in out.stdout, out.stdout + out.stderr
    assert "Nothing was changed" in out.stdout
    assert path.read_bytes() == before
    assert not path.with_name(path.name + ".converting").exists()
    assert names(path, KEY) == ["Philippa Oyelaran-Brandt"]
    assert not key_opens(path, NEW)


def test_the_gui_asks_for_a_new_passphrase_at_the_next_start(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    request_new_passphrase(data_dir)
    assert pending_wish(data_dir) is Wish.NEW_PASSPHRASE
    assert pending_change(data_dir) is None  # not a wish to turn encryption on or off
    assert "passphrase" in (data_dir / "encryption-change").read_text()  # the word, no secret
    request_change(data_dir, encrypt=False)
    assert pending_wish(data_dir) is Wish.DECRYPT
    clear_request(data_dir)
    assert pending_wish(data_dir) is None
