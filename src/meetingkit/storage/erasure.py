"""Erasing people from the database file: rows, free text, the search index, old pages.

Two callers: "forget this person" (every trace of one person, everywhere) and a meeting's
retention purge (who was at that meeting, leaving only counts); and a person withdrawing a
self-identified group they gave (`withdraw_categories`: from every meeting too). Rows that
point at a person go by their foreign keys (ON DELETE CASCADE); what the foreign keys cannot
reach is text a person typed or a facilitator wrote — minutes, follow-up notes, stand-aside
names, the floor's override log, other people's sign-in answers ("invited by …") — and is
scrubbed here. secure_delete zeroes freed space; `wipe_freed_pages` then rebuilds the search index
and empties the write-ahead log, so no old copy of a page lingers beside the database.

Names are found as people write them: any case or accents, a phone number in any format
(core.name_patterns).

Which tables point at people is read from the schema, so a table a later migration adds is
covered without being listed here.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from meetingkit.core.name_patterns import NamePattern, letters, name_pattern
from meetingkit.core.person import fold, phone_key

REMOVED = "[removed]"
# A last name shorter than this ("Li", "Ng", "Wu") is not scrubbed on its own: too many
# other words and names are spelled the same.
MIN_SURNAME_LETTERS = 3

# Links that do not keep a person in the directory when a purge leaves them without a
# meeting: their own self-identified groups, and a duplicate flag (which goes with them).
_NOT_KEEPING = frozenset({"person_categories", "duplicate_flags"})
_IN_MEETING = "item_id IN (SELECT id FROM agenda_items WHERE meeting_id = ?)"
# Free text of a meeting that may name people: (table, column, SQL picking the meeting's rows).
_MEETING_TEXT = (
    ("agenda_items", "title", "meeting_id = ?"),
    ("agenda_items", "minutes", "meeting_id = ?"),
    ("agenda_items", "notes", "meeting_id = ?"),
    ("temperature_checks", "question", _IN_MEETING),
    ("decisions", "proposal", _IN_MEETING),
    ("floor_log", "text", "meeting_id = ?"),
    ("signins", "answers", "meeting_id = ?"),
    ("commitments", "notes", "meeting_id = ?"),
    ("commitments", "text", "meeting_id = ?"),
    ("commitment_options", "text", "meeting_id = ?"),
    ("commitment_settings", "organizer_contact", "meeting_id = ?"),
    ("commitment_settings", "organization", "meeting_id = ?"),
)
# Free text outside any one meeting's records: other people's notes, meeting titles, the
# names of groups, agenda templates and files (an export, a roster, a backup saved as
# "Calls for Maria Lopez.pdf"), and the meeting titles the export log keeps.
_DIRECTORY_TEXT = (
    ("people", "notes"),
    ("meetings", "title"),
    ("meetings", "place"),
    ("groups", "name"),
    ("agenda_templates", "name"),
    ("agenda_templates", "items"),
    ("export_log", "file_name"),
    ("export_log", "meeting_title"),
    ("roster_imports", "file_name"),
    ("backup_log", "path"),
)
# Columns of JSON whose text values are scrubbed (the keys are left as they are): a
# sign-in's answers, and a template's items (their titles and notes).
_JSON_TEXT = {("signins", "answers"): None, ("agenda_templates", "items"): ("title", "notes")}


@dataclass
class Names:
    """What a person may be written as: everywhere (full name, email, phone); in the
    meetings they were at, also their first name, their last name alone and the name the
    stack showed; and in the follow-up notes of the meeting just before one they came to,
    their first and last name (see `names_of`).

    Matching ignores case and accents and finds a phone number by its digits
    (core.name_patterns)."""

    everywhere: set[str] = field(default_factory=set)
    by_meeting: dict[int, set[str]] = field(default_factory=dict)
    follow_up_notes: dict[int, set[str]] = field(default_factory=dict)

    def add(self, other: Names) -> None:
        self.everywhere |= other.everywhere
        for meeting_id, names in other.by_meeting.items():
            self.by_meeting.setdefault(meeting_id, set()).update(names)
        for meeting_id, names in other.follow_up_notes.items():
            self.follow_up_notes.setdefault(meeting_id, set()).update(names)

    def in_meeting(self, meeting_id: int) -> set[str]:
        return self.everywhere | self.by_meeting.get(meeting_id, set())


def person_references(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(table, column) of every foreign key to people.id, from the schema itself."""
    rows = conn.execute(
        'SELECT m.name, f."from" FROM sqlite_master m, pragma_foreign_key_list(m.name) f'
        " WHERE m.type = 'table' AND f.\"table\" = 'people' ORDER BY m.name, f.\"from\""
    ).fetchall()
    return [(r[0], r[1]) for r in rows]


def meeting_person_tables(conn: sqlite3.Connection) -> list[tuple[str, str, bool]]:
    """(table, person column, required) for the tables that have a meeting_id and a foreign
    key to people: a person's part in one meeting (attendance, sign-ins, turns, roles…) where
    the column is required, someone in charge of something (an agenda item's owner, the
    follow-up organizer) where it may be empty."""
    found = []
    for table, column in person_references(conn):
        columns = {r[1]: bool(r[3]) for r in conn.execute(f"PRAGMA table_info({_ident(table)})")}
        if "meeting_id" in columns:
            found.append((table, column, columns[column]))
    return found


def item_person_columns(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(table, person column) for the tables that belong to an agenda item, not to the
    meeting directly, and point at people: who moved or seconded a decision's motion (m031).
    Their rows stay with the item; a purge sets the column NULL."""
    found = []
    for table, column in person_references(conn):
        columns = {r[1] for r in conn.execute(f"PRAGMA table_info({_ident(table)})")}
        if "item_id" in columns and "meeting_id" not in columns:
            found.append((table, column))
    return found


def erase_meeting(conn: sqlite3.Connection, meeting_id: int) -> set[int]:
    """Remove who took part in a meeting: attendance, sign-ins with their answers and
    consents, stack entries, turns, roles, cards, commitments, duplicate flags, the override
    log; owners, organizers, movers and seconders are unset; names are scrubbed from its
    minutes and notes and taken off its decisions. The meeting, its agenda and its timings
    stay, and its decisions with their counts.

    Returns everyone who was linked to it, for the caller to forget those now unlinked.
    Run inside a transaction, after saving whatever counts are to be kept.
    """
    linked = people_of_meeting(conn, meeting_id)
    scrub(conn, names_of(conn, linked, meeting_id), [meeting_id])
    clear_meeting_names(conn, meeting_id)
    _unlink_meeting(conn, meeting_id)
    return linked


def people_of_meeting(conn: sqlite3.Connection, meeting_id: int) -> set[int]:
    """Everyone linked to the meeting: who came, signed in, spoke, held a role or a card,
    owns an item, moved or seconded a motion, or organizes its follow-ups."""
    linked: set[int] = set()
    for table, column, where in _person_links(conn):
        rows = conn.execute(
            f"SELECT DISTINCT {_ident(column)} FROM {_ident(table)} WHERE {where}", [meeting_id]
        )
        linked |= {r[0] for r in rows if r[0] is not None}
    return linked


def _person_links(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    """(table, person column, SQL picking one meeting's rows) of every table that ties people
    to a meeting, directly or through an agenda item."""
    return [(t, c, "meeting_id = ?") for t, c, _ in meeting_person_tables(conn)] + [
        (t, c, _IN_MEETING) for t, c in item_person_columns(conn)
    ]


def _unlink_meeting(conn: sqlite3.Connection, meeting_id: int) -> None:
    """The rows that tie people to the meeting deleted (what hangs on them goes by its
    foreign keys), its owners, organizers, movers and seconders unset, its override log and
    stack order gone."""
    tables = meeting_person_tables(conn)
    deleted = {table for table, _, required in tables if required}
    for table in sorted(deleted):
        conn.execute(f"DELETE FROM {_ident(table)} WHERE meeting_id = ?", [meeting_id])
    for table, column, _ in tables:
        if table not in deleted:
            conn.execute(
                f"UPDATE {_ident(table)} SET {_ident(column)} = NULL WHERE meeting_id = ?",
                [meeting_id],
            )
    for table, column in item_person_columns(conn):
        conn.execute(
            f"UPDATE {_ident(table)} SET {_ident(column)} = NULL WHERE {_IN_MEETING}",
            [meeting_id],
        )
    conn.execute("DELETE FROM floor_log WHERE meeting_id = ?", [meeting_id])
    conn.execute(
        "UPDATE floor_settings SET manual_order = '[]', moved_by_hand = '[]' WHERE meeting_id = ?",
        [meeting_id],
    )
    conn.execute(
        "UPDATE commitment_settings SET organizer_contact = '' WHERE meeting_id = ?",
        [meeting_id],
    )


def names_of(
    conn: sqlite3.Connection, person_ids: Collection[int], meeting_id: int | None = None
) -> Names:
    """How the given people may appear in free text: in every meeting they were at, or in
    `meeting_id` only.

    A name, email or phone that someone else in the directory also has (two Maria Lopez,
    a family's shared email, a duplicate being merged) is left alone: it names them too. So
    is a first name that someone else at the same meeting has, and a last name that someone
    else there has as a first, last or stack name. A last name of fewer than
    `MIN_SURNAME_LETTERS` letters is never scrubbed alone.

    Forgetting (no `meeting_id`) also reaches the follow-up notes of the meeting just before
    each one the person was at without having been at that one: the previous meeting of the
    same group (by date; meetings of no group count as one series). That is where the
    recruiter's follow-up says "Brought Mei and Lupe." — written on the recruiter's
    commitment from the meeting before the one Mei first came to, or came back to. Only
    `commitments.notes` of those meetings, only the first and last name (a last name as
    above), and not when someone else at either meeting has the name. A common first name is
    so never taken out of the whole database, only out of one earlier meeting's follow-up
    notes per return.
    """
    ids = set(person_ids)
    names = Names()
    taken_at: dict[int, tuple[set[str], set[str]]] = {}

    def taken(meeting: int) -> tuple[set[str], set[str]]:
        if meeting not in taken_at:
            taken_at[meeting] = _names_of_others(conn, meeting, ids)
        return taken_at[meeting]

    before: dict[int, int] | None = None
    for person_id in ids:
        row = conn.execute(
            "SELECT first_name, last_name, email, phone FROM people WHERE id = ?", [person_id]
        ).fetchone()
        if row is None:
            continue
        first, last, email, phone = (str(v or "").strip() for v in row)
        full = f"{first} {last}".strip()
        shared = conn.execute(
            "SELECT (SELECT count(*) FROM people WHERE sort_name = ? AND id != ?),"
            " (SELECT count(*) FROM people WHERE email = ? AND email != '' AND id != ?),"
            " (SELECT count(*) FROM people WHERE phone_key = ? AND phone_key != '' AND id != ?)",
            [fold(full), person_id, email.lower(), person_id, phone_key(phone), person_id],
        ).fetchone()
        others = [n for n, count in zip((full, email, phone), shared, strict=True) if count]
        # A first name alone is too common to scrub from every meeting's minutes: only the
        # meetings the person was at are scrubbed of it.
        mine = {n for n in (full if last else "", email, phone) if n and n not in others}
        names.everywhere |= mine
        if full in others:
            continue  # their first name and stack name would be the namesake's too
        surname = last if first and letters(last) >= MIN_SURNAME_LETTERS else ""
        meetings = _meetings_of(conn, person_id) if meeting_id is None else {meeting_id}
        for meeting in meetings:
            here = {n for n in (first, full) if n}
            entries = conn.execute(
                "SELECT DISTINCT name FROM stack_entries WHERE meeting_id = ? AND person_id = ?",
                [meeting, person_id],
            )
            here |= {r[0].strip() for r in entries if r[0] and r[0].strip()}
            names.by_meeting.setdefault(meeting, set()).update(
                _free(here, surname, [taken(meeting)])
            )
        if meeting_id is not None:
            continue
        if before is None:
            before = _meeting_before(conn)
        for meeting in meetings:
            previous = before.get(meeting)
            if previous is None or previous in meetings:
                continue
            names.follow_up_notes.setdefault(previous, set()).update(
                _free({n for n in (first, full) if n}, surname, [taken(previous), taken(meeting)])
            )
    return names


def _free(candidates: set[str], surname: str, taken: list[tuple[set[str], set[str]]]) -> set[str]:
    """The candidates (first, full and stack names) and the surname that nobody else at the
    meetings goes by: `taken` holds, for each meeting, the others' names and last names."""
    free = {n for n in candidates if not any(fold(n) in names for names, _ in taken)}
    if surname and not any(fold(surname) in names | lasts for names, lasts in taken):
        free.add(surname)
    return free


def _meeting_before(conn: sqlite3.Connection) -> dict[int, int]:
    """Each meeting's previous one in its series: the meetings of a group by date and start,
    and those of no group as one series of their own."""
    before: dict[int, int] = {}
    last_of: dict[int | None, int] = {}
    rows = conn.execute("SELECT id, group_id FROM meetings ORDER BY date, start, id")
    for meeting, group in rows:
        if group in last_of:
            before[meeting] = last_of[group]
        last_of[group] = meeting
    return before


def _names_of_others(
    conn: sqlite3.Connection, meeting_id: int, ids: set[int]
) -> tuple[set[str], set[str]]:
    """First names, full names and stack names of the other people at a meeting, and
    separately their last names, all folded."""
    others = people_of_meeting(conn, meeting_id) - ids
    taken: set[str] = set()
    lasts: set[str] = set()
    for person_id in others:
        row = conn.execute(
            "SELECT first_name, last_name FROM people WHERE id = ?", [person_id]
        ).fetchone()
        if row is not None:
            taken |= {fold(row[0] or ""), fold(f"{row[0] or ''} {row[1] or ''}".strip())}
            lasts.add(fold(row[1] or "").strip())
    rows = conn.execute(
        "SELECT DISTINCT name, person_id FROM stack_entries WHERE meeting_id = ?", [meeting_id]
    )
    taken |= {fold(r[0]) for r in rows if r[1] not in ids}
    return taken - {""}, lasts - {""}


def scrub(conn: sqlite3.Connection, names: Names, meeting_ids: Iterable[int] | None = None) -> int:
    """Replace the names in free text with "[removed]"; stand-aside and block names become
    unnamed ones, so a decision's counts stay true. With `meeting_ids`, only those meetings'
    text (a purge); without, every meeting's and the directory's notes too, and the
    follow-up notes of the meetings just before theirs (forgetting).
    Returns how many fields changed."""
    changed = 0
    if meeting_ids is None:
        pattern = _pattern(names.everywhere)
        if pattern is not None:
            for table, column, _ in _MEETING_TEXT:
                changed += _scrub_column(conn, table, column, "1", [], pattern)
            for table, column in _DIRECTORY_TEXT:
                changed += _scrub_column(conn, table, column, "1", [], pattern)
            changed += _scrub_decisions(conn, None, pattern)
            changed += _scrub_kept_commitments(conn, None, pattern)
        for meeting_id, here in sorted(names.follow_up_notes.items()):
            pattern = _pattern(here)
            if pattern is not None:
                changed += _scrub_column(
                    conn, "commitments", "notes", "meeting_id = ?", [meeting_id], pattern
                )
        scoped = names.by_meeting
    else:
        scoped = {m: names.in_meeting(m) for m in meeting_ids}
    for meeting_id, here in sorted(scoped.items()):
        pattern = _pattern(here)
        if pattern is None:
            continue
        for table, column, where in _MEETING_TEXT:
            changed += _scrub_column(conn, table, column, where, [meeting_id], pattern)
        changed += _scrub_decisions(conn, meeting_id, pattern)
        changed += _scrub_kept_commitments(conn, meeting_id, pattern)
    return changed


def scrubbed_columns() -> set[tuple[str, str]]:
    """(table, column) of every text column `scrub` and `forget_people` take names out of:
    a column that may hold a name and is not among them must be deleted with its person."""
    return (
        {(table, column) for table, column, _ in _MEETING_TEXT}
        | set(_DIRECTORY_TEXT)
        | {
            ("decisions", "stand_aside_names"),
            ("decisions", "block_names"),
            ("decisions", "moved_by_name"),
            ("decisions", "seconded_by_name"),
            ("meeting_counts", "label"),
            ("signin_details", "value"),
        }
    )


def forget_people(conn: sqlite3.Connection, person_ids: Collection[int]) -> int:
    """Delete these people and every row and mention of them; how many were deleted.

    Run inside a transaction; follow with `wipe_freed_pages` once it commits.
    """
    if not person_ids:
        return 0
    names = names_of(conn, person_ids)
    scrub(conn, names)
    _forget_details_naming(conn, names.everywhere)
    deleted = 0
    for person_id in person_ids:
        deleted += conn.execute("DELETE FROM people WHERE id = ?", [person_id]).rowcount
    # FTS5 records deletions as tombstones beside the old terms; merging every segment into
    # one drops the terms for good.
    conn.execute("INSERT INTO people_fts (people_fts) VALUES ('optimize')")
    return deleted


def _forget_details_naming(conn: sqlite3.Connection, names: Iterable[str]) -> None:
    """New details from sign-in (storage.new_details) go with the sign-in, so with its
    person; one that names the person forgotten (their email or phone, given on someone
    else's sign-in) goes too: it is not scrubbed into a "[removed]" to add to a record."""
    pattern = _pattern(names)
    if pattern is None:
        return
    rows = conn.execute("SELECT signin_id, field, value FROM signin_details").fetchall()
    conn.executemany(
        "DELETE FROM signin_details WHERE signin_id = ? AND field = ?",
        [(r[0], r[1]) for r in rows if pattern.search(r[2])],
    )


def withdraw_categories(conn: sqlite3.Connection, person_id: int, categories: Iterable[str]) -> int:
    """A person withdraws self-identified groups they gave: their consent is taken back, so
    the groups go from the directory and from every meeting's record of the groups they had
    there (attendance.categories, m021), finished meetings included — which is what sets a
    withdrawal apart from leaving a group (PeopleStore.set_categories), after which past
    meetings still count them as they were. The groups are names only a person gives of
    themselves, often special-category data (health, origin, orientation…): a lost laptop
    must not keep what they took back. The counts a purge kept (meeting_counts) stay: they
    are anonymous, their small groups already dropped. How many meetings' records changed.

    Run inside a transaction; follow with `wipe_freed_pages` once it commits."""
    from meetingkit.storage.attendance import categories_json, categories_of

    gone = {" ".join(c.split()) for c in categories if c.strip()}
    if not gone:
        return 0
    conn.executemany(
        "DELETE FROM person_categories WHERE person_id = ? AND category = ?",
        [(person_id, c) for c in sorted(gone)],
    )
    conn.executemany(  # and what their sign-ins ticked (storage.signin_groups), waiting or not
        "DELETE FROM signin_groups WHERE category = ? AND signin_id IN"
        " (SELECT id FROM signins WHERE person_id = ?)",
        [(c, person_id) for c in sorted(gone)],
    )
    rows = conn.execute(
        "SELECT meeting_id, categories FROM attendance WHERE person_id = ?", [person_id]
    ).fetchall()
    changed = [
        (categories_json(had - gone), meeting_id, person_id)
        for meeting_id, text in rows
        if (had := categories_of(text)) & gone
    ]
    conn.executemany(
        "UPDATE attendance SET categories = ? WHERE meeting_id = ? AND person_id = ?", changed
    )
    return len(changed)


def unlinked(conn: sqlite3.Connection, person_ids: Iterable[int]) -> list[int]:
    """Those of the people no longer linked to anything: no meeting, role, commitment, card,
    sign-in, agenda item, motion moved or seconded, or follow-up to organize. Their contact
    details serve nothing."""
    links = [(t, c) for t, c in person_references(conn) if t not in _NOT_KEEPING]
    alone = []
    for person_id in person_ids:
        if not any(
            conn.execute(
                f"SELECT 1 FROM {_ident(table)} WHERE {_ident(column)} = ? LIMIT 1", [person_id]
            ).fetchone()
            for table, column in links
        ):
            alone.append(person_id)
    return alone


@dataclass(frozen=True)
class Leaving:
    """What a meeting's purge does to the directory: the people it leaves with nothing else on
    record — no other meeting, role, card, group or follow-up (`unlinked`) — are deleted if
    they came into the directory at a meeting (a sign-in added them, or they were typed in
    while it ran: people.added_at_meeting), this one or an earlier one since purged; those
    who were in it on their own (imported from a roster, added by hand) stay, as do the
    people still linked to something else. The one rule for the Privacy page, `meetingkit
    purge` and the purges run at start-up (services.privacy)."""

    deleted: list[int]  # came in at a meeting, nothing else on record: deleted
    on_their_own: list[int]  # nothing else on record, but in the directory on their own: stay
    linked: list[int]  # linked to another meeting, a group or a follow-up: stay


def leaving(conn: sqlite3.Connection, person_ids: Collection[int]) -> Leaving:
    """Who of the people a purge has just erased from their meeting (`erase_meeting`) goes
    from the directory and who stays (`Leaving`). Run in the purge's transaction."""
    alone = set(unlinked(conn, person_ids))
    came = set()
    for person_id in alone:
        row = conn.execute(
            "SELECT added_at_meeting FROM people WHERE id = ?", [person_id]
        ).fetchone()
        if row is not None and row[0] is not None:
            came.add(person_id)
    return Leaving(sorted(came), sorted(alone - came), sorted(set(person_ids) - alone))


def leaving_if_purged(conn: sqlite3.Connection, meeting_id: int) -> Leaving:
    """What purging the meeting would do to the directory, for its confirmation: the purge's
    own unlinking (without the scrubbing of names from text), rolled back."""
    conn.execute("SAVEPOINT purge_preview")
    try:
        linked = people_of_meeting(conn, meeting_id)
        _unlink_meeting(conn, meeting_id)
        return leaving(conn, linked)
    finally:
        conn.execute("ROLLBACK TO purge_preview")
        conn.execute("RELEASE purge_preview")


def delete_meeting(conn: sqlite3.Connection, meeting_id: int) -> int | None:
    """Delete the meeting with everything that is its own (its rows go by their foreign
    keys), and from the directory the people it leaves with nothing else on record who came
    into it at a meeting — forgotten, as a purge forgets them (`leaving`, the one rule): a
    deletion takes more than a purge, never less. How many people were deleted; None when
    there is no such meeting.

    Run inside a transaction; follow with `wipe_freed_pages` once it commits."""
    linked = people_of_meeting(conn, meeting_id)
    if conn.execute("DELETE FROM meetings WHERE id = ?", [meeting_id]).rowcount == 0:
        return None
    return forget_people(conn, leaving(conn, linked).deleted)


def leaving_if_deleted(conn: sqlite3.Connection, meeting_id: int) -> Leaving:
    """What deleting the meeting would do to the directory (`delete_meeting`), for its
    confirmation: the deletion itself, rolled back."""
    conn.execute("SAVEPOINT delete_preview")
    try:
        linked = people_of_meeting(conn, meeting_id)
        conn.execute("DELETE FROM meetings WHERE id = ?", [meeting_id])
        return leaving(conn, linked)
    finally:
        conn.execute("ROLLBACK TO delete_preview")
        conn.execute("RELEASE delete_preview")


# How long a wipe waits for another connection to stop reading (a sign-in server's, a
# command's, another program's) before leaving the rest to a later checkpoint.
WIPE_WAIT_MS = 2000


def wipe_freed_pages(conn: sqlite3.Connection, wait_ms: int = WIPE_WAIT_MS) -> bool:
    """Copy the write-ahead log into the database and truncate it, so no page from before
    the deletion survives in either file. (secure_delete has zeroed the freed space.)
    Whether it was done.

    Until then the database file still holds the pages as they were before the deletion —
    the names in them too. Another connection in the middle of a read may still need them:
    the copy waits up to `wait_ms` for it to finish, then gives up (False) and the old pages
    stay until a later call, SQLite's own checkpoint at a later commit, or the close of the
    last connection to the file copies the new ones over them. `wait_ms=0`: try once."""
    waited = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    conn.execute(f"PRAGMA busy_timeout = {int(wait_ms)}")
    try:
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(waited)}")
    return not busy


def _meetings_of(conn: sqlite3.Connection, person_id: int) -> set[int]:
    found: set[int] = set()
    for table, column, _ in meeting_person_tables(conn):
        rows = conn.execute(
            f"SELECT DISTINCT meeting_id FROM {_ident(table)} WHERE {_ident(column)} = ?",
            [person_id],
        )
        found |= {r[0] for r in rows if r[0] is not None}
    for table, column in item_person_columns(conn):
        rows = conn.execute(
            f"SELECT DISTINCT i.meeting_id FROM {_ident(table)} t"
            f" JOIN agenda_items i ON i.id = t.item_id WHERE t.{_ident(column)} = ?",
            [person_id],
        )
        found |= {r[0] for r in rows}
    return found


def _pattern(names: Iterable[str]) -> NamePattern | None:
    """Any of the names as a whole word (so "Ana" never eats into "Anabel"), any case or
    accents, and a phone number by its digits however it is spaced (core.name_patterns)."""
    return name_pattern(names)


def _scrub_column(
    conn: sqlite3.Connection,
    table: str,
    column: str,
    where: str,
    args: list[object],
    pattern: NamePattern,
) -> int:
    rows = conn.execute(
        f"SELECT rowid, {_ident(column)} FROM {_ident(table)}"
        f" WHERE {where} AND {_ident(column)} != ''",
        args,
    ).fetchall()
    changed = 0
    for rowid, text in rows:
        if not isinstance(text, str):
            continue
        if (table, column) in _JSON_TEXT:
            cleaned = _scrub_json(text, pattern, _JSON_TEXT[(table, column)])
        else:
            cleaned = pattern.sub(REMOVED, text)
        if cleaned != text:
            conn.execute(
                f"UPDATE {_ident(table)} SET {_ident(column)} = ? WHERE rowid = ?",
                [cleaned, rowid],
            )
            changed += 1
    return changed


def _scrub_json(text: str, pattern: NamePattern, keys: tuple[str, ...] | None = None) -> str:
    """Scrub the text values of a JSON object (a sign-in's answers) or of a list of objects
    (a template's items), only those under `keys` if given, and write it back as JSON."""
    try:
        found = json.loads(text)
    except ValueError:
        return pattern.sub(REMOVED, text)

    def cleaned_object(d: dict[str, object]) -> dict[str, object]:
        return {
            k: pattern.sub(REMOVED, v) if isinstance(v, str) and (keys is None or k in keys) else v
            for k, v in d.items()
        }

    if isinstance(found, dict):
        cleaned: object = cleaned_object(found)
    elif isinstance(found, list):
        cleaned = [cleaned_object(d) if isinstance(d, dict) else d for d in found]
    else:
        return pattern.sub(REMOVED, text)
    return text if cleaned == found else json.dumps(cleaned, ensure_ascii=False)


def _scrub_decisions(conn: sqlite3.Connection, meeting_id: int | None, pattern: NamePattern) -> int:
    """Names on decisions (one meeting's, or all) that match go to the unnamed counts; a
    mover or seconder typed by a name that matches is no longer recorded (one in the
    directory goes with their record: m031)."""
    where, args = ("1", []) if meeting_id is None else (_IN_MEETING, [meeting_id])
    rows = conn.execute(
        "SELECT item_id, stand_aside_names, stand_aside_unnamed, block_names, block_unnamed,"
        f" moved_by_name, seconded_by_name FROM decisions WHERE {where}",
        args,
    ).fetchall()
    changed = 0
    for item_id, asides, asides_unnamed, blocks, blocks_unnamed, moved, seconded in rows:
        kept_asides, gone_asides = _split_names(asides, pattern)
        kept_blocks, gone_blocks = _split_names(blocks, pattern)
        kept_moved, kept_seconded = (
            "" if pattern.search(name or "") else name for name in (moved, seconded)
        )
        if gone_asides or gone_blocks or (kept_moved, kept_seconded) != (moved, seconded):
            conn.execute(
                "UPDATE decisions SET stand_aside_names = ?, stand_aside_unnamed = ?,"
                " block_names = ?, block_unnamed = ?, moved_by_name = ?, seconded_by_name = ?"
                " WHERE item_id = ?",
                [
                    json.dumps(kept_asides, ensure_ascii=False),
                    (asides_unnamed or 0) + gone_asides,
                    json.dumps(kept_blocks, ensure_ascii=False),
                    (blocks_unnamed or 0) + gone_blocks,
                    kept_moved,
                    kept_seconded,
                    item_id,
                ],
            )
            changed += 1
    return changed


def _scrub_kept_commitments(
    conn: sqlite3.Connection, meeting_id: int | None, pattern: NamePattern
) -> int:
    """The counts a purge kept of each commitment (meeting_counts: the option's text, which
    may name someone: "Join Maria Lopez's phone tree") lose the names too; two that become the
    same text are counted as one. Professions and groups are categories, not free text."""
    where, args = (
        ("measure = 'commitment'", [])
        if meeting_id is None
        else (
            "measure = 'commitment' AND meeting_id = ?",
            [meeting_id],
        )
    )
    rows = conn.execute(
        f"SELECT meeting_id, label, people, ms FROM meeting_counts WHERE {where}", args
    ).fetchall()
    changed = 0
    for meeting, label, people, ms in rows:
        cleaned = pattern.sub(REMOVED, label)
        if cleaned == label:
            continue
        conn.execute(
            "DELETE FROM meeting_counts WHERE meeting_id = ? AND measure = 'commitment'"
            " AND label = ?",
            [meeting, label],
        )
        conn.execute(
            "INSERT INTO meeting_counts (meeting_id, measure, label, people, ms)"
            " VALUES (?, 'commitment', ?, ?, ?) ON CONFLICT (meeting_id, measure, label)"
            " DO UPDATE SET people = people + excluded.people, ms = ms + excluded.ms",
            [meeting, cleaned, people, ms],
        )
        changed += 1
    return changed


def _split_names(text: str | None, pattern: NamePattern) -> tuple[list[str], int]:
    try:
        names = json.loads(text or "[]")
    except ValueError:
        names = []
    kept = [str(n) for n in names if not pattern.search(str(n))]
    return kept, len(names) - len(kept)


def _ident(name: str) -> str:
    """A quoted SQL identifier (names come from the schema, never from input)."""
    return '"' + name.replace('"', '""') + '"'


def clear_meeting_names(conn: sqlite3.Connection, meeting_id: int) -> None:
    """Every name on a meeting's decisions goes to the unnamed counts, and the names typed for
    a mover or seconder go (a purge keeps no names at all, including those typed for people
    not in the directory; those in it are unlinked with the rest, `_unlink_meeting`)."""
    conn.execute(
        "UPDATE decisions SET moved_by_name = '', seconded_by_name = '',"
        " stand_aside_unnamed = coalesce(stand_aside_unnamed, 0)"
        "   + json_array_length(coalesce(nullif(stand_aside_names, ''), '[]')),"
        " stand_aside_names = '[]',"
        " block_unnamed = coalesce(block_unnamed, 0)"
        "   + json_array_length(coalesce(nullif(block_names, ''), '[]')),"
        " block_names = '[]'"
        f" WHERE {_IN_MEETING}",
        [meeting_id],
    )
