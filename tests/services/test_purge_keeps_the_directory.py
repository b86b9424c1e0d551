"""Purging a meeting deletes from the directory only the people who came into it at a meeting
(signed in, or typed in while it ran) and have nothing else on record; a member imported
from the union's roster, or a steward typed in by hand with notes, whom the meeting merely
saw, stays — without that meeting (QA round 8, #5). The Privacy page, `meetingkit purge` and
the purges at start-up share the rule (storage.erasure.Leaving), and the confirmation says
beforehand how many go and how many stay."""

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from meetingkit.core.clock import ManualClock
from meetingkit.core.errors import NotFoundError
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.core.roster import guess_mapping
from meetingkit.core.signin import FormSettings, check_submission
from meetingkit.services.floor_session import FloorSession
from meetingkit.services.privacy import leaving_if_purged, purge_meeting, run_due_purges
from meetingkit.services.roster_import import RosterImport
from meetingkit.storage import open_db, schema
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.people_merge import merge_people
from meetingkit.storage.retention import RetentionStore
from meetingkit.storage.signin import SignInStore

START = dt.datetime(2026, 3, 5, 18, 0)
FORM = FormSettings(("first_name", "last_name", "phone"))


def _town_hall(conn: sqlite3.Connection, tmp_path: Path) -> dict[str, int]:
    """A town hall: Mamadou (from the roster, never at a meeting before), Marta (a steward
    typed in on the People page, with notes), Ines (typed in on the stack), Kofi (signed in
    on his phone, new), and Rosa (signed in new, and at the next meeting too)."""
    meetings, people = MeetingStore(conn), PeopleStore(conn)
    town_hall = meetings.create(Meeting("Town hall", START.date(), START.time()))
    later = meetings.create(
        Meeting("Follow-up", START.date() + dt.timedelta(days=14), START.time())
    )
    roster = tmp_path / "members-2025.csv"
    roster.write_text("first_name,last_name,email\nMamadou,Ndiaye,member0@example.net\n")
    importer = RosterImport(conn, ManualClock(START.timestamp() - 86_400 * 60))
    read = importer.read(roster)
    importer.apply(read, guess_mapping(read.headers), str(roster))
    [mamadou] = people.search("mamadou").people
    marta = people.add(Person("Marta", "Quiñones", notes="Shop steward, 4 West.")).key

    clock = ManualClock(START.timestamp())
    floor = FloorSession(meetings.get(town_hall.key), conn, clock)
    floor.mark_present(mamadou.key)
    floor.mark_present(marta)
    ines = people.add(Person("Ines"), at_meeting=town_hall.key).key  # the stack's new name
    floor.mark_present(ines, source="stack")

    signin = SignInStore(conn)

    def sign_in(meeting_id: int, nonce: str, **answers: str) -> int:
        signed, _ = signin.record(
            meeting_id,
            check_submission(answers, FORM),
            nonce,
            source="phone",
            language="en",
            now_ms=int(START.timestamp() * 1000),
        )
        return signed.person_id

    kofi = sign_in(town_hall.key, "n-kofi", first_name="Kofi", phone="312 555 0111")
    rosa = sign_in(town_hall.key, "n-rosa", first_name="Rosa", phone="312 555 0122")
    assert sign_in(later.key, "n-rosa-2", first_name="Rosa", phone="312 555 0122") == rosa
    return {
        "town_hall": town_hall.key,
        "later": later.key,
        "mamadou": mamadou.key,
        "marta": marta,
        "ines": ines,
        "kofi": kofi,
        "rosa": rosa,
    }


def _in_directory(conn: sqlite3.Connection, *ids: int) -> list[int]:
    found = []
    for person_id in ids:
        try:
            PeopleStore(conn).get(person_id)
            found.append(person_id)
        except NotFoundError:
            pass
    return found


def test_a_purge_keeps_the_people_who_were_in_the_directory_before(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    ids = _town_hall(conn, tmp_path)
    going = leaving_if_purged(conn, ids["town_hall"])
    assert going.deleted == sorted([ids["ines"], ids["kofi"]])
    assert going.on_their_own == sorted([ids["mamadou"], ids["marta"]])
    assert going.linked == [ids["rosa"]]
    # The preview changes nothing.
    present = {p.person_id for p in AttendanceStore(conn).present(ids["town_hall"])}
    assert present == {ids[k] for k in ("mamadou", "marta", "ines", "kofi", "rosa")}
    assert RetentionStore(conn).get(ids["town_hall"]).purged_at is None

    result = purge_meeting(conn, ids["town_hall"])
    assert (result.people_deleted, result.people_kept, result.people_on_their_own) == (2, 3, 2)
    everyone = [ids[k] for k in ("mamadou", "marta", "ines", "kofi", "rosa")]
    assert _in_directory(conn, *everyone) == [ids[k] for k in ("mamadou", "marta", "rosa")]
    assert PeopleStore(conn).get(ids["marta"]).notes == "Shop steward, 4 West."
    # Their attendance at the purged meeting went with it.
    assert AttendanceStore(conn).present(ids["town_hall"]) == []

    # Rosa came in at the town hall; once her last meeting is purged too, she goes.
    later = purge_meeting(conn, ids["later"])
    assert (later.people_deleted, later.people_on_their_own) == (1, 0)
    assert _in_directory(conn, ids["rosa"], ids["mamadou"], ids["marta"]) == [
        ids["mamadou"],
        ids["marta"],
    ]


def test_the_purges_at_start_up_follow_the_same_rule(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    ids = _town_hall(conn, tmp_path)
    RetentionStore(conn).set_days(ids["town_hall"], 30)
    [result] = run_due_purges(conn, START.date() + dt.timedelta(days=31))
    assert (result.people_deleted, result.people_on_their_own) == (2, 2)
    assert _in_directory(conn, ids["mamadou"], ids["marta"], ids["ines"], ids["kofi"]) == [
        ids["mamadou"],
        ids["marta"],
    ]


def test_records_from_before_are_told_by_their_sign_in_or_the_day_they_were_made(
    tmp_path: Path,
) -> None:
    """Before m023 nothing said how a record came in. A sign-in that added it says so; a
    record made on or after the day of the first meeting it was at came in at it (typed in
    there, or from its paper sheet the next day) — unless a roster import ran within the
    hour; one made before the meeting was in the directory before, and stays."""
    raw = sqlite3.connect(tmp_path / "old.sqlite3", isolation_level=None)
    raw.execute("PRAGMA foreign_keys = ON")
    schema.apply_migrations(raw, stop_before="m023_who_a_meeting_brought_in")
    raw.execute(
        "INSERT INTO meetings (id, title, date, start, planned_minutes)"
        " VALUES (1, 'Town hall', '2026-03-05', '18:00', 90)"
    )
    day = dt.datetime(2026, 3, 5, 18, 30).astimezone()
    made = {
        1: day,  # Kofi: signed in, new
        2: day,  # Ines: typed in on the stack
        3: day + dt.timedelta(days=1),  # Tove: typed in from the paper sheet the next day
        4: day - dt.timedelta(days=40),  # Mamadou: from the roster, weeks before
        5: day - dt.timedelta(hours=3),  # Lan: from a roster imported that afternoon
    }
    for pid, when in made.items():
        raw.execute(
            "INSERT INTO people (id, first_name, created_at) VALUES (?, ?, ?)",
            [pid, f"P{pid}", when.astimezone(dt.UTC).isoformat(timespec="seconds")],
        )
        raw.execute(
            "INSERT INTO attendance (meeting_id, person_id, arrived_ms, source)"
            " VALUES (1, ?, 0, 'manual')",
            [pid],
        )
    raw.execute(
        "INSERT INTO signins (meeting_id, person_id, nonce, edit_key, submitted_ms, source,"
        " created_person, match) VALUES (1, 1, 'n', 'k', 0, 'phone', 1, 'new')"
    )
    imported = day - dt.timedelta(hours=2, minutes=59)
    raw.execute(
        "INSERT INTO roster_imports (imported_ms, file_name, mapping, added, updated, skipped)"
        " VALUES (?, 'afternoon.csv', '{}', 1, 0, 0)",
        [int(imported.timestamp() * 1000)],
    )
    raw.close()
    conn = open_db(tmp_path / "old.sqlite3")
    came = conn.execute("SELECT id, added_at_meeting FROM people ORDER BY id").fetchall()
    assert [tuple(r) for r in came] == [(1, 1), (2, 1), (3, 1), (4, None), (5, None)]
    result = purge_meeting(conn, 1)
    assert (result.people_deleted, result.people_on_their_own) == (3, 2)
    assert [r[0] for r in conn.execute("SELECT id FROM people ORDER BY id")] == [4, 5]


def test_a_record_merged_with_one_from_the_directory_stays(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    """Kofi signed in new, and turns out to be a member already imported under another
    spelling: merged, his record is the directory's, and the purge keeps it."""
    ids = _town_hall(conn, tmp_path)
    people = PeopleStore(conn)
    member = people.add(Person("Kofi", "Mensah", email="kofi@example.net")).key
    merge_people(conn, drop=member, keep=ids["kofi"])
    result = purge_meeting(conn, ids["town_hall"])
    assert (result.people_deleted, result.people_on_their_own) == (1, 3)
    assert people.get(ids["kofi"]).email == "kofi@example.net"


@pytest.mark.parametrize("meeting_id", [1, 2])
def test_purging_a_meeting_with_nobody_says_nobody(
    conn: sqlite3.Connection, meeting_id: int
) -> None:
    meetings = MeetingStore(conn)
    for title in ("Empty", "Also empty"):
        meetings.create(Meeting(title, START.date(), START.time()))
    going = leaving_if_purged(conn, meeting_id)
    assert (going.deleted, going.on_their_own, going.linked) == ([], [], [])
