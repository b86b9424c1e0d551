"""An error nobody planned for is shown, not lost.

Without this, an exception in a button's slot or a timer goes to a console the facilitator
never sees (PySide prints it and carries on): they click Save and nothing happens, without a
word. With it, they are told once, in a window: what failed, that every change made before was
saved as it was made, and the details to pass on. Nothing is written to disk or sent anywhere:
the details are shown to be copied by hand, if the facilitator chooses.

The same error (its type and where it was raised) is shown once a session: a timer that fails
on every tick must not bury the room's screen in windows. The traceback still goes to stderr.

A damaged data file ("database disk image is malformed") is no error of the program: it is
said as what it is, with the backup to restore (ui.damaged_data), once a session wherever
it is met.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from meetingkit.core.i18n import fill
from meetingkit.storage.database import is_damage
from meetingkit.ui import damaged_data
from meetingkit.ui.feedback import MessageBox

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class UnexpectedErrors:
    """sys.excepthook for the app: print as Python would, and show each new error once."""

    def __init__(self, previous: Hook = sys.__excepthook__) -> None:
        self._previous = previous
        self._seen: set[tuple[str, str, int]] = set()
        self._showing = False
        self._damage_told = False
        self._quit = False  # the app has quit: printed only (`stop_showing`)

    def __call__(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        self._previous(kind, error, tb)
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            return
        # What is shown (the traceback, the backups to restore: a look in their folder) is
        # only worked out when it is: a timer failing on every tick does so over and over.
        quiet = self._showing or self._quit or QApplication.instance() is None
        if is_damage(error):
            if not (self._damage_told or quiet):
                self._damage_told = True
                self._show_damage(error, _details(kind, error, tb))
            return
        frames = traceback.extract_tb(tb)
        where = (frames[-1].filename, frames[-1].lineno or 0) if frames else ("", 0)
        signature = (kind.__qualname__, *where)
        if signature in self._seen or quiet:
            return
        self._seen.add(signature)
        self._show(error, _details(kind, error, tb))

    def stop_showing(self) -> None:
        """The app has quit: from now on an error is printed, not shown. A box runs an event
        loop: the app would come back, its window and its data closed, and wait for an
        answer from someone who asked it to quit (or from a logout, which does not wait)."""
        self._quit = True

    def _show(self, error: BaseException, details: str) -> None:
        box = MessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("UnexpectedErrors", "Something went wrong"),
            "",
        )
        box.setText(
            fill(
                QCoreApplication.translate(
                    "UnexpectedErrors",
                    "meetingkit ran into an error it did not expect: %1",
                ),
                f"{type(error).__name__}: {error}".strip().rstrip(":"),
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "UnexpectedErrors",
                "Every change made before this was saved as it was made. If what you just did "
                "did not happen, try it once more. If this comes back, copy the details below "
                "for whoever looks after meetingkit: they say where in the program it failed. "
                "Nothing has been sent anywhere.",
            )
        )
        self._exec(box, details)

    def _show_damage(self, error: BaseException, details: str) -> None:
        box = MessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("UnexpectedErrors", "Your data file is damaged"),
            damaged_data.explanation(error) or "",
        )
        self._exec(box, details)

    def _exec(self, box: QMessageBox, details: str) -> None:
        """Show `box` over the window in use, with `details` to copy."""
        parent = QApplication.activeWindow()
        if isinstance(parent, QWidget):
            box.setParent(parent, box.windowFlags())
        box.setDetailedText(details)
        self._showing = True
        try:
            box.exec()
        finally:
            self._showing = False


def _details(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    """The traceback, as the details to copy for whoever looks after meetingkit."""
    return "".join(traceback.format_exception(kind, error, tb))


def stop_showing() -> None:
    """The app has quit (`UnexpectedErrors.stop_showing`), if its hook is installed."""
    if isinstance(sys.excepthook, UnexpectedErrors):
        sys.excepthook.stop_showing()


def install() -> UnexpectedErrors:
    """Make the app's excepthook the one that shows errors; returns it."""
    hook = UnexpectedErrors(sys.excepthook)
    sys.excepthook = hook
    return hook
