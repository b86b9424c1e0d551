"""Our translated words on paper with their values put in: `fill(translate(…), a, b)`.

A translation keeps `%1`, `%2`… where the values go, in whatever order its language puts them.
They are filled in one pass, so a value that itself holds "%2" (a title someone typed) prints
as typed instead of being filled in turn.
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%([1-9])")


def fill(text: str, *values: object) -> str:
    """`text` with `%1` replaced by the first value, `%2` by the second, and so on."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if index < len(values) else match.group()

    return _PLACEHOLDER.sub(value, text)
