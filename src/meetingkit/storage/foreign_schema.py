"""What a database file holds beyond what meetingkit makes: triggers, views, tables or indexes
another program (or a person) added.

A backup someone hands the organizer is a whole SQLite file, schema included, and restoring it
copies every page; so is a data folder handed over and opened as it is (`--data-dir`, the
settings' data folder). A trigger in it runs on the organizer's laptop at every change:
`BEFORE DELETE ON attendance` can keep, in a table of its own, who came to a meeting that is
then purged (storage.erasure), or tick consents nobody gave. SQLite runs no program of its own
(the app registers no functions, extensions stay off), but what it keeps or changes is enough.
So a file to restore or to open may hold only what this version's migrations make; the search
index's triggers, which an older sqlite-utils may have worded differently, are made again as
this version makes them.

Opening checks against `schema_fingerprint`, this version's objects written out ahead
(`python -m meetingkit.storage.foreign_schema --write`): running every migration in memory to
learn them (`expected_objects`) takes ~140 ms, too long for every start.
"""

from __future__ import annotations

import functools
import sqlite3
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

from meetingkit.core.i18n import fill, translate
from meetingkit.storage import schema, schema_fingerprint
from meetingkit.storage.database import AlteredDatabaseError, transaction

# SQLite's own tables and indexes (sqlite_sequence, sqlite_stat1, automatic indexes): nobody
# can create one with SQL, and they run nothing. A trigger or view so named (written into the
# schema by hand) is no more SQLite's than any other.
_SQLITE_OWN = "sqlite_"
_SQLITE_KINDS = frozenset({"table", "index"})


class Made(NamedTuple):
    """What a version of the migrations makes: every object's (type, name), and each
    trigger's SQL (a trigger of the right name can do more than its name says)."""

    objects: frozenset[tuple[str, str]]
    triggers: Mapping[str, str]


@functools.cache
def expected_objects(stop_before: str | None = None) -> dict[tuple[str, str], str]:
    """(type, name) -> SQL of every object this version's migrations make (those before
    `stop_before`), as a new, empty database gets them."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        schema.apply_migrations(conn, stop_before=stop_before)
        return _objects(conn)
    finally:
        conn.close()


def made_now() -> Made:
    """What this version's migrations make, as `schema_fingerprint` holds it: at once, without
    running them. A fingerprint older than the migrations (written before the last was added)
    is not trusted: they are run instead (tests/storage/test_schema_fingerprint.py fails)."""
    if schema_fingerprint.MIGRATIONS == schema.MIGRATION_NAMES:
        return Made(frozenset(schema_fingerprint.OBJECTS), schema_fingerprint.TRIGGERS)
    return _made(expected_objects())


def _made(objects: Mapping[tuple[str, str], str]) -> Made:
    triggers = {name: sql for (kind, name), sql in objects.items() if kind == "trigger"}
    return Made(frozenset(objects), triggers)


def made_by(applied: Sequence[str]) -> Made:
    """What the migrations `applied` to a database made, for one still to be brought up to
    date. Lenient in what it lets by when some were: also whatever this version makes."""
    if len(applied) >= len(schema.MIGRATION_NAMES):
        return made_now()
    if not applied:  # a new file: nothing at all
        return Made(frozenset(), {})
    before = _made(expected_objects(stop_before=schema.MIGRATION_NAMES[len(applied)]))
    return Made(before.objects | made_now().objects, before.triggers)


def _objects(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    return {
        (kind, name): sql or ""
        for kind, name, sql in conn.execute("SELECT type, name, sql FROM sqlite_master")
        if not (kind in _SQLITE_KINDS and name.startswith(_SQLITE_OWN))
    }


def foreign_objects(conn: sqlite3.Connection, made: Made | None = None) -> list[tuple[str, str]]:
    """(type, name) of each object in the database of `conn` that meetingkit does not make
    (`made`: this version's, for an up-to-date database), in name order: [] for a database
    only meetingkit wrote."""
    known = (made or made_now()).objects
    return sorted((key for key in _objects(conn) if key not in known), key=lambda key: key[1])


def triggers_to_remake(conn: sqlite3.Connection, made: Made | None = None) -> list[str]:
    """meetingkit's triggers that read otherwise in `conn` than `made` (this version's) has
    them, or are missing."""
    found = _objects(conn)
    return [
        name
        for name, sql in (made or made_now()).triggers.items()
        if _words(found.get(("trigger", name), "")) != _words(sql)
    ]


def remake_triggers(conn: sqlite3.Connection, made: Made | None = None) -> None:
    """Make each of meetingkit's triggers in `conn` again as `made` (this version) makes it,
    if it reads otherwise: a trigger of the right name can do more than its name says."""
    triggers = (made or made_now()).triggers
    for name in triggers_to_remake(conn, made):
        conn.execute(f'DROP TRIGGER IF EXISTS "{name}"')
        conn.execute(triggers[name])


def check_before_writing(conn: sqlite3.Connection, path: Path, applied: Sequence[str]) -> None:
    """Refuse the database at `path` (`AlteredDatabaseError`), before anything is written to
    it, if it holds anything the migrations `applied` to it do not make."""
    if foreign := foreign_objects(conn, made_by(applied)):
        raise altered(path, foreign, unchanged=True)


def remake_own_triggers(conn: sqlite3.Connection, applied: Sequence[str]) -> None:
    """After `check_before_writing`, on the connection configured to write: meetingkit's
    triggers are made again as the migrations `applied` make them wherever they read otherwise
    (an older sqlite-utils' wording, or one that does more), before anything can run them.
    Not refused: data folders meetingkit wrote have them so (restoring does the same)."""
    made = made_by(applied)
    if triggers_to_remake(conn, made):
        with transaction(conn):
            remake_triggers(conn, made)


def check_migrated(conn: sqlite3.Connection, path: Path) -> None:
    """`check_before_writing` and `remake_own_triggers` again once the migrations have run."""
    if foreign := foreign_objects(conn):
        raise altered(path, foreign, unchanged=False)
    remake_own_triggers(conn, schema.MIGRATION_NAMES)


_SHOWN = 5  # objects named in a refusal; more are left at "…"
_LONGEST = 40  # characters of a name shown


def altered(
    path: Path, foreign: Sequence[tuple[str, str]], *, unchanged: bool
) -> AlteredDatabaseError:
    """The refusal of the file at `path`, which holds the `foreign` objects."""
    kinds = {
        "trigger": translate("Database", "trigger “%1”"),
        "view": translate("Database", "view “%1”"),
        "table": translate("Database", "table “%1”"),
        "index": translate("Database", "index “%1”"),
    }
    named = [fill(kinds.get(kind, "“%1”"), _shown(name)) for kind, name in foreign[:_SHOWN]]
    if len(foreign) > _SHOWN:
        named.append("…")
    said = [
        fill(
            translate(
                "Database",
                "%1 holds what meetingkit does not make: %2. Another program may have changed "
                "it, and what it added could keep or change what meetingkit saves or deletes, "
                "so meetingkit will not open it.",
            ),
            str(path),
            ", ".join(named),
        )
    ]
    if unchanged:
        said.append(translate("Database", "It has not been changed."))
    said.append(
        translate(
            "Database",
            "Restore a backup you made, or ask whoever gave you this data folder for one "
            "meetingkit made.",
        )
    )
    return AlteredDatabaseError(" ".join(said))


def _shown(name: str) -> str:
    """An object's name as a refusal shows it. The name is the other program's text: kept
    short and printable, without the <, > and & a message box could take for markup."""
    shown = "".join(ch if ch.isprintable() and ch not in "<>&" else "?" for ch in name)
    return shown if len(shown) <= _LONGEST else shown[: _LONGEST - 1] + "…"


def _words(sql: str) -> str:
    return " ".join(sql.split())


def fingerprint(sql: str) -> str:
    """A short hash of an object's SQL, its spacing aside."""
    import hashlib  # ~2 ms to import, and only the fingerprint's writing and test need it

    return hashlib.sha256(_words(sql).encode()).hexdigest()[:16]


def fingerprint_module() -> str:
    """The text of storage/schema_fingerprint.py for this version's migrations."""
    objects = sorted(expected_objects().items())
    lines = [
        '"""What this version\'s migrations make, for checking a database as it opens',
        "(storage.foreign_schema): every object's type, name and a hash of its SQL, and each",
        "trigger's SQL. Written by `python -m meetingkit.storage.foreign_schema --write`: do not",
        'edit; write it again after adding a migration."""',
        "",
        "# ruff: noqa: E501",
        "",
        "MIGRATIONS: tuple[str, ...] = (",
        *(f"    {_literal(name)}," for name in schema.MIGRATION_NAMES),
        ")",
        "",
        "OBJECTS: dict[tuple[str, str], str] = {",
        *(
            f"    ({_literal(kind)}, {_literal(name)}): {_literal(fingerprint(sql))},"
            for (kind, name), sql in objects
        ),
        "}",
        "",
        "TRIGGERS: dict[str, str] = {",
        *(
            f"    {_literal(name)}: {_literal(sql)},"
            for (kind, name), sql in objects
            if kind == "trigger"
        ),
        "}",
    ]
    return "\n".join(lines) + "\n"


def _literal(text: str) -> str:
    """`text` as a Python string literal, quoted as ruff's formatter quotes it."""
    quote = "'" if text.count('"') > text.count("'") else '"'
    escaped = {"\\": "\\\\", quote: "\\" + quote, "\n": "\\n", "\r": "\\r", "\t": "\\t"}
    body = "".join(escaped.get(ch, ch if ch.isprintable() else repr(ch)[1:-1]) for ch in text)
    return f"{quote}{body}{quote}"


def main(argv: Sequence[str]) -> int:
    """`--write`: write storage/schema_fingerprint.py again; without: say if it is current."""
    target = Path(__file__).with_name("schema_fingerprint.py")
    if list(argv) == ["--write"]:
        target.write_text(fingerprint_module(), encoding="utf-8")
        print(f"Wrote {target}")
        return 0
    if stale := fingerprint_differences():
        print(f"{target} is out of date ({stale}): run with --write")
        return 1
    print(f"{target} is current")
    return 0


def fingerprint_differences() -> str:
    """How `schema_fingerprint` differs from what the migrations make, or "" when it does not."""
    objects = expected_objects()
    written = {key: fingerprint(sql) for key, sql in objects.items()}
    triggers = _made(objects).triggers
    differences = []
    if schema_fingerprint.MIGRATIONS != schema.MIGRATION_NAMES:
        differences.append("its migrations")
    for key in sorted(written.keys() ^ schema_fingerprint.OBJECTS.keys()):
        differences.append(f"{key[0]} {key[1]} {'missing' if key in written else 'gone'}")
    for key in sorted(written.keys() & schema_fingerprint.OBJECTS.keys()):
        if written[key] != schema_fingerprint.OBJECTS[key]:
            differences.append(f"{key[0]} {key[1]} changed")
    if dict(triggers) != schema_fingerprint.TRIGGERS:
        differences.append("the triggers' SQL")
    return "; ".join(differences)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
