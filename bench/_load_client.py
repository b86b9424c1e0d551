"""The phones for `bench/signin_load.py`: many simulated attendees signing in at once.

A separate process, so the load it makes costs the app nothing but the requests themselves.
Plain asyncio sockets and HTTP/1.1 (no client library). Each phone opens one keep-alive
connection, GETs the form (the `mk_csrf` cookie, the hidden csrf and nonce), POSTs it with a
unique name and phone, and expects 303. `--concurrency` phones are in flight at any moment until
`--total` have signed in.

Every 50th phone (2%) sends its POST twice with the same nonce, alternating two ways:
* `again`: it read the first answer, then taps again (a new connection);
* `lost`: the first answer never arrives (it closes the connection right after sending),
  then it resends on a new connection, as a phone on flaky Wi-Fi does.
Both must end with one sign-in and the same confirmation link.

Only 127.0.0.1 is allowed. Every request has a deadline and the whole run has `--timeout`;
when that runs out the phones still waiting are cancelled and the report says so.

Writes a JSON report to `--out` (per phone: statuses, times, confirmation link, error).
Times are `time.monotonic()`, which on Linux is the same clock in every process, so the app
side can line them up with its own.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import html
import json
import re
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlencode, urlsplit

REQUEST_TIMEOUT_S = 30.0
RETRY_EVERY = 50  # 1 phone in 50 (2%) resends its POST with the same nonce
MAX_RESPONSE = 1 << 20

_CSRF = re.compile(rb'name="csrf" value="([^"]+)"')
_NONCE = re.compile(rb'name="nonce" value="([^"]+)"')


@dataclass
class Phone:
    n: int
    phone: str
    get_status: int = 0
    get_ms: float = 0.0
    post_status: int = 0  # 0: no answer read (the "lost" retry kind, or an error)
    post_ms: float = 0.0
    location: str = ""
    retry: str = ""  # "", "again" or "lost"
    retry_status: int = 0
    retry_ms: float = 0.0
    retry_location: str = ""
    error: str = ""

    @property
    def signed_in(self) -> bool:
        """The phone was told it signed in (a 303 to its confirmation page)."""
        return 303 in (self.post_status, self.retry_status)


class Response:
    def __init__(self, status: int, headers: list[tuple[str, str]], body: bytes) -> None:
        self.status = status
        self.headers = headers
        self.body = body

    def header(self, name: str) -> str:
        return next((v for k, v in self.headers if k == name), "")


async def read_response(reader: asyncio.StreamReader) -> Response:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    headers = []
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers.append((name.strip().lower(), value.strip()))
    found = dict(headers)
    if "content-length" in found:
        body = await reader.readexactly(int(found["content-length"]))
    elif found.get("transfer-encoding", "").lower() == "chunked":
        parts = []
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            parts.append(await reader.readexactly(size + 2))  # the chunk and its CRLF
            if size == 0:
                break
        body = b"".join(p[:-2] for p in parts)
    else:
        body = await reader.read(MAX_RESPONSE)
    return Response(status, headers, body)


class Site:
    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme != "http" or parts.hostname != "127.0.0.1" or not parts.port:
            raise SystemExit(f"only http://127.0.0.1:PORT/... is allowed, not {url}")
        self.port = parts.port
        self.path = parts.path
        self.host = f"127.0.0.1:{self.port}"

    async def connect(self, phone: int) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        """From the phone's own address, as in a room (the server holds each address to a
        browser's few connections): 127.0.0.2–127.0.0.251, all loopback on Linux."""
        source = (f"127.0.0.{2 + phone % 250}", 0)
        return await asyncio.open_connection("127.0.0.1", self.port, local_addr=source)

    def get(self) -> bytes:
        return (
            f"GET {self.path} HTTP/1.1\r\nHost: {self.host}\r\nUser-Agent: meetingkit-load\r\n"
            "Accept: text/html\r\nAccept-Language: en-US,en;q=0.9\r\n\r\n"
        ).encode()

    def post(self, cookie: str, fields: dict[str, str]) -> bytes:
        body = urlencode(fields).encode()
        return (
            f"POST {self.path} HTTP/1.1\r\nHost: {self.host}\r\nUser-Agent: meetingkit-load\r\n"
            "Accept: text/html\r\nAccept-Language: en-US,en;q=0.9\r\n"
            "Content-Type: application/x-www-form-urlencoded\r\n"
            f"Content-Length: {len(body)}\r\nCookie: mk_csrf={cookie}\r\n\r\n"
        ).encode() + body


async def timed(
    writer: asyncio.StreamWriter, reader: asyncio.StreamReader, request: bytes
) -> tuple[Response, float]:
    """Send one request and read the whole answer; (answer, milliseconds)."""
    start = time.monotonic()
    async with asyncio.timeout(REQUEST_TIMEOUT_S):
        writer.write(request)
        await writer.drain()
        response = await read_response(reader)
    return response, (time.monotonic() - start) * 1000


async def connect(site: Site, phone: int) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    async with asyncio.timeout(REQUEST_TIMEOUT_S):
        return await site.connect(phone)


async def close(writer: asyncio.StreamWriter) -> None:
    writer.close()
    with contextlib.suppress(OSError):
        await writer.wait_closed()


async def sign_in(site: Site, phone: Phone) -> None:
    reader, writer = await connect(site, phone.n)
    try:
        page, phone.get_ms = await timed(writer, reader, site.get())
        phone.get_status = page.status
        cookie = page.header("set-cookie").split("mk_csrf=", 1)[-1].split(";")[0]
        csrf, nonce = _CSRF.search(page.body), _NONCE.search(page.body)
        if page.status != 200 or not cookie or csrf is None or nonce is None:
            phone.error = f"form: status {page.status}, no csrf cookie or hidden fields"
            return
        n = phone.n
        fields = {
            "csrf": html.unescape(csrf.group(1).decode()),
            "nonce": html.unescape(nonce.group(1).decode()),
            "lang": "en",
            "first_name": "Load",
            "last_name": f"{n:04d}",
            "phone": phone.phone,
            "email": f"load{n:04d}@example.org",
            "first_time": "yes" if n % 3 == 0 else "no",
        }
        request = site.post(cookie, fields)
        if phone.retry == "lost":
            writer.write(request)  # sent; the answer is never read
            await writer.drain()
        else:
            answer, phone.post_ms = await timed(writer, reader, request)
            phone.post_status, phone.location = answer.status, answer.header("location")
    finally:
        await close(writer)
    if phone.retry:
        reader, writer = await connect(site, phone.n)
        try:
            answer, phone.retry_ms = await timed(writer, reader, request)
            phone.retry_status, phone.retry_location = answer.status, answer.header("location")
        finally:
            await close(writer)


async def run(
    site: Site, total: int, concurrency: int, deadline: float, phones: list[Phone]
) -> None:
    numbers = iter(range(total))

    async def worker() -> None:
        for n in numbers:  # a shared iterator: each number is taken once
            if time.monotonic() >= deadline:
                return
            kind = (
                ""
                if n % RETRY_EVERY != RETRY_EVERY // 2
                else ("again", "lost")[n // RETRY_EVERY % 2]
            )
            phone = Phone(n, f"312555{n:04d}", retry=kind)
            phones.append(phone)
            try:
                await sign_in(site, phone)
            except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError) as e:
                phone.error = f"{type(e).__name__}: {e}"
            except TimeoutError:
                phone.error = f"no answer within {REQUEST_TIMEOUT_S:.0f} s"
            except asyncio.CancelledError:
                phone.error = "stopped at the deadline"
                raise

    async with asyncio.TaskGroup() as group:
        for _ in range(concurrency):
            group.create_task(worker())


async def main_async(args: argparse.Namespace) -> dict[str, object]:
    site = Site(args.url)
    phones: list[Phone] = []
    started, cpu = time.monotonic(), time.process_time()
    timed_out = False
    try:
        # asyncio.timeout, not wait_for: Python 3.11's wait_for can swallow a cancellation
        # that meets an answer arriving, and the phone then carries on past the deadline.
        async with asyncio.timeout(args.timeout):
            await run(site, args.total, args.concurrency, started + args.timeout, phones)
    except TimeoutError:
        timed_out = True
    timed_out = timed_out or len(phones) < args.total
    ended, cpu = time.monotonic(), time.process_time() - cpu
    phones.sort(key=lambda p: p.n)
    return {
        "url": args.url,
        "total": args.total,
        "concurrency": args.concurrency,
        "timeout_s": args.timeout,
        "timed_out": timed_out,
        "started": started,
        "ended": ended,
        "cpu_s": cpu,
        "phones": [asdict(p) | {"signed_in": p.signed_in} for p in phones],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True, help="http://127.0.0.1:PORT/s/TOKEN")
    parser.add_argument("--total", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=200)
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    if args.total < 1 or not 1 <= args.concurrency <= 1000:
        parser.error("--total must be at least 1 and --concurrency between 1 and 1000")
    report = asyncio.run(main_async(args))
    args.out.write_text(json.dumps(report))
    phones = report["phones"]
    assert isinstance(phones, list)
    done = sum(1 for p in phones if p["signed_in"])
    took = float(report["ended"]) - float(report["started"])
    print(
        f"{done}/{args.total} signed in in {took:.1f} s"
        + (" (timed out)" if report["timed_out"] else ""),
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
