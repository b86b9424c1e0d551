"""Sign-in closes for good with its meeting's purge or deletion, whichever process does it: a
running `meetingkit serve` took sign-ins into a purged meeting (which no automatic purge
visits again), and, the meeting deleted, recorded a phone with the old link at the new
meeting given its id."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from meetingkit.core.meeting import Meeting
from meetingkit.services import signin_server
from meetingkit.services.privacy import purge_meeting
from meetingkit.services.signin_server import RateLimit
from meetingkit.storage import open_db
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.signin import SignInState, SignInStore
from tests.services.test_signin_second_thoughts import _csrf
from tests.services.test_signin_server import Site, _site


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    yield from _site(tmp_path, RateLimit(per_minute=0))


def elsewhere(site: Site) -> sqlite3.Connection:
    """A connection of another process's kind: the app, or `meetingkit purge`."""
    return open_db(site.db)


def purge(site: Site) -> None:
    conn = elsewhere(site)
    try:
        purge_meeting(conn, 1)
    finally:
        conn.close()


def names(site: Site) -> list[str]:
    conn = elsewhere(site)
    try:
        return [r[0] for r in conn.execute("SELECT first_name FROM people ORDER BY id")]
    finally:
        conn.close()


def assert_closed(answer: tuple[int, dict[str, str], str]) -> None:
    status, _, page = answer
    assert status == 404
    assert "<h1>Sign-in is not open</h1>" in page
    assert "Safe Staffing" not in page  # nor which meeting it was


def test_a_purged_meeting_takes_no_more_sign_ins(site: Site) -> None:
    """`meetingkit purge` while `serve` ran: "Purgetest" was signed in to the purged
    meeting ("You are signed in")."""
    csrf, nonce = site.form()  # a phone had the form open
    purge(site)
    assert_closed(site.request("GET", f"/s/{site.token}"))
    sent = {"csrf": csrf, "nonce": nonce, "first_name": "Purgetest", "phone": "312 555 0144"}
    assert_closed(site.post(f"/s/{site.token}", sent))
    assert site.rows() == []
    assert names(site) == []
    assert site.events.signed == []
    spanish = site.request("GET", f"/s/{site.token}?lang=es")[2]
    assert "<h1>El registro no está abierto</h1>" in spanish


def test_a_sign_in_on_its_way_when_the_meeting_is_purged_does_not_land(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The purge commits between the request's check and its write: the write checks again,
    in its own transaction."""
    checked = signin_server.check_submission

    def purged_meanwhile(*args: object, **kwargs: object) -> object:
        purge(site)
        return checked(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(signin_server, "check_submission", purged_meanwhile)
    assert_closed(site.sign_in(first_name="Purgetest", phone="312 555 0144"))
    assert site.rows() == []
    assert names(site) == []


def test_one_signed_in_before_the_purge_can_change_nothing_after_it(site: Site) -> None:
    _, headers, _ = site.sign_in(first_name="Ana", phone="312 555 0100")
    key = headers["location"].split("/done/")[1].split("?")[0]
    _, _, edit = site.request("GET", f"/s/{site.token}/edit/{key}")
    purge(site)
    for path in (headers["location"], f"/s/{site.token}/edit/{key}"):
        assert_closed(site.request("GET", path))
    fixed = {"csrf": _csrf(edit), "nonce": "x" * 20, "first_name": "Ana", "last_name": "Lima"}
    assert_closed(site.post(f"/s/{site.token}/edit/{key}", fixed))
    assert names(site) == []


def test_a_deleted_meetings_link_signs_nobody_in_at_the_meeting_given_its_id(
    site: Site,
) -> None:
    """Meeting ids were reused: the old QR code signed a phone in to "Break room chat"."""
    csrf, nonce = site.form()
    conn = elsewhere(site)
    try:
        MeetingStore(conn).delete(1)
        new = MeetingStore(conn).create(
            Meeting("Break room chat", dt.date(2026, 11, 22), dt.time(7))
        )
        # However the id comes about (ids are no longer reused: m028), a new meeting is not
        # the one whose link this is: it has a link of its own
        conn.execute("UPDATE meetings SET id = 1 WHERE id = ?", [new.key])
        SignInStore(conn).settings(1)
    finally:
        conn.close()
    sent = {"csrf": csrf, "nonce": nonce, "first_name": "Wobbleton", "phone": "555 0177"}
    assert_closed(site.post(f"/s/{site.token}", sent))
    assert_closed(site.request("GET", f"/s/{site.token}"))
    assert site.rows() == []
    assert names(site) == []


def test_a_new_link_made_in_the_app_closes_the_old_one_in_a_running_serve(site: Site) -> None:
    """The facilitator made a new link (the old QR code was posted where it should not be);
    `serve`, in another process, went on taking the old one."""
    csrf, nonce = site.form()
    conn = elsewhere(site)
    try:
        SignInStore(conn).rotate_token(1)
    finally:
        conn.close()
    assert_closed(site.request("GET", f"/s/{site.token}"))
    sent = {"csrf": csrf, "nonce": nonce, "first_name": "Ana"}
    assert_closed(site.post(f"/s/{site.token}", sent))
    assert site.rows() == []


def test_the_state_of_a_meetings_sign_in(site: Site) -> None:
    conn = elsewhere(site)
    try:
        store = SignInStore(conn)
        assert store.state(1, site.token) is SignInState.OPEN
        assert store.state(1) is SignInState.OPEN
        assert store.state(1, "another-link") is SignInState.CLOSED
        assert store.state(99, site.token) is SignInState.CLOSED
        conn.execute("UPDATE meetings SET purged_at = '2026-11-22T00:00:00+00:00'")
        assert store.state(1) is SignInState.CLOSED
    finally:
        conn.close()
