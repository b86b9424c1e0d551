"""People search finds a phone number typed as digits, as a call log or a text shows it
(qa4 §8); and the store finds whom a new person would repeat (§9)."""

import sqlite3
from pathlib import Path

import pytest

from meetingkit.core.already_there import Shared
from meetingkit.core.person import Person
from meetingkit.storage import open_db, schema
from meetingkit.storage.people import PeopleStore


@pytest.fixture
def people(conn: sqlite3.Connection) -> PeopleStore:
    store = PeopleStore(conn)
    for p in (
        Person("Rosa", "Delgado", "rosa.delgado@example.org", "(312) 555-0104"),
        Person("Tom", "Delgado", phone="312 555 0104"),
        Person("Lucía", "Navarro", phone="312-555-0178"),
        Person("Ngozi", "Eze", phone="+44 20 7946 0958"),
        Person("Mario", "Rossi", email="mario.2026@example.org"),
        Person("Wren"),
    ):
        store.add(p)
    return store


def names(store: PeopleStore, text: str) -> list[str]:
    return [p.display_name for p in store.search(text).people]


@pytest.mark.parametrize(
    "typed",
    ["3125550104", "13125550104", "5550104", "+1 312 555 0104", "+1-312-555-0104", "0104"],
)
def test_a_number_typed_as_digits_finds_its_people(people: PeopleStore, typed: str) -> None:
    assert names(people, typed) == ["Rosa Delgado", "Tom Delgado"]
    assert people.search(typed).total == 2


def test_digits_find_any_number_by_its_start_or_end(people: PeopleStore) -> None:
    assert names(people, "3125550178") == ["Lucía Navarro"]
    assert names(people, "312555") == ["Lucía Navarro", "Rosa Delgado", "Tom Delgado"]
    assert names(people, "442079460958") == ["Ngozi Eze"]  # abroad, with its country code
    assert names(people, "02079460958") == []  # a trunk 0 is not part of the stored number
    assert names(people, "79460958") == ["Ngozi Eze"]
    assert names(people, "4401") == []


def test_words_beside_the_digits_narrow_as_they_do_elsewhere(people: PeopleStore) -> None:
    assert names(people, "tom 3125550104") == ["Tom Delgado"]
    assert names(people, "lucia 312-555-0178") == ["Lucía Navarro"]  # as before: by the words


def test_short_or_wordy_searches_are_matched_as_before(people: PeopleStore) -> None:
    assert names(people, "555") == ["Lucía Navarro", "Rosa Delgado", "Tom Delgado"]
    assert names(people, "2026") == ["Mario Rossi"]  # digits in an email, as before
    assert names(people, "wren 0104") == []


def test_an_edited_number_is_found_by_its_new_digits(people: PeopleStore) -> None:
    wren = people.search("wren").people[0]
    people.update(Person("Wren", phone="(773) 555-0161", id=wren.id))
    assert names(people, "7735550161") == ["Wren"]
    assert names(people, "5550161") == ["Wren"]
    people.update(Person("Wren", id=wren.id))
    assert names(people, "5550161") == []


def test_the_migration_fills_in_the_digits_of_people_already_there(tmp_path: Path) -> None:
    raw = sqlite3.connect(tmp_path / "old.sqlite3", isolation_level=None)
    schema.apply_migrations(raw, stop_before="m018_phone_reversed")
    raw.execute(
        "INSERT INTO people (first_name, sort_name, phone, phone_key)"
        " VALUES ('Rosa', 'rosa', '(312) 555-0104', '13125550104'), ('Wren', 'wren', '', '')"
    )
    raw.close()
    conn = open_db(tmp_path / "old.sqlite3")
    assert names(PeopleStore(conn), "5550104") == ["Rosa"]
    rows = conn.execute("SELECT first_name, phone_reversed FROM people ORDER BY id").fetchall()
    assert [tuple(r) for r in rows] == [("Rosa", "40105552131"), ("Wren", "")]


def test_a_digits_search_uses_the_indexes_not_a_scan(people: PeopleStore) -> None:
    conn = people._conn
    plan = " / ".join(
        str(r[3])
        for r in conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM people WHERE phone_reversed GLOB '4010*'"
            " AND phone_reversed != ''"
        )
    )
    assert "people_by_phone_reversed" in plan


def test_whom_a_new_person_would_repeat(people: PeopleStore) -> None:
    same = people.already_there(Person("Rosa", "Delgado", phone="3125550104"))
    assert same is not None
    assert (same.person.display_name, same.shared) == ("Rosa Delgado", Shared.PHONE)
    by_email = people.already_there(Person("rosa", email="Rosa.Delgado@example.org"))
    assert by_email is not None
    assert by_email.shared == Shared.EMAIL
    assert people.already_there(Person("Ana", "Delgado", phone="3125550104")) is None
    assert people.already_there(same.person) is None  # herself, edited
    wren = people.already_there(Person("Wren"))
    assert wren is not None
    assert wren.shared == Shared.NAME
