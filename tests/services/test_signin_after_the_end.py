"""Sign-in closes with the meeting: once it has ended, phones are told so and nobody new is
added to it. Someone who signed in within the last fifteen minutes may still finish: fix or
take back their sign-in, and save their commitments (the closing round is when people
commit); after that, the page says the meeting has ended."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from meetingkit.core.agenda_run import RunRecord
from meetingkit.core.clock import to_ms
from meetingkit.services.signin_server import RateLimit
from meetingkit.storage import open_db
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.commitments import CommitmentStore
from tests.services.test_signin_commitments import offer
from tests.services.test_signin_second_thoughts import _csrf
from tests.services.test_signin_server import Site, _site


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    yield from _site(tmp_path, RateLimit(per_minute=0))


def end_meeting(site: Site) -> None:
    """What End meeting (Shift+F8) saves, from the app's own connection."""
    now = to_ms(site.clock.now())
    conn = open_db(site.db)
    try:
        AgendaStore(conn).save_run(1, RunRecord(started_ms=now - 3_600_000, ended_ms=now), None)
    finally:
        conn.close()


def committed(site: Site) -> int:
    conn = open_db(site.db)
    try:
        return len(CommitmentStore(conn).for_meeting(1))
    finally:
        conn.close()


def test_after_the_end_phones_are_told_and_nobody_is_added(site: Site) -> None:
    """A phone signed in as "Late Comer" after End meeting: "Thank you, Late. Welcome!"."""
    csrf, nonce = site.form()  # a form loaded before the end, sent after it
    end_meeting(site)
    status, _, page = site.request("GET", f"/s/{site.token}")
    assert status == 410
    assert "<h1>This meeting has ended</h1>" in page
    assert 'name="first_name"' not in page
    status, _, page = site.post(
        f"/s/{site.token}", {"csrf": csrf, "nonce": nonce, "first_name": "Late", "lang": "es"}
    )
    assert status == 410
    assert "<h1>Esta reunión ya terminó</h1>" in page
    assert site.rows() == []
    assert site.events.signed == []


def test_a_retry_of_a_sign_in_made_before_the_end_finds_it(site: Site) -> None:
    """Flaky Wi-Fi: the phone sends its sign-in again, and the meeting ended in between."""
    csrf, nonce = site.form()
    sent = {"csrf": csrf, "nonce": nonce, "first_name": "Ana"}
    _, first, _ = site.post(f"/s/{site.token}", sent)
    end_meeting(site)
    status, again, _ = site.post(f"/s/{site.token}", sent)
    assert (status, again["location"]) == (303, first["location"])
    assert len(site.rows()) == 1


def test_a_late_sign_in_can_finish_within_its_fifteen_minutes(site: Site) -> None:
    (bring,) = offer(site, "Bring two coworkers")
    _, headers, _ = site.sign_in(first_name="Ana", phone="312 555 0100")
    key = headers["location"].split("/done/")[1].split("?")[0]
    site.clock.advance(5 * 60)
    end_meeting(site)
    _, _, done = site.request("GET", headers["location"])
    assert "What will you do next?" in done
    assert "Fix my answers" in done
    status, _, _ = site.post(
        f"/s/{site.token}/commit/{key}", {"csrf": _csrf(done), f"opt_{bring.key}": "yes"}
    )
    assert status == 303
    assert committed(site) == 1


def test_after_its_fifteen_minutes_an_ended_meetings_page_changes_nothing(site: Site) -> None:
    (bring,) = offer(site, "Bring two coworkers")
    _, headers, _ = site.sign_in(first_name="Ana", phone="312 555 0100")
    key = headers["location"].split("/done/")[1].split("?")[0]
    _, _, done = site.request("GET", headers["location"])
    site.clock.advance(40 * 60)
    assert "What will you do next?" in site.request("GET", headers["location"])[2]  # still open
    end_meeting(site)
    status, _, after = site.request("GET", headers["location"])
    assert status == 410
    assert "<h1>This meeting has ended</h1>" in after
    assert "Your sign-in is kept; if something in it needs changing, ask an organizer." in after
    assert "What will you do next?" not in after
    status, _, page = site.post(
        f"/s/{site.token}/commit/{key}", {"csrf": _csrf(done), f"opt_{bring.key}": "yes"}
    )
    assert status == 403
    assert "This meeting has ended" in page
    assert committed(site) == 0


def test_the_confirmation_no_longer_greets_anyone_once_the_meeting_is_over(site: Site) -> None:
    """The phone's history kept the confirmation, which went on saying "Thank you, Ana"
    for as long as the server ran, the meeting long over."""
    _, headers, _ = site.sign_in(first_name="Ana", phone="312 555 0100")
    assert "Thank you, <bdi>Ana</bdi>" in site.request("GET", headers["location"])[2]
    end_meeting(site)
    assert "Thank you, <bdi>Ana</bdi>" in site.request("GET", headers["location"])[2]
    site.clock.advance(16 * 60)  # its fifteen minutes, in which she may still finish
    status, _, page = site.request("GET", headers["location"])
    assert status == 410
    assert "Ana" not in page
    assert "<h1>This meeting has ended</h1>" in page
    spanish = site.request("GET", headers["location"].replace("lang=en", "lang=es"))[2]
    assert "Tu registro se guardó" in spanish
