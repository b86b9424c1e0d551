"""On a phone, what was typed is not lost, and no page is a dead end.

The language switch was a plain link: switching after typing emptied every field, on the
form and on the form sent back with a mistake. "Please try again" said to open the link
again and offered no link; "One moment" and "too large" offered no way back either. A form
sent back with a mistake kept the title "Sign in", and its summary was not announced."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest

from meetingkit.services.signin_server import MAX_BODY, RateLimit
from tests.services.test_signin_commitments import offer
from tests.services.test_signin_second_thoughts import _ask_hours, _csrf
from tests.services.test_signin_server import Site, _fields_of, _site

TYPED = {"first_name": "Marta", "phone": "5551234567", "first_time": "yes"}


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    yield from _site(tmp_path, RateLimit(per_minute=0))


def _form_fields(page: str) -> dict[str, str]:
    """What the phone sends from the form as it is (the hidden fields and what was typed)."""
    return _fields_of(page)


def _title(page: str) -> str:
    found = re.search(r"<title>([^<]*)</title>", page)
    assert found
    return found.group(1)


def _back_form(page: str) -> tuple[str, dict[str, str], tuple[str, str]]:
    """The form of a page's way back: (its action, its hidden fields, its button's name and
    value)."""
    form = re.search(r'<form method="post" action="([^"]+)"[^>]*>(.*?)</form>', page)
    assert form, page
    hidden = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', form[2]))
    button = re.search(r'<button type="submit" name="([^"]+)" value="([^"]+)">', form[2])
    assert button
    return form[1].replace("&amp;", "&"), hidden, (button[1], button[2])


# The language switch


def test_switching_language_keeps_what_was_typed_and_saves_nothing(site: Site) -> None:
    _, _, form = site.request("GET", f"/s/{site.token}?lang=en")
    switch = re.search(
        r'<button type="submit" form="answers" name="view" value="es" formnovalidate lang="es">'
        r"Español</button>",
        form,
    )
    assert switch  # a button of the form: what was typed goes with it
    assert re.search(
        r'<form method="post" action="[^"]+" accept-charset="utf-8" id="answers">', form
    )
    status, _, spanish = site.post(
        f"/s/{site.token}?lang=en", {**_form_fields(form), **TYPED, "view": "es"}
    )
    assert status == 200
    assert '<html lang="es">' in spanish
    shown = _fields_of(spanish)
    assert (shown["first_name"], shown["phone"], shown["first_time"]) == (
        "Marta",
        "5551234567",
        "yes",
    )
    assert shown["nonce"] == _fields_of(form)["nonce"]  # still the one sign-in, if sent twice
    assert "errorbox" not in spanish  # not checked: nothing was sent yet
    assert site.rows() == []
    assert site.events.signed == []


def test_the_switch_comes_after_a_button_that_enter_presses(site: Site) -> None:
    """Enter in a field presses the form's first button: not the language switch."""
    _, _, form = site.request("GET", f"/s/{site.token}")
    buttons = re.findall(r"<button [^>]*>", form)
    assert 'class="default"' in buttons[0]
    assert 'form="answers"' in buttons[0]
    assert "name=" not in buttons[0]
    assert 'name="view"' in buttons[1]


def test_a_form_sent_back_with_a_mistake_is_checked_again_in_the_other_language(
    site: Site,
) -> None:
    _, _, form = site.request("GET", f"/s/{site.token}")
    sent = {**_form_fields(form), **TYPED, "email": "not-an-email"}
    status, _, wrong = site.post(f"/s/{site.token}?lang=en", sent)
    assert status == 400
    status, _, spanish = site.post(f"/s/{site.token}?lang=en", {**_fields_of(wrong), "view": "es"})
    assert status == 400
    assert '<html lang="es">' in spanish
    assert _fields_of(spanish)["email"] == "not-an-email"
    assert _title(spanish) == "Error: Regístrate"
    assert 'aria-invalid="true" aria-describedby="email-error"' in spanish
    assert site.rows() == []


def test_a_switch_posted_from_another_site_shows_nothing_it_sent(site: Site) -> None:
    """No other site fills in a phone's form."""
    _, _, form = site.request("GET", f"/s/{site.token}")
    sent = {**_form_fields(form), **TYPED, "view": "es"}
    _, _, page = site.post(f"/s/{site.token}", sent, **{"Sec-Fetch-Site": "cross-site"})
    assert "Marta" not in page
    assert "5551234567" not in page
    del sent["view"]  # sent to be saved: refused, and nothing kept to send back
    site.cookie = ""  # a browser sends no SameSite=Strict cookie with another site's form
    status, _, refused = site.post(f"/s/{site.token}", sent, **{"Sec-Fetch-Site": "cross-site"})
    assert status == 403
    assert ">Back to the form</button>" in refused
    assert "Marta" not in refused


def test_switching_language_on_the_confirmation_keeps_what_was_ticked(site: Site) -> None:
    (bring,) = offer(site, "Bring two coworkers")
    _ask_hours(site)
    _, headers, _ = site.sign_in(first_name="Rosa")
    _, _, done = site.request("GET", headers["location"])
    commit = re.search(r'<form method="post" action="([^"]+/commit/[^"]+)" id="commit">', done)
    assert commit
    assert 'form="commit" name="view" value="es"' in done
    sent = {"csrf": _csrf(done), "lang": "en", f"opt_{bring.key}": "yes", "hours": "4"}
    status, _, spanish = site.post(commit[1].replace("&amp;", "&"), {**sent, "view": "es"})
    assert status == 200
    assert '<html lang="es">' in spanish
    assert f'name="opt_{bring.key}" value="yes" checked' in spanish
    assert re.search(r'<input [^>]*name="hours"[^>]*value="4"', spanish)
    reopened = site.request("GET", headers["location"])[2]
    assert f'name="opt_{bring.key}" value="yes" checked' not in reopened  # nothing saved


# Ways back


def test_an_expired_form_goes_back_to_the_form_with_its_answers(site: Site) -> None:
    """ "Please try again" said to open the link again, and had neither link nor form."""
    _, _, form = site.request("GET", f"/s/{site.token}")
    sent = {**_form_fields(form), **TYPED, "csrf": "from-another-tab"}
    status, _, page = site.post(f"/s/{site.token}?lang=en", sent)
    assert status == 403
    assert "Please try again" in page
    action, hidden, button = _back_form(page)
    assert action == f"/s/{site.token}?lang=en"
    assert button == ("view", "en")
    assert "csrf" not in hidden
    assert (hidden["first_name"], hidden["nonce"]) == ("Marta", sent["nonce"])
    assert ">Back to the form</button>" in page
    status, _, again = site.post(action, {**hidden, "view": "en"})
    assert status == 200
    assert _fields_of(again)["first_name"] == "Marta"
    status, _, _ = site.post(f"/s/{site.token}?lang=en", _fields_of(again))
    assert status == 303  # and from there it signs in
    assert len(site.rows()) == 1


def test_an_expired_fix_goes_back_to_it_with_the_changes(site: Site) -> None:
    _, headers, _ = site.sign_in(first_name="Ana", last_name="Lma")
    edit = headers["location"].replace("/done/", "/edit/")
    _, _, page = site.request("GET", edit)
    sent = {**_fields_of(page), "last_name": "Lima", "csrf": "stale"}
    status, _, refused = site.post(edit, sent)
    assert status == 403
    action, hidden, _ = _back_form(refused)
    assert "/edit/" in action
    _, _, again = site.post(action, {**hidden, "view": "en"})
    assert "<h1>Fix my answers</h1>" in again
    assert _fields_of(again)["last_name"] == "Lima"


def test_a_browser_that_blocks_cookies_goes_back_with_its_answers(site: Site) -> None:
    _, _, form = site.request("GET", f"/s/{site.token}")
    site.cookie = ""  # never kept, and no Fetch Metadata (an older Safari)
    status, _, page = site.post(f"/s/{site.token}", {**_form_fields(form), **TYPED})
    assert status == 403
    assert "go back to the form" in page
    _, hidden, _ = _back_form(page)
    assert hidden["first_name"] == "Marta"


def test_too_large_and_unreadable_forms_link_back_to_the_form(site: Site) -> None:
    site.form()
    path = f"/s/{site.token}?lang=es"
    big = urlencode({"first_name": "x" * (MAX_BODY + 1)}).encode()
    kind = {"Content-Type": "application/x-www-form-urlencoded"}
    for body, headers, status in (
        (big, kind, 413),
        (b'{"first_name": "x"}', {"Content-Type": "application/json"}, 415),
    ):
        got, _, page = site.request("POST", path, body, headers)
        assert got == status
        assert f'<a href="/s/{site.token}?lang=es">Volver al formulario</a>' in page


def test_the_busy_page_sends_the_answers_again_or_opens_the_page_again(tmp_path: Path) -> None:
    """ "Too many tries from this network": behind a venue's router, the room's. The phone
    that typed its answers keeps them, to send again in a minute."""
    for site in _site(tmp_path, RateLimit(per_minute=60, burst=2, post_burst=1)):
        _, _, form = site.request("GET", f"/s/{site.token}")
        sent = {**_form_fields(form), **TYPED}
        assert site.post(f"/s/{site.token}?lang=en", sent)[0] == 303
        status, _, busy = site.post(f"/s/{site.token}?lang=en", {**sent, "first_name": "Luz"})
        assert status == 429
        action = re.search(r'<form method="post" action="([^"]+)"', busy)
        assert action
        assert action[1] == f"/s/{site.token}?lang=en"
        assert '<input type="hidden" name="first_name" value="Luz">' in busy
        assert ">Send it again</button>" in busy
        status, _, page = site.request("GET", f"/s/{site.token}?lang=es")
        assert status == 429
        assert f'<a href="/s/{site.token}?lang=es">Intentar de nuevo</a>' in page


# Too late, and the titles


def test_too_late_to_change_is_headed_so_and_leads_back_to_the_confirmation(site: Site) -> None:
    """After the fifteen minutes a fix was headed "Please try again", though it could not be
    tried again; the confirmation, where commitments can still be changed, was no link
    away."""
    _, headers, _ = site.sign_in(first_name="Ana")
    done = headers["location"]
    key = done.split("/done/")[1].split("?")[0]
    _, _, page = site.request("GET", f"/s/{site.token}/edit/{key}?lang=es")
    site.clock.advance(20 * 60)
    for method, where in (("POST", "edit"), ("GET", "edit"), ("GET", "withdraw")):
        path = f"/s/{site.token}/{where}/{key}?lang=es"
        if method == "POST":
            status, _, late = site.post(path, {**_fields_of(page), "first_name": "Anita"})
        else:
            status, _, late = site.request(method, path)
        assert status == 403
        assert "<h1>Tu registro ya no se puede cambiar</h1>" in late
        assert "Inténtalo de nuevo" not in late
        assert f'<a href="/s/{site.token}/done/{key}?lang=es">Volver a mi registro</a>' in late
    _, _, english = site.request("GET", f"/s/{site.token}/edit/{key}")
    assert "<h1>Your sign-in can no longer be changed</h1>" in english
    assert ">Back to my sign-in</a>" in english


def test_a_form_sent_back_with_a_mistake_says_so_in_its_title_and_at_once(site: Site) -> None:
    _, _, form = site.request("GET", f"/s/{site.token}")
    _, _, english = site.post(f"/s/{site.token}", {**_form_fields(form), "email": "x"})
    assert _title(english) == "Error: Sign in"
    assert '<p class="errorbox" role="alert">' in english
    _, _, spanish = site.post(
        f"/s/{site.token}?lang=es", {**_form_fields(form), "email": "x", "lang": "es"}
    )
    assert _title(spanish) == "Error: Regístrate"
    assert _title(site.request("GET", f"/s/{site.token}")[2]) == "Sign in"


def test_the_confirmation_has_headings(site: Site) -> None:
    """ "What will you do next?" was a fieldset's legend only: no heading to jump to."""
    offer(site, "Bring two coworkers")
    _ask_hours(site)
    _, headers, _ = site.sign_in(first_name="Rosa")
    _, _, done = site.request("GET", headers["location"])
    assert re.findall(r"<(h\d)[^>]*>", done) == ["h1", "h2"]
    assert '<h2 id="commit-title">What will you do next?</h2>' in done
    assert '<fieldset aria-labelledby="commit-title">' in done
    assert "<legend>What will you do next?</legend>" not in done
    commit = headers["location"].replace("/done/", "/commit/")
    _, _, wrong = site.post(commit, {"csrf": _csrf(done), "hours": "99"})
    assert _title(wrong) == "Error: You are signed in"
