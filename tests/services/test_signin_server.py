"""The sign-in server over a real socket on 127.0.0.1, without Qt. Hostile inputs each get
the right answer and lose or corrupt nothing."""

import contextlib
import datetime as dt
import http.client
import re
import socket
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

import pytest

from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.core.signin import FormSettings
from meetingkit.services.data_dir import database_path
from meetingkit.services.signin_server import RateLimit, SignInServer, host_headers
from meetingkit.storage import open_db
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.signin import SignedIn, SignInStore

T0 = 1_795_000_000.0
FIELDS = ("first_name", "last_name", "phone", "email", "first_time", "profession", "shift")


@dataclass
class Events:
    """Records what the server tells the app."""

    visits: int = 0
    signed: list[SignedIn] = field(default_factory=list)
    withdrawn_ids: list[int] = field(default_factory=list)
    committed_ids: list[int] = field(default_factory=list)
    not_saved_reasons: list[str] = field(default_factory=list)

    def visited(self) -> None:
        self.visits += 1

    def signed_in(self, signed: SignedIn) -> None:
        self.signed.append(signed)

    def withdrawn(self, signin_id: int) -> None:
        self.withdrawn_ids.append(signin_id)

    def committed(self, person_id: int) -> None:
        self.committed_ids.append(person_id)

    def not_saved(self, reason: str) -> None:
        self.not_saved_reasons.append(reason)


@dataclass
class Site:
    server: SignInServer
    token: str
    phrase: str
    db: Path
    clock: ManualClock
    events: Events
    cookie: str = ""  # the CSRF cookie
    owner: str = ""  # the cookie of the phone that made the last sign-in (mk_own)

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, dict[str, str], str]:
        conn = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=10)
        all_headers = {"Host": f"127.0.0.1:{self.server.port}"}
        sent = {"mk_csrf": self.cookie, "mk_own": self.owner}
        if any(sent.values()):
            all_headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in sent.items() if v)
        all_headers.update(headers or {})
        conn.request(method, path, body=body, headers=all_headers)
        response = conn.getresponse()
        text = response.read().decode("utf-8", "replace")
        got = {k.lower(): v for k, v in response.getheaders()}
        got["set-cookie"] = "\n".join(response.msg.get_all("Set-Cookie") or [])
        conn.close()
        for line in got["set-cookie"].splitlines():
            name, value = line.split(";")[0].split("=", 1)
            if name == "mk_csrf":
                self.cookie = value
            elif name == "mk_own":
                self.owner = value
        return response.status, got, text

    def form(self) -> tuple[str, str]:
        """Open the form; (csrf, nonce) as a phone would carry them back."""
        status, _, page = self.request("GET", f"/s/{self.token}")
        assert status == 200
        csrf = re.search(r'name="csrf" value="([^"]+)"', page)
        nonce = re.search(r'name="nonce" value="([^"]+)"', page)
        assert csrf
        assert nonce
        return csrf.group(1), nonce.group(1)

    def post(self, path: str, fields: dict[str, str], **headers: str) -> tuple[int, dict, str]:
        body = urlencode(fields).encode()
        return self.request(
            "POST", path, body, {"Content-Type": "application/x-www-form-urlencoded", **headers}
        )

    def sign_in(self, **fields: str) -> tuple[int, dict, str]:
        csrf, nonce = self.form()
        return self.post(f"/s/{self.token}", {"csrf": csrf, "nonce": nonce, **fields})

    def rows(self) -> list[sqlite3.Row]:
        conn = open_db(self.db)
        try:
            return conn.execute("SELECT * FROM signins").fetchall()
        finally:
            conn.close()


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    yield from _site(tmp_path, RateLimit(per_minute=0))


def _site(tmp_path: Path, limit: RateLimit) -> Iterator[Site]:
    db = database_path(tmp_path)
    conn = open_db(db)
    meeting = MeetingStore(conn).create(
        Meeting("Safe Staffing — November", dt.date(2026, 11, 21), dt.time(18, 30))
    )
    store = SignInStore(conn)
    settings = store.settings(meeting.key)
    from dataclasses import replace

    store.save_settings(replace(settings, form=FormSettings(FIELDS)))
    conn.close()
    clock, events = ManualClock(T0), Events()
    server = SignInServer(db, meeting.key, clock, events, host="127.0.0.1", port=0, limit=limit)
    server.start()
    try:
        yield Site(server, settings.token, settings.phrase, db, clock, events)
    finally:
        server.stop()


def test_the_form_is_safe_by_default(site: Site) -> None:
    status, headers, page = site.request("GET", f"/s/{site.token}")
    assert status == 200
    assert headers["cache-control"] == "no-store"
    assert "default-src 'none'" in headers["content-security-policy"]
    assert "server" not in headers
    assert "HttpOnly" in headers["set-cookie"]
    assert site.phrase in page
    assert "Safe Staffing — November" in page
    assert "<script" not in page
    assert " checked" not in page  # every consent box starts unticked
    assert "http://" not in page.replace(f"127.0.0.1:{site.server.port}", "")  # no third party
    assert site.events.visits == 1


def test_signing_in_commits_before_saying_so(site: Site) -> None:
    status, headers, _ = site.sign_in(
        first_name="Rosa", phone="(312) 555-0104", consent_contact_text="yes", first_time="yes"
    )
    assert status == 303
    assert [r["first_time"] for r in site.rows()] == [1]  # on disk when the redirect comes
    status, _, page = site.request("GET", headers["location"])
    assert status == 200
    assert "Thank you, <bdi>Rosa</bdi>. Welcome!" in page
    assert [s.first_name for s in site.events.signed] == ["Rosa"]


def test_a_full_disk_tells_the_phone_it_is_not_signed_in_and_the_app_why(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(SignInStore, "record", full)
    status, _, page = site.sign_in(first_name="Rosa")
    assert status == 503
    assert "Not signed in" in page
    assert "sign the paper sheet" in page
    assert site.events.signed == []
    [reason] = site.events.not_saved_reasons
    assert reason.startswith("Could not write to the disk (database or disk is full)")
    csrf, nonce = site.form()  # the Spanish form posts back with ?lang=es
    fields = {"csrf": csrf, "nonce": nonce, "first_name": "Rosa"}
    status, _, page = site.post(f"/s/{site.token}?lang=es", fields)
    assert status == 503
    assert "No se guardó tu registro" in page
    monkeypatch.undo()
    assert site.sign_in(first_name="Rosa")[0] == 303  # space again: signing in works


def test_a_phone_that_drops_mid_send_is_let_go_quietly(
    site: Site, caplog: pytest.LogCaptureFixture
) -> None:
    with socket.create_connection(("127.0.0.1", site.server.port), timeout=5) as phone:
        phone.sendall(
            f"POST /s/{site.token} HTTP/1.1\r\nHost: 127.0.0.1:{site.server.port}\r\n"
            "Content-Type: application/x-www-form-urlencoded\r\n"
            "Content-Length: 1000\r\n\r\nfirst_name=Ro".encode()
        )
    assert site.request("GET", f"/s/{site.token}")[0] == 200  # still serving
    assert not [r for r in caplog.records if r.levelname == "ERROR"]


def test_markup_and_script_in_every_field_is_stored_as_typed_and_shown_escaped(
    site: Site,
) -> None:
    evil = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'
    status, headers, _ = site.sign_in(
        first_name=evil, last_name=evil, profession=evil, email="x@example.org"
    )
    assert status == 303
    _, _, page = site.request("GET", headers["location"])
    assert "<script>" not in page
    assert "<img" not in page
    assert "&lt;script&gt;" in page
    conn = open_db(site.db)
    person = PeopleStore(conn).search("").people[0]
    conn.close()
    assert person.first_name == evil[:200].strip()


def test_formula_prefixes_are_kept_verbatim(site: Site) -> None:
    for n, value in enumerate(('=HYPERLINK("http://x")', "+1+1", "-2", "@SUM(A1)")):
        site.sign_in(first_name=f"P{n}", last_name=value)
    conn = open_db(site.db)
    last_names = sorted(p.last_name for p in PeopleStore(conn).search("").people)
    conn.close()
    assert last_names == sorted(['=HYPERLINK("http://x")', "+1+1", "-2", "@SUM(A1)"])


def test_a_one_megabyte_body_is_refused_and_nothing_is_stored(site: Site) -> None:
    csrf, nonce = site.form()
    huge = {"csrf": csrf, "nonce": nonce, "first_name": "A" * 1_000_000}
    # Refused as soon as the declared length is read, perhaps before the body is all sent:
    # the server may close the connection under the sender, which is a refusal too.
    with contextlib.suppress(ConnectionResetError, BrokenPipeError):
        assert site.post(f"/s/{site.token}", huge)[0] == 413
    assert site.rows() == []
    # Without a Content-Length, the server counts as it reads and stops at the limit.
    conn = http.client.HTTPConnection("127.0.0.1", site.server.port, timeout=10)
    with contextlib.suppress(ConnectionResetError, BrokenPipeError):
        conn.putrequest("POST", f"/s/{site.token}")
        conn.putheader("Host", f"127.0.0.1:{site.server.port}")
        conn.putheader("Cookie", f"mk_csrf={site.cookie}")
        conn.putheader("Content-Type", "application/x-www-form-urlencoded")
        conn.putheader("Transfer-Encoding", "chunked")
        conn.endheaders()
        body = urlencode(huge).encode()
        for start in range(0, len(body), 65536):
            chunk = body[start : start + 65536]
            conn.send(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
        conn.send(b"0\r\n\r\n")
        # 413 from us, or 400 from uvicorn's parser when we stop reading mid-stream.
        assert conn.getresponse().status in (400, 413)
    conn.close()
    assert site.rows() == []


def test_missing_fields_are_explained_and_extra_fields_ignored(site: Site) -> None:
    status, _, page = site.sign_in(
        last_name="Okafor", email="not-an-email", is_admin="1", person_id="1"
    )
    assert status == 400
    assert "Please give a name." in page
    assert "This email address is not complete" in page
    assert 'value="Okafor"' in page  # what they typed is kept
    assert site.rows() == []
    status, _, _ = site.sign_in(first_name="Dele", is_admin="1", person_id="999")
    assert status == 303


def _input(page: str, name: str) -> str:
    found = re.search(rf'<input [^>]*name="{name}"[^>]*>', page)
    assert found, name
    return found.group(0)


def test_a_field_with_an_error_is_outlined_and_flagged_for_screen_readers(site: Site) -> None:
    """The message under a field was the only sign of its error: now the field itself is
    marked invalid (a red outline) and says so, pointing to the message."""
    _, _, page = site.sign_in(last_name="Okafor", email="not-an-email", phone="12")
    for name in ("first_name", "email", "phone"):
        tag = _input(page, name)
        assert 'class="invalid"' in tag
        assert 'aria-invalid="true"' in tag
        assert f'aria-describedby="{name}-error"' in tag
        assert f'<p class="error" id="{name}-error">' in page
    assert "invalid" not in _input(page, "last_name")
    assert "invalid" not in _input(site.request("GET", f"/s/{site.token}")[2], "email")
    _, _, css = site.request("GET", "/static/signin.css")
    assert "input.invalid" in css


def test_a_yes_no_or_a_choice_with_an_error_is_marked_the_same_way() -> None:
    """The server sends no such errors today; should it, the page marks them like the rest."""
    from meetingkit.services.signin_pages import form_page

    page = form_page(
        language="en",
        meeting_title="M",
        phrase="ivy-plum-glade",
        settings=FormSettings(("first_time", "shift")),
        action="/s/t",
        csrf="c",
        nonce="n",
        errors={"first_time": "Choose one.", "shift": "Choose one."},
    )
    assert '<fieldset class="invalid">' in page
    assert page.count('aria-invalid="true" aria-describedby="first_time-error"') == 2
    assert '<select id="shift" name="shift" class="invalid" aria-invalid="true"' in page


def test_names_sit_in_their_own_direction_as_typed_and_when_shown(site: Site) -> None:
    """An Arabic or Hebrew name is right-aligned in its field, and keeps its place in the
    sentence that thanks the person."""
    _, _, form = site.request("GET", f"/s/{site.token}")
    for name in ("first_name", "last_name", "phone", "email", "profession"):
        assert 'dir="auto"' in _input(form, name)
    assert '<p class="meeting" dir="auto">' in form
    _, headers, _ = site.sign_in(first_name="فاطمة", last_name="עמר")
    _, _, done = site.request("GET", headers["location"])
    assert "Thank you, <bdi>فاطمة</bdi>. Welcome!" in done
    key = headers["location"].split("/done/")[1].split("?")[0]
    _, _, edit_page = site.request("GET", f"/s/{site.token}/edit/{key}")
    assert 'dir="auto"' in _input(edit_page, "last_name")
    assert 'value="עמר"' in _input(edit_page, "last_name")


def test_the_verification_phrase_wraps_rather_than_shrinks(site: Site) -> None:
    """People compare the phrase with the screen in the room. It shrank with the screen's
    width (min(1.15rem, 5.4vw)), and a phone zoomed in is a narrow screen: ~9 px where the
    text around it was 36. It is never smaller than the text around it, and a screen too
    narrow for it wraps it (the browser test measures it)."""
    _, _, page = site.request("GET", f"/s/{site.token}")
    assert f"<b>{site.phrase}</b>" in page
    _, _, css = site.request("GET", "/static/signin.css")
    rule = re.search(r"\.phrase b\{([^}]*)\}", css)
    assert rule
    assert "vw" not in rule.group(1)
    assert "nowrap" not in rule.group(1)
    size = re.search(r"font-size:([\d.]+)rem", rule.group(1))
    body = re.search(r"body\{[^}]*font:([\d.]+)rem/", css)  # in rem: the browser's size
    assert size
    assert body
    assert float(size.group(1)) >= float(body.group(1))
    assert re.search(r"body\{[^}]*overflow-wrap:anywhere", css)


def test_the_privacy_note_says_what_really_happens(site: Site) -> None:
    """The note promised the answers stayed on the laptop; the form goes over the venue's
    Wi-Fi unencrypted, and an organizer may upload those who agreed to be contacted."""
    _, headers, _ = site.sign_in(first_name="Ana")
    _, _, done = site.request("GET", headers["location"])
    _, _, form = site.request("GET", f"/s/{site.token}")
    _, _, spanish = site.request("GET", f"/s/{site.token}?lang=es")
    for page in (form, done):
        assert "Nothing is sent to the internet" not in page
        assert "go over this Wi-Fi, unencrypted" in page
        assert "If you agree to be contacted" in page
        assert "Action Network" in page
    assert "sin cifrar" in spanish
    assert "Si aceptas que te contacten" in spanish


def test_a_replayed_nonce_signs_in_once(site: Site) -> None:
    csrf, nonce = site.form()
    fields = {"csrf": csrf, "nonce": nonce, "first_name": "Lan", "phone": "3125550102"}
    first = site.post(f"/s/{site.token}", fields)
    again = site.post(f"/s/{site.token}", fields)
    assert first[0] == again[0] == 303
    assert first[1]["location"] == again[1]["location"]
    assert len(site.rows()) == 1
    assert len(site.events.signed) == 1


def test_a_wrong_or_rotated_token_gets_a_polite_page_and_no_data(site: Site) -> None:
    site.sign_in(first_name="Rosa")
    wrong = ("/s/not-the-token", "/s/", "/roster", "/people", "/s/not-the-token/done/x")
    for path in (*wrong, "/s/%C3%A9", "/s/%C3%A9/done/x"):  # "é": was a server error
        status, _, page = site.request("GET", path)
        assert status == 404, path
        assert "Sign-in is not open" in page
        assert "Rosa" not in page
        assert "Safe Staffing" not in page
    conn = open_db(site.db)
    rotated = SignInStore(conn).rotate_token(SignInStore(conn).settings(1).meeting_id)
    conn.close()
    site.server.reload()  # what SignInSession.rotate does
    assert site.request("GET", f"/s/{site.token}")[0] == 404
    assert site.request("GET", f"/s/{rotated.token}")[0] == 200


def test_on_port_80_the_host_comes_without_its_port() -> None:
    """Browsers (and curl) send "Host: 10.0.0.5" for http://10.0.0.5/, not "10.0.0.5:80"."""
    assert host_headers("10.0.0.5", 80) == {"10.0.0.5", "10.0.0.5:80"}
    assert host_headers("10.0.0.5", 8765) == {"10.0.0.5:8765"}
    assert host_headers("127.0.0.1", 8765) == {"127.0.0.1:8765", "localhost:8765"}


def test_a_wrong_host_is_refused(site: Site) -> None:
    for host in ("evil.example", f"evil.example:{site.server.port}", "192.168.1.5"):
        status, _, _ = site.request("GET", f"/s/{site.token}", headers={"Host": host})
        assert status == 421


def test_a_post_without_the_csrf_cookie_and_field_is_refused(site: Site) -> None:
    _, nonce = site.form()
    site.cookie = ""
    status, _, page = site.post(
        f"/s/{site.token}", {"nonce": nonce, "first_name": "X", "csrf": "guess"}
    )
    assert status == 403
    assert "Please try again" in page
    assert site.rows() == []


def test_other_content_types_are_refused(site: Site) -> None:
    site.form()
    status, _, _ = site.request(
        "POST", f"/s/{site.token}", b'{"first_name": "x"}', {"Content-Type": "application/json"}
    )
    assert status == 415


def test_the_form_follows_the_phones_language_and_can_be_switched(site: Site) -> None:
    _, _, page = site.request(
        "GET", f"/s/{site.token}", headers={"Accept-Language": "es-MX,es;q=0.9,en;q=0.5"}
    )
    assert "Regístrate" in page
    assert "Nombre (basta uno)" in page
    assert 'name="view" value="en" formnovalidate lang="en">English</button>' in page
    _, _, english = site.request(
        "GET", f"/s/{site.token}?lang=en", headers={"Accept-Language": "es"}
    )
    assert "Name (one is enough)" in english


def test_fixing_and_withdrawing_within_fifteen_minutes(site: Site) -> None:
    _, headers, _ = site.sign_in(first_name="Ana", last_name="Lma")
    key = headers["location"].split("/done/")[1].split("?")[0]
    status, _, edit_page = site.request("GET", f"/s/{site.token}/edit/{key}")
    assert status == 200
    assert 'value="Lma"' in edit_page
    csrf = re.search(r'name="csrf" value="([^"]+)"', edit_page).group(1)  # type: ignore[union-attr]
    status, _, _ = site.post(
        f"/s/{site.token}/edit/{key}",
        {"csrf": csrf, "nonce": "x" * 20, "first_name": "Ana", "last_name": "Lima"},
    )
    assert status == 303
    conn = open_db(site.db)
    assert PeopleStore(conn).search("lima").total == 1
    conn.close()
    site.clock.advance(16 * 60)  # too late now
    status, _, page = site.post(f"/s/{site.token}/withdraw/{key}", {"csrf": csrf})
    assert status == 403
    assert "15 minutes" in page
    assert len(site.rows()) == 1


def _fields_of(page: str) -> dict[str, str]:
    """The form as a phone would send it back untouched: every input's value, and the radio
    buttons and boxes that are checked."""
    fields = {}
    for tag in re.findall(r"<input[^>]*>", page):
        name = re.search(r'name="([^"]+)"', tag)
        value = re.search(r'value="([^"]*)"', tag)
        kind = re.search(r'type="(\w+)"', tag)
        if name is None:
            continue
        if kind is None or kind.group(1) not in ("radio", "checkbox") or " checked" in tag:
            fields[name.group(1)] = value.group(1) if value else ""
    return fields


def test_fixing_ones_answers_shows_them_all_and_keeps_what_was_not_changed(site: Site) -> None:
    """ "Fix my answers" once showed the phone, email, profession and consents blank, and
    saving the name alone then erased them."""
    _, headers, _ = site.sign_in(
        first_name="Dana",
        last_name="Typo",
        phone="312-555-0142",
        email="dana@example.org",
        first_time="yes",
        profession="Pharmacist",
        consent_contact_email="yes",
        consent_photo="yes",
    )
    key = headers["location"].split("/done/")[1].split("?")[0]
    _, _, edit_page = site.request("GET", f"/s/{site.token}/edit/{key}")
    assert "<h1>Fix my answers</h1>" in edit_page
    # The other language is this page in it, not a new, empty sign-in
    _, _, spanish = site.post(
        f"/s/{site.token}/edit/{key}?lang=en", {**_fields_of(edit_page), "view": "es"}
    )
    assert "<h1>Corregir mis respuestas</h1>" in spanish
    assert _fields_of(spanish)["phone"] == "312-555-0142"
    shown = _fields_of(edit_page)
    assert shown["phone"] == "312-555-0142"
    assert shown["email"] == "dana@example.org"
    assert shown["profession"] == "Pharmacist"
    assert shown["first_time"] == "yes"
    assert (shown["consent_contact_email"], shown["consent_photo"]) == ("yes", "yes")
    assert "consent_show_name" not in shown
    status, _, _ = site.post(f"/s/{site.token}/edit/{key}", {**shown, "last_name": "Fixed"})
    assert status == 303
    conn = open_db(site.db)
    person = PeopleStore(conn).search("dana").people[0]
    assert (person.last_name, person.phone, person.email, person.profession) == (
        "Fixed",
        "312-555-0142",
        "dana@example.org",
        "Pharmacist",
    )
    given = {r[0] for r in conn.execute("SELECT key FROM consents")}
    conn.close()
    assert given == {"contact_email", "photo"}


def test_withdrawing_removes_the_sign_in(site: Site) -> None:
    _, headers, _ = site.sign_in(first_name="Zenobia", phone="3125550199")
    key = headers["location"].split("/done/")[1].split("?")[0]
    _, _, asked = site.request("GET", f"/s/{site.token}/withdraw/{key}")
    csrf = re.search(r'name="csrf" value="([^"]+)"', asked).group(1)  # type: ignore[union-attr]
    status, _, page = site.post(f"/s/{site.token}/withdraw/{key}", {"csrf": csrf, "confirm": "yes"})
    assert status == 200
    assert "taken back" in page
    assert site.rows() == []
    conn = open_db(site.db)
    assert PeopleStore(conn).count() == 0
    conn.close()
    assert site.events.withdrawn_ids


def test_each_client_is_rate_limited(tmp_path: Path) -> None:
    for limited in _site(tmp_path, RateLimit(per_minute=1, burst=3)):
        codes = [limited.request("GET", f"/s/{limited.token}")[0] for _ in range(5)]
        assert codes[:3] == [200, 200, 200]
        assert codes[3:] == [429, 429]


def test_a_port_in_use_is_a_clear_message(site: Site, tmp_path: Path) -> None:
    from meetingkit.core.errors import MeetingkitError

    other = SignInServer(site.db, 1, site.clock, host="127.0.0.1", port=site.server.port)
    with pytest.raises(MeetingkitError, match=f"Port {site.server.port} .* already in use"):
        other.start()


def test_a_port_in_use_is_its_own_error_carrying_the_port(site: Site) -> None:
    """The Sign-in tab and `serve` learn from the error itself that the port is taken, and
    which, to offer another (they bound the port again to find out)."""
    from meetingkit.core.errors import MeetingkitError
    from meetingkit.services.signin_server import PortInUseError

    other = SignInServer(site.db, 1, site.clock, host="127.0.0.1", port=site.server.port)
    with pytest.raises(PortInUseError) as raised:
        other.start()
    assert isinstance(raised.value, MeetingkitError)
    assert (raised.value.host, raised.value.port) == ("127.0.0.1", site.server.port)
    assert not other.running
    # An address that is not this laptop's is another error, not a port in use
    elsewhere = SignInServer(site.db, 1, site.clock, host="192.0.2.1", port=site.server.port)
    with pytest.raises(MeetingkitError) as refused:
        elsewhere.start()
    assert not isinstance(refused.value, PortInUseError)
