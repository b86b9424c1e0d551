"""Whether published group figures let someone's speaking time be worked out by subtraction.

A report shows a group's speaking time only when at least the meeting's smallest group of
people are in it, but each figure checked alone is not enough: with all the speaking time
published, "everyone but the night shift" is one person when nine of ten work nights, and
"Spanish speaking" less "Night shift" is one person when the one group is the other and
someone more. What a reader can work out is any sum and difference of the figures shown
(their speaking time; the counts of people are not what is protected here).

`worked_out` answers it exactly: it is true when some sum or difference of the figures
depends on the time of fewer than `size` people (one person's, two people's together, or
one's less another's), and false when every one of them moves with the time of at least
`size` people. Exact for any number of groups at once, not just pairs: the figures are
vectors over the people, and a reader can work out precisely their span.

`shown_safely` picks the groups a report may show, largest first: a group is left out when,
with those already shown, it would let someone's time be worked out. In one sentence for an
organizer: a group is shown only if no adding and subtracting of the figures shown gives the
time of fewer people than the smallest group.

What it does not cover, and why it is still the right line to hold:
- Bounds. Time is never negative, so a figure about many people still bounds each one's
  ("the three of them spoke 2 minutes" says none spoke more). Any published group does
  that; the smallest group size is the protection the meeting chose against it.
- Other figures about the same people: the same meeting's report printed before and after
  someone was marked present (their difference is that person), another meeting's report,
  the period's figures, the projector in the room. Each is checked on its own; nobody
  outside the room hears every turn, as the room does.
- The counts of people in each group (who is in which), which the report gives on purpose.
- A search too long to finish (`SEARCH_LIMIT`, many small overlapping groups) answers
  "worked out": a group more is left out, never a leak let through.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Hashable, Iterable, Sequence
from itertools import combinations
from math import comb
from typing import TypeVar

Key = TypeVar("Key", bound=Hashable)
Vector = tuple[int, ...]
# Mersenne primes for exact arithmetic (`_prime`), the smallest that fits is the fastest
_PRIMES = ((25, 2**61 - 1), (44, 2**127 - 1), (120, 2**521 - 1))

# How many cases the search may try before it takes the cautious answer (worked out), about
# 30 ms; a report checks each group people gave once, on the GUI thread. With the smallest
# group of 3, a hundred people in ten overlapping groups need about a hundred; a larger
# smallest group in a room cut into many tiny cells of people can reach it, and then a group
# more is left out. bench/report_groups.py: at 500, ten groups of a room of 100–200 with the
# smallest group at 8 take at most 0.1 s and show as many groups as at 3,000 (0.4 s).
SEARCH_LIMIT = 500
# The most figures (groups, and the total) checked at once: far more than a report shows,
# and what keeps `_Span`'s arithmetic exact. More are taken as worked out.
MAX_FIGURES = 120


def worked_out(
    groups: Iterable[Collection[Hashable]], everyone: Collection[Hashable], size: int
) -> bool:
    """Whether adding and subtracting the speaking time of `groups` and of `everyone` (all
    the speaking time, which a report gives) yields a figure about fewer than `size` people.

    `everyone`: all the people whose time the total holds (those present, and people who
    spoke without being marked present); a group's people outside it count for nothing.

    How: people in the same groups (the same "cell") are indistinguishable to a reader, so
    a figure worked out is a combination of cells, and it depends on fewer than `size`
    people exactly when the cells it leaves out hold all but fewer than `size` of them.
    Cells of `size` people or more can never be among those it touches, so the search is
    over the small cells that the big ones do not already account for."""
    people = set(everyone)
    rows = [people, *(set(g) & people for g in groups)]
    if len(rows) > MAX_FIGURES:
        return True
    prime = _prime(len(rows))
    cells = Counter(tuple(p in row for row in rows) for p in people)
    columns = [(tuple(int(b) for b in sig), n) for sig, n in cells.items()]
    small = [(c, n) for c, n in columns if n < size]
    if not small:
        return False
    big = _Span([c for c, n in columns if n >= size], prime)
    # The small cells the big ones leave open, by direction (cells a reader cannot tell
    # apart even with the big ones known count as one, their people added up)
    open_cells: Counter[Vector] = Counter()
    for c, n in small:
        rest = big.reduce(c)
        if any(rest):
            open_cells[_direction(rest, prime)] += n
    if not open_cells:
        return False  # the big cells already account for every figure
    need = sum(open_cells.values()) - size + 1  # people a split must keep out of the figure
    if need <= 0:
        return True  # all of them together are fewer than `size`: total less the big cells
    directions = list(open_cells)
    free = _Span(directions, prime).rank  # directions still open
    # Either way of searching is exact; take the one with fewer cases to try: the sets of
    # fewer than `size` people a figure could touch (the rest must leave a direction
    # open), or the ways to leave one direction open (the splits it keeps out of a figure).
    touched = sum(comb(len(directions), k) for k in range(size - 1))
    if touched <= comb(len(directions), free - 1):
        return _touches_few(open_cells, size, prime)
    return _keeps_out(open_cells, free, need, prime)


def _touches_few(open_cells: Counter[Vector], size: int, prime: int) -> bool:
    """Some cells holding fewer than `size` people together, without which the others
    leave a direction open: a figure touches those cells only. Searched as: cells taken
    away (the others still spanning every direction), then one whose loss would leave a
    direction open (a "coloop" of what is left), all of those found at once (`_Basis`)."""
    weights = list(open_cells.values())
    tried = 0

    def leaks(basis: _Basis, weight: int, start: int) -> bool:
        nonlocal tried
        tried += 1
        if tried > SEARCH_LIMIT:
            return True
        alone = basis.coloops()
        if any(weight + weights[i] < size for i in alone):
            return True
        return any(
            leaks(basis.without(i), weight + weights[i], i + 1)
            for i in basis.elements()
            if i >= start and i not in alone and weight + weights[i] < size - 1
        )

    return leaks(_Basis(list(open_cells), prime), 0, 0)


class _Basis:
    """Vectors (by their place in a list) as a basis of their span and, for each of the
    others, how it is written in that basis: a basis vector no other one needs is a coloop.
    Taking a vector away that is not a coloop keeps the span: a basis vector is exchanged
    for one that needs it first."""

    def __init__(self, vectors: Sequence[Vector], prime: int) -> None:
        self.prime = p = prime
        width = len(vectors[0]) if vectors else 0  # the rank is at most this
        rows: list[tuple[int, list[int], list[int]]] = []  # pivot, row, as basis vectors
        self.basis: list[int] = []
        self.written: dict[int, list[int]] = {}
        for k, v in enumerate(vectors):
            out, made = list(v), [0] * width
            for at, row, tag in rows:
                f = out[at]
                if f:
                    out = [(a - f * b) % p for a, b in zip(out, row, strict=True)]
                    made = [(m + f * t) % p for m, t in zip(made, tag, strict=True)]
            pivot = next((i for i, a in enumerate(out) if a), None)
            if pivot is None:
                self.written[k] = made
                continue
            inverse = pow(out[pivot], -1, p)
            new_row = [a * inverse % p for a in out]
            new_tag = [-m * inverse % p for m in made]
            new_tag[len(self.basis)] = inverse
            for j, (at, row, tag) in enumerate(rows):
                f = row[pivot]
                if f:
                    rows[j] = (
                        at,
                        [(a - f * b) % p for a, b in zip(row, new_row, strict=True)],
                        [(t - f * n) % p for t, n in zip(tag, new_tag, strict=True)],
                    )
            rows.append((pivot, new_row, new_tag))
            self.basis.append(k)

    def elements(self) -> list[int]:
        return sorted([*self.basis, *self.written])

    def coloops(self) -> set[int]:
        return {
            k
            for place, k in enumerate(self.basis)
            if not any(w[place] for w in self.written.values())
        }

    def without(self, k: int) -> _Basis:
        """The same with vector `k` taken away (not a coloop: the span stays)."""
        p = self.prime
        out = _Basis((), p)
        out.basis = list(self.basis)
        out.written = {e: w for e, w in self.written.items() if e != k}
        if k in self.written:
            return out
        place = self.basis.index(k)
        e = min(e for e, w in out.written.items() if w[place])  # it takes k's place
        pivot = out.written.pop(e)
        inverse = pow(pivot[place], -1, p)
        for f, w in out.written.items():
            c = w[place] * inverse % p
            if c:
                w = [(a - c * b) % p for a, b in zip(w, pivot, strict=True)]
                w[place] = c
                out.written[f] = w
        out.basis[place] = e
        return out


def _keeps_out(open_cells: Counter[Vector], free: int, need: int, prime: int) -> bool:
    """A split of the open directions (all but one of them) holding at least `need` people:
    a figure leaves all those out. Many splits span the same directions: those kept out
    are added up once per span (`_Span.key`); every split still counts to `SEARCH_LIMIT`."""
    seen: set[frozenset[tuple[int, Vector]]] = set()
    for tried, chosen in enumerate(combinations(open_cells, free - 1)):
        if tried >= SEARCH_LIMIT:
            return True
        split = _Span(chosen, prime)
        if split.rank < free - 1 or split.key in seen:
            continue
        seen.add(split.key)
        kept_out = sum(n for d, n in open_cells.items() if not any(split.reduce(d)))
        if kept_out >= need:
            return True
    return False


def shown_safely(
    candidates: Sequence[tuple[Key, Collection[Hashable]]],
    everyone: Collection[Hashable],
    size: int,
    shown: Sequence[Collection[Hashable]] = (),
) -> list[Key]:
    """The candidates a report may show, in their order (largest first, say): each one is
    added unless, with the groups `shown` already and those added before it, it would let
    someone's time be worked out (`worked_out`). Deterministic; not always the most groups
    possible, but never a leak, and the groups first in order win."""
    kept = [*shown]
    keys = []
    for key, members in candidates:
        if len(set(members) & set(everyone)) < size or worked_out([*kept, members], everyone, size):
            continue
        kept.append(members)
        keys.append(key)
    return keys


class _Span:
    """The span of some vectors of 0s and 1s (and of what reducing them leaves), kept in
    reduced echelon form. The arithmetic is modulo a prime (`_prime`), which is exact here:
    every answer is a rank of 0/1 columns, and a rank changes only when a minor is zero; a
    minor of r rows of 0s and 1s is at most r**(r/2) in size, below the prime chosen for r
    rows (at most `MAX_FIGURES`), so it is zero modulo the prime only when it is zero."""

    def __init__(self, vectors: Iterable[Vector], prime: int) -> None:
        self.prime = prime
        self._rows: list[tuple[int, Vector]] = []  # (pivot, row with 1 at its pivot)
        for v in vectors:
            self.add(v)

    @property
    def rank(self) -> int:
        return len(self._rows)

    @property
    def key(self) -> frozenset[tuple[int, Vector]]:
        """The same for the same span: its reduced echelon rows are unique to it."""
        return frozenset(self._rows)

    def reduce(self, v: Vector) -> Vector:
        """`v` less its part in the span: zero exactly when the span holds `v`."""
        out = list(v)
        for pivot, row in self._rows:
            f = out[pivot]
            if f:
                out = [(a - f * b) % self.prime for a, b in zip(out, row, strict=True)]
        return tuple(out)

    def add(self, v: Vector) -> None:
        rest = self.reduce(v)
        pivot = next((i for i, a in enumerate(rest) if a), None)
        if pivot is None:
            return
        inverse = pow(rest[pivot], -1, self.prime)
        row = tuple(a * inverse % self.prime for a in rest)
        self._rows = [
            (p, tuple((a - r[pivot] * b) % self.prime for a, b in zip(r, row, strict=True)))
            if r[pivot]
            else (p, r)
            for p, r in self._rows
        ]
        self._rows.append((pivot, row))


def _prime(rows: int) -> int:
    """A prime for exact work on `rows` rows of 0s and 1s (see `_Span`): above r**(r/2)."""
    return next(prime for most, prime in _PRIMES if rows <= most)


def _direction(v: Vector, prime: int) -> Vector:
    """`v` scaled so that its first non-zero entry is 1: vectors on one line meet here."""
    first = next(a for a in v if a)
    inverse = pow(first, -1, prime)
    return tuple(a * inverse % prime for a in v)
