import sqlite3
from pathlib import Path

import pytest

from meetingkit.core.errors import NotFoundError, ValidationError
from meetingkit.core.meeting import Role
from meetingkit.core.person import Person
from meetingkit.services.data_dir import database_path
from meetingkit.storage import open_db
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from tests.storage.test_meetings import plan


@pytest.fixture
def people(conn: sqlite3.Connection) -> PeopleStore:
    store = PeopleStore(conn)
    for p in (
        Person(
            "María José",
            "Álvarez",
            profession="Registered nurse (RN)",
            workplace="St. Brigid Medical Center",
            phone="(312) 555-0100",
        ),
        Person("Mario", "Rossi", profession="Pharmacist", email="mario@example.org"),
        Person("Dele", "Okonkwo", profession="Registered nurse (RN)", workplace="Riverside"),
        Person("Wren"),
    ):
        store.add(p)
    return store


def names(store: PeopleStore, text: str) -> list[str]:
    return [p.display_name for p in store.search(text).people]


def test_an_empty_search_lists_everyone_by_name(people: PeopleStore) -> None:
    assert names(people, "") == ["Dele Okonkwo", "María José Álvarez", "Mario Rossi", "Wren"]


def test_search_matches_word_prefixes_as_you_type(people: PeopleStore) -> None:
    assert names(people, "mar") == ["María José Álvarez", "Mario Rossi"]
    assert names(people, "mari") == ["María José Álvarez", "Mario Rossi"]
    assert names(people, "mario") == ["Mario Rossi"]


def test_search_ignores_case_and_accents(people: PeopleStore) -> None:
    assert names(people, "ALVAREZ") == ["María José Álvarez"]
    assert names(people, "jose") == ["María José Álvarez"]


def test_every_word_must_match_somewhere(people: PeopleStore) -> None:
    assert names(people, "rn riverside") == ["Dele Okonkwo"]
    assert names(people, "rn brigid") == ["María José Álvarez"]


def test_search_covers_profession_workplace_phone_and_email(people: PeopleStore) -> None:
    assert names(people, "pharm") == ["Mario Rossi"]
    assert names(people, "st. brigid") == ["María José Álvarez"]
    assert names(people, "555-0100") == ["María José Álvarez"]
    assert names(people, "mario@example") == ["Mario Rossi"]


@pytest.mark.parametrize("text", ['"', "*", "NEAR(", "a OR b", "'; DROP TABLE people; --", "^"])
def test_search_syntax_in_the_box_is_just_text(people: PeopleStore, text: str) -> None:
    """Typed quotes, stars and FTS keywords never raise; they are searched as words."""
    people.search(text)
    assert people.count() == 4


def test_search_reports_the_total_beyond_the_limit(conn: sqlite3.Connection) -> None:
    store = PeopleStore(conn)
    for i in range(30):
        store.add(Person(f"Sam{i}", profession="Student"))
    result = store.search("student", limit=10)
    assert (len(result.people), result.total) == (10, 30)
    assert store.search("", limit=10).total == 30


def test_many_people_added_at_once_are_stored_as_one_at_a_time_would_be(
    conn: sqlite3.Connection,
) -> None:
    """add_many (the 100,000 of bench/people_search.py) fills every column add fills: found
    by name, sorted by name, found by phone in another format; a bad person stops it."""
    store = PeopleStore(conn)
    added = store.add_many(
        [Person("Zoe", "Adams", phone="312.555.0199"), Person("Ana", "Lima", email="a@x.org")]
    )
    assert added == 2
    assert names(store, "") == ["Ana Lima", "Zoe Adams"]  # by name, not as added
    assert [p.display_name for p in store.with_phone("(312) 555-0199")] == ["Zoe Adams"]
    with pytest.raises(ValidationError):
        store.add_many([Person("Ok"), Person("  ")])


def test_edits_are_saved_and_searchable(people: PeopleStore) -> None:
    wren = people.search("wren").people[0]
    people.update(Person("Wren", "Ellis", profession="Respiratory therapist", id=wren.id))
    assert names(people, "respiratory") == ["Wren Ellis"]
    assert names(people, "ellis") == ["Wren Ellis"]


def test_forgetting_leaves_no_trace_in_the_database_files(data_dir: Path) -> None:
    """After "forget", the name is in neither the database file nor its write-ahead log."""
    path = database_path(data_dir)
    conn = open_db(path)
    people, meetings = PeopleStore(conn), MeetingStore(conn)
    meeting = meetings.create(plan())
    for i in range(200):  # enough rows that the search index spans several segments
        people.add(Person(f"Person{i}", workplace="Riverside"))
    target = people.add(
        Person(
            "Zenobia",
            "Quartermaine",
            email="zq.secret@example.org",
            phone="(312) 555-0199",
            notes="Night shift, 5 West",
            workplace="Riverside",
        )
    )
    meetings.assign(meeting.key, Role.GREETER, target.key)
    people.update(
        Person(
            "Zenobia",
            "Quartermaine",
            email="zq.secret@example.org",
            phone="(312) 555-0199",
            notes="Moved to days",
            id=target.id,
        )
    )

    people.forget(target.key)

    assert names(people, "zenobia") == []
    assert meetings.roles(meeting.key) == []
    with pytest.raises(NotFoundError):
        people.get(target.key)
    conn.close()
    blobs = b"".join(p.read_bytes() for p in data_dir.iterdir() if p.is_file())
    for trace in (
        b"Zenobia",
        b"zenobia",
        b"Quartermaine",
        b"quartermaine",
        b"zq.secret",
        b"555-0199",
        b"Night shift, 5 West",
    ):
        assert trace not in blobs, trace


def test_forgetting_someone_already_gone_says_so(people: PeopleStore) -> None:
    with pytest.raises(NotFoundError):
        people.forget(9999)


def test_a_broad_search_reads_in_name_order_without_sorting_every_match(
    conn: sqlite3.Connection,
) -> None:
    """With many matches, the plan walks the name index and stops at the limit (no sort)."""
    store = PeopleStore(conn)
    conn.executemany(
        "INSERT INTO people (first_name, sort_name) VALUES (?, ?)",
        [(f"Carmen{i:04d}", f"carmen{i:04d}") for i in range(300)],
    )
    result = store.search("c", limit=20)
    assert result.total == 300
    assert [p.first_name for p in result.people] == [f"Carmen{i:04d}" for i in range(20)]
    plan = " ".join(
        str(row[3])
        for row in conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM people WHERE +id IN (SELECT rowid FROM people_fts"
            " WHERE people_fts MATCH 'c*') ORDER BY sort_name, id LIMIT 20"
        )
    )
    assert "INDEX idx_people_sort_name" in plan
    assert "TEMP B-TREE" not in plan
    few = store.search("carmen0007", limit=20)  # few matches: the rowid plan, same answer
    assert [p.first_name for p in few.people] == ["Carmen0007"]
