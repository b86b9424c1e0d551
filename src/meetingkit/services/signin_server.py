"""The sign-in server: attendee pages only, over the local network, from a background thread.

Starlette under uvicorn (DEVELOPERS' measurements: ~3,000 form posts a second here with SQLite
inserts, the GUI clock unaffected). The Qt app is never served: there is no roster endpoint,
and no answer reveals whether a person exists. The server thread has its own SQLite
connection and hands each sign-in to the app through `SignInEvents` (the Qt side turns those
calls into signals, which Qt queues to the GUI thread).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import socket
import sqlite3
import threading
import time
import traceback
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import parse_qs

from meetingkit.core.clock import Clock, to_ms
from meetingkit.core.errors import MeetingkitError, NotFoundError
from meetingkit.core.i18n import fill, translate
from meetingkit.core.signin import (
    EDIT_WINDOW_MS,
    FormError,
    Submission,
    check_submission,
    signin_url,
)
from meetingkit.services import signin_pages as pages
from meetingkit.services.commitment_desk import CommitmentDesk
from meetingkit.services.free_port import IN_USE
from meetingkit.services.signin_confirmations import dropped, uncommit_page, withdraw_page
from meetingkit.services.signin_writer import GroupCommitWriter
from meetingkit.storage import open_db
from meetingkit.storage.commitments import CommitmentStore
from meetingkit.storage.database import DatabaseError, refusal
from meetingkit.storage.floor import FloorStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.signin import SignedIn, SignInState, SignInStore
from meetingkit.storage.signin_commitments import SignInCommitments

MAX_BODY = 16 * 1024
CSRF_COOKIE = "mk_csrf"
# The secret of the phone that made a sign-in (SignInStore.give_owner): its confirmation and
# "Fix my answers" open only with it, not from a link in the browser's history. Kept by the
# browser for half a day at most; the pages refuse it once the meeting is over anyway.
OWNER_COOKIE = "mk_own"
OWNER_MAX_AGE = 12 * 3600
log = logging.getLogger(__name__)
SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'none'; style-src 'self'; img-src 'self'; "
        b"form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    ),
    (b"cache-control", b"no-store"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
ASGIEndpoint = Callable[[Any], Awaitable[Any]]  # a route's function: a Request, a Response


class SignInEvents(Protocol):
    """What the server tells the app. Called from the server's thread."""

    def visited(self) -> None: ...  # a phone opened the form: the network reaches the laptop
    def signed_in(self, signed: SignedIn) -> None: ...
    def withdrawn(self, signin_id: int) -> None: ...
    def committed(self, person_id: int) -> None: ...  # saved commitments from a phone
    def not_saved(self, reason: str) -> None: ...  # the database refused a phone's answer


class SignInClosedError(Exception):
    """Sign-in stopped taking this (`state`) while the request waited to be written."""

    def __init__(self, state: SignInState) -> None:
        super().__init__(state.value)
        self.state = state


class PortInUseError(MeetingkitError):
    """Another program holds the port sign-in was to be served on: `port` on `host`, for the
    caller to offer a free one near it (free_port.free_port_near) without binding the port
    again to learn that this is why `SignInServer.start` failed."""

    def __init__(self, host: str, port: int) -> None:
        super().__init__(
            fill(
                translate(
                    "Sign-in server",
                    "Port %1 on %2 is already in use. Choose another port, or close the "
                    "program using it.",
                ),
                str(port),
                host,
            )
        )
        self.host = host
        self.port = port


def unexpected_reason(error: BaseException) -> str:
    """What the facilitator is told of an error nobody expected while a phone was answered
    (the phone itself is told only that it is not signed in). The error's kind, never its
    message: a message may quote what a person typed, and `serve` prints this to a terminal,
    whose scroll-back is read by whoever sits at the laptop next."""
    return fill(
        translate(
            "Sign-in server",
            "meetingkit ran into an error it did not expect while answering a phone (%1).",
        ),
        type(error).__name__,
    )


def where_it_failed(error: BaseException) -> str:
    """The lines of code `error` passed through, for a bug report: its traceback without its
    message (see `unexpected_reason`)."""
    return "".join(traceback.format_tb(error.__traceback__)) + type(error).__name__


class NoEvents:
    def visited(self) -> None:
        pass

    def signed_in(self, signed: SignedIn) -> None:
        pass

    def withdrawn(self, signin_id: int) -> None:
        pass

    def committed(self, person_id: int) -> None:
        pass

    def not_saved(self, reason: str) -> None:
        pass


@dataclass
class RateLimit:
    """Token buckets per client address: every request draws on one (`burst` at once, then
    `per_minute`), and a POST (a sign-in, a fix, a withdrawal, commitments: what writes to the
    database and reaches the facilitator's screen) on a smaller one too (`post_burst`, then
    `posts_per_minute`).

    One address is not one phone. A venue's router often joins its guest Wi-Fi to the
    laptop's network by NAT, as does a hotspot in a chain of them: then the whole room comes
    from ONE address, and its limit is the room's. Sized for that room, each phone's requests
    counted from the pages (the form, its stylesheet, fetched again for every page since all
    is `no-store`, and the /favicon.ico browsers ask for; the post and its confirmation;
    commitments and their confirmation): a sign-in is about 7 requests and 1 post, about 11
    and 2 with commitments, up to 15 and 3 with a mistake sent back and the language switched.

    - 40 people in the same 20 seconds after "please sign in now": at most 600 requests
      (`burst` alone) and 120 posts (`post_burst` alone). The old limit (20 at once, then
      40 a minute) refused 79% of their requests; 37 of the 40 phones had some refused.
    - 150 people in 3 minutes: about 1,650 requests and 450 posts at most, where the buckets
      give 600 + 3 x 1,200 and 150 + 3 x 180 (a minute at twice the average still fits; so
      do 100 people in 30 seconds, and 300 in 5 minutes, each sending a mistake back). The
      old limit refused 84% of their requests, some of every phone's.
    - A flood from one address, thousands of posts a minute: refused past 150, then 3 a
      second get through (of 3,000 a minute, 89% refused in the first minute, 94% after);
      other requests past 600, then 20 a second. What is let through costs little: a
      sign-in is ~1.4 ms of the app's time (bench/signin_load.py), written in group commits
      off the event loop, and the Sign-in tab reads the list at most 5 times a second
      however many arrive (its refresh_later), as for a room signing in. Measured (session
      23, 2 cores shared): posts from one address as fast as they are answered, ~180 a
      second for 30 s, against the real Sign-in tab: 239 of 5,600 let through, the GUI's
      100 ms clock at worst 16-78 ms late over three runs (11-20 ms with the old limit,
      which let 31 through). A flood that goes on fills the list with made-up names, 180 a
      minute, each refresh of the tab slower (7 ms at 300 sign-ins, 60 ms at 3,000): it
      needs the link, and a new one (Meeting › Sign-in › New sign-in link) ends it. The
      other protections do not depend on these numbers: the token, the CSRF cookie, the
      nonce, the body and connection bounds.

    Where each phone has its own address (the laptop's own hotspot, most home routers), no
    honest phone comes near either bucket."""

    per_minute: float = 1200.0  # every request: 20 a second, sustained
    burst: float = 600.0
    posts_per_minute: float = 180.0  # the POSTs among them: 3 a second, sustained
    post_burst: float = 150.0
    buckets: dict[str, tuple[float, float]] = field(default_factory=dict)
    post_buckets: dict[str, tuple[float, float]] = field(default_factory=dict)

    def allow(self, client: str, now: float, *, post: bool = False) -> bool:
        """Whether `client` may make a request (a POST: `post`) at `now` (seconds); a
        refused one takes nothing from either bucket."""
        tokens = _refilled(self.buckets, client, now, self.burst, self.per_minute)
        posts = _refilled(self.post_buckets, client, now, self.post_burst, self.posts_per_minute)
        allowed = tokens >= 1.0 and (not post or posts >= 1.0)
        if allowed:
            tokens -= 1.0
            posts -= 1.0 if post else 0.0
        self.buckets[client] = (tokens, now)
        if post or client in self.post_buckets:
            self.post_buckets[client] = (posts, now)
        if len(self.buckets) > 10_000:  # a flood of addresses must not grow memory forever
            self.buckets.clear()
            self.post_buckets.clear()
        return allowed


def _refilled(
    buckets: dict[str, tuple[float, float]],
    client: str,
    now: float,
    burst: float,
    per_minute: float,
) -> float:
    """The tokens in `client`'s bucket at `now`: full for a new client, else what was left
    and what has come in since, up to `burst`."""
    tokens, last = buckets.get(client, (burst, now))
    return min(burst, tokens + max(0.0, now - last) * per_minute / 60.0)


@dataclass
class ConnectionLimits:
    """What the phones' connections may hold, checked before a request is read: a phone's
    whole visit is a few connections, a few seconds and a few KB each. Without a bound, one
    device on the Wi-Fi (no QR code needed) opening hundreds of connections that send
    nothing, or a header that never ends, holds the laptop's file handles (which the app
    needs for its database too: "too many open files") and its memory for as long as it
    likes. Over a bound, a connection is dropped: the page a phone was opening on it fails
    ("connection reset": a browser sends again only on a connection it had used before), so
    the bounds are above what a room of honest phones needs.

    The bound for one address is not a browser's 6: behind a venue's NAT or a phone's
    hotspot, one address is the whole room (`RateLimit`). Each page a phone shows keeps a
    connection or two open until uvicorn closes it idle after 5 s, so 40 people opening the
    form in the same 20 seconds hold some 25 connections from that address, 50 if they bunch
    in 10 seconds, and 150 people signing in over 3 minutes (300 pages or more) about 20 at a
    time: the old bound of 12 dropped some of their pages. One address may hold half of
    `total` (set by `SignInServer.start`: 200 of 400, 48 of macOS's 96): a whole room of
    phones, while a device that holds connections to starve the others leaves them half."""

    total: int = 400  # all phones together (fewer when the process may open few files)
    per_client: int = 200  # one address: a room behind NAT; at most half of `total` (start)
    seconds: float = 60.0  # uvicorn closes an idle connection after 5 s: 60 is a stalled one
    bytes: int = 256 * 1024  # headers and bodies of many requests (MAX_BODY each)
    open: dict[str, int] = field(default_factory=dict)
    count: int = 0

    def admit(self, client: str) -> bool:
        if self.count >= self.total or self.open.get(client, 0) >= self.per_client:
            return False
        self.open[client] = self.open.get(client, 0) + 1
        self.count += 1
        return True

    def leave(self, client: str) -> None:
        left = self.open.get(client, 0) - 1
        if left > 0:
            self.open[client] = left
        else:
            self.open.pop(client, None)
        self.count = max(0, self.count - 1)


def limited_protocol(limits: ConnectionLimits) -> type[asyncio.Protocol]:
    """uvicorn's HTTP protocol, each connection held to `limits` (uvicorn itself bounds
    neither a connection's first request in time nor, with httptools, a header's length)."""
    from uvicorn.protocols.http.auto import AutoHTTPProtocol

    class Limited(AutoHTTPProtocol):  # type: ignore[misc, valid-type]
        _client: str | None = None
        _link: asyncio.Transport | None = None
        _timer: asyncio.TimerHandle | None = None
        _received = 0

        def connection_made(self, transport: asyncio.Transport) -> None:
            peer = transport.get_extra_info("peername")
            client = str(peer[0]) if peer else "?"
            if not limits.admit(client):
                transport.abort()  # connection_lost follows, and finds nothing to undo
                return
            self._client, self._link = client, transport
            super().connection_made(transport)
            loop = asyncio.get_running_loop()
            self._timer = loop.call_later(limits.seconds, transport.close)

        def data_received(self, data: bytes) -> None:
            self._received += len(data)
            if self._received > limits.bytes and self._link is not None:
                self._link.abort()
                return
            super().data_received(data)

        def connection_lost(self, exc: Exception | None) -> None:
            if self._client is None:
                return
            limits.leave(self._client)
            self._client = None
            if self._timer is not None:
                self._timer.cancel()
            super().connection_lost(exc)

    return Limited


def host_headers(host: str, port: int) -> set[str]:
    """The Host headers a phone sends to reach us, and the only ones answered (a page loaded
    from another name could be a DNS-rebinding attack). Browsers leave out port 80."""
    names = {host}
    if host in ("127.0.0.1", "localhost"):
        names |= {"127.0.0.1", "localhost"}
    headers = {f"{name}:{port}" for name in names}
    return headers | names if port == 80 else headers


class Guard:
    """ASGI middleware: the Host header, the rate limit, and security headers on every answer."""

    def __init__(self, app: ASGIApp, allowed_hosts: set[str], limit: RateLimit | None) -> None:
        self.app = app
        self.reload: Callable[[], None] = lambda: None  # set by create_app
        self.allowed_hosts = allowed_hosts
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        headers = dict(scope.get("headers") or [])
        query = parse_qs(bytes(scope.get("query_string") or b"").decode("latin-1"))
        language = pages.choose_language(
            headers.get(b"accept-language", b"").decode("latin-1"), query.get("lang", [None])[0]
        )
        host = headers.get(b"host", b"").decode("latin-1").lower()
        if host not in self.allowed_hosts:  # DNS rebinding: only our own address
            page = pages.message_page(language, "closed_title", "misdirected")
            await _html(secured, 421, page)
            return
        client = (scope.get("client") or ("?", 0))[0]
        post = scope.get("method") == "POST"
        if self.limit is not None and not self.limit.allow(client, time.monotonic(), post=post):
            page = await _busy_page(scope, receive, language, headers)
            await _html(secured, 429, page)
            return
        await self.app(scope, receive, secured)


async def _busy_page(
    scope: Scope, receive: Receive, language: str, headers: dict[bytes, bytes]
) -> str:
    """ "One moment": a request over the rate limit, and the way back. A page of ours opened
    (a GET) can be tried again; a form sent (a POST) can be sent again with its answers, as
    they are in this page (pages.not_saved_page's button): what a busy room typed is not
    lost. The body is read as the app would have read it (a form's encoding, MAX_BODY at
    most); anything else gets no button."""
    path = bytes(scope.get("raw_path") or scope.get("path", "").encode()).decode("latin-1")
    if not path.startswith("/s/"):
        return pages.message_page(language, "busy_title", "busy")
    query = bytes(scope.get("query_string") or b"").decode("latin-1")
    again = f"{path}?{query}" if query else path
    if scope.get("method") != "POST":
        return pages.message_page(
            language, "busy_title", "busy", pages.back_link(language, again, "try_again")
        )
    form: dict[str, str] = {}
    kind = headers.get(b"content-type", b"").decode("latin-1").split(";")[0].strip()
    site = headers.get(b"sec-fetch-site")
    ours = _from_our_pages(None if site is None else site.decode("latin-1"))
    if ours and kind == "application/x-www-form-urlencoded":
        body, more = b"", True
        while more and len(body) <= MAX_BODY:
            message = await receive()
            if message["type"] != "http.request":
                break  # the phone went away
            body += message.get("body", b"")
            more = bool(message.get("more_body"))
        if not more and len(body) <= MAX_BODY:
            with contextlib.suppress(UnicodeDecodeError, ValueError):
                parsed = parse_qs(body.decode("utf-8"), keep_blank_values=True, max_num_fields=100)
                form = {k: v[0] for k, v in parsed.items()}
    chosen = form.get("lang")
    lang = pages.choose_language("", chosen) if chosen else language
    if not form:
        return pages.message_page(lang, "busy_title", "busy")
    return pages.message_page(lang, "busy_title", "busy", pages.send_again(lang, again, form))


async def _html(send: Send, status: int, html: str) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"text/html; charset=utf-8")],
        }
    )
    await send({"type": "http.response.body", "body": html.encode()})


def create_app(  # the returned Guard's reload() re-reads the token, form and title
    db_path: Path,
    meeting_id: int,
    clock: Clock,
    events: SignInEvents,
    allowed_hosts: set[str],
    limit: RateLimit | None = None,
    writer: GroupCommitWriter | None = None,
    key: str | None = None,
) -> Guard:
    """The attendee pages for one meeting. Only its current token opens them."""
    from starlette.applications import Starlette
    from starlette.exceptions import HTTPException
    from starlette.requests import ClientDisconnect, Request
    from starlette.responses import HTMLResponse, RedirectResponse, Response
    from starlette.routing import Route

    local = threading.local()
    if writer is None:
        writer = GroupCommitWriter(db_path, key)

    def db() -> sqlite3.Connection:
        """The server thread's own connection (SQLite connections stay in their thread)."""
        conn = getattr(local, "conn", None)
        if conn is None:
            conn = local.conn = open_db(db_path, key)
        return conn

    def language(request: Request) -> str:
        return pages.choose_language(
            request.headers.get("accept-language", ""), request.query_params.get("lang")
        )

    def html(text: str, status: int = 200) -> HTMLResponse:
        return HTMLResponse(text, status_code=status)

    def refuse(
        request: Request,
        title: str,
        text: str,
        status: int,
        *,
        back: str = "",
        back_key: str = "back_to_form",
    ) -> HTMLResponse:
        """A page that says why not, with a link `back` when there is somewhere to go back
        to: the form, or (`back_key` "back_to_signin") the sign-in's confirmation."""
        lang = language(request)
        extra = pages.back_link(lang, back, back_key) if back else ""
        return html(pages.message_page(lang, title, text, extra), status)

    def refuse_back_to_signin(
        request: Request, title: str, text: str, status: int, confirmation: str
    ) -> HTMLResponse:
        """`refuse`, about one's own sign-in: the way back is to its confirmation."""
        return refuse(request, title, text, status, back=confirmation, back_key="back_to_signin")

    def sent_back(
        request: Request, text: str, status: int, action: str, form: dict[str, str]
    ) -> HTMLResponse:
        """A form refused (`text`), with a button back to it (`action`) that shows it again
        with the answers it was sent (`form`), saving nothing (pages.back_to_form). Posted
        from another site, the answers are not kept: no other site fills in a phone's form."""
        lang = posted_language(request, form)
        kept = form if _from_our_pages(request.headers.get("sec-fetch-site")) else {}
        extra = pages.back_to_form(lang, f"{action}?lang={lang}", kept)
        return html(pages.message_page(lang, "expired_title", text, extra), status)

    def posted_language(request: Request, form: dict[str, str]) -> str:
        chosen = form.get("lang")
        return pages.choose_language("", chosen) if chosen else language(request)

    # What every request needs and only the facilitator changes (the token, the form, the
    # meeting's title): read once, and again when the app says it changed (`reload`).
    current: dict[str, Any] = {}

    def reload() -> None:
        conn = open_db(db_path, key)  # called from the app's thread: a connection of its own
        try:
            settings = SignInStore(conn).settings(meeting_id)
            meeting = MeetingStore(conn).get(meeting_id)
            current.update(
                token=settings.token, settings=settings, title=meeting.title, meeting=meeting
            )
        finally:
            conn.close()

    reload()

    def opens(token: str) -> bool:
        # as bytes: a link with letters beyond ASCII ("/s/é") is a wrong one, not an error
        return secrets.compare_digest(token.encode(), str(current["token"]).encode())

    def state() -> SignInState:
        """Sign-in closes with the meeting, and for good when it is purged, deleted or given a
        new link: read at each request, since that is done in the app (or in another process,
        for `meetingkit serve`) while this serves."""
        return SignInStore(db()).state(meeting_id, current["token"])

    def ended() -> bool:
        return state() is SignInState.ENDED

    def still_taking(conn: sqlite3.Connection, signed: SignedIn | None = None) -> SignInState:
        """The state as a write finds it, in its own transaction (so a purge in another
        process either waits for it or went first): SignInClosedError if sign-in is closed for
        good, or the sign-in being changed is gone (taken back, purged)."""
        store = SignInStore(conn)
        now = store.state(meeting_id, current["token"])
        if now is SignInState.CLOSED or (
            signed is not None and store.by_edit_key(signed.edit_key) is None
        ):
            raise SignInClosedError(SignInState.CLOSED)
        return now

    def closed(lang: str, now: SignInState) -> HTMLResponse:
        """The page for a phone whose sign-in came too late: the meeting ended, or its sign-in
        is closed for good, which says no more than a link that never opened one."""
        if now is SignInState.ENDED:
            return html(pages.message_page(lang, "ended_title", "ended"), 410)
        return html(pages.message_page(lang, "closed_title", "closed"), 404)

    def with_owner(response: Response, token: str, secret: str) -> Response:
        """The phone's secret (`OWNER_COOKIE`), sent back with every page of the link, the
        sign-in's own post included (so a second sign-in from the phone finds its first):
        "/s/TOKEN" covers "/s/TOKEN" and "/s/TOKEN/...", where "/s/TOKEN/" missed the post."""
        response.set_cookie(
            OWNER_COOKIE,
            secret,
            max_age=OWNER_MAX_AGE,
            path=f"/s/{token}",
            httponly=True,
            samesite="strict",
        )
        return response

    def csrf_of(request: Request) -> str:
        return request.cookies.get(CSRF_COOKIE) or secrets.token_urlsafe(16)

    def with_csrf(response: Response, csrf: str) -> Response:
        response.set_cookie(CSRF_COOKIE, csrf, httponly=True, samesite="strict", path="/s/")
        return response

    async def read_form(request: Request, back: str) -> dict[str, str] | HTMLResponse:
        """The form posted, or the page that refuses it, with a link `back` to the form (the
        answers are not to be had: too many, or not in a form's encoding)."""
        if request.headers.get("content-type", "").split(";")[0].strip() != (
            "application/x-www-form-urlencoded"
        ):
            return refuse(request, "expired_title", "bad_request", 415, back=back)
        declared = request.headers.get("content-length")
        length = None if declared is None else _small_number(declared)
        if declared is not None and (length is None or length > MAX_BODY):
            return refuse(request, "expired_title", "too_large", 413, back=back)
        body = b""
        try:
            async for chunk in request.stream():
                body += chunk
                if len(body) > MAX_BODY:
                    return refuse(request, "expired_title", "too_large", 413, back=back)
        except ClientDisconnect:  # the phone left mid-send (flaky Wi-Fi): nobody to answer
            return refuse(request, "expired_title", "bad_request", 400)
        try:
            parsed = parse_qs(
                body.decode("utf-8"),
                keep_blank_values=True,
                max_num_fields=100,
                strict_parsing=False,
            )
        except (UnicodeDecodeError, ValueError):
            return refuse(request, "expired_title", "bad_request", 400, back=back)
        form = {k: v[0] for k, v in parsed.items()}
        request.state.posted = form  # for the page that offers to send it again (not_saved)
        return form

    def form_html(
        request: Request,
        token: str,
        csrf: str,
        *,
        action: str,
        values: dict[str, str] | None = None,
        consents: frozenset[str] = frozenset(),
        errors: dict[str, str] | None = None,
        submit_key: str = "submit",
        lang: str | None = None,
    ) -> str:
        """The form in `lang` (the request's language by default), posting back with that
        language in the address, so that every answer to the post (a refusal included)
        keeps it."""
        settings = current["settings"]
        lang = lang or language(request)
        # The smallest group shown is the floor's, changed on the Floor tab or in another
        # process without a `reload`: read at each form, so the promise is the room's now.
        floor = FloorStore(db()).settings(meeting_id).min_group_size
        return pages.form_page(
            language=lang,
            meeting_title=current["title"],
            phrase=settings.phrase,
            settings=replace(settings.form, group_floor=floor),
            action=f"{action}?lang={lang}",
            csrf=csrf,
            nonce=(values or {}).get("nonce") or secrets.token_urlsafe(16),
            values=values,
            consents=consents,
            errors=errors,
            submit_key=submit_key,
        )

    def shown_again(
        request: Request,
        token: str,
        form: dict[str, str],
        *,
        action: str,
        submit_key: str = "submit",
    ) -> Response:
        """The form again as it was sent, in the language its button asked for (pages.VIEW:
        the language switch, or the way back from a refusal), saving nothing. Sent back with
        errors before (pages.CHECKED), it is checked again, in that language. Posted from
        another site (Fetch Metadata says so), it shows nothing of what came with it: no
        other site fills in a phone's form."""
        lang = pages.choose_language("", form.get(pages.VIEW))
        if not _from_our_pages(request.headers.get("sec-fetch-site")):
            form = {}
        if not _same_secret(request.cookies.get(CSRF_COOKIE, ""), form.get("csrf", "")):
            # A nonce opens the sign-in it made to whoever sends it again (`record`): one
            # sent without this phone's CSRF token (a way back from a refusal, or another
            # site's post from a browser that says nothing of where it came from) is not
            # the form's, lest another site choose it and then open the sign-in made with it
            form = {k: v for k, v in form.items() if k != "nonce"}
        errors: dict[str, str] | None = None
        if form.get(pages.CHECKED):
            try:
                check_submission(form, current["settings"].form, lang)
            except FormError as e:
                errors = e.errors
        csrf = csrf_of(request)
        page = form_html(
            request,
            token,
            csrf,
            action=action,
            values=form,
            consents=ticked_consents(form),
            errors=errors,
            submit_key=submit_key,
            lang=lang,
        )
        return with_csrf(html(page, 400 if errors else 200), csrf)

    def ticked_consents(form: dict[str, str]) -> frozenset[str]:
        """The consents ticked on a form sent back with a mistake: ticked they stay."""
        return frozenset(
            k[len("consent_") :] for k, v in form.items() if k.startswith("consent_") and v == "yes"
        )

    async def show_form(request: Request) -> Response:
        token = request.path_params["token"]
        now = state() if opens(token) else SignInState.CLOSED
        if now is not SignInState.OPEN:
            return closed(language(request), now)
        events.visited()
        csrf = csrf_of(request)
        return with_csrf(html(form_html(request, token, csrf, action=f"/s/{token}")), csrf)

    async def sign_in(request: Request) -> Response:
        token = request.path_params["token"]
        if not opens(token):
            return refuse(request, "closed_title", "closed", 404)
        form = await read_form(request, back=f"/s/{token}?lang={language(request)}")
        if isinstance(form, HTMLResponse):
            return form
        lang = posted_language(request, form)
        if form.get(pages.VIEW):  # the language switch, or back from a refusal: not a sign-in
            now = state()
            if now is not SignInState.OPEN:
                return closed(lang, now)
            return shown_again(request, token, form, action=f"/s/{token}")
        csrf = request.cookies.get(CSRF_COOKIE, "")
        # A browser that keeps no cookies sends none back: it still signs in, if it says the
        # form was sent from our own page (Sec-Fetch-Site, which no other site can make a
        # browser say). Its answers cannot be opened again (no cookie to hold its secret).
        cookieless = not csrf and request.headers.get("sec-fetch-site") == "same-origin"
        if not csrf and "sec-fetch-site" not in request.headers:
            # An older browser (Safari before 16.4) that blocks cookies: "open the link again"
            # would fail again, as often as it was tried; say what stands in the way.
            return sent_back(request, "no_cookie", 403, f"/s/{token}", form)
        if not cookieless and not _same_secret(csrf, form.get("csrf", "")):
            return sent_back(request, "expired", 403, f"/s/{token}", form)
        nonce = form.get("nonce", "")
        if not 16 <= len(nonce) <= 64 or not nonce.replace("-", "").replace("_", "").isalnum():
            return refuse(
                request, "expired_title", "bad_request", 400, back=f"/s/{token}?lang={lang}"
            )
        submission: Submission | None = None
        now = state()
        if now is SignInState.CLOSED:
            return closed(lang, now)
        if now is SignInState.OPEN:  # ended: only a retry of a sign-in made before counts
            try:
                submission = check_submission(form, current["settings"].form, lang)
            except FormError as e:
                return html(
                    form_html(
                        request,
                        token,
                        csrf or form.get("csrf", ""),
                        action=f"/s/{token}",
                        values=form,
                        consents=ticked_consents(form),
                        errors=e.errors,
                        lang=lang,
                    ),
                    400,
                )
        # Committed before the answer: "signed in" is only ever shown for a row on disk.
        at = to_ms(clock.now())
        phone = None if cookieless else request.cookies.get(OWNER_COOKIE, "")
        try:
            signed, changed, owner = await writer.write(
                lambda conn: record(conn, submission, nonce, lang, at, phone)
            )
        except SignInClosedError as e:
            return closed(lang, e.state)
        if changed:
            events.signed_in(signed)
        if cookieless:
            offered = bool(CommitmentStore(db()).options(meeting_id))
            return html(
                pages.signed_in_without_cookies_page(
                    language=lang, meeting_title=current["title"], commitments=offered
                )
            )
        done_url = f"/s/{token}/done/{signed.edit_key}?lang={lang}"
        return with_owner(RedirectResponse(done_url, status_code=303), token, owner)

    def record(
        conn: sqlite3.Connection,
        submission: Submission | None,
        nonce: str,
        lang: str,
        at: int,
        phone: str | None,
    ) -> tuple[SignedIn, bool, str]:
        """Save a sign-in, if sign-in still takes it as it is written; or find the one this
        nonce made (a retry on flaky Wi-Fi, the meeting perhaps ended since): (the sign-in,
        whether it is new or changed, the secret for the phone's cookie).

        `phone`: the secret in the phone's cookie (OWNER_COOKIE), "" if none; None for a
        browser that keeps no cookies, which gets none, and none is kept. A phone that signed
        the same person in before at this meeting (Back, then Sign in again, perhaps with a
        typo fixed: SignInStore.same_person) makes no second sign-in while the first can
        still be fixed: it is that one, corrected. Later, it is a sign-in of its own under
        the same secret, which taking either back takes back too: nothing is left behind
        that the phone can no longer reach. Another person on the phone (passed round a
        family) gets a new secret: the sign-ins before are not theirs to open. So does a
        retry from a phone that never had the answer that set the cookie, the old secret no
        longer opening anything. `submission` None: not read, the meeting having ended."""
        store = SignInStore(conn)
        theirs = store.owned(meeting_id, phone) if phone else []
        ids = {s.id for s in theirs}
        keep = False  # the phone's secret stays: the sign-in is the same person's
        if still_taking(conn) is SignInState.OPEN and submission is not None:
            earlier = store.by_nonce(meeting_id, nonce)
            same = None if earlier else store.same_person(theirs, submission)
            if same is not None and at - same.submitted_ms <= EDIT_WINDOW_MS:
                signed, changed = store.correct(same, submission, at), True
            else:
                signed, changed = store.record(
                    meeting_id, submission, nonce, source="phone", language=lang, now_ms=at
                )
            keep = same is not None or (earlier is not None and earlier.id in ids)
        elif (earlier := store.by_nonce(meeting_id, nonce)) is not None:
            signed, changed = earlier, False
            keep = earlier.id in ids
        else:  # a form loaded before the meeting ended: nobody is added now
            raise SignInClosedError(SignInState.ENDED)
        if phone is None:
            return signed, changed, ""
        return signed, changed, store.give_owner(signed.id, phone if keep else "")

    def own_signin(request: Request) -> SignedIn | Response:
        """The sign-in a page is about, if this browser made it: the link and the cookie set
        when it was saved (OWNER_COOKIE), or the page to answer instead. The link without
        the cookie (from a browser's history, another phone) gets the same page as a key
        that never was, whoever signed in with it."""
        token, key = request.path_params["token"], request.path_params["key"]
        if not opens(token) or state() is SignInState.CLOSED:
            return refuse(request, "closed_title", "closed", 404)
        signed = SignInStore(db()).by_owner(key, request.cookies.get(OWNER_COOKIE, ""))
        if signed is None or signed.meeting_id != meeting_id:
            return refuse(request, "unavailable_title", "unavailable", 404)
        return signed

    def can_change(signed: SignedIn) -> bool:
        return to_ms(clock.now()) - signed.submitted_ms <= EDIT_WINDOW_MS

    def can_commit(signed: SignedIn) -> bool:
        """Commitments can be changed while sign-in is open; once the meeting has ended,
        only within the sign-in's own fifteen minutes (someone who came in at the end is
        still ticking), as its answers."""
        return can_change(signed) or not ended()

    async def done(request: Request) -> Response:
        token, key = request.path_params["token"], request.path_params["key"]
        signed = own_signin(request)
        if isinstance(signed, Response):
            return signed
        if not can_commit(signed):  # the meeting ended, and so did its fifteen minutes
            return refuse(request, "ended_title", "ended_kept", 410)
        csrf = csrf_of(request)
        lang = language(request)
        saved = request.query_params.get("saved") == "1"
        return with_csrf(html(done_html(token, key, signed, csrf, lang, saved=saved)), csrf)

    def done_html(
        token: str,
        key: str,
        signed: SignedIn,
        csrf: str,
        lang: str,
        *,
        saved: bool = False,
        hours: str | None = None,
        ticked: list[int] | None = None,
        error: str = "",
    ) -> str:
        """The confirmation, greeting with the name this sign-in gave (shown only while
        commitments can be made, `can_commit`). `hours` and `ticked`: what was just sent,
        shown again (with `error`, or in the other language) instead of what was saved."""
        store = CommitmentStore(db())
        return pages.done_page(
            language=lang,
            meeting_title=current["title"],
            first_name=signed.given_first_name,
            edit_href=f"/s/{token}/edit/{key}?lang={lang}",
            withdraw_href=f"/s/{token}/withdraw/{key}?lang={lang}",
            can_change=can_change(signed),
            commitments=commitments_html(
                store, token, key, signed, csrf, lang, saved, hours, ticked, error
            ),
            switch_href=f"/s/{token}/done/{key}?lang={pages.other_language(lang)}",
            failed=bool(error),
        )

    def commitments_html(
        store: CommitmentStore,
        token: str,
        key: str,
        signed: SignedIn,
        csrf: str,
        lang: str,
        saved: bool,
        hours: str | None,
        ticked: list[int] | None,
        error: str,
    ) -> str:
        """The meeting's commitment options, with what this sign-in ticked: never what the
        person it was matched to committed to from elsewhere (storage.signin_commitments)."""
        options = store.options(meeting_id)
        if not options:
            return ""
        gave = SignInCommitments(db()).given(signed.id)
        return pages.commitments_form(
            language=lang,
            options=[(o.key, o.printed_in(lang, current["meeting"].date)) for o in options],
            ticked=set(gave.ticked if ticked is None else ticked),
            hours=hours if hours is not None else ("" if gave.hours is None else str(gave.hours)),
            with_hours=store.settings(meeting_id).hours_per_week,
            action=f"/s/{token}/commit/{key}?lang={lang}",
            csrf=csrf,
            saved=saved,
            error=error,
        )

    async def signed_post(
        request: Request, *, resend: str = ""
    ) -> tuple[SignedIn, dict[str, str], str] | Response:
        """A form posted about one's own sign-in: (the sign-in, the form, the CSRF token), or
        the refusal to send back when the link, the body or the CSRF token is not right,
        with the way back to the confirmation; for a form with something typed in it, sent
        to `resend`, a button that shows it again as it was sent (`shown_again`). A form's
        language switch or way back (pages.VIEW) needs no CSRF token: it saves nothing."""
        token, key = request.path_params["token"], request.path_params["key"]
        signed = own_signin(request)
        if isinstance(signed, Response):
            return signed
        confirmation = f"/s/{token}/done/{key}?lang={language(request)}"
        form = await read_form(request, back=confirmation)
        if isinstance(form, HTMLResponse):
            return form
        csrf = request.cookies.get(CSRF_COOKIE, "")
        if form.get(pages.VIEW) and resend:
            return signed, form, csrf
        if not _same_secret(csrf, form.get("csrf", "")):
            if resend:
                return sent_back(request, "expired", 403, resend, form)
            return refuse_back_to_signin(request, "expired_title", "expired", 403, confirmation)
        return signed, form, csrf

    async def commit(request: Request) -> Response:
        """Save the commitments an attendee ticked on their phone right after signing in."""
        token, key = request.path_params["token"], request.path_params["key"]
        posted = await signed_post(request, resend=f"/s/{token}/commit/{key}")
        if isinstance(posted, Response):
            return posted
        signed, form, csrf = posted
        lang = posted_language(request, form)
        if not can_commit(signed):
            return html(pages.message_page(lang, "ended_title", "ended_note"), 403)
        store = CommitmentStore(db())
        options = store.options(meeting_id)
        with_hours = store.settings(meeting_id).hours_per_week
        typed = form.get("hours", "").strip() if with_hours else ""
        hours = _small_number(typed)
        ticked = [
            number
            for name, value in form.items()
            if name.startswith("opt_")
            and value == "yes"
            and (number := _small_number(name[4:])) is not None
        ]
        if form.get(pages.VIEW):  # the language switch: what was ticked, in the other one
            lang = pages.choose_language("", form.get(pages.VIEW))
            csrf = csrf_of(request)
            page = done_html(token, key, signed, csrf, lang, hours=typed, ticked=ticked)
            return with_csrf(html(page), csrf)
        confirmation = f"/s/{token}/done/{key}?lang={lang}"
        if not {o.key for o in options}.issuperset(ticked):  # removed since shown
            return refuse_back_to_signin(request, "expired_title", "expired", 409, confirmation)
        if typed and (hours is None or not 1 <= hours <= 80):
            # What was ticked and typed stays on the page, to be fixed and sent again
            page = done_html(
                token,
                key,
                signed,
                csrf,
                lang,
                hours=typed,
                ticked=ticked,
                error=pages.t(lang, "bad_hours"),
            )
            return html(page, 400)
        gave = SignInCommitments(db()).given(signed.id)
        if not with_hours:  # not on the page: what this sign-in gave before is kept
            hours = gave.hours
        going = dropped(gave, ticked, hours)
        answer = form.get("confirm")
        if going and answer == "keep":
            ticked += sorted(going.ticked)
            if going.hours is not None:
                hours = going.hours
        elif going and answer != "remove":
            # un-ticked by a thumb, maybe: ask first, in the page's language
            day = current["meeting"].date
            texts = [o.printed_in(lang, day) for o in options if o.key in going.ticked]
            if going.hours is not None:
                texts.append(pages.hours_text(lang, going.hours))
            action = f"/s/{token}/commit/{key}"
            page = uncommit_page(
                language=lang,
                meeting_title=current["title"],
                going=texts,
                ticked=ticked,
                hours=typed,
                action=f"{action}?lang={lang}",
                csrf=csrf,
                switch_action=f"{action}?lang={pages.other_language(lang)}",
            )
            return html(page)
        desk_meeting = current["meeting"]

        def save(conn: sqlite3.Connection) -> None:
            still_taking(conn, signed)
            CommitmentDesk(desk_meeting, conn, clock).record_from_signin(
                signed.id, ticked, hours=hours
            )

        try:
            await writer.write(save)
        except NotFoundError:  # an option was removed a moment ago
            return refuse_back_to_signin(request, "expired_title", "expired", 409, confirmation)
        except SignInClosedError as e:
            return closed(lang, e.state)
        events.committed(signed.person_id)
        return RedirectResponse(f"/s/{token}/done/{key}?lang={lang}&saved=1", status_code=303)

    async def edit(request: Request) -> Response:
        token, key = request.path_params["token"], request.path_params["key"]
        signed = own_signin(request)
        if isinstance(signed, Response):
            return signed
        confirmation = f"/s/{token}/done/{key}?lang={language(request)}"
        if not can_change(signed):
            return refuse_back_to_signin(request, "too_late_title", "too_late", 403, confirmation)
        action = f"/s/{token}/edit/{key}"
        if request.method == "GET":
            csrf = csrf_of(request)
            values, consents = SignInStore(db()).given(signed)
            page = form_html(
                request,
                token,
                csrf,
                action=action,
                values=values,
                consents=consents,
                submit_key="save",
            )
            return with_csrf(html(page), csrf)
        form = await read_form(request, back=f"{action}?lang={language(request)}")
        if isinstance(form, HTMLResponse):
            return form
        if form.get(pages.VIEW):  # the language switch, or back from a refusal: nothing saved
            return shown_again(request, token, form, action=action, submit_key="save")
        csrf = request.cookies.get(CSRF_COOKIE, "")
        if not _same_secret(csrf, form.get("csrf", "")):
            return sent_back(request, "expired", 403, action, form)
        try:
            submission = check_submission(form, current["settings"].form, language(request))
        except FormError as e:
            return html(
                form_html(
                    request,
                    token,
                    csrf,
                    action=action,
                    values=form,
                    consents=ticked_consents(form),
                    errors=e.errors,
                    submit_key="save",
                ),
                400,
            )
        now = to_ms(clock.now())

        def fix(conn: sqlite3.Connection) -> SignedIn:
            still_taking(conn, signed)
            return SignInStore(conn).correct(signed, submission, now)

        try:
            corrected = await writer.write(fix)
        except SignInClosedError as e:
            return closed(language(request), e.state)
        events.signed_in(corrected)
        return RedirectResponse(f"/s/{token}/done/{key}?lang={language(request)}", status_code=303)

    def withdraw_html(token: str, key: str, csrf: str, lang: str) -> str:
        return withdraw_page(
            language=lang,
            meeting_title=current["title"],
            action=f"/s/{token}/withdraw/{key}?lang={lang}",
            csrf=csrf,
            keep_href=f"/s/{token}/done/{key}?lang={lang}",
            switch_href=f"/s/{token}/withdraw/{key}?lang={pages.other_language(lang)}",
        )

    async def withdraw(request: Request) -> Response:
        """Take back one's sign-in: a page asks first, and only its Yes removes it, with the
        other sign-ins the phone made for the same person at the meeting (`record`: one
        made again once the first could no longer be fixed), so that nothing of it is kept,
        as the page then says."""
        token, key = request.path_params["token"], request.path_params["key"]
        confirmation = f"/s/{token}/done/{key}?lang={language(request)}"
        if request.method == "GET":
            signed = own_signin(request)
            if isinstance(signed, Response):
                return signed
            if not can_change(signed):
                return refuse_back_to_signin(
                    request, "too_late_title", "too_late", 403, confirmation
                )
            csrf = csrf_of(request)
            return with_csrf(html(withdraw_html(token, key, csrf, language(request))), csrf)
        posted = await signed_post(request)
        if isinstance(posted, Response):
            return posted
        signed, form, csrf = posted
        if not can_change(signed):
            return refuse_back_to_signin(request, "too_late_title", "too_late", 403, confirmation)
        if form.get("confirm") != "yes":  # a form of before the question (a stale page)
            return html(withdraw_html(token, key, csrf, language(request)))
        now = to_ms(clock.now())
        phone = request.cookies.get(OWNER_COOKIE, "")

        def take_back(conn: sqlite3.Connection) -> list[int]:
            still_taking(conn, signed)
            store = SignInStore(conn)
            theirs = store.owned(meeting_id, phone) or [signed]
            store.withdraw_all(theirs, now)
            return [s.id for s in theirs]

        try:
            taken = await writer.write(take_back, alone=True)
        except SignInClosedError as e:
            return closed(language(request), e.state)
        for signin_id in taken:
            events.withdrawn(signin_id)
        lang = language(request)
        return html(pages.withdrawn_page(lang, f"/s/{token}?lang={lang}"))

    async def stylesheet(_request: Request) -> Response:
        return Response(pages.STYLESHEET, media_type="text/css")

    async def not_found(request: Request, _exc: Exception) -> Response:
        return refuse(request, "closed_title", "closed", 404)

    async def not_saved(request: Request, exc: Exception) -> Response:
        """What a phone sent could not be saved, or its page not made: the disk is full, the
        file became read-only or another program holds it (503), or an error nobody
        expected, a bug (500). The phone is told it is not signed in, in its language, with
        no word of the error, and a button to send its answers again (`not_saved_page`); the
        facilitator is told why."""
        if isinstance(exc, sqlite3.Error):
            reason, status = refusal(exc), 503
        elif isinstance(exc, DatabaseError):  # the file would not open; the writer's own bug
            reason, status = str(exc), 503
        else:
            log.error("A phone's request met an error nobody expected:\n%s", where_it_failed(exc))
            reason, status = unexpected_reason(exc), 500
        try:
            events.not_saved(reason)
        except Exception as e:  # the phone still gets its page
            # where, not what (nor the error before it, which log.exception would quote)
            log.error(
                "The app could not be told that a phone's sign-in was not saved:\n%s",
                where_it_failed(e),
            )
        posted: dict[str, str] = getattr(request.state, "posted", None) or {}
        if not _from_our_pages(request.headers.get("sec-fetch-site")):
            posted = {}  # what another site posted is not offered to the phone to send
        lang = posted_language(request, posted)
        action = f"{request.url.path}?lang={lang}"
        return html(pages.not_saved_page(lang, action, posted), status)

    def caught(endpoint: Callable[[Request], Awaitable[Response]]) -> ASGIEndpoint:
        """`endpoint`, answering whatever it raises with the not-saved page (Starlette's
        own answer to an error it has no handler for is a bare "Internal Server Error")."""

        async def answer(request: Request) -> Response:
            try:
                return await endpoint(request)
            except HTTPException:
                raise
            except Exception as e:
                return await not_saved(request, e)

        return answer

    app = Starlette(
        routes=[
            Route("/s/{token}", caught(show_form), methods=["GET"]),
            Route("/s/{token}", caught(sign_in), methods=["POST"]),
            Route("/s/{token}/done/{key}", caught(done), methods=["GET"]),
            Route("/s/{token}/edit/{key}", caught(edit), methods=["GET", "POST"]),
            Route("/s/{token}/withdraw/{key}", caught(withdraw), methods=["GET", "POST"]),
            Route("/s/{token}/commit/{key}", caught(commit), methods=["POST"]),
            Route("/static/signin.css", stylesheet, methods=["GET"]),
        ],
        exception_handlers={
            404: not_found,
            405: not_found,
            # Outside the routes (`caught`): the page, after which Starlette raises it again
            # for uvicorn to log
            Exception: not_saved,
        },
    )
    guard = Guard(app, allowed_hosts, limit)
    guard.reload = reload
    return guard


def lan_address() -> str:
    """The address other devices on this network would reach the laptop at.

    Asks the routing table which local address would be used toward a private-network
    address; a UDP socket's connect() only chooses a route and sends nothing.
    """
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.255.255.255", 1))
        address = probe.getsockname()[0]
    except OSError:
        address = "127.0.0.1"
    finally:
        probe.close()
    return str(address)


class SignInServer:
    """Serves one meeting's sign-in pages until stopped."""

    def __init__(
        self,
        db_path: Path,
        meeting_id: int,
        clock: Clock,
        events: SignInEvents | None = None,
        *,
        host: str | None = None,
        port: int = 0,
        limit: RateLimit | None = None,
        key: str | None = None,
        connections: ConnectionLimits | None = None,
    ) -> None:
        self._db_path = db_path
        self._connections = connections or ConnectionLimits()
        self._key = key  # the passphrase when the database is encrypted
        self._meeting_id = meeting_id
        self._clock = clock
        self._events = events or NoEvents()
        self.host = host or lan_address()
        self.port = port
        self._limit = RateLimit() if limit is None else limit
        self._server: Any = None
        self._writer: GroupCommitWriter | None = None
        self._app: Guard | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Bind and serve in a background thread; a clear MeetingkitError if that fails
        (PortInUseError when another program holds the port)."""
        import uvicorn

        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((self.host, self.port))
        except OSError as e:
            sock.close()
            if e.errno in IN_USE:
                raise PortInUseError(self.host, self.port) from e
            raise MeetingkitError(
                fill(
                    translate(
                        "Sign-in server",
                        "Cannot serve on %1 (%2). Choose another address: it must be one of this "
                        "laptop's.",
                    ),
                    f"{self.host}:{self.port}",
                    str(e.strerror),
                )
            ) from e
        sock.listen(32)
        # An assembly's phones arrive together, each browser with a connection or two: as
        # many as the open files allow, leaving the database and Qt theirs (a laptop that
        # could not raise macOS's 256 keeps about a hundred).
        files = _more_open_files()
        self._connections.total = min(self._connections.total, max(32, (files - 64) // 2))
        self._connections.per_client = min(
            self._connections.per_client, max(12, self._connections.total // 2)
        )
        self._connections.open.clear()  # none left from an earlier start
        self._connections.count = 0
        self.port = sock.getsockname()[1]
        hosts = host_headers(self.host, self.port)
        self._writer = GroupCommitWriter(self._db_path, self._key)
        self._app = app = create_app(
            self._db_path,
            self._meeting_id,
            self._clock,
            self._events,
            hosts,
            self._limit if self._limit.per_minute > 0 else None,
            self._writer,
            self._key,
        )
        config = uvicorn.Config(
            server_header=False,
            date_header=False,
            app=app,
            log_level="warning",
            access_log=False,
            lifespan="off",
            loop="asyncio",
            # httptools, the C parser, when installed (twice h11's speed), within bounds
            http=limited_protocol(self._connections),
            timeout_keep_alive=5,
            # Connections taken in at one turn of the loop, before ConnectionLimits can drop
            # the extra ones (uvicorn's 2048 at once would run the laptop out of files)
            backlog=32,
            # Phones reach us directly: an X-Forwarded-For header is a phone's say-so, and
            # believed it would give each request a new address to the rate limit.
            proxy_headers=False,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._serve, args=(sock,), daemon=True, name="meetingkit-signin"
        )
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started and self._thread.is_alive():
            if time.monotonic() > deadline:
                raise MeetingkitError(
                    translate(
                        "Sign-in server", "The sign-in server did not start within 10 seconds."
                    )
                )
            time.sleep(0.01)
        if not self._server.started:
            raise MeetingkitError(
                translate("Sign-in server", "The sign-in server stopped as it started.")
            )

    def _serve(self, sock: socket.socket) -> None:
        asyncio.run(self._server.serve(sockets=[sock]))

    def reload(self) -> None:
        """The link or the form changed: serve the new ones from the next request on."""
        if self._app is not None:
            self._app.reload()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def url(self, token: str) -> str:
        return signin_url(self.host, self.port, token)

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=5)
        if self._writer is not None:
            self._writer.stop()
        self._server = self._thread = self._writer = None


def _more_open_files(wanted: int = 4096) -> int:
    """Let this process open `wanted` files if the system allows it (macOS starts an app
    with 256, which the phones' connections share with the database): how many it may open.
    Windows has no such limit to raise."""
    try:
        import resource
    except ImportError:
        return wanted
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    return wanted if soft == resource.RLIM_INFINITY else soft


def _from_our_pages(sec_fetch_site: str | None) -> bool:
    """Whether a request came from one of our own pages, as far as the browser says
    (Fetch Metadata; an older browser says nothing): what another site posts is not shown
    back in a form for the phone to send."""
    return sec_fetch_site in (None, "same-origin", "none")


def _same_secret(held: str, sent: str) -> bool:
    """Whether `sent` (a posted CSRF token) is `held` (the phone's cookie), in constant time;
    False when there is none. As bytes: compare_digest raises on a str beyond ASCII, which
    anyone can post."""
    return bool(held) and secrets.compare_digest(held.encode(), sent.encode())


def _small_number(text: str) -> int | None:
    """`text` as a number a form may hold (an hour count, an option's id), or None: only the
    digits 0-9, at most nine of them. A posted "²" or five thousand digits is not a number
    to `int()` (it raises), and no form of ours sends one."""
    if text.isascii() and text.isdigit() and len(text) <= 9:
        return int(text)
    return None
