"""Attendees pick commitments on their phone right after signing in."""

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from meetingkit.core.commitment import CommitmentOption
from meetingkit.services.signin_server import RateLimit
from meetingkit.storage import open_db
from meetingkit.storage.commitments import CommitmentStore
from tests.services.test_signin_server import Site, _site


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    yield from _site(tmp_path, RateLimit(per_minute=0))


def offer(site: Site, *texts: str) -> list[CommitmentOption]:
    conn = open_db(site.db)
    try:
        store = CommitmentStore(conn)
        options = store.save_options(
            1, [CommitmentOption(1, t, dt.date(2026, 12, 5)) for t in texts]
        )
        conn.commit()
        return options
    finally:
        conn.close()


def recorded(site: Site) -> list[tuple[str, int | None, str]]:
    conn = open_db(site.db)
    try:
        return [(c.text, c.hours, c.source) for c in CommitmentStore(conn).for_meeting(1)]
    finally:
        conn.close()


def signed_in(site: Site) -> tuple[str, str]:
    _, headers, _ = site.sign_in(first_name="Rosa", phone="(312) 555-0104")
    _, _, page = site.request("GET", headers["location"])
    key = headers["location"].split("/done/")[1].split("?")[0]
    return key, page


def test_no_options_means_no_commitment_form(site: Site) -> None:
    _, page = signed_in(site)
    assert "What will you do next?" not in page


def test_ticked_commitments_are_saved_and_shown_ticked(site: Site) -> None:
    bring, shift = offer(site, "Bring two coworkers", "Take a shift <b>now</b>")
    key, page = signed_in(site)
    assert "What will you do next?" in page
    assert "Take a shift &lt;b&gt;now&lt;/b&gt; (by Sat 5 Dec)" in page
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
    status, headers, _ = site.post(
        f"/s/{site.token}/commit/{key}",
        {"csrf": csrf, "lang": "en", f"opt_{shift.key}": "yes", "hours": "4"},
    )
    assert status == 303
    assert recorded(site) == [
        ("Take a shift <b>now</b> (by Sat 5 Dec)", None, "phone"),
        ("Give 4 hours a week", 4, "phone"),
    ]
    assert site.events.committed_ids
    _, _, after = site.request("GET", headers["location"])
    assert "Saved — thank you!" in after
    assert f'name="opt_{shift.key}" value="yes" checked' in after
    assert f'name="opt_{bring.key}" value="yes">' in after
    assert 'value="4"' in after


def test_bad_hours_are_explained_and_nothing_is_saved(site: Site) -> None:
    (bring,) = offer(site, "Bring two coworkers")
    key, page = signed_in(site)
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
    status, _, answer = site.post(
        f"/s/{site.token}/commit/{key}",
        {"csrf": csrf, f"opt_{bring.key}": "yes", "hours": "99"},
    )
    assert status == 400
    assert "whole number from 1 to 80" in answer
    field = re.search(r'<input [^>]*name="hours"[^>]*>', answer)
    assert field
    assert 'class="invalid" aria-invalid="true" aria-describedby="hours-error"' in field.group(0)
    assert '<p class="error" id="hours-error" role="alert">' in answer
    assert recorded(site) == []


def test_forged_or_stale_posts_save_nothing(site: Site) -> None:
    (_bring,) = offer(site, "Bring two coworkers")
    key, page = signed_in(site)
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
    status, _, _ = site.post(f"/s/{site.token}/commit/{key}", {"csrf": "forged"})
    assert status == 403
    status, _, _ = site.post(f"/s/{site.token}/commit/not-a-key", {"csrf": csrf})
    assert status == 404
    status, _, _ = site.post(f"/s/{site.token}/commit/{key}", {"csrf": csrf, "opt_999": "yes"})
    assert status == 409  # an option that is not (or no longer) offered
    assert recorded(site) == []


@pytest.mark.parametrize(
    "field", [{"opt_²": "yes"}, {"opt_" + "9" * 5000: "yes"}, {"hours": "9" * 5000}]
)
def test_a_hostile_commitment_post_is_refused_politely(site: Site, field: dict[str, str]) -> None:
    """A superscript digit or five thousand digits made `int()` raise: the phone got a bare
    "Internal Server Error"."""
    offer(site, "Bring two coworkers")
    key, page = signed_in(site)
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
    status, _, answer = site.post(f"/s/{site.token}/commit/{key}", {"csrf": csrf, **field})
    assert status in (303, 400)
    assert "Internal Server Error" not in answer
    assert [text for text, _hours, _source in recorded(site)] == []
