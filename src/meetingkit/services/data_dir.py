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
LOCK_FILENAME = "meetingkit.lock"  # a window's hold on the folder (app.take_hold)


def resolve_data_dir(
    explicit: str | Path | None, environ: Mapping[str, str] = os.environ, configured: str = ""
) -> Path:
    """The data folder to use: the explicit one, else the environment's, else the one chosen
    in the settings (`configured`), else the platform's; absolute, so messages and the
    status bar say where it is whatever folder the command ran in."""
    if explicit:
        return Path(explicit).expanduser().absolute()
    if ENV_VAR in environ and not environ[ENV_VAR].strip():
        # Empty, it would mean the default folder; blank, a folder named "   " where the
        # command runs: either way not what whoever set it meant.
        raise MeetingkitError(
            fill(
                translate(
                    "Data folder",
                    "%1 is set but empty. Set it to the data folder to use, or unset it to use "
                    "the usual one.",
                ),
                ENV_VAR,
            )
        )
    if environ.get(ENV_VAR):
        return Path(environ[ENV_VAR]).expanduser().absolute()
    if configured:
        return Path(configured).expanduser().absolute()
    return default_data_dir()


def default_data_dir() -> Path:
    """The platform's per-user data folder, e.g. ~/.local/share/meetingkit."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("meetingkit", appauthor=False))


def database_path(data_dir: Path) -> Path:
    """The database file in `data_dir`, creating the folder (private to the user) if needed."""
    _refuse_a_file(data_dir)
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


def existing_database(data_dir: Path) -> Path:
    """The database file in `data_dir` for a command that only uses data already there
    (printing, listing, serving): refused when there is none, since a mistyped folder would
    otherwise be made, with an empty database, and the meeting asked for reported missing."""
    path = data_dir / DB_FILENAME
    _refuse_a_file(data_dir)
    if not path.is_file():
        raise MeetingkitError(
            fill(
                translate(
                    "Data folder",
                    "There is no meetingkit data in %1 (no %2 there). Check the folder's name "
                    "(--data-dir), or start one with `meetingkit meeting new`.",
                ),
                str(data_dir),
                DB_FILENAME,
            )
        )
    return path


def _refuse_a_file(data_dir: Path) -> None:
    """A data folder given as a file: the data file itself (its folder was meant), or another
    file. Said as such: "no data there, start one" would send the person to make data where
    none can be made."""
    if not data_dir.exists() or data_dir.is_dir():
        return
    if data_dir.name == DB_FILENAME:
        text = translate(
            "Data folder",
            "%1 is meetingkit's data file itself: give the folder it is in, %2 (--data-dir "
            "names a folder).",
        )
    else:
        text = translate(
            "Data folder",
            "%1 is a file, not a folder: --data-dir (or %3) names the folder meetingkit keeps "
            "its data in. Give that folder, or a new one to start in.",
        )
    raise MeetingkitError(fill(text, str(data_dir), str(data_dir.parent), ENV_VAR))
