"""A phone whose sign-in is in Spanish shows no English: every page the server can answer
with, every field, choice, consent and error, whatever language the phone itself asks for."""

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest

from meetingkit.core import signin
from meetingkit.core.commitment import CommitmentOption
from meetingkit.core.signin import CATALOGUE, CONSENT_KEYS, CONSENTS, FormSettings
from meetingkit.services.signin_pages import TEXT
from meetingkit.services.signin_server import RateLimit
from meetingkit.storage import open_db
from meetingkit.storage.commitments import CommitmentStore
from meetingkit.storage.signin import SignInStore
from tests.services.test_signin_server import Site, _site

ENGLISH_PHONE = {"Accept-Language": "en-US,en;q=0.9"}
MEETING = "Dotación segura — noviembre"


def _texts(language: str) -> list[str]:
    """Everything a phone can be shown in `language`, apart from people's own words."""
    texts = list(TEXT[language].values())
    for spec in CATALOGUE:
        texts.append(spec.label[language])
        texts += [labels[language] for _, labels in spec.choices]
    texts += [c.wording[language] for c in CONSENTS]
    errors = ("name", "email_space", "email_at", "email_domain", "phone")
    texts += [signin.error_in(key, language) for key in errors]
    # A commitment's date: every weekday, every month, and the words around it.
    days = [
        dt.date(2026, month, 1) + dt.timedelta(days=d) for month in range(1, 13) for d in (0, 7)
    ]
    days += [dt.date(2026, 6, 1) + dt.timedelta(days=d) for d in range(7)]
    texts += [CommitmentOption(1, "·", day).printed_in(language) for day in days]
    return texts


def _english_texts() -> list[str]:
    return _texts("en")


def _spanish_texts() -> list[str]:
    return _texts("es")


def _words(texts: list[str]) -> set[str]:
    return {w.casefold() for text in texts for w in re.findall(r"[^\W\d_]{2,}", text)}


# Words the English pages use and the Spanish ones never do ("sign", "your", "by", "Sat"…).
ENGLISH_ONLY = _words(_english_texts()) - _words(_spanish_texts())


class _Shown(HTMLParser):
    """The text a person sees: text nodes and the page title, not tags or attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def shown_text(page: str) -> str:
    parser = _Shown()
    parser.feed(page)
    return " ".join(parser.parts)


def assert_spanish(page: str, *data: str) -> None:
    """No English word or sentence of the catalogues on the page; `data` (people's own words,
    the verification phrase) is left out of the check."""
    assert '<html lang="es">' in page
    text = shown_text(page)
    for given in data:
        text = text.replace(given, " ")
    english = sorted(w for w in _words([text]) if w in ENGLISH_ONLY)
    assert not english, f"English words on a Spanish page: {english}\n{text}"
    for sentence in _english_texts():
        if len(sentence) > 3 and sentence not in _spanish_texts():
            assert sentence not in text


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    """Every field and every consent on, three commitments offered, the meeting's title in
    Spanish (the organizers' words are shown as they wrote them)."""
    for site in _site(tmp_path, RateLimit(per_minute=0)):
        conn = open_db(site.db)
        conn.execute("UPDATE meetings SET title = ?", [MEETING])
        store = SignInStore(conn)
        settings = store.settings(1)
        everything = FormSettings(tuple(spec.name for spec in CATALOGUE), CONSENT_KEYS)
        store.save_settings(dataclasses.replace(settings, form=everything))
        CommitmentStore(conn).save_options(
            1,
            [
                CommitmentOption(1, "Traer a dos compañeras", dt.date(2026, 12, 5)),
                CommitmentOption(1, "Tomar un turno en la acción ({date})", dt.date(2026, 12, 12)),
                CommitmentOption(1, "Unirme al comité"),
            ],
        )
        conn.commit()
        conn.close()
        site.server.reload()
        yield site


def _phrase(site: Site) -> tuple[str, ...]:
    return (MEETING, site.phrase, *site.phrase.split("-"))


def _action(page: str) -> str:
    found = re.search(r'<form method="post" action="([^"]+)"', page)
    assert found
    return found.group(1).replace("&amp;", "&")


def _csrf(page: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', page)
    assert found
    return found.group(1)


def _form(page: str) -> dict[str, str]:
    return {
        "csrf": _csrf(page),
        "nonce": re.search(r'name="nonce" value="([^"]+)"', page).group(1),  # type: ignore[union-attr]
        "lang": "es",
    }


def test_the_phone_catalogue_is_complete_in_spanish() -> None:
    """Every page text, field label, choice and consent has its own Spanish wording."""
    assert TEXT["es"].keys() == TEXT["en"].keys()
    same = {k for k in TEXT["en"] if TEXT["en"][k] == TEXT["es"][k]}
    # "No" is the same word in both, and "Error: " before a page's title
    assert same == {"no", "error_title"}
    for spec in CATALOGUE:
        assert spec.label["es"] not in ("", spec.label["en"]), spec.name
        for value, labels in spec.choices:
            assert labels["es"] not in ("", labels["en"]), value
    for consent in CONSENTS:
        assert consent.wording["es"] != consent.wording["en"]
    for key in ("name", "email_space", "email_at", "email_domain", "phone"):
        assert signin.error_in(key, "es") != signin.error_in(key, "en")


def test_an_english_phone_that_chose_spanish_stays_spanish_through_every_page(
    site: Site,
) -> None:
    data = _phrase(site)
    status, _, form = site.request("GET", f"/s/{site.token}?lang=es", headers=ENGLISH_PHONE)
    assert status == 200
    assert "Nombre (basta uno)" in form
    assert_spanish(form, *data)
    action = _action(form)
    assert action == f"/s/{site.token}?lang=es"

    # Every answer the form can refuse, at once.
    status, _, errors = site.post(
        action, {**_form(form), "email": "no-es-correo", "phone": "12"}, **ENGLISH_PHONE
    )
    assert status == 400
    for key in ("name", "email_at", "phone"):  # "no-es-correo" has no @
        assert signin.error_in(key, "es") in errors
    assert_spanish(errors, *data)

    # Refusals before the form is read: wrong nonce, wrong type, too large, no CSRF cookie.
    refusals = [
        site.post(action, {**_form(form), "first_name": "Rosa", "nonce": "corto"}, **ENGLISH_PHONE),
        site.request("POST", action, b"{}", {"Content-Type": "application/json", **ENGLISH_PHONE}),
        site.post(action, {**_form(form), "first_name": "x" * 20_000}, **ENGLISH_PHONE),
    ]
    cookie, site.cookie = site.cookie, ""
    refusals.append(site.post(action, {**_form(form), "first_name": "Rosa"}, **ENGLISH_PHONE))
    site.cookie = cookie
    assert [status for status, _, _ in refusals] == [400, 415, 413, 403]
    for _, _, page in refusals:
        assert_spanish(page, *data)

    # Signed in: the thanks, the commitments with their dates, a refused number of hours.
    status, headers, _ = site.post(
        action, {**_form(form), "first_name": "Rosa", "phone": "3125550104"}, **ENGLISH_PHONE
    )
    assert status == 303
    assert headers["location"].endswith("?lang=es")
    _, _, done = site.request("GET", headers["location"], headers=ENGLISH_PHONE)
    assert "Traer a dos compañeras (para el sáb 5 dic)" in done
    assert "Tomar un turno en la acción (sáb 12 dic)" in done
    assert_spanish(done, *data, "Rosa")
    commit = _action(done)
    assert commit.endswith("?lang=es")
    status, _, bad_hours = site.post(commit, {"csrf": _csrf(done), "hours": "99"}, **ENGLISH_PHONE)
    assert status == 400
    assert TEXT["es"]["bad_hours"] in bad_hours
    assert_spanish(bad_hours, *data, "Rosa")
    status, headers, _ = site.post(commit, {"csrf": _csrf(done), "hours": "4"}, **ENGLISH_PHONE)
    assert status == 303
    _, _, saved = site.request("GET", headers["location"], headers=ENGLISH_PHONE)
    assert TEXT["es"]["commit_saved"] in saved
    assert_spanish(saved, *data, "Rosa")
    status, _, stale = site.post(commit, {"csrf": _csrf(done), "opt_999": "yes"}, **ENGLISH_PHONE)
    assert status == 409
    assert_spanish(stale, *data)

    # Fixing the answers: the form again, its errors, and the window closing.
    edit_link = re.search(r'<a href="([^"]+/edit/[^"]+)"', done).group(1)  # type: ignore[union-attr]
    _, _, edit = site.request("GET", edit_link.replace("&amp;", "&"), headers=ENGLISH_PHONE)
    assert TEXT["es"]["save"] in edit
    assert_spanish(edit, *data, "Rosa")
    status, _, edit_errors = site.post(
        _action(edit), {**_form(edit), "first_name": ""}, **ENGLISH_PHONE
    )
    assert status == 400
    assert signin.error_in("name", "es") in edit_errors
    assert_spanish(edit_errors, *data)
    site.clock.advance(16 * 60)
    status, _, too_late = site.request(
        "GET", edit_link.replace("&amp;", "&"), headers=ENGLISH_PHONE
    )
    assert status == 403
    assert_spanish(too_late, *data)


def test_taking_back_a_sign_in_is_said_in_spanish(site: Site) -> None:
    csrf, nonce = site.form()
    status, headers, _ = site.post(
        f"/s/{site.token}?lang=es",
        {"csrf": csrf, "nonce": nonce, "lang": "es", "first_name": "Zenobia"},
        **ENGLISH_PHONE,
    )
    assert status == 303
    _, _, done = site.request("GET", headers["location"], headers=ENGLISH_PHONE)
    link = re.findall(r'<a href="([^"]+/withdraw/[^"]+)"', done)[-1].replace("&amp;", "&")
    _, _, asked = site.request("GET", link, headers=ENGLISH_PHONE)
    assert TEXT["es"]["withdraw_title"] in asked
    assert_spanish(asked, *_phrase(site))
    withdraw = re.findall(r'<form method="post" action="([^"]+)"', asked)[-1]
    status, _, page = site.post(
        withdraw.replace("&amp;", "&"), {"csrf": _csrf(asked), "confirm": "yes"}
    )
    assert status == 200
    assert TEXT["es"]["withdrawn"] in page
    assert_spanish(page, *_phrase(site))


def test_closed_links_and_strangers_are_answered_in_spanish(site: Site) -> None:
    spanish_phone = {"Accept-Language": "es-MX,es;q=0.9"}
    answers = [
        site.request("GET", "/s/not-the-token", headers=spanish_phone),
        site.request("GET", "/people", headers=spanish_phone),
        site.request("GET", "/s/not-the-token?lang=es", headers=ENGLISH_PHONE),
        site.request("GET", f"/s/{site.token}?lang=es", headers={"Host": "evil.example"}),
    ]
    assert [status for status, _, _ in answers] == [404, 404, 404, 421]
    for _, _, page in answers:
        assert_spanish(page)


def test_a_busy_phone_is_asked_to_wait_in_spanish(tmp_path: Path) -> None:
    for limited in _site(tmp_path, RateLimit(per_minute=1, burst=1)):
        path = f"/s/{limited.token}?lang=es"
        first = limited.request("GET", path, headers=ENGLISH_PHONE)
        status, _, page = limited.request("GET", path, headers=ENGLISH_PHONE)
        assert (first[0], status) == (200, 429)
        assert TEXT["es"]["busy"] in page
        assert_spanish(page)


def test_the_english_page_still_says_it_in_english(site: Site) -> None:
    """The check above is not blind: English pages do contain the English words."""
    _, _, form = site.request("GET", f"/s/{site.token}", headers=ENGLISH_PHONE)
    with pytest.raises(AssertionError, match="English words"):
        assert_spanish(form.replace('lang="en"', 'lang="es"'), *_phrase(site))
    # Spanish is one tap away, what was typed with it
    assert 'form="answers" name="view" value="es" formnovalidate lang="es">Español' in form
