"""The kiosk's phone lookup: one exact person or nothing, and signing them in as themselves."""

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.core.signin import FormError
from meetingkit.services.data_dir import database_path
from meetingkit.services.signin_session import SignInSession
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.signin import SignInStore

NOW = dt.datetime(2026, 11, 21, 18, 50).timestamp()


@pytest.fixture
def session(conn: sqlite3.Connection, data_dir: Path) -> SignInSession:
    meeting = MeetingStore(conn).create(Meeting("Assembly", dt.date(2026, 11, 21), dt.time(19)))
    return SignInSession(meeting, conn, database_path(data_dir), ManualClock(NOW))


@pytest.fixture
def people(conn: sqlite3.Connection) -> dict[str, Person]:
    store = PeopleStore(conn)
    return {
        "maria": store.add(Person("María", "Gómez", phone="(312) 555-0100", workplace="Mercy")),
        "rosa": store.add(Person("Rosa", "Delgado", phone="312 555 0177")),
        "tom": store.add(Person("Tom", "Delgado", phone="312 555 0177")),  # a family phone
        "lan1": store.add(Person("Lan", "Nguyen", phone="312 555 0199")),
        "lan2": store.add(Person("Lan", "Tran", phone="312 555 0199")),  # same phone and name
    }


def test_phone_and_first_name_find_exactly_one_person(
    session: SignInSession, people: dict[str, Person]
) -> None:
    """However the number is written, and without accents or capitals in the name."""
    match = session.kiosk_lookup("312.555.0100", "maria")
    assert match is not None
    assert (match.person_id, match.first_name) == (people["maria"].key, "María")
    shared = session.kiosk_lookup("+1 312 555 0177", "Tom")
    assert shared is not None
    assert shared.person_id == people["tom"].key


@pytest.mark.parametrize(
    ("phone", "name"),
    [
        ("312 555 0100", "Rosa"),  # a known number under another name
        ("312 555 0123", "María"),  # an unknown number
        ("312 555 0199", "Lan"),  # two people share the number and the name
        ("312 555 0177", "Delgado"),  # a last name is not a first name
    ],
)
def test_anything_but_one_exact_match_answers_nothing(
    session: SignInSession, people: dict[str, Person], phone: str, name: str
) -> None:
    """Every miss looks the same, so the kiosk cannot tell anyone who is on the list."""
    assert session.kiosk_lookup(phone, name) is None


def test_a_lookup_checks_what_was_typed(session: SignInSession) -> None:
    with pytest.raises(FormError) as caught:
        session.kiosk_lookup("12", "")
    assert set(caught.value.errors) == {"phone", "first_name"}


def test_a_kiosk_in_spanish_says_what_to_fix_in_spanish(session: SignInSession) -> None:
    """The same words as the phone form's, in the kiosk's language."""
    with pytest.raises(FormError) as caught:
        session.kiosk_lookup("12", "", language="es")
    assert caught.value.errors == {
        "phone": "Este número no parece válido.",
        "first_name": "Escribe tu nombre.",
    }


def test_the_match_signs_in_as_that_person_from_the_kiosk(
    conn: sqlite3.Connection, session: SignInSession, people: dict[str, Person]
) -> None:
    match = session.kiosk_lookup("3125550100", "María")
    assert match is not None
    signed = session.kiosk_sign_in_as(match, ["contact_text", "not_a_consent"])
    assert (signed.person_id, signed.source) == (people["maria"].key, "kiosk")
    assert [p.person_id for p in session.present()] == [people["maria"].key]
    consents = conn.execute("SELECT person_id, key FROM consents").fetchall()
    assert [tuple(c) for c in consents] == [(people["maria"].key, "contact_text")]
    assert PeopleStore(conn).count() == 5  # nobody new
    assert PeopleStore(conn).get(people["maria"].key).workplace == "Mercy"
    assert SignInStore(conn).flags(session.meeting.key) == []
