"""The kiosk's "Find me" with a compound first name: "Maria" and her phone find Maria José,
as the phone form does (qa4 §3), and it says no more of her name than was typed."""

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.services.data_dir import database_path
from meetingkit.services.signin_session import SignInSession
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore

NOW = dt.datetime(2026, 11, 21, 18, 50).timestamp()


@pytest.fixture
def session(conn: sqlite3.Connection, data_dir: Path) -> SignInSession:
    meeting = MeetingStore(conn).create(Meeting("Assembly", dt.date(2026, 11, 21), dt.time(19)))
    return SignInSession(meeting, conn, database_path(data_dir), ManualClock(NOW))


@pytest.fixture
def people(conn: sqlite3.Connection) -> dict[str, Person]:
    store = PeopleStore(conn)
    return {
        "maria_jose": store.add(Person("María José", "Alvarez", phone="(312) 555-0100")),
        "juan": store.add(Person("Juan", "Pérez", phone="(312) 555-0111")),
        "ana_maria": store.add(Person("Ana María", "Lima", phone="312 555 0177")),
        "ana_lucia": store.add(Person("Ana Lucía", "Lima", phone="312 555 0177")),  # sisters
        "rosa": store.add(Person("Rosa", "Ortiz", phone="312 555 0188")),
        "rosa_maria": store.add(Person("Rosa María", "Ortiz", phone="312 555 0188")),
    }


@pytest.mark.parametrize(
    ("phone", "typed", "who", "shown"),
    [
        ("3125550100", "Maria", "maria_jose", "María"),
        ("312.555.0100", "maría josé", "maria_jose", "María José"),
        ("3125550111", "Juan Carlos", "juan", "Juan"),
        ("3125550188", "Rosa", "rosa", "Rosa"),  # her whole name, not her mother's first word
        ("3125550188", "rosa maria", "rosa_maria", "Rosa María"),
    ],
)
def test_the_first_words_of_a_first_name_find_the_one_person(
    session: SignInSession,
    people: dict[str, Person],
    phone: str,
    typed: str,
    who: str,
    shown: str,
) -> None:
    match = session.kiosk_lookup(phone, typed)
    assert match is not None
    assert (match.person_id, match.first_name) == (people[who].key, shown)


@pytest.mark.parametrize(
    ("phone", "typed"),
    [
        ("3125550177", "Ana"),  # Ana María or Ana Lucía: never guessed
        ("3125550100", "José"),  # not the first word
        ("3125550100", "Mar"),  # not a whole word
    ],
)
def test_a_part_that_is_not_one_persons_answers_nothing(
    session: SignInSession, people: dict[str, Person], phone: str, typed: str
) -> None:
    assert session.kiosk_lookup(phone, typed) is None


def test_the_match_signs_in_as_maria_jose_not_a_new_person(
    conn: sqlite3.Connection, session: SignInSession, people: dict[str, Person]
) -> None:
    match = session.kiosk_lookup("3125550100", "Maria")
    assert match is not None
    signed = session.kiosk_sign_in_as(match, [])
    assert signed.person_id == people["maria_jose"].key
    assert PeopleStore(conn).count() == len(people)
