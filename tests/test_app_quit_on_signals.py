"""A SIGTERM (a logout, `kill`) or Ctrl+C quits the app cleanly whatever box is open over
it, and nothing reads the database once it is closed (app._quit_on_signals, app._let_go).

A tester saw the window's timers read the closed database behind the "unexpected error" box;
a box Qt's own quit cannot close (the unheard question has no Cancel) left the signal unheard,
and the app running. Each test runs the app as a user does, in a process of its own, on a
throwaway demo (`meetingkit --demo`), opens a box over it and sends the signal."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

WITH_A_BOX = Path(__file__).with_name("app_with_a_box.py")
UP_WITHIN_S = 8.0  # the app starts and the box opens
GONE_WITHIN_S = 5.0  # the app quits after the signal


def open_with_a_box(box: str, tmp_path: Path) -> tuple[subprocess.Popen[str], Path]:
    """The app on a throwaway demo (written in a temporary folder of the test's own), up
    with `box` open over it (tests/app_with_a_box.py); and that temporary folder."""
    temp = tmp_path / "temp"
    temp.mkdir()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TMPDIR": str(temp),
        "MEETINGKIT_TEST_PDF": str(tmp_path / "minutes.pdf"),
    }
    env.pop("MEETINGKIT_DATA_DIR", None)
    process = subprocess.Popen(
        [sys.executable, str(WITH_A_BOX), box, "--demo"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    with selectors.DefaultSelector() as waiting:
        waiting.register(process.stdout, selectors.EVENT_READ)
        deadline = time.monotonic() + UP_WITHIN_S
        line = ""
        while not line.startswith("up") and (left := deadline - time.monotonic()) > 0:
            if not waiting.select(left):
                break
            line = process.stdout.readline()
            if not line:  # the app ended before the box was up
                break
    if not line.startswith("up"):
        process.kill()
        _, err = process.communicate()
        pytest.fail(f"the box did not open within {UP_WITHIN_S} s:\n{err}")
    return process, temp


def quit_by(process: subprocess.Popen[str], signum: int) -> tuple[int, str]:
    """Send `signum`; the exit status and what the app wrote on stderr."""
    process.send_signal(signum)
    try:
        _, err = process.communicate(timeout=GONE_WITHIN_S)
    except subprocess.TimeoutExpired:
        process.kill()
        _, err = process.communicate()
        pytest.fail(f"the app was still running {GONE_WITHIN_S} s after the signal:\n{err}")
    assert process.returncode is not None
    return process.returncode, err


def errors(err: str) -> list[str]:
    """The errors printed, each by its last line ("RuntimeError: …")."""
    lines = err.splitlines()
    return [
        next((said for said in lines[n + 1 :] if said and not said.startswith(" ")), line)
        for n, line in enumerate(lines)
        if "Traceback (most recent call last)" in line
    ]


@pytest.mark.parametrize("box", ["error", "question", "file", "no cancel"])
def test_a_signal_quits_cleanly_over_any_box(box: str, tmp_path: Path) -> None:
    process, temp = open_with_a_box(box, tmp_path)
    status, err = quit_by(process, signal.SIGTERM)
    assert status == 0, err
    assert "closed database" not in err
    planted = ["RuntimeError: an error planted by the test"] if box == "error" else []
    assert errors(err) == planted, err
    assert list(temp.iterdir()) == []  # the demo folder was deleted, its hold let go


def test_ctrl_c_quits_cleanly_over_a_box_that_refuses_to_close(tmp_path: Path) -> None:
    process, temp = open_with_a_box("no cancel", tmp_path)
    status, err = quit_by(process, signal.SIGINT)
    assert status == 0, err
    assert errors(err) == [], err
    assert list(temp.iterdir()) == []


def test_nothing_reads_the_data_behind_an_error_box_after_it_closed(tmp_path: Path) -> None:
    """An error ends the start-up once the window is built: the error box shows once the
    data is closed, and its event loop ran the window's timers and the reads it had queued
    (opening the floor of the running meeting), each on the closed database."""
    process, temp = open_with_a_box("start-up error", tmp_path)
    # No handler yet (the error came before the app's event loop): the signal ends it
    _, err = quit_by(process, signal.SIGTERM)
    assert "closed database" not in err
    assert errors(err) == ["RuntimeError: an error planted by the test, at start-up"], err
    assert list(temp.iterdir()) == []


def test_a_signal_while_minutes_are_written_lets_them_be_written_whole(tmp_path: Path) -> None:
    """The handler runs between two lines of the writing: the window closes, the writing goes
    on with the data still open, and the data closes once it is done."""
    process, temp = open_with_a_box("printing", tmp_path)
    status, err = quit_by(process, signal.SIGTERM)
    assert status == 0, err
    assert errors(err) == [], err
    pdf = (tmp_path / "minutes.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    assert pdf.rstrip().endswith(b"%%EOF")  # whole
    assert list(temp.iterdir()) == []
