"""The audible cue of a rotation change, played without blocking the clock.

PySide6-Essentials has no QtMultimedia, so the bundled chime goes to the system's own player
(PulseAudio/PipeWire or ALSA on Linux, afplay on macOS, winsound on Windows), started and
left to finish on its own. Where none is found, Qt's beep stands in. A chime that fails to
play never interrupts the meeting: the visible cue is always there.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

from PySide6.QtWidgets import QApplication

from meetingkit.paths import resource

_PLAYERS = (("paplay",), ("pw-play",), ("aplay", "-q"), ("afplay",))


class Chime:
    def __init__(self) -> None:
        self.enabled = True
        self._path = resource("sounds", "chime.wav")
        self._player: tuple[str, ...] | None = next(
            (p for p in _PLAYERS if shutil.which(p[0])), None
        )

    def play(self) -> None:
        if not self.enabled:
            return
        if sys.platform == "win32":
            import winsound

            winsound.PlaySound(
                str(self._path), winsound.SND_FILENAME | winsound.SND_ASYNC | winsound.SND_NODEFAULT
            )
            return
        if self._player is None or not self._path.is_file():
            QApplication.beep()
            return
        try:
            subprocess.Popen(  # noqa: S603 (a fixed player and our own file)
                [*self._player, str(self._path)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
        except OSError:
            QApplication.beep()
