"""The baseline for bench/startup.py: the least a PySide6 app does to show a main window.

It creates the QApplication and an empty QMainWindow, shows it, and on the first turn of the
event loop prints `shown` and quits — the same mechanism as meetingkit's
MEETINGKIT_STARTUP_PROBE, so the two processes are timed to the same moment.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def show_and_probe(app: QApplication, window: QMainWindow) -> int:
    """Show `window`; on the first turn of the event loop, print `shown` and quit."""
    window.show()

    def probe() -> None:
        print("shown", flush=True)
        app.quit()

    QTimer.singleShot(0, probe)
    return app.exec()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1180, 760)  # the size meetingkit's main window opens at
    return show_and_probe(app, window)


if __name__ == "__main__":
    sys.exit(main())
