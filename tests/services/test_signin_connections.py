"""A device on the Wi-Fi cannot hold the laptop's connections, files or memory: no QR code is
needed to open connections and send nothing, or a header that never ends. And a header of
its own making does not give it a new address to the rate limit."""

import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from meetingkit.services.signin_server import ConnectionLimits, RateLimit, SignInServer
from tests.services.test_signin_server import Site, _site


def _still_open(sock: socket.socket, wait: float = 1.0) -> bool:
    """Whether the server keeps `sock` open (nothing sent either way) for `wait` seconds."""
    sock.settimeout(wait)
    try:
        return sock.recv(1) != b""
    except TimeoutError:
        return True
    except OSError:  # reset
        return False


def _sends(sock: socket.socket, chunk: bytes, times: int) -> bool:
    """Whether the server takes `chunk` `times` over without closing the connection."""
    try:
        for _ in range(times):
            sock.sendall(chunk)
    except OSError:
        return False
    return True


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    yield from _site(tmp_path, RateLimit(per_minute=0))


def test_connection_limits_count_each_address_and_all_of_them() -> None:
    limits = ConnectionLimits(total=3, per_client=2)
    assert limits.admit("10.0.0.2")
    assert limits.admit("10.0.0.2")
    assert not limits.admit("10.0.0.2")  # a third from one phone
    assert limits.admit("10.0.0.3")
    assert not limits.admit("10.0.0.4")  # a fourth in all
    limits.leave("10.0.0.2")
    assert limits.admit("10.0.0.4")
    for client in ("10.0.0.2", "10.0.0.3", "10.0.0.4"):
        limits.leave(client)
    assert limits.open == {}
    assert limits.count == 0


def test_one_device_cannot_hold_more_than_a_browser_opens(site: Site) -> None:
    per_client = ConnectionLimits().per_client
    address = ("127.0.0.1", site.server.port)
    held = [socket.create_connection(address) for _ in range(per_client + 5)]
    try:
        kept = [_still_open(s) for s in held]
        assert kept == [True] * per_client + [False] * 5
    finally:
        for s in held:
            s.close()
    time.sleep(0.2)  # once they are let go, the same phone is served
    assert site.request("GET", f"/s/{site.token}")[0] == 200


def test_a_header_that_never_ends_is_cut_off(site: Site) -> None:
    sock = socket.create_connection(("127.0.0.1", site.server.port))
    sock.sendall(f"GET /s/{site.token} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Long: ".encode())
    sock.settimeout(10)
    assert not _sends(sock, b"a" * 65536, 256)  # reset, or a broken pipe, long before 16 MB
    sock.close()
    assert site.request("GET", f"/s/{site.token}")[0] == 200


def test_a_stalled_connection_is_closed(site: Site) -> None:
    server = SignInServer(
        site.db,
        1,
        site.clock,
        host="127.0.0.1",
        port=0,
        limit=RateLimit(per_minute=0),
        connections=ConnectionLimits(seconds=0.5),
    )
    server.start()
    try:
        sock = socket.create_connection(("127.0.0.1", server.port))
        sock.sendall(b"GET /s/x HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # and never the rest
        sock.settimeout(5)
        started = time.monotonic()
        assert sock.recv(1) == b""  # closed by the server
        assert time.monotonic() - started < 4
        sock.close()
    finally:
        server.stop()


def test_x_forwarded_for_does_not_dodge_the_rate_limit(tmp_path: Path) -> None:
    for limited in _site(tmp_path, RateLimit(per_minute=1, burst=3)):
        codes = [
            limited.request(
                "GET", f"/s/{limited.token}", headers={"X-Forwarded-For": f"10.0.0.{n}"}
            )[0]
            for n in range(5)
        ]
        assert codes == [200, 200, 200, 429, 429]


def test_a_room_of_phones_fits_and_the_bound_follows_the_open_files(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An assembly's phones arrive together, a connection or two each: the bound on all of
    them is as high as the files the process may open allow, not a fixed hundred."""
    import meetingkit.services.signin_server as signin_server

    def start(files: int) -> int:
        monkeypatch.setattr(signin_server, "_more_open_files", lambda: files)
        server = SignInServer(site.db, 1, site.clock, host="127.0.0.1", port=0)
        server.start()
        server.stop()
        return server._connections.total

    assert start(4096) >= 300  # 150 phones with two connections each
    assert start(256) == 96  # macOS's default, where it could not be raised
    assert start(80) == 32
