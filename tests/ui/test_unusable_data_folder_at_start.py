"""The app started on a data folder it cannot use — a file, a folder under a file, one it may
not look into — or on data it cannot open.

- Every such folder is said in the "cannot open its data" box and on stderr, not as an error
  of the program (nor only on stderr, which someone who opened the app from its icon never
  sees); nothing is changed.
- A folder that came from the settings (or the usual one) is said in a window's words, without
  the --data-dir that person never typed; the box offers to choose another folder, which is
  then kept in the settings. stderr keeps the command line's words.
"""

import itertools
import os
import sqlite3
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QMessageBox
from pytestqt.qtbot import QtBot

from meetingkit import app
from meetingkit.core.person import Person
from meetingkit.services.backup import backup_folder, make_backup, restore_command
from meetingkit.services.data_dir import database_path
from meetingkit.services.settings_file import Preferences
from meetingkit.storage import open_db
from meetingkit.storage.people import PeopleStore
from meetingkit.ui import damaged_data
from meetingkit.ui.file_dialog import FileDialog
from meetingkit.ui.unexpected_error import UnexpectedErrors

CHOOSE = "&Choose another folder…"


class OpenedError(Exception):
    """The main window was about to be built: the data opened."""


@pytest.fixture
def opened_on(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The folders the app opened its window on (it is not built: OpenedError is raised)."""
    folders: list[Path] = []

    def build(conn: sqlite3.Connection, data_dir: Path, **kw: object) -> None:
        folders.append(data_dir)
        raise OpenedError

    monkeypatch.setattr(app, "build_main_window", build)
    return folders


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, list[str]]]:
    """The boxes shown (text, buttons), each closed at once with Close."""
    shown: list[tuple[str, list[str]]] = []

    def exec_(box: QMessageBox) -> int:
        shown.append((box.text(), [b.text() for b in box.buttons()]))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    for plain in ("critical", "warning"):  # a box without a choice
        monkeypatch.setattr(QMessageBox, plain, lambda *a: shown.append((a[2], [])))
    return shown


def from_the_settings(folder: Path) -> Preferences:
    preferences = Preferences.load()
    preferences.change(data_dir=str(folder), welcomed=True)
    return preferences


def no_permission_under(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """`folder` may not be entered by this user (no x permission; root enters any)."""
    real_stat = Path.stat

    def stat(path: Path, **kw: bool) -> os.stat_result:
        if folder in path.parents:
            raise PermissionError(13, "Permission denied", str(path))
        return real_stat(path, **kw)

    monkeypatch.setattr(Path, "stat", stat)


def notes_in(folder: Path, name: str = "notes.txt", text: str = "mine") -> Path:
    """A file of the user's in `folder`, where a data folder is wanted."""
    notes = folder / name
    notes.write_text(text)
    return notes


def clicking(monkeypatch: pytest.MonkeyPatch, texts: Iterable[str]) -> None:
    """Each box shown closed with its button of the next of `texts`."""
    click = iter(texts)

    def clicked(box: QMessageBox) -> QAbstractButton:
        wanted = next(click)
        return next(b for b in box.buttons() if b.text() == wanted)

    monkeypatch.setattr(QMessageBox, "clickedButton", clicked)


def unusable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str) -> tuple[Path, str]:
    """A data folder of the `kind` asked for, and what its refusal starts with."""
    notes = notes_in(tmp_path)
    if kind == "a file":
        return notes, f"{notes} is a file, not a folder"
    if kind == "under a file":
        return notes / "data", f"Cannot create the data folder {notes / 'data'}: {notes} is a file"
    closed = tmp_path / "closed"
    closed.mkdir()
    no_permission_under(monkeypatch, closed)
    return closed, f"Cannot open the data folder {closed}: Permission denied."


KINDS = ["a file", "under a file", "no permission"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_folder_given_that_cannot_be_used_is_said_in_the_box(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: list[str],
    opened_on: list[Path],
    capsys: pytest.CaptureFixture[str],
    kind: str,
) -> None:
    """They raised out of the app: said on stderr only, or as an error of the program."""
    folder, refusal = unusable(tmp_path, monkeypatch, kind)
    assert app.run_gui(folder) == 1
    (said,) = told
    assert said.startswith(refusal), said
    assert "--data-dir" in said  # given on the command line: its words
    assert capsys.readouterr().err == f"meetingkit: {said}\n"
    assert opened_on == []
    monkeypatch.undo()
    assert (tmp_path / "notes.txt").read_text() == "mine"
    assert not (tmp_path / "closed" / "meetingkit.sqlite3").exists()


@pytest.mark.parametrize("kind", KINDS)
def test_a_folder_from_the_settings_is_said_in_a_windows_words(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[tuple[str, list[str]]],
    opened_on: list[Path],
    capsys: pytest.CaptureFixture[str],
    kind: str,
) -> None:
    folder, refusal = unusable(tmp_path, monkeypatch, kind)
    preferences = from_the_settings(folder)
    assert app.run_gui(folder, preferences=preferences, data_dir_given=False) == 1
    ((said, buttons),) = boxes
    assert said.startswith(refusal), said
    assert "--data-dir" not in said
    assert "choose" in said.lower()
    assert sorted(buttons) == [CHOOSE, "Close"]
    err = capsys.readouterr().err
    assert err.startswith(f"meetingkit: {refusal}")
    assert "--data-dir" in err  # stderr: the command line's words
    assert opened_on == []
    assert Preferences.load().settings.data_dir == str(folder)  # closed: nothing changed


def test_another_folder_chosen_in_the_box_opens_and_is_kept(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[tuple[str, list[str]]],
    opened_on: list[Path],
) -> None:
    notes = notes_in(tmp_path)
    elsewhere = tmp_path / "usb" / "meetingkit"
    elsewhere.mkdir(parents=True)
    asked: list[Path] = []

    def choose(cls: object, parent: object, caption: str, start: Path) -> str:
        asked.append(start)
        return "" if len(asked) == 1 else str(elsewhere)  # cancelled once: the box again

    monkeypatch.setattr(FileDialog, "folder", classmethod(choose))
    clicking(monkeypatch, itertools.repeat(CHOOSE))
    preferences = from_the_settings(notes)
    with pytest.raises(OpenedError):
        app.run_gui(notes, meeting_id=3, preferences=preferences, data_dir_given=False)
    assert opened_on == [elsewhere]
    assert len(boxes) == 2
    assert Preferences.load().settings.data_dir == str(elsewhere)  # kept, as Settings would
    assert (elsewhere / "meetingkit.sqlite3").is_file()
    assert notes.read_text() == "mine"


def test_a_folder_chosen_that_does_not_open_either_is_not_kept(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[tuple[str, list[str]]],
    opened_on: list[Path],
) -> None:
    notes = notes_in(tmp_path)
    other = notes_in(tmp_path, "other.txt", "also mine")
    monkeypatch.setattr(FileDialog, "folder", classmethod(lambda cls, *a: str(other)))
    clicking(monkeypatch, [CHOOSE, "Close"])
    assert app.run_gui(notes, preferences=from_the_settings(notes), data_dir_given=False) == 1
    assert [said.split(" is a file")[0] for said, _ in boxes] == [str(notes), str(other)]
    assert Preferences.load().settings.data_dir == str(notes)
    assert opened_on == []


@pytest.fixture
def damaged_with_backup(data_dir: Path) -> Path:
    """`data_dir`'s data file, damaged, with a backup made before: the backup."""
    conn = open_db(database_path(data_dir))
    try:
        PeopleStore(conn).add(Person("Ana", "Garcia"))
        backup = make_backup(conn, backup_folder(data_dir), None).path
    finally:
        conn.close()
    database_path(data_dir).write_bytes(os.urandom(100_001))
    return backup


def test_damaged_data_in_a_window_says_to_run_the_restore_in_a_terminal(
    qtbot: QtBot,
    data_dir: Path,
    damaged_with_backup: Path,
    boxes: list[tuple[str, list[str]]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    preferences = from_the_settings(data_dir)
    assert app.run_gui(data_dir, preferences=preferences, data_dir_given=False) == 1
    ((said, buttons),) = boxes
    command = restore_command(data_dir, damaged_with_backup)
    assert said.endswith(f"close meetingkit, open a terminal and run this command:\n{command}")
    assert "--data-dir" not in said.removesuffix(command)
    assert "Restore it from a backup, or choose another data folder." in said
    assert sorted(buttons) == [CHOOSE, "Close"]
    err = capsys.readouterr().err
    assert "start with another data folder (--data-dir)" in err
    assert err.endswith(f"close meetingkit and run:\n{command}\n")


def test_another_programs_database_in_a_window_names_no_option(
    qtbot: QtBot, data_dir: Path, boxes: list[tuple[str, list[str]]]
) -> None:
    path = database_path(data_dir)
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE invoices (n INTEGER)")
    other.commit()
    other.close()
    assert app.run_gui(data_dir, preferences=from_the_settings(data_dir), data_dir_given=False) == 1
    ((said, _),) = boxes
    assert said == (
        f"{path} is the database of another program (it has tables such as invoices, and none "
        "of meetingkit's). It has not been changed. Move it elsewhere, or choose another data "
        "folder."
    )


def test_a_damaged_page_met_later_says_to_run_the_restore_in_a_terminal(
    data_dir: Path, damaged_with_backup: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(damaged_data, "_watched", [])
    damaged_data.watch(data_dir)
    said = damaged_data.explanation(sqlite3.DatabaseError("database disk image is malformed"))
    assert said is not None
    assert said.endswith(
        "close meetingkit, open a terminal and run this command:\n"
        + restore_command(data_dir, damaged_with_backup)
    )
    for backup in backup_folder(data_dir).iterdir():
        backup.unlink()
    said = damaged_data.explanation(sqlite3.DatabaseError("database disk image is malformed"))
    assert said is not None
    assert "open a terminal and run this command, with the backup's file in place of FILE" in said


def test_a_second_start_in_one_process_shows_an_error_once(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, told: list[str]
) -> None:
    """The welcome's demo starts the app again: each start wrapped the hook of the one before,
    and an unexpected error was shown in two boxes, one after the other."""
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    notes = notes_in(tmp_path)
    for _ in range(2):
        assert app.run_gui(notes) == 1
    hook = sys.excepthook
    assert isinstance(hook, UnexpectedErrors)
    assert not isinstance(hook._previous, UnexpectedErrors)


def test_the_chooser_starts_above_a_folder_that_may_not_be_entered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """*Choose another folder…* on a folder inside one this user may not enter: the chooser
    raised PermissionError looking for where to start."""
    from meetingkit.ui.file_dialog import nearest_folder

    closed = tmp_path / "closed"
    closed.mkdir()
    no_permission_under(monkeypatch, closed)
    assert nearest_folder(closed / "meetingkit" / "data") == closed


def test_the_first_start_on_a_folder_that_may_not_be_entered_shows_the_welcome(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Asking whether there was data there raised PermissionError before any window; the
    welcome shows instead, where another folder can be chosen (opening it says what is wrong)."""
    closed = tmp_path / "closed"
    closed.mkdir()
    no_permission_under(monkeypatch, closed)
    assert app._first_run(Preferences.load(), closed / "meetingkit", demo=False)
