"""What another site, or a phone sending made-up fields, can make of the ways back.

- A sign-in's nonce opens it to whoever sends it again (a retry on flaky Wi-Fi gets the
  sign-in and its cookie). The language switch and the ways back show the form again with the
  nonce they were sent: another site's page, on a browser that says nothing of where a post
  came from (Safari before 16.4), chose the nonce of the form a person then signed in with,
  and with it opened that person's sign-in on the attacker's phone, every answer readable
  under "Fix my answers" and the sign-in taken from its phone.
- A CSRF token beyond ASCII (compare_digest refuses to compare such strings) was an error
  nobody expected: a 500, and the facilitator told of a bug, as often as a phone sent one.
- The not-saved page offered to send again what another site had posted.
- When the facilitator could not be told of an error, the log quoted the error's message,
  which may quote what a person typed."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from meetingkit.services.signin_server import RateLimit
from meetingkit.storage.signin import SignInStore
from tests.services.test_signin_commitments import offer
from tests.services.test_signin_second_thoughts import _csrf
from tests.services.test_signin_server import Site, _fields_of, _site
from tests.services.test_signin_unexpected_errors import DETAIL, boom

CHOSEN = "chosen-by-another-site-0123"  # a nonce the attacker knows


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    yield from _site(tmp_path, RateLimit(per_minute=0))


def test_a_nonce_another_site_chose_does_not_open_the_sign_in_to_it(site: Site) -> None:
    # Another site's page posts the language switch to the real form, with its nonce, from a
    # phone that has not opened the form yet (no cookie; none is sent with another site's
    # post anyway) and that sends no Fetch Metadata
    status, _, form = site.post(
        f"/s/{site.token}", {"view": "en", "nonce": CHOSEN, "first_name": ""}
    )
    assert status == 200
    assert _fields_of(form)["nonce"] != CHOSEN
    # The person signs in on that page, as on any
    sent = {**_fields_of(form), "first_name": "Marta", "phone": "312-555-0142"}
    status, headers, _ = site.post(f"/s/{site.token}", sent)
    assert status == 303
    theirs = headers["location"]
    # The attacker's phone sends a sign-in with the nonce it chose
    site.cookie = site.owner = ""
    csrf, _ = site.form()
    status, headers, _ = site.post(
        f"/s/{site.token}", {"csrf": csrf, "nonce": CHOSEN, "first_name": "Eve"}
    )
    assert status == 303
    assert headers["location"].split("?")[0] != theirs.split("?")[0]
    _, _, shown = site.request("GET", theirs.replace("/done/", "/edit/"))
    assert "312-555-0142" not in shown
    assert "Marta" not in shown


def test_a_way_back_without_the_phones_token_gets_a_nonce_of_its_own(site: Site) -> None:
    _, _, form = site.request("GET", f"/s/{site.token}")
    status, _, again = site.post(
        f"/s/{site.token}", {"view": "en", "nonce": CHOSEN, "first_name": "Marta"}
    )
    assert status == 200
    assert _fields_of(again)["first_name"] == "Marta"  # what was typed comes back...
    assert _fields_of(again)["nonce"] != CHOSEN  # ...but not a nonce from outside the form
    # the language switch of the form itself keeps its nonce: still the one sign-in
    mine = _fields_of(form)
    _, _, spanish = site.post(f"/s/{site.token}", {**mine, "view": "es"})
    assert _fields_of(spanish)["nonce"] == mine["nonce"]


@pytest.mark.parametrize("token", ["é", "\u202e", "ü" * 22])
def test_a_csrf_token_beyond_ascii_is_refused_as_expired(site: Site, token: str) -> None:
    offer(site, "Bring two coworkers")
    _, headers, _ = site.sign_in(first_name="Ana")
    done = headers["location"].split("?")[0]
    site.request("GET", done)
    paths = [
        f"/s/{site.token}",
        done.replace("/done/", "/edit/"),
        done.replace("/done/", "/withdraw/"),
        done.replace("/done/", "/commit/"),
    ]
    for path in paths:
        fields = {"csrf": token, "nonce": "n" * 22, "first_name": "Ana", "confirm": "yes"}
        status, _, page = site.post(path, fields)
        assert status == 403, (path, page)
        assert "Please try again" in page
    assert site.events.not_saved_reasons == []
    assert len(site.rows()) == 1


def test_what_another_site_posted_is_not_offered_again_when_it_is_not_saved(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(SignInStore, "state", locked)
    sent = {"view": "en", "nonce": CHOSEN, "first_name": "Marta", "consent_contact_email": "yes"}
    status, _, page = site.post(f"/s/{site.token}", sent, **{"Sec-Fetch-Site": "cross-site"})
    assert status == 503
    assert "Not signed in" in page
    assert "Marta" not in page
    assert CHOSEN not in page
    assert "<form" not in page  # nothing to send again
    # from the phone's own page, what it sent is kept to be sent again
    status, _, page = site.post(f"/s/{site.token}", sent, **{"Sec-Fetch-Site": "same-origin"})
    assert status == 503
    assert '<input type="hidden" name="first_name" value="Marta">' in page


def test_a_facilitator_that_cannot_be_told_leaves_no_message_in_the_log(
    site: Site, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(SignInStore, "record", boom)
    monkeypatch.setattr(site.events, "not_saved", boom)
    status, _, page = site.sign_in(first_name="Rosa")
    assert status == 500
    assert "Not signed in" in page
    assert "could not be told" in caplog.text
    assert "in boom" in caplog.text  # where, for a report
    assert DETAIL not in caplog.text


def test_the_take_back_form_needs_the_phones_token_even_with_view(site: Site) -> None:
    """The language switch saves nothing and needs no token; taking back is not one."""
    _, headers, _ = site.sign_in(first_name="Ana")
    withdraw = headers["location"].replace("/done/", "/withdraw/")
    _, _, asked = site.request("GET", withdraw)
    assert re.search(r'name="csrf" value="[^"]+"', asked)
    status, _, _ = site.post(withdraw, {"view": "en", "confirm": "yes"})
    assert status == 403
    assert len(site.rows()) == 1
    status, _, _ = site.post(withdraw, {"csrf": _csrf(asked), "confirm": "yes"})
    assert status == 200
    assert site.rows() == []
