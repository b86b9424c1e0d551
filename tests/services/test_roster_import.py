"""Importing a roster into the directory: preview, fill-blanks updates, one transaction, a log."""

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from meetingkit.core.clock import ManualClock
from meetingkit.core.errors import MeetingkitError
from meetingkit.core.person import Person
from meetingkit.core.roster import guess_mapping, override_mapping
from meetingkit.services.roster_import import AlreadyHere, RosterImport
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.roster import RosterStore

NOW = dt.datetime(2026, 11, 1, 10, 0).timestamp()
ACTION_NETWORK_EXPORT = (
    "uuid,first_name,last_name,email,zip_code,can2_phone,can2_sms_status,Employer\n"
    "a1,Rosa,Delgado,delgados@example.org,,,subscribed,St. Mary's\n"
    "a2,Lan,Nguyen,LAN@example.org,60601,(312) 555-0199,subscribed,Mercy\n"
    "a3,Tomás,Delgado,delgados@example.org,60601,312 555 0177,,St. Mary's\n"
    "a4,,,nobody@example.org,,,,\n"
)


@pytest.fixture
def importer(conn: sqlite3.Connection) -> RosterImport:
    return RosterImport(conn, ManualClock(NOW))


def write(tmp_path: Path, text: str, name: str = "roster.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_an_action_network_export_fills_blanks_and_adds_the_rest(
    conn: sqlite3.Connection, importer: RosterImport, tmp_path: Path
) -> None:
    people = PeopleStore(conn)
    rosa = people.add(Person("Rosa", "Delgado", email="delgados@example.org", workplace="Mercy"))
    roster = importer.read(write(tmp_path, ACTION_NETWORK_EXPORT))
    mapping = guess_mapping(roster.headers)
    preview = importer.preview(roster, mapping)
    outcomes = [r.outcome for r in preview.rows]
    assert outcomes[0] == "already here"  # her workplace is never overwritten
    assert outcomes[1] == "new"
    assert outcomes[2].startswith("new — shares a phone, email or full name")
    assert outcomes[3] == "skipped: no name"
    assert people.count() == 1  # a preview writes nothing

    entry = importer.apply(roster, mapping, str(tmp_path / "roster.csv")).entry
    assert (entry.added, entry.updated, entry.skipped) == (2, 0, 1)  # Rosa had it all
    assert entry.file_name == "roster.csv"
    assert entry.mapping["can2_phone"] == "phone"
    assert people.get(rosa.key).workplace == "Mercy"
    lan = people.with_phone("312.555.0199")
    assert [(p.first_name, p.email, p.workplace) for p in lan] == [
        ("Lan", "lan@example.org", "Mercy")
    ]
    assert [i.file_name for i in RosterStore(conn).imports()] == ["roster.csv"]
    assert RosterStore(conn).imports()[0].imported_ms == int(NOW * 1000)


def test_a_member_list_with_mobile_and_cell_fills_an_empty_phone(
    conn: sqlite3.Connection, importer: RosterImport, tmp_path: Path
) -> None:
    """A match by email and first name gets the phone it lacked, so the kiosk can find them."""
    people = PeopleStore(conn)
    ana = people.add(Person("Ana", "García", email="ana@example.org"))
    text = (
        "Full name;E-mail;Cell Phone;Worksite;Unit\n"
        "Ana García;ana@example.org;312-555-0100;St. Mary's;4 West\n"
        "Ben Okafor;;;Mercy;ICU\n"
    )
    roster = importer.read(write(tmp_path, text))
    assert roster.delimiter == ";"
    preview = importer.preview(roster, guess_mapping(roster.headers))
    assert preview.rows[0].outcome == "already here; adds phone, workplace"
    done = importer.apply(roster, guess_mapping(roster.headers), "members.csv")
    assert (done.entry.added, done.entry.updated) == (1, 1)
    again = importer.apply(roster, guess_mapping(roster.headers), "members.csv")
    assert (again.entry.added, again.entry.updated) == (0, 0)  # the log says nothing changed
    assert (again.already_here.filled, again.already_here.unchanged) == (0, 1)
    assert again.entry.skipped == 1  # Ben, known by name only: not added twice
    updated = people.get(ana.key)
    assert (updated.phone, updated.workplace) == ("312-555-0100", "St. Mary's, 4 West")
    assert people.search("okafor").people[0].workplace == "Mercy, ICU"


def test_a_mapping_override_changes_what_is_imported(
    conn: sqlite3.Connection, importer: RosterImport, tmp_path: Path
) -> None:
    roster = importer.read(write(tmp_path, "Name,Title,Home\nAna,RN,3125550100\n"))
    mapping = override_mapping(
        roster.headers, guess_mapping(roster.headers), {"Title": "profession", "Home": "phone"}
    )
    importer.apply(roster, mapping, "x.csv")
    [ana] = PeopleStore(conn).with_phone("3125550100")
    assert ana.profession == "Registered nurse (RN)"  # "RN" in the file: counted with the others


def test_an_import_is_all_or_nothing(
    conn: sqlite3.Connection,
    importer: RosterImport,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    roster = importer.read(write(tmp_path, "Name\nAna\nBen\nCy\n"))
    calls = []
    original = PeopleStore.add

    def failing_add(self: PeopleStore, person: Person) -> Person:
        calls.append(person)
        if len(calls) == 3:
            raise sqlite3.OperationalError("database or disk is full")
        return original(self, person)

    monkeypatch.setattr(PeopleStore, "add", failing_add)
    with pytest.raises(sqlite3.OperationalError):
        importer.apply(roster, guess_mapping(roster.headers), "x.csv")
    assert PeopleStore(conn).count() == 0
    assert RosterStore(conn).imports() == []


def test_unreadable_files_get_a_message(importer: RosterImport, tmp_path: Path) -> None:
    with pytest.raises(MeetingkitError, match="There is no file"):
        importer.read(tmp_path / "missing.csv")
    with pytest.raises(MeetingkitError, match="is a folder"):
        importer.read(tmp_path)
    workbook = tmp_path / "members.xlsx"
    workbook.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    with pytest.raises(MeetingkitError, match=r"members\.xlsx is an Excel workbook"):
        importer.read(workbook)
    big = tmp_path / "big.csv"
    with big.open("wb") as f:
        f.truncate(20 * 1024 * 1024 + 1)  # sparse: refused by its size before it is read
    with pytest.raises(MeetingkitError, match="larger than 20 MB"):
        importer.read(big)


def test_a_windows_1252_file_is_read_with_a_note(importer: RosterImport, tmp_path: Path) -> None:
    roster = importer.read(write(tmp_path, "Name\nJosé Peña\n", encoding="cp1252"))
    assert roster.rows == (("José Peña",),)
    assert "Windows-1252" in roster.note


def test_a_file_that_never_ends_is_refused_after_the_most_a_roster_may_hold() -> None:
    """`import roster /dev/zero` says size 0 and then never ends: it took 4.9 GB in 6 s."""
    with pytest.raises(MeetingkitError, match="larger than"):
        RosterImport.read(Path("/dev/zero"))


def test_importing_a_list_again_adds_nobody_and_fills_nothing(
    conn: sqlite3.Connection, importer: RosterImport, tmp_path: Path
) -> None:
    """People without phone or email were added again each time ("Just One Name" three
    times: three people); an identical list said it filled in people it had not."""
    text = (
        "First name,Last name,Email,Mobile\n"
        "Just,One Name,,\n"
        "Ana,García,ana@example.org,312-555-0100\n"
    )
    path = write(tmp_path, text)
    roster = importer.read(path)
    mapping = guess_mapping(roster.headers)
    first = importer.apply(roster, mapping, path.name)
    assert (first.entry.added, first.already_here) == (2, AlreadyHere(0, 0))
    for _ in range(2):
        preview = importer.preview(roster, mapping)
        assert preview.already_here == AlreadyHere(filled=0, unchanged=1)
        assert preview.rows[0].outcome.startswith("skipped: already here under the same name")
        assert preview.rows[1].outcome == "already here"
        again = importer.apply(roster, mapping, path.name)
        assert (again.entry.added, again.entry.skipped) == (0, 1)
        assert again.already_here == AlreadyHere(filled=0, unchanged=1)
        assert again.plan.known_by_name == 1
    assert PeopleStore(conn).count() == 2


def test_people_already_here_are_counted_as_filled_in_only_when_something_is(
    conn: sqlite3.Connection, importer: RosterImport, tmp_path: Path
) -> None:
    people = PeopleStore(conn)
    people.add(Person("Ana", "García", email="ana@example.org"))
    people.add(Person("Ben", "Okafor", email="ben@example.org", workplace="Mercy"))
    text = (
        "Name,Email,Worksite\n"
        "Ana García,ana@example.org,\n"
        "Ana García,ana@example.org,St. Mary's\n"  # a second row for Ana fills her workplace
        "Ben Okafor,ben@example.org,St. Mary's\n"  # Ben's is never overwritten
    )
    roster = importer.read(write(tmp_path, text))
    here = importer.preview(roster, guess_mapping(roster.headers)).already_here
    assert here == AlreadyHere(filled=1, unchanged=1)
