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


def refuse_to_look_into(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """`folder` is one this user may not enter (no x permission; root enters any)."""
    real_stat = Path.stat

    def stat(path: Path, **kw: bool) -> object:
        if folder in (path, *path.parents) and path != folder:
            raise PermissionError(13, "Permission denied", str(path))
        return real_stat(path, **kw)

    monkeypatch.setattr(Path, "stat", stat)


@pytest.mark.parametrize("inside", ["", "sub"])
def test_a_data_folder_that_may_not_be_looked_into_is_said_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, inside: str
) -> None:
    """It raised PermissionError, which the app showed as an error of the program."""
    from meetingkit.services.data_dir import existing_database

    closed = tmp_path / "closed"
    closed.mkdir()
    folder = closed / inside if inside else closed
    refuse_to_look_into(monkeypatch, closed)
    for call in (database_path, existing_database):
        with pytest.raises(MeetingkitError) as refused:
            call(folder)
        assert str(refused.value) == (
            f"Cannot open the data folder {folder}: Permission denied. Check the permissions of "
            "that folder and of the folders it is in, or choose another one with --data-dir."
        )
        assert refused.value.in_window == (
            f"Cannot open the data folder {folder}: Permission denied. Check the permissions of "
            "that folder and of the folders it is in, or choose another data folder."
        )
    monkeypatch.undo()
    assert list(closed.iterdir()) == []  # nothing made


def test_a_file_on_the_way_to_the_data_folder_is_named(tmp_path: Path) -> None:
    """ "Not a directory" named no file; the one standing where a folder should be is named."""
    (tmp_path / "notes").write_text("mine")
    for folder in (tmp_path / "notes" / "data", tmp_path / "notes" / "a" / "b"):
        with pytest.raises(MeetingkitError) as refused:
            database_path(folder)
        assert str(refused.value) == (
            f"Cannot create the data folder {folder}: {tmp_path / 'notes'} is a file, not a "
            "folder. Choose another one with --data-dir."
        )
        assert refused.value.in_window == (
            f"Cannot create the data folder {folder}: {tmp_path / 'notes'} is a file, not a "
            "folder. Choose another data folder."
        )
    assert (tmp_path / "notes").read_text() == "mine"


def test_the_data_folder_refusals_in_a_window_name_no_command_line_option(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Someone who opened meetingkit from its icon never typed --data-dir: the window's words
    say what to do without it (the command line's keep it)."""
    afile = tmp_path / "afile"
    afile.write_text("notes")
    (tmp_path / "meetingkit.sqlite3").write_bytes(b"")
    refusals = []
    for folder in (afile, tmp_path / "meetingkit.sqlite3"):
        with pytest.raises(MeetingkitError) as refused:
            database_path(folder)
        refusals.append(refused.value)

    def no_permission(path: Path, *a: object, **kw: object) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(Path, "mkdir", no_permission)
    with pytest.raises(MeetingkitError) as refused:
        database_path(tmp_path / "usb" / "meetingkit")
    refusals.append(refused.value)
    assert [e.in_window for e in refusals] == [
        f"{afile} is a file, not a folder: meetingkit cannot keep its data in it. Choose the "
        "folder your meetingkit data is in, or a new one to start in.",
        f"{tmp_path / 'meetingkit.sqlite3'} is meetingkit's data file itself, not a folder: "
        f"choose the folder it is in, {tmp_path}.",
        f"Cannot create the data folder {tmp_path / 'usb' / 'meetingkit'}: Permission denied. "
        "If it is on a drive that is not plugged in, plug it in and start meetingkit again; "
        "otherwise choose another data folder.",
    ]
    assert all("--data-dir" in str(e) for e in refusals)
