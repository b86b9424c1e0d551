"""The command line speaks the app's language (Settings, saved in the config folder), or the
`--language` a command is given: in the demo it writes, the documents it prints and what it
says about them. `meetingkit demo` wrote an English demo for a Spanish app, and `print
--language es` printed a Spanish PDF under English lines ("Wrote …", "12 cards").

Spanish documents and demos are checked as a user meets them, in a process of their own (the
words of another language are lent to the whole process); what a command says, in this one,
through a translator that marks every word of the command line's own."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from meetingkit import app, cli
from meetingkit.core import i18n
from meetingkit.services.demo import write_demo
from meetingkit.services.settings_file import Preferences
from tests.cli_process import meetingkit
from tests.pdf_reading import pdf_text

NOVEMBER_ES = "Grupo de trabajo por la dotación segura — noviembre"
NOVEMBER_EN = "Safe Staffing Working Group — November"


def _save_language(language: str) -> None:
    """The language chosen in the app's Settings (the config folder is this test's own)."""
    Preferences.load().change(language=language)


def _english_environment() -> dict[str, str]:
    """This process's environment with an English locale: "System" is English there."""
    names = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")
    env = {k: v for k, v in os.environ.items() if k not in names}
    return {**env, "LANG": "C.UTF-8"}


def test_the_demo_is_written_in_the_apps_language_unless_told(tmp_path: Path) -> None:
    _save_language("es")
    spanish, english = tmp_path / "es", tmp_path / "en"
    made = meetingkit("demo", "--data-dir", str(spanish))
    assert made.returncode == 0, made.stderr
    listed = meetingkit("meeting", "list", "--data-dir", str(spanish)).stdout
    assert NOVEMBER_ES in listed
    assert "Safe Staffing" not in listed
    told = meetingkit("demo", "--data-dir", str(english), "--language", "en")
    assert told.returncode == 0, told.stderr
    assert NOVEMBER_EN in meetingkit("meeting", "list", "--data-dir", str(english)).stdout


def test_with_system_chosen_the_demo_is_in_the_computers_language(tmp_path: Path) -> None:
    """ "System" (the default) is the desktop's language, as the app takes it (Qt's), when
    meetingkit speaks it."""
    import subprocess
    import sys

    def demo(folder: Path, locale: str) -> str:
        env = {**_english_environment(), "LANG": locale}
        for words in (["demo"], ["meeting", "list"]):
            run = subprocess.run(
                [sys.executable, "-m", "meetingkit", *words, "--data-dir", str(folder)],
                capture_output=True,
                text=True,
                timeout=60,
                env=env,
                check=False,
            )
            assert run.returncode == 0, run.stderr
        return run.stdout

    assert NOVEMBER_ES in demo(tmp_path / "mx", "es_MX.UTF-8")
    assert NOVEMBER_EN in demo(tmp_path / "us", "en_US.UTF-8")


def test_a_settings_language_wins_over_the_computers() -> None:
    _save_language("es")
    assert cli.app_language({"LANG": "en_US.UTF-8"}, "linux") == "es"
    _save_language("en")
    assert cli.app_language({"LANG": "es_MX.UTF-8"}, "linux") == "en"


@pytest.mark.parametrize(
    "environ",
    [
        {},
        {"LANG": "C.UTF-8"},
        {"LANG": "en_US.UTF-8", "LANGUAGE": "en_US:en"},
        {"LC_ALL": "POSIX"},
        {"LANG": "en_GB.UTF-8@euro"},
    ],
)
def test_an_english_or_unset_locale_is_english_without_asking_qt(
    environ: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import meetingkit.ui.language as languages

    def asked(setting: str, system_locale: str | None = None) -> str:
        raise AssertionError("Qt was asked")

    monkeypatch.setattr(languages, "resolve", asked)
    assert cli.app_language(environ, "linux") == "en"


@pytest.mark.parametrize(
    ("environ", "platform"),
    [
        ({"LANG": "es_MX.UTF-8"}, "linux"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "es_MX.UTF-8"}, "linux"),
        ({"LANG": "en_US.UTF-8", "LANGUAGE": "es:en"}, "linux"),
        ({"LANG": "en_US.UTF-8"}, "darwin"),  # Qt asks macOS, not the environment
        ({}, "win32"),
    ],
)
def test_another_locale_asks_qt_as_the_app_does(
    environ: dict[str, str], platform: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import meetingkit.ui.language as languages

    monkeypatch.setattr(languages, "resolve", lambda setting, system_locale=None: "es")
    assert cli.app_language(environ, platform) == "es"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils (pdftotext)")
def test_a_document_prints_in_the_apps_language_unless_told(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    assert meetingkit("demo", "--data-dir", str(folder), "--language", "en").returncode == 0
    _save_language("es")
    spanish, english = tmp_path / "acta.pdf", tmp_path / "minutes.pdf"
    words = ["print", "minutes", "--data-dir", str(folder), "--meeting", "3"]
    printed = meetingkit(*words, "-o", str(spanish))
    assert printed.returncode == 0, printed.stderr
    assert "Tiempo previsto y real" in pdf_text(spanish)
    told = meetingkit(*words, "-o", str(english), "--language", "en")
    assert told.returncode == 0, told.stderr
    assert "Planned and actual time" in pdf_text(english)


def test_a_persons_history_is_in_the_apps_language(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    assert meetingkit("demo", "--data-dir", str(folder), "--language", "en").returncode == 0
    _save_language("es")
    out = meetingkit("person", "history", "--data-dir", str(folder), "--person", "Okonkwo")
    assert out.returncode == 0, out.stderr
    assert "Enfermera/o registrada/o (RN)" in out.stdout.splitlines()[0]


# What a command says, in this process: `speak` is replaced by a translator that marks the
# command line's words «like this», and says which language it was asked for.


@pytest.fixture
def spoken(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    asked: list[str] = []

    def marked(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        text = i18n.with_count(text, n)
        return f"«{text}»" if context == "Command line" else text

    def speak(language: str) -> None:
        asked.append(language)
        i18n.install(marked if language == "es" else None, language)

    monkeypatch.setattr(app, "speak", speak)
    try:
        yield asked
    finally:
        i18n.install(None)


@pytest.fixture
def demo_dir(conn: sqlite3.Connection, data_dir: Path) -> Path:
    write_demo(conn, dt.datetime.now().replace(second=0, microsecond=0))
    return data_dir


def _run(words: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert cli.main(words) == 0, capsys.readouterr().err
    said = capsys.readouterr()
    return said.out + said.err


def test_print_says_what_it_made_in_the_apps_language(
    demo_dir: Path, tmp_path: Path, spoken: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    _save_language("es")
    folder = ["--data-dir", str(demo_dir)]
    lines = {
        "cards": ["print", "cards", "--meeting", "3", "--blank", "2"],
        "badges": ["print", "badges", "--meeting", "3"],
        "tents": ["print", "tents", "--meeting", "3"],
        "call-list": ["print", "call-list"],
        "role-cards": ["print", "role-cards", "--meeting", "3"],
        "period": ["print", "period", "--from", "2000-01-01", "--to", "2100-01-01"],
        "poster": ["print", "poster", "--meeting", "3", "--host", "127.0.0.1"],
    }
    for name, words in lines.items():
        out = tmp_path / f"{name}.pdf"
        said = _run([*words, *folder, "-o", str(out)], capsys)
        assert said.startswith(f"{out}\t«"), said
    not_pdf = tmp_path / "agenda.txt"
    said = _run(["print", "agenda", "--meeting", "3", *folder, "-o", str(not_pdf)], capsys)
    assert f"«Note: {not_pdf} is a PDF" in said
    assert set(spoken) == {"es"}


def test_a_language_given_to_print_is_the_language_it_speaks(
    demo_dir: Path, tmp_path: Path, spoken: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    _save_language("en")
    out = tmp_path / "cards.pdf"
    words = ["print", "cards", "--meeting", "3", "--data-dir", str(demo_dir), "-o", str(out)]
    assert _run([*words, "--language", "es"], capsys).startswith(f"{out}\t«")
    _save_language("es")
    assert "«" not in _run([*words, "--language", "en"], capsys)
    assert spoken == ["es", "en"]


def test_other_commands_say_what_they_did_in_the_apps_language(
    demo_dir: Path, tmp_path: Path, spoken: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    _save_language("es")
    folder = ["--data-dir", str(demo_dir)]
    backup = tmp_path / "backup.sqlite"
    ics, csv = tmp_path / "follow-ups.ics", tmp_path / "attendance.csv"
    roster = tmp_path / "roster.csv"
    roster.write_text("First name,Last name,Email\nAna,Lima,ana@example.org\n", encoding="utf-8")
    said = {
        "backup": _run(["backup", *folder, "-o", str(backup)], capsys),
        "export": _run(["export", "follow-ups", *folder, "-o", str(ics)], capsys),
        "attendance": _run(
            ["export", "attendance", "--meeting", "3", *folder, "-o", str(csv)], capsys
        ),
        "import": _run(["import", "roster", str(roster), "--dry-run", *folder], capsys),
        "retention": _run(["retention", "--meeting", "2", "--keep", *folder], capsys),
        "purge": _run(["purge", "--meeting", "2", "--yes", *folder], capsys),
    }
    for command, words in said.items():
        assert "«" in words, (command, words)
    assert said["backup"].startswith(f"{backup}\t«")
    assert said["export"].startswith(f"{ics}\t«")
    assert "«Purged “" in said["purge"]
    assert set(spoken) == {"es"}


def test_a_count_of_one_is_said_as_one(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It said "1 cards", and "1 follow-ups" for a calendar of one."""
    out = tmp_path / "cards.pdf"
    words = ["print", "cards", "--meeting", "3", "--only-blank", "--blank", "1"]
    assert _run([*words, "--data-dir", str(demo_dir), "-o", str(out)], capsys) == f"{out}\t1 card\n"
