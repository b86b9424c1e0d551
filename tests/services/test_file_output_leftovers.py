"""A PDF or an export is written to a hidden file beside its name, then renamed over it. A
command ended by `kill` or a closed terminal while writing it removes that half-file as any
failure does; one a process killed outright (SIGKILL) left is overwritten with zeros and
removed when a file of that name is saved again."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pytest

from meetingkit.services import leftovers
from meetingkit.services.file_output import replace_file
from tests.killed_writers import dead_pid, ended_while_writing, posix_only

NAMES = b"%PDF-1.4 Zyxwarbler Quenthorpe (555) 019-7731 " * 200

_KILLED_SAVE = """
import os, sys, time
from pathlib import Path
from meetingkit.services.file_output import replace_file
real = os.fsync
def slow(fd):
    real(fd)
    os.fsync = real  # once: wiping the half-file syncs too
    print("written", flush=True)
    time.sleep(60)
os.fsync = slow
replace_file(Path(sys.argv[1]), b"%PDF-1.4 Zyxwarbler Quenthorpe" * 100)
"""


@posix_only
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_save_ended_by_kill_leaves_no_half_file(tmp_path: Path, signum: int) -> None:
    out = tmp_path / "killed-call-list.pdf"
    ended = ended_while_writing(
        [sys.executable, "-c", _KILLED_SAVE, str(out)], "written", tmp_path, signum
    )
    assert ended.writing.name.startswith(f".killed-call-list.pdf.{ended.pid}-")
    assert ended.writing.name.endswith(".part")
    assert ended.returncode == 128 + signum, ended.said
    assert list(tmp_path.iterdir()) == []


@posix_only
def test_a_half_file_a_killed_process_left_goes_when_the_name_is_saved_again(
    tmp_path: Path,
) -> None:
    out = tmp_path / "call-list.pdf"
    killed = tmp_path / f".call-list.pdf.{dead_pid()}-i3i2vacv.part"
    saving = tmp_path / f".call-list.pdf.{os.getppid()}-abcd_123.part"  # running
    other = tmp_path / f".minutes.pdf.{dead_pid()}-i3i2vacv.part"  # another file's
    theirs = tmp_path / ".call-list.pdf.notes.part"  # not one of ours
    for path in (killed, saving, other, theirs):
        path.write_bytes(NAMES)
    with killed.open("rb") as still_open:
        replace_file(out, b"%PDF-1.4 fresh")
        assert still_open.read() == bytes(len(NAMES))  # overwritten before it went
    assert not killed.exists()
    assert saving.exists()
    assert other.exists()
    assert theirs.exists()
    assert out.read_bytes() == b"%PDF-1.4 fresh"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(leftovers.part_prefix(out))]


def test_a_failed_save_leaves_no_half_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(Exception, match="disk is full"):
        replace_file(tmp_path / "call-list.pdf", NAMES)
    assert list(tmp_path.iterdir()) == []


def test_a_half_file_that_cannot_be_overwritten_is_removed_all_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failing disk refuses the zeros too: the half-file still goes."""
    import errno

    def failing(_fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", failing)
    with pytest.raises(Exception, match="Input/output error"):
        replace_file(tmp_path / "call-list.pdf", NAMES)
    assert list(tmp_path.iterdir()) == []
