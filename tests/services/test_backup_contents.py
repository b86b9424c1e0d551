"""What restoring a backup would bring: every value the screens read is readable, and the
people it would bring back are counted before anything is replaced."""

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from meetingkit.core.agenda import AgendaItem, ItemKind
from meetingkit.core.person import Person
from meetingkit.services.backup import check_backup, make_backup, restore
from meetingkit.services.demo import write_demo
from meetingkit.storage import open_db
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.copies import BackupLog, first_unreadable
from meetingkit.storage.database import CorruptDatabaseError
from meetingkit.storage.people import PeopleStore

NOW = dt.datetime(2026, 11, 21, 19, 10)
NOTHING_RESTORED = "Nothing was restored: your data is as it was."


@pytest.fixture(scope="module")
def demo_backup(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A backup of the demo (every kind of row the screens read), with an agenda template."""
    folder = tmp_path_factory.mktemp("demo")
    conn = open_db(folder / "meetingkit.sqlite3")
    try:
        write_demo(conn, NOW)
        AgendaStore(conn).save_template("Monthly", [AgendaItem("Welcome", 5, ItemKind.BREAK)])
        return make_backup(conn, folder / "demo-backup.sqlite", None).path
    finally:
        conn.close()


def edited(backup: Path, folder: Path, sql: str) -> Path:
    """A copy of `backup` changed by another program: one UPDATE, on the first row."""
    copy = folder / "edited.sqlite"
    shutil.copyfile(backup, copy)
    db = sqlite3.connect(copy)
    try:
        db.execute(sql)
        db.commit()
    finally:
        db.close()
    return copy


def test_the_demo_backup_is_readable_through_and_through(demo_backup: Path, tmp_path: Path) -> None:
    """No false refusal: every value the app wrote, it can read."""
    db = sqlite3.connect(demo_backup)
    try:
        assert first_unreadable(db) is None
    finally:
        db.close()
    assert check_backup(demo_backup, None, data_dir=tmp_path).people > 0


FIRST = "WHERE rowid = (SELECT min(rowid) FROM {table})"


@pytest.mark.parametrize(
    ("table", "column", "value", "error"),
    [
        ("commitments", "status", "'maybe'", "'maybe' is not a valid FollowUpStatus"),
        ("commitments", "follow_up_due", "'next week'", "Invalid isoformat string"),
        ("commitment_options", "due", "'2026-02-30'", "day is out of range"),
        ("floor_settings", "settings", "'{policy: fifo}'", "JSONDecodeError"),
        ("floor_settings", "settings", "'[]'", "AttributeError"),
        ("floor_settings", "manual_order", "'oops'", "JSONDecodeError"),
        ("floor_settings", "closed_items", "NULL", "TypeError"),
        ("signins", "answers", "'first_name=Ana'", "JSONDecodeError"),
        ("signins", "answers", "'[\"Ana\"]'", "not an object"),
        ("signins", "match", "'maybe'", "is not a valid Match"),
        ("signin_settings", "fields", "'first_name, email'", "JSONDecodeError"),
        ("signin_settings", "consents", "'show_name'", "JSONDecodeError"),
        ("turns", "segments", "'[[1, 2, 3]]'", "ValueError"),
        ("turns", "kind", "'rant'", "is not a valid EntryKind"),
        ("stack_entries", "state", "'floating'", "is not a valid EntryState"),
        ("agenda_items", "kind", "'party'", "is not a valid ItemKind"),
        ("agenda_items", "rotation", "'{\"size\": 3}'", "KeyError"),
        ("agenda_templates", "items", '\'[{"title": "Welcome"}]\'', "KeyError"),
        ("temperature_checks", "counts", "'3 up, 2 down'", "JSONDecodeError"),
        ("decisions", "outcome", "'tabled'", "is not a valid Outcome"),
        ("decisions", "block_names", "'Ana'", "JSONDecodeError"),
        ("meetings", "kind", "'party'", "is not a valid MeetingKind"),
        ("meetings", "start", "'25:00'", "ValueError"),
        ("roster_imports", "mapping", "'phone->phone'", "JSONDecodeError"),
        ("groups", "kind", "'club'", "is not a valid GroupKind"),
    ],
)
def test_a_backup_holding_what_a_screen_cannot_read_is_refused_naming_table_and_row(
    demo_backup: Path,
    tmp_path: Path,
    table: str,
    column: str,
    value: str,
    error: str,
) -> None:
    db = sqlite3.connect(demo_backup)
    try:
        (row,) = db.execute(f"SELECT min(rowid) FROM {table}").fetchone()
    finally:
        db.close()
    bad = edited(
        demo_backup,
        tmp_path,
        f"UPDATE {table} SET {column} = {value} " + FIRST.format(table=table),
    )
    with pytest.raises(CorruptDatabaseError) as refused:
        check_backup(bad, None, data_dir=tmp_path)
    message = str(refused.value)
    assert message.startswith(f"{bad} cannot be restored"), message
    assert f"row {row} of the table “{table}” (its “{column}”" in message, message
    assert error in message, message
    assert message.endswith(NOTHING_RESTORED), message


def test_restoring_a_backup_with_an_unknown_status_changes_nothing(
    demo_backup: Path, tmp_path: Path, conn: sqlite3.Connection, data_dir: Path
) -> None:
    """The QA file: a commitment 'maybe' was restored, then meeting 1 would not open."""
    PeopleStore(conn).add(Person("Ana", "Garcia"))
    bad = edited(demo_backup, tmp_path, "UPDATE commitments SET status = 'maybe'")
    with pytest.raises(CorruptDatabaseError, match="table “commitments”"):
        restore(conn, bad, live_key=None, source_key=None, data_dir=data_dir)
    assert [p.display_name for p in PeopleStore(conn).search("").people] == ["Ana Garcia"]
    assert BackupLog(conn).all() == []  # not even a safety backup was taken


def test_a_backup_from_an_older_version_is_read_as_it_will_be_after_its_migrations(
    conn: sqlite3.Connection, tmp_path: Path, data_dir: Path
) -> None:
    """An older backup is not waved through: it is brought up to date on the private copy
    and read like any other."""
    old = tmp_path / "old.sqlite"
    shutil.copyfile(Path(__file__).parents[1] / "storage" / "fixtures" / "schema_v1.sqlite3", old)
    db = sqlite3.connect(old)
    db.execute(
        "INSERT INTO meetings (title, kind, date, start, planned_minutes)"
        " VALUES ('Vigil', 'party', '2026-11-21', '18:00', 60)"
    )
    db.commit()
    db.close()
    with pytest.raises(CorruptDatabaseError, match="is not a valid MeetingKind"):
        restore(conn, old, live_key=None, source_key=None, data_dir=data_dir)
    assert BackupLog(conn).all() == []


def test_the_check_reads_100000_rows_quickly(conn: sqlite3.Connection) -> None:
    """Few distinct values are read once each: 100,000 commitments cost a GROUP BY."""
    demo = write_demo(conn, NOW)
    meeting, person = demo.meeting_id, PeopleStore(conn).search("").people[0].key
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO commitments (meeting_id, person_id, text, follow_up_due, status, source,"
        " created_ms, updated_ms) VALUES (?, ?, 'x', '2026-11-23T19:00:00', 'open', 'card', 0, 0)",
        [(meeting, person)] * 100_000,
    )
    conn.execute("COMMIT")
    import time

    started = time.perf_counter()
    assert first_unreadable(conn) is None
    assert time.perf_counter() - started < 2  # ~0.05 s here; generous for a loaded machine


# The people a restore brings back


def test_the_people_a_backup_would_bring_back_are_counted(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    store = PeopleStore(conn)
    ana = store.add(Person("Ana", "Garcia", email="ana@example.org"))
    dele = store.add(Person("Dele", "Okonkwo", phone="(312) 555-0101"))
    mei = store.add(Person("Mei", "Chen"))
    backup = make_backup(conn, tmp_path / "before.sqlite", None).path
    assert check_backup(backup, None, conn, data_dir=tmp_path).people_not_current == 0
    store.forget(dele.key)
    store.forget(mei.key)
    # SQLite gives a forgotten person's id to the next one added: the id alone would hide Dele.
    lan = store.add(Person("Lan", "Pham"))
    assert lan.key == dele.key
    store.update(Person("Ana", "García-López", email="ana@example.org", id=ana.key))
    contents = check_backup(backup, None, conn, data_dir=tmp_path)
    assert (contents.people, contents.people_not_current) == (3, 2)  # Dele and Mei
    assert check_backup(backup, None, data_dir=tmp_path).people_not_current is None  # not compared


def test_a_new_data_folder_has_nobody_to_compare_with(
    conn: sqlite3.Connection, tmp_path: Path, data_dir: Path
) -> None:
    PeopleStore(conn).add(Person("Ana", "Garcia"))
    backup = make_backup(conn, tmp_path / "b.sqlite", None).path
    (tmp_path / "new").mkdir()
    empty = open_db(tmp_path / "new" / "meetingkit.sqlite3")
    try:
        assert check_backup(backup, None, empty, data_dir=tmp_path).people_not_current is None
    finally:
        empty.close()
