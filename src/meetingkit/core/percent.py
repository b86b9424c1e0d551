"""Shares as the reports print them: whole percents, a half rounded up.

Python's `round()` and `format()` round a half to the even number, so 12.5% printed as "12%"
and 37.5% as "38%": two groups with the same half-point printed one apart. People round a
half up, and the report does too.
"""

from __future__ import annotations

import math


def whole_percent(share: float) -> int:
    """`share` (0..1) as a whole percent, a half rounded up: 0.125 -> 13, 0.375 -> 38.

    Compared at six decimals first, so 0.145 (14.499999… in binary) rounds as 14.5 does."""
    return math.floor(round(share * 100, 6) + 0.5)


def percent(share: float) -> str:
    """'13%': the whole percent as a report prints it."""
    return f"{whole_percent(share)}%"
