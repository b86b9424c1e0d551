"""Opening the window system without Qt's abort.

When Qt cannot open a window — DISPLAY names an X server that does not answer, a Wayland
socket has gone, a library of the platform plugin is missing — QApplication's constructor
logs a fatal message and aborts the process (exit 134, sometimes a core dump). The facilitator
would see a page of Qt's diagnostics and "Aborted". `open_application` listens to Qt's messages
while the application is made and turns that abort into one line and exit status 2, as when
no display is set at all.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

EXIT_NO_WINDOW = 2
HINT = (
    "Start it from a desktop session, or under a virtual display with `xvfb-run meetingkit`, "
    "or render a picture of it with `meetingkit screenshot -o main.png`."
)
_DISPLAY_REFUSED = "could not connect to display"
# What Qt's offscreen platform says of every window shown: it has no window manager to pass
# size hints to. A picture taken offscreen is not the worse for it.
OFFSCREEN_NOTES = frozenset({"This plugin does not support propagateSizeHints()"})


def failure_message(messages: Sequence[tuple[str, str]], environ: dict[str, str]) -> str:
    """The one line to print when Qt could not open a window. `messages`: (category, text) of
    what Qt logged while it tried, the fatal message last."""
    if any(text.startswith(_DISPLAY_REFUSED) for _category, text in messages):
        named = [
            f"{name}={environ[name]!r}"
            for name in ("DISPLAY", "WAYLAND_DISPLAY")
            if environ.get(name)
        ]
        where = f" at {' or '.join(named)}" if named else ""
        return f"meetingkit: no display answers{where}. {HINT}"
    reasons = [" ".join(text.split()) for _category, text in messages[:-1] if text.strip()] or [
        messages[-1][1].strip().splitlines()[0] if messages else "no reason given"
    ]
    return f"meetingkit: Qt could not open a window ({'; '.join(reasons)}). {HINT}"


def open_application(argv: list[str]) -> QApplication:
    """The QApplication; if Qt cannot open the window system, print one line and end the
    process with EXIT_NO_WINDOW (nothing has been opened yet, so nothing is lost)."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    logged: list[tuple[int, str, str]] = []

    def listen(kind: QtMsgType, context: object, text: str) -> None:
        category = str(getattr(context, "category", "") or "")
        logged.append((kind.value, category, text))
        if kind == QtMsgType.QtFatalMsg:
            sys.stdout.flush()
            said = [(category, text) for _kind, category, text in logged]
            print(failure_message(said, dict(os.environ)), file=sys.stderr, flush=True)
            os._exit(EXIT_NO_WINDOW)  # returning would let Qt abort

    previous = qInstallMessageHandler(listen)
    try:
        app = QApplication(argv)
    finally:
        qInstallMessageHandler(previous)
    for kind, category, text in logged:  # what Qt would have printed itself
        if kind != QtMsgType.QtDebugMsg.value:
            print(text if category in ("", "default") else f"{category}: {text}", file=sys.stderr)
    return app


@contextmanager
def without_offscreen_notes() -> Iterator[None]:
    """Qt's messages while a picture is taken offscreen, less its OFFSCREEN_NOTES: the
    command prints the picture's name and nothing else when all is well."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def listen(kind: QtMsgType, context: object, text: str) -> None:
        if kind != QtMsgType.QtDebugMsg and text not in OFFSCREEN_NOTES:
            print(text, file=sys.stderr)

    previous = qInstallMessageHandler(listen)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
