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


def test_a_data_folder_given_as_a_file_is_said_to_be_a_file(tmp_path: Path) -> None:
    """It said "no meetingkit data there … start one with meeting new", which cannot work."""
    from meetingkit.services.data_dir import existing_database

    afile = tmp_path / "afile"
    afile.write_text("notes")
    for call in (existing_database, database_path):
        with pytest.raises(MeetingkitError) as refused:
            call(afile)
        assert str(refused.value) == (
            f"{afile} is a file, not a folder: --data-dir (or MEETINGKIT_DATA_DIR) names the "
            "folder meetingkit keeps its data in. Give that folder, or a new one to start in."
        )
    assert afile.read_text() == "notes"


def test_the_data_file_given_for_its_folder_names_the_folder(tmp_path: Path) -> None:
    from meetingkit.services.data_dir import existing_database

    (tmp_path / "meetingkit.sqlite3").write_bytes(b"")
    with pytest.raises(MeetingkitError) as refused:
        existing_database(tmp_path / "meetingkit.sqlite3")
    assert str(refused.value) == (
        f"{tmp_path / 'meetingkit.sqlite3'} is meetingkit's data file itself: give the folder "
        f"it is in, {tmp_path} (--data-dir names a folder)."
    )
