"""The phone form offers the meeting's self-identified groups as unticked boxes, under one
honest line (optional; shown only as totals of the meeting's smallest group or more), in the
phone's language; a group posted that is not offered is ignored."""

import datetime as dt
import html
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from meetingkit.core.clock import ManualClock
from meetingkit.core.floor import FloorSettings
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.core.signin import FormSettings
from meetingkit.services.data_dir import database_path
from meetingkit.services.signin_server import RateLimit, SignInServer
from meetingkit.storage import open_db
from meetingkit.storage.floor import FloorStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.signin import SignInStore
from tests.services.test_signin_server import T0, Events, Site

OFFER = ("Night shift", "Spanish speaking", "<b>Tom & Jerry</b>")


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    db = database_path(tmp_path)
    conn = open_db(db)
    meeting = MeetingStore(conn).create(Meeting("Assembly", dt.date(2026, 11, 21), dt.time(19)))
    FloorStore(conn).save_settings(meeting.key, FloorSettings(min_group_size=4))
    PeopleStore(conn).add(Person("Rosa", "Delgado", phone="312 555 0104"))
    store = SignInStore(conn)
    settings = store.settings(meeting.key)
    form = FormSettings(("first_name", "phone"), ("photo",), OFFER)
    store.save_settings(replace(settings, form=form))
    conn.close()
    events = Events()
    server = SignInServer(
        db, meeting.key, ManualClock(T0), events, host="127.0.0.1", port=0,
        limit=RateLimit(per_minute=0),
    )  # fmt: skip
    server.start()
    try:
        yield Site(server, settings.token, settings.phrase, db, ManualClock(T0), events)
    finally:
        server.stop()


def boxes(page: str) -> list[tuple[str, str, bool]]:
    """(field, value, ticked) of each group's box."""
    found = re.findall(
        r'<input type="checkbox" name="(group_\d+)" value="([^"]*)"( checked)?', page
    )
    return [(name, html.unescape(value), bool(ticked)) for name, value, ticked in found]


def given_groups(site: Site) -> list[tuple[int, str, int]]:
    conn = open_db(site.db)
    try:
        rows = conn.execute(
            "SELECT s.person_id, g.category, g.waiting FROM signin_groups g"
            " JOIN signins s ON s.id = g.signin_id ORDER BY 1, 2"
        )
        return [tuple(r) for r in rows]
    finally:
        conn.close()


def test_the_groups_are_offered_unticked_with_one_honest_line(site: Site) -> None:
    _, _, page = site.request("GET", f"/s/{site.token}")
    assert boxes(page) == [
        ("group_1", "Night shift", False),
        ("group_2", "Spanish speaking", False),
        ("group_3", "<b>Tom & Jerry</b>", False),
    ]
    assert "<b>Tom" not in page  # escaped, as every organizer's word
    assert "<legend>Groups you belong to</legend>" in page
    assert "Optional: tick only what you want counted." in page
    assert "only with 4 or more people" in page  # the meeting's own smallest group
    assert page.index("Groups you belong to") < page.index("Only if you agree")  # consents after


def test_a_new_smallest_group_reaches_the_next_phone_while_the_server_runs(site: Site) -> None:
    """The organizer changes the smallest group shown (Floor settings) while phones sign in:
    the next phone to load the form reads the new one, with no reload by the app (it may be
    changed in another process, for `meetingkit serve`)."""
    conn = open_db(site.db)
    try:
        floor = FloorStore(conn)
        [meeting_id] = [r[0] for r in conn.execute("SELECT id FROM meetings")]
        floor.save_settings(meeting_id, replace(floor.settings(meeting_id), min_group_size=6))
    finally:
        conn.close()
    _, _, page = site.request("GET", f"/s/{site.token}")
    assert "only with 6 or more people" in page
    assert "4 or more" not in page


def test_in_spanish(site: Site) -> None:
    _, _, page = site.request("GET", f"/s/{site.token}", headers={"Accept-Language": "es"})
    assert "<legend>Grupos a los que perteneces</legend>" in page
    assert "Opcional: marca solo lo que quieras que se cuente." in page
    assert "solo con 4 personas o más" in page
    assert [v for _, v, _ in boxes(page)] == list(OFFER)  # the organizer's words, as typed


def test_a_ticked_group_is_kept_and_a_forged_one_ignored(site: Site) -> None:
    status, headers, _ = site.sign_in(
        first_name="Lan",
        phone="3125550199",
        group_2="Spanish speaking",
        group_1="Management",  # not offered
        group_3="x" * 5000,  # nor this
        group_9="Night shift",  # offered, in a box the page did not draw: still that group
    )
    assert status == 303
    assert [g for _, g, _ in given_groups(site)] == ["Night shift", "Spanish speaking"]
    # the fix page shows them ticked, the rest not
    key = headers["location"].split("/done/")[1].split("?")[0]
    _, _, page = site.request("GET", f"/s/{site.token}/edit/{key}")
    assert [t for _, _, t in boxes(page)] == [True, True, False]


def test_a_mistake_keeps_the_ticks(site: Site) -> None:
    status, _, page = site.sign_in(first_name="", phone="3125550199", group_1="Night shift")
    assert status == 400
    assert [t for _, _, t in boxes(page)] == [True, False, False]


def test_a_known_persons_ticks_wait_and_her_fix_page_looks_like_anyones(site: Site) -> None:
    """Whoever typed Rosa's name and number cannot tell from the page that her record was
    found: the ticks show as ticked, as a newcomer's do."""
    pages = []
    for first, phone in (("Rosa", "312 555 0104"), ("Lan", "312 555 0199")):
        site.owner = ""
        _, done, _ = site.sign_in(first_name=first, phone=phone, group_2="Spanish speaking")
        key = done["location"].split("/done/")[1].split("?")[0]
        _, _, page = site.request("GET", f"/s/{site.token}/edit/{key}")
        pages.append(boxes(page))
    assert (
        pages[0]
        == pages[1]
        == [
            ("group_1", "Night shift", False),
            ("group_2", "Spanish speaking", True),
            ("group_3", "<b>Tom & Jerry</b>", False),
        ]
    )
    assert [(g, w) for _, g, w in given_groups(site)] == [
        ("Spanish speaking", 1),  # Rosa's record lacks it: it waits for the organizer
        ("Spanish speaking", 0),  # Lan, new: hers at once
    ]


def test_a_form_without_groups_shows_none(tmp_path: Path) -> None:
    from meetingkit.services.signin_pages import form_page

    page = form_page(
        language="en", meeting_title="M", phrase="a-b-c", settings=FormSettings(),
        action="/s/t", csrf="c", nonce="n" * 16,
    )  # fmt: skip
    assert "group_" not in page
    assert "Groups you belong to" not in page
