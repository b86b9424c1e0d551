"""Tests on a night the clocks change: the process's local time zone set for a test, then put
back (`time.tzset`), as the computer in the room would have it."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager

# US Central: clocks go forward at 2 a.m. on 8 March 2026 and 14 March 2027 (02:00-02:59 never
# comes), back at 2 a.m. on 1 November 2026 (01:00-01:59 comes twice).
CHICAGO = "America/Chicago"


@contextmanager
def local_zone(name: str = CHICAGO) -> Iterator[None]:
    before = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()
