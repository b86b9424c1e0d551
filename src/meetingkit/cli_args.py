"""Argument types the commands share: a value out of range is refused by argparse with one
line, before any command runs (not an OverflowError from SQLite or the socket)."""

from __future__ import annotations

import argparse

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
