"""A phone that signs in again at the same meeting (Back after signing in, then Sign in again).

It made a second sign-in, whose cookie replaced the first's: "Take back my sign-in" then
removed the second and said "Nothing about it is kept", while the first sign-in and the
person it created stayed, out of the phone's reach. The same person signing in again from
the same phone is now the same sign-in, and taking it back leaves nothing of it; another
person on the phone, or the same details from another phone, still make sign-ins of their
own, which nobody else can take back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from meetingkit.services.signin_server import RateLimit
from meetingkit.storage import open_db
from tests.services.test_signin_second_thoughts import _csrf
from tests.services.test_signin_server import Site, _site

DANA = {"first_name": "Dana", "last_name": "Quill", "phone": "312-555-0199"}


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    yield from _site(tmp_path, RateLimit(per_minute=0))


def rows(site: Site) -> list[tuple[str, str]]:
    """(the person's first name, their phone) of each sign-in, in order."""
    conn = open_db(site.db)
    try:
        found = conn.execute(
            "SELECT p.first_name, p.phone FROM signins s JOIN people p ON p.id = s.person_id"
            " ORDER BY s.id"
        ).fetchall()
        return [(r[0], r[1]) for r in found]
    finally:
        conn.close()


def people(site: Site) -> list[str]:
    conn = open_db(site.db)
    try:
        return [r[0] for r in conn.execute("SELECT first_name FROM people ORDER BY id")]
    finally:
        conn.close()


def count(site: Site, table: str) -> int:
    conn = open_db(site.db)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def signs_in(site: Site, **answers: str) -> str:
    """Sign in from a freshly opened form (a new nonce): the confirmation's address."""
    status, headers, _ = site.sign_in(**answers)
    assert status == 303
    return str(headers["location"])


def takes_back(site: Site, done: str) -> str:
    withdraw = done.replace("/done/", "/withdraw/")
    status, _, asked = site.request("GET", withdraw)
    assert status == 200
    status, _, gone = site.post(withdraw, {"csrf": _csrf(asked), "confirm": "yes"})
    assert status == 200
    return gone


def test_signing_in_again_from_the_same_phone_is_the_same_sign_in(site: Site) -> None:
    first = signs_in(site, **DANA)
    again = signs_in(site, **DANA)
    assert again == first  # the same confirmation, still the phone's
    assert rows(site) == [("Dana", "312-555-0199")]
    assert "Thank you, <bdi>Dana</bdi>" in site.request("GET", first)[2]
    gone = takes_back(site, again)
    assert "Nothing about it is kept." in gone
    assert rows(site) == []
    assert people(site) == []  # the person the sign-in created goes with it
    assert count(site, "attendance") == 0


def test_a_typo_fixed_by_signing_in_again_corrects_the_sign_in(site: Site) -> None:
    """Back, fix the number, Sign in again: the first sign-in, corrected, not a second
    person flagged as a possible duplicate of the first."""
    first = signs_in(site, **{**DANA, "phone": "312-555-0919"})
    again = signs_in(site, **DANA)
    assert again == first
    assert rows(site) == [("Dana", "312-555-0199")]
    assert count(site, "duplicate_flags") == 0
    assert [s.id for s in site.events.signed] == [1, 1]  # the app hears of the change


def test_after_the_fifteen_minutes_the_second_sign_in_is_taken_back_with_the_first(
    site: Site,
) -> None:
    """The first can no longer be fixed, so the second is a sign-in of its own; the phone
    keeps both, and taking one back takes back both."""
    first = signs_in(site, **DANA)
    site.clock.advance(20 * 60)
    second = signs_in(site, **DANA)
    assert second != first
    assert len(rows(site)) == 2
    assert "Thank you, <bdi>Dana</bdi>" in site.request("GET", first)[2]  # still the phone's
    takes_back(site, second)
    assert rows(site) == []
    assert people(site) == []
    assert sorted(site.events.withdrawn_ids) == [1, 2]


def test_another_person_on_the_same_phone_is_not_taken_back_with_it(site: Site) -> None:
    """A phone passed round a family: Eli's sign-in is his own, and taking it back leaves
    Dana's, which his page does not open."""
    dana = signs_in(site, **DANA)
    eli = signs_in(site, first_name="Eli", phone="312-555-0199")  # the family's number
    assert eli != dana
    takes_back(site, eli)
    assert rows(site) == [("Dana", "312-555-0199")]
    assert people(site) == ["Dana"]


def test_the_same_answers_from_another_phone_cannot_take_back_the_first(site: Site) -> None:
    """Someone who knows Dana's name and number, on a phone of their own."""
    signs_in(site, **DANA)
    danas_phone = site.owner
    site.owner = ""  # another phone: no cookie of Dana's
    other = signs_in(site, **DANA)
    assert len(rows(site)) == 2
    takes_back(site, other)
    assert rows(site) == [("Dana", "312-555-0199")]
    assert site.owner != danas_phone
