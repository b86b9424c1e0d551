"""`meetingkit print role-cards --meeting ID -o F.pdf [--assigned-only] [--language es]`: a card
for each role at the meeting, in English or Spanish, read back from the PDF.

Run as a user would: in a separate process, on the demo data (meeting 3 has every role held,
two greeters; the assembly, meeting 2, has a facilitator and a co-facilitator only).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_process import make_demo, meetingkit
from tests.pdf_reading import needs, page_texts, pdf_text

pytestmark = needs("pdftotext")


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("data")
    assert make_demo(folder) == "3"
    return folder


def test_the_demo_meetings_role_cards(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "roles.pdf"
    done = meetingkit(
        "print", "role-cards", "--data-dir", str(data), "--meeting", "3", "-o", str(out)
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"{out}\t8 role cards\n"
    assert len(page_texts(out)) == 3
    text = pdf_text(out)
    for words in (
        "Facilitator Dele",
        "Co-facilitator Ana",
        "Stack keeper Keisha",
        "Timekeeper Omar",
        "Note taker Lan",
        "Vibes watcher Samuel",
        "Greeter Marisol",
        "Greeter Sofía",
        "Timekeeper · Omar CALL TIME ENDS",  # the times on a card of their own
        "Welcome, agreements and roles",
    ):
        assert words in text
    logged = meetingkit("export", "log", "--data-dir", str(data))
    assert "Role cards (PDF)" in logged.stdout
    assert "roles.pdf\t8 rows" in logged.stdout


def test_in_spanish(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "roles.pdf"
    args = ("--data-dir", str(data), "--meeting", "3", "-o", str(out), "--language", "es")
    done = meetingkit("print", "role-cards", *args)
    assert done.returncode == 0, done.stderr
    text = pdf_text(out)
    assert "Quien controla el tiempo Omar" in text
    assert "Vigila el reloj y avisa unos cinco minutos antes" in text
    assert "Timekeeper" not in text


def test_a_role_nobody_holds_gets_a_card_to_fill_in_unless_assigned_only(
    data: Path, tmp_path: Path
) -> None:
    out = tmp_path / "assembly.pdf"
    args = ("--data-dir", str(data), "--meeting", "2", "-o", str(out))
    done = meetingkit("print", "role-cards", *args)
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"{out}\t7 role cards (5 to fill in by hand)\n"
    assert pdf_text(out).count("Name") == 5
    done = meetingkit("print", "role-cards", *args, "--assigned-only")
    assert done.stdout == f"{out}\t2 role cards\n"
    assert "Name" not in pdf_text(out)


def test_a_meeting_that_is_not_there_is_said(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "roles.pdf"
    done = meetingkit(
        "print", "role-cards", "--data-dir", str(data), "--meeting", "99", "-o", str(out)
    )
    assert done.returncode == 1
    assert done.stderr == "meetingkit: There is no meeting 99.\n"
    assert not out.exists()


def test_listed_in_the_print_commands_help() -> None:
    listed = meetingkit("print", "--help")
    assert "role-cards" in listed.stdout
    own = meetingkit("print", "role-cards", "--help")
    assert "--assigned-only" in own.stdout
    assert "--language {en,es}" in own.stdout
