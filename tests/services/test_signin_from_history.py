"""A sign-in's pages open only in the browser that made it. Its link stays in the phone's
history (and in a history synced to a browser account): with no cookie at all it showed the
name, phone, email, profession and consents for fifteen minutes, let them be changed or the
sign-in taken back, and greeted the person by name for as long as the server ran. Now the
answer that saves a sign-in sets a cookie with a secret of its own, and the link without it
opens a page that says nothing of anyone."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from meetingkit.services.signin_server import RateLimit
from meetingkit.storage import open_db
from meetingkit.storage.people import PeopleStore
from tests.services.test_signin_commitments import offer
from tests.services.test_signin_own_answers import _blind, rosa_with_a_card, signs_in
from tests.services.test_signin_second_thoughts import _ask_hours, _csrf
from tests.services.test_signin_server import Site, _fields_of, _site

DANA = {
    "first_name": "Dana",
    "last_name": "Qolmbrick",
    "phone": "312-555-0199",
    "email": "dana@example.org",
    "profession": "Pharmacist",
    "consent_contact_email": "yes",
}


# What a browser says of a form sent from one of our own pages (Fetch Metadata)
OUR_OWN_PAGE = {"Sec-Fetch-Site": "same-origin"}


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    yield from _site(tmp_path, RateLimit(per_minute=0))


def key_of(location: str) -> str:
    return location.split("/done/")[1].split("?")[0]


def another_browser(site: Site) -> None:
    """The same link, from the history, in a browser without the sign-in's cookie (a fresh
    profile, a synced history): it has a CSRF cookie of its own, from the pages it opens."""
    site.owner = ""


def assert_shows_nobody(answer: tuple[int, dict[str, str], str]) -> None:
    status, _, page = answer
    assert status == 404
    assert "<h1>This page is not available</h1>" in page
    for typed in ("Dana", "Qolmbrick", "555-0199", "dana@example.org", "Pharmacist"):
        assert typed not in page
    assert 'name="first_name"' not in page


def test_the_link_from_the_history_shows_and_changes_nothing(site: Site) -> None:
    offer(site, "Bring two coworkers")
    _, headers, _ = site.sign_in(**DANA)
    key = key_of(headers["location"])
    _, _, done = site.request("GET", headers["location"])
    _, _, edit = site.request("GET", f"/s/{site.token}/edit/{key}")
    assert "Thank you, <bdi>Dana</bdi>" in done  # on the phone that signed in
    assert _fields_of(edit)["email"] == "dana@example.org"
    another_browser(site)
    for page in ("done", "edit", "withdraw"):
        assert_shows_nobody(site.request("GET", f"/s/{site.token}/{page}/{key}"))
    csrf = _csrf(site.request("GET", f"/s/{site.token}")[2])  # a valid CSRF pair of its own
    fixed = {**_fields_of(edit), "csrf": csrf, "email": "someone@else.example"}
    assert_shows_nobody(site.post(f"/s/{site.token}/edit/{key}", fixed))
    assert_shows_nobody(
        site.post(f"/s/{site.token}/withdraw/{key}", {"csrf": csrf, "confirm": "yes"})
    )
    assert_shows_nobody(site.post(f"/s/{site.token}/commit/{key}", {"csrf": csrf, "opt_1": "yes"}))
    conn = open_db(site.db)
    try:
        assert PeopleStore(conn).search("dana").people[0].email == "dana@example.org"
        assert conn.execute("SELECT count(*) FROM signins").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM commitments").fetchone()[0] == 0
    finally:
        conn.close()


def test_the_cookie_is_the_links_only_kept_as_a_hash_and_out_of_scripts_reach(
    site: Site,
) -> None:
    status, headers, _ = site.sign_in(**DANA)
    assert status == 303
    [owner] = [c for c in headers["set-cookie"].splitlines() if c.startswith("mk_own=")]
    attributes = {a.strip().lower() for a in owner.split(";")[1:]}
    assert attributes == {
        "httponly",
        "samesite=strict",
        # the whole link, the sign-in's own post included ("/s/TOKEN/" left that out)
        f"path=/s/{site.token.lower()}",
        "max-age=43200",
    }
    secret = owner.split(";")[0].split("=", 1)[1]
    assert len(secret) >= 43  # 32 random bytes
    [(kept,)] = open_db(site.db).execute("SELECT owner_hash FROM signins").fetchall()
    assert kept == hashlib.sha256(secret.encode()).hexdigest()
    assert secret not in {kept, key_of(headers["location"])}


def test_without_the_cookie_a_known_person_a_stranger_and_no_one_get_the_same_page(
    site: Site,
) -> None:
    """Keeps test_a_known_person_and_a_stranger_get_the_same_pages' promise for the page a
    link without its cookie opens: whether the link was Rosa's (in the directory), a
    stranger's, or never anyone's, the bytes are the same."""
    offer(site, "Bring two coworkers")
    _ask_hours(site)
    rosa_with_a_card(site, hours=4)
    pages = set()
    keys = ["never-a-sign-in-key00"]
    for first, phone in (("rosa", "312 555 0104"), ("zed", "312 555 0999")):
        key, done = signs_in(site, first_name=first, phone=phone, first_time="no")
        assert f"<bdi>{first}</bdi>" in done
        keys.append(key)
    another_browser(site)
    for key in keys:
        for page in ("done", "edit", "withdraw"):
            pages.add(site.request("GET", f"/s/{site.token}/{page}/{key}")[2])
    assert len(pages) == 1
    assert _blind(pages.pop()) == _blind(site.request("GET", f"/s/{site.token}/done/x")[2])


def test_a_retry_gives_the_phone_a_new_secret_and_the_old_one_opens_nothing(site: Site) -> None:
    """Flaky Wi-Fi: the answer that set the cookie may never have reached the phone."""
    csrf, nonce = site.form()
    sent = {"csrf": csrf, "nonce": nonce, "first_name": "Lan", "phone": "3125550102"}
    _, first, _ = site.post(f"/s/{site.token}", sent)
    lost = site.owner
    site.owner = ""  # the answer never came: the phone has no cookie to send back
    _, again, _ = site.post(f"/s/{site.token}", sent)
    assert again["location"] == first["location"]
    assert site.owner != lost
    assert "Thank you, <bdi>Lan</bdi>" in site.request("GET", again["location"])[2]
    site.owner = lost
    assert_shows_nobody(site.request("GET", again["location"]))


def test_the_next_sign_in_on_the_same_phone_takes_the_cookie(site: Site) -> None:
    """A phone passed round a family: the second person's sign-in does not open the
    first's answers."""
    first = site.sign_in(first_name="Dana", phone="312 555 0199")[1]["location"]
    second = site.sign_in(first_name="Eli", phone="312 555 0198")[1]["location"]
    assert "Thank you, <bdi>Eli</bdi>" in site.request("GET", second)[2]
    assert_shows_nobody(site.request("GET", first))


def test_a_browser_that_keeps_no_cookies_still_signs_in(site: Site) -> None:
    """A browser set to block every cookie got "The form had expired" at every try: the CSRF
    cookie never came back. It signs in when it says the form came from our own page; it
    is told, honestly, that it cannot open the sign-in again."""
    offer(site, "Bring two coworkers")
    csrf, nonce = site.form()
    site.cookie = ""  # never kept
    sent = {"csrf": csrf, "nonce": nonce, **DANA}
    status, _, page = site.post(f"/s/{site.token}", sent, **OUR_OWN_PAGE)
    assert status == 200
    assert "<h1>You are signed in</h1>" in page
    assert "This browser does not keep cookies, so this page will not open again" in page
    assert "To say what you will do next, tell an organizer." in page
    assert "/done/" not in page
    assert "/edit/" not in page
    for typed in ("Dana", "Qolmbrick", "555-0199", "dana@example.org"):
        assert typed not in page  # sent again from the history, it shows nobody
    assert [r["owner_hash"] for r in site.rows()] == [None]  # no secret it could not keep
    again = site.post(f"/s/{site.token}", sent, **OUR_OWN_PAGE)
    assert again[2] == page
    assert len(site.rows()) == 1
    assert [s.first_name for s in site.events.signed] == ["Dana"]
    _, _, spanish = site.post(f"/s/{site.token}?lang=es", {**sent, "lang": "es"}, **OUR_OWN_PAGE)
    assert "Este navegador no guarda cookies" in spanish


def test_without_a_cookie_a_form_from_another_site_is_still_refused(site: Site) -> None:
    csrf, nonce = site.form()
    site.cookie = ""
    sent = {"csrf": csrf, "nonce": nonce, "first_name": "Mallory"}
    for where in ("cross-site", "same-site", "none"):
        status, _, page = site.post(f"/s/{site.token}", sent, **{"Sec-Fetch-Site": where})
        assert status == 403
        assert "Please try again" in page
    assert site.rows() == []


def test_the_pages_still_work_without_javascript(site: Site) -> None:
    """Fixing one's answers from the phone that signed in: links and forms only."""
    _, headers, _ = site.sign_in(**DANA)
    key = key_of(headers["location"])
    _, _, done = site.request("GET", headers["location"])
    assert "<script" not in done
    edit_href = re.search(r'href="(/s/[^"]+/edit/[^"]+)"', done)
    assert edit_href
    _, _, edit = site.request("GET", edit_href.group(1).replace("&amp;", "&"))
    assert "<script" not in edit
    status, after, _ = site.post(
        f"/s/{site.token}/edit/{key}", {**_fields_of(edit), "last_name": "Fixed"}
    )
    assert status == 303
    assert "Thank you, <bdi>Dana</bdi>" in site.request("GET", after["location"])[2]


def test_an_older_browser_that_blocks_cookies_is_told_why(site: Site) -> None:
    """A browser that sends no Sec-Fetch-Site (Safari before 16.4) and keeps no cookies was
    told "The form had expired. Open the sign-in link again", which failed again at every
    try: it is told that cookies stand in the way, and where else to sign in."""
    csrf, nonce = site.form()
    site.cookie = ""  # never kept
    status, _, page = site.post(f"/s/{site.token}", {"csrf": csrf, "nonce": nonce, **DANA})
    assert status == 403
    assert "Please try again" in page
    assert "may be set to block cookies" in page
    assert "sign in on the laptop at the door" in page
    assert "The form had expired" not in page
    assert site.rows() == []
    _, _, spanish = site.post(
        f"/s/{site.token}?lang=es", {"csrf": csrf, "nonce": nonce, **DANA, "lang": "es"}
    )
    assert "cookies bloqueadas" in spanish
