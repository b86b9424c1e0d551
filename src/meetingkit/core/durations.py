"""Times as the room reads them: countdowns on a clock face, spans in words."""

from __future__ import annotations

import datetime as dt


def clock_face(ms: int) -> str:
    """A countdown or elapsed time: 754_000 -> '12:34'; 3_723_000 -> '1:02:03'.

    Whole seconds shown are floored, so a countdown reads 0:00 only when time is really up.
    """
    seconds = abs(ms) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    face = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
    return f"-{face}" if ms < 0 else face


def countdown(remaining_ms: int) -> str:
    """Time left, rounded up so '0:00' never shows while time remains; over time gets '+'."""
    if remaining_ms >= 0:
        return clock_face(-(-remaining_ms // 1000) * 1000)
    return "+" + clock_face(-remaining_ms)


def over_by(remaining_ms: int) -> str:
    """How far over time a countdown is, in words, in the whole seconds its clock face shows:
    at -200_600 the face reads '+3:20', so this reads '3 min 20 s' (not span's rounded 21 s)."""
    return span(max(0, -remaining_ms) // 1000 * 1000)


def span(ms: int) -> str:
    """A duration in words for minutes and reports: '23 min 10 s', '1 h 5 min', '40 s',
    '4 h 0 min 30 s'.

    To the nearest second (a half rounded up) at any length, and a unit left out only when it
    and everything after it is zero: so the spans in a table add up to the span of its total
    (two turns of '4 h 0 min 30 s' make '8 h 1 min'), as they do under an hour."""
    seconds = (abs(ms) + 500) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        if secs:
            return f"{hours} h {minutes} min {secs} s"
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    if minutes:
        return f"{minutes} min {secs} s" if secs else f"{minutes} min"
    return f"{secs} s"


def unbroken(phrase: str) -> str:
    """`phrase` with non-breaking spaces, so a wrapping line never splits it: a duration
    put into a sentence ('1 h 30 min', not '1 h 30 / min'), a count and its noun ('+2 more')."""
    return phrase.replace(" ", "\u00a0")


def wall_time(epoch_ms: int) -> str:
    """Local time of day of a wall-anchored clock reading: '19:42'."""
    return dt.datetime.fromtimestamp(epoch_ms / 1000).strftime("%H:%M")
