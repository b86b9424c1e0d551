"""`meetingkit screenshot` takes its picture of a copy of the data in the data folder; the copy
a killed one leaves there (".picture-PID-…", unencrypted when the data was) is overwritten
with zeros and removed once its process is gone: by the next picture, every start of the app,
and turning encryption on — which must leave no unencrypted copy behind."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from meetingkit.services import leftovers
from meetingkit.services.data_dir import database_path
from meetingkit.storage import open_db
from tests.killed_writers import dead_pid, posix_only
from tests.test_cli import meetingkit

pytestmark = posix_only

PLAIN = b"SQLite format 3\x00" + b"Wobbleton Krasp 555-0177 " * 40


def _picture(data_dir: Path, name: str, *, age_s: float = 0) -> Path:
    folder = data_dir / name
    folder.mkdir(parents=True)
    (folder / "meetingkit.sqlite3").write_bytes(PLAIN)
    (folder / "meetingkit.sqlite3-wal").write_bytes(PLAIN)
    if age_s:
        then = time.time() - age_s
        for path in (*folder.iterdir(), folder):
            os.utime(path, (then, then))
    return folder


def test_a_killed_pictures_copy_is_wiped_once_its_process_is_gone(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    killed = _picture(data_dir, f".picture-{dead_pid()}-k1ll3d_x")
    taking = _picture(data_dir, f".picture-{os.getppid()}-at_work1")  # running: kept
    older = _picture(data_dir, ".picture-abcd1234", age_s=leftovers.ABANDONED_AFTER_S + 60)
    recent = _picture(data_dir, ".picture-efgh5678")  # from before PIDs: by age only
    theirs = _picture(data_dir, ".pictures-of-the-march", age_s=leftovers.ABANDONED_AFTER_S + 60)
    with (killed / "meetingkit.sqlite3").open("rb") as still_open:
        swept = leftovers.sweep(data_dir)
        assert still_open.read() == bytes(len(PLAIN))  # overwritten before it went
    assert sorted(swept) == sorted([killed, older])
    assert not killed.exists()
    assert not older.exists()
    assert taking.exists()
    assert recent.exists()
    assert theirs.exists()


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="zombies are told by /proc")
def test_a_killed_picture_not_yet_reaped_is_gone_too(tmp_path: Path) -> None:
    """`kill -9` leaves a zombie until its parent reaps it: its copy goes all the same."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        killed = _picture(tmp_path, f".picture-{child.pid}-k1ll3d_x")
        assert leftovers.sweep(tmp_path) == []  # running
        child.kill()
        for _ in range(100):  # until it is a zombie
            if Path(f"/proc/{child.pid}/stat").read_text().split(") ")[1].startswith("Z"):
                break
            time.sleep(0.02)
        assert leftovers.sweep(tmp_path) == [killed]
    finally:
        child.kill()
        child.wait()


def test_a_picture_is_taken_in_a_folder_named_after_its_process() -> None:
    assert leftovers.picture_prefix() == f".picture-{os.getpid()}-"
    assert leftovers._PICTURE.match(f"{leftovers.picture_prefix()}a1b2_c3d")


def test_turning_encryption_on_leaves_no_unencrypted_picture_copy(tmp_path: Path) -> None:
    pytest.importorskip("sqlcipher3")
    from meetingkit.services.encryption import change_encryption

    data_dir = tmp_path / "data"
    open_db(database_path(data_dir)).close()
    killed = _picture(data_dir, f".picture-{dead_pid()}-k1ll3d_x")
    change_encryption(database_path(data_dir), None, "correct horse battery staple")
    assert not killed.exists()


def test_the_next_picture_sweeps_what_a_killed_one_left(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    assert meetingkit("demo", "--data-dir", str(data_dir)).returncode == 0
    killed = _picture(data_dir, f".picture-{dead_pid()}-k1ll3d_x")
    out = meetingkit(
        "screenshot",
        "--data-dir",
        str(data_dir),
        "--view",
        "people",
        "-o",
        str(tmp_path / "people.png"),
        "--size",
        "600x400",
    )
    assert out.returncode == 0, out.stderr
    assert not killed.exists()
    assert not [p for p in data_dir.iterdir() if p.name.startswith(".picture-")]
