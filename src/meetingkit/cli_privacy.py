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
from meetingkit.core.i18n import long_date
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
    what: str = "the meetingkit data",
) -> str | None:
    """The passphrase of the file at `path` if it is encrypted, else None."""
    if not is_encrypted(path):
        return None
    return _passphrase(environ, ask, interactive, variable, f"Passphrase for {what}: ", path)


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


READ_ONLY_NOTE = (
    "This command only reads the data, so it went on with the file opened read-only: "
    "nothing is written to it, and what it prints, exports or backs up is not noted in the "
    "data's logs."
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
        if refused.why:
            print(f"meetingkit: {refused.why}. {READ_ONLY_NOTE}", file=sys.stderr)
        else:
            print(f"meetingkit: {refused}", file=sys.stderr)
            print(f"meetingkit: {READ_ONLY_NOTE}", file=sys.stderr)
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
    from meetingkit.services.privacy import purge_meeting, run_due_purges
    from meetingkit.storage.meetings import MeetingStore

    with database(args) as (conn, _):
        if args.due:
            results = run_due_purges(conn, dt.date.today())
            if not results:
                print("No meeting's retention has run out: nothing to purge.")
            for r in results:
                print(_purged_line(r))
            return 0
        meeting = MeetingStore(conn).get(args.meeting)
        if not args.yes and not _confirm(_purge_question(conn, meeting)):
            print("Nothing was purged.")
            return 1
        r = purge_meeting(conn, meeting.key)
        print(_purged_line(r))
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
                    f"“{purged.title}” was purged on {purged.purged_at[:10]}: it keeps only "
                    "anonymous counts, so there is no personal data left to keep or purge."
                )
            store.set_days(args.meeting, None if args.keep else args.days)
            if due_at_once([store.get(args.meeting)], args.days, dt.date.today()):
                print(
                    f"It is more than {args.days} days old: its personal data is purged the "
                    "next time meetingkit starts (or by `meetingkit purge --due`), keeping only "
                    "counts. `--keep` undoes it until then.",
                    file=sys.stderr,
                )
        elif args.days is not None or args.keep:
            raise MeetingkitError(
                "Say which meeting with --meeting ID, or --all for every meeting that has no "
                "retention yet."
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
            "--all sets a retention on the meetings that have none yet: give it with --days N."
            if not keep
            else "--all sets a retention on the meetings that have none yet, so --keep would "
            "change nothing. To keep one meeting until purged by hand: --meeting ID --keep."
        )
    check_days(days)
    rows = store.without_retention()
    if not rows:
        print("Every meeting already has a retention or was purged: nothing to set.")
        return 0
    at_once = len(due_at_once(rows, days, dt.date.today()))
    sooner = (
        f" {at_once} of them are more than {days} days old: their personal data is purged the "
        "next time meetingkit starts (or by `meetingkit purge --due`), keeping only counts."
        if at_once
        else ""
    )
    if (
        at_once
        and not yes
        and not _confirm(
            f"Purge the personal data of the {len(rows)} meetings kept until purged by hand "
            f"{days} days after each one's date?{sooner}"
        )
    ):
        print("Nothing was set.")
        return 1
    changed = store.set_days_for([r.meeting_id for r in rows], days)
    _print_retention([store.get(r.meeting_id) for r in rows])
    print(
        f"Set {changed} meetings that had no retention to purge their personal data {days} "
        f"days after each one's date; meetings that had one keep theirs.{sooner}"
    )
    return 0


def _print_retention(rows: list[Retention]) -> None:
    for r in rows:
        if r.purged_at:
            state = f"purged {r.purged_at[:10]}"
        elif r.purge_on is None:
            state = "kept until purged by hand"
        else:
            state = f"purge on {r.purge_on.isoformat()} ({r.days} days)"
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
    kind = "encrypted" if made.encrypted else "NOT encrypted: keep it somewhere safe"
    print(f"{made.path}\t{made.bytes / 1e6:.1f} MB, {kind}, checked in {made.seconds:.1f} s")
    if made.pruned:
        print(
            f"Deleted {_backups(len(made.pruned))} from {made.path.parent}: meetingkit keeps "
            f"the newest {KEEP_BACKUPS} it makes there, and its safety backups for "
            f"{KEEP_SAFETY_DAYS} days."
        )
    if args.delete_unencrypted:
        if deleted:
            n = len(deleted)
            print(
                f"Deleted {n} unencrypted {'backup' if n == 1 else 'backups'} made before "
                "encryption was turned on."
            )
        else:
            print(f"There was no unencrypted backup of meetingkit's in {backup_folder(data_dir)}.")
    return 0


def _backups(n: int) -> str:
    return "1 old backup" if n == 1 else f"{n} old backups"


def _say_unencrypted_backups(conn: sqlite3.Connection, data_dir: Path) -> None:
    """After encryption was turned on: how many of meetingkit's backups in the backups folder
    are not encrypted, and the command that deletes them (after an encrypted backup)."""
    from meetingkit.services.backup import data_command
    from meetingkit.services.backup_folder import backups_found

    plain = backups_found(conn, data_dir).unencrypted
    if not plain:
        return
    command = data_command(data_dir, "backup", "--delete-unencrypted")
    print(
        f"{len(plain)} {'backup' if len(plain) == 1 else 'backups'} in "
        f"{plain[0].path.parent} {'was' if len(plain) == 1 else 'were'} made before and "
        f"{'is' if len(plain) == 1 else 'are'} not encrypted: anyone who gets "
        f"{'it' if len(plain) == 1 else 'one'} can read everyone's data in it. To make an "
        f"encrypted backup and delete {'it' if len(plain) == 1 else 'them'}:\n  {command}"
    )


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
            f"meetingkit is open on {data_dir}{_held_by(data_dir)}. Close it first, then "
            "restore again: an open window would write what it shows over the restored data. "
            "Nothing was restored."
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
    return f" (process {pid}{f' on {host}' if elsewhere else ''})"


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
        raise DatabaseInUseError(f"{e} Nothing was restored.") from e
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
            question = (
                f"Replace all the data in {_db_path(args)} with {source} ({check.meetings} "
                f"meetings, {check.people} people)? The current data is backed up first."
            )
            if back:
                question += (
                    f" It has {_people(back)} {'is' if back == 1 else 'are'} not in your "
                    "current data: anyone you forgot since this backup was made comes back."
                )
            if not args.yes and not _confirm(question):
                print("Nothing was restored.")
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
    print(f"Restored {source}. The data as it was is in {restored.safety_backup}.")
    if back:
        print(
            f"It brought back {_people(back)} {'was' if back == 1 else 'were'} not in your "
            "current data: anyone forgotten since the backup was made is back."
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
        print(
            f"{damage} It cannot be backed up first: it is kept beside the restored one "
            "instead, as it is."
        )
    else:
        print(
            f"Your current data in {path} is damaged ({_sqlite_says(damage)}): it cannot "
            "be backed up first. "
            "The damaged file is kept beside the restored one instead, as it is."
        )
    question = f"Put {source} ({check.meetings} meetings, {check.people} people) in its place?"
    if not (asked or args.yes or _confirm(question)):
        print("Nothing was restored.")
        return 1
    restored = restore_in_place_of_damaged(source, source_key=source_key, data_dir=data_dir)
    print(
        f"Restored {source} in place of the damaged data. The damaged file is kept as "
        f"{restored.safety_backup}."
    )
    if source_key is not None:
        print("The restored data is encrypted with the backup's passphrase.")
    return 0


def _sqlite_says(error: BaseException | None) -> str:
    """SQLite's own words for a damage, found down the chain of errors it caused."""
    while error is not None:
        if isinstance(error, sqlite3.Error):
            return str(error)
        error = error.__cause__
    return "it is not an SQLite file"


def _people(n: int) -> str:
    return f"{_how_many(n)} who"


def cmd_encryption(args: argparse.Namespace) -> int:
    from meetingkit.services.encryption import change_encryption

    path = _db_path(args)
    encrypted = is_encrypted(path)
    if args.action == "status":
        print("encrypted" if encrypted else "not encrypted")
        return 0
    if args.action == "change":
        return _change_passphrase(path, encrypted)
    if args.action == "on" and encrypted:
        print(
            f"{path} is already encrypted. To choose another passphrase: "
            "meetingkit encryption change"
        )
        return 0
    if args.action == "off" and not encrypted:
        print(f"{path} is not encrypted.")
        return 0
    if not path.is_file():
        open_db(path).close()  # a first run: create the database, then encrypt it
    old_key = passphrase_for(path)
    new_key = _new_passphrase() if args.action == "on" else None
    with _restore_advised(path):  # a damaged file, the passphrase right, says so
        changed = change_encryption(path, old_key, new_key)
    if changed.encrypted:
        print(
            f"{path} is encrypted ({changed.seconds:.1f} s). Keep the passphrase safe: without "
            "it the data cannot be recovered. Backups made before are not encrypted."
        )
        with closing(open_db(path, new_key)) as conn:
            _say_unencrypted_backups(conn, path.parent)
    else:
        print(f"{path} is no longer encrypted ({changed.seconds:.1f} s).")
    _say_if_not_wiped(changed.old_file_wiped)
    return 0


def _change_passphrase(path: Path, encrypted: bool) -> int:
    """`meetingkit encryption change`: the current passphrase, checked first, then the new one."""
    from meetingkit.services.encryption import Tried, change_encryption, try_passphrase
    from meetingkit.storage.database import damaged_encrypted

    if not encrypted:
        raise MeetingkitError(
            f"{path} is not encrypted: there is no passphrase to change. To encrypt it: "
            "meetingkit encryption on"
        )
    old_key = _passphrase(os.environ, None, None, ENV_PASSPHRASE, "Current passphrase: ", path)
    tried = try_passphrase(path, old_key)
    if tried is Tried.DAMAGED:
        with _restore_advised(path):
            raise damaged_encrypted(path)
    if tried is not Tried.OPENS:
        raise MeetingkitError(
            f"That passphrase does not open {path}. Nothing was changed. (Capitals count.)"
        )
    changed = change_encryption(path, old_key, _new_passphrase(current=old_key))
    print(
        f"{path} now opens only with the new passphrase ({changed.seconds:.1f} s); the old one "
        "no longer opens it. Backups made before keep the old passphrase: delete the ones you "
        "do not need, or keep them where nobody who knows it can reach them."
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
            f"Give the new passphrase in ${ENV_NEW_PASSPHRASE}, or run this in a "
            "terminal to be asked for it."
        )
    import getpass

    new_key = getpass.getpass(f"New passphrase (at least {MIN_PASSPHRASE} characters): ")
    check_new_passphrase(new_key, getpass.getpass("The same passphrase again: "), current=current)
    return new_key


def _say_if_not_wiped(wiped: bool) -> None:
    if not wiped:
        print("The old file could not be overwritten in place; its blocks may remain on disk.")


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
            f"{path} is encrypted. Give its passphrase in ${variable}, or run this in a "
            "terminal to be asked for it."
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
        f"Passphrase for the backup {source.name}: ",
        source,
    )


def _confirm(question: str) -> bool:
    if not sys.stdin.isatty():
        raise MeetingkitError("Add --yes to do this without a terminal to confirm it in.")
    print(question)
    return input("Type yes to go on: ").strip().lower() == "yes"


def _purge_question(conn: sqlite3.Connection, meeting: Meeting) -> str:
    """What purging the meeting removes, and whom it deletes from the directory and keeps
    (services.privacy.leaving_if_purged, the purge's own rule)."""
    from meetingkit.services.privacy import due_purges, leaving_if_purged

    due = {r.meeting_id for r in due_purges(conn, dt.date.today())}
    going = leaving_if_purged(conn, meeting.key)
    return (
        f"Purge the personal data of “{meeting.title}” ({long_date(meeting.date)})? Who came, "
        "their sign-ins, answers and consents, turns, roles, cards and commitments go. "
        f"{len(going.deleted)} people who came into the directory at a meeting, with nothing "
        f"else on record, are deleted from it; {len(going.on_their_own)} who were in it on "
        f"their own (imported, or added by hand) stay, as do {len(going.linked)} linked to "
        "other meetings, groups or follow-ups. Anonymous counts are kept. "
        + ("Its retention has run out. " if meeting.key in due else "")
        + "This cannot be undone."
    )


def _how_many(n: int) -> str:
    return "1 person" if n == 1 else f"{n:,} people"


def _purged_line(r: PurgeResult) -> str:
    return (
        f"Purged “{r.title}”: {_how_many(r.people_deleted)} deleted from the directory, "
        f"{r.people_kept} kept ({r.people_on_their_own} in it on their own, imported or added "
        "by hand; the others linked to other meetings, groups or follow-ups). Counts kept."
    )
