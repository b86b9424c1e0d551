"""A free port to offer when the one chosen for sign-in is taken."""

import socket
from collections.abc import Iterator

import pytest

from meetingkit.services.free_port import free_port_near


def bindable(host: str, port: int) -> bool:
    """Whether `port` on `host` could be served on now."""
    with socket.socket() as probe:
        try:
            probe.bind((host, port))
        except OSError:
            return False
        return True


@pytest.fixture
def taken() -> Iterator[int]:
    """A port another program listens on."""
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        yield int(other.getsockname()[1])


def test_a_port_another_program_listens_on_is_taken(taken: int) -> None:
    assert not bindable("127.0.0.1", taken)
    free = free_port_near("127.0.0.1", taken)
    assert free is not None
    assert free != taken
    assert bindable("127.0.0.1", free)


def test_the_free_port_offered_is_near_the_one_taken(taken: int) -> None:
    free = free_port_near("127.0.0.1", taken)
    assert free is not None
    assert taken < free <= taken + 50 or taken > 65535 - 50


def test_the_last_ports_fall_back_to_any_free_one() -> None:
    free = free_port_near("127.0.0.1", 65535)
    assert free is not None
    assert 1024 <= free <= 65535


def test_an_address_not_this_laptops_has_no_free_port() -> None:
    assert free_port_near("192.0.2.77", 8765) is None  # TEST-NET: never this laptop's
