"""One meetingkit window per data folder: two would each write their own floor and stack over
the other's (the second window's stack entry took the first one's id, and it vanished)."""

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QMessageBox

from meetingkit import app


def test_a_second_window_on_the_same_folder_is_refused_and_says_why(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: told.append(a[2]))
    first = app._hold(data_dir)
    assert first is not None
    assert first.isLocked()
    assert app._hold(data_dir) is None
    assert "already open on" in told[0]
    assert "overwrite each other's changes" in capsys.readouterr().err
    first.unlock()
    again = app._hold(data_dir)  # the first window closed: the folder is free
    assert again is not None
    assert again.isLocked()
    again.unlock()


def test_the_hold_of_an_app_that_crashed_is_taken_over(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    crashed = subprocess.run(  # takes the hold, then dies without letting go
        [
            sys.executable,
            "-c",
            "import os, sys; from PySide6.QtCore import QLockFile; "
            "lock = QLockFile(sys.argv[1]); assert lock.tryLock(0); os._exit(9)",
            str(data_dir / "meetingkit.lock"),
        ],
        check=False,
    )
    assert crashed.returncode == 9
    assert (data_dir / "meetingkit.lock").exists()
    held = app._hold(data_dir)
    assert held is not None
    assert held.isLocked()
    held.unlock()
    assert isinstance(held, QLockFile)
