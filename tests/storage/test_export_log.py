import datetime as dt
import sqlite3
from pathlib import Path

from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.storage.export_log import ExportKind, ExportLog
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore


def test_the_log_keeps_the_file_name_not_the_folder(conn: sqlite3.Connection) -> None:
    """The path would tell more about the organizer's laptop than about the export."""
    meeting = MeetingStore(conn).create(Meeting("Assembly", dt.date(2026, 11, 21), dt.time(19)))
    log = ExportLog(conn)
    log.record(
        ExportKind.ACTION_NETWORK,
        meeting_id=meeting.key,
        exported_ms=1_000,
        file_name=Path("/home/maria/Private/an.csv"),
        columns=["first_name", "email"],
        rows=12,
        left_out=3,
    )
    log.record(
        ExportKind.FOLLOW_UPS,
        meeting_id=None,
        exported_ms=2_000,
        file_name="follow-ups.ics",
        columns=["person"],
        rows=4,
    )
    newest, oldest = log.entries()
    assert (newest.kind_label, newest.meeting_title, newest.left_out) == (
        "Follow-ups calendar",
        "",
        0,
    )
    assert (oldest.file_name, oldest.columns, oldest.rows, oldest.left_out) == (
        "an.csv",
        ("first_name", "email"),
        12,
        3,
    )
    assert [e.file_name for e in log.entries(meeting.key)] == ["an.csv"]
    assert "/home/maria" not in str(conn.execute("SELECT * FROM export_log").fetchall())


def test_an_unknown_kind_from_a_newer_version_still_lists(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO export_log (kind, exported_ms, file_name, columns, rows)"
        " VALUES ('vcard', 1, 'x.vcf', '[]', 1)"
    )
    assert ExportLog(conn).entries()[0].kind_label == "vcard"


def test_people_by_phone_however_it_is_written(conn: sqlite3.Connection) -> None:
    people = PeopleStore(conn)
    ana = people.add(Person("Ana", phone="(312) 555-0100"))
    people.add(Person("Ben", phone="312 555 0101"))
    assert [p.id for p in people.with_phone("+1 312.555.0100")] == [ana.key]
    assert people.with_phone("") == []
    assert people.with_phone("nothing") == []
