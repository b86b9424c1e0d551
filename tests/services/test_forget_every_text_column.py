"""Forget this person reaches every text column that may name them, found from the schema
itself: a column a later migration adds must be scrubbed, go with the person's rows, or be
named here as holding no free text — or the first test fails."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.commitment import CommitmentOption
from meetingkit.core.group import Group
from meetingkit.services.data_dir import database_path
from meetingkit.storage import erasure
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.commitments import CommitmentStore
from meetingkit.storage.copies import BackupLog, LoggedBackup
from meetingkit.storage.export_log import ExportKind, ExportLog
from meetingkit.storage.groups import GroupStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.retention import Count, RetentionStore
from tests.services.privacy_scene import EMAIL, FIRST, LAST, PHONE, TRACES, build, database_bytes

# Text that names nobody: kinds and states, dates and times, JSON of settings and ids,
# tokens, the keys of answers. Anything else may hold a name someone typed.
NOT_FREE_TEXT = {
    ("_sqlite_migrations", "migration_set"),
    ("_sqlite_migrations", "name"),
    ("_sqlite_migrations", "applied_at"),
    ("agenda_items", "kind"),
    ("agenda_items", "rotation"),  # a training module's steps ("Pairs share") and timings
    ("backup_log", "made_at"),
    ("backup_log", "reason"),
    ("commitment_options", "due"),
    ("commitments", "due"),
    ("commitments", "follow_up_due"),
    ("commitments", "status"),
    ("commitments", "source"),
    ("decisions", "outcome"),
    ("export_log", "kind"),
    ("export_log", "columns"),
    ("floor_log", "kind"),
    ("floor_settings", "settings"),
    ("floor_settings", "manual_order"),
    ("floor_settings", "closed_items"),
    ("floor_settings", "moved_by_hand"),
    ("groups", "kind"),
    ("groups", "ladder"),  # the rungs of its engagement ladder
    ("groups", "created_at"),
    ("meeting_counts", "measure"),
    ("meetings", "kind"),
    ("meetings", "date"),
    ("meetings", "start"),
    ("meetings", "created_at"),
    ("meetings", "curriculum"),
    ("meetings", "purged_at"),
    ("path_marks", "mark"),
    ("path_ticks", "item_key"),
    ("print_log", "what"),
    ("roster_imports", "mapping"),  # the file's column headings
    ("signin_details", "field"),
    ("signin_settings", "fields"),
    ("signin_settings", "consents"),
    ("signin_settings", "token"),
    ("signin_settings", "phrase"),
    ("signin_settings", "serving_host"),  # the laptop's address it serves sign-in on
    ("signin_settings", "last_host"),  # the one it was served on last
    ("signin_settings", "offered_groups"),  # the groups the form offers: the organizer's words
    ("signin_groups", "category"),  # one of those groups, ticked; goes with its sign-in
    ("temperature_checks", "kind"),
    ("temperature_checks", "counts"),
    ("turns", "kind"),
    ("turns", "segments"),
}


def _tables(conn: sqlite3.Connection) -> list[str]:
    """Every table but SQLite's own and the search index (rebuilt by forgetting)."""
    return [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE 'people_fts%' ORDER BY name"
        )
    ]


def _text_columns(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    return [
        (table, r[1])
        for table in _tables(conn)
        for r in conn.execute(f'PRAGMA table_info("{table}")')
        if r[2].upper() in ("TEXT", "")
    ]


def _go_with_the_person(conn: sqlite3.Connection) -> set[str]:
    """Tables whose rows belong to one person (a required foreign key to people): theirs are
    deleted with them, and the others' hold the others' own details."""
    found = {"people"}
    for table, column in erasure.person_references(conn):
        required = {  # NOT NULL, or part of the primary key
            r[1]: bool(r[3] or r[5]) for r in conn.execute(f'PRAGMA table_info("{table}")')
        }
        if required[column]:
            found.add(table)
    return found


def test_every_text_column_is_scrubbed_goes_with_the_person_or_holds_no_names(
    conn: sqlite3.Connection,
) -> None:
    scrubbed = erasure.scrubbed_columns()
    theirs = _go_with_the_person(conn)
    unaccounted = [
        (table, column)
        for table, column in _text_columns(conn)
        if (table, column) not in scrubbed
        and table not in theirs
        and (table, column) not in NOT_FREE_TEXT
    ]
    assert unaccounted == [], (
        "Text columns Forget this person does not reach: scrub them (storage.erasure) or, if "
        "they can never hold a name, add them to NOT_FREE_TEXT"
    )
    assert not scrubbed - set(_text_columns(conn)), "erasure names a column there is not"


@pytest.mark.parametrize("who", ["full name", "email", "phone"])
def test_after_forgetting_no_text_column_holds_the_person(
    conn: sqlite3.Connection, data_dir: Path, who: str
) -> None:
    """The person is named, as organizers write them, in every place the audit found a name
    left behind: a meeting's title (and so the export log's), the file names of exports, a
    roster and a backup, a commitment option (and the counts a purge kept of it), a group,
    an agenda template's name, item titles and notes, the organization on the cards. After
    forgetting, no text column of any table holds the name, email or phone."""
    scene = build(conn)
    named = {"full name": f"{FIRST} {LAST}", "email": EMAIL, "phone": PHONE}[who]
    meetings = MeetingStore(conn)
    meeting = meetings.get(scene.meeting_id)
    meetings.update(dataclasses.replace(meeting, title=f"One-on-one with {named}"))
    for kind, name in (
        (ExportKind.CALL_LIST, f"calls for {named}.pdf"),
        (ExportKind.ATTENDANCE, f"{named} 555-0188.csv"),
    ):
        ExportLog(conn).record(
            kind,
            meeting_id=scene.meeting_id,
            exported_ms=1,
            file_name=Path("/home/rosa") / name,
            columns=("person",),
            rows=1,
        )
    commitments = CommitmentStore(conn)
    commitments.save_options(
        scene.other_meeting_id, [CommitmentOption(scene.other_meeting_id, f"Join {named}'s tree")]
    )
    settings = commitments.settings(scene.other_meeting_id)
    commitments.save_settings(dataclasses.replace(settings, organization=f"{named}'s chapter"))
    RetentionStore(conn).save_counts(
        scene.other_meeting_id, [Count("commitment", f"Call {named}", 3)]
    )
    GroupStore(conn).create(Group(f"{named} unit"))
    AgendaStore(conn).save_template(
        f"Intake with {named}",
        [AgendaItem(f"Welcome {named}", 10, notes=f"{named} leads it")],
    )
    conn.execute(
        "INSERT INTO roster_imports (imported_ms, file_name, mapping, added, updated, skipped)"
        " VALUES (1, ?, '{}', 0, 0, 0)",
        [f"members incl {named}.csv"],
    )
    BackupLog(conn).add(
        LoggedBackup("2026-10-02T00:00:00+00:00", f"/media/usb/{named}.sqlite", 1, False, "backup")
    )

    PeopleStore(conn).forget(scene.zebulon)

    left = [
        (table, column, value)
        for table, column in _text_columns(conn)
        for (value,) in conn.execute(f'SELECT "{column}" FROM "{table}"')
        if isinstance(value, str) and any(t in value.lower() for t in TRACES)
    ]
    assert left == []
    assert not any(
        t.encode() in data
        for data in database_bytes(database_path(data_dir)).values()
        for t in TRACES
    )
    # What was there besides the name stays, and the kept count with it.
    titles = [e.meeting_title for e in ExportLog(conn).entries()]
    assert titles == ["One-on-one with [removed]"] * 2
    [option] = commitments.options(scene.other_meeting_id)
    assert option.text == "Join [removed]'s tree"
    kept = RetentionStore(conn).counts(scene.other_meeting_id)
    assert [(c.label, c.people) for c in kept if c.measure == "commitment"] == [
        ("Call [removed]", 3)
    ]
    [template] = AgendaStore(conn).templates()
    assert template.name == "Intake with [removed]"
    assert [(i.title, i.notes) for i in template.items] == [
        ("Welcome [removed]", "[removed] leads it")
    ]


def test_two_kept_counts_that_become_one_are_added_up(conn: sqlite3.Connection) -> None:
    scene = build(conn)
    RetentionStore(conn).save_counts(
        scene.other_meeting_id,
        [
            Count("commitment", f"Call {FIRST} {LAST}", 3),
            Count("commitment", f"Call {EMAIL}", 2),
            Count("commitment", "Call [removed]", 1),
        ],
    )
    PeopleStore(conn).forget(scene.zebulon)
    kept = RetentionStore(conn).counts(scene.other_meeting_id)
    assert [(c.label, c.people) for c in kept if c.measure == "commitment"] == [
        ("Call [removed]", 6)
    ]
