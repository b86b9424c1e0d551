"""The data folder's backups over a year: meetingkit deletes the oldest of its own (the newest
backups asked for and a month of safety backups stay, the newest of all always), never a file
it did not make; it finds them where the data folder is now, not where the log says it was;
and once the data is encrypted it deletes the unencrypted ones, after an encrypted backup."""

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from meetingkit.core.errors import MeetingkitError
from meetingkit.services.backup import backup_folder, make_backup, restore
from meetingkit.services.backup_folder import (
    KEEP_BACKUPS,
    KEEP_SAFETY_DAYS,
    FolderBackup,
    backups_found,
    delete_unencrypted,
    folder_backups,
    to_prune,
)
from meetingkit.services.data_dir import database_path
from meetingkit.services.encryption import change_encryption
from meetingkit.services.meeting_deletion import backup_before_deleting
from meetingkit.storage import open_db
from meetingkit.storage.copies import BackupLog
from tests.services.privacy_scene import build

KEY = "correct horse battery staple"
START = dt.datetime(2025, 11, 27, 21, 30)


def nightly(conn: sqlite3.Connection, data_dir: Path, nights: int) -> list[Path]:
    """`meetingkit backup` every night from START: what each one made."""
    return [
        make_backup(conn, backup_folder(data_dir), None, now=START + dt.timedelta(days=n)).path
        for n in range(nights)
    ]


def names(data_dir: Path) -> list[str]:
    return sorted(p.name for p in (data_dir / "backups").iterdir())


def test_a_backup_in_the_folder_deletes_the_oldest_beyond_the_newest_kept(
    conn: sqlite3.Connection, data_dir: Path
) -> None:
    made = nightly(conn, data_dir, KEEP_BACKUPS)
    assert len(names(data_dir)) == KEEP_BACKUPS  # nothing goes before there are more
    last = make_backup(
        conn, backup_folder(data_dir), None, now=START + dt.timedelta(days=KEEP_BACKUPS)
    )
    assert last.pruned == (made[0],)
    assert names(data_dir) == sorted(p.name for p in [*made[1:], last.path])


def test_safety_backups_are_kept_a_month_and_the_newest_always(
    conn: sqlite3.Connection, data_dir: Path
) -> None:
    old = make_backup(conn, backup_folder(data_dir), None, reason="before delete", now=START)
    recent = make_backup(
        conn,
        backup_folder(data_dir),
        None,
        reason="before restore",
        now=START + dt.timedelta(days=KEEP_SAFETY_DAYS - 1),
    )
    assert recent.pruned == ()  # the first is 29 days old
    now = START + dt.timedelta(days=KEEP_SAFETY_DAYS + 5)
    latest = make_backup(conn, backup_folder(data_dir), None, now=now)
    assert latest.pruned == (old.path,)
    assert recent.path.exists()  # 6 days old
    # Alone, the oldest is kept however old: it is the only backup there is.
    lone = [FolderBackup(old.path, START, 1, False, "before delete")]
    assert to_prune(lone, now) == []
    assert to_prune([FolderBackup(old.path, START, 1, False, "backup")], now) == []


def test_files_meetingkit_did_not_make_are_never_deleted(
    conn: sqlite3.Connection, data_dir: Path
) -> None:
    folder = backup_folder(data_dir)
    mine = folder / "before-the-conference.sqlite"  # named by hand
    shutil.copyfile(nightly(conn, data_dir, 1)[0], mine)
    lookalike = folder / "meetingkit-backup-2020-01-01-0000.sqlite"  # not in the log
    shutil.copyfile(mine, lookalike)
    elsewhere = make_backup(conn, data_dir.parent / "usb", None, now=START)
    assert elsewhere.pruned == ()
    nightly(conn, data_dir, KEEP_BACKUPS + 3)
    assert mine.exists()
    assert lookalike.exists()
    assert elsewhere.path.exists()
    found = {b.path.name: b.ours for b in folder_backups(conn, data_dir)}
    assert found[mine.name] is False
    assert found[lookalike.name] is False
    assert sum(found.values()) == KEEP_BACKUPS


def test_safety_backups_before_a_deletion_or_a_restore_are_pruned_too(
    conn: sqlite3.Connection, data_dir: Path
) -> None:
    build(conn)  # meeting 1 holds a record: deleting it takes a safety backup
    old = make_backup(conn, backup_folder(data_dir), None, reason="before delete", now=START)
    nightly(conn, data_dir, KEEP_BACKUPS)
    assert old.path.exists()  # the nightly ones are all from its month
    source = make_backup(conn, data_dir.parent / "usb", None).path
    restored = restore(conn, source, live_key=None, source_key=None, data_dir=data_dir)
    assert not old.path.exists()  # a year old by the restore's safety backup
    assert restored.safety_backup.exists()
    deleting = backup_before_deleting(conn, 1, data_dir, None)
    assert deleting is not None
    ours = [b for b in folder_backups(conn, data_dir) if b.ours]
    assert sum(1 for b in ours if not b.safety) == KEEP_BACKUPS  # the log survived the restore
    assert {b.path for b in ours if b.safety} == {restored.safety_backup, deleting}


def test_after_the_data_folder_moved_its_backups_are_found_where_it_is_now(
    conn: sqlite3.Connection, data_dir: Path, tmp_path: Path
) -> None:
    nightly(conn, data_dir, KEEP_BACKUPS)
    conn.close()
    moved = tmp_path / "new laptop" / "meetingkit"
    shutil.move(data_dir, moved)
    conn = open_db(database_path(moved))
    try:
        assert all(str(data_dir) in e.path for e in BackupLog(conn).all())  # as it was then
        found = backups_found(conn, moved)
        assert len(found.in_folder) == KEEP_BACKUPS
        assert all(b.ours and b.path.parent == moved / "backups" for b in found.in_folder)
        assert found.in_folder[0].shown == str(Path("backups") / found.in_folder[0].path.name)
        assert found.elsewhere is None  # the old paths lead nowhere: not named
        last = make_backup(conn, backup_folder(moved), None, now=START + dt.timedelta(days=99))
        assert len(last.pruned) == 1  # pruned there too
    finally:
        conn.close()


def test_once_encrypted_the_unencrypted_backups_go_after_an_encrypted_one(
    data_dir: Path,
) -> None:
    pytest.importorskip("sqlcipher3")
    path = database_path(data_dir)
    conn = open_db(path)
    plain = nightly(conn, data_dir, 3)
    with pytest.raises(MeetingkitError, match="not encrypted"):
        delete_unencrypted(conn, data_dir, None)  # nothing would be left that is
    conn.close()
    mine = backup_folder(data_dir) / "kept by hand.sqlite"
    shutil.copyfile(plain[0], mine)
    change_encryption(path, None, KEY)
    conn = open_db(path, KEY)
    try:
        assert [b.path for b in backups_found(conn, data_dir).unencrypted] == plain[::-1]
        done = delete_unencrypted(conn, data_dir, KEY)
        assert sorted(done.deleted) == sorted(plain)
        assert done.backup.encrypted
        assert done.backup.path.exists()
        assert mine.exists()  # not one of meetingkit's
        assert backups_found(conn, data_dir).unencrypted == ()
    finally:
        conn.close()


def _open_files_under(folder: Path) -> list[str]:
    """What this process holds open in `folder` (Linux: /proc/self/fd)."""
    held = []
    for fd in Path("/proc/self/fd").iterdir():
        with contextlib.suppress(OSError):
            target = os.readlink(fd)
            if target.startswith(str(folder)):
                held.append(target)
    return held


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads /proc/self/fd")
def test_backups_looked_at_made_or_deleted_are_not_held_open(
    conn: sqlite3.Connection, data_dir: Path
) -> None:
    """A year of backups looked through holds none of them open (a handle each would run the
    app out of them), and the ones deleted give their space back at once."""
    folder = backup_folder(data_dir)
    made = nightly(conn, data_dir, KEEP_BACKUPS + 3)
    for n in range(20):  # put there by another copy of meetingkit, or by hand
        shutil.copyfile(made[-1], folder / f"meetingkit-backup-2020-01-{n + 1:02d}-0000.sqlite")
    assert len(backups_found(conn, data_dir).in_folder) == KEEP_BACKUPS + 20
    assert _open_files_under(folder) == []
