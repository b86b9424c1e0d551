"""The export and import commands: `meetingkit export attendance`, `meetingkit export log`
and `meetingkit import roster`.

`register` plugs them into cli.build_parser's parser; the handlers open the database through
cli's own `_database`, imported when a command runs (cli imports this module first).
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from meetingkit.cli_args import meeting_id
from meetingkit.core.errors import MeetingkitError
from meetingkit.core.i18n import fill, translate

if TYPE_CHECKING:
    import sqlite3


def _pair(text: str) -> tuple[str, str]:
    left, sep, right = text.partition("=")
    if not sep or not left.strip():
        raise argparse.ArgumentTypeError(f"“{text}” is not a pair like profession=role")
    return left.strip(), right.strip()


def register(
    commands: argparse._SubParsersAction[Any],
    exports: argparse._SubParsersAction[Any],
    data_dir: argparse.ArgumentParser,
) -> None:
    """Add `export attendance`, `export log` (under the existing `export`) and `import`."""
    from meetingkit.core.attendee_export import CONTACT_FIELDS, CUSTOM_FIELDS
    from meetingkit.core.roster import IMPORT_FIELDS

    attendance = exports.add_parser(
        "attendance",
        parents=[data_dir],
        help="a meeting's attendees as CSV: an Action Network upload (only people who agreed "
        "to be contacted) or the attendance list (Completed / Walk In / No Show)",
    )
    attendance.add_argument("--meeting", metavar="ID", type=meeting_id, required=True)
    attendance.add_argument(
        "--format",
        choices=["actionnetwork", "csv"],
        default="actionnetwork",
        help="actionnetwork (default) or csv, the attendance list",
    )
    attendance.add_argument(
        "--field",
        action="append",
        type=_pair,
        default=[],
        metavar="OURS=THEIRS",
        help="add a column named as your group names it, e.g. profession=role, "
        f"workplace=employer; ours is one of {', '.join(CUSTOM_FIELDS)} (the csv format "
        f"also takes {', '.join(CONTACT_FIELDS)})",
    )
    attendance.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.csv")
    attendance.set_defaults(handler=cmd_export_attendance)

    log = exports.add_parser(
        "log",
        parents=[data_dir],
        help="every export so far, newest first: when, what, meeting, file, rows, left out",
    )
    log.set_defaults(handler=cmd_export_log)

    importing = commands.add_parser("import", help="bring data in from other tools")
    imports = importing.add_subparsers(dest="import_what", metavar="WHAT", required=True)
    roster = imports.add_parser(
        "roster",
        parents=[data_dir],
        help="add a roster CSV to the people directory (Action Network exports, member "
        "lists); people already there get their empty fields filled in, never overwritten",
    )
    roster.add_argument("file", type=Path, metavar="FILE.csv")
    roster.add_argument(
        "--map",
        action="append",
        type=_pair,
        default=[],
        metavar="COLUMN=FIELD",
        help="set a column's field: the column by its header, or by its number as listed "
        f"(1 is the first); the field one of {', '.join(IMPORT_FIELDS)}, or ignore",
    )
    roster.add_argument(
        "--dry-run", action="store_true", help="show what would happen; change nothing"
    )
    roster.set_defaults(handler=cmd_import_roster, creates=True)


def cmd_export_attendance(args: argparse.Namespace) -> int:
    from meetingkit.cli import _database
    from meetingkit.core.clock import WallAnchoredClock
    from meetingkit.services.exports import ExportFormat, Exports

    fields = dict(args.field)
    if len(fields) != len(args.field):
        raise MeetingkitError(
            translate("Command line", "Each --field may name one of our fields only once.")
        )
    with _database(args) as conn:
        result = Exports(conn, WallAnchoredClock()).write(
            args.meeting, ExportFormat(args.format), args.output, fields
        )
    table = result.table
    people = (
        translate("Command line", "1 person")
        if len(table.rows) == 1
        else fill(translate("Command line", "%1 people"), len(table.rows))
    )
    print(f"{args.output}\t{people}")
    for line in table.describe_left_out():
        print(fill(translate("Command line", "left out: %1"), line))
    if table.withheld:
        print(
            fill(
                translate(
                    "Command line", "email or phone left blank for %1: no consent for that channel"
                ),
                table.withheld,
            )
        )
    return 0


def cmd_export_log(args: argparse.Namespace) -> int:
    from meetingkit.cli import _database
    from meetingkit.storage.export_log import ExportLog

    with _database(args) as conn:
        entries = ExportLog(conn).entries()
    for e in entries:
        when = dt.datetime.fromtimestamp(e.exported_ms / 1000)
        meeting = e.meeting_title or (
            "-"
            if e.meeting_id is None
            else fill(translate("Command line", "meeting %1"), e.meeting_id)
        )
        rows = fill(translate("Command line", "%1 rows"), e.rows)
        left_out = fill(translate("Command line", "%1 left out"), e.left_out)
        print(
            f"{when:%Y-%m-%d %H:%M}\t{e.kind_label}\t{meeting}\t{e.file_name}\t{rows}"
            f"\t{left_out}\t{','.join(e.columns)}"
        )
    return 0


def cmd_import_roster(args: argparse.Namespace) -> int:
    from meetingkit.core.clock import WallAnchoredClock
    from meetingkit.core.roster import Action, guess_mapping, override_mapping
    from meetingkit.services.roster_import import RosterImport

    roster = RosterImport.read(args.file)
    mapping = override_mapping(roster.headers, guess_mapping(roster.headers), dict(args.map))
    if roster.note:
        print(fill(translate("Command line", "note: %1"), roster.note))
    _print_columns(roster.headers, mapping)
    with _roster_database(args) as conn:
        importer = RosterImport(conn, WallAnchoredClock())
        if args.dry_run:
            plan = importer.plan(roster, mapping)
            here = importer.already_here(plan)
        else:
            done = importer.apply(roster, mapping, args.file.name)
            plan, here = done.plan, done.already_here
    for row in plan.rows:
        for reason in ([row.reason] if row.action == Action.SKIP else []) + list(row.notes):
            print(fill(translate("Command line", "row %1"), row.line) + f"\t{reason}")
    if args.dry_run:
        summary = translate(
            "Command line",
            "would add %1, fill in %2 already here, %3 already here with nothing to add, "
            "skip %4 (dry run: nothing changed)",
        )
    else:
        summary = translate(
            "Command line",
            "added %1, filled in %2 already here, %3 already here with nothing to add, skipped %4",
        )
    counts = (plan.added, here.filled, here.unchanged, plan.skipped)
    print(f"{args.file.name}\t" + fill(summary, *counts))
    for sentence in plan.describe():
        print(sentence)
    return 0


# Columns listed one by one as ignored; past these, one line counts the rest (a CRM's export
# may have hundreds of columns, and each on its line buried the ones imported).
IGNORED_LISTED = 10


def _print_columns(headers: Sequence[str], mapping: Sequence[str]) -> None:
    """Each column imported, with its field; the first `IGNORED_LISTED` ignored ones too,
    then how many more are ignored."""
    listed = 0
    more: list[str] = []
    for number, (header, field) in enumerate(zip(headers, mapping, strict=True), 1):
        if not field and listed == IGNORED_LISTED:
            more.append(header)
            continue
        listed += not field
        ignored = translate("Command line", "(ignored)")
        column = fill(translate("Command line", "column %1"), number)
        print(f"{column}\t{header}\t-> {field or ignored}")
    if more:
        said = (
            fill(
                translate(
                    "Command line",
                    "and 1 more column ignored (%1); to import one: --map 'COLUMN=FIELD'",
                ),
                more[0],
            )
            if len(more) == 1
            else fill(
                translate(
                    "Command line",
                    "and %1 more columns ignored (%2 … %3); to import one: --map 'COLUMN=FIELD'",
                ),
                f"{len(more):,}",
                more[0],
                more[-1],
            )
        )
        print(said)


@contextmanager
def _roster_database(args: argparse.Namespace) -> Iterator[sqlite3.Connection]:
    """The folder's database; for a dry run into a folder with no data yet, an empty one made
    for the preview and deleted after it (everyone would be new), so the folder is not made."""
    from meetingkit.cli import _data_dir, _database
    from meetingkit.services.data_dir import DB_FILENAME
    from meetingkit.storage.database import open_db

    if not args.dry_run or (_data_dir(args) / DB_FILENAME).is_file():
        with _database(args) as conn:
            yield conn
        return
    import tempfile

    print(
        translate(
            "Command line",
            "note: no meetingkit data in this folder yet: the dry run imports into an empty one",
        )
    )
    with tempfile.TemporaryDirectory(prefix="meetingkit-preview-") as folder:
        conn = open_db(Path(folder) / DB_FILENAME)
        try:
            yield conn
        finally:
            conn.close()
