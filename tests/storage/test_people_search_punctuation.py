"""People search, sign-in and the roster import find a name typed without the apostrophes,
hyphens and spaces inside it, or with them when it was saved without (QA: "obrien" did not
find O'Brien, "scotthill" Scott-Hill, "dangelo" D'Angelo, "oconnor" O’Connor): in a new
directory and in one from before (m026). Ordinary searches find what they found, in the same
order: "ann" is Ann and Mary-Ann, not Maryann or Joanna."""

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person, phone_key
from meetingkit.core.roster import Action, guess_mapping
from meetingkit.core.signin import FormSettings, Match, check_submission
from meetingkit.services.roster_import import RosterImport
from meetingkit.storage import open_db, schema
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore, _match
from meetingkit.storage.signin import SignInStore

PEOPLE = (
    Person("Aoife", "O'Brien", phone="(312) 555-0101"),
    Person("Sean", "Obrien"),  # typed in without his apostrophe
    Person("Olga", "Brown"),
    Person("Bilal", "Scott-Hill"),
    Person("Hana", "Scott", profession="Hospice aide"),
    Person("Mary-Ann", "Lee", phone="312 555 0102"),
    Person("Maryann", "Jones"),
    Person("Mary Ann", "King"),
    Person("Ann", "Smith"),
    Person("Joanna", "Park"),
    Person("Tony", "D'Angelo"),
    Person("Liam", "O’Connor"),  # a phone's curly apostrophe
    Person("Rosa", "De la Cruz"),
)


@pytest.fixture
def people(conn: sqlite3.Connection) -> PeopleStore:
    store = PeopleStore(conn)
    for p in PEOPLE:
        store.add(p)
    return store


def names(store: PeopleStore, text: str) -> list[str]:
    return [p.display_name for p in store.search(text).people]


O_BRIENS = ["Aoife O'Brien", "Sean Obrien"]
MARY_ANNS = ["Mary Ann King", "Mary-Ann Lee", "Maryann Jones"]


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("obrien", O_BRIENS),
        ("o'brien", O_BRIENS),
        ("O’Brien", O_BRIENS),
        ("o brien", O_BRIENS),
        ("aoife obri", ["Aoife O'Brien"]),
        ("scotthill", ["Bilal Scott-Hill"]),
        ("scott-hill", ["Bilal Scott-Hill"]),
        ("maryann", MARY_ANNS),
        ("mary ann", MARY_ANNS),
        ("mary-ann", MARY_ANNS),
        ("maryann lee", ["Mary-Ann Lee"]),
        ("dangelo", ["Tony D'Angelo"]),
        ("d'angelo", ["Tony D'Angelo"]),
        ("oconnor", ["Liam O’Connor"]),
        ("o'connor", ["Liam O’Connor"]),
        ("delacruz", ["Rosa De la Cruz"]),
        ("lacruz", ["Rosa De la Cruz"]),
        ("de la cruz", ["Rosa De la Cruz"]),
    ],
)
def test_a_name_is_found_with_or_without_its_punctuation(
    people: PeopleStore, typed: str, found: list[str]
) -> None:
    assert names(people, typed) == found


def test_ordinary_searches_find_what_they_found_in_name_order(people: PeopleStore) -> None:
    """A word still matches the start of a word: Mary-Ann's "Ann", never the "ann" inside
    Maryann or Joanna; the list is in name order, as always."""
    assert names(people, "ann") == ["Ann Smith", "Mary Ann King", "Mary-Ann Lee"]
    assert names(people, "o'b") == O_BRIENS
    assert names(people, "ob") == O_BRIENS  # not Olga Brown
    assert names(people, "scott h") == ["Bilal Scott-Hill", "Hana Scott"]
    assert names(people, "bri") == ["Aoife O'Brien"]
    assert names(people, "hill") == ["Bilal Scott-Hill"]
    assert names(people, "mar") == MARY_ANNS


def test_a_short_word_is_looked_up_once_however_it_may_run_with_others() -> None:
    """Each word typed is one term of the query, its ways to run with its neighbours among
    its alternatives: "mary a" is not two searches with "a" in both. Numbers typed apart
    and words of one letter are not run together."""
    assert _match("mary a") == '("mary"* OR "marya"*) AND ("a"* OR "marya"*)'
    assert _match("+1 312 555 0104") == '"1"* AND "312"* AND "555"* AND "0104"*'
    assert _match("m a r i") == '"m"* AND "a"* AND "r"* AND "i"*'
    assert _match("o'brien") == '("o brien"* OR "obrien"*)'


def test_sign_in_and_the_people_dialog_know_a_name_typed_without_punctuation(
    people: PeopleStore, conn: sqlite3.Connection
) -> None:
    """ "Maryann" with Mary-Ann's phone is Mary-Ann; "Sean O'Brien" signing in with no
    contact is flagged for review against Sean Obrien, who the People dialog says is
    already there."""
    same = people.already_there(Person("Sean", "O’Brien"))
    assert same is not None
    assert same.person.display_name == "Sean Obrien"
    meeting = MeetingStore(conn).create(Meeting("Town hall", dt.date(2026, 3, 5), dt.time(18)))
    form = FormSettings(("first_name", "last_name", "phone"))
    signin = SignInStore(conn)

    def sign_in(nonce: str, **answers: str) -> tuple[Match, str]:
        signed, _ = signin.record(
            meeting.key,
            check_submission(answers, form),
            nonce,
            source="phone",
            language="en",
            now_ms=0,
        )
        return Match(signed.match), people.get(signed.person_id).display_name

    assert sign_in("n1", first_name="Maryann", phone="3125550102") == (
        Match.RETURNING,
        "Mary-Ann Lee",
    )
    matched, _ = sign_in("n2", first_name="Sean", last_name="O'Brien")
    assert matched == Match.POSSIBLE_DUPLICATE
    [flag] = signin.flags(meeting.key)
    assert flag.existing.display_name == "Sean Obrien"


def test_a_roster_knows_a_name_typed_without_punctuation(
    people: PeopleStore, conn: sqlite3.Connection, tmp_path: Path
) -> None:
    """Sean O'Brien with no phone or email is Sean Obrien already here (skipped, as the
    same name is); "Maryann Lee" with Mary-Ann's phone fills in Mary-Ann's blanks."""
    path = tmp_path / "roster.csv"
    path.write_text(
        "First name,Last name,Phone,Workplace\nSean,O'Brien,,\nMaryann,Lee,312-555-0102,Mercy\n",
        encoding="utf-8",
    )
    importer = RosterImport(conn, ManualClock(0))
    roster = importer.read(path)
    plan = importer.plan(roster, guess_mapping(roster.headers))
    assert [row.action for row in plan.rows] == [Action.SKIP, Action.UPDATE]
    importer.apply(roster, guess_mapping(roster.headers), "roster.csv")
    assert names(people, "mary-ann lee") == ["Mary-Ann Lee"]
    [mary_ann] = people.with_phone("3125550102")
    assert mary_ann.workplace == "Mercy"
    assert people.count() == len(PEOPLE)


def test_an_upgraded_directory_finds_them_too(tmp_path: Path) -> None:
    """Records from before m026 get their name keys and their names run together in the
    search index; records saved after, as they are saved."""
    raw = sqlite3.connect(tmp_path / "old.sqlite3", isolation_level=None)
    schema.apply_migrations(raw, stop_before="m026_names_without_their_punctuation")
    raw.executemany(
        "INSERT INTO people (first_name, last_name, phone, phone_key, sort_name)"
        " VALUES (?, ?, ?, ?, ?)",
        [(p.first_name, p.last_name, p.phone, phone_key(p.phone), p.sort_name) for p in PEOPLE[:3]],
    )
    raw.close()
    conn = open_db(tmp_path / "old.sqlite3")
    store = PeopleStore(conn)
    assert names(store, "obrien") == O_BRIENS
    assert names(store, "o'brien") == O_BRIENS
    assert names(store, "") == ["Aoife O'Brien", "Olga Brown", "Sean Obrien"]
    keys = [r[0] for r in conn.execute("SELECT name_key FROM people ORDER BY id")]
    assert keys == ["aoifeobrien", "seanobrien", "olgabrown"]
    assert conn.execute("INSERT INTO people_fts (people_fts) VALUES ('integrity-check')")
    same = store.already_there(Person("Sean", "O'Brien"))
    assert same is not None
    assert same.person.display_name == "Sean Obrien"
    # Kept up to date from then on.
    store.update(Person("Olga", "Brown-Scott", id=3))
    assert names(store, "brownscott") == ["Olga Brown-Scott"]
    store.add(Person("Mary-Ann", "Lee"))
    assert names(store, "maryann") == ["Mary-Ann Lee"]
