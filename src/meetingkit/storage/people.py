"""The people directory: add, edit, search as you type, and forget.

Search uses the FTS5 index built in migration m003 with prefix queries, so each keystroke
answers in milliseconds even with 100,000 people (bench/people_search.py). A search that is
mostly digits also finds a phone number by the start or the end of its digits, through the
indexes on phone_key (m006) and on the digits reversed (m018).
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from meetingkit.core.errors import NotFoundError
from meetingkit.core.i18n import fill, translate
from meetingkit.core.person import Person, fold, phone_key
from meetingkit.storage.database import transaction, utc_now

if TYPE_CHECKING:  # the start screen loads this module: the sign-in rules load when used
    from meetingkit.core.already_there import AlreadyThere

_FIELDS = (
    "first_name",
    "last_name",
    "email",
    "phone",
    "zip_code",
    "profession",
    "workplace",
    "notes",
)
_COLUMNS = ", ".join(("id", *_FIELDS))
_ORDER = "sort_name, id"
# Above this many matches per row shown, reading people in name order beats sorting matches.
BROAD_MATCH_FACTOR = 10
# A search term is any run of letters or digits; everything else separates terms.
_TERM = re.compile(r"\w+", re.UNICODE)
# A word typed: terms joined by apostrophes or hyphens ("o'b", "scott-h") are one word, whose
# terms follow one another in a name: "o'b" begins O'Brien, not every "O…" and "B…".
_WORD = re.compile(r"\w+(?:['\u2019\u02bc\-\u2010\u2011]\w+)*", re.UNICODE)
# A search also looks for up to this many neighbouring words run together ("mary ann" finds
# Maryann, "de la cruz" Delacruz), in a search of at most RUN_TOGETHER_MAX_WORDS words.
RUN_TOGETHER_WORDS = 4
RUN_TOGETHER_MAX_WORDS = 8
# A search with this many digits or more, and at most a third as many letters, is (also) a
# phone number: "3125550104", "555-0104", "+1 312 555 0104", the last four.
PHONE_SEARCH_DIGITS = 4


@dataclass(frozen=True)
class SearchResult:
    people: list[Person]
    total: int  # how many match in all; `people` holds at most the limit asked for


class PeopleStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    _INSERT = (
        f"INSERT INTO people ({', '.join(_FIELDS)}, sort_name, name_key, spelled, phone_key,"
        f" phone_reversed, created_at, added_at_meeting)"
        f" VALUES ({', '.join('?' * (len(_FIELDS) + 7))})"
    )

    @staticmethod
    def _row(p: Person, created_at: str, at_meeting: int | None = None) -> list[object]:
        return [
            *(getattr(p, f) for f in _FIELDS),
            p.sort_name,
            p.name_key,
            p.spelled,
            *_phone_keys(p),
            created_at,
            at_meeting,
        ]

    def add(self, person: Person, at_meeting: int | None = None) -> Person:
        """Add a person to the directory: on their own (the People page, a roster import), or
        `at_meeting` — signed in at it, or typed in while it runs (the stack, a card) — and
        so theirs to delete when its purge leaves them with nothing else on record
        (services.privacy); one on their own stays."""
        p = person.validated()
        cur = self._conn.execute(self._INSERT, self._row(p, utc_now(), at_meeting))
        return replace(p, id=cur.lastrowid)

    def add_many(self, people: Iterable[Person]) -> int:
        """Add many people in one statement, each checked as `add` checks it (a benchmark's
        100,000); how many were added. Run it inside a transaction."""
        now = utc_now()
        rows = (self._row(person.validated(), now) for person in people)
        return self._conn.executemany(self._INSERT, rows).rowcount

    def update(self, person: Person, today: dt.date | None = None) -> Person:
        """Save the edit. A meeting keeps each attendee's profession as it was, except one
        not yet ended on `today` (the local date, if not given), which follows a correction
        (AttendanceStore.follow_profession)."""
        p = person.validated()
        with transaction(self._conn):
            cur = self._conn.execute(
                f"UPDATE people SET {', '.join(f'{f} = ?' for f in _FIELDS)}, sort_name = ?,"
                " name_key = ?, spelled = ?, phone_key = ?, phone_reversed = ? WHERE id = ?",
                [
                    *(getattr(p, f) for f in _FIELDS),
                    p.sort_name,
                    p.name_key,
                    p.spelled,
                    *_phone_keys(p),
                    p.id,
                ],
            )
            if cur.rowcount == 0:
                raise NotFoundError(
                    fill(translate("People", "%1 is no longer in the directory."), p.display_name)
                )
            from meetingkit.storage.attendance import AttendanceStore

            AttendanceStore(self._conn).follow_profession(
                p.key, p.profession, today or dt.date.today()
            )
        return p

    def get(self, person_id: int) -> Person:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM people WHERE id = ?",
            [person_id],
        ).fetchone()
        if row is None:
            raise NotFoundError(fill(translate("People", "There is no person %1."), str(person_id)))
        return _person(row)

    def by_ids(self, person_ids: Iterable[int]) -> dict[int, Person]:
        """The people with these ids, by id in order, read in one query per 500 (not one
        each); an id nobody in the directory has is left out."""
        ids = sorted(set(person_ids))
        found: dict[int, Person] = {}
        for start in range(0, len(ids), 500):  # under SQLite's limit of variables
            chunk = ids[start : start + 500]
            rows = self._conn.execute(
                f"SELECT {_COLUMNS} FROM people WHERE id IN ({', '.join('?' * len(chunk))})",
                chunk,
            )
            found.update((row["id"], _person(row)) for row in rows)
        return {i: found[i] for i in ids if i in found}

    def with_phone(self, phone: str, limit: int = 20) -> list[Person]:
        """People with this phone number however it was written (the kiosk's exact lookup)."""
        key = phone_key(phone)
        if not key:
            return []
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM people WHERE phone_key = ? ORDER BY id LIMIT ?",
            [key, limit],
        ).fetchall()
        return [_person(r) for r in rows]

    def already_there(self, person: Person) -> AlreadyThere | None:
        """Whom `person`, as typed into the People dialog, repeats: the same phone or email
        and first name, or the same full name with neither (core.already_there), however
        spelled: "Maryann Obrien" is Mary-Ann O'Brien (core.person.name_key). Three index
        lookups, as at sign-in."""
        from meetingkit.core.already_there import already_there

        p = person.validated()
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM people WHERE id IN ("
            " SELECT id FROM people WHERE email = ? AND email != ''"
            " UNION SELECT id FROM people WHERE phone_key = ? AND phone_key != ''"
            " UNION SELECT id FROM people WHERE name_key = ? AND name_key != '')"
            " ORDER BY id LIMIT 50",
            [p.email, phone_key(p.phone), p.name_key],
        ).fetchall()
        return already_there(p, [_person(r) for r in rows])

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM people").fetchone()[0])

    def search(self, text: str, limit: int = 200) -> SearchResult:
        """People whose name or contact fields start with every word typed, by name.

        An empty search lists everyone (up to `limit`). Typing is forgiving: case and accents
        are ignored and punctuation separates words, so "garcía, rn" finds "Ana Garcia, RN";
        letters without an accent to drop are matched as typed on a US keyboard too
        (core.person.fold: "lukasz" finds Łukasz, "soren" Søren, "duc" Đức); a word with an
        apostrophe or hyphen in it is those words in turn ("o'b" finds O'Brien). A name is
        found typed without the apostrophes, hyphens and spaces inside it too, and typed
        with them when it was saved without: "obrien" and "o'brien" find O'Brien and
        Obrien, "scotthill" Scott-Hill, "maryann" and "mary ann" Mary-Ann and Maryann.
        """
        terms = _TERM.findall(text)
        if not terms:
            rows = self._conn.execute(
                f"SELECT {_COLUMNS} FROM people ORDER BY {_ORDER} LIMIT ?",
                [limit],
            ).fetchall()
            return SearchResult([_person(r) for r in rows], self.count())
        match = _match(text)
        matching = "SELECT rowid FROM people_fts WHERE people_fts MATCH ?"
        params: list[object] = [match]
        by_phone = _by_phone(text, terms)
        if by_phone is not None:
            phone_sql, phone_params = by_phone
            if self._conn.execute(f"SELECT EXISTS ({phone_sql})", phone_params).fetchone()[0]:
                matching = f"{matching} UNION {phone_sql}"
                params += phone_params
        total = int(self._conn.execute(f"SELECT count(*) FROM ({matching})", params).fetchone()[0])
        if total == 0:
            return SearchResult([], 0)
        # Many matches: walk the sort_name index in order and stop at `limit`; the unary +
        # keeps SQLite from looking every match up by rowid and sorting them all (48 -> 30 ms
        # for "c" among 100,000 people, bench/people_search.py). Few matches: look them up
        # by rowid and sort those few, which is faster than walking the whole index.
        id_test = "+id" if total > BROAD_MATCH_FACTOR * limit else "id"
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM people WHERE {id_test} IN ({matching})"
            f" ORDER BY {_ORDER} LIMIT ?",
            [*params, limit],
        ).fetchall()
        return SearchResult([_person(r) for r in rows], total)

    def categories(self, person_ids: Iterable[int]) -> dict[int, frozenset[str]]:
        """The self-identified groups these people chose to give (opt-in, never inferred)."""
        ids = list(person_ids)
        found: dict[int, set[str]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = self._conn.execute(
                "SELECT person_id, category FROM person_categories WHERE person_id IN"
                f" ({', '.join('?' * len(chunk))})",
                chunk,
            )
            for person_id, category in rows:
                found.setdefault(person_id, set()).add(category)
        return {p: frozenset(c) for p, c in found.items()}

    def all_categories(self) -> list[str]:
        rows = self._conn.execute(
            "SELECT DISTINCT category FROM person_categories ORDER BY category COLLATE NOCASE"
        )
        return [r[0] for r in rows]

    def set_categories(
        self, person_id: int, categories: Iterable[str], today: dt.date | None = None
    ) -> None:
        """The self-identified groups this person gives from now on. A meeting keeps the
        groups each attendee gave when they were there: someone who joins or leaves a group
        changes no finished meeting's figures; one not yet ended on `today` (the local date,
        if not given) follows, as for a profession (AttendanceStore.follow_categories). To
        take a group out of past meetings too, the person withdrawing it: `withdraw_categories`.
        """
        from meetingkit.storage.attendance import AttendanceStore

        tidy = sorted({" ".join(c.split()) for c in categories if c.strip()})
        with transaction(self._conn):
            self._conn.execute("DELETE FROM person_categories WHERE person_id = ?", [person_id])
            self._conn.executemany(
                "INSERT INTO person_categories (person_id, category) VALUES (?, ?)",
                [(person_id, c) for c in tidy],
            )
            AttendanceStore(self._conn).follow_categories(person_id, tidy, today or dt.date.today())

    def withdraw_categories(self, person_id: int, categories: Iterable[str]) -> int:
        """The person withdraws these self-identified groups (consent taken back): they go
        from the directory and from every meeting's record of the groups they gave there,
        finished meetings included, leaving no copy in the database files (as `forget`).
        How many meetings' records changed. Counts already kept by a purge are anonymous
        and stay (storage.erasure.withdraw_categories)."""
        from meetingkit.storage.erasure import wipe_freed_pages, withdraw_categories

        with transaction(self._conn):
            changed = withdraw_categories(self._conn, person_id, categories)
        wipe_freed_pages(self._conn)
        return changed

    def forget(self, person_id: int) -> bool:
        """Delete everything about a person, leaving no trace in the database files.

        Rows that point at them go (ON DELETE CASCADE); their name, email and phone are
        scrubbed from free text (minutes, notes, stand-asides, the floor's log, others'
        sign-in answers); secure_delete zeroes the freed pages; the search index is rebuilt
        without their terms; the write-ahead log is checkpointed and truncated so no old copy
        of a page lingers beside the database (storage.erasure).

        False when another connection was reading and kept the old pages, names and all, in
        the database file (`wipe_freed_pages`): they go once it stops, at the next wipe.
        """
        from meetingkit.storage.erasure import forget_people, wipe_freed_pages

        with transaction(self._conn):
            if not forget_people(self._conn, [person_id]):
                raise NotFoundError(
                    fill(translate("People", "There is no person %1."), str(person_id))
                )
        return wipe_freed_pages(self._conn)


def _match(text: str) -> str:
    """The FTS5 query for a search: every word typed, each the start of a word of the record
    (its last term a prefix, the terms before it whole and in turn). A word is looked for as
    typed (the index drops accents) and folded (core.person.fold), which the index holds of
    a record's words with letters it cannot drop an accent from (Person.spelled, m022):
    "lukasz" finds Łukasz, "Bjørn" finds a Bjorn typed in without his ø.

    Names are typed with or without the apostrophes, hyphens and spaces inside them, and the
    index holds each name's words run together too (Person.spelled, m026): a word with an
    apostrophe or hyphen is also looked for without it ("o'brien" finds an Obrien as well as
    O'Brien), and each word typed may instead be part of a few neighbours run together
    ("mary ann" finds Maryann, "de la cruz" Delacruz). Each word's alternatives are one
    term of the query, so a short word ("m", "a"), whose matches are many, is looked up
    once however many ways there are to run it with others."""
    words = _WORD.findall(text)
    runs = _runs(words)
    found = []
    for i, word in enumerate(words):
        forms = [*_word_forms(word), *(_run_form(words[a:b]) for a, b in runs if a <= i < b)]
        unique = list(dict.fromkeys(forms))
        found.append(unique[0] if len(unique) == 1 else f"({' OR '.join(unique)})")
    return " AND ".join(found)


def _runs(words: list[str]) -> list[tuple[int, int]]:
    """The runs of neighbouring words typed (start, end) that a search also looks for run
    together: of 2 to RUN_TOGETHER_WORDS words, each with a letter (numbers typed apart, as
    in "+1 312 555 0104", stay apart) and not all of one letter ("m a r i" is no name)."""
    if len(words) > RUN_TOGETHER_MAX_WORDS:
        return []
    lettered = [any(c.isalpha() for c in w) for w in words]
    longer = [sum(c.isalnum() for c in w) > 1 for w in words]
    return [
        (a, b)
        for a in range(len(words))
        for b in range(a + 2, min(a + RUN_TOGETHER_WORDS, len(words)) + 1)
        if all(lettered[a:b]) and any(longer[a:b])
    ]


def _word_forms(word: str) -> list[str]:
    """One word typed: as typed, folded, and without its apostrophes and hyphens."""
    terms = _TERM.findall(fold(word))
    forms = [f'"{" ".join(_TERM.findall(w.lower()))}"*' for w in (word, fold(word))]
    if len(terms) > 1:
        forms.append(f'"{"".join(terms)}"*')
    return forms


def _run_form(words: list[str]) -> str:
    """Words typed apart, run together as the index holds a name's words (Person.spelled)."""
    return f'"{"".join(_TERM.findall(fold(" ".join(words))))}"*'


def _phone_keys(p: Person) -> tuple[str, str]:
    """The phone_key and phone_reversed columns: the number's digits, and backwards."""
    key = phone_key(p.phone)
    return key, key[::-1]


def _by_phone(text: str, terms: list[str]) -> tuple[str, list[object]] | None:
    """For a search that is mostly digits, the ids of people whose phone's digits begin or
    end with its digits, however either is written: "3125550104" and "+1 312 555 0104" find
    (312) 555-0104, as do "5550104" and "0104"; any words beside the digits must match as
    the search matches them. None for any other search."""
    digits = "".join(c for c in text if c.isascii() and c.isdigit())
    letters = sum(c.isalpha() for c in text)
    if len(digits) < PHONE_SEARCH_DIGITS or 3 * letters > len(digits):
        return None
    # The start, the end, and a US/Canada number typed without its country code's 1
    # (phone_key adds it to ten digits).
    sql = (
        "SELECT id FROM people WHERE phone_key GLOB ? AND phone_key != ''"
        " UNION SELECT id FROM people WHERE phone_reversed GLOB ? AND phone_reversed != ''"
    )
    params: list[object] = [f"{digits}*", f"{digits[::-1]}*"]
    if len(digits) < 11 and not digits.startswith("1"):
        sql += " UNION SELECT id FROM people WHERE phone_key GLOB ? AND phone_key != ''"
        params.append(f"1{digits}*")
    words = [t for t in terms if not t.isdigit()]
    if words:
        sql = (
            f"SELECT id FROM ({sql}) WHERE id IN"
            " (SELECT rowid FROM people_fts WHERE people_fts MATCH ?)"
        )
        params.append(" ".join(f'"{t}"*' for t in words))
    return sql, params


def _person(row: sqlite3.Row) -> Person:
    return Person(id=row["id"], **{f: row[f] or "" for f in _FIELDS})
