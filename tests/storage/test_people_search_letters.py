"""People search and the directory's name lookups find names typed without their special
letters (QA round 8, #6): "lukasz" finds Łukasz, "soren" Søren, "thora" Þóra, "duc" Đức —
in a new directory and in one from before (m022 folds every record again, m025 indexes the
words so spelled); and "o'b" is the start of O'Brien, not every word that starts with an o
and a b."""

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.core.signin import FormSettings, Match, check_submission
from meetingkit.storage import open_db, schema
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.signin import SignInStore

PEOPLE = (
    Person("Łukasz", "Wiśniewski", workplace="Szpital Łódź"),
    Person("Søren", "Søndergaard", phone="(312) 555-0101"),
    Person("Þóra", "Þórsdóttir"),
    Person("Nguyễn", "Đức"),
    Person("Işık", "Yılmaz"),
    Person("Aoife", "O'Brien"),
    Person("Olga", "Brown"),
    Person("Bilal", "Scott-Hill"),
    Person("Hana", "Scott", profession="Hospice aide"),
    Person("Luis", "Ortega"),
    Person("Bjorn", "Lund"),  # typed in without his ø
)


@pytest.fixture
def people(conn: sqlite3.Connection) -> PeopleStore:
    store = PeopleStore(conn)
    for p in PEOPLE:
        store.add(p)
    return store


def names(store: PeopleStore, text: str) -> list[str]:
    return [p.display_name for p in store.search(text).people]


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("lukasz", "Łukasz Wiśniewski"),
        ("Łukasz", "Łukasz Wiśniewski"),
        ("wisniewski", "Łukasz Wiśniewski"),
        ("soren sonder", "Søren Søndergaard"),
        ("Søren", "Søren Søndergaard"),
        ("thora", "Þóra Þórsdóttir"),
        ("thorsd", "Þóra Þórsdóttir"),
        ("duc", "Nguyễn Đức"),
        ("nguyen d", "Nguyễn Đức"),
        ("isik yil", "Işık Yılmaz"),
        ("Bjørn", "Bjorn Lund"),  # and the other way round
    ],
)
def test_a_name_typed_without_its_letters_is_found(
    people: PeopleStore, typed: str, found: str
) -> None:
    assert names(people, typed) == [found]


def test_a_workplace_is_found_as_written_and_as_typed(people: PeopleStore) -> None:
    assert names(people, "Łódź") == ["Łukasz Wiśniewski"]
    assert names(people, "łodz") == ["Łukasz Wiśniewski"]
    assert names(people, "lodz") == ["Łukasz Wiśniewski"]


def test_an_apostrophe_or_hyphen_joins_the_words_it_is_between(people: PeopleStore) -> None:
    """ "o'b" is the start of O'Brien: not Olga Brown, who has an O… and a B… word. The same
    for a hyphen: "scott-h" is Scott-Hill, not Hana Scott the hospice aide."""
    assert names(people, "o'b") == ["Aoife O'Brien"]
    assert names(people, "O’Bri") == ["Aoife O'Brien"]  # a phone's curly apostrophe
    assert names(people, "o'brien") == ["Aoife O'Brien"]
    assert names(people, "scott-h") == ["Bilal Scott-Hill"]
    assert names(people, "scott h") == ["Bilal Scott-Hill", "Hana Scott"]  # two words: both
    assert names(people, "o b") == ["Aoife O'Brien", "Olga Brown"]


def test_the_list_sorts_a_name_by_the_letter_it_is_typed_as(people: PeopleStore) -> None:
    listed = [p.first_name for p in people.search("").people]
    assert listed.index("Łukasz") == listed.index("Luis") + 1
    assert listed.index("Søren") < listed.index("Þóra")  # s, then th


def test_the_people_dialog_and_sign_in_know_a_name_typed_without_its_letters(
    people: PeopleStore, conn: sqlite3.Connection
) -> None:
    """Typed as "Thora Thorsdottir" in the People dialog, Þóra (no phone, no email) is
    already there; "Soren" signing in with Søren's phone is Søren; "Thora Thorsdottir"
    signing in with no contact is flagged for review against Þóra, not merged."""
    same = people.already_there(Person("Thora", "Thorsdottir"))
    assert same is not None
    assert same.person.first_name == "Þóra"
    meeting = MeetingStore(conn).create(Meeting("Town hall", dt.date(2026, 3, 5), dt.time(18)))
    form = FormSettings(("first_name", "last_name", "phone"))
    signin = SignInStore(conn)

    def sign_in(nonce: str, **answers: str) -> Match:
        signed, _ = signin.record(
            meeting.key,
            check_submission(answers, form),
            nonce,
            source="phone",
            language="en",
            now_ms=0,
        )
        return Match(signed.match)

    assert sign_in("n1", first_name="Soren", phone="312 555 0101") == Match.RETURNING
    assert sign_in("n2", first_name="Thora", last_name="Thorsdottir") == Match.POSSIBLE_DUPLICATE


def test_an_upgraded_directory_finds_them_too(tmp_path: Path) -> None:
    """Records from before m022 were folded without the letters: each is folded again (m022)
    and the search index takes in the words so spelled (m025)."""
    raw = sqlite3.connect(tmp_path / "old.sqlite3", isolation_level=None)
    schema.apply_migrations(raw, stop_before="m022_names_folded_for_search")
    raw.executemany(
        "INSERT INTO people (first_name, last_name, sort_name) VALUES (?, ?, ?)",
        [("Łukasz", "Nowak", "łukasz nowak"), ("Mia", "Ortega", "mia ortega")],
    )
    raw.close()
    conn = open_db(tmp_path / "old.sqlite3")
    store = PeopleStore(conn)
    assert names(store, "lukasz") == ["Łukasz Nowak"]
    assert names(store, "") == ["Łukasz Nowak", "Mia Ortega"]  # an L, before the M
    rows = conn.execute("SELECT sort_name FROM people ORDER BY id").fetchall()
    assert [r[0] for r in rows] == ["lukasz nowak", "mia ortega"]
    # Kept up to date from then on, as before.
    store.update(Person("Łukasz", "Nowak-Wójcik", id=1))
    assert names(store, "wojcik") == ["Łukasz Nowak-Wójcik"]
    assert names(store, "lukasz") == ["Łukasz Nowak-Wójcik"]
