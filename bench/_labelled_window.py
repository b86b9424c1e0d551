"""A reference for bench/startup.py --reference: the smallest window that looks like an app.

The bare window (bench/_bare_window.py) shows nothing, so it never pays two costs every
window with words in it pays on its first use of Qt: the Python enums of the `Qt` namespace
(PySide makes all of them the first time any `Qt.…` is read) and the font database (loaded
the first time text is measured). This window adds one label, aligned with a `Qt` flag, a
menu and a status bar message — nothing of meetingkit — so the bench can show how much of
the target those two costs take before an app's own code runs. Same probe as the others.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from _bare_window import show_and_probe  # bench/ is the script's folder, first on sys.path


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1180, 760)
    window.menuBar().addMenu("&File").addAction("&Quit")
    label = QLabel("Next meeting: safe staffing, Tuesday 18:00")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    window.setCentralWidget(label)
    window.statusBar().showMessage("Data stored on this computer")
    return show_and_probe(app, window)


if __name__ == "__main__":
    sys.exit(main())
