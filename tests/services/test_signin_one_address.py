"""A room behind one address: a venue's router joining its guest Wi-Fi to the laptop's network
by NAT, or a phone's hotspot, brings every phone from the same address. Honest sign-ins from
that address all get through, a whole room of them at once; a flood from it is still refused.
"""

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from meetingkit.services.signin_server import RateLimit
from tests.services.test_signin_server import Site, _site

NAT = "192.168.0.1"  # the venue's router, as the laptop sees every phone


def visit(start: float, *, commitments: bool = True, mistake: bool = False) -> list[tuple]:
    """One phone's requests, as a browser makes them: (seconds after `start`, is a POST).

    Each page comes with its stylesheet (answered `no-store`, so fetched again) and the
    /favicon.ico a browser asks for. The form, then after typing the post and its
    confirmation; a mistake sends the form back once; commitments post from the
    confirmation and show it again."""
    page = [(0.0, False), (0.2, False), (0.3, False)]
    at = [(start + t, post) for t, post in page]
    typed = start + 40.0
    if mistake:
        at += [(typed, True), (typed + 0.2, False)]
        typed += 15.0
    at += [(typed, True)] + [(typed + 0.3 + t, post) for t, post in page]
    if commitments:
        at += [(typed + 20.0, True)] + [(typed + 20.3 + t, post) for t, post in page]
    return at


def refused(limit: RateLimit, arrivals: list[float], **kinds: bool) -> int:
    """How many of these phones' requests `limit` refuses, all from one address."""
    requests = sorted(r for a in arrivals for r in visit(a, **kinds))
    return sum(not limit.allow(NAT, t, post=post) for t, post in requests)


def test_forty_phones_in_the_same_twenty_seconds_all_get_through() -> None:
    """ "Please sign in now": 40 people scan the code within 20 seconds."""
    arrivals = [n * 0.5 for n in range(40)]
    assert refused(RateLimit(), arrivals) == 0
    assert refused(RateLimit(), arrivals, mistake=True) == 0
    bunched = [n * 0.05 for n in range(40)]  # all in two seconds
    assert refused(RateLimit(), bunched, mistake=True) == 0


def test_a_hundred_and_fifty_in_three_minutes_all_get_through() -> None:
    arrivals = [n * 180 / 150 for n in range(150)]
    assert refused(RateLimit(), arrivals) == 0
    assert refused(RateLimit(), arrivals, mistake=True) == 0
    # Twice as many in the first minute as in the others
    front = [n * 0.6 for n in range(75)] + [45 + n * 1.8 for n in range(75)]
    assert refused(RateLimit(), front, mistake=True) == 0


def test_a_flood_of_posts_from_one_address_is_refused() -> None:
    limit = RateLimit()
    posts = [n * 60 / 3000 for n in range(3000)]  # 3,000 posts in a minute
    let_through = sum(limit.allow(NAT, t, post=True) for t in posts)
    assert let_through <= limit.post_burst + limit.posts_per_minute + 1
    assert let_through / len(posts) < 0.12
    # and everything else it asks, thousands a minute
    limit = RateLimit()
    pages = [n * 60 / 10_000 for n in range(10_000)]
    let_through = sum(limit.allow(NAT, t) for t in pages)
    assert let_through <= limit.burst + limit.per_minute + 1
    # The phones on another address are not slowed by it
    assert limit.allow("192.168.0.77", 60.0, post=True)


def test_a_refused_post_takes_nothing_and_gets_are_not_held_by_posts() -> None:
    limit = RateLimit(per_minute=60, burst=3, posts_per_minute=60, post_burst=1)
    assert limit.allow(NAT, 0.0, post=True)
    assert not limit.allow(NAT, 0.0, post=True)  # the post bucket is empty
    assert limit.allow(NAT, 0.0)  # a page is still shown
    assert limit.allow(NAT, 0.0)
    assert not limit.allow(NAT, 0.0)
    assert limit.allow(NAT, 1.0, post=True)  # one more of each a second


@pytest.fixture
def room(tmp_path: Path) -> Iterator[Site]:
    """The sign-in as served, with its default limits, every phone from 127.0.0.1."""
    yield from _site(tmp_path, RateLimit())


def _phone_signs_in(room: Site, n: int) -> list[int]:
    """One phone's sign-in as a browser makes it: every status it was answered after the
    form's."""
    phone = replace(room, cookie="", owner="")
    csrf, nonce = phone.form()  # answered 200, or it fails here
    statuses = [phone.request("GET", p)[0] for p in ("/static/signin.css", "/favicon.ico")]
    fields = {"first_name": "Phone", "last_name": f"{n:03d}", "phone": f"312555{n:04d}"}
    status, headers, _ = phone.post(f"/s/{room.token}", {"csrf": csrf, "nonce": nonce, **fields})
    statuses.append(status)
    if status == 303:
        done = headers["location"]
        for path in (done, "/static/signin.css", "/favicon.ico"):
            statuses.append(phone.request("GET", path)[0])
    return statuses


def _phones_at_once(room: Site, count: int) -> dict[int, list[int] | str]:
    """`count` phones signing in at the same time: what each was answered, or its error."""
    answers: dict[int, list[int] | str] = {}

    def phone(n: int) -> None:
        try:
            answers[n] = _phone_signs_in(room, n)
        except (OSError, AssertionError) as e:  # reset, refused, or a page other than 200
            answers[n] = repr(e)

    phones = [threading.Thread(target=phone, args=(n,)) for n in range(count)]
    for t in phones:
        t.start()
    for t in phones:
        t.join(timeout=60)
    return answers


# Every phone: the stylesheet, no icon; signed in; its confirmation, the stylesheet, no icon
SIGNED_IN = [200, 404, 303, 200, 200, 404]


def test_a_room_behind_one_address_signs_in_together(room: Site) -> None:
    """40 phones at once from one address: none is told "Too many tries"."""
    answers = _phones_at_once(room, 40)
    assert answers == dict.fromkeys(range(40), SIGNED_IN)
    assert len(room.rows()) == 40
    assert len(room.events.signed) == 40


def test_a_room_behind_one_address_keeps_its_connections(room: Site) -> None:
    """The connections a room's browsers keep open, all from one address, do not keep the
    next phones out."""
    held = [socket.create_connection(("127.0.0.1", room.server.port)) for _ in range(40)]
    try:
        answers = _phones_at_once(room, 20)
        assert answers == dict.fromkeys(range(20), SIGNED_IN)
    finally:
        for s in held:
            s.close()


def test_a_flood_of_posts_from_one_address_is_refused_as_served(room: Site) -> None:
    """Posts as fast as one device can send them: past the burst, nearly all refused, and
    only what was let through is written."""
    csrf, _ = room.form()

    def flood(n: int) -> int:
        room.owner = ""  # a flood keeps no sign-in's cookie (kept, it would be one sign-in)
        sent = {"csrf": csrf, "nonce": f"flood{n:012d}", "first_name": "F", "phone": f"3125{n:06d}"}
        return room.post(f"/s/{room.token}", sent)[0]

    started = time.monotonic()
    statuses = [flood(n) for n in range(400)]
    seconds = time.monotonic() - started
    limit = RateLimit()
    allowed = limit.post_burst + seconds * limit.posts_per_minute / 60 + 1
    assert statuses.count(303) <= allowed
    assert statuses.count(429) >= 400 - allowed
    assert set(statuses) <= {303, 429}
    assert len(room.rows()) == statuses.count(303)
    # The refusal speaks of the network, not "this phone": behind a venue's router the phone
    # refused may be its first try
    status, _, body = room.post(f"/s/{room.token}", {"csrf": csrf, "nonce": "flood-last"})
    assert status == 429
    assert "Too many tries from this network" in body
