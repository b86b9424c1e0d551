"""The core must load without Qt, SQLite or PDF libraries, so it is testable anywhere."""

import subprocess
import sys


def test_importing_the_core_loads_no_qt_sqlite_or_reportlab() -> None:
    code = (
        "import pkgutil, importlib, sys, meetingkit.core as core\n"
        "for m in pkgutil.walk_packages(core.__path__, 'meetingkit.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in "
        "{'PySide6', 'shiboken6', 'sqlite3', '_sqlite3', 'sqlite_utils', 'reportlab'})\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
