"""The schema, as an append-only list of migrations.

Never edit or reorder a migration that has shipped: add a new one. Each runs in a transaction
with the record of it having run (sqlite-utils' `Migrations`), so a crash mid-upgrade leaves
the previous version intact.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATION_SET = "meetingkit"
MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite-utils' own bookkeeping table


def m001_meetings_and_people(db: Database) -> None:
    db.table("meetings").create(
        {
            "id": int,
            "title": str,
            "kind": str,
            "date": str,  # ISO 8601 date
            "start": str,  # HH:MM
            "place": str,
            "planned_minutes": int,
            "created_at": str,
        },
        pk="id",
        not_null={"title", "kind", "date", "start", "planned_minutes"},
        defaults={"place": "", "kind": "meeting"},
    )
    db.table("meetings").create_index(["date", "start"])
    db.table("people").create(
        {
            "id": int,
            "first_name": str,
            "last_name": str,
            "email": str,
            "phone": str,
            "zip_code": str,
            "profession": str,
            "workplace": str,
            "notes": str,
            "sort_name": str,  # Person.sort_name: accent- and case-folded, for listing order
            "created_at": str,
        },
        pk="id",
        not_null={"first_name", "sort_name"},
        defaults={
            name: ""
            for name in ("last_name", "email", "phone", "zip_code", "profession", "workplace")
        }
        | {"notes": "", "sort_name": ""},
    )
    db.table("people").create_index(["sort_name"])


def m002_meeting_roles(db: Database) -> None:
    from sqlite_utils.db import ForeignKey

    # Deleting a meeting or forgetting a person takes their role rows with them.
    db.table("meeting_roles").create(
        {"meeting_id": int, "role": str, "person_id": int},
        pk=("meeting_id", "role", "person_id"),
        not_null={"meeting_id", "role", "person_id"},
        foreign_keys=[
            ForeignKey("meeting_roles", "meeting_id", "meetings", "id", on_delete="CASCADE"),
            ForeignKey("meeting_roles", "person_id", "people", "id", on_delete="CASCADE"),
        ],
    )
    db.table("meeting_roles").create_index(["person_id"])


def m003_people_search(db: Database) -> None:
    # Prefix search over names and contact fields; remove_diacritics lets “jose” find “José”.
    db.table("people").enable_fts(
        ["first_name", "last_name", "email", "phone", "profession", "workplace"],
        create_triggers=True,
        tokenize="unicode61 remove_diacritics 2",
    )


def m004_agendas(db: Database) -> None:
    from sqlite_utils.db import ForeignKey

    db.table("meetings").add_column("warning_minutes", int, not_null_default=2)

    def fk(table: str, column: str, other: str, on_delete: str = "CASCADE") -> ForeignKey:
        return ForeignKey(table, column, other, "id", on_delete=on_delete)

    db.table("agenda_items").create(
        {
            "id": int,
            "meeting_id": int,
            "position": int,
            "title": str,
            "kind": str,
            "planned_minutes": int,
            "owner_id": int,
            "notes": str,
            "minutes": str,
            "done": int,  # finished while running the agenda
            "deleted": int,  # removed but still undoable in this session; purged at start-up
        },
        pk="id",
        not_null={"meeting_id", "position", "title", "kind", "planned_minutes"},
        defaults={"notes": "", "minutes": "", "done": 0, "deleted": 0},
        foreign_keys=[
            fk("agenda_items", "meeting_id", "meetings"),
            fk("agenda_items", "owner_id", "people", on_delete="SET NULL"),
        ],
    )
    db.table("agenda_items").create_index(["meeting_id", "position"])
    db.table("agenda_items").create_index(["owner_id"])
    # Times are integer milliseconds of the wall-anchored clock (core.clock.WallAnchoredClock).
    db.table("agenda_runs").create(
        {
            "meeting_id": int,
            "started_ms": int,
            "ended_ms": int,
            "current_item_id": int,
            "seen_ms": int,
        },
        pk="meeting_id",
        foreign_keys=[fk("agenda_runs", "meeting_id", "meetings")],
    )
    db.table("agenda_segments").create(
        {"id": int, "item_id": int, "start_ms": int, "end_ms": int},
        pk="id",
        not_null={"item_id", "start_ms"},
        foreign_keys=[fk("agenda_segments", "item_id", "agenda_items")],
    )
    db.table("agenda_segments").create_index(["item_id"])
    db.table("decisions").create(
        {
            "item_id": int,
            "proposal": str,
            "outcome": str,
            "votes_for": int,
            "votes_against": int,
            "abstentions": int,
            "threshold_percent": int,
            "stand_aside_names": str,  # JSON list
            "stand_aside_unnamed": int,
            "block_names": str,  # JSON list
            "block_unnamed": int,
            "recorded_ms": int,
        },
        pk="item_id",
        not_null={"proposal", "outcome"},
        foreign_keys=[fk("decisions", "item_id", "agenda_items")],
    )
    db.table("temperature_checks").create(
        {"id": int, "item_id": int, "kind": str, "counts": str, "question": str, "taken_ms": int},
        pk="id",
        not_null={"item_id", "kind", "counts"},
        defaults={"question": ""},
        foreign_keys=[fk("temperature_checks", "item_id", "agenda_items")],
    )
    db.table("temperature_checks").create_index(["item_id"])
    db.table("agenda_templates").create(
        {"id": int, "name": str, "items": str},  # items: JSON list of planned items
        pk="id",
        not_null={"name", "items"},
    )
    db.table("agenda_templates").create_index(["name"], unique=True)


def m005_floor(db: Database) -> None:
    from sqlite_utils.db import ForeignKey

    def fk(table: str, column: str, other: str) -> ForeignKey:
        return ForeignKey(table, column, other, "id", on_delete="CASCADE")

    db.table("attendance").create(
        {"meeting_id": int, "person_id": int, "arrived_ms": int, "source": str},
        pk=("meeting_id", "person_id"),
        not_null={"meeting_id", "person_id", "arrived_ms", "source"},
        foreign_keys=[
            fk("attendance", "meeting_id", "meetings"),
            fk("attendance", "person_id", "people"),
        ],
    )
    db.table("attendance").create_index(["person_id"])
    # Self-identified, opt-in categories a person chose to give (never inferred).
    db.table("person_categories").create(
        {"person_id": int, "category": str},
        pk=("person_id", "category"),
        foreign_keys=[fk("person_categories", "person_id", "people")],
    )
    db.table("floor_settings").create(
        {"meeting_id": int, "settings": str, "manual_order": str, "closed_items": str},
        pk="meeting_id",
        foreign_keys=[fk("floor_settings", "meeting_id", "meetings")],
    )
    # Entries and turns are numbered per meeting by the core; times in wall-anchored ms.
    db.table("stack_entries").create(
        {
            "meeting_id": int,
            "id": int,
            "person_id": int,
            "name": str,
            "kind": str,
            "item_id": int,
            "added_ms": int,
            "state": str,
        },
        pk=("meeting_id", "id"),
        not_null={"meeting_id", "id", "person_id", "name", "kind", "added_ms", "state"},
        foreign_keys=[
            fk("stack_entries", "meeting_id", "meetings"),
            fk("stack_entries", "person_id", "people"),
        ],
    )
    db.table("stack_entries").create_index(["person_id"])
    db.table("turns").create(
        {
            "meeting_id": int,
            "id": int,
            "person_id": int,
            "kind": str,
            "item_id": int,
            "segments": str,
            "ended": int,
        },
        pk=("meeting_id", "id"),
        not_null={"meeting_id", "id", "person_id", "kind", "segments", "ended"},
        foreign_keys=[fk("turns", "meeting_id", "meetings"), fk("turns", "person_id", "people")],
    )
    db.table("turns").create_index(["person_id"])
    db.table("floor_log").create(
        {"id": int, "meeting_id": int, "at_ms": int, "text": str},
        pk="id",
        not_null={"meeting_id", "at_ms", "text"},
        foreign_keys=[fk("floor_log", "meeting_id", "meetings")],
    )
    db.table("floor_log").create_index(["meeting_id"])


def m006_signin(db: Database) -> None:
    from sqlite_utils.db import ForeignKey

    def fk(table: str, column: str, other: str) -> ForeignKey:
        return ForeignKey(table, column, other, "id", on_delete="CASCADE")

    db.table("signin_settings").create(
        {
            "meeting_id": int,
            "fields": str,
            "consents": str,
            "token": str,
            "phrase": str,
            "quorum": int,
        },
        pk="meeting_id",
        not_null={"fields", "consents", "token", "phrase"},
        defaults={"quorum": 0},
        foreign_keys=[fk("signin_settings", "meeting_id", "meetings")],
    )
    db.table("signin_settings").create_index(["token"], unique=True)
    db.table("signins").create(
        {
            "id": int,
            "meeting_id": int,
            "person_id": int,
            "nonce": str,
            "edit_key": str,
            "submitted_ms": int,
            "source": str,
            "language": str,
            "answers": str,
            "first_time": int,
            "created_person": int,
            "match": str,
        },
        pk="id",
        not_null={"meeting_id", "person_id", "nonce", "edit_key", "submitted_ms", "source"},
        foreign_keys=[
            fk("signins", "meeting_id", "meetings"),
            fk("signins", "person_id", "people"),
        ],
    )
    db.table("signins").create_index(["meeting_id", "nonce"], unique=True)
    db.table("signins").create_index(["edit_key"], unique=True)
    db.table("signins").create_index(["person_id"])
    db.table("consents").create(
        {
            "id": int,
            "signin_id": int,
            "person_id": int,
            "key": str,
            "wording": str,
            "given_ms": int,
        },
        pk="id",
        not_null={"signin_id", "person_id", "key", "wording", "given_ms"},
        foreign_keys=[
            fk("consents", "signin_id", "signins"),
            fk("consents", "person_id", "people"),
        ],
    )
    db.table("consents").create_index(["person_id"])
    db.table("duplicate_flags").create(
        {"id": int, "meeting_id": int, "person_id": int, "other_person_id": int, "created_ms": int},
        pk="id",
        not_null={"meeting_id", "person_id", "other_person_id", "created_ms"},
        foreign_keys=[
            fk("duplicate_flags", "meeting_id", "meetings"),
            fk("duplicate_flags", "person_id", "people"),
            fk("duplicate_flags", "other_person_id", "people"),
        ],
    )
    db.table("duplicate_flags").create_index(["person_id"])
    db.table("duplicate_flags").create_index(["other_person_id"])
    # Contact lookups for recognising returning people: email (stored lowercased) and the
    # phone's digits (core.person.phone_key), so "(312) 555-0100" finds "312.555.0100".
    from meetingkit.core.person import phone_key

    db.table("people").add_column("phone_key", str, not_null_default="")
    db.conn.executemany(
        "UPDATE people SET phone_key = ? WHERE id = ?",
        [
            (phone_key(phone), pid)
            for pid, phone in db.conn.execute("SELECT id, phone FROM people WHERE phone != ''")
        ],
    )
    db.execute("CREATE INDEX people_by_email ON people (email) WHERE email != ''")
    db.execute("CREATE INDEX people_by_phone_key ON people (phone_key) WHERE phone_key != ''")


def m007_commitments(db: Database) -> None:
    """Commitment options per meeting, the cards handed out, and each person's commitments
    with their follow-up. Options copied into commitments by text, so later edits to the
    options never rewrite what someone agreed to."""
    db.executescript(
        """
        CREATE TABLE commitment_settings (
            meeting_id INTEGER PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
            organization TEXT NOT NULL DEFAULT '',
            organizer_contact TEXT NOT NULL DEFAULT '',
            organizer_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
            hours_per_week INTEGER NOT NULL DEFAULT 1,
            follow_up_hours INTEGER NOT NULL DEFAULT 48
        );
        CREATE INDEX commitment_settings_by_organizer ON commitment_settings (organizer_id);
        CREATE TABLE commitment_options (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            due TEXT
        );
        CREATE INDEX commitment_options_by_meeting ON commitment_options (meeting_id, position);
        CREATE TABLE cards (
            card_id TEXT PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            issued_ms INTEGER NOT NULL,
            returned_ms INTEGER,
            contact_ok INTEGER
        );
        CREATE UNIQUE INDEX cards_by_attendee ON cards (meeting_id, person_id);
        CREATE INDEX cards_by_person ON cards (person_id);
        CREATE TABLE commitments (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            option_id INTEGER REFERENCES commitment_options(id) ON DELETE SET NULL,
            text TEXT NOT NULL,
            due TEXT,
            hours INTEGER,
            follow_up_due TEXT NOT NULL,
            organizer_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
            status TEXT NOT NULL DEFAULT 'open',
            notes TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL,
            created_ms INTEGER NOT NULL,
            updated_ms INTEGER NOT NULL
        );
        CREATE INDEX commitments_by_meeting ON commitments (meeting_id, person_id);
        CREATE INDEX commitments_by_person ON commitments (person_id);
        CREATE INDEX commitments_by_option ON commitments (option_id);
        CREATE INDEX commitments_by_organizer ON commitments (organizer_id);
        CREATE INDEX commitments_to_follow_up ON commitments (status, follow_up_due);
        """
    )


def m008_trainings(db: Database) -> None:
    """Trainings from curricula: an agenda item may carry its module's group rotation (JSON,
    '' for none), a rotation's run survives a restart, and a meeting remembers the curriculum
    it was made from."""
    db.executescript(
        """
        ALTER TABLE agenda_items ADD COLUMN rotation TEXT NOT NULL DEFAULT '';
        ALTER TABLE meetings ADD COLUMN curriculum TEXT NOT NULL DEFAULT '';
        CREATE TABLE rotation_runs (
            item_id INTEGER PRIMARY KEY REFERENCES agenda_items(id) ON DELETE CASCADE,
            started_ms INTEGER NOT NULL,
            paused_at_ms INTEGER,
            paused_ms INTEGER NOT NULL DEFAULT 0
        );
        """
    )


def m009_exports_and_roster(db: Database) -> None:
    """The export log (what left the app: kind, meeting, when, file name, columns, row count —
    never whom) and the roster imports (which file added or updated how many people). A
    meeting's deletion keeps its log lines, with the title it had."""
    db.executescript(
        """
        CREATE TABLE export_log (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
            meeting_title TEXT NOT NULL DEFAULT '',
            exported_ms INTEGER NOT NULL,
            file_name TEXT NOT NULL,
            columns TEXT NOT NULL,
            rows INTEGER NOT NULL,
            left_out INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX export_log_by_meeting ON export_log (meeting_id);
        CREATE TABLE roster_imports (
            id INTEGER PRIMARY KEY,
            imported_ms INTEGER NOT NULL,
            file_name TEXT NOT NULL,
            mapping TEXT NOT NULL,
            added INTEGER NOT NULL,
            updated INTEGER NOT NULL,
            skipped INTEGER NOT NULL
        );
        """
    )


def m010_privacy(db: Database) -> None:
    """Retention per meeting (days after the meeting; NULL keeps it until purged by hand),
    when its personal data was purged, the anonymous counts kept after a purge, and the
    backups made (where, when, how big: never what they hold)."""
    db.executescript(
        """
        ALTER TABLE meetings ADD COLUMN retention_days INTEGER;
        ALTER TABLE meetings ADD COLUMN purged_at TEXT;
        CREATE INDEX meetings_with_retention ON meetings (date)
            WHERE retention_days IS NOT NULL AND purged_at IS NULL;
        CREATE TABLE meeting_counts (
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            measure TEXT NOT NULL,
            label TEXT NOT NULL DEFAULT '',
            people INTEGER NOT NULL DEFAULT 0,
            ms INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (meeting_id, measure, label)
        ) WITHOUT ROWID;
        CREATE TABLE backup_log (
            id INTEGER PRIMARY KEY,
            made_at TEXT NOT NULL,
            path TEXT NOT NULL,
            bytes INTEGER NOT NULL,
            encrypted INTEGER NOT NULL,
            reason TEXT NOT NULL DEFAULT 'backup'
        );
        """
    )


def m011_groups(db: Database) -> None:
    """Groups that meet again and again (a working group, chapter, committee or coalition):
    their members, their engagement ladder (JSON list of rungs, '' for the default ladder),
    after how many missed meetings someone counts as not seen lately, and which group a
    meeting belongs to. Deleting a group keeps its meetings; they just belong to none."""
    db.executescript(
        """
        CREATE TABLE groups (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'working_group',
            ladder TEXT NOT NULL DEFAULT '',
            missed_meetings INTEGER NOT NULL DEFAULT 2,
            created_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX groups_by_name ON groups (name COLLATE NOCASE);
        CREATE TABLE group_members (
            group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            PRIMARY KEY (group_id, person_id)
        ) WITHOUT ROWID;
        CREATE INDEX group_members_by_person ON group_members (person_id);
        ALTER TABLE meetings ADD COLUMN group_id INTEGER REFERENCES groups(id) ON DELETE SET NULL;
        CREATE INDEX meetings_by_group ON meetings (group_id, date) WHERE group_id IS NOT NULL;
        """
    )


def m012_guided_path(db: Database) -> None:
    """The guided path of each meeting: the documents printed for it (what and when, never
    who or for whom), the sign-in milestones the app cannot see afterwards (the server
    opened, a phone reached the form), and the checklist items the facilitator ticked."""
    db.executescript(
        """
        CREATE TABLE print_log (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            what TEXT NOT NULL,
            at_ms INTEGER NOT NULL
        );
        CREATE INDEX print_log_by_meeting ON print_log (meeting_id, what);
        CREATE TABLE path_marks (
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            mark TEXT NOT NULL,
            at_ms INTEGER NOT NULL,
            PRIMARY KEY (meeting_id, mark)
        ) WITHOUT ROWID;
        CREATE TABLE path_ticks (
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            item_key TEXT NOT NULL,
            at_ms INTEGER NOT NULL,
            PRIMARY KEY (meeting_id, item_key)
        ) WITHOUT ROWID;
        """
    )


def m013_floor_log_kinds(db: Database) -> None:
    """What each line of the floor's log records (a move, a refusal, a new rule…), so the
    report can count the changes made by hand. Lines logged before say "" (not known)."""
    db.execute("ALTER TABLE floor_log ADD COLUMN kind TEXT NOT NULL DEFAULT ''")


def m014_floor_seen(db: Database) -> None:
    """The last moment the app was known to be running while a turn was on the floor, so a
    restart can pause the turn then: the time the app was closed is nobody's airtime."""
    db.execute("ALTER TABLE turns ADD COLUMN seen_ms INTEGER")


def m015_direct_responses(db: Database) -> None:
    """Whom a direct response answers: the turn on the floor when it was asked for (NULL for
    other entries, and for direct responses asked for before this was kept)."""
    db.execute("ALTER TABLE stack_entries ADD COLUMN responds_to INTEGER")


def m016_attendance_profession(db: Database) -> None:
    """Each attendee's profession as it was at the meeting, so that editing the directory
    later (a promotion, a correction) does not rewrite a past meeting's report. Rows already
    there take the directory's profession as it is now: the best known."""
    db.execute("ALTER TABLE attendance ADD COLUMN profession TEXT NOT NULL DEFAULT ''")
    db.execute(
        "UPDATE attendance SET profession = coalesce("
        "(SELECT p.profession FROM people p WHERE p.id = attendance.person_id), '')"
    )


def m017_what_each_signin_gave(db: Database) -> None:
    """What each sign-in gave itself, so that its phone's pages show and change only that,
    never the record of the person it was matched to: the first name it was made under, the
    directory answers it typed (JSON, kept only while they can be fixed), the person it added
    (a merge moves the sign-in to another record, not this), the options it ticked and the
    hours a week it gave, and which of the person's commitments it made. Sign-ins and
    commitments from before know none of it: they are nobody's phone's to show or change."""
    for column, kind in (
        ("first_name", "TEXT"),
        ("given", "TEXT"),
        ("created_id", "INTEGER"),
        ("hours", "INTEGER"),
    ):
        db.execute(f"ALTER TABLE signins ADD COLUMN {column} {kind}")
    db.execute("CREATE INDEX signins_given ON signins (submitted_ms) WHERE given IS NOT NULL")
    db.execute(
        "CREATE TABLE signin_ticks ("
        " signin_id INTEGER NOT NULL REFERENCES signins(id) ON DELETE CASCADE,"
        " option_id INTEGER NOT NULL REFERENCES commitment_options(id) ON DELETE CASCADE,"
        " PRIMARY KEY (signin_id, option_id)) WITHOUT ROWID"
    )
    db.execute("CREATE INDEX signin_ticks_by_option ON signin_ticks (option_id)")
    db.execute(
        "ALTER TABLE commitments ADD COLUMN signin_id INTEGER"
        " REFERENCES signins(id) ON DELETE SET NULL"
    )
    db.execute("CREATE INDEX commitments_by_signin ON commitments (signin_id)")


def m018_phone_reversed(db: Database) -> None:
    """Each person's phone digits (phone_key) written backwards, indexed, so a search finds a
    number by its end ("5550104", the last four) as fast as by its start: a suffix of the
    digits is a prefix of them reversed. PeopleStore keeps it with phone_key."""
    db.execute("ALTER TABLE people ADD COLUMN phone_reversed TEXT NOT NULL DEFAULT ''")
    db.conn.executemany(
        "UPDATE people SET phone_reversed = ? WHERE id = ?",
        [
            (key[::-1], pid)
            for pid, key in db.conn.execute(
                "SELECT id, phone_key FROM people WHERE phone_key != ''"
            )
        ],
    )
    db.execute(
        "CREATE INDEX people_by_phone_reversed ON people (phone_reversed)"
        " WHERE phone_reversed != ''"
    )


def m019_duplicates_from_imports(db: Database) -> None:
    """Possible duplicates a roster import found, for the same review as those found at
    sign-in: a flag's meeting may be none, and a flag may name the import that added the
    person (kept if that import's log line ever goes)."""
    db.execute(
        """
        CREATE TABLE duplicate_flags_new (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER REFERENCES meetings(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            other_person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            created_ms INTEGER NOT NULL,
            roster_import_id INTEGER REFERENCES roster_imports(id) ON DELETE SET NULL
        )
        """
    )
    db.execute(
        "INSERT INTO duplicate_flags_new (id, meeting_id, person_id, other_person_id, created_ms)"
        " SELECT id, meeting_id, person_id, other_person_id, created_ms FROM duplicate_flags"
    )
    db.execute("DROP TABLE duplicate_flags")
    db.execute("ALTER TABLE duplicate_flags_new RENAME TO duplicate_flags")
    for column in ("person_id", "other_person_id", "meeting_id"):
        db.execute(f"CREATE INDEX idx_duplicate_flags_{column} ON duplicate_flags ({column})")


def m020_new_details_from_signin(db: Database) -> None:
    """What a sign-in matched to a known person gave that their record lacks or says
    otherwise (core.new_details), kept with that sign-in until the organizer adds it to the
    record or leaves it out: a sign-in never changes someone's record by itself. It goes
    with the sign-in (taken back, the meeting purged, the person forgotten)."""
    db.execute(
        "CREATE TABLE signin_details ("
        " signin_id INTEGER NOT NULL REFERENCES signins(id) ON DELETE CASCADE,"
        " field TEXT NOT NULL,"
        " value TEXT NOT NULL,"
        " PRIMARY KEY (signin_id, field)) WITHOUT ROWID"
    )


def m021_attendance_groups(db: Database) -> None:
    """Each attendee's self-identified groups as they were at the meeting (a JSON list of
    names, sorted), as m016 keeps their profession: someone who joins or leaves a group
    later does not rewrite a past meeting's airtime by group. Rows already there take the
    groups each person gives now: the best known."""
    db.execute("ALTER TABLE attendance ADD COLUMN categories TEXT NOT NULL DEFAULT '[]'")
    db.execute(
        "UPDATE attendance SET categories = (SELECT json_group_array(category) FROM"
        " (SELECT c.category FROM person_categories c"
        "  WHERE c.person_id = attendance.person_id ORDER BY c.category))"
    )


def m022_names_folded_for_search(db: Database) -> None:
    """Names as they are typed on any keyboard: core.person.fold now spells the letters
    Unicode takes no accent off (ł, ø, đ, þ, æ, œ, ı…) as they are typed without them, so
    every record's sort_name is folded again: the order of the lists, and the full-name
    lookups of sign-in and of the People dialog's duplicate check ("Soren Kierkegaard" is
    Søren Kierkegaard). The search index takes such names in with m025."""
    from meetingkit.core.person import fold

    rows = db.conn.execute("SELECT id, first_name, last_name, sort_name FROM people").fetchall()
    db.conn.executemany(
        "UPDATE people SET sort_name = ? WHERE id = ?",
        [
            (folded, pid)
            for pid, first, last, old in rows
            if (folded := fold(f"{first or ''} {last or ''}".strip())) != old
        ],
    )


# Rows from before m023: a record created this close to a roster import came from its file.
_NEAR_AN_IMPORT_MS = 3_600_000


def m023_who_a_meeting_brought_in(db: Database) -> None:
    """Which directory records came in at a meeting (people.added_at_meeting: the meeting a
    sign-in added them at, or at which they were typed in), so that purging a meeting deletes
    only those, with nothing else on record, and keeps the people who were in the directory
    on their own — imported from a roster, added by hand — whom it merely saw
    (services.privacy). NULL: added on their own. Not a foreign key: a record a deleted
    meeting brought in still came in at a meeting.

    Records from before are told as well as can be: one a sign-in added, by that sign-in
    (signins.created_person, still its own record); any other, by the day it was created —
    on or after the day of the first meeting it was at (typed in there, or from its paper
    sheet later), and not within the hour of a roster import, it came in at that meeting.
    One created before stays, as everyone did before a purge asked."""
    import datetime as dt

    db.execute("ALTER TABLE people ADD COLUMN added_at_meeting INTEGER")
    db.execute(
        "UPDATE people SET added_at_meeting = (SELECT s.meeting_id FROM signins s"
        " WHERE s.person_id = people.id AND s.created_person = 1"
        " AND coalesce(s.created_id, s.person_id) = s.person_id"
        " ORDER BY s.submitted_ms, s.id LIMIT 1)"
    )
    imports = [r[0] for r in db.conn.execute("SELECT imported_ms FROM roster_imports")]
    first: dict[int, tuple[str, int, str]] = {}
    for pid, created, meeting_id, date in db.conn.execute(
        "SELECT p.id, p.created_at, m.id, m.date FROM people p"
        " JOIN attendance a ON a.person_id = p.id JOIN meetings m ON m.id = a.meeting_id"
        " WHERE p.added_at_meeting IS NULL ORDER BY p.id, m.date, m.start, m.id"
    ):
        first.setdefault(pid, (created or "", meeting_id, date))
    found = []
    for pid, (created, meeting_id, date) in first.items():
        try:
            made = dt.datetime.fromisoformat(created).astimezone()
        except ValueError:
            continue  # when it was made is not known: it stays
        ms = made.timestamp() * 1000
        if made.date().isoformat() >= date and not any(
            abs(ms - at) <= _NEAR_AN_IMPORT_MS for at in imports
        ):
            found.append((meeting_id, pid))
    db.conn.executemany("UPDATE people SET added_at_meeting = ? WHERE id = ?", found)


def m024_moved_by_hand(db: Database) -> None:
    """Who on the stack the facilitator moved by hand (floor_settings.moved_by_hand, a JSON
    list of entry ids): only they keep the place set by hand, and everyone else goes by the
    rule (core.floor). An order set before kept everyone in it where it was: each of them
    counts as moved, so a meeting left open keeps the stack it had."""
    db.execute("ALTER TABLE floor_settings ADD COLUMN moved_by_hand TEXT NOT NULL DEFAULT '[]'")
    db.execute("UPDATE floor_settings SET moved_by_hand = manual_order")


def m025_search_spellings(db: Database) -> None:
    """The search index, which matches words without their accents only, takes in beside
    them the words of a record that have letters with no accent to drop, as they are typed
    without them (people.spelled, Person.spelled; '' for most people): "lukasz" finds
    Łukasz, "duc" Đức, "soren" Søren, "thora" Þóra, "lodz" a workplace in Łódź."""
    from meetingkit.core.person import spelled

    for trigger in ("people_ai", "people_ad", "people_au"):
        db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    db.execute("DROP TABLE IF EXISTS people_fts")
    # (a copy of the data opened by this change while it was being written may have it)
    if "spelled" not in {r[1] for r in db.conn.execute("PRAGMA table_info(people)")}:
        db.execute("ALTER TABLE people ADD COLUMN spelled TEXT NOT NULL DEFAULT ''")
    rows = db.conn.execute(
        "SELECT id, first_name, last_name, profession, workplace FROM people"
    ).fetchall()
    db.conn.executemany(
        "UPDATE people SET spelled = ? WHERE id = ?",
        [
            (words, pid)
            for pid, *text in rows
            if (words := spelled(" ".join(t or "" for t in text)))
        ],
    )
    db.table("people").enable_fts(
        ["first_name", "last_name", "email", "phone", "profession", "workplace", "spelled"],
        create_triggers=True,
        tokenize="unicode61 remove_diacritics 2",
    )


def m026_names_without_their_punctuation(db: Database) -> None:
    """Names as they are typed without the apostrophes, hyphens and spaces inside them, or
    with them when they were saved without: "obrien" is O'Brien, "scotthill" Scott-Hill,
    "maryann" Mary-Ann, and "O'Brien" an Obrien. people.name_key (core.person.name_key:
    the full name folded, its words run together; indexed) is what sign-in, the People
    dialog and a roster import find a full name by, as core.signin compares names; and the
    search index's people.spelled takes in each name's words run together (Person.spelled).
    Only the records whose spelled changes are indexed again: the index is not rebuilt."""
    from meetingkit.core.person import Person

    db.execute("ALTER TABLE people ADD COLUMN name_key TEXT NOT NULL DEFAULT ''")
    rows = db.conn.execute(
        "SELECT id, first_name, last_name, profession, workplace, spelled FROM people"
    ).fetchall()
    people = [
        (Person(first or "", last or "", profession=job or "", workplace=at or ""), pid, old)
        for pid, first, last, job, at, old in rows
    ]
    # name_key is not in the search index: set it with the index's update trigger away, so
    # that 100,000 records are not indexed again for nothing.
    (trigger,) = db.conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'people_au'"
    ).fetchone()
    db.execute("DROP TRIGGER people_au")
    db.conn.executemany(
        "UPDATE people SET name_key = ? WHERE id = ?", [(p.name_key, pid) for p, pid, _ in people]
    )
    db.execute(trigger)
    db.conn.executemany(
        "UPDATE people SET spelled = ? WHERE id = ?",
        [(p.spelled, pid) for p, pid, old in people if p.spelled != old],
    )
    db.execute("CREATE INDEX people_by_name_key ON people (name_key) WHERE name_key != ''")


def m027_consents_waiting(db: Database) -> None:
    """Consents a sign-in matched to a known person ticked beyond what that person had agreed
    to (core.new_details.consents_to_review): kept with the sign-in, like its new details
    (m020), and counted nowhere — not in exports, not for the projector — until the organizer
    accepts them. Consents given before count, as they did. A sign-in's consents are now
    read at every sign-in of the same person (what they had agreed to): indexed by sign-in."""
    db.execute("ALTER TABLE consents ADD COLUMN waiting INTEGER NOT NULL DEFAULT 0")
    db.execute("CREATE INDEX consents_by_signin ON consents (signin_id)")
    db.execute("CREATE INDEX consents_waiting ON consents (signin_id) WHERE waiting = 1")


def m028_meeting_ids_never_reused(db: Database) -> None:
    """A deleted meeting's id is never given to a new one (meetings.id AUTOINCREMENT): what
    still names it — people.added_at_meeting (not a foreign key, m023), a sign-in link of a
    server still running, a backup — would point at an unrelated meeting. The next id is past
    every one known to have been used: the meetings there are, and those people came in at.

    SQLite cannot add AUTOINCREMENT to a table: it is rebuilt by SQLite's procedure for other
    changes to a table (lang_altertable.html, "Making Other Kinds Of Table Schema Changes"),
    keeping every row, id, index and column, with the foreign keys off so that dropping the
    old table deletes nothing that points at it, and checked after. Foreign keys cannot be
    turned off inside a transaction, so this runs in a transaction of its own (see
    `apply_migrations`); run again, it changes nothing."""
    import re

    conn = db.conn
    (sql,) = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'meetings'"
    ).fetchone()
    if "AUTOINCREMENT" in sql.upper():
        return  # done already (the record of it was lost to a crash)
    new_sql, named = re.subn(
        r'^CREATE TABLE\s+(?:"meetings"|\[meetings\]|`meetings`|meetings)\s*\(',
        'CREATE TABLE "meetings_m028" (',
        sql,
        flags=re.IGNORECASE,
    )
    new_sql, keyed = re.subn(
        r'((?:"id"|\[id\]|`id`|\bid)\s+INTEGER\s+PRIMARY\s+KEY)\b',
        r"\1 AUTOINCREMENT",
        new_sql,
        count=1,
        flags=re.IGNORECASE,
    )
    if not (named and keyed):
        raise sqlite3.DatabaseError(f"meetings has an unexpected schema: {sql}")
    foreign_keys = bool(conn.execute("PRAGMA foreign_keys").fetchone()[0])
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            attached = [
                r[0]
                for r in conn.execute(
                    "SELECT sql FROM sqlite_master WHERE tbl_name = 'meetings'"
                    " AND type IN ('index', 'trigger', 'view') AND sql IS NOT NULL"
                )
            ]
            broken_before = conn.execute("PRAGMA foreign_key_check").fetchall()
            columns = ", ".join(
                '"' + r[1].replace('"', '""') + '"'
                for r in conn.execute("PRAGMA table_info(meetings)")
            )
            conn.execute(new_sql)
            conn.execute(f"INSERT INTO meetings_m028 ({columns}) SELECT {columns} FROM meetings")
            conn.execute("DROP TABLE meetings")
            conn.execute("ALTER TABLE meetings_m028 RENAME TO meetings")
            for statement in attached:
                conn.execute(statement)
            used = conn.execute(
                "SELECT max(coalesce((SELECT max(id) FROM meetings), 0),"
                " coalesce((SELECT max(added_at_meeting) FROM people), 0))"
            ).fetchone()[0]
            conn.execute("DELETE FROM sqlite_sequence WHERE name = 'meetings'")
            conn.execute("INSERT INTO sqlite_sequence (name, seq) VALUES ('meetings', ?)", [used])
            if conn.execute("PRAGMA foreign_key_check").fetchall() != broken_before:
                raise sqlite3.IntegrityError("rebuilding meetings broke a foreign key")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")


def m029_signin_owner(db: Database) -> None:
    """A hash of the secret a phone's cookie holds for the sign-in it made
    (signins.owner_hash, SignInStore.give_owner): its confirmation and "Fix my answers" open
    only with it, not from a link left in the browser's history. NULL for a sign-in from
    before, or made at the laptop: its pages no longer open from a phone."""
    db.execute("ALTER TABLE signins ADD COLUMN owner_hash TEXT")


def m030_signin_serving(db: Database) -> None:
    """Where the app serves a meeting's sign-in while it does (signin_settings.serving_host
    and serving_port, SignInStore.note_serving): a crash leaves them set, and the next start
    tells the facilitator sign-in was open and offers to open it again there, for the QR code
    on the projector and the poster to keep working. NULL when it is not served."""
    db.execute("ALTER TABLE signin_settings ADD COLUMN serving_host TEXT")
    db.execute("ALTER TABLE signin_settings ADD COLUMN serving_port INTEGER")


def m031_motions(db: Database) -> None:
    """Who moved a decision's motion and who seconded it (Robert's Rules; DecisionStore,
    core.decision.Someone): someone in the directory by id (the name is read from their record;
    forgetting them sets it NULL, a merge moves it to the record kept), or a name typed for
    someone who is not in it ('' when the id is set or nobody was recorded). A purge clears
    both: what it keeps of a decision names nobody (storage.erasure)."""
    for role in ("moved_by", "seconded_by"):
        db.execute(
            f"ALTER TABLE decisions ADD COLUMN {role}_id INTEGER"
            " REFERENCES people(id) ON DELETE SET NULL"
        )
        db.execute(f"ALTER TABLE decisions ADD COLUMN {role}_name TEXT NOT NULL DEFAULT ''")
        # Forgetting or merging a person finds their motions without reading every decision
        db.execute(f"CREATE INDEX idx_decisions_{role}_id ON decisions ({role}_id)")


def m032_signin_groups(db: Database) -> None:
    """Self-identified groups a person may give as they sign in. signin_settings.offered_groups:
    the groups the meeting's form offers (a JSON list of the organizer's words), NULL until the
    organizer chooses (the form then offers the meeting's priority groups, or what the group's
    last meeting offered: SignInStore.settings). signin_groups: what each sign-in ticked; on a
    sign-in matched to a known person, a group their record lacks waits for the organizer
    (`waiting`), as a consent does (m027). It goes with the sign-in."""
    db.execute("ALTER TABLE signin_settings ADD COLUMN offered_groups TEXT")
    db.execute(
        "CREATE TABLE signin_groups ("
        " signin_id INTEGER NOT NULL REFERENCES signins(id) ON DELETE CASCADE,"
        " category TEXT NOT NULL,"
        " waiting INTEGER NOT NULL DEFAULT 0,"
        " PRIMARY KEY (signin_id, category)) WITHOUT ROWID"
    )


def m033_signin_last_served(db: Database) -> None:
    """Where each meeting's sign-in was last served, and when (signin_settings.last_host,
    last_port, last_served_ms; SignInStore.last_served). Unlike serving_host and serving_port
    they stay once sign-in is closed: the Sign-in tab offers that address and port again after
    a normal quit, and `meetingkit print poster` and `serve` default to that port, so a poster
    printed before and the link served agree. NULL until the meeting's sign-in is served."""
    db.execute("ALTER TABLE signin_settings ADD COLUMN last_host TEXT")
    db.execute("ALTER TABLE signin_settings ADD COLUMN last_port INTEGER")
    db.execute("ALTER TABLE signin_settings ADD COLUMN last_served_ms INTEGER")


MIGRATIONS: tuple[Callable[[Database], None], ...] = (
    m001_meetings_and_people,
    m002_meeting_roles,
    m003_people_search,
    m004_agendas,
    m005_floor,
    m006_signin,
    m007_commitments,
    m008_trainings,
    m009_exports_and_roster,
    m010_privacy,
    m011_groups,
    m012_guided_path,
    m013_floor_log_kinds,
    m014_floor_seen,
    m015_direct_responses,
    m016_attendance_profession,
    m017_what_each_signin_gave,
    m018_phone_reversed,
    m019_duplicates_from_imports,
    m020_new_details_from_signin,
    m021_attendance_groups,
    m022_names_folded_for_search,
    m023_who_a_meeting_brought_in,
    m024_moved_by_hand,
    m025_search_spellings,
    m026_names_without_their_punctuation,
    m027_consents_waiting,
    m028_meeting_ids_never_reused,
    m029_signin_owner,
    m030_signin_serving,
    m031_motions,
    m032_signin_groups,
    m033_signin_last_served,
)
# Run each in a transaction of its own making, not the one `apply_migrations` opens.
_OWN_TRANSACTION = frozenset({"m028_meeting_ids_never_reused"})
MIGRATION_NAMES: tuple[str, ...] = tuple(m.__name__ for m in MIGRATIONS)


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    """Names of the migrations already applied, oldest first, read without sqlite-utils."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [MIGRATIONS_TABLE]
    ).fetchone()
    if not exists:
        return []
    rows = conn.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
        [MIGRATION_SET],
    ).fetchall()
    return [row[0] for row in rows]


def apply_migrations(conn: sqlite3.Connection, *, stop_before: str | None = None) -> None:
    """Apply every pending migration (or those before `stop_before`, to build old fixtures)."""
    from sqlite_utils import Database, Migrations

    migrations = Migrations(MIGRATION_SET)
    for fn in MIGRATIONS:
        migrations(transactional=fn.__name__ not in _OWN_TRANSACTION)(fn)
    migrations.apply(Database(conn), stop_before=stop_before)
