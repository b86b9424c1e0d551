"""The settings file: `settings.json` in the per-user config folder (e.g.
~/.config/meetingkit on Linux), or in MEETINGKIT_CONFIG_DIR.

It lives apart from the data folder because it says where the data folder is. It holds no
one's details: only the folder's path, the language, the theme and the defaults for new
meetings. A damaged file never stops the app: what can be read is kept, the rest goes back to
its default, the damaged file is kept beside it as `settings.damaged.json`, and the caller
gets a sentence to show.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from meetingkit.core.errors import MeetingkitError
from meetingkit.core.i18n import fill, translate
from meetingkit.core.settings import Settings, settings_from

ENV_VAR = "MEETINGKIT_CONFIG_DIR"
FILENAME = "settings.json"
DAMAGED_FILENAME = "settings.damaged.json"
MAX_BYTES = 64 * 1024  # a settings file is a few hundred bytes; anything bigger is not ours


def config_dir(environ: Mapping[str, str] = os.environ) -> Path:
    if environ.get(ENV_VAR):
        return Path(environ[ENV_VAR]).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir("meetingkit", appauthor=False))


@dataclass(frozen=True)
class LoadedSettings:
    settings: Settings
    path: Path
    problem: str = ""  # what was wrong with the file, for the status bar; "" when all was well


def load_settings(path: Path | None = None) -> LoadedSettings:
    """The saved settings, or the defaults when there is no file yet (the first run)."""
    path = path or config_dir() / FILENAME
    try:
        with path.open("rb") as f:
            raw = f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return LoadedSettings(Settings(), path)
    except OSError as e:
        return LoadedSettings(Settings(), path, _unreadable(path, e.strerror or str(e)))
    try:
        if len(raw) > MAX_BYTES:
            raise ValueError("too large")
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        _keep_damaged(path, raw)
        return LoadedSettings(
            Settings(),
            path,
            fill(
                translate(
                    "Settings",
                    "The settings file could not be read, so the defaults are in use. It was kept "
                    "as %1.",
                ),
                str(path.with_name(DAMAGED_FILENAME)),
            ),
        )
    settings, problems = settings_from(data)
    if problems:
        _keep_damaged(path, raw)
    return LoadedSettings(settings, path, " ".join(problems))


def _unreadable(path: Path, why: str) -> str:
    return fill(
        translate(
            "Settings", "The settings file %1 could not be read (%2); the defaults are in use."
        ),
        str(path),
        why,
    )


def _keep_damaged(path: Path, raw: bytes) -> None:
    """Keep the file as it was, since saving the settings will replace it."""
    with contextlib.suppress(OSError):  # the message still says the defaults are in use
        path.with_name(DAMAGED_FILENAME).write_bytes(raw)


def save_settings(settings: Settings, path: Path) -> None:
    """Write the settings in one step (never half a file). Raises MeetingkitError with a
    sentence to show when the folder cannot be written."""
    from meetingkit.services.file_output import FileWriteError, replace_file

    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as e:
        raise MeetingkitError(
            fill(
                translate("Settings", "Cannot create the settings folder %1: %2."),
                str(path.parent),
                e.strerror or str(e),
            )
        ) from e
    data = json.dumps(settings.to_dict(), indent=2, ensure_ascii=False).encode("utf-8") + b"\n"
    try:
        replace_file(path, data)
    except FileWriteError as e:
        raise MeetingkitError(
            fill(translate("Settings", "The settings were not saved: %1"), str(e))
        ) from e


class Preferences:
    """The settings of this run, and the one way to change them (saved at once)."""

    def __init__(self, loaded: LoadedSettings | None = None) -> None:
        """Without `loaded`: the defaults, kept in memory only (screenshots, tests)."""
        self._settings = loaded.settings if loaded else Settings()
        self.path = loaded.path if loaded else None
        self.problem = loaded.problem if loaded else ""

    @classmethod
    def load(cls, path: Path | None = None) -> Preferences:
        return cls(load_settings(path))

    @property
    def settings(self) -> Settings:
        return self._settings

    def change(self, **changes: object) -> Settings:
        """Apply and save `changes` (Settings field names). Raises ValidationError for a bad
        value and MeetingkitError when the file cannot be written; either way nothing changes."""
        changed = replace(self._settings, **changes)  # type: ignore[arg-type]
        if changed != self._settings:
            if self.path is not None:
                save_settings(changed, self.path)
            self._settings = changed
        return changed
