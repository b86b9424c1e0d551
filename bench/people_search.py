"""People search as you type, with 100,000 people in the database.

Target: every query's median is under 50 ms, both in the store
(`PeopleStore.search(text, limit=500)`, the limit the People page asks for) and through the
UI (typing into the People page's search field, which searches, resets the table model,
moves the selection and repaints).

Why: the People page searches on every keystroke. Past roughly 50 ms the field starts to lag
behind the typing, and a large union or federation keeps tens of thousands of members.

What it does: builds a throwaway data folder with the real schema (meetingkit.storage.open_db
runs the migrations, including the FTS5 index and its triggers), bulk-inserts N people
(default 100,000) in one transaction from a fixed random seed, then times a realistic set of
as-you-type queries 20 times each, in round-robin passes so that a burst of noise on the
shared machine costs one sample of several queries rather than every sample of one; it
reports the median and the max. The UI path (QT_QPA_PLATFORM=offscreen) shows a PeoplePage
and times `search_edit.setText(q)` plus `QApplication.processEvents()`; before each timed
keystroke the field is set to a query that matches nobody, so the text and results really
change every time.

Also reported, for information only: `PeopleStore.forget(id)` on the same database, which
deletes, runs an FTS5 'optimize' (a rewrite of the whole index) and checkpoints the WAL.
`--explain` prints SQLite's query plans and times the parts of the search SQL beside an
alternative plan and an FTS5 prefix index, on the index as inserted, after 'optimize', and
after a rebuild with the prefix index: the evidence for the fix proposed in bench/README.md.

Exit status: 0 when every query meets the target, 1 when one does not, 2 on an error or when
--time-limit runs out.
"""

from __future__ import annotations

import argparse
import faulthandler
import json
import os
import platform
import random
import re
import shutil
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any

from meetingkit.core.errors import NotFoundError
from meetingkit.core.person import PROFESSIONS, Person
from meetingkit.services.data_dir import database_path
from meetingkit.storage import open_db, transaction
from meetingkit.storage.people import PeopleStore

TARGET_MS = 50.0
RESULT_LIMIT = 500  # what meetingkit.ui.people_page asks for
QUERIES: tuple[str, ...] = (
    "",
    "m",
    "ma",
    "mar",
    "mari",
    "maria",
    "maria g",
    "nguy",
    "jose",
    "rn",
    "registered",
    "st. brigid",
    "555-01",
    "@example",
    "zzz",
    "obrien",  # names typed without their punctuation (m026's joined-up spellings)
    "o brien",
    "delacruz",
    "a",
    "b",
    "c",
    "d",
    "e",
)
# A phone number as a call log or a text message shows it: digits only, the local number, and
# with the country code (PeopleStore.search matches these on the phone's digits). Timed like
# the others; not in --explain, which compares the full-text SQL alone.
PHONE_QUERIES: tuple[str, ...] = ("3125550104", "5550104", "+1 312 555 0104")
NO_MATCH = "qqqqqqqq"  # typed between UI repetitions so each timed setText changes the results

# --- realistic people ----------------------------------------------------------------------

# fmt: off
FIRST_NAMES: tuple[str, ...] = (
    # Spanish and Portuguese
    "María", "Maria", "José", "Juan", "Ana", "Lucía", "Sofía", "Marisol", "Mariana", "Mario",
    "Marcos", "Martín", "Tomás", "Andrés", "Guadalupe", "Rosa", "Carmen", "Dolores", "Jorge",
    "Alejandro", "Beatriz", "João", "Conceição", "Raúl", "Inés",
    # English
    "Mary", "Mark", "Martha", "Grace", "James", "Emily", "David", "Sarah", "Michael", "Jessica",
    "Daniel", "Hannah", "Keisha", "Jamal", "Brittany", "Tyrone", "Ashley", "Dwayne",
    # Vietnamese, Chinese, Korean, Japanese, Filipino
    "Lan", "Minh", "Thảo", "Hương", "Đức", "Phương", "Wei", "Mei", "Xiaoling", "Jun", "Ji-ho",
    "Seo-yeon", "Min-jun", "Hiroshi", "Yuki", "Akiko", "Maricel", "Jocelyn", "Rowena",
    # South Asian, Arabic, Persian, Turkish
    "Priya", "Arjun", "Ravi", "Deepa", "Lakshmi", "Fatima", "Omar", "Yusuf", "Layla", "Mariam",
    "Bilal", "Aisha", "Reza", "Shirin", "Ayşe", "Mehmet",
    # African
    "Ngozi", "Chidi", "Oluwaseun", "Kwame", "Abena", "Amara", "Dele", "Yaw", "Fatoumata",
    # European
    "Kateryna", "Oksana", "Olga", "Dmitri", "Łukasz", "Agnieszka", "Małgorzata", "Zoë", "Chloé",
    "François", "Søren", "Björn", "Ingrid", "Siobhán", "Seán", "Niamh", "Jürgen", "Müge",
    "Giulia", "Marco", "Élodie", "Mārtiņš",
    # Pacific, Caribbean
    "Malia", "Sione", "Leilani", "Lupe", "Wren", "Samuel", "Marie-Claire", "Jean-Baptiste",
)
LAST_NAMES: tuple[str, ...] = (
    "García", "Garcia", "González", "Gómez", "Peña", "Martínez", "Rodríguez", "Hernández",
    "López", "Pérez", "Sánchez", "Ramírez", "Alvarez", "Delgado", "Herrera", "Castillo", "Reyes",
    "Ruiz", "Fernandes", "Gonçalves", "Nguyễn", "Nguyen", "Trần", "Lê", "Phạm", "Huỳnh", "Võ",
    "Đặng", "Chen", "Wang", "Li", "Zhang", "Liu", "Kim", "Park", "Lee", "Choi", "Tanaka",
    "Suzuki", "Santos", "dela Cruz", "Bautista", "Patel", "Sharma", "Singh", "Raman", "Iyer",
    "Khan", "Haddad", "Abdi", "Hosseini", "Yılmaz", "Okonkwo", "Mensah", "Eze", "Bello",
    "Adeyemi", "Diallo", "Kowalski", "Wójcik", "Nowak", "Shevchenko", "Kovalenko", "Ivanova",
    "Müller", "Schmidt", "Schultz", "Johansson", "Sørensen", "O'Brien", "Murphy", "Ní Bhriain",
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Washington",
    "Jackson", "Baptiste", "Jean-Louis", "Dubois", "Lefèvre", "Rossi", "Russo", "Fonoti",
    "Tuilagi", "Kealoha", "Cohen", "Levi", "Marino", "Marquez", "Margolis",
)
WORKPLACES: tuple[str, ...] = (
    "St. Brigid Medical Center", "St. Brigid Family Clinic", "Riverside Community Hospital",
    "Eastside Home Health", "Mercy Rehab & Skilled Nursing", "State University School of Nursing",
    "Lakeshore Children's Hospital", "Northwest Dialysis Center", "Southside Health Center",
    "Clínica Esperanza", "Westlake Memorial Hospital", "Cook County Health",
    "Maple Grove Nursing Home", "Harbor View Hospice", "Union Park Pharmacy",
    "Midway Urgent Care", "Lincoln Square Senior Living", "Pilsen Community Clinic",
    "Uptown Behavioral Health", "Good Samaritan Hospital", "Sacred Heart Rehabilitation",
    "Greenview Assisted Living", "Metro Ambulatory Surgery", "Prairie Home Care",
    "Lakeview Women's Health", "North Shore Cancer Institute", "Englewood Family Practice",
    "Sunrise Memory Care", "Humboldt Park Health", "Oak Lawn Veterans Clinic",
    "Evergreen Physical Therapy", "Bridgeport Medical Lab", "Chinatown Wellness Center",
    "Rogers Park Hospital", "St. Anthony's Hospital", "Devon Avenue Clinic",
)
# fmt: on
PROFESSION_WEIGHTS: dict[str, int] = {
    "Registered nurse (RN)": 30,
    "Certified nursing assistant (CNA)": 12,
    "Licensed practical nurse (LPN)": 8,
    "Patient care technician": 6,
    "Home health aide": 6,
    "Environmental services (EVS)": 5,
    "Medical assistant (MA)": 5,
    "Student": 5,
}
AREA_CODES: tuple[str, ...] = ("312", "773", "872", "708", "630", "847", "224", "331", "815")
NOTES: tuple[str, ...] = (
    "Nights",
    "Day shift",
    "Prefers texts in Spanish",
    "Speaks Haitian Creole",
    "Float pool",
    "Came to the October assembly",
    "Building rep",
    "Ask about the staffing survey",
)
_ASCII = str.maketrans(
    {"đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "ı": "i"}
)


def ascii_slug(text: str) -> str:
    """'Nguyễn' -> 'nguyen', 'O'Brien' -> 'obrien': the part of an email address a name gives."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_ASCII))
    return "".join(c for c in decomposed if c.isascii() and c.isalnum()).lower()


def invented_people(count: int, seed: int) -> Iterator[Person]:
    """`count` invented people, the same ones for the same seed."""
    rng = random.Random(seed)
    professions = list(PROFESSIONS)
    weights = [PROFESSION_WEIGHTS.get(p, 2) for p in professions]
    for _ in range(count):
        first = rng.choice(FIRST_NAMES)
        if rng.random() < 0.08:  # compound first names: "María José", "Ana Lucía"
            first = f"{first} {rng.choice(FIRST_NAMES)}"
        last = "" if rng.random() < 0.03 else rng.choice(LAST_NAMES)
        if last and rng.random() < 0.06:  # two surnames: "García Peña"
            last = f"{last} {rng.choice(LAST_NAMES)}"
        workplace = rng.choice(WORKPLACES)
        email = ""
        if rng.random() < 0.8:
            f, la = ascii_slug(first), ascii_slug(last) or "x"
            local = rng.choice(
                (f"{f}.{la}", f"{f[0]}{la}", f"{f}{la}{rng.randint(1, 99)}", f"{f}_{la}")
            )
            domain = rng.choice(
                ("example.com", "example.net", f"{ascii_slug(workplace)[:12]}.example.org")
            )
            email = f"{local}@{domain}"
        phone = ""
        if rng.random() < 0.85:
            area, line = rng.choice(AREA_CODES), f"01{rng.randint(0, 99):02d}"
            phone = rng.choice(
                (
                    f"({area}) 555-{line}",
                    f"{area}-555-{line}",
                    f"+1 {area} 555 {line}",
                    f"{area}.555.{line}",
                )
            )
        yield Person(
            first_name=first,
            last_name=last,
            email=email,
            phone=phone,
            zip_code=f"606{rng.randint(0, 99):02d}",
            profession=rng.choices(professions, weights)[0],
            workplace=workplace,
            notes=rng.choice(NOTES) if rng.random() < 0.1 else "",
        )


def fill(conn: sqlite3.Connection, count: int, seed: int) -> None:
    """Bulk insert in one transaction, through the store's own insert (PeopleStore.add_many),
    so every column — sort key, phone key, whatever the schema grows — is filled as the app
    fills it. The FTS5 triggers index every row as it goes in."""
    with transaction(conn):
        PeopleStore(conn).add_many(invented_people(count, seed))


# --- timing --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Timing:
    median_ms: float
    max_ms: float
    runs: int

    @classmethod
    def of(cls, seconds: Sequence[float]) -> Timing:
        ms = [s * 1000 for s in seconds]
        return cls(round(statistics.median(ms), 3), round(max(ms), 3), len(ms))

    @property
    def ok(self) -> bool:
        return self.median_ms < TARGET_MS


@dataclass(frozen=True)
class QueryResult:
    query: str
    matches: int
    shown: int
    store: Timing
    ui: Timing | None

    @property
    def ok(self) -> bool:
        return self.store.ok and (self.ui is None or self.ui.ok)


def timed(action: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def round_robin(
    queries: Sequence[str], repeat: int, run_one: Callable[[str], float]
) -> dict[str, Timing]:
    """`repeat` passes over all the queries, so a burst of machine noise (2 shared cores) costs
    one sample of several queries rather than every sample of one."""
    times: dict[str, list[float]] = {q: [] for q in queries}
    for _ in range(repeat):
        for q in queries:
            times[q].append(run_one(q))
    return {q: Timing.of(t) for q, t in times.items()}


def time_store(store: PeopleStore, queries: Sequence[str], repeat: int) -> list[QueryResult]:
    def run_one(q: str) -> float:
        start = time.perf_counter()
        store.search(q, limit=RESULT_LIMIT)
        return time.perf_counter() - start

    timings = round_robin(queries, repeat, run_one)
    results = []
    for q in queries:
        found = store.search(q, limit=RESULT_LIMIT)
        results.append(QueryResult(q, found.total, len(found.people), timings[q], None))
    return results


def time_ui(store: PeopleStore, queries: Sequence[str], repeat: int) -> dict[str, Timing]:
    """Type each query into a shown PeoplePage; time setText + processEvents."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no display needed, same on every machine
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from meetingkit.ui.people_page import PeoplePage

    def quiet(_kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if "This plugin does not support" not in message:  # offscreen cannot place windows
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    page = PeoplePage(store)
    page.resize(1180, 700)
    page.show()
    app.processEvents()

    def run_one(q: str) -> float:
        page.search_edit.setText(NO_MATCH)
        app.processEvents()
        start = time.perf_counter()
        page.search_edit.setText(q)
        app.processEvents()
        return time.perf_counter() - start

    timings = round_robin(queries, repeat, run_one)
    page.close()
    page.deleteLater()
    app.processEvents()
    return timings


def still_there(store: PeopleStore, person_id: int) -> bool:
    try:
        store.get(person_id)
    except NotFoundError:
        return False
    return True


def time_forget(store: PeopleStore, count: int, runs: int, seed: int) -> list[float]:
    """Milliseconds per forget() of a random person still in the directory, in order."""
    rng = random.Random(seed)
    ids: list[int] = []
    while len(ids) < runs:
        person_id = rng.randint(1, count)
        if person_id not in ids and still_there(store, person_id):
            ids.append(person_id)
    times = []
    for person_id in ids:
        start = time.perf_counter()
        store.forget(person_id)
        times.append((time.perf_counter() - start) * 1000)
    return times


# --- --explain: where a slow query's time goes, and SQL that would avoid it -----------------

# The SQL PeopleStore.search runs (src/meetingkit/storage/people.py, 2026-11-21), repeated
# here to time its parts; `explain` checks that it still returns what the store returns.
_TERM = re.compile(r"\w+", re.UNICODE)
_COLUMNS = "id, first_name, last_name, email, phone, zip_code, profession, workplace, notes"
_MATCHING = "SELECT rowid FROM people_fts WHERE people_fts MATCH ?"
COUNT_SQL = f"SELECT count(*) FROM ({_MATCHING})"
# Look up every match by rowid, sort them all by name, keep the first `limit`.
ROWID_SQL = (
    f"SELECT {_COLUMNS} FROM people WHERE id IN ({_MATCHING}) ORDER BY sort_name, id LIMIT ?"
)
# The alternative for broad queries: `+id` stops SQLite from looking matches up by rowid, so
# it walks the sort_name index in order and stops after `limit` matching rows.
WALK_SQL = (
    f"SELECT {_COLUMNS} FROM people WHERE +id IN ({_MATCHING}) ORDER BY sort_name, id LIMIT ?"
)
WALK_ABOVE = 10  # walk the name index when more than WALK_ABOVE x limit people match
PREFIX_SIZES = "1 2 3"


def fts_match(text: str) -> str:
    return " ".join(f'"{t}"*' for t in _TERM.findall(text))


def hybrid_search(conn: sqlite3.Connection, text: str, limit: int) -> tuple[list[int], int]:
    """The proposed search: count first, then pick the plan by how many match. Returns ids."""
    match = fts_match(text)
    total = int(conn.execute(COUNT_SQL, [match]).fetchone()[0])
    sql = WALK_SQL if total > WALK_ABOVE * limit else ROWID_SQL
    rows = conn.execute(sql, [match, limit]).fetchall() if total else []
    return [int(r[0]) for r in rows], total


@dataclass(frozen=True)
class ExplainRow:
    query: str
    matches: int
    count_ms: float
    rowid_sql_ms: float
    walk_sql_ms: float
    store_ms: float
    hybrid_ms: float


def explain_queries(
    conn: sqlite3.Connection, queries: Sequence[str], repeat: int
) -> list[ExplainRow]:
    """Per query, the median of each variant; the variants take turns, so noise hits all."""
    store = PeopleStore(conn)
    rows = []
    for q in queries:
        match = fts_match(q)
        if not match:
            continue  # the empty search lists by the name index; no full-text part
        expected = store.search(q, limit=RESULT_LIMIT)
        expected_ids = [p.id for p in expected.people]
        walk = conn.execute(WALK_SQL, [match, RESULT_LIMIT]).fetchall()
        if (
            hybrid_search(conn, q, RESULT_LIMIT) != (expected_ids, expected.total)
            or [r[0] for r in walk] != expected_ids
        ):
            raise SystemExit(f"people_search --explain: the alternatives differ for {q!r}")

        def sql(statement: str, *params: object) -> Callable[[], object]:
            return lambda: conn.execute(statement, params).fetchall()

        variants: dict[str, Callable[[], object]] = {
            "count": sql(COUNT_SQL, match),
            "rowid": sql(ROWID_SQL, match, RESULT_LIMIT),
            "walk": sql(WALK_SQL, match, RESULT_LIMIT),
            "store": partial(store.search, q, limit=RESULT_LIMIT),
            "hybrid": partial(hybrid_search, conn, q, RESULT_LIMIT),
        }
        times: dict[str, list[float]] = {name: [] for name in variants}
        for _ in range(repeat):
            for name, action in variants.items():
                times[name].extend(timed(action, 1))
        ms = {name: statistics.median(t) * 1000 for name, t in times.items()}
        rows.append(
            ExplainRow(
                query=q,
                matches=expected.total,
                count_ms=ms["count"],
                rowid_sql_ms=ms["rowid"],
                walk_sql_ms=ms["walk"],
                store_ms=ms["store"],
                hybrid_ms=ms["hybrid"],
            )
        )
    return rows


def query_plans(conn: sqlite3.Connection) -> dict[str, list[str]]:
    return {
        name: [str(r[3]) for r in conn.execute(f"EXPLAIN QUERY PLAN {sql}", ['"c"*', RESULT_LIMIT])]
        for name, sql in (("rowid lookup + sort (store)", ROWID_SQL), ("index walk", WALK_SQL))
    }


def fts_bytes(conn: sqlite3.Connection) -> int:
    """Bytes of full-text index data (the people_fts_data blobs)."""
    return int(conn.execute("SELECT total(length(block)) FROM people_fts_data").fetchone()[0])


def rebuild_fts_with_prefix_index(conn: sqlite3.Connection) -> float:
    """Recreate people_fts as a migration could, adding FTS5 prefix indexes; seconds taken."""
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'people_fts'").fetchone()
    if "prefix=" in sql:
        raise SystemExit("people_search --explain: people_fts already has a prefix index")
    start = time.perf_counter()
    with transaction(conn):
        conn.execute("DROP TABLE people_fts")  # the triggers on `people` name it, not own it
        conn.execute(sql.rstrip().removesuffix(")") + f", prefix='{PREFIX_SIZES}')")
        conn.execute("INSERT INTO people_fts (people_fts) VALUES ('rebuild')")
    return time.perf_counter() - start


def print_explain(title: str, rows: list[ExplainRow]) -> None:
    print(f"\n{title}")
    print(
        f"  {'query':14} {'matches':>8} {'count(*)':>9} {'rowid+sort':>11} {'index walk':>11}"
        f"   {'store.search':>12} {'proposed':>9}"
    )
    for r in rows:
        print(
            f"  {fmt_query(r.query):14} {r.matches:>8,} {r.count_ms:6.1f} ms"
            f" {r.rowid_sql_ms:8.1f} ms {r.walk_sql_ms:8.1f} ms"
            f"   {r.store_ms:9.1f} ms {r.hybrid_ms:6.1f} ms"
        )


# --- main ----------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=100_000, help="people (default 100000)")
    parser.add_argument("--repeat", type=int, default=20, help="runs per query (default 20)")
    parser.add_argument("--forget-runs", type=int, default=5, help="forget() runs (default 5)")
    parser.add_argument("--seed", type=int, default=20261121, help="random seed")
    parser.add_argument("--no-ui", action="store_true", help="skip the UI path")
    parser.add_argument(
        "--explain",
        action="store_true",
        help="also show query plans and time the parts of the search SQL beside alternatives",
    )
    parser.add_argument(
        "--time-limit",
        type=float,
        default=900.0,
        help="abort (status 2) if the whole run takes longer than this many seconds (900)",
    )
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    if args.people < 1 or args.repeat < 1 or not 0 <= args.forget_runs <= args.people:
        parser.error("--people and --repeat must be ≥ 1, --forget-runs between 0 and --people")
    return args


def fmt_query(q: str) -> str:
    return json.dumps(q, ensure_ascii=False)


def print_table(results: list[QueryResult]) -> None:
    print(
        f"  {'query':14} {'matches':>8}   {'store median':>12} {'max':>8}   "
        f"{'UI median':>10} {'max':>8}"
    )
    for r in results:
        ui = f"{r.ui.median_ms:7.1f} ms {r.ui.max_ms:5.1f} ms" if r.ui else f"{'-':>10} {'-':>8}"
        flag = "" if r.ok else "   <-- over target"
        print(
            f"  {fmt_query(r.query):14} {r.matches:>8,}   {r.store.median_ms:9.1f} ms "
            f"{r.store.max_ms:5.1f} ms   {ui}{flag}"
        )


@dataclass
class Results:
    insert_s: float = 0.0
    queries: list[QueryResult] = field(default_factory=list)
    forget_ms: list[float] = field(default_factory=list)
    plans: dict[str, list[str]] = field(default_factory=dict)
    explain: dict[str, list[ExplainRow]] = field(default_factory=dict)
    prefix_rebuild_s: float = 0.0
    fts_bytes: dict[str, int] = field(default_factory=dict)
    prefix_forget_ms: list[float] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return all(r.ok for r in self.queries)


EXPLAIN_STATES = (
    "index as bulk-inserted (as in the table above)",
    "after forget(): FTS5 'optimize' merged the index into one segment",
    f"after rebuilding people_fts with prefix='{PREFIX_SIZES}'",
)


def run(args: argparse.Namespace, data_dir: Path, progress: Callable[[str], None]) -> Results:
    results = Results()
    conn = open_db(database_path(data_dir))
    try:
        start = time.perf_counter()
        fill(conn, args.people, args.seed)
        results.insert_s = time.perf_counter() - start
        progress(f"inserted {args.people:,} people in {results.insert_s:.1f} s")
        store = PeopleStore(conn)
        results.queries = time_store(store, QUERIES + PHONE_QUERIES, args.repeat)
        progress("store path timed")
        if not args.no_ui:
            ui = time_ui(store, QUERIES + PHONE_QUERIES, args.repeat)
            results.queries = [replace(r, ui=ui[r.query]) for r in results.queries]
            progress("UI path timed")
        if args.explain:
            results.plans = query_plans(conn)
            results.explain[EXPLAIN_STATES[0]] = explain_queries(conn, QUERIES, args.repeat)
        if args.forget_runs:
            results.forget_ms = time_forget(store, args.people, args.forget_runs, args.seed + 1)
            progress("forget timed")
        if args.explain:
            if not args.forget_runs:
                conn.execute("INSERT INTO people_fts (people_fts) VALUES ('optimize')")
            results.explain[EXPLAIN_STATES[1]] = explain_queries(conn, QUERIES, args.repeat)
            results.fts_bytes["without prefix index"] = fts_bytes(conn)
            results.prefix_rebuild_s = rebuild_fts_with_prefix_index(conn)
            results.fts_bytes[f"prefix='{PREFIX_SIZES}'"] = fts_bytes(conn)
            results.explain[EXPLAIN_STATES[2]] = explain_queries(conn, QUERIES, args.repeat)
            if args.forget_runs:
                results.prefix_forget_ms = time_forget(
                    store, args.people, args.forget_runs, args.seed + 2
                )
            progress("--explain done")
    finally:
        conn.close()
    return results


def start_watchdog(seconds: float, scratch: Path) -> threading.Timer:
    """Bound the run: past `seconds`, show where every thread is, delete `scratch`, exit 2."""

    def expire() -> None:
        print(f"people_search: gave up after {seconds:.0f} s (--time-limit)", file=sys.stderr)
        faulthandler.dump_traceback(all_threads=True)
        shutil.rmtree(scratch, ignore_errors=True)
        os._exit(2)

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    return timer


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    progress = (lambda msg: None) if args.json else (lambda msg: print(msg, file=sys.stderr))
    with tempfile.TemporaryDirectory(prefix="meetingkit-bench-people-") as tmp:
        watchdog = start_watchdog(args.time_limit, Path(tmp))
        results = run(args, Path(tmp), progress)
        watchdog.cancel()
    if args.json:
        print(json.dumps(as_json(args, results), indent=2, ensure_ascii=False))
    else:
        print_report(args, results)
    return 0 if results.passed else 1


def as_json(args: argparse.Namespace, results: Results) -> dict[str, Any]:
    return {
        "benchmark": "people_search",
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "people": args.people,
        "seed": args.seed,
        "repeat": args.repeat,
        "limit": RESULT_LIMIT,
        "target_ms": TARGET_MS,
        "insert_s": round(results.insert_s, 2),
        "queries": [
            {
                "query": r.query,
                "matches": r.matches,
                "shown": r.shown,
                "store_ms": asdict(r.store),
                "ui_ms": asdict(r.ui) if r.ui else None,
                "pass": r.ok,
            }
            for r in results.queries
        ],
        "forget_ms": [round(ms, 1) for ms in results.forget_ms],
        "explain": {
            "plans": results.plans,
            "tables_ms": {k: [asdict(r) for r in v] for k, v in results.explain.items()},
            "prefix_rebuild_s": round(results.prefix_rebuild_s, 2),
            "fts_bytes": results.fts_bytes,
            "prefix_forget_ms": [round(ms, 1) for ms in results.prefix_forget_ms],
        }
        if results.explain
        else None,
        "pass": results.passed,
    }


def print_report(args: argparse.Namespace, results: Results) -> None:
    print(
        f"\nPeople search, {args.people:,} people, limit {RESULT_LIMIT}, {args.repeat} runs per "
        f"query (Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"{os.cpu_count()} CPUs); target: median < {TARGET_MS:.0f} ms"
    )
    print_table(results.queries)
    if results.forget_ms:
        ms = results.forget_ms
        print(
            f"\nforget(person) on {args.people:,} people (delete, FTS5 optimize, WAL checkpoint),"
            f" informational: median {statistics.median(ms):.0f} ms over {len(ms)} runs"
            f" (first {ms[0]:.0f} ms, then {', '.join(f'{m:.0f}' for m in ms[1:])} ms)"
        )
    if results.explain:
        print("\n--explain: query plans (SQLite EXPLAIN QUERY PLAN)")
        for name, plan in results.plans.items():
            print(f"  {name}: {' / '.join(plan)}")
        print(
            f"proposed = count(*) first, then the index walk when more than {WALK_ABOVE}x the "
            "limit match, else rowid lookup + sort (bench/people_search.py hybrid_search)"
        )
        for state, rows in results.explain.items():
            print_explain(f"medians, {state}:", rows)
        print(
            f"  (rebuilding people_fts with the prefix index took {results.prefix_rebuild_s:.1f} s)"
        )
        sizes = ", ".join(f"{k} {v / 1e6:.1f} MB" for k, v in results.fts_bytes.items())
        print(f"  full-text index data: {sizes}")
        if results.prefix_forget_ms:
            print(
                "  forget() with the prefix index: median "
                f"{statistics.median(results.prefix_forget_ms):.0f} ms over "
                f"{len(results.prefix_forget_ms)} runs (without: "
                f"{statistics.median(results.forget_ms):.0f} ms)"
            )
    slow = [fmt_query(r.query) for r in results.queries if not r.ok]
    verdict = (
        "every query's median is under the target"
        if results.passed
        else f"median over {TARGET_MS:.0f} ms: {', '.join(slow)}"
    )
    print(f"\n{'PASS' if results.passed else 'FAIL'}: {verdict}")


if __name__ == "__main__":
    sys.exit(main())
