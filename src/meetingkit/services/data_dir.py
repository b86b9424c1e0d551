"""Where the database lives.

By default the platform's per-user app-data folder (e.g. ~/.local/share/meetingkit on Linux):
private to the user account, outside synced document folders, and not next to the program.
The Settings dialog can name another (saved in the settings file); `--data-dir` or
MEETINGKIT_DATA_DIR override both for one run, e.g. for an encrypted USB stick.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from meetingkit.core.errors import MeetingkitError
from meetingkit.core.i18n import fill, translate

ENV_VAR = "MEETINGKIT_DATA_DIR"
DB_FILENAME = "meetingkit.sqlite3"


def resolve_data_dir(
    explicit: str | Path | None, environ: Mapping[str, str] = os.environ, configured: str = ""
) -> Path:
    """The data folder to use: the explicit one, else the environment's, else the one chosen
    in the settings (`configured`), else the platform's."""
    if explicit:
        return Path(explicit).expanduser()
    if environ.get(ENV_VAR):
        return Path(environ[ENV_VAR]).expanduser()
    if configured:
        return Path(configured).expanduser()
    return default_data_dir()


def default_data_dir() -> Path:
    """The platform's per-user data folder, e.g. ~/.local/share/meetingkit."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("meetingkit", appauthor=False))


def database_path(data_dir: Path) -> Path:
    """The database file in `data_dir`, creating the folder (private to the user) if needed."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as e:
        raise MeetingkitError(
            fill(
                translate(
                    "Data folder",
                    "Cannot create the data folder %1: %2. Choose another one with --data-dir.",
                ),
                str(data_dir),
                str(e.strerror),
            )
        ) from e
    return data_dir / DB_FILENAME
