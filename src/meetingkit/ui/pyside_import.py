"""Loading PySide6 without its scan of every module imported after it.

Importing PySide6 replaces `builtins.__import__` with `__feature_import__`. That layer serves
`from __feature__ import snake_case, true_property`, and to find the modules that might use
it, it reads the source of every module an import statement names from then on
(`inspect.getsource`, then a search for "PySide6"). meetingkit never selects those features,
and the scan is pure cost: 67 modules and ~6 ms before the main window shows, and 289
modules and ~40 ms (200 → 160 ms) when the first print or the sign-in server loads reportlab,
qrcode, uvicorn and Starlette (bench/first_use.py).

Below the feature layer PySide keeps its own lazy import (`builtins.__orig_import__`), which
creates Qt classes on first use. Only the feature layer is taken out; if a PySide release
arranges its hooks differently, nothing is changed.
"""

from __future__ import annotations

import builtins

import PySide6.QtCore  # noqa: F401  (importing PySide6 installs its import hooks)


def skip_feature_scan() -> bool:
    """Take PySide's `__feature__` layer out of `import`; True if it was there to take out."""
    feature_import = getattr(builtins, "__feature_import__", None)
    below = getattr(builtins, "__orig_import__", None)
    if feature_import is None or below is None or builtins.__import__ is not feature_import:
        return False
    builtins.__import__ = below
    return True
