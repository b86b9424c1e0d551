"""storage/schema_fingerprint.py holds what this version's migrations make, so that a data
file is checked as it opens without running them (~140 ms): it must say what they make."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

import pytest

from meetingkit.storage import foreign_schema, schema, schema_fingerprint

REWRITE = "python -m meetingkit.storage.foreign_schema --write"


def test_the_fingerprint_is_what_the_migrations_make() -> None:
    differences = foreign_schema.fingerprint_differences()
    assert differences == "", (
        f"storage/schema_fingerprint.py is out of date ({differences}). Write it again: {REWRITE}"
    )
    assert foreign_schema.made_now() == foreign_schema._made(foreign_schema.expected_objects())


@pytest.fixture
def one_more_migration(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A migration added, the fingerprint not written again."""

    def m999_notes(db: Any) -> None:
        db.execute("CREATE TABLE notes (text TEXT)")

    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, m999_notes))
    monkeypatch.setattr(schema, "MIGRATION_NAMES", (*schema.MIGRATION_NAMES, "m999_notes"))
    foreign_schema.expected_objects.cache_clear()
    yield
    foreign_schema.expected_objects.cache_clear()


@pytest.mark.usefixtures("one_more_migration")
def test_a_new_migration_without_the_fingerprint_written_again_is_found() -> None:
    differences = foreign_schema.fingerprint_differences()
    assert "its migrations" in differences
    assert "table notes missing" in differences


@pytest.mark.usefixtures("one_more_migration")
def test_a_fingerprint_out_of_date_is_not_trusted_at_open() -> None:
    """It would call the new migration's table foreign, and refuse every data folder."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        schema.apply_migrations(conn)
        assert foreign_schema.foreign_objects(conn) == []
    finally:
        conn.close()


def test_the_fingerprint_holds_each_trigger_as_made() -> None:
    made = foreign_schema.expected_objects()
    assert {
        name: sql for (kind, name), sql in made.items() if kind == "trigger"
    } == schema_fingerprint.TRIGGERS
    assert schema_fingerprint.MIGRATIONS == schema.MIGRATION_NAMES
