"""Which port sign-in can be served on: whether another program holds one, and a free one
near it to offer instead (the Sign-in tab, when the port chosen is taken)."""

from __future__ import annotations

import errno
import socket

# "Address already in use", as Linux, macOS and Windows number it (SignInServer.start)
IN_USE = frozenset({errno.EADDRINUSE, 98, 48, 10048})
HIGHEST = 65535


def _bind(host: str, port: int) -> int:
    """Bind `host`:`port` as SignInServer.start does, then let it go: the port bound. Raises
    OSError if that cannot be done."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind((host, port))
        return int(probe.getsockname()[1])


def free_port_near(host: str, port: int, tries: int = 50) -> int | None:
    """A port nothing holds on `host` now: the first of the `tries` after `port` (8766 for
    8765: easy to read out and type), else any the system gives. None if `host` cannot be
    served on at all."""
    for candidate in range(port + 1, min(port + 1 + tries, HIGHEST + 1)):
        try:
            return _bind(host, candidate)
        except OSError as e:
            if e.errno not in IN_USE:
                return None
    try:
        return _bind(host, 0)
    except OSError:
        return None
