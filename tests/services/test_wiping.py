"""Copies of the data are overwritten with zeros before they are deleted (services.wiping):
the unencrypted backups `backup --delete-unencrypted` deletes, as encryption overwrites the
file it replaced — but never what another name still holds, nor what a link points to."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from meetingkit.services.backup import backup_folder, make_backup
from meetingkit.services.backup_folder import delete_unencrypted
from meetingkit.services.data_dir import database_path
from meetingkit.services.encryption import change_encryption
from meetingkit.services.wiping import wipe_and_delete
from meetingkit.storage import open_db
from tests.services.privacy_scene import TRACES, build

KEY = "correct horse battery staple"
DATA = b"SQLite format 3\x00" + b"Zebulon Quaxtlewhistle (312) 555-0199 " * 50_000  # ~2 MB


def test_a_file_is_overwritten_with_zeros_then_deleted(tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(DATA)
    with copy.open("rb") as still_open:  # sees the blocks the file had
        wipe_and_delete(copy)
        assert still_open.read() == bytes(len(DATA))
    assert not copy.exists()


def test_what_another_name_or_a_link_holds_is_only_unlinked(tmp_path: Path) -> None:
    kept = tmp_path / "kept on purpose.sqlite"
    kept.write_bytes(DATA)
    second_name = tmp_path / "hard link.sqlite"
    os.link(kept, second_name)
    wipe_and_delete(second_name)
    assert kept.read_bytes() == DATA
    link = tmp_path / "link.sqlite"
    link.symlink_to(kept)
    wipe_and_delete(link)
    assert not link.exists()
    assert kept.read_bytes() == DATA


def test_unencrypted_backups_are_overwritten_before_they_are_deleted(data_dir: Path) -> None:
    pytest.importorskip("sqlcipher3")
    path = database_path(data_dir)
    conn = open_db(path)
    build(conn)
    plain = [
        make_backup(conn, backup_folder(data_dir), None, now=dt.datetime(2026, 10, d, 21)).path
        for d in (1, 2)
    ]
    conn.close()
    change_encryption(path, None, KEY)
    held = [p.open("rb") for p in plain]
    try:
        assert all(TRACES[0].encode() in f.read().lower() for f in held)
        conn = open_db(path, KEY)
        try:
            assert sorted(delete_unencrypted(conn, data_dir, KEY).deleted) == sorted(plain)
        finally:
            conn.close()
        for f in held:
            f.seek(0)
            data = f.read()
            assert data
            assert data == bytes(len(data))
    finally:
        for f in held:
            f.close()
