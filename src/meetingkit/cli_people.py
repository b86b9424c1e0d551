"""The people commands: `meetingkit person history`, a person's history as text — the same as
the People page shows under the list (core.person_history).

`register` plugs them into cli.build_parser's parser; the handler opens the database through
cli's own `_database`, imported when the command runs (cli imports this module first).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import TYPE_CHECKING, Any

from meetingkit.core.errors import MeetingkitError
from meetingkit.core.i18n import fill, translate

if TYPE_CHECKING:
    import sqlite3

# How many people a name that matches several lists, to choose one by id.
SHOWN_MATCHES = 20


def register(
    commands: argparse._SubParsersAction[Any],
    data_dir: argparse.ArgumentParser,
) -> None:
    """Add `person history`."""
    person = commands.add_parser("person", help="one person's record")
    person_commands = person.add_subparsers(dest="person_command", metavar="COMMAND", required=True)
    history = person_commands.add_parser(
        "history",
        parents=[data_dir],
        help="the meetings a person came to, their commitments and follow-ups, groups, "
        "ladder rungs, consents and airtime, newest first",
    )
    history.add_argument(
        "--person",
        required=True,
        metavar="ID|NAME",
        help="the person's id, or their name (or a part of it) if only one person matches",
    )
    history.add_argument(
        "--language",
        choices=("en", "es"),
        default=None,
        help="the language (default: the app's, as chosen in its Settings)",
    )
    history.set_defaults(handler=cmd_person_history)


def cmd_person_history(args: argparse.Namespace) -> int:
    from meetingkit.cli import _database
    from meetingkit.core.person_history import history_text
    from meetingkit.storage.person_history import read_person_history

    # in the language of --language, or the app's (cli.command_language): spoken already
    with _database(args) as conn:
        person_id = _person_id(conn, args.person)
        if person_id is None:
            return 1
        history = read_person_history(conn, person_id, dt.datetime.now())
    for line in history_text(history):
        print(line)
    return 0


def _person_id(conn: sqlite3.Connection, text: str) -> int | None:
    """The id typed, or the one person the name typed finds; None (and what to type
    instead, on stderr) when the name finds several."""
    from meetingkit.core.person import canonical_profession
    from meetingkit.storage.people import PeopleStore

    people = PeopleStore(conn)
    if text.strip().isdigit():
        return people.get(int(text)).key  # NotFoundError says there is nobody by that id
    found = people.search(text, limit=SHOWN_MATCHES)
    if found.total == 0:
        raise MeetingkitError(
            fill(translate("Command line", "Nobody in the directory matches “%1”."), text)
        )
    if found.total == 1:
        return found.people[0].key
    said = translate("Command line", "%1 people match “%2”; say which with --person ID:")
    print(f"meetingkit: {fill(said, found.total, text)}", file=sys.stderr)
    for p in found.people:
        details = (p.display_name, canonical_profession(p.profession), p.workplace)
        print(f"{p.key}\t" + "\t".join(details), file=sys.stderr)
    if found.total > len(found.people):
        more = found.total - len(found.people)
        print(fill(translate("Command line", "… and %1 more"), more), file=sys.stderr)
    return None
