from pathlib import Path

import pytest

from meetingkit.core.errors import MeetingkitError
from meetingkit.services.data_dir import ENV_VAR, database_path, resolve_data_dir


def test_an_explicit_folder_wins_over_the_environment(tmp_path: Path) -> None:
    env = {ENV_VAR: str(tmp_path / "env")}
    assert resolve_data_dir(tmp_path / "flag", env) == tmp_path / "flag"


def test_the_environment_wins_over_the_platform_default(tmp_path: Path) -> None:
    assert resolve_data_dir(None, {ENV_VAR: str(tmp_path / "env")}) == tmp_path / "env"


def test_a_relative_folder_is_made_absolute_where_the_command_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert resolve_data_dir("D", {}) == tmp_path / "D"
    assert resolve_data_dir(None, {ENV_VAR: "E"}) == tmp_path / "E"
    assert resolve_data_dir(None, {}, configured="usb/meetings") == tmp_path / "usb" / "meetings"


def test_by_default_data_lives_in_the_users_app_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert resolve_data_dir(None, {}) == tmp_path / "xdg" / "meetingkit"


def test_the_data_folder_is_created_private_to_the_user(tmp_path: Path) -> None:
    path = database_path(tmp_path / "a" / "b")
    assert path.parent.is_dir()
    assert path.parent.stat().st_mode & 0o077 == 0


def test_an_impossible_data_folder_gets_a_clear_message(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(MeetingkitError, match="Cannot create the data folder"):
        database_path(tmp_path / "file" / "data")
