"""The environment of the programs the app starts, without the bundle's libraries.

The PyInstaller build runs with `LD_LIBRARY_PATH` pointing into its folder (its bootloader keeps
the user's own value in `LD_LIBRARY_PATH_ORIG`), and its Qt hook points `QT_PLUGIN_PATH` and
`QML2_IMPORT_PATH` there too. Every program the app starts inherits them: the PDF viewer that
xdg-open opens, a folder shown in the file manager, the chime's sound player. On a system newer
than the build's, they would load the bundle's older libstdc++, GLib or Qt plugins and fail
(PyInstaller's "Launching external programs from the frozen application"). The app itself does
not need them once it runs: the dynamic loader reads `LD_LIBRARY_PATH` when the process starts,
and PySide6 finds its plugins by its own qt.conf. So they are put back as the user had them at
the very start (`__main__.py`), before anything is started.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, MutableMapping
from pathlib import PurePath

# Set by the bootloader: the user's value is kept in `<name>_ORIG`, if there was one.
LIBRARY_PATH = "LD_LIBRARY_PATH"
ORIGINAL_SUFFIX = "_ORIG"
# Set by PyInstaller's PySide6 hook, overwriting whatever was there: only the bundle's own
# folders are taken out of them.
QT_PATHS = ("QT_PLUGIN_PATH", "QML2_IMPORT_PATH")


def for_programs_started(environ: Mapping[str, str], bundle: str | None) -> dict[str, str]:
    """`environ` as the programs the app starts should get it. `bundle` is the frozen app's
    folder (`sys._MEIPASS`), None when running from source, which changes nothing."""
    wanted = dict(environ)
    if bundle is None:
        return wanted
    original = wanted.pop(LIBRARY_PATH + ORIGINAL_SUFFIX, None)
    if original is not None:
        wanted[LIBRARY_PATH] = original
    else:
        wanted.pop(LIBRARY_PATH, None)
    for name in QT_PATHS:
        if name not in wanted:
            continue
        kept = [path for path in wanted[name].split(os.pathsep) if not _inside(path, bundle)]
        if any(kept):
            wanted[name] = os.pathsep.join(kept)
        else:
            del wanted[name]
    return wanted


def _inside(path: str, bundle: str) -> bool:
    folder = PurePath(bundle)
    return PurePath(path) == folder or folder in PurePath(path).parents


def leave_the_bundle_out(environ: MutableMapping[str, str] = os.environ) -> None:
    """Give `environ` (the process's own: what every program started from now on inherits)
    the values of `for_programs_started` when the app is frozen."""
    bundle = getattr(sys, "_MEIPASS", None) if getattr(sys, "frozen", False) else None
    wanted = for_programs_started(environ, bundle)
    for name in [name for name in environ if name not in wanted]:
        del environ[name]
    for name, value in wanted.items():
        if environ.get(name) != value:
            environ[name] = value
