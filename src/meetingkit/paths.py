"""Where bundled files live, from a source checkout, an installed wheel, or a PyInstaller build.

Every read of `resources/` goes through here, so the three layouts are handled in one place.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _bundle_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    if (_PACKAGE / "resources").is_dir():  # installed wheel: resources/ packed inside
        return _PACKAGE
    return _PACKAGE.parents[1]  # source checkout: src/meetingkit -> repository root


def resources_dir() -> Path:
    return _bundle_root() / "resources"


def curricula_dir() -> Path:
    """The bundled training curricula, one folder each (curricula/FORMAT.md)."""
    return _bundle_root() / "curricula"


def resource(*parts: str) -> Path:
    """A bundled file, e.g. `resource("icons", "meetingkit.svg")`."""
    return resources_dir().joinpath(*parts)
