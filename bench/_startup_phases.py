"""Where start-up time goes: the steps of meetingkit's run_gui, timed one by one in-process.

Run by `bench/startup.py --phases`, never on its own. It repeats what `python -m meetingkit`
does up to the first turn of the event loop, in the same order as meetingkit.app.run_gui,
except that PySide6 is imported first: the stdlib modules PySide6 needs anyway (argparse,
pathlib, dataclasses, inspect, typing…) are then counted with PySide6, as in the bare window,
and the meetingkit rows hold only what meetingkit adds. It calls meetingkit.app's own
`_application` and `build_main_window`, so it follows the app's wiring as that changes.
With `--bare` it times the bare window's steps instead. It prints `shown` when the window is
shown, as the probe does, and then one line of JSON: [[step, seconds], …].

Informational only: the ratio in bench/startup.py is measured on the real command.
"""

from __future__ import annotations

import importlib
import json
import sys
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

_laps: list[tuple[str, float]] = []
_last = time.perf_counter()


def lap(step: str) -> None:
    global _last
    now = time.perf_counter()
    _laps.append((step, now - _last))
    _last = now


def probe(app: QCoreApplication) -> None:
    print("shown", flush=True)
    app.quit()


def bare() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    lap("import PySide6 (QtCore, QtGui, QtWidgets)")
    app = QApplication(sys.argv[:1])
    lap("QApplication()")
    window = QMainWindow()
    window.resize(1180, 760)
    lap("build the main window")
    window.show()
    QTimer.singleShot(0, lambda: probe(app))
    app.exec()
    lap("show + first event-loop turn")


def meetingkit(data_dir: str) -> None:
    import datetime as dt
    from pathlib import Path

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    lap("import PySide6 (QtCore, QtGui, QtWidgets)")
    # As the app does first thing after loading Qt (and before it the command line's modules
    # were imported without PySide, so its import layer never saw them).
    from meetingkit.ui.pyside_import import skip_feature_scan

    skip_feature_scan()
    from meetingkit import cli

    cli.parse_args(["--data-dir", data_dir])
    lap("import meetingkit.cli, parse arguments")
    from meetingkit import app as mk_app

    lap("import meetingkit.app")
    app = QApplication(sys.argv[:1])
    lap("QApplication()")
    mk_app._application()  # reuses the QApplication: names it, sets the window icon
    lap("application name + window icon")
    from meetingkit.services.data_dir import database_path
    from meetingkit.storage import open_db

    conn = open_db(database_path(Path(data_dir)))
    lap("open_db (schema up to date)")
    from PySide6.QtCore import Qt

    assert Qt.AlignmentFlag.AlignCenter  # first use builds the whole Qt namespace's enums
    lap("first use of PySide6.QtCore.Qt")
    from PySide6.QtGui import QFontMetrics

    assert QFontMetrics(QApplication.font()).horizontalAdvance("meetingkit") > 0
    lap("first text measured (Qt loads the font database)")
    importlib.import_module("meetingkit.ui.main_window")
    lap("import meetingkit.ui.main_window")
    importlib.import_module("meetingkit.services.guided_path")  # the start screen's path line
    lap("import the guided path (the start screen's phase line)")
    window = mk_app.build_main_window(conn, Path(data_dir), today=dt.date.today())
    lap("build_main_window(): other imports, stores, pages, first queries")
    window.show()
    QTimer.singleShot(0, lambda: probe(app))
    app.exec()
    lap("show + first event-loop turn")
    conn.close()


def main(argv: list[str]) -> int:
    match argv:
        case ["--bare"]:
            bare()
        case ["--data-dir", data_dir]:
            meetingkit(data_dir)
        case _:
            print("usage: _startup_phases.py (--bare | --data-dir DIR)", file=sys.stderr)
            return 2
    print(json.dumps(_laps), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
