"""The order in which a line's characters appear on paper, when it mixes right-to-left text in.

A PDF shows glyphs left to right as they are drawn, so "فاطمة الزهراء (RN)" must be drawn in
visual order. This is the Unicode Bidirectional Algorithm (UAX #9) for one paragraph without
explicit embeddings, which is what a name, a title or a workplace is: paragraph direction from
the first strong letter (P2–P3), weak types (W1–W7), bracket pairs (N0), other neutrals
(N1–N2), implicit levels (I1–I2), trailing spaces (L1) and reordering (L2). Directional
formatting characters are treated like the character before them (UAX #9, 5.2), which keeps
ZWJ and ZWNJ in place for shaping.

Why not a package: reportlab's own support needs `rlbidi`, which is not on PyPI, and
`python-bidi` returns only the reordered string, while shaping Arabic needs each run in
logical order and its level.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

_STRONG = {"L": "L", "R": "R", "AL": "R"}
_STRONG_OR_NUMBER = {"L", "R", "EN", "AN"}  # after W3 there is no AL
_NEUTRAL = {"B", "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI"}
# Explicit embeddings and overrides are not honoured; they and BN take the type before them.
_LIKE_PREVIOUS = {"NSM", "BN", "LRE", "RLE", "LRO", "RLO", "PDF"}
_MIRROR = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹", strict=True))
# Bidi_Paired_Bracket pairs (BD14–BD15): ASCII, fullwidth and CJK; the rest never turn up
# in a name or a title.
_OPENING = dict(zip("([{（［｛〈《「『【〔〖〘〚", ")]}）］｝〉》」』】〕〗〙〛", strict=True))
_CLOSING = set(_OPENING.values())


def bidi_class(char: str) -> str:
    return unicodedata.bidirectional(char) or "L"  # unassigned code points read left to right


def paragraph_level(text: str) -> int:
    """0 when the first strong letter reads left to right (or there is none), 1 otherwise."""
    for char in text:
        strong = _STRONG.get(bidi_class(char))
        if strong:
            return 0 if strong == "L" else 1
    return 0


def embedding_levels(text: str, base: int | None = None) -> list[int]:
    """The resolved level of each character of one line: even reads left to right, odd right
    to left. `base` overrides the paragraph level found in the text."""
    level = paragraph_level(text) if base is None else base
    sor = "R" if level % 2 else "L"
    classes = [bidi_class(c) for c in text]
    types = _weak_types(list(classes), sor)
    types = _bracket_types(text, classes, types, sor)
    types = _neutral_types(types, sor)
    levels = []
    for kind in types:
        if level % 2 == 0:
            levels.append(level + (1 if kind == "R" else 2 if kind in ("AN", "EN") else 0))
        else:
            levels.append(level + (1 if kind in ("L", "AN", "EN") else 0))
    # L1: spaces at the end of the line go back to the paragraph level.
    for i in range(len(text) - 1, -1, -1):
        if bidi_class(text[i]) not in ("WS", "S", "BN") and not _is_isolate(text[i]):
            break
        levels[i] = level
    return levels


def _is_isolate(char: str) -> bool:
    return bidi_class(char) in ("LRI", "RLI", "FSI", "PDI")


def _weak_types(types: list[str], sor: str) -> list[str]:
    # W1: a combining mark (and BN) takes the type of what it follows.
    for i, kind in enumerate(types):
        if kind in _LIKE_PREVIOUS:
            types[i] = types[i - 1] if i else sor
        elif kind in ("LRI", "RLI", "FSI", "PDI"):
            types[i] = "ON"
    # W2: European digits after Arabic letters are Arabic numbers. W3: AL is R.
    last_strong = sor
    for i, kind in enumerate(types):
        if kind in ("L", "R", "AL"):
            last_strong = kind
        elif kind == "EN" and last_strong == "AL":
            types[i] = "AN"
    types = ["R" if kind == "AL" else kind for kind in types]
    # W4: one separator between two numbers of the same kind joins them.
    for i in range(1, len(types) - 1):
        before, kind, after = types[i - 1], types[i], types[i + 1]
        if kind == "ES" and before == after == "EN":
            types[i] = "EN"
        elif kind == "CS" and before == after and before in ("EN", "AN"):
            types[i] = before
    # W5: currency and percent signs next to European digits count as digits.
    i = 0
    while i < len(types):
        if types[i] != "ET":
            i += 1
            continue
        end = i
        while end < len(types) and types[end] == "ET":
            end += 1
        if (i > 0 and types[i - 1] == "EN") or (end < len(types) and types[end] == "EN"):
            types[i:end] = ["EN"] * (end - i)
        i = end
    # W6: separators left over are neutral. W7: European digits after L letters are L.
    types = ["ON" if kind in ("ES", "ET", "CS") else kind for kind in types]
    last_strong = sor
    for i, kind in enumerate(types):
        if kind in ("L", "R"):
            last_strong = kind
        elif kind == "EN" and last_strong == "L":
            types[i] = "L"
    return types


def _bracket_pairs(text: str, types: Sequence[str]) -> list[tuple[int, int]]:
    """BD16: the positions of matching brackets, in the order of their opening bracket."""
    stack: list[tuple[str, int]] = []
    pairs = []
    for i, char in enumerate(text):
        if types[i] != "ON":
            continue
        if char in _OPENING:
            if len(stack) == 63:
                break
            stack.append((_OPENING[char], i))
        elif char in _CLOSING:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == char:
                    pairs.append((stack[depth][1], i))
                    del stack[depth:]
                    break
    return sorted(pairs)


def _bracket_types(text: str, classes: Sequence[str], types: list[str], sor: str) -> list[str]:
    """N0: a pair of brackets takes the direction of the text inside it, so that
    "فاطمة (RN) 12" keeps its brackets around RN."""
    for opening, closing in _bracket_pairs(text, types):
        inside = {_direction(t) for t in types[opening + 1 : closing] if t in _STRONG_OR_NUMBER}
        if not inside:
            continue
        direction = sor  # N0 b: text of the paragraph's direction inside
        if sor not in inside:  # N0 c: only the other direction inside; then as before it
            before = [_direction(t) for t in types[:opening] if t in _STRONG_OR_NUMBER]
            direction = before[-1] if before else sor
        for i in (opening, closing):
            types[i] = direction
            j = i + 1
            while j < len(types) and classes[j] == "NSM":  # marks on a bracket follow it
                types[j] = direction
                j += 1
    return types


def _neutral_types(types: list[str], sor: str) -> list[str]:
    """N1: neutrals between text of one direction take it (digits count as R); N2: the rest
    take the paragraph's direction."""
    resolved = list(types)
    i = 0
    while i < len(types):
        if types[i] not in _NEUTRAL:
            i += 1
            continue
        end = i
        while end < len(types) and types[end] in _NEUTRAL:
            end += 1
        before = _direction(types[i - 1]) if i > 0 else sor
        after = _direction(types[end]) if end < len(types) else sor
        resolved[i:end] = [before if before == after else sor] * (end - i)
        i = end
    return resolved


def _direction(kind: str) -> str:
    return "L" if kind == "L" else "R"  # R, AN and EN all count as R beside neutrals


def visual_order(levels: Sequence[int]) -> list[int]:
    """L2: the indices of `levels` (characters, or runs of one level) in the order they are
    shown: from the highest level down to the lowest odd one, reverse every stretch at or
    above it."""
    order = list(range(len(levels)))
    if not levels:
        return order
    lowest_odd = min(levels) | 1  # levels not on the line count too: 2 above 0 turns twice
    for floor in range(max(levels), lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] < floor:
                i += 1
                continue
            end = i
            while end < len(order) and levels[order[end]] >= floor:
                end += 1
            order[i:end] = reversed(order[i:end])
            i = end
    return order


def mirrored(char: str) -> str:
    """L4: the bracket that faces the other way, for brackets shown right to left."""
    return _MIRROR.get(char, char)
