"""The privacy commands: purge, retention, backup, restore, encryption; and the passphrase.

`register(commands, data_dir)` adds them to the `meetingkit` parser (cli.py). Every command
that opens the data goes through `open_database`, which asks for the passphrase of an
encrypted file: from $MEETINGKIT_PASSPHRASE, else typed at a terminal (not echoed), else a
clear refusal (a script with no terminal cannot be asked). A command that only reads still
runs on a file that cannot be written (a full disk, a read-only drive), and a damaged file
is refused with the backup to restore and the command that restores it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import closing, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from meetingkit.cli_args import file_name, meeting_id
from meetingkit.core.errors import MeetingkitError
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, fill, long_date, translate
from meetingkit.storage.database import (
    AlteredDatabaseError,
    CorruptDatabaseError,
    ForeignDatabaseError,
    WrongPassphraseError,
    is_damage,
    is_encrypted,
    open_db,
    open_to_read,
)

if TYPE_CHECKING:
    from meetingkit.core.meeting import Meeting
    from meetingkit.services.privacy import PurgeResult
    from meetingkit.storage.retention import Retention, RetentionStore

COMMANDS = ("backup", "encryption", "purge", "restore", "retention")
# Names of environment variables, not secrets:
ENV_PASSPHRASE = "MEETINGKIT_PASSPHRASE"  # noqa: S105
ENV_NEW_PASSPHRASE = "MEETINGKIT_NEW_PASSPHRASE"  # noqa: S105 — `encryption on`/`change` in scripts
ENV_BACKUP_PASSPHRASE = "MEETINGKIT_BACKUP_PASSPHRASE"  # noqa: S105 — a backup made under another one

Ask = Callable[[str], str]


def passphrase_for(
    path: Path,
    *,
    environ: Mapping[str, str] = os.environ,
    ask: Ask | None = None,
    interactive: bool | None = None,
    variable: str = ENV_PASSPHRASE,
    what: str = "",
) -> str | None:
    """The passphrase of the file at `path` if it is encrypted, else None (`what`: the file,
    in the prompt; the meetingkit data unless said)."""
    if not is_encrypted(path):
        return None
    what = what or translate("Command line", "the meetingkit data")
    prompt = fill(translate("Command line", "Passphrase for %1: "), what)
    return _passphrase(environ, ask, interactive, variable, prompt, path)


def open_database(path: Path, *, reading: bool = False, **ask: Any) -> sqlite3.Connection:
    """`open_db` for a command: with the passphrase when the file is encrypted. `reading`:
    the command only reads the data, so a file that cannot be written (a full disk, a
    read-only folder) is opened read-only, and stderr says so."""
    with _restore_advised(path):
        key = passphrase_for(path, **ask)
    return _opened(path, key, reading)


@contextmanager
def database(
    args: argparse.Namespace, *, reading: bool = False
) -> Iterator[tuple[sqlite3.Connection, str | None]]:
    """The command's database and its passphrase, open for the block and closed after
    (`reading`: as in `open_database`)."""
    path = _db_path(args)
    with _restore_advised(path):
        key = passphrase_for(path)
    conn = _opened(path, key, reading)
    try:
        yield conn, key
    finally:
        conn.close()


READ_ONLY_NOTE = QT_TRANSLATE_NOOP(
    "Command line",
    "This command only reads the data, so it went on with the file opened read-only: "
    "nothing is written to it, and what it prints, exports or backs up is not noted in the "
    "data's logs.",
)


def _opened(path: Path, key: str | None, reading: bool) -> sqlite3.Connection:
    """The database at `path`; a damaged one is refused naming the backup to restore. A
    command that only reads goes on when the file cannot be written, and says so in one
    line: why, and that it went on (not "try again, nothing was changed", then that it did)."""
    with _restore_advised(path, key):
        if not reading:
            return open_db(path, key)
        conn, refused = open_to_read(path, key)
    if refused is not None:
        note = translate("Command line", READ_ONLY_NOTE)
        if refused.why:
            print(f"meetingkit: {refused.why}. {note}", file=sys.stderr)
        else:
            print(f"meetingkit: {refused}", file=sys.stderr)
            print(f"meetingkit: {note}", file=sys.stderr)
    return conn


@contextmanager
def _restore_advised(path: Path, key: str | None = None) -> Iterator[None]:
    """A damaged data file is refused with the newest backup and the command that restores
    it (not another program's database: it is not damaged, and not to be replaced). So is
    a passphrase, `key`, that opens no part of the file but opens that backup: the start of
    the file may be damaged (`services.encryption.try_passphrase`)."""
    try:
        yield
    except WrongPassphraseError as e:
        from meetingkit.services.encryption import opens_newest_backup, opens_only_the_backup

        if key is None or not opens_newest_backup(path.parent, key):
            raise
        from meetingkit.services.backup import restore_advice

        refused = opens_only_the_backup(path)
        raise type(refused)(f"{refused} {restore_advice(path.parent)}") from e
    except CorruptDatabaseError as e:
        if isinstance(e, ForeignDatabaseError):
            raise
        from meetingkit.services.backup import restore_advice

        raise type(e)(f"{e} {restore_advice(path.parent)}") from e


def register(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    data_dir: argparse.ArgumentParser,
) -> None:
    """Add the privacy commands to the `meetingkit` command's subparsers."""
    purge = commands.add_parser(
        "purge",
        parents=[data_dir],
        help="remove a meeting's personal data (who came, sign-ins, turns, commitments), "
        "keeping anonymous counts",
    )
    which = purge.add_mutually_exclusive_group(required=True)
    which.add_argument("--meeting", metavar="ID", type=meeting_id, help="purge this meeting now")
    which.add_argument(
        "--due", action="store_true", help="purge every meeting whose retention has run out"
    )
    purge.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    purge.set_defaults(handler=cmd_purge)

    retention = commands.add_parser(
        "retention",
        parents=[data_dir],
        help="how long a meeting keeps personal data; with no options, list every meeting's",
    )
    which_meetings = retention.add_mutually_exclusive_group()
    which_meetings.add_argument("--meeting", metavar="ID", type=meeting_id)
    which_meetings.add_argument(
        "--all",
        action="store_true",
        help="with --days: set it on every meeting that has no retention yet (kept until "
        "purged by hand, not purged); meetings with one keep theirs",
    )
    keep = retention.add_mutually_exclusive_group()
    keep.add_argument("--days", type=int, help="purge this many days after the meeting")
    keep.add_argument("--keep", action="store_true", help="keep until purged by hand")
    retention.add_argument(
        "--yes",
        action="store_true",
        help="with --all: do not ask, even when some meetings would be purged at the next start",
    )
    retention.set_defaults(handler=cmd_retention)

    backup = commands.add_parser(
        "backup",
        parents=[data_dir],
        help="copy the data into one file, safely while the app runs (encrypted stays encrypted)",
    )
    backup.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="the backup file, or a folder for meetingkit-backup-DATE-TIME.sqlite "
        "(default: the data folder's backups folder)",
    )
    backup.add_argument(
        "--delete-unencrypted",
        action="store_true",
        help="once the data is encrypted: make an encrypted backup, then delete the "
        "unencrypted backups meetingkit made in the backups folder before encryption was on",
    )
    backup.set_defaults(handler=cmd_backup)

    restore = commands.add_parser(
        "restore",
        parents=[data_dir],
        help="replace the data with a backup (the current data is backed up first)",
    )
    restore.add_argument("file", type=file_name, metavar="FILE")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.set_defaults(handler=cmd_restore, creates=True)

    encryption = commands.add_parser(
        "encryption",
        parents=[data_dir],
        help="encrypt the data with a passphrase, change the passphrase, or decrypt it "
        "(with the app closed)",
    )
    encryption.add_argument(
        "action",
        choices=("on", "off", "change", "status"),
        help="on: encrypt (asks for a new passphrase, or $MEETINGKIT_NEW_PASSPHRASE); "
        "off: decrypt; change: change the passphrase (the current one, then the new one); "
        "status: say which",
    )
    encryption.set_defaults(handler=cmd_encryption)


def cmd_purge(args: argparse.Namespace) -> int:
    from meetingkit.services.privacy import purge_due_now, purge_meeting
    from meetingkit.storage.meetings import MeetingStore

    with database(args) as (conn, _):
        if args.due:
            # As the app does: never in the middle of a meeting (one running past midnight)
            due = purge_due_now(conn, dt.date.today())
            results = due.purged
            if not results and not due.held:
                print(
                    translate(
                        "Command line", "No meeting's retention has run out: nothing to purge."
                    )
                )
            for r in results:
                print(_purged_line(r))
            for meeting_id in due.held:
                print(
                    fill(
                        translate(
                            "Command line",
                            "“%1” is still running: its personal data is purged once it has ended.",
                        ),
                        MeetingStore(conn).get(meeting_id).title,
                    )
                )
            if results and not results[-1].wiped:  # the last wipe takes out all there is
                print(_not_wiped_line(results[-1], _data_dir(args)))
            return 0
        meeting = MeetingStore(conn).get(args.meeting)
        if not args.yes and not _confirm(_purge_question(conn, meeting)):
            print(translate("Command line", "Nothing was purged."))
            return 1
        r = purge_meeting(conn, meeting.key)
        print(_purged_line(r))
        if not r.wiped:
            print(_not_wiped_line(r, _data_dir(args)))
    return 0


def cmd_retention(args: argparse.Namespace) -> int:
    from meetingkit.storage.retention import RetentionStore, due_at_once

    with database(args) as (conn, _):
        store = RetentionStore(conn)
        if args.all:
            return _retention_for_all(store, args.days, args.keep, args.yes)
        if args.meeting is not None and (args.days is not None or args.keep):
            if (purged := store.get(args.meeting)).purged_at:
                # as the Privacy page and --all do: a purged meeting has nothing left to keep
                raise MeetingkitError(
                    fill(
                        translate(
                            "Command line",
                            "“%1” was purged on %2: it keeps only anonymous counts, so there is "
                            "no personal data left to keep or purge.",
                        ),
                        purged.title,
                        purged.purged_at[:10],
                    )
                )
            store.set_days(args.meeting, None if args.keep else args.days)
            if due_at_once([store.get(args.meeting)], args.days, dt.date.today()):
                print(
                    fill(
                        translate(
                            "Command line",
                            "It is more than %1 days old: its personal data is purged the next "
                            "time meetingkit starts (or by `meetingkit purge --due`), keeping "
                            "only counts. `--keep` undoes it until then.",
                        ),
                        args.days,
                    ),
                    file=sys.stderr,
                )
        elif args.days is not None or args.keep:
            raise MeetingkitError(
                translate(
                    "Command line",
                    "Say which meeting with --meeting ID, or --all for every meeting that has no "
                    "retention yet.",
                )
            )
        rows = [store.get(args.meeting)] if args.meeting is not None else store.all()
        _print_retention(rows)
    return 0


def _retention_for_all(store: RetentionStore, days: int | None, keep: bool, yes: bool) -> int:
    """`retention --all --days N`: N days for every meeting kept until purged by hand, after
    asking when some of them are older than that (they go at the next start)."""
    from meetingkit.storage.retention import check_days, due_at_once

    if days is None:
        raise MeetingkitError(
            translate(
                "Command line",
                "--all sets a retention on the meetings that have none yet: give it with --days N.",
            )
            if not keep
            else translate(
                "Command line",
                "--all sets a retention on the meetings that have none yet, so --keep would "
                "change nothing. To keep one meeting until purged by hand: --meeting ID --keep.",
            )
        )
    check_days(days)
    rows = store.without_retention()
    if not rows:
        print(
            translate(
                "Command line",
                "Every meeting already has a retention or was purged: nothing to set.",
            )
        )
        return 0
    at_once = len(due_at_once(rows, days, dt.date.today()))
    sooner = (
        " "
        + fill(
            translate(
                "Command line",
                "%1 of them are more than %2 days old: their personal data is purged the next "
                "time meetingkit starts (or by `meetingkit purge --due`), keeping only counts.",
            ),
            at_once,
            days,
        )
        if at_once
        else ""
    )
    question = translate(
        "Command line",
        "Purge the personal data of the %1 meetings kept until purged by hand %2 days after "
        "each one's date?",
    )
    if at_once and not yes and not _confirm(fill(question, len(rows), days) + sooner):
        print(translate("Command line", "Nothing was set."))
        return 1
    changed = store.set_days_for([r.meeting_id for r in rows], days)
    _print_retention([store.get(r.meeting_id) for r in rows])
    said = translate(
        "Command line",
        "Set %1 meetings that had no retention to purge their personal data %2 days after "
        "each one's date; meetings that had one keep theirs.",
    )
    print(fill(said, changed, days) + sooner)
    return 0


def _print_retention(rows: list[Retention]) -> None:
    for r in rows:
        if r.purged_at:
            state = fill(translate("Command line", "purged %1"), r.purged_at[:10])
        elif r.purge_on is None:
            state = translate("Command line", "kept until purged by hand")
        else:
            state = fill(
                translate("Command line", "purge on %1 (%2 days)"), r.purge_on.isoformat(), r.days
            )
        print(f"{r.meeting_id}\t{r.date.isoformat()}\t{state}\t{r.title}")


def cmd_backup(args: argparse.Namespace) -> int:
    from meetingkit.services.backup import backup_folder, make_backup
    from meetingkit.services.backup_folder import (
        KEEP_BACKUPS,
        KEEP_SAFETY_DAYS,
        delete_unencrypted,
    )

    data_dir = _data_dir(args)
    deleted: tuple[Path, ...] = ()
    with database(args, reading=True) as (conn, key):
        target = args.output or backup_folder(data_dir)
        if args.delete_unencrypted:
            done = delete_unencrypted(conn, data_dir, key, target=target)
            made, deleted = done.backup, done.deleted
        else:
            made = make_backup(conn, target, key)
    made_line = (
        translate("Command line", "%1 MB, encrypted, checked in %2 s")
        if made.encrypted
        else translate(
            "Command line", "%1 MB, NOT encrypted: keep it somewhere safe, checked in %2 s"
        )
    )
    print(f"{made.path}\t" + fill(made_line, f"{made.bytes / 1e6:.1f}", f"{made.seconds:.1f}"))
    if made.pruned:
        kept = (made.path.parent, KEEP_BACKUPS, KEEP_SAFETY_DAYS)
        if len(made.pruned) == 1:
            pruned = fill(
                translate(
                    "Command line",
                    "Deleted 1 old backup from %1: meetingkit keeps the newest %2 it makes "
                    "there, and its safety backups for %3 days.",
                ),
                *kept,
            )
        else:
            pruned = fill(
                translate(
                    "Command line",
                    "Deleted %1 old backups from %2: meetingkit keeps the newest %3 it makes "
                    "there, and its safety backups for %4 days.",
                ),
                len(made.pruned),
                *kept,
            )
        print(pruned)
    if args.delete_unencrypted:
        if deleted:
            print(
                translate(
                    "Command line",
                    "Deleted 1 unencrypted backup made before encryption was turned on.",
                )
                if len(deleted) == 1
                else fill(
                    translate(
                        "Command line",
                        "Deleted %1 unencrypted backups made before encryption was turned on.",
                    ),
                    len(deleted),
                )
            )
        else:
            print(
                fill(
                    translate(
                        "Command line", "There was no unencrypted backup of meetingkit's in %1."
                    ),
                    backup_folder(data_dir),
                )
            )
    return 0


def _say_unencrypted_backups(conn: sqlite3.Connection, data_dir: Path) -> None:
    """After encryption was turned on: how many of meetingkit's backups in the backups folder
    are not encrypted, and the command that deletes them (after an encrypted backup)."""
    from meetingkit.services.backup import data_command
    from meetingkit.services.backup_folder import backups_found

    plain = backups_found(conn, data_dir).unencrypted
    if not plain:
        return
    command = data_command(data_dir, "backup", "--delete-unencrypted")
    folder = plain[0].path.parent
    if len(plain) == 1:
        said = fill(
            translate(
                "Command line",
                "1 backup in %1 was made before and is not encrypted: anyone who gets it can "
                "read everyone's data in it. To make an encrypted backup and delete it:",
            ),
            folder,
        )
    else:
        said = fill(
            translate(
                "Command line",
                "%1 backups in %2 were made before and are not encrypted: anyone who gets one "
                "can read everyone's data in it. To make an encrypted backup and delete them:",
            ),
            len(plain),
            folder,
        )
    print(f"{said}\n  {command}")


def cmd_restore(args: argparse.Namespace) -> int:
    """`meetingkit restore FILE`: only with nothing else on the data. A window keeps what it
    shows in memory and writes it over the restored data at its next change (a turn left open
    twice, a stack entry speaking that the restore had made waiting), so a restore is refused
    while a window, a sign-in server or another command has the folder open."""
    from meetingkit.services.backup import check_source

    check_source(args.file)  # a folder, an empty file: said first, whatever has the data open
    with _nobody_else_on(_data_dir(args)):
        return _restore(args)


@contextmanager
def _nobody_else_on(data_dir: Path) -> Iterator[None]:
    """Hold `data_dir` as a window does (`app.take_hold`), so that no window opens on it
    while the data is replaced; refused, naming the window's process, if one has it."""
    from meetingkit.app import take_hold

    hold = take_hold(data_dir)
    if hold is None:
        raise MeetingkitError(
            fill(
                translate(
                    "Command line",
                    "meetingkit is open on %1%2. Close it first, then restore again: an open "
                    "window would write what it shows over the restored data. Nothing was "
                    "restored.",
                ),
                data_dir,
                _held_by(data_dir),
            )
        )
    try:
        yield
    finally:
        hold.unlock()


def _held_by(data_dir: Path) -> str:
    """' (process N)': the process whose window holds `data_dir`, when it can be told."""
    from PySide6.QtCore import QLockFile, QSysInfo

    from meetingkit.services.data_dir import LOCK_FILENAME

    info = QLockFile(str(data_dir / LOCK_FILENAME)).getLockInfo()
    if not isinstance(info, tuple) or len(info) < 2 or not info[0]:  # no hold to read
        return ""
    pid, host = int(info[0]), str(info[1])
    elsewhere = host and host != QSysInfo.machineHostName()
    if elsewhere:
        return " " + fill(translate("Command line", "(process %1 on %2)"), pid, host)
    return " " + fill(translate("Command line", "(process %1)"), pid)


def _refuse_while_open(path: Path, key: str | None) -> None:
    """Refuse a restore while a sign-in server or another command has the file open (a
    window holds the folder too: `_nobody_else_on`): the check `encryption on` makes."""
    from meetingkit.services.encryption import DatabaseInUseError, ensure_closed

    if not path.is_file():
        return
    try:
        ensure_closed(path, key)
    except DatabaseInUseError as e:
        if "locked" not in str(e.__cause__).lower():
            return  # a full disk, a read-only folder: opening it says which
        raise DatabaseInUseError(f"{e} {translate('Command line', 'Nothing was restored.')}") from e
    except (MeetingkitError, sqlite3.DatabaseError):
        return  # damaged, or not opened by this passphrase: opening it says which


def _restore(args: argparse.Namespace) -> int:
    from meetingkit.services.backup import DamagedDataError, check_backup, restore
    from meetingkit.services.encryption import opens_newest_backup, opens_only_the_backup

    source: Path = args.file
    path = _db_path(args)
    key = None
    try:
        key = passphrase_for(path)
        _refuse_while_open(path, key)
        conn = open_db(path, key)
    except CorruptDatabaseError as e:
        if isinstance(e, ForeignDatabaseError):
            raise
        return _restore_in_place_of_damaged(args, path, e, asked=False)
    except WrongPassphraseError:
        # No part of the file opens, its newest backup does: the start of the file is
        # damaged, unless the passphrase was changed since. Said as such before it goes.
        if key is None or not opens_newest_backup(path.parent, key):
            raise
        return _restore_in_place_of_damaged(args, path, opens_only_the_backup(path), asked=False)
    # A file with a few damaged pages opens, and fails where they are read: comparing its
    # people, or saving it first. Nothing has changed then: it is set aside instead.
    damaged: Exception | None = None
    asked = False
    with closing(conn):
        try:
            source_key = _backup_passphrase(source, key)
            check = check_backup(source, source_key, conn, data_dir=_data_dir(args))
            back = check.people_not_current or 0
            question = fill(
                translate(
                    "Command line",
                    "Replace all the data in %1 with %2 (%3 meetings, %4 people)? The current "
                    "data is backed up first.",
                ),
                _db_path(args),
                source,
                check.meetings,
                check.people,
            )
            if back == 1:
                question += " " + translate(
                    "Command line",
                    "It has 1 person who is not in your current data: anyone you forgot since "
                    "this backup was made comes back.",
                )
            elif back:
                question += " " + fill(
                    translate(
                        "Command line",
                        "It has %1 people who are not in your current data: anyone you forgot "
                        "since this backup was made comes back.",
                    ),
                    f"{back:,}",
                )
            if not args.yes and not _confirm(question):
                print(translate("Command line", "Nothing was restored."))
                return 1
            asked = True
            restored = restore(
                conn, source, live_key=key, source_key=source_key, data_dir=_data_dir(args)
            )
        except DamagedDataError as e:
            damaged = e
        except sqlite3.DatabaseError as e:
            if not is_damage(e):
                raise
            damaged = e
    if damaged is not None:
        return _restore_in_place_of_damaged(args, path, damaged, asked=asked)
    print(
        fill(
            translate("Command line", "Restored %1. The data as it was is in %2."),
            source,
            restored.safety_backup,
        )
    )
    if back == 1:
        print(
            translate(
                "Command line",
                "It brought back 1 person who was not in your current data: anyone forgotten "
                "since the backup was made is back.",
            )
        )
    elif back:
        print(
            fill(
                translate(
                    "Command line",
                    "It brought back %1 people who were not in your current data: anyone "
                    "forgotten since the backup was made is back.",
                ),
                f"{back:,}",
            )
        )
    return 0


def _restore_in_place_of_damaged(
    args: argparse.Namespace, path: Path, damage: Exception, *, asked: bool
) -> int:
    """`meetingkit restore` when the data file is damaged: it cannot take a copy, nor be
    saved first. With no meetingkit open on the folder (`cmd_restore` holds it), the backup
    is checked, the damaged file is kept beside under a new name, and the backup takes its
    place. `asked`: the replacement was confirmed already."""
    from meetingkit.services.backup import check_backup, restore_in_place_of_damaged

    source: Path = args.file
    data_dir = _data_dir(args)
    source_key = _backup_passphrase(source, os.environ.get(ENV_PASSPHRASE))
    check = check_backup(source, source_key, data_dir=data_dir)
    # opens the backup only, or holds what meetingkit does not make: said as it is
    if isinstance(damage, (WrongPassphraseError, AlteredDatabaseError)):
        kept = translate(
            "Command line",
            "It cannot be backed up first: it is kept beside the restored one instead, as it is.",
        )
        print(f"{damage} {kept}")
    else:
        print(
            fill(
                translate(
                    "Command line",
                    "Your current data in %1 is damaged (%2): it cannot be backed up first. The "
                    "damaged file is kept beside the restored one instead, as it is.",
                ),
                path,
                _sqlite_says(damage),
            )
        )
    question = fill(
        translate("Command line", "Put %1 (%2 meetings, %3 people) in its place?"),
        source,
        check.meetings,
        check.people,
    )
    if not (asked or args.yes or _confirm(question)):
        print(translate("Command line", "Nothing was restored."))
        return 1
    restored = restore_in_place_of_damaged(source, source_key=source_key, data_dir=data_dir)
    print(
        fill(
            translate(
                "Command line",
                "Restored %1 in place of the damaged data. The damaged file is kept as %2.",
            ),
            source,
            restored.safety_backup,
        )
    )
    if source_key is not None:
        print(
            translate(
                "Command line", "The restored data is encrypted with the backup's passphrase."
            )
        )
    return 0


def _sqlite_says(error: BaseException | None) -> str:
    """SQLite's own words for a damage, found down the chain of errors it caused."""
    while error is not None:
        if isinstance(error, sqlite3.Error):
            return str(error)
        error = error.__cause__
    return translate("Command line", "it is not an SQLite file")


def cmd_encryption(args: argparse.Namespace) -> int:
    from meetingkit.services.encryption import change_encryption

    path = _db_path(args)
    encrypted = is_encrypted(path)
    if args.action == "status":
        print("encrypted" if encrypted else "not encrypted")  # words for scripts: never translated
        return 0
    if args.action == "change":
        return _change_passphrase(path, encrypted)
    if args.action == "on" and encrypted:
        print(
            fill(
                translate(
                    "Command line",
                    "%1 is already encrypted. To choose another passphrase: meetingkit "
                    "encryption change",
                ),
                path,
            )
        )
        return 0
    if args.action == "off" and not encrypted:
        print(fill(translate("Command line", "%1 is not encrypted."), path))
        return 0
    if not path.is_file():
        open_db(path).close()  # a first run: create the database, then encrypt it
    old_key = passphrase_for(path)
    new_key = _new_passphrase() if args.action == "on" else None
    with _restore_advised(path):  # a damaged file, the passphrase right, says so
        changed = change_encryption(path, old_key, new_key)
    if changed.encrypted:
        print(
            fill(
                translate(
                    "Command line",
                    "%1 is encrypted (%2 s). Keep the passphrase safe: without it the data "
                    "cannot be recovered. Backups made before are not encrypted.",
                ),
                path,
                f"{changed.seconds:.1f}",
            )
        )
        with closing(open_db(path, new_key)) as conn:
            _say_unencrypted_backups(conn, path.parent)
    else:
        print(
            fill(
                translate("Command line", "%1 is no longer encrypted (%2 s)."),
                path,
                f"{changed.seconds:.1f}",
            )
        )
    _say_if_not_wiped(changed.old_file_wiped)
    return 0


def _change_passphrase(path: Path, encrypted: bool) -> int:
    """`meetingkit encryption change`: the current passphrase, checked first, then the new one."""
    from meetingkit.services.encryption import Tried, change_encryption, try_passphrase
    from meetingkit.storage.database import damaged_encrypted

    if not encrypted:
        raise MeetingkitError(
            fill(
                translate(
                    "Command line",
                    "%1 is not encrypted: there is no passphrase to change. To encrypt it: "
                    "meetingkit encryption on",
                ),
                path,
            )
        )
    current = translate("Command line", "Current passphrase: ")
    old_key = _passphrase(os.environ, None, None, ENV_PASSPHRASE, current, path)
    tried = try_passphrase(path, old_key)
    if tried is Tried.DAMAGED:
        with _restore_advised(path):
            raise damaged_encrypted(path)
    if tried is not Tried.OPENS:
        raise MeetingkitError(
            fill(
                translate(
                    "Command line",
                    "That passphrase does not open %1. Nothing was changed. (Capitals count.)",
                ),
                path,
            )
        )
    changed = change_encryption(path, old_key, _new_passphrase(current=old_key))
    print(
        fill(
            translate(
                "Command line",
                "%1 now opens only with the new passphrase (%2 s); the old one no longer opens "
                "it. Backups made before keep the old passphrase: delete the ones you do not "
                "need, or keep them where nobody who knows it can reach them.",
            ),
            path,
            f"{changed.seconds:.1f}",
        )
    )
    _say_if_not_wiped(changed.old_file_wiped)
    return 0


def _new_passphrase(current: str | None = None) -> str:
    """A new passphrase from $MEETINGKIT_NEW_PASSPHRASE, or typed twice at a terminal;
    refused if it is too short, mistyped, or the `current` one."""
    from meetingkit.services.encryption import MIN_PASSPHRASE, check_new_passphrase

    new_key = os.environ.get(ENV_NEW_PASSPHRASE)
    if new_key is not None:
        check_new_passphrase(new_key, current=current)
        return new_key
    if not sys.stdin.isatty():
        raise MeetingkitError(
            fill(
                translate(
                    "Command line",
                    "Give the new passphrase in $%1, or run this in a terminal to be asked for it.",
                ),
                ENV_NEW_PASSPHRASE,
            )
        )
    import getpass

    new_key = getpass.getpass(
        fill(translate("Command line", "New passphrase (at least %1 characters): "), MIN_PASSPHRASE)
    )
    again = getpass.getpass(translate("Command line", "The same passphrase again: "))
    check_new_passphrase(new_key, again, current=current)
    return new_key


def _say_if_not_wiped(wiped: bool) -> None:
    if not wiped:
        print(
            translate(
                "Command line",
                "The old file could not be overwritten in place; its blocks may remain on disk.",
            )
        )


def _data_dir(args: argparse.Namespace) -> Path:
    """The same folder as every other command's: --data-dir, the environment, the settings."""
    from meetingkit.cli import _data_dir as commands_folder

    return commands_folder(args)


def _db_path(args: argparse.Namespace) -> Path:
    from meetingkit.cli import database_file

    return database_file(args)


def _passphrase(
    environ: Mapping[str, str],
    ask: Ask | None,
    interactive: bool | None,
    variable: str,
    prompt: str,
    path: Path,
) -> str:
    given = environ.get(variable)
    if given is not None:
        return given
    if interactive is None:
        interactive = sys.stdin.isatty()
    if not interactive:
        raise MeetingkitError(
            fill(
                translate(
                    "Command line",
                    "%1 is encrypted. Give its passphrase in $%2, or run this in a terminal to be "
                    "asked for it.",
                ),
                path,
                variable,
            )
        )
    if ask is None:
        import getpass

        ask = getpass.getpass
    return ask(prompt)


def _backup_passphrase(source: Path, live_key: str | None) -> str | None:
    """The backup's passphrase: the live one if it opens it, else asked for."""
    from meetingkit.services.backup import is_encrypted_backup

    if not source.is_file() or not is_encrypted_backup(source):
        return None
    from meetingkit.services.encryption import key_opens

    if live_key is not None and key_opens(source, live_key):
        return live_key
    return _passphrase(
        os.environ,
        None,
        None,
        ENV_BACKUP_PASSPHRASE,
        fill(translate("Command line", "Passphrase for the backup %1: "), source.name),
        source,
    )


def _confirm(question: str) -> bool:
    if not sys.stdin.isatty():
        raise MeetingkitError(
            translate("Command line", "Add --yes to do this without a terminal to confirm it in.")
        )
    print(question)
    return input(translate("Command line", "Type yes to go on: ")).strip().lower() == "yes"


def _purge_question(conn: sqlite3.Connection, meeting: Meeting) -> str:
    """What purging the meeting removes, and whom it deletes from the directory and keeps
    (services.privacy.leaving_if_purged, the purge's own rule); and what it cannot reach, as
    the app says it (core.copies_outside): backups made before, files exported or printed."""
    from meetingkit.core import copies_outside
    from meetingkit.services.privacy import due_purges, leaving_if_purged
    from meetingkit.storage.export_log import ExportLog

    due = {r.meeting_id for r in due_purges(conn, dt.date.today())}
    going = leaving_if_purged(conn, meeting.key)
    question = fill(
        translate(
            "Command line",
            "Purge the personal data of “%1” (%2)? Who came, their sign-ins, answers and "
            "consents, turns, roles, cards and commitments go. %3 people who came into the "
            "directory at a meeting, with nothing else on record, are deleted from it; %4 who "
            "were in it on their own (imported, or added by hand) stay, as do %5 linked to other "
            "meetings, groups or follow-ups. Anonymous counts are kept.",
        ),
        meeting.title,
        long_date(meeting.date),
        len(going.deleted),
        len(going.on_their_own),
        len(going.linked),
    )
    if meeting.key in due:
        question += " " + translate("Command line", "Its retention has run out.")
    question += " " + translate("Command line", "This cannot be undone.")
    exported = len(ExportLog(conn).entries(meeting.key))
    return f"{question}\n\n{copies_outside.of_meeting(exported)}"


def _not_wiped_line(r: PurgeResult, data_dir: Path) -> str:
    """Another connection was reading, so the wipe did not finish (PurgeResult.wiped): the
    old pages stay in the database file. A purge run again once that read is over wipes them
    (storage.erasure.wipe_freed_pages: the whole file's, whichever meeting it purges); the other
    program closing does only if it is the last to close the file and may write to it."""
    from meetingkit.services.backup import data_command

    return fill(
        translate(
            "Command line",
            "Another program is reading meetingkit's data right now (the meetingkit app or its "
            "sign-in server, another meetingkit command, a backup program), so the purged "
            "personal data stays in the database file until it stops. Once it has (close it if "
            "you can), purge again to take it out:\n%1",
        ),
        data_command(data_dir, "purge", "--meeting", str(r.meeting_id), "--yes"),
    )


def _purged_line(r: PurgeResult) -> str:
    kept = (r.people_kept, r.people_on_their_own)
    if r.people_deleted == 1:
        return fill(
            translate(
                "Command line",
                "Purged “%1”: 1 person deleted from the directory, %2 kept (%3 in it on their "
                "own, imported or added by hand; the others linked to other meetings, groups "
                "or follow-ups). Counts kept.",
            ),
            r.title,
            *kept,
        )
    return fill(
        translate(
            "Command line",
            "Purged “%1”: %2 people deleted from the directory, %3 kept (%4 in it on their own, "
            "imported or added by hand; the others linked to other meetings, groups or "
            "follow-ups). Counts kept.",
        ),
        r.title,
        f"{r.people_deleted:,}",
        *kept,
    )
