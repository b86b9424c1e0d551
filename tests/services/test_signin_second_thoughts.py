"""On the phone, what removes something is asked about first, and a plain change loses
nothing: taking back one's sign-in, and saving commitments with a saved one un-ticked."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from meetingkit.core.clock import ManualClock
from meetingkit.core.commitment import FollowUpStatus
from meetingkit.services.commitment_desk import CommitmentDesk
from meetingkit.services.signin_pages import TEXT
from meetingkit.services.signin_server import RateLimit
from meetingkit.storage import open_db
from meetingkit.storage.commitments import CommitmentStore
from meetingkit.storage.meetings import MeetingStore
from tests.services.test_signin_commitments import offer, recorded, signed_in
from tests.services.test_signin_server import Site, _site


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    yield from _site(tmp_path, RateLimit(per_minute=0))


def _csrf(page: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', page)
    assert found
    return found.group(1)


def _hidden(page: str) -> dict[str, str]:
    """The fields a confirmation page's form sends back, as the phone sends them."""
    return dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', page))


def _ask_hours(site: Site, *, asked: bool = True) -> None:
    conn = open_db(site.db)
    store = CommitmentStore(conn)
    store.save_settings(replace(store.settings(1), hours_per_week=asked))
    conn.commit()
    conn.close()


# Taking back one's sign-in


def test_taking_back_a_sign_in_is_a_link_to_a_question_not_a_one_tap_button(site: Site) -> None:
    """ "Take back my sign-in" was a button that removed the sign-in at one tap."""
    key, done = signed_in(site)
    assert "/withdraw/" not in "".join(re.findall(r'<form [^>]*action="([^"]+)"', done))
    link = re.search(r'<a href="([^"]+/withdraw/[^"]+)">Take back my sign-in…</a>', done)
    assert link
    status, _, asked = site.request("GET", link.group(1).replace("&amp;", "&"))
    assert status == 200
    assert "<h1>Take back your sign-in?</h1>" in asked
    assert "the organizers will not see that you came" in asked
    assert '<button class="danger" type="submit">Yes, take back my sign-in</button>' in asked
    assert f'<a href="/s/{site.token}/done/{key}?lang=en">No, keep my sign-in</a>' in asked
    assert len(site.rows()) == 1  # asking removed nothing
    assert not site.events.withdrawn_ids


def test_a_post_without_the_answer_asks_again_and_removes_nothing(site: Site) -> None:
    """The one-tap form of a page loaded before the question came (or a forged one) posts
    no answer."""
    key, _ = signed_in(site)
    _, _, asked = site.request("GET", f"/s/{site.token}/withdraw/{key}")
    status, _, again = site.post(f"/s/{site.token}/withdraw/{key}", {"csrf": _csrf(asked)})
    assert status == 200
    assert "Take back your sign-in?" in again
    assert len(site.rows()) == 1
    status, _, _ = site.post(
        f"/s/{site.token}/withdraw/{key}", {"csrf": "forged", "confirm": "yes"}
    )
    assert status == 403
    assert len(site.rows()) == 1
    status, _, gone = site.post(
        f"/s/{site.token}/withdraw/{key}", {"csrf": _csrf(asked), "confirm": "yes"}
    )
    assert status == 200
    assert "Sign-in taken back" in gone
    assert site.rows() == []


def test_the_page_after_taking_back_leads_to_the_form(site: Site) -> None:
    """The question said one can sign in again afterwards: the page after has the way."""
    key, _ = signed_in(site)
    _, _, asked = site.request("GET", f"/s/{site.token}/withdraw/{key}")
    _, _, gone = site.post(
        f"/s/{site.token}/withdraw/{key}", {"csrf": _csrf(asked), "confirm": "yes"}
    )
    assert f'<a href="/s/{site.token}?lang=en">Sign in again</a>' in gone
    status, _, form = site.request("GET", f"/s/{site.token}?lang=en")
    assert status == 200
    assert "<form" in form


def test_the_question_is_not_asked_after_the_fifteen_minutes(site: Site) -> None:
    key, _ = signed_in(site)
    site.clock.advance(16 * 60)
    status, _, page = site.request("GET", f"/s/{site.token}/withdraw/{key}")
    assert status == 403
    assert "15 minutes" in page
    status, _, _ = site.request("GET", f"/s/{site.token}/withdraw/not-a-key")
    assert status == 404


# Un-ticking a saved commitment


def test_un_ticking_a_saved_commitment_asks_before_removing_it(site: Site) -> None:
    """Saving with a saved commitment un-ticked deleted it at once, its follow-up with it."""
    bring, shift = offer(site, "Bring two coworkers", "Take a shift <b>now</b>")
    _ask_hours(site)
    key, page = signed_in(site)
    commit = f"/s/{site.token}/commit/{key}?lang=en"
    both = {"csrf": _csrf(page), "lang": "en", f"opt_{bring.key}": "yes"}
    site.post(commit, {**both, f"opt_{shift.key}": "yes", "hours": "3"})
    assert len(recorded(site)) == 3
    status, _, asked = site.post(commit, {**both, "hours": ""})  # shift and hours un-ticked
    assert status == 200
    assert "<h1>Remove what you un-ticked?</h1>" in asked
    assert '<li dir="auto">Take a shift &lt;b&gt;now&lt;/b&gt; (by Sat 5 Dec)</li>' in asked
    assert '<li dir="auto">Give 3 hours a week</li>' in asked
    assert "Bring two coworkers" not in asked  # still ticked: not going
    assert len(recorded(site)) == 3  # asking saved nothing
    sent = _hidden(asked)
    assert sent[f"opt_{bring.key}"] == "yes"
    assert f"opt_{shift.key}" not in sent
    status, headers, _ = site.post(commit, {**sent, "confirm": "remove"})
    assert status == 303
    assert [text for text, _, _ in recorded(site)] == ["Bring two coworkers (by Sat 5 Dec)"]
    assert "saved=1" in headers["location"]


def test_keep_saves_the_rest_and_keeps_the_un_ticked_with_their_follow_up(site: Site) -> None:
    bring, shift, call = offer(site, "Bring two coworkers", "Take a shift", "Call Ana")
    key, page = signed_in(site)
    commit = f"/s/{site.token}/commit/{key}?lang=en"
    csrf = _csrf(page)
    site.post(commit, {"csrf": csrf, f"opt_{bring.key}": "yes", f"opt_{shift.key}": "yes"})
    conn = open_db(site.db)
    store = CommitmentStore(conn)
    taken = next(c for c in store.for_meeting(1) if c.option_id == shift.key)
    store.update_follow_up(
        taken.key,
        status=FollowUpStatus.REACHED,
        notes="Called.",
        organizer_id=None,
        follow_up_due=taken.follow_up_due,
        now_ms=0,
    )
    conn.commit()
    conn.close()
    # A thumb un-ticks the shift while ticking "Call Ana"
    now = {"csrf": csrf, f"opt_{bring.key}": "yes", f"opt_{call.key}": "yes"}
    _, _, asked = site.post(commit, now)
    status, _, _ = site.post(commit, {**_hidden(asked), "confirm": "keep"})
    assert status == 303
    conn = open_db(site.db)
    kept = {c.option_id: c for c in CommitmentStore(conn).for_meeting(1)}
    conn.close()
    assert set(kept) == {bring.key, shift.key, call.key}
    assert (kept[shift.key].status, kept[shift.key].notes) == (FollowUpStatus.REACHED, "Called.")


def test_ticking_more_or_changing_hours_is_saved_without_a_question(site: Site) -> None:
    bring, shift = offer(site, "Bring two coworkers", "Take a shift")
    _ask_hours(site)
    key, page = signed_in(site)
    commit = f"/s/{site.token}/commit/{key}?lang=en"
    csrf = _csrf(page)
    site.post(commit, {"csrf": csrf, f"opt_{bring.key}": "yes", "hours": "2"})
    status, _, _ = site.post(
        commit, {"csrf": csrf, f"opt_{bring.key}": "yes", f"opt_{shift.key}": "yes", "hours": "5"}
    )
    assert status == 303
    assert sorted(text for text, _, _ in recorded(site)) == [
        "Bring two coworkers (by Sat 5 Dec)",
        "Give 5 hours a week",
        "Take a shift (by Sat 5 Dec)",
    ]


def test_hours_the_page_does_not_ask_for_are_never_removed_by_it(site: Site) -> None:
    """Hours an organizer recorded from a paper card went when the phone's page, which does
    not show hours when the meeting does not ask for them, was saved."""
    (bring,) = offer(site, "Bring two coworkers")
    _ask_hours(site, asked=False)
    key, page = signed_in(site)
    conn = open_db(site.db)
    person = conn.execute("SELECT person_id FROM signins").fetchone()[0]
    desk = CommitmentDesk(MeetingStore(conn).get(1), conn, ManualClock(site.clock.now()))
    desk.record(person, [], hours=6, source="card")
    conn.commit()
    conn.close()
    assert 'name="hours"' not in site.request("GET", f"/s/{site.token}/done/{key}")[2]
    status, _, _ = site.post(
        f"/s/{site.token}/commit/{key}?lang=en", {"csrf": _csrf(page), f"opt_{bring.key}": "yes"}
    )
    assert status == 303
    assert sorted(recorded(site)) == [
        ("Bring two coworkers (by Sat 5 Dec)", None, "phone"),
        ("Give 6 hours a week", 6, "card"),
    ]


def test_the_questions_are_asked_in_spanish(site: Site) -> None:
    (bring,) = offer(site, "Traer a dos colegas")
    _, headers, _ = site.sign_in(first_name="Rosa", lang="es")
    key = headers["location"].split("/done/")[1].split("?")[0]
    _, _, done = site.request("GET", f"/s/{site.token}/done/{key}?lang=es")
    assert TEXT["es"]["withdraw"] in done
    _, _, asked = site.request("GET", f"/s/{site.token}/withdraw/{key}?lang=es")
    for part in ("withdraw_title", "withdraw_yes", "withdraw_keep"):
        assert TEXT["es"][part] in asked
    commit = f"/s/{site.token}/commit/{key}?lang=es"
    site.post(commit, {"csrf": _csrf(done), "lang": "es", f"opt_{bring.key}": "yes"})
    _, _, uncommit = site.post(commit, {"csrf": _csrf(done), "lang": "es"})
    assert '<html lang="es">' in uncommit
    for part in ("uncommit_title", "uncommit_explain", "uncommit_yes", "uncommit_keep"):
        assert TEXT["es"][part] in uncommit


def test_every_new_line_is_written_in_both_languages() -> None:
    new = {k for k in TEXT["en"] if k.startswith(("withdraw_", "uncommit_"))}
    assert len(new) == 8
    assert new <= set(TEXT["es"])
