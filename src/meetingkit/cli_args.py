"""Argument types the commands share: a value out of range is refused by argparse with one
line, before any command runs (not an OverflowError from SQLite or the socket)."""

from __future__ import annotations

import argparse
import ipaddress
import re
from pathlib import Path

# SQLite's INTEGER: the largest id a row can have.
_LARGEST_ID = 2**63 - 1


def _whole_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a whole number") from None


def meeting_id(text: str) -> int:
    """A meeting's id, as `meetingkit meeting list` prints it."""
    value = _whole_number(text)
    if not 1 <= value <= _LARGEST_ID:
        raise argparse.ArgumentTypeError(
            f"there is no meeting {text}: ids are the numbers `meetingkit meeting list` prints"
        )
    return value


def port(text: str) -> int:
    """A TCP port to serve on or print on a poster."""
    value = _whole_number(text)
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{text} is not a port: ports go from 1 to 65535")
    return value


_LABEL = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")


def host(text: str) -> str:
    """An address phones can reach the laptop at: an IPv4 or IPv6 address, or a host name
    (letters, digits and hyphens between dots, at most 253 characters). Anything else would
    make a poster whose link and QR code lead nowhere, or a QR code too long to draw."""
    try:
        return str(ipaddress.ip_address(text.strip("[]")))
    except ValueError:
        pass
    name = text.removesuffix(".")
    if 0 < len(name) <= 253 and all(_LABEL.match(label) for label in name.split(".")):
        return name
    shown = text if len(text) <= 60 else text[:57] + "…"
    raise argparse.ArgumentTypeError(
        f"“{shown}” is not an address: give this laptop's IP address (such as 192.168.1.20) or "
        "its host name"
    )


def file_name(text: str) -> Path:
    """A file to read: an empty name (an unset variable) would be taken for the folder
    the command runs in."""
    if not text.strip():
        raise argparse.ArgumentTypeError(
            "an empty file name (is the variable that should hold it unset?)"
        )
    return Path(text)
