"""A phone's sign-in shows and changes only what it gave itself. A first name and a phone
number are enough to be recognised as someone already in the directory, and a supervisor may
know both: signed in as a coworker, the phone must learn nothing of her record (not her last
name, not her commitments, not even that she exists) and change or remove nothing of hers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from meetingkit.core.clock import ManualClock
from meetingkit.core.person import Person
from meetingkit.services.commitment_desk import CommitmentDesk
from meetingkit.services.signin_server import RateLimit
from meetingkit.storage import open_db
from meetingkit.storage.commitments import CommitmentStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.signin import SignInStore
from tests.services.test_signin_commitments import offer
from tests.services.test_signin_second_thoughts import _ask_hours, _csrf, _hidden
from tests.services.test_signin_server import Site, _fields_of, _site


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    yield from _site(tmp_path, RateLimit(per_minute=0))


def rosa_with_a_card(site: Site, *option_ids: int, hours: int | None = None) -> int:
    """Rosa Delgado, in the directory, present, with a card recorded on the laptop that says
    no to being contacted."""
    conn = open_db(site.db)
    try:
        rosa = PeopleStore(conn).add(
            Person("Rosa", "Delgado", phone="312-555-0104", email="rosa@example.org")
        )
        desk = CommitmentDesk(MeetingStore(conn).get(1), conn, ManualClock(site.clock.now()))
        desk.record(rosa.key, list(option_ids), hours=hours, contact_ok=False, source="card")
        return rosa.key
    finally:
        conn.close()


def signs_in(site: Site, **fields: str) -> tuple[str, str]:
    """(the sign-in's key, its confirmation page)."""
    _, headers, _ = site.sign_in(**fields)
    key = headers["location"].split("/done/")[1].split("?")[0]
    return key, site.request("GET", headers["location"])[2]


def commitments_of(site: Site, person_id: int) -> list[tuple[int | None, int | None, str]]:
    """(option, hours, source) of each of the person's commitments."""
    conn = open_db(site.db)
    try:
        return sorted(
            (
                (c.option_id, c.hours, c.source)
                for c in CommitmentStore(conn).for_meeting(1)
                if c.person_id == person_id
            ),
            key=lambda c: (c[0] is not None, c[0] or 0),
        )
    finally:
        conn.close()


def present(site: Site, person_id: int) -> bool:
    conn = open_db(site.db)
    try:
        return bool(
            conn.execute(
                "SELECT 1 FROM attendance WHERE meeting_id = 1 AND person_id = ?", [person_id]
            ).fetchone()
        )
    finally:
        conn.close()


def test_signed_in_as_someone_the_page_shows_none_of_her_commitments(site: Site) -> None:
    """The page came with Rosa's saved commitments ticked and her 4 hours a week filled in."""
    _bring, shift = offer(site, "Bring two coworkers", "Take a shift")
    _ask_hours(site)
    rosa_with_a_card(site, shift.key, hours=4)
    _, page = signs_in(site, first_name="rosa", phone="312 555 0104")
    assert " checked" not in page
    assert re.search(r'<input [^>]*name="hours"[^>]*value=""', page)
    assert "Thank you, <bdi>rosa</bdi>." in page  # as typed, not as her record spells it


def test_fixing_ones_answers_shows_what_was_typed_not_her_record(site: Site) -> None:
    """ "Fix my answers" showed her last name, "Delgado", which the phone never typed."""
    rosa_with_a_card(site)
    key, _ = signs_in(site, first_name="rosa", phone="312 555 0104")
    _, _, edit = site.request("GET", f"/s/{site.token}/edit/{key}")
    shown = _fields_of(edit)
    assert (shown["first_name"], shown["last_name"], shown["phone"]) == ("rosa", "", "312 555 0104")
    assert "Delgado" not in edit
    assert "rosa@example.org" not in edit


def _blind(page: str, *typed: str) -> str:
    """The page with what differs between any two sign-ins taken out: keys, tokens, the
    phrase and what each phone typed."""
    for text in typed:
        page = page.replace(text, "TYPED")
    page = re.sub(r'value="[A-Za-z0-9_-]{16,}"', 'value="KEY"', page)
    return re.sub(r"/(done|edit|withdraw|commit)/[A-Za-z0-9_-]+", r"/\1/KEY", page)


def test_a_known_person_and_a_stranger_get_the_same_pages(site: Site) -> None:
    """No answer tells whether a person is in the directory: signed in under her first name
    and phone number, or under a stranger's, the confirmation and "Fix my answers" are the
    same page."""
    offer(site, "Bring two coworkers")
    _ask_hours(site)
    rosa_with_a_card(site, hours=4)
    pages = []
    for first, phone in (("rosa", "312 555 0104"), ("zed", "312 555 0999")):
        key, done = signs_in(site, first_name=first, phone=phone, first_time="no")
        edit = site.request("GET", f"/s/{site.token}/edit/{key}")[2]
        pages.append((_blind(done, first, phone), _blind(edit, first, phone)))
    assert pages[0] == pages[1]


def test_her_commitments_cannot_be_changed_or_removed_from_that_sign_in(site: Site) -> None:
    """The phone could un-tick her commitments and confirm "Yes, remove"."""
    bring, shift, call = offer(site, "Bring two coworkers", "Take a shift", "Call Ana")
    _ask_hours(site)
    rosa = rosa_with_a_card(site, shift.key, hours=4)
    key, page = signs_in(site, first_name="rosa", phone="312 555 0104")
    commit = f"/s/{site.token}/commit/{key}?lang=en"
    everything = {"csrf": _csrf(page), **{f"opt_{o.key}": "yes" for o in (bring, shift, call)}}
    assert site.post(commit, {**everything, "hours": "10"})[0] == 303
    # Ticking what she holds adds nothing, nor do other hours replace hers
    assert commitments_of(site, rosa) == [
        (None, 4, "card"),
        (bring.key, None, "phone"),
        (shift.key, None, "card"),
        (call.key, None, "phone"),
    ]
    _, _, asked = site.post(commit, {"csrf": _csrf(page), "hours": ""})
    assert "Give 10 hours a week" in asked  # what this sign-in gave, and only that
    assert "Give 4 hours a week" not in asked
    assert site.post(commit, {**_hidden(asked), "confirm": "remove"})[0] == 303
    assert commitments_of(site, rosa) == [(None, 4, "card"), (shift.key, None, "card")]
    conn = open_db(site.db)
    assert CommitmentStore(conn).contact_ok(1, rosa) is False  # her card's answer stays
    conn.close()


def test_taking_back_that_sign_in_removes_only_what_it_gave(site: Site) -> None:
    """Taking back an impostor's sign-in deleted the real person's attendance and her
    commitments, though her own sign-in stayed."""
    (bring,) = offer(site, "Bring two coworkers")
    own_key, own_page = signs_in(site, first_name="Rosa", phone="312-555-0104")
    site.post(
        f"/s/{site.token}/commit/{own_key}",
        {"csrf": _csrf(own_page), "opt_" + str(bring.key): "yes"},
    )
    conn = open_db(site.db)
    rosa = conn.execute("SELECT person_id FROM signins").fetchone()[0]
    conn.close()
    rosas_phone = site.owner  # the impostor signs in on another phone
    site.owner = ""
    key, _ = signs_in(site, first_name="ROSA", email="", phone="+1 312 555 0104")
    _, _, asked = site.request("GET", f"/s/{site.token}/withdraw/{key}")
    status, _, gone = site.post(
        f"/s/{site.token}/withdraw/{key}", {"csrf": _csrf(asked), "confirm": "yes"}
    )
    assert (status, "taken back" in gone) == (200, True)
    assert len(site.rows()) == 1
    assert present(site, rosa)
    assert commitments_of(site, rosa) == [(bring.key, None, "phone")]
    site.owner = rosas_phone
    _, _, own = site.request("GET", f"/s/{site.token}/done/{own_key}")
    assert f'name="opt_{bring.key}" value="yes" checked' in own


def test_a_typo_in_the_hours_keeps_the_ticks_and_what_was_typed(site: Site) -> None:
    """The page came back with every box unticked, and 120 typed came back as 12."""
    bring, shift, call = offer(site, "Bring two coworkers", "Take a shift", "Call Ana")
    _ask_hours(site)
    key, page = signs_in(site, first_name="Bea", phone="773 555 0101")
    ticked = {"csrf": _csrf(page), f"opt_{bring.key}": "yes", f"opt_{call.key}": "yes"}
    status, _, answer = site.post(f"/s/{site.token}/commit/{key}", {**ticked, "hours": "120"})
    assert status == 400
    assert "whole number from 1 to 80" in answer
    assert re.search(r'<input [^>]*name="hours"[^>]*value="120"', answer)
    assert f'name="opt_{bring.key}" value="yes" checked' in answer
    assert f'name="opt_{call.key}" value="yes" checked' in answer
    assert f'name="opt_{shift.key}" value="yes">' in answer
    conn = open_db(site.db)
    assert CommitmentStore(conn).for_meeting(1) == []
    conn.close()


def test_the_question_says_the_hours_in_the_pages_language(site: Site) -> None:
    """The Spanish question listed "Give 6 hours a week", made once in the app's language."""
    (bring,) = offer(site, "Traer a dos colegas")
    _ask_hours(site)
    key, page = signs_in(site, first_name="Rosa", phone="312 555 0104", lang="es")
    commit = f"/s/{site.token}/commit/{key}?lang=es"
    site.post(commit, {"csrf": _csrf(page), "lang": "es", f"opt_{bring.key}": "yes", "hours": "6"})
    _, _, asked = site.post(commit, {"csrf": _csrf(page), "lang": "es", "hours": ""})
    assert '<li dir="auto">Dar 6 horas por semana</li>' in asked
    assert "Give 6" not in asked


def test_the_confirmation_and_the_questions_switch_language(site: Site) -> None:
    """The form had "Español/English"; the confirmation and the questions after it did not."""
    (bring,) = offer(site, "Bring two coworkers")
    _ask_hours(site)
    key, done = signs_in(site, first_name="Rosa", phone="312 555 0104")
    # a button of the commitments' form, which carries what was ticked to the other language
    assert (
        '<button type="submit" form="commit" name="view" value="es" formnovalidate lang="es">'
        "Español</button>"
    ) in done
    _, _, asked = site.request("GET", f"/s/{site.token}/withdraw/{key}")
    assert f'<a href="/s/{site.token}/withdraw/{key}?lang=es" lang="es">Español</a>' in asked
    commit = f"/s/{site.token}/commit/{key}"
    site.post(commit, {"csrf": _csrf(done), f"opt_{bring.key}": "yes", "hours": "6"})
    _, _, question = site.post(commit, {"csrf": _csrf(done), "hours": ""})
    switch = re.search(r'<nav><form method="post" action="([^"]+)">(.*?)</form></nav>', question)
    assert switch
    sent = dict(re.findall(r'name="([^"]+)" value="([^"]*)"', switch.group(2)))
    assert sent["lang"] == "es"
    assert "confirm" not in sent  # it asks again, it does not answer
    status, _, again = site.post(switch.group(1).replace("&amp;", "&"), sent)
    assert status == 200
    assert "<h1>¿Quitar lo que desmarcaste?</h1>" in again
    assert "Dar 6 horas por semana" in again


def test_a_sign_in_merged_into_an_existing_record_shows_and_forgets_nothing_of_it(
    site: Site,
) -> None:
    """A new person, flagged as maybe Rosa and merged into her by an organizer: the phone's
    pages still show what it typed, and taking it back does not forget Rosa."""
    conn = open_db(site.db)
    rosa = PeopleStore(conn).add(Person("Rosa", "Delgado", email="rosa@example.org"))
    conn.close()
    key, _ = signs_in(site, first_name="Rosa", last_name="Delgado", phone="312 555 0177")
    conn = open_db(site.db)
    store = SignInStore(conn)
    [flag] = store.flags(1)
    store.merge(flag)
    conn.close()
    _, _, edit = site.request("GET", f"/s/{site.token}/edit/{key}")
    assert "rosa@example.org" not in edit
    _, _, asked = site.request("GET", f"/s/{site.token}/withdraw/{key}")
    site.post(f"/s/{site.token}/withdraw/{key}", {"csrf": _csrf(asked), "confirm": "yes"})
    conn = open_db(site.db)
    assert PeopleStore(conn).get(rosa.key).email == "rosa@example.org"
    conn.close()
