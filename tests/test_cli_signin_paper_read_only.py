"""The sign-in paper from a read-only folder, for a meeting whose sign-in was never opened:
nothing is written (its settings would have been made and saved on the way), the sheet
prints with the default form, and the poster is refused, saying why, rather than printed
with a QR code of a link that was never saved and so leads nowhere.

Permissions are simulated, as in tests/test_cli_damaged_and_read_only.py."""

from pathlib import Path

import pytest

from meetingkit.core.signin import FormSettings
from meetingkit.services.data_dir import database_path
from meetingkit.storage.database import open_to_read, read_only
from meetingkit.storage.signin import SignInStore
from tests.test_cli_damaged_and_read_only import demo as demo
from tests.test_cli_damaged_and_read_only import read_only as read_only_folder
from tests.test_cli_damaged_and_read_only import run

NEVER_OPENED = 4  # the demo's training: no sign-in settings yet


def settings_rows(data_dir: Path) -> list[int]:
    conn, _ = open_to_read(database_path(data_dir))
    try:
        return [r[0] for r in conn.execute("SELECT meeting_id FROM signin_settings")]
    finally:
        conn.close()


def test_the_sign_in_sheet_prints_with_the_default_form_and_writes_nothing(
    data_dir: Path,
    demo: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert NEVER_OPENED not in settings_rows(data_dir)
    read_only_folder(monkeypatch, data_dir)
    before = database_path(data_dir).read_bytes()
    sheet = tmp_path / "sheet.pdf"
    d, meeting = str(data_dir), str(NEVER_OPENED)
    assert (
        run("--data-dir", d, "print", "signin-sheet", "--meeting", meeting, "-o", str(sheet)) == 0
    )
    assert "opened read-only" in capsys.readouterr().err
    assert sheet.read_bytes().startswith(b"%PDF")
    assert database_path(data_dir).read_bytes() == before


def test_the_poster_of_a_link_never_made_is_refused_saying_why(
    data_dir: Path,
    demo: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    read_only_folder(monkeypatch, data_dir)
    before = database_path(data_dir).read_bytes()
    poster = tmp_path / "poster.pdf"
    d = str(data_dir)
    words = ("--data-dir", d, "print", "poster", "--host", "192.168.1.20", "-o", str(poster))
    assert run(*words, "--meeting", str(NEVER_OPENED)) == 1
    said = capsys.readouterr().err
    assert "has no sign-in link yet" in said
    assert "would lead nowhere" in said
    assert f"meetingkit print signin-sheet --meeting {NEVER_OPENED}" in said
    assert "Traceback" not in said
    assert "attempt to write" not in said
    assert not poster.exists()
    # Tonight's meeting has its link: its poster prints from the read-only folder.
    assert run(*words, "--meeting", str(demo)) == 0
    assert poster.read_bytes().startswith(b"%PDF")
    assert database_path(data_dir).read_bytes() == before


def test_read_only_data_gives_default_settings_without_a_link_and_saves_nothing(
    data_dir: Path,
    demo: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    read_only_folder(monkeypatch, data_dir)
    conn, refused = open_to_read(database_path(data_dir))
    try:
        assert refused is not None
        assert read_only(conn)
        settings = SignInStore(conn).settings(NEVER_OPENED)
        assert (settings.token, settings.phrase) == ("", "")
        assert settings.form == FormSettings()  # the default form
        assert SignInStore(conn).settings(demo).token  # one made before is read as saved
    finally:
        conn.close()
    assert NEVER_OPENED not in settings_rows(data_dir)


def test_a_poster_says_where_its_code_leads(
    data_dir: Path, tmp_path: Path, demo: int, capsys: pytest.CaptureFixture[str]
) -> None:
    """Printed at home, a poster leads to the home network's address: the command says which
    address it put in the code, so the organizer can check it is the room's (qa14c)."""
    poster = tmp_path / "poster.pdf"
    words = ("--data-dir", str(data_dir), "print", "poster", "--host", "192.168.1.20")
    assert run(*words, "--meeting", str(demo), "-o", str(poster)) == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith(f"{poster}\tits code leads to http://192.168.1.20:8765/")
