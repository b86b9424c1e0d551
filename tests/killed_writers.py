"""For the tests of what a process ended part-way leaves behind — a half-written file, a hidden
copy of everyone's data — and of who removes it: the id of a process that has ended, a command
ended by a signal while it writes, and encrypted data (among whose backups an unencrypted
leftover counts)."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from meetingkit.services.data_dir import database_path
from meetingkit.storage import open_db

posix_only = pytest.mark.skipif(os.name != "posix", reason="whether a process is gone: POSIX")


def dead_pid() -> int:
    """The id of a process that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@dataclass(frozen=True)
class Ended:
    """A command ended by a signal while it wrote its file."""

    pid: int
    writing: Path  # the file it was writing when the signal came
    returncode: int
    said: str  # what it wrote on stderr


def ended_while_writing(command: list[str], ready: str, folder: Path, signum: int) -> Ended:
    """Run `command`, which prints the line `ready` once it is writing its one file in `folder`
    (empty until then) and then waits, and end it by the signal `signum` there."""
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as child:
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == ready, child.stderr
            [writing] = list(folder.iterdir())
            child.send_signal(signum)
            _, said = child.communicate(timeout=30)
        finally:
            child.kill()
    return Ended(child.pid, writing, child.returncode, said)


def encrypted_data(data_dir: Path, key: str) -> Path:
    """The data file in `data_dir`, made and encrypted with `key` (the test is skipped where
    SQLCipher is not installed)."""
    pytest.importorskip("sqlcipher3")
    from meetingkit.services.encryption import change_encryption

    path = database_path(data_dir)
    open_db(path).close()
    change_encryption(path, None, key)
    return path
