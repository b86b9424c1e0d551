"""The headless commands, run as a user would: in a separate process."""

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from meetingkit import __version__, cli
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.services.data_dir import database_path
from meetingkit.storage import open_db
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from tests.pdf_reading import needs, pdf_text

# Commands run as on a fresh machine: no display, no settings of the developer's own (commands
# speak the app's saved language, else the computer's), an English computer.
_CONFIG = tempfile.TemporaryDirectory(prefix="meetingkit-test-config-")
ENV_WITHOUT_DISPLAY = {
    k: v
    for k, v in os.environ.items()
    if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "MEETINGKIT_DATA_DIR", "LANGUAGE")
} | {"MEETINGKIT_CONFIG_DIR": _CONFIG.name, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}


def meetingkit(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "meetingkit", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env or ENV_WITHOUT_DISPLAY,
    )


def test_version() -> None:
    out = meetingkit("--version")
    assert (out.returncode, out.stdout.strip()) == (0, f"meetingkit {__version__}")


def test_demo_then_listing_meetings(tmp_path: Path) -> None:
    demo = meetingkit("demo", "--data-dir", str(tmp_path))
    assert demo.returncode == 0, demo.stderr
    meeting_id = demo.stdout.strip()
    listing = meetingkit("meeting", "list", "--data-dir", str(tmp_path))
    lines = [line.split("\t") for line in listing.stdout.splitlines()]
    assert len(lines) == 11  # the four of the demo, and the groups' earlier meetings
    demo_line = next(line for line in lines if line[0] == meeting_id)
    assert demo_line[2] == "meeting"
    assert "Safe Staffing Working Group" in demo_line[3]


def test_the_demo_command_refuses_to_write_into_the_default_folder() -> None:
    out = meetingkit("demo")
    assert out.returncode == 1
    assert "--data-dir" in out.stderr
    assert "Traceback" not in out.stderr


def test_meeting_new_prints_the_id_and_data_dir_goes_anywhere(tmp_path: Path) -> None:
    created = meetingkit(
        "--data-dir",
        str(tmp_path),
        "meeting",
        "new",
        "Night shift check-in",
        "--kind",
        "assembly",
        "--date",
        "2026-12-03",
        "--start",
        "07:30",
    )
    assert created.returncode == 0, created.stderr
    listing = meetingkit("meeting", "list", "--data-dir", str(tmp_path))
    assert (
        listing.stdout == f"{created.stdout.strip()}\t2026-12-03\tassembly\tNight shift check-in\n"
    )


def test_bad_dates_get_a_one_line_explanation(tmp_path: Path) -> None:
    out = meetingkit("meeting", "new", "X", "--date", "21/11/2026", "--data-dir", str(tmp_path))
    assert out.returncode == 2
    assert "is not a date like 2026-11-21" in out.stderr


def test_a_corrupt_database_is_reported_without_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "meetingkit.sqlite3").write_text("not a database")
    out = meetingkit("meeting", "list", "--data-dir", str(tmp_path))
    assert out.returncode == 1
    assert out.stderr.startswith("meetingkit: ")
    assert "Traceback" not in out.stderr


def test_without_a_display_the_gui_says_so_in_one_line(tmp_path: Path) -> None:
    out = meetingkit("--data-dir", str(tmp_path))
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1
    assert "no display found" in out.stderr
    assert "xvfb-run" in out.stderr
    out = meetingkit("--demo")
    assert (out.returncode, out.stderr.count("\n")) == (2, 1)


def test_a_display_that_does_not_answer_gets_one_line_not_a_qt_abort(tmp_path: Path) -> None:
    """DISPLAY is set (an ssh session, a closed Xvfb) but nothing answers there: Qt would
    abort with exit 134 after a page of diagnostics."""
    env = {**ENV_WITHOUT_DISPLAY, "DISPLAY": ":4093"}
    out = meetingkit("--data-dir", str(tmp_path / "data"), env=env)
    assert (out.returncode, out.stderr.count("\n")) == (2, 1), out.stderr
    assert out.stderr.startswith("meetingkit: no display answers at DISPLAY=':4093'.")
    assert "xvfb-run" in out.stderr
    assert not (tmp_path / "data").exists()  # nothing was made before the window failed
    out = meetingkit("--demo", env=env)
    assert (out.returncode, out.stderr.count("\n")) == (2, 1), out.stderr


def test_the_demo_is_written_in_the_language_asked_for(tmp_path: Path) -> None:
    spanish, english = tmp_path / "es", tmp_path / "en"
    assert meetingkit("demo", "--data-dir", str(spanish), "--language", "es").returncode == 0
    assert meetingkit("demo", "--data-dir", str(english)).returncode == 0
    listed = meetingkit("meeting", "list", "--data-dir", str(spanish)).stdout
    assert "Grupo de trabajo por la dotación segura — noviembre" in listed
    assert "Safe Staffing" not in listed
    assert (
        "Safe Staffing Working Group — November"
        in meetingkit("meeting", "list", "--data-dir", str(english)).stdout
    )


def test_screenshot_renders_a_png_offscreen(tmp_path: Path) -> None:
    png = tmp_path / "main.png"
    out = meetingkit(
        "screenshot", "--demo", "--view", "people", "-o", str(png), "--size", "900x600"
    )
    assert out.returncode == 0, out.stderr
    assert out.stderr == ""  # not Qt's offscreen notes
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(png.read_bytes()[16:20], "big") == 900  # width in the IHDR chunk


def test_a_screenshot_is_never_saved_over_the_database(tmp_path: Path) -> None:
    """`screenshot -o <data folder>/meetingkit.sqlite3` truncated the live database."""
    meetingkit("demo", "--data-dir", str(tmp_path))
    live = tmp_path / "meetingkit.sqlite3"
    before = meetingkit("meeting", "list", "--data-dir", str(tmp_path)).stdout
    for target in (live, tmp_path / "meetingkit.sqlite3-wal"):
        if not target.exists():
            continue
        out = meetingkit("screenshot", "--data-dir", str(tmp_path), "-o", str(target))
        assert out.returncode == 1
        assert "Traceback" not in out.stderr
    assert meetingkit("meeting", "list", "--data-dir", str(tmp_path)).stdout == before
    disguised = tmp_path / "copy.png"  # a database under a picture's name is refused too
    disguised.write_bytes(live.read_bytes())
    out = meetingkit("screenshot", "--data-dir", str(tmp_path), "-o", str(disguised))
    assert "is a database" in out.stderr
    assert disguised.read_bytes() == live.read_bytes()


def test_screenshot_of_an_unknown_view_lists_the_views(tmp_path: Path) -> None:
    out = meetingkit("screenshot", "--demo", "--view", "nope", "-o", str(tmp_path / "x.png"))
    assert out.returncode == 1
    assert "main, start, meetings, meeting, people" in out.stderr


def test_print_agenda_and_minutes(tmp_path: Path) -> None:
    meeting_id = meetingkit("demo", "--data-dir", str(tmp_path)).stdout.strip()
    for document in ("agenda", "minutes"):
        pdf = tmp_path / f"{document}.pdf"
        out = meetingkit(
            "print", document, "--meeting", meeting_id, "-o", str(pdf), "--data-dir", str(tmp_path)
        )
        assert out.returncode == 0, out.stderr
        assert pdf.read_bytes().startswith(b"%PDF")


def test_printing_a_missing_meeting_says_so(tmp_path: Path) -> None:
    assert meetingkit("meeting", "new", "Vigil", "--data-dir", str(tmp_path)).returncode == 0
    out = meetingkit(
        "print",
        "agenda",
        "--meeting",
        "42",
        "-o",
        str(tmp_path / "a.pdf"),
        "--data-dir",
        str(tmp_path),
    )
    assert (out.returncode, out.stderr.strip()) == (1, "meetingkit: There is no meeting 42.")
    assert not (tmp_path / "a.pdf").exists()


def test_print_cards_badges_tents_and_the_call_list(tmp_path: Path) -> None:
    meeting_id = meetingkit("demo", "--data-dir", str(tmp_path)).stdout.strip()
    data = ("--data-dir", str(tmp_path))
    for args in (
        ("cards", "--layout", "quarter", "--blank", "3"),
        ("badges",),
        ("tents", "--only-blank", "--blank", "2"),
    ):
        pdf = tmp_path / f"{args[0]}.pdf"
        out = meetingkit("print", *args, "--meeting", meeting_id, "-o", str(pdf), *data)
        assert out.returncode == 0, out.stderr
        assert pdf.read_bytes().startswith(b"%PDF")
    assert meetingkit(
        "print",
        "tents",
        "--only-blank",
        "--blank",
        "2",
        "--meeting",
        meeting_id,
        "-o",
        str(tmp_path / "t.pdf"),
        *data,
    ).stdout.endswith("\t2 tents\n")
    calls = meetingkit("print", "call-list", "-o", str(tmp_path / "calls.pdf"), *data)
    assert calls.returncode == 0, calls.stderr
    assert calls.stdout.strip().endswith("10 people to call (14 follow-ups)")


def test_the_call_list_only_since_a_day(tmp_path: Path) -> None:
    """`--since`: only what people took on at meetings from that day on, as the app's print
    dialog offers; a day with nothing after it says so and writes nothing."""
    meetingkit("demo", "--data-dir", str(tmp_path))
    data = ("--data-dir", str(tmp_path))
    pdf = tmp_path / "calls.pdf"
    calls = meetingkit("print", "call-list", "--since", "2000-01-01", "-o", str(pdf), *data)
    assert calls.stdout.strip().endswith("10 people to call (14 follow-ups)"), calls.stderr
    pdf.unlink()
    later = meetingkit("print", "call-list", "--since", "2100-01-01", "-o", str(pdf), *data)
    assert (later.returncode, later.stderr.strip()) == (
        1,
        "meetingkit: No open follow-up from a meeting since 1 Jan 2100.",
    )
    assert not pdf.exists()


def test_follow_ups_listing_and_calendar_export(tmp_path: Path) -> None:
    meetingkit("demo", "--data-dir", str(tmp_path))
    listing = meetingkit("follow-ups", "--data-dir", str(tmp_path))
    lines = [line.split("\t") for line in listing.stdout.splitlines()]
    assert lines[0][1] == "overdue"  # overdue first
    assert len(lines) == 14
    everything = meetingkit("follow-ups", "--all", "--data-dir", str(tmp_path))
    assert len(everything.stdout.splitlines()) > 14
    ics = tmp_path / "f.ics"
    out = meetingkit("export", "follow-ups", "-o", str(ics), "--data-dir", str(tmp_path))
    assert out.returncode == 0, out.stderr
    text = ics.read_text()
    assert text.startswith("BEGIN:VCALENDAR")
    assert text.count("BEGIN:VEVENT") == 10  # one per person and due time


def test_an_unknown_card_layout_is_refused_with_the_choices(tmp_path: Path) -> None:
    out = meetingkit("print", "cards", "--meeting", "1", "--layout", "huge", "-o", "x.pdf")
    assert out.returncode == 2
    assert "index" in out.stderr
    assert "postcard" in out.stderr


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    """`meetingkit meeting list | head -1`: the pipe closes under the command's feet."""
    conn = open_db(database_path(tmp_path))
    store = MeetingStore(conn)
    for n in range(2000):  # more than a pipe holds (64 KiB), so the listing must block
        store.create(Meeting(f"Unit meeting number {n}", dt.date(2026, 1, 1), dt.time(18)))
    conn.close()
    listing = subprocess.Popen(
        [sys.executable, "-m", "meetingkit", "meeting", "list", "--data-dir", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert listing.stdout is not None
    assert listing.stderr is not None
    listing.stdout.readline()
    listing.stdout.close()  # as `head -1` does once it has its line
    listing.wait(timeout=30)
    errors = listing.stderr.read()
    listing.stderr.close()
    assert errors == b""


def test_a_write_the_disk_refuses_mid_command_gets_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """In-process: the database opened, then the disk filled before the change was saved."""

    def full(*_args: object, **_kw: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(MeetingStore, "create", full)
    assert cli.main(["meeting", "new", "Shift change", "--data-dir", str(tmp_path)]) == 1
    said = capsys.readouterr().err
    assert said.startswith("meetingkit: Could not write to the disk (database or disk is full)")
    assert said.count("\n") == 1  # one line, no traceback


def test_a_bug_mid_command_keeps_its_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kw: object) -> None:
        raise ValueError("a bug")

    monkeypatch.setattr(MeetingStore, "create", broken)
    with pytest.raises(ValueError, match="a bug"):
        cli.main(["meeting", "new", "Shift change", "--data-dir", str(tmp_path)])


@pytest.mark.parametrize(
    ("words", "said"),
    [
        (["serve", "--meeting", "3", "--port", "99999"], "99999 is not a port"),
        (["print", "poster", "--meeting", "3", "--port", "0", "-o", "p.pdf"], "0 is not a port"),
        (["print", "agenda", "--meeting", "9" * 23, "-o", "a.pdf"], "there is no meeting 999"),
        (["purge", "--meeting", "-4"], "there is no meeting -4"),
        (["meeting", "new", "Vigil", "--start", "7:5"], "“7:5” is not a time like 18:30"),
        (["restore", ""], "an empty file name"),
        (["meeting", "new", "Vigil", "--start", "25:00"], "“25:00” is not a time like 18:30"),
        (["serve", "--meeting", "3", "--host", "not a host!"], "“not a host!” is not an address"),
        (["print", "poster", "--meeting", "3", "--host", "h" * 2500, "-o", "p.pdf"], "hhh…”"),
        (
            ["print", "poster", "--meeting", "3", "--host", "my_laptop", "-o", "p.pdf"],
            "not an address",
        ),
    ],
)
def test_numbers_out_of_range_are_refused_before_the_command_runs(
    words: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.parse_args(words)
    assert exited.value.code == 2
    assert said in capsys.readouterr().err


def test_an_empty_data_dir_is_refused_not_taken_for_the_real_one(tmp_path: Path) -> None:
    """`--data-dir "$DIR"` with DIR unset wrote the demo into the real data folder."""
    home = tmp_path / "home"
    env = {**ENV_WITHOUT_DISPLAY, "HOME": str(home), "XDG_DATA_HOME": ""}
    out = meetingkit("demo", "--data-dir", "", env=env)
    assert out.returncode == 2
    assert "empty folder name" in out.stderr
    assert not list(home.rglob("*.sqlite3")) if home.exists() else True


def test_the_demo_never_goes_into_a_folder_with_real_meetings(tmp_path: Path) -> None:
    meetingkit("meeting", "new", "My real meeting", "--data-dir", str(tmp_path))
    out = meetingkit("demo", "--data-dir", str(tmp_path))
    assert out.returncode == 1
    assert "already holds meetings" in out.stderr
    listed = meetingkit("meeting", "list", "--data-dir", str(tmp_path)).stdout.splitlines()
    assert len(listed) == 1


def test_the_demo_never_goes_into_a_folder_with_a_real_roster(tmp_path: Path) -> None:
    """A roster imported before the first meeting is planned: no meetings, real people."""
    with open_db(database_path(tmp_path)) as conn:
        PeopleStore(conn).add(Person("Ana", "Garcia"))
    out = meetingkit("demo", "--data-dir", str(tmp_path))
    assert out.returncode == 1
    assert "already holds meetings, people or groups" in out.stderr
    with open_db(database_path(tmp_path)) as conn:
        assert [p.display_name for p in PeopleStore(conn).search("").people] == ["Ana Garcia"]


def test_what_the_system_refuses_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    meetingkit("demo", "--data-dir", str(tmp_path))
    too_long = str(tmp_path / ("é" * 130 + ".pdf"))  # 260 bytes: over the 255 a name may have
    out = meetingkit(
        "print", "agenda", "--meeting", "3", "-o", too_long, "--data-dir", str(tmp_path)
    )
    assert out.returncode == 1
    assert "Traceback" not in out.stderr
    assert "File name too long" in out.stderr


def test_an_argument_that_is_not_utf8_is_explained(tmp_path: Path) -> None:
    """A Latin-1 terminal typing "café" gave a UnicodeEncodeError traceback."""
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "meetingkit",
            "meeting",
            "new",
            b"caf\xe9",
            "--data-dir",
            str(tmp_path),
        ],
        capture_output=True,
        timeout=60,
        env=ENV_WITHOUT_DISPLAY,
    )
    assert out.returncode == 2
    assert b"not UTF-8" in out.stderr
    assert b"Traceback" not in out.stderr


def test_a_screenshot_of_a_meeting_that_is_not_there_is_refused(tmp_path: Path) -> None:
    assert meetingkit("demo", "--data-dir", str(tmp_path)).returncode == 0
    png = tmp_path / "x.png"
    out = meetingkit("screenshot", "--data-dir", str(tmp_path), "--meeting", "999", "-o", str(png))
    assert (out.returncode, out.stderr.strip()) == (1, "meetingkit: There is no meeting 999.")
    assert not png.exists()


@needs("pdftotext")
def test_a_poster_names_the_laptop_as_given_and_needs_the_wifi_name_for_a_password(
    tmp_path: Path,
) -> None:
    assert meetingkit("demo", "--data-dir", str(tmp_path)).returncode == 0
    for given, shown in (("::1", "http://[::1]:8765/s/"), ("laptop.local", "http://laptop.local:")):
        pdf = tmp_path / "poster.pdf"
        out = meetingkit(
            "print", "poster", "--data-dir", str(tmp_path), "--meeting", "3",
            "--host", given, "-o", str(pdf),
        )  # fmt: skip
        assert out.returncode == 0, out.stderr
        assert shown in pdf_text(pdf)
    out = meetingkit(
        "print", "poster", "--data-dir", str(tmp_path), "--meeting", "3",
        "--wifi-password", "pwpwpwpw", "-o", str(tmp_path / "w.pdf"),
    )  # fmt: skip
    assert out.returncode == 1
    assert "--wifi-password needs --wifi-ssid" in out.stderr


def test_a_mistyped_data_folder_is_refused_not_made(tmp_path: Path) -> None:
    """Printing, listing or serving from a folder with no data made the folder and an empty
    database in it, then said the meeting was missing."""
    typo = tmp_path / "meetinkit-data"
    for words in (
        ["meeting", "list"],
        ["print", "agenda", "--meeting", "3", "-o", str(tmp_path / "a.pdf")],
        ["serve", "--meeting", "3", "--port", "18999"],
        ["backup"],
        ["screenshot", "-o", str(tmp_path / "s.png")],
    ):
        out = meetingkit(*words, "--data-dir", str(typo))
        assert out.returncode == 1, words
        assert out.stderr.startswith(f"meetingkit: There is no meetingkit data in {typo}"), words
        assert not typo.exists(), words
    made = meetingkit("meeting", "new", "Vigil", "--data-dir", str(typo))
    assert made.returncode == 0  # the commands that make data start a folder
    assert meetingkit("meeting", "list", "--data-dir", str(typo)).stdout.count("Vigil") == 1


@pytest.mark.parametrize("value", ["", "   "])
def test_a_blank_data_dir_variable_is_refused(tmp_path: Path, value: str) -> None:
    env = {**ENV_WITHOUT_DISPLAY, "MEETINGKIT_DATA_DIR": value, "HOME": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-m", "meetingkit", "meeting", "new", "Vigil"],
        capture_output=True, text=True, timeout=60, env=env, cwd=tmp_path,
    )  # fmt: skip
    assert out.returncode == 1
    assert "MEETINGKIT_DATA_DIR is set but empty" in out.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_screenshot_of_sign_in_does_not_count_as_opening_it(tmp_path: Path) -> None:
    """The sign-in view serves the form while the picture is taken: that ticked "Sign-in
    opened" on the meeting's guided path, as if the facilitator had opened it. (Its form's
    settings are made the first time it is shown, as in the app.)"""
    assert meetingkit("demo", "--data-dir", str(tmp_path)).returncode == 0
    from meetingkit.storage.signin import SignInStore

    conn = open_db(database_path(tmp_path))
    SignInStore(conn).settings(4)
    before = list(conn.iterdump())
    conn.close()
    for view in ("signin", "floor", "meeting"):
        out = meetingkit(
            "screenshot", "--data-dir", str(tmp_path), "--meeting", "4", "--view", view,
            "-o", str(tmp_path / f"{view}.png"),
        )  # fmt: skip
        assert out.returncode == 0, out.stderr
    conn = sqlite3.connect(database_path(tmp_path))
    assert list(conn.iterdump()) == before
    conn.close()


def test_a_screenshot_of_a_meeting_left_running_changes_nothing(tmp_path: Path) -> None:
    """Opening the app after a gap pauses the turn left speaking (the time closed is nobody's
    airtime). A picture of the floor did that to the real meeting; it is taken of a copy."""
    from meetingkit.services.demo import write_demo

    conn = open_db(database_path(tmp_path))
    demo = write_demo(conn, dt.datetime.now() - dt.timedelta(hours=1))  # left an hour ago
    before = list(conn.iterdump())
    conn.close()
    for view in ("floor", "start"):
        out = meetingkit(
            "screenshot", "--data-dir", str(tmp_path), "--meeting", str(demo.meeting_id),
            "--view", view, "-o", str(tmp_path / f"{view}.png"),
        )  # fmt: skip
        assert out.returncode == 0, out.stderr
    conn = sqlite3.connect(database_path(tmp_path))
    assert list(conn.iterdump()) == before
    conn.close()
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_dir()) == []  # the copy is gone


def test_a_screenshot_where_the_copy_cannot_be_made_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    from meetingkit.app import render_screenshot
    from meetingkit.core.errors import MeetingkitError

    open_db(database_path(tmp_path)).close()

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "TemporaryDirectory", refuse)
    with pytest.raises(MeetingkitError, match="that folder cannot be written"):
        render_screenshot(tmp_path, tmp_path / "x.png")
    assert not (tmp_path / "x.png").exists()
