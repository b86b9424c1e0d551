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


def _kept(socks: list[socket.socket], wait: float = 1.0) -> list[bool]:
    """Whether the server still keeps each of `socks` open (nothing sent either way) after
    `wait` seconds."""
    time.sleep(wait)
    kept = []
    for sock in socks:
        sock.setblocking(False)
        try:
            kept.append(sock.recv(1) != b"")
        except BlockingIOError:  # nothing to read, and not closed
            kept.append(True)
        except OSError:  # reset
            kept.append(False)
    return kept


def test_one_address_cannot_hold_more_than_half_the_connections(site: Site) -> None:
    """One address may be a whole room behind a venue's NAT (test_signin_one_address), so it
    may hold many connections; never all of them: the phones on other addresses keep half."""
    limits = site.server._connections
    assert limits.per_client == limits.total // 2
    address = ("127.0.0.1", site.server.port)
    held = [socket.create_connection(address) for _ in range(limits.per_client + 5)]
    try:
        assert _kept(held) == [True] * limits.per_client + [False] * 5
        other = socket.create_connection(address, source_address=("127.0.0.2", 0))
        assert _kept([other]) == [True]  # another address is let in
        other.close()
    finally:
        for s in held:
            s.close()
    time.sleep(0.2)  # once they are let go, the same address is served
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

    def start(files: int) -> tuple[int, int]:
        monkeypatch.setattr(signin_server, "_more_open_files", lambda: files)
        server = SignInServer(site.db, 1, site.clock, host="127.0.0.1", port=0)
        server.start()
        server.stop()
        return server._connections.total, server._connections.per_client

    total, one_address = start(4096)
    assert total >= 300  # 150 phones with two connections each
    assert one_address == total // 2  # a room behind one address, never all of them
    assert start(256) == (96, 48)  # macOS's default, where it could not be raised
    assert start(80) == (32, 16)
