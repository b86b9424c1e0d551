"""The settings file: first run, saving, and a damaged or unwritable file."""

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from meetingkit.core.clock import ManualClock
from meetingkit.core.errors import MeetingkitError, ValidationError
from meetingkit.core.meeting import Meeting
from meetingkit.core.settings import Settings
from meetingkit.services.data_dir import default_data_dir, resolve_data_dir
from meetingkit.services.sessions import Sessions
from meetingkit.services.settings_file import (
    DAMAGED_FILENAME,
    FILENAME,
    Preferences,
    config_dir,
    load_settings,
    save_settings,
)
from meetingkit.storage.meetings import MeetingStore


def test_tests_never_touch_the_real_settings(config_dir: Path) -> None:
    assert config_dir.name == "config"
    assert Preferences.load().path == config_dir / FILENAME


def test_the_first_run_has_no_file_and_the_defaults(config_dir: Path) -> None:
    loaded = load_settings()
    assert loaded.settings == Settings()
    assert loaded.problem == ""
    assert not config_dir.exists()  # reading does not create anything


def test_changes_are_saved_and_read_back(config_dir: Path) -> None:
    preferences = Preferences.load()
    preferences.change(language="es", turn_limit_s=90, welcomed=True)
    again = load_settings()
    assert again.settings == Settings(language="es", turn_limit_s=90, welcomed=True)
    assert oct(config_dir.stat().st_mode & 0o777) == "0o700"


def test_a_bad_value_changes_nothing(config_dir: Path) -> None:
    preferences = Preferences.load()
    preferences.change(language="es")
    with pytest.raises(ValidationError):
        preferences.change(turn_limit_s=1)
    assert preferences.settings.turn_limit_s == 120
    assert load_settings().settings == Settings(language="es")


def test_a_malformed_file_gives_defaults_a_message_and_is_kept(config_dir: Path) -> None:
    config_dir.mkdir()
    (config_dir / FILENAME).write_bytes(b'{"language": "es", ')
    loaded = load_settings()
    assert loaded.settings == Settings()
    assert "could not be read" in loaded.problem
    assert (config_dir / DAMAGED_FILENAME).read_bytes() == b'{"language": "es", '


def test_a_partly_bad_file_keeps_the_good_values(config_dir: Path) -> None:
    config_dir.mkdir()
    (config_dir / FILENAME).write_text(json.dumps({"language": "es", "turn_limit_s": -4}))
    loaded = load_settings()
    assert loaded.settings == Settings(language="es")
    assert "default turn limit" in loaded.problem
    assert (config_dir / DAMAGED_FILENAME).exists()


def test_an_oversized_file_is_not_read(config_dir: Path) -> None:
    config_dir.mkdir()
    (config_dir / FILENAME).write_bytes(b" " * 100_000 + b"{}")
    loaded = load_settings()
    assert loaded.settings == Settings()
    assert loaded.problem


def test_a_file_that_cannot_be_written_says_so_and_changes_nothing(tmp_path: Path) -> None:
    blocked = tmp_path / "settings.json"
    blocked.mkdir()  # a folder where the file should be: the write fails
    preferences = Preferences.load(blocked)
    with pytest.raises(MeetingkitError, match="not saved"):
        preferences.change(language="es")
    assert preferences.settings.language == "system"


def test_a_settings_folder_that_cannot_be_made_says_so(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(MeetingkitError, match="Cannot create the settings folder"):
        save_settings(Settings(), tmp_path / "file" / "meetingkit" / FILENAME)


def test_the_settings_never_written_without_a_file() -> None:
    memory = Preferences()
    memory.change(language="es")
    assert memory.settings.language == "es"
    assert memory.path is None


def test_config_dir_follows_the_environment(tmp_path: Path) -> None:
    assert config_dir({"MEETINGKIT_CONFIG_DIR": str(tmp_path)}) == tmp_path
    assert config_dir({}).name == "meetingkit"


def test_the_data_folder_chosen_in_the_settings_comes_after_flag_and_environment(
    tmp_path: Path,
) -> None:
    chosen = str(tmp_path / "usb")
    assert resolve_data_dir(None, {}, configured=chosen) == tmp_path / "usb"
    assert resolve_data_dir(None, {"MEETINGKIT_DATA_DIR": "/e"}, configured=chosen) == Path("/e")
    assert resolve_data_dir("/x", {}, configured=chosen) == Path("/x")
    assert resolve_data_dir(None, {}, configured="") == default_data_dir()


def test_new_meetings_take_the_default_turn_limit_and_card_layout(
    conn: sqlite3.Connection, data_dir: Path
) -> None:
    meeting = MeetingStore(conn).create(Meeting("Unit meeting", dt.date(2026, 12, 1), dt.time(18)))
    settings = Settings(turn_limit_s=90, card_layout="postcard")
    sessions = Sessions(conn, ManualClock(0), data_dir / "x.db", None, lambda: settings)
    floor = sessions.floor(meeting)
    assert floor.floor.settings.limits.general_ms == 90_000
    assert sessions.commitments(meeting).default_card_layout == "postcard"
    # A meeting whose floor was set up keeps its own limits when the default changes.
    floor.set_settings(floor.floor.settings)
    later = Sessions(conn, ManualClock(0), data_dir / "x.db", None, Settings)
    assert later.floor(meeting).floor.settings.limits.general_ms == 90_000
    other = MeetingStore(conn).create(Meeting("Another", dt.date(2026, 12, 8), dt.time(18)))
    assert later.floor(other).floor.settings.limits.general_ms == 120_000
