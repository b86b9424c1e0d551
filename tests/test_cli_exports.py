"""The export and import commands, plugged into a parser built as cli.build_parser builds its
own (the lead wires them into `meetingkit` itself)."""

import argparse
import csv
import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from meetingkit.cli import _data_dir_option
from meetingkit.cli_exports import register
from meetingkit.core.errors import ValidationError
from meetingkit.core.meeting import Meeting
from meetingkit.core.signin import FormSettings, check_submission
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.signin import SignInStore


def parser() -> argparse.ArgumentParser:
    data_dir = _data_dir_option()
    top = argparse.ArgumentParser(prog="meetingkit", parents=[data_dir])
    commands = top.add_subparsers(dest="command", metavar="COMMAND")
    export = commands.add_parser("export")
    exports = export.add_subparsers(dest="export", metavar="WHAT", required=True)
    register(commands, exports, data_dir)
    return top


def run(data_dir: Path, *words: str) -> int:
    args = parser().parse_args([*words, "--data-dir", str(data_dir)])
    return int(args.handler(args))


@pytest.fixture
def meeting_id(conn: sqlite3.Connection) -> int:
    meeting = MeetingStore(conn).create(Meeting("Assembly", dt.date(2026, 11, 21), dt.time(19)))
    form = FormSettings(("first_name", "last_name", "email", "phone", "profession"))
    store = SignInStore(conn)
    for n, (name, consent) in enumerate((("Ana", "yes"), ("Ben", ""))):
        answers = {
            "first_name": name,
            "email": f"{name.lower()}@example.org",
            "profession": "RN",
            "consent_contact_email": consent,
        }
        store.record(
            meeting.key,
            check_submission(answers, form),
            f"nonce-{n}",
            source="phone",
            language="en",
            now_ms=1_795_000_000_000,
        )
    return meeting.key


def test_export_attendance_and_the_log(
    data_dir: Path, meeting_id: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "an.csv"
    code = run(
        data_dir,
        "export",
        "attendance",
        "--meeting",
        str(meeting_id),
        "--field",
        "profession=role",
        "-o",
        str(out),
    )
    assert code == 0
    printed = capsys.readouterr().out
    assert f"{out}\t1 person" in printed  # not "1 people"
    assert "left out: 1 did not agree to be contacted" in printed
    with out.open(newline="") as f:
        rows = list(csv.reader(f))
    assert rows == [
        ["first_name", "last_name", "email", "zip_code", "phone", "role"],
        ["Ana", "", "ana@example.org", "", "", "Registered nurse (RN)"],
    ]
    run(
        data_dir,
        "export",
        "attendance",
        "--meeting",
        str(meeting_id),
        "--format",
        "csv",
        "-o",
        str(tmp_path / "list.csv"),
    )
    capsys.readouterr()
    assert run(data_dir, "export", "log") == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert lines[0].split("\t")[1:5] == ["Attendance list", "Assembly", "list.csv", "2 rows"]
    assert lines[1].split("\t")[1:6] == [
        "Action Network upload",
        "Assembly",
        "an.csv",
        "1 rows",
        "1 left out",
    ]


def test_a_bad_field_pair_is_refused_by_the_parser(data_dir: Path) -> None:
    with pytest.raises(SystemExit):
        parser().parse_args(
            ["export", "attendance", "--meeting", "1", "--field", "role", "-o", "x"]
        )


def test_import_roster_dry_run_then_for_real(
    conn: sqlite3.Connection, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    roster = tmp_path / "members.csv"
    roster.write_text("Name,Mobile,Title\nAna García,312 555 0100,RN\n,,\nNobody,,\n,3125550101,\n")
    code = run(data_dir, "import", "roster", str(roster), "--map", "Title=profession", "--dry-run")
    assert code == 0
    printed = capsys.readouterr().out
    assert "column 3\tTitle\t-> profession" in printed
    assert "row 5\tno name" in printed
    assert (
        "would add 2, fill in 0 already here, 0 already here with nothing to add, skip 1 "
        "(dry run: nothing changed)"
    ) in printed
    assert PeopleStore(conn).count() == 0
    run(data_dir, "import", "roster", str(roster), "--map", "Title=profession")
    assert (
        "added 2, filled in 0 already here, 0 already here with nothing to add, skipped 1"
        in capsys.readouterr().out
    )
    [ana] = PeopleStore(conn).with_phone("3125550100")
    assert (ana.first_name, ana.last_name, ana.profession) == (
        "Ana",
        "García",
        "Registered nurse (RN)",
    )


def test_import_roster_in_spanish_lists_every_column_and_those_ignored(
    conn: sqlite3.Connection, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Phone, email, profession, workplace and notes were dropped, and the dry run did not
    say so."""
    roster = tmp_path / "x.csv"
    roster.write_text(
        "Nombre,Apellido,Teléfono celular,Correo electrónico,Profesión,Lugar de trabajo,"
        "Código postal,Notas,Camiseta,Notas\n"
        "Lucía,Ramos,312-555-0999,lucia@example.org,Enfermera,Hospital Central,60601,"
        "Vino con Ana,M,otra nota\n"
    )
    run(data_dir, "import", "roster", str(roster), "--dry-run")
    lines = capsys.readouterr().out.splitlines()
    assert [line for line in lines if line.startswith("column")] == [
        "column 1\tNombre\t-> first_name",
        "column 2\tApellido\t-> last_name",
        "column 3\tTeléfono celular\t-> phone",
        "column 4\tCorreo electrónico\t-> email",
        "column 5\tProfesión\t-> profession",
        "column 6\tLugar de trabajo\t-> workplace",
        "column 7\tCódigo postal\t-> zip_code",
        "column 8\tNotas\t-> notes",
        "column 9\tCamiseta\t-> (ignored)",
        "column 10\tNotas\t-> (ignored)",  # a second column of the same name
    ]
    with pytest.raises(ValidationError, match="2 columns called “Notas” \\(columns 8, 10\\)"):
        run(data_dir, "import", "roster", str(roster), "--map", "Notas=ignore")
    run(data_dir, "import", "roster", str(roster), "--map", "10=notes", "--map", "8=ignore")
    [lucia] = PeopleStore(conn).with_phone("3125550999")
    assert lucia.notes == "otra nota"  # the second "Notas", picked by its number
    PeopleStore(conn).forget(lucia.key)
    run(data_dir, "import", "roster", str(roster))
    [lucia] = PeopleStore(conn).with_phone("3125550999")
    assert (lucia.email, lucia.workplace, lucia.notes) == (
        "lucia@example.org",
        "Hospital Central",
        "Vino con Ana",
    )


def test_import_roster_again_says_what_is_already_here(
    conn: sqlite3.Connection, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'Just One Name' imported three times made three people; and "filled in 1 already
    here" was said when nothing was."""
    roster = tmp_path / "members.csv"
    roster.write_text("Name,Mobile\nJust One Name,\nAna García,312 555 0100\n")
    for _ in range(3):
        run(data_dir, "import", "roster", str(roster))
    printed = capsys.readouterr().out
    assert PeopleStore(conn).count() == 2
    assert (
        printed.count(
            "added 0, filled in 0 already here, 1 already here with nothing to add, skipped 1"
        )
        == 2
    )
    assert (
        printed.count(
            "1 row has the same name as someone already here, and neither has a phone or email: "
            "it is not added again."
        )
        == 2
    )
    roster.write_text("Name,Mobile,Title\nAna García,312 555 0100,RN\n")
    run(data_dir, "import", "roster", str(roster), "--map", "Title=profession", "--dry-run")
    assert (
        "would add 0, fill in 1 already here, 0 already here with nothing to add, skip 0"
        in capsys.readouterr().out
    )


def test_import_roster_says_what_it_cut_and_one_duplicate_in_the_singular(
    conn: sqlite3.Connection, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    roster = tmp_path / "members.csv"
    long = "x" * 201
    roster.write_text(
        f"Name,Email,Title\nRosa Delgado,d@example.org,{long}\nTomás Delgado,d@example.org,\n"
    )
    run(data_dir, "import", "roster", str(roster), "--map", "Title=profession", "--dry-run")
    printed = capsys.readouterr().out
    assert "1 value was longer than 200 characters (4,000 for notes) and was cut." in printed
    assert (
        "1 new person shares a phone, email or full name with someone already here or earlier "
        "in the file: added, not merged. Review them in People › Review possible duplicates."
        in printed
    )
    assert "new people share" not in printed


def test_a_dry_run_into_a_new_folder_previews_without_making_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    roster = tmp_path / "members.csv"
    roster.write_text("Name,Mobile\nAna García,312 555 0100\nBen Okafor,312 555 0101\n")
    folder = tmp_path / "new folder"
    assert run(folder, "import", "roster", str(roster), "--dry-run") == 0
    printed = capsys.readouterr().out
    assert "no meetingkit data in this folder yet" in printed
    assert "would add 2, fill in 0 already here" in printed
    assert not folder.exists()  # made only by the import itself
    assert run(folder, "import", "roster", str(roster)) == 0
    assert "added 2" in capsys.readouterr().out
    assert (folder / "meetingkit.sqlite3").is_file()


def test_import_roster_counts_the_ignored_columns_past_the_first_ten(
    conn: sqlite3.Connection, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A CRM export of 300 columns printed a line for each one ignored, burying the two
    imported (and 10,000 columns printed 10,000 lines: now refused, core.roster_file)."""
    roster = tmp_path / "crm.csv"
    extra = [f"custom{i}" for i in range(1, 299)]
    roster.write_text(
        ",".join(["first_name", *extra, "last_name"]) + "\nAna" + ",x" * 298 + ",Lima\n"
    )
    run(data_dir, "import", "roster", str(roster), "--dry-run")
    lines = capsys.readouterr().out.splitlines()
    columns = [line for line in lines if line.startswith(("column", "and "))]
    assert columns == [
        "column 1\tfirst_name\t-> first_name",
        *(f"column {n}\tcustom{n - 1}\t-> (ignored)" for n in range(2, 12)),
        "column 300\tlast_name\t-> last_name",
        "and 288 more columns ignored (custom11 … custom298); to import one: --map 'COLUMN=FIELD'",
    ]
