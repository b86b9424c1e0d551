"""An error nobody expected while a phone's answers are saved (a bug in the saving code, in
the writer, in a page): the phone gets the same "Not signed in" page as when the database is
busy, in its language, with a button that sends its answers again and no word of the error;
the facilitator is told. Starlette's default was a bare "Internal Server Error"."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from meetingkit.services import signin_pages
from meetingkit.services.signin_server import RateLimit
from meetingkit.storage.signin import SignInStore
from tests.services.test_signin_server import Site, _site

DETAIL = "internal detail 7f3a"  # what the exception says: for neither the phone nor a terminal


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    yield from _site(tmp_path, RateLimit(per_minute=0))


def boom(*_args: object, **_kwargs: object) -> None:
    raise RuntimeError(DETAIL)


def resend(page: str) -> tuple[str, dict[str, str]]:
    """The not-saved page's "Send again" form: (its action, its hidden fields)."""
    form = re.search(r'<form method="post" action="([^"]+)"[^>]*>(.*?)</form>', page, re.S)
    assert form, page
    fields = re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', form.group(2))
    return html.unescape(form.group(1)), {html.unescape(k): html.unescape(v) for k, v in fields}


def test_an_error_while_saving_a_sign_in_gets_the_not_signed_in_page(
    site: Site, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(SignInStore, "record", boom)
    status, headers, page = site.sign_in(first_name="Zenobia", last_name="O'Hara & Co")
    assert status == 500
    assert headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in headers["content-security-policy"]  # still guarded
    assert "<h1>Not signed in</h1>" in page
    assert "sign the paper sheet" in page
    assert 'href="/static/signin.css"' in page  # styled as every other page
    for leaked in (DETAIL, "RuntimeError", "Traceback", "Internal Server Error"):
        assert leaked not in page
    assert site.rows() == []
    assert site.events.signed == []
    [reason] = site.events.not_saved_reasons
    assert "did not expect" in reason
    assert "(RuntimeError)" in reason  # the facilitator can say what kind of error it was
    assert DETAIL not in reason  # but not its message: it may quote what a person typed

    # What the phone sent is kept on its page, to be sent again once the laptop can save it
    action, fields = resend(page)
    assert action == f"/s/{site.token}?lang=en"
    assert fields["first_name"] == "Zenobia"
    assert fields["last_name"] == "O'Hara & Co"
    assert "test_signin_unexpected_errors.py" in caplog.text  # where it failed, for a report
    assert DETAIL not in caplog.text
    monkeypatch.undo()
    status, _, _ = site.post(action, fields)
    assert status == 303
    assert len(site.rows()) == 1
    assert [(s.first_name, s.last_name) for s in site.events.signed] == [("Zenobia", "O'Hara & Co")]
    # ...and sent once more (a second tap), the nonce keeps it one sign-in
    assert site.post(action, fields)[0] == 303
    assert len(site.rows()) == 1


def test_the_page_is_in_the_phones_language(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(SignInStore, "record", boom)
    csrf, nonce = site.form()
    fields = {"csrf": csrf, "nonce": nonce, "first_name": "Rosa", "lang": "es"}
    status, _, page = site.post(f"/s/{site.token}?lang=es", fields)
    assert status == 500
    assert '<html lang="es">' in page
    assert "No se guardó tu registro" in page
    assert "firma la hoja de papel" in page
    assert signin_pages.t("es", "send_again") in page
    assert resend(page)[0] == f"/s/{site.token}?lang=es"


def test_an_error_fixing_ones_answers_is_answered_the_same_way(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    status, headers, _ = site.sign_in(first_name="Rosa", last_name="Diaz")
    assert status == 303
    edit = headers["location"].replace("/done/", "/edit/").split("?")[0]
    status, _, page = site.request("GET", edit)
    csrf = re.search(r'name="csrf" value="([^"]+)"', page)
    assert csrf
    monkeypatch.setattr(SignInStore, "correct", boom)
    fields = {"csrf": csrf.group(1), "first_name": "Rosalind", "last_name": "Diaz"}
    status, _, page = site.post(edit, fields)
    assert status == 500
    assert "Not signed in" in page
    assert DETAIL not in page
    assert len(site.events.not_saved_reasons) == 1
    action, fields = resend(page)
    assert action == f"{edit}?lang=en"
    monkeypatch.undo()
    assert site.post(action, fields)[0] == 303
    assert [r["first_name"] for r in site.rows()] == ["Rosalind"]


def test_an_error_showing_the_form_is_a_page_too(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(signin_pages, "form_page", boom)
    status, _, page = site.request("GET", f"/s/{site.token}")
    assert status == 500
    assert "Not signed in" in page
    assert DETAIL not in page
    assert "<form" not in page  # nothing was sent: nothing to send again
    assert len(site.events.not_saved_reasons) == 1


def test_a_facilitator_that_cannot_be_told_still_leaves_the_phone_a_page(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(SignInStore, "record", boom)
    monkeypatch.setattr(site.events, "not_saved", boom)
    status, _, page = site.sign_in(first_name="Rosa")
    assert status == 500
    assert "Not signed in" in page
