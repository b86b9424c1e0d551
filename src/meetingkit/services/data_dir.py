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
    """The database file in `data_dir`, creating the folder (private to the user) if needed.
    A folder that cannot be used — a file, one that cannot be made or may not be looked
    into — raises MeetingkitError saying which and what to do; nothing is changed."""
    _refuse_a_file(data_dir)
    try:
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as e:
        raise _cannot_create(data_dir, e) from e
    path = data_dir / DB_FILENAME
    try:
        path.stat()
    except FileNotFoundError:
        pass  # a new folder: the database is made in it
    except OSError as e:  # a folder this user may not enter
        raise _cannot_open(data_dir, e) from e
    return path


def existing_database(data_dir: Path) -> Path:
    """The database file in `data_dir` for a command that only uses data already there
    (printing, listing, serving): refused when there is none, since a mistyped folder would
    otherwise be made, with an empty database, and the meeting asked for reported missing."""
    path = data_dir / DB_FILENAME
    _refuse_a_file(data_dir)
    try:
        found = path.is_file()
    except OSError as e:  # a folder this user may not enter
        raise _cannot_open(data_dir, e) from e
    if not found:
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
    try:
        if not data_dir.exists() or data_dir.is_dir():
            return
    except OSError as e:  # a folder on the way this user may not enter
        raise _cannot_open(data_dir, e) from e
    if data_dir.name == DB_FILENAME:
        text = translate(
            "Data folder",
            "%1 is meetingkit's data file itself: give the folder it is in, %2 (--data-dir "
            "names a folder).",
        )
        in_window = translate(
            "Data folder",
            "%1 is meetingkit's data file itself, not a folder: choose the folder it is in, %2.",
        )
    else:
        text = translate(
            "Data folder",
            "%1 is a file, not a folder: --data-dir (or %3) names the folder meetingkit keeps "
            "its data in. Give that folder, or a new one to start in.",
        )
        in_window = translate(
            "Data folder",
            "%1 is a file, not a folder: meetingkit cannot keep its data in it. Choose the "
            "folder your meetingkit data is in, or a new one to start in.",
        )
    said = (str(data_dir), str(data_dir.parent), ENV_VAR)
    raise MeetingkitError(fill(text, *said), in_window=fill(in_window, *said))


def _cannot_create(data_dir: Path, error: OSError) -> MeetingkitError:
    """The refusal of a data folder that cannot be made: a file where one of the folders it
    is in should be, no permission, a drive that is not there."""
    blocking = _file_on_the_way(data_dir)
    if blocking is not None:
        text = translate(
            "Data folder",
            "Cannot create the data folder %1: %2 is a file, not a folder. Choose another one "
            "with --data-dir.",
        )
        in_window = translate(
            "Data folder",
            "Cannot create the data folder %1: %2 is a file, not a folder. Choose another "
            "data folder.",
        )
        said = (str(data_dir), str(blocking))
    else:
        text = translate(
            "Data folder",
            "Cannot create the data folder %1: %2. Choose another one with --data-dir.",
        )
        in_window = translate(
            "Data folder",
            "Cannot create the data folder %1: %2. If it is on a drive that is not plugged in, "
            "plug it in and start meetingkit again; otherwise choose another data folder.",
        )
        said = (str(data_dir), str(error.strerror or error))
    return MeetingkitError(fill(text, *said), in_window=fill(in_window, *said))


def _cannot_open(data_dir: Path, error: OSError) -> MeetingkitError:
    """The refusal of a data folder this user may not look into (its permissions, or those of
    a folder it is in). Nothing in it is touched."""
    said = (str(data_dir), str(error.strerror or error))
    return MeetingkitError(
        fill(
            translate(
                "Data folder",
                "Cannot open the data folder %1: %2. Check the permissions of that folder and "
                "of the folders it is in, or choose another one with --data-dir.",
            ),
            *said,
        ),
        in_window=fill(
            translate(
                "Data folder",
                "Cannot open the data folder %1: %2. Check the permissions of that folder and "
                "of the folders it is in, or choose another data folder.",
            ),
            *said,
        ),
    )


def _file_on_the_way(data_dir: Path) -> Path | None:
    """The file standing where one of the folders `data_dir` is in should be, if any."""
    for folder in data_dir.parents:
        try:
            if folder.exists():
                return None if folder.is_dir() else folder
        except OSError:
            return None
    return None
