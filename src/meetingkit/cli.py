"""The `meetingkit` command: the GUI by default, and headless commands for scripts and CI.

Kept light on imports: Qt is loaded only by the commands that draw something.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shlex
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from meetingkit import __version__
from meetingkit.cli_args import host, meeting_id, port
from meetingkit.core import i18n
from meetingkit.core.errors import MeetingkitError
from meetingkit.core.i18n import fill, translate
from meetingkit.core.meeting import Meeting, MeetingKind
from meetingkit.services.data_dir import ENV_VAR, database_path, existing_database, resolve_data_dir
from meetingkit.storage import open_db

if TYPE_CHECKING:
    import queue
    import sqlite3

    from meetingkit.core.curriculum import Curriculum
    from meetingkit.core.settings import Settings
    from meetingkit.services.curriculum_library import CurriculumLibrary
    from meetingkit.services.printing.training_times import TrainingTimes
    from meetingkit.services.signin_server import SignInServer
    from meetingkit.services.signin_session import SignInSession
    from meetingkit.storage.signin import SignInStore


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date like 2026-11-21") from None


def _folder(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError(
            "an empty folder name (is the variable that should hold it unset?)"
        )
    return text


def _time(text: str) -> dt.time:
    try:
        if not re.fullmatch(r"\d{1,2}:\d\d", text):  # "7:5" might mean 07:05 or 07:50
            raise ValueError(text)
        return dt.datetime.strptime(text, "%H:%M").time()
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a time like 18:30") from None


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(n) for n in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a size like 1280x800") from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise argparse.ArgumentTypeError("width and height must be between 200 and 8000")
    return width, height


COMMANDS = (
    "backup",
    "curricula",
    "demo",
    "encryption",
    "export",
    "follow-ups",
    "import",
    "meeting",
    "person",
    "print",
    "purge",
    "restore",
    "retention",
    "screenshot",
    "serve",
    "training",
)


def _data_dir_option() -> argparse.ArgumentParser:
    # --data-dir is accepted before or after the command; the subcommands' copy must not
    # overwrite the top-level value with a default, hence SUPPRESS.
    data_dir = argparse.ArgumentParser(add_help=False)
    data_dir.add_argument(
        "--data-dir",
        metavar="DIR",
        type=_folder,
        default=argparse.SUPPRESS,
        help=f"where meetingkit keeps its database (default: ${ENV_VAR}, else your user "
        "app-data folder)",
    )
    return data_dir


def _app_parser(data_dir: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The options of the app itself (no command): enough to open the window."""
    parser = argparse.ArgumentParser(
        prog="meetingkit",
        description="Run in-person meetings, trainings and assemblies from one laptop. "
        "With no command, opens the app.",
        parents=[data_dir],
    )
    parser.add_argument("--version", action="version", version=f"meetingkit {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="open the app on a throwaway copy of the demo meeting"
    )
    parser.add_argument("--meeting", metavar="ID", type=meeting_id, help="open this meeting")
    return parser


def build_parser() -> argparse.ArgumentParser:
    from meetingkit.services.commitment_desk import CARD_LAYOUTS

    data_dir = _data_dir_option()
    parser = _app_parser(data_dir)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser(
        "demo", parents=[data_dir], help="write the demo data and print the demo meeting's id"
    )
    demo.add_argument(
        "--language",
        choices=("en", "es"),
        default=None,
        help="the language its meetings, agendas and commitments are written in (default: the "
        "app's, as chosen in its Settings)",
    )
    demo.set_defaults(handler=cmd_demo, creates=True)

    meeting = commands.add_parser("meeting", help="create and list meetings")
    meeting_commands = meeting.add_subparsers(
        dest="meeting_command", metavar="ACTION", required=True
    )
    new = meeting_commands.add_parser(
        "new", parents=[data_dir], help="create a meeting and print its id"
    )
    new.add_argument("title")
    new.add_argument("--kind", choices=[k.value for k in MeetingKind], default="meeting")
    new.add_argument("--date", type=_date, default=None, help="YYYY-MM-DD (default: today)")
    new.add_argument("--start", type=_time, default=dt.time(18, 0), help="HH:MM (default 18:00)")
    new.add_argument("--place", default="")
    new.add_argument("--minutes", type=int, default=90, help="planned length (default 90)")
    new.set_defaults(handler=cmd_meeting_new, creates=True)
    listing = meeting_commands.add_parser(
        "list", parents=[data_dir], help="print one meeting a line: id, date, kind, title"
    )
    listing.set_defaults(handler=cmd_meeting_list)

    printing = commands.add_parser(
        "print",
        help="make a PDF: agenda, minutes, sign-in poster or sheet, cards, badges, tents, role "
        "cards, call list, report, figures for a period, or a curriculum's guide or handouts",
    )
    documents = printing.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    for name, help_text in (
        ("agenda", "the agenda to hand out: each item's start time, owners and roles"),
        ("minutes", "minutes with decisions, and planned vs actual times"),
        ("poster", "the sign-in poster: QR code, address and verification phrase"),
        ("signin-sheet", "a paper sign-in sheet for people without a phone"),
    ):
        doc = documents.add_parser(name, parents=[data_dir], help=help_text)
        doc.add_argument("--meeting", metavar="ID", type=meeting_id, required=True)
        doc.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
        doc.set_defaults(handler=cmd_print)
        if name == "poster":
            doc.add_argument(
                "--host",
                metavar="ADDR",
                type=host,
                default=None,
                help="the address the sign-in will be served on (default: LAN)",
            )
            doc.add_argument(
                "--port",
                metavar="N",
                type=port,
                default=None,
                help="the port the sign-in will be served on (default: the one the meeting's "
                "sign-in was last opened on in the app, else 8765)",
            )
            doc.add_argument(
                "--wifi-ssid",
                metavar="NAME",
                default=None,
                help="add a code to join this Wi-Fi (a hotspot) first",
            )
            doc.add_argument("--wifi-password", metavar="PASSWORD", default="")
        if name == "signin-sheet":
            doc.add_argument("--rows", type=int, default=20)
    for name, help_text in (
        ("cards", "commitment cards: one per person signed in, plus blank ones for walk-ins"),
        ("badges", "name badges, 8 to a Letter sheet (Avery 5395)"),
        ("tents", "name tents, 2 to a Letter sheet (Avery 5305), readable from both sides"),
    ):
        doc = documents.add_parser(name, parents=[data_dir], help=help_text)
        doc.add_argument("--meeting", metavar="ID", type=meeting_id, required=True)
        doc.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
        doc.add_argument(
            "--blank", metavar="N", type=int, default=0, help="add N blank ones (default 0)"
        )
        doc.add_argument(
            "--only-blank", action="store_true", help="print only the blank ones, no names"
        )
        if name == "cards":
            doc.add_argument(
                "--layout",
                choices=CARD_LAYOUTS,
                help="index (5x3, 3 per Letter), postcard (6x4, 2 per Letter), quarter "
                "(4.25x5.5, 4 per Letter), a6 (4 per A4); default: the Settings dialog's "
                "(index unless changed)",
            )
        doc.set_defaults(handler=cmd_print_cards)
    for name, help_text in (
        ("guide", "a curriculum's facilitator guide: cover, agenda overview, every module"),
        ("handouts", "a curriculum's participant worksheets, with room to write"),
    ):
        doc = documents.add_parser(name, parents=[data_dir], help=help_text)
        doc.add_argument("curriculum", metavar="CURRICULUM", help="a name or a path")
        doc.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
        doc.add_argument(
            "--meeting",
            metavar="ID",
            type=meeting_id,
            default=None,
            help="print it for this training, made from CURRICULUM or another edition of it: "
            "its title and date, and its agenda's clock times; ticks its “Guide printed”"
            if name == "guide"
            else "print them for this training, made from CURRICULUM or another edition of "
            "it: ticks its “Handouts printed”",
        )
        doc.set_defaults(handler=cmd_print_curriculum)
    report = documents.add_parser(
        "report",
        parents=[data_dir],
        help="the meeting report: attendance, planned vs actual, decisions, airtime equity, "
        "commitments",
    )
    report.add_argument("--meeting", metavar="ID", type=meeting_id, required=True)
    report.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    report.add_argument(
        "--per-person",
        action="store_true",
        help="the facilitator's copy: adds airtime per person and who committed to what",
    )
    report.set_defaults(handler=cmd_print_report)
    calls = documents.add_parser(
        "call-list",
        parents=[data_dir],
        help="open follow-ups as a call list, a person to a row, the most recent first",
    )
    calls.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    calls.add_argument("--organizer", metavar="NAME", default="", help="only this organizer's")
    calls.add_argument(
        "--since",
        type=_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="only commitments made at meetings on or after this day",
    )
    calls.set_defaults(handler=cmd_print_call_list)
    period = documents.add_parser(
        "period",
        parents=[data_dir],
        help="figures for a period, counts only: meetings held, people reached, first-timers "
        "by month, professions, airtime, commitments, trainings",
    )
    period.add_argument(
        "--from",
        dest="since",
        type=_date,
        required=True,
        metavar="YYYY-MM-DD",
        help="the first day of the period",
    )
    period.add_argument(
        "--to",
        dest="until",
        type=_date,
        required=True,
        metavar="YYYY-MM-DD",
        help="its last day (both days included)",
    )
    period.add_argument(
        "--group",
        metavar="ID",
        default=None,
        help="only the meetings of this group (its id, or its name)",
    )
    period.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    period.set_defaults(handler=cmd_print_period)
    roles = documents.add_parser(
        "role-cards",
        parents=[data_dir],
        help="a card for each role at the meeting, to hand out: its duty, what to do, the "
        "timekeeper's times; index cards, 3 to a Letter sheet (Avery 5388)",
    )
    roles.add_argument("--meeting", metavar="ID", type=meeting_id, required=True)
    roles.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    roles.add_argument(
        "--assigned-only",
        action="store_true",
        help="no card for a role nobody holds (by default it gets one with a line for the name)",
    )
    roles.set_defaults(handler=cmd_print_role_cards)
    for name, document in documents.choices.items():
        curriculum_document = name in ("guide", "handouts")
        document.add_argument(
            "--language",
            choices=("en", "es"),
            default=None,
            help="the language of its headings and labels, and of what this command says "
            "(default: the curriculum's own for the document, else the app's, as chosen in its "
            "Settings)"
            if curriculum_document
            else "the language of its headings and labels, and of what this command says "
            "(default: the app's, as chosen in its Settings)",
        )

    curricula = commands.add_parser("curricula", help="list and check curriculum files")
    curricula_commands = curricula.add_subparsers(
        dest="curricula_command", metavar="ACTION", required=True
    )
    check = curricula_commands.add_parser(
        "check",
        parents=[data_dir],
        help="validate curricula; print each problem as file:line: message (exit 1 if any)",
    )
    check.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="curriculum folders, curriculum.md files, or folders of them (default: the "
        "library: the bundled curricula and your own, in the data folder)",
    )
    check.set_defaults(handler=cmd_curricula_check)
    library = curricula_commands.add_parser(
        "list",
        parents=[data_dir],
        help="the library, one curriculum a line: name, minutes, title (bundled and your own)",
    )
    library.set_defaults(handler=cmd_curricula_list)

    training = commands.add_parser("training", help="trainings made from curricula")
    training_commands = training.add_subparsers(
        dest="training_command", metavar="ACTION", required=True
    )
    new_training = training_commands.add_parser(
        "new",
        parents=[data_dir],
        help="create a training meeting from a curriculum (agenda, rotations, commitments); "
        "print its id",
    )
    new_training.add_argument("curriculum", metavar="CURRICULUM", help="a name or a path")
    new_training.add_argument(
        "--date", type=_date, default=None, help="YYYY-MM-DD (default: today)"
    )
    new_training.add_argument(
        "--start", type=_time, default=dt.time(10, 0), help="HH:MM (default 10:00)"
    )
    new_training.add_argument("--place", default="")
    new_training.set_defaults(handler=cmd_training_new, creates=True)

    follow_ups = commands.add_parser(
        "follow-ups",
        parents=[data_dir],
        help="list follow-ups across meetings, overdue first: due, status, person, commitment",
    )
    follow_ups.add_argument("--all", action="store_true", help="include done and declined")
    follow_ups.set_defaults(handler=cmd_follow_ups)

    export = commands.add_parser("export", help="write data for other tools")
    exports = export.add_subparsers(dest="export", metavar="WHAT", required=True)
    ics = exports.add_parser(
        "follow-ups", parents=[data_dir], help="open follow-ups as an iCalendar (.ics) file"
    )
    ics.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.ics")
    ics.set_defaults(handler=cmd_export_follow_ups)
    from meetingkit.cli_exports import register as register_exports

    register_exports(commands, exports, data_dir)
    from meetingkit import cli_privacy

    cli_privacy.register(commands, data_dir)
    from meetingkit import cli_people

    cli_people.register(commands, data_dir)

    serve = commands.add_parser(
        "serve",
        parents=[data_dir],
        help="serve a meeting's sign-in form on the local network; prints its URL first, "
        "then a line for each sign-in (its time and the counts, never a name)",
    )
    serve.add_argument("--meeting", metavar="ID", type=meeting_id, required=True)
    serve.add_argument(
        "--host",
        metavar="ADDR",
        type=host,
        default=None,
        help="this laptop's address to serve on (default: its LAN address)",
    )
    serve.add_argument(
        "--port",
        metavar="N",
        type=port,
        default=None,
        help="the port to serve on (default: the one the meeting's sign-in was last opened on "
        "in the app, else 8765)",
    )
    serve.add_argument("--no-rate-limit", action="store_true", help=argparse.SUPPRESS)
    serve.set_defaults(handler=cmd_serve)

    shot = commands.add_parser(
        "screenshot",
        parents=[data_dir],
        help="render a view offscreen to a PNG (no display needed)",
    )
    from meetingkit.app import SCREENSHOT_VIEWS
    from meetingkit.core.settings import THEMES

    shot.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.png")
    shot.add_argument(
        "--view",
        default="main",
        metavar="VIEW",
        help="one of: " + ", ".join(SCREENSHOT_VIEWS) + " (default main)",
    )
    shot.add_argument(
        "--theme", choices=THEMES, default="system", help="the colour theme (default system)"
    )
    shot.add_argument(
        "--language", choices=("en", "es"), default="en", help="the language (default en)"
    )
    shot.add_argument("--meeting", metavar="ID", type=meeting_id, help="the meeting to show")
    shot.add_argument("--size", type=_size, default=(1280, 800), metavar="WxH")
    shot.add_argument("--demo", action="store_true", help="render the demo instead of your data")
    shot.set_defaults(handler=cmd_screenshot)
    return parser


def parse_args(words: Sequence[str]) -> argparse.Namespace:
    """Parse the command line (without the program name)."""
    # Opening the app is the common case: skip building every command's parser (~4 ms of
    # start-up, bench/startup.py). Any command word, or a request for help, gets them all.
    opens_app = not any(w in COMMANDS or w in ("-h", "--help") for w in words)
    parser = _app_parser(_data_dir_option()) if opens_app else build_parser()
    args = parser.parse_args(words)
    if not hasattr(args, "data_dir"):  # SUPPRESS (above) leaves it out when not given
        args.data_dir = None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if any(not arg.isascii() and _undecodable(arg) for arg in argv):
        print(
            "meetingkit: an argument is not UTF-8 text. Set the terminal to UTF-8 "
            "(LANG=C.UTF-8 or en_US.UTF-8) and type it again.",
            file=sys.stderr,
        )
        return 2
    args = parse_args(argv)
    # Whatever meetingkit writes (the database and the files beside it, a data folder's
    # leftovers, exports) is this user's only: the data folder may be one others can read.
    # The database is also made private as it opens (storage.database.keep_private).
    mask = os.umask(0o077)
    try:
        return _carry_out(args)
    finally:
        os.umask(mask)


def _carry_out(args: argparse.Namespace) -> int:
    """Carry out the parsed command line, saying what went wrong as the command's words."""
    try:
        if getattr(args, "command", None) not in OWN_LANGUAGE:
            from meetingkit.app import speak

            speak(command_language(args))
        if _counts_professions(args):
            from meetingkit.app import lend_voices

            lend_voices()  # professions typed in any language count as one
        handler = getattr(args, "handler", cmd_gui)
        status = int(handler(args))
        if status == 0 and getattr(args, "command", None) == "print":
            _say_if_not_pdf(args.output)
        return status
    except MeetingkitError as e:
        print(f"meetingkit: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`meetingkit meeting list | head`): stop quietly, as other
        # commands do. Python's own flush of stdout at exit would fail again, so point it at
        # nothing first (the recipe of Python's signal module documentation).
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except OSError as e:  # the system said no (a name too long, a drive gone): say what
        where = f" ({e.filename})" if e.filename else ""
        print(f"meetingkit: {e.strerror or e}{where}.", file=sys.stderr)
        return 1
    except Exception as e:
        refused = _database_refusal(e)
        if refused is None:
            raise
        print(f"meetingkit: {refused}", file=sys.stderr)
        return 1


# What opens no window speaks the app's language, or the command's --language: in what it
# says and in what it writes (a PDF, the demo). Not the app itself, which installs its own;
# `screenshot`, a picture in its --language (English unless told), with an application of its
# own; nor `serve`, whose lines are in English still.
OWN_LANGUAGE = frozenset({None, "screenshot", "serve"})
# The locale variables Qt reads for the desktop's language on Linux, in its order
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


def command_language(args: argparse.Namespace) -> str:
    """The language a command speaks: its --language when given, else the app's."""
    return str(getattr(args, "language", None) or app_language())


def app_language(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> str:
    """The app's language as chosen in its Settings (saved in the config folder): "en" or
    "es"; for "System", the desktop's when meetingkit speaks it, else English, as the app
    decides (ui.language.resolve). Only Qt knows the desktop's language for sure; it is
    asked only when the locale variables leave it in doubt: on Linux an English or unset
    locale (a server, a script) loads no Qt."""
    from meetingkit.services.settings_file import load_settings

    setting = load_settings().settings.language
    if setting != "system":
        return setting
    if platform not in ("darwin", "win32") and all(
        _english_or_none(name)
        for variable in LOCALE_VARIABLES
        for name in environ.get(variable, "").split(":")
    ):
        return "en"
    from meetingkit.ui.pyside_import import skip_feature_scan

    skip_feature_scan()
    from meetingkit.ui.language import resolve

    return resolve(setting)


def _english_or_none(locale: str) -> bool:
    """'en_US.UTF-8', 'C.UTF-8', 'POSIX', '': no language other than English."""
    return locale.split(".")[0].split("_")[0].split("@")[0] in ("", "C", "POSIX", "en")


# The commands that count people by profession: a report's figures, the counts a purge keeps
# in their place (`purge --meeting` and `purge --due`), badges and tents; and those that save
# the professions people give: a phone's sign-in (`serve`) and a roster (`import roster`). A
# profession typed in any language meetingkit speaks ("Enfermera registrada") folds into one
# (core.person.canonical_profession) only with every language's words lent, as the app has
# them; without, a report printed here, or the counts a purge keeps, would differ from the
# app's, and a record saved here would keep "Enfermera registrada" where the app's has
# "Registered nurse (RN)". (What a phone typed stays with its sign-in, as in the app.)
_COUNTING_PROFESSIONS = frozenset(
    {
        ("print", "report"),
        ("print", "badges"),
        ("print", "tents"),
        ("print", "period"),
        ("purge", None),
        ("serve", None),
        ("import", "roster"),
    }
)


def _counts_professions(args: argparse.Namespace) -> bool:
    what = getattr(args, "document", None) or getattr(args, "import_what", None)
    return (getattr(args, "command", None), what) in _COUNTING_PROFESSIONS


def _say_if_not_pdf(output: Path) -> None:
    """Every `print` command writes a PDF: under another name (`-o figures.txt`) it is written
    all the same, as asked, but said, since the name will not open it in a PDF reader."""
    if output.suffix.casefold() != ".pdf":
        print(
            fill(
                translate("Command line", "Note: %1 is a PDF; its name does not end in .pdf."),
                output,
            ),
            file=sys.stderr,
        )


def _undecodable(arg: str) -> bool:
    """Bytes that were not UTF-8, which Python keeps as lone surrogates."""
    try:
        arg.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _database_refusal(error: Exception) -> str | None:
    """One line for an error the database gave mid-command (the disk filled, the file became
    read-only), or None for a bug, which keeps its traceback."""
    import sqlite3

    from meetingkit.storage.database import refusal

    return refusal(error) if isinstance(error, sqlite3.Error) else None


def _data_dir(args: argparse.Namespace) -> Path:
    explicit = getattr(args, "data_dir", None)
    if explicit or os.environ.get(ENV_VAR):
        return resolve_data_dir(explicit)
    return resolve_data_dir(None, configured=_settings().data_dir)


def _settings() -> Settings:
    """The facilitator's settings (the Settings dialog's), or the defaults."""
    from meetingkit.services.settings_file import load_settings

    loaded = load_settings()
    if loaded.problem:
        print(f"meetingkit: {loaded.problem}", file=sys.stderr)
    return loaded.settings


def _open(args: argparse.Namespace) -> sqlite3.Connection:
    """The command's database, with its passphrase when the file is encrypted; read-only
    when the command only reads and the file cannot be written (a full disk)."""
    from meetingkit.cli_privacy import open_database

    return open_database(database_file(args), reading=_only_reads(args))


# Commands that only read the data: on a full disk or a read-only drive they still print,
# list and export it, from the file opened read-only (`meetingkit backup` too: cli_privacy).
READING_COMMANDS = ("export", "follow-ups", "person", "print")


def _only_reads(args: argparse.Namespace) -> bool:
    command = getattr(args, "command", None)
    if getattr(args, "document", None) == "cards" and not args.only_blank:
        return False  # each card's ID is saved, for its QR code to be read back
    return command in READING_COMMANDS or getattr(args, "meeting_command", None) == "list"


def database_file(args: argparse.Namespace) -> Path:
    """The command's database file. Only the commands that make data (`creates`: a new
    meeting, the demo, a restore) start a new folder; the others refuse one with no data."""
    folder = _data_dir(args)
    creates = getattr(args, "creates", False) and not getattr(args, "dry_run", False)
    return database_path(folder) if creates else existing_database(folder)


@contextmanager
def _database(args: argparse.Namespace) -> Iterator[sqlite3.Connection]:
    """The command's database, open for the `with` block and closed after, whatever happens."""
    conn = _open(args)
    try:
        yield conn
    finally:
        conn.close()


def cmd_gui(args: argparse.Namespace) -> int:
    from meetingkit.app import NO_DISPLAY_MESSAGE, display_available, run_gui

    if not display_available():  # say so before spending time on a demo we cannot show
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 2
    from meetingkit.services.settings_file import Preferences

    preferences = Preferences.load()
    if args.demo:
        from meetingkit.app import run_demo_gui

        return run_demo_gui(preferences, meeting_id=args.meeting)
    given = bool(args.data_dir or os.environ.get(ENV_VAR))
    data_dir = resolve_data_dir(args.data_dir, configured=preferences.settings.data_dir)
    return run_gui(data_dir, meeting_id=args.meeting, preferences=preferences, data_dir_given=given)


def cmd_demo(args: argparse.Namespace) -> int:
    from meetingkit.services.demo import write_demo

    if getattr(args, "data_dir", None) is None and not os.environ.get(ENV_VAR):
        raise MeetingkitError(
            translate(
                "Command line",
                "Say where to write the demo with --data-dir DIR, so it never mixes with your "
                "real meetings.",
            )
        )
    conn = _open(args)
    try:
        held = conn.execute(
            "SELECT EXISTS (SELECT 1 FROM meetings) OR EXISTS (SELECT 1 FROM people) "
            "OR EXISTS (SELECT 1 FROM groups)"
        ).fetchone()[0]
        if held:  # a roster imported before the first meeting is real data too
            raise MeetingkitError(
                fill(
                    translate(
                        "Command line",
                        "%1 already holds meetings, people or groups. The demo goes in a folder "
                        "of its own, so it never mixes with real ones: choose a new or empty "
                        "folder.",
                    ),
                    _data_dir(args),
                )
            )
        print(write_demo(conn, dt.datetime.now()).meeting_id)
    finally:
        conn.close()
    return 0


def cmd_meeting_new(args: argparse.Namespace) -> int:
    from meetingkit.storage.meetings import MeetingStore

    conn = _open(args)
    try:
        meeting = MeetingStore(conn).create(
            Meeting(
                title=args.title,
                kind=MeetingKind(args.kind),
                date=args.date or dt.date.today(),
                start=args.start,
                place=args.place,
                planned_minutes=args.minutes,
            ),
            retention_days=_settings().new_meeting_retention,
        )
    finally:
        conn.close()
    print(meeting.id)
    return 0


def cmd_meeting_list(args: argparse.Namespace) -> int:
    from meetingkit.storage.meetings import MeetingStore

    conn = _open(args)
    try:
        for m in MeetingStore(conn).all():
            print(f"{m.id}\t{m.date.isoformat()}\t{m.kind.value}\t{m.title}")
    finally:
        conn.close()
    return 0


def cmd_screenshot(args: argparse.Namespace) -> int:
    from meetingkit.app import render_demo_screenshot, render_screenshot

    picture = {
        "view": args.view,
        "meeting_id": args.meeting,
        "size": args.size,
        "theme": args.theme,
        "language": args.language,
    }
    if args.demo:
        render_demo_screenshot(args.output, **picture)
    else:
        folder = _data_dir(args)
        key = None
        if args.view not in ("welcome", "settings"):  # the others picture the data
            from meetingkit.cli_privacy import passphrase_for

            key = passphrase_for(existing_database(folder))
        render_screenshot(folder, args.output, key=key, **picture)
    print(args.output)
    return 0


def _port(args: argparse.Namespace, signins: SignInStore) -> int:
    """--port, else the port the meeting's sign-in was last served on in the app (or the
    latest meeting's, for one never served), else the default: the port a poster printed here
    and sign-in opened in the app agree on."""
    from meetingkit.core.signin import DEFAULT_PORT

    if args.port is not None:
        return int(args.port)
    last = signins.last_served(args.meeting)
    return last.port if last is not None else DEFAULT_PORT


def cmd_print(args: argparse.Namespace) -> int:
    from meetingkit.core.clock import WallAnchoredClock
    from meetingkit.services.printing.meeting_documents import MeetingDocuments

    conn = _open(args)
    try:
        documents = MeetingDocuments(conn, WallAnchoredClock())
        if args.document == "poster":
            from meetingkit.core.signin import signin_url
            from meetingkit.services.signin_server import lan_address
            from meetingkit.storage.signin import SignInStore

            signins = SignInStore(conn)
            token = signins.settings(args.meeting).token
            url = signin_url(args.host or lan_address(), _port(args, signins), token)
            if args.wifi_password and not args.wifi_ssid:
                raise MeetingkitError(
                    translate(
                        "Command line",
                        "--wifi-password needs --wifi-ssid, the name of the Wi-Fi to join: the "
                        "poster's Wi-Fi code holds both.",
                    )
                )
            wifi = (args.wifi_ssid, args.wifi_password) if args.wifi_ssid else None
            documents.poster(args.meeting, args.output, url, wifi)
            print(f"{args.output}\t" + fill(translate("Command line", "its code leads to %1"), url))
            return 0
        elif args.document == "signin-sheet":
            documents.signin_sheet(args.meeting, args.output, args.rows)
        else:
            make = documents.agenda if args.document == "agenda" else documents.minutes
            make(args.meeting, args.output)
    finally:
        conn.close()
    print(args.output)
    return 0


def cmd_print_cards(args: argparse.Namespace) -> int:
    from meetingkit.core.clock import WallAnchoredClock
    from meetingkit.services.commitment_desk import CommitmentDesk
    from meetingkit.storage.meetings import MeetingStore

    with _database(args) as conn:
        desk = CommitmentDesk(MeetingStore(conn).get(args.meeting), conn, WallAnchoredClock())
        if args.document == "cards":
            count = desk.print_cards(
                args.output,
                args.layout or _settings().card_layout,
                personalized=not args.only_blank,
                blank=args.blank,
            )
        else:
            write = desk.print_badges if args.document == "badges" else desk.print_tents
            count = write(args.output, blank=args.blank, personalized=not args.only_blank)
    print(f"{args.output}\t{_printed_count(args.document, count)}")
    return 0


def _printed_count(document: str, n: int) -> str:
    """'12 cards', '1 badge', '2 tents': what `print cards`, `badges` or `tents` made."""
    if document == "cards":
        one, many = translate("Command line", "1 card"), translate("Command line", "%1 cards")
    elif document == "badges":
        one, many = translate("Command line", "1 badge"), translate("Command line", "%1 badges")
    else:
        one, many = translate("Command line", "1 tent"), translate("Command line", "%1 tents")
    return one if n == 1 else fill(many, n)


def cmd_print_report(args: argparse.Namespace) -> int:
    from meetingkit.core.clock import WallAnchoredClock
    from meetingkit.services.meeting_report import render_report

    with _database(args) as conn:
        report = render_report(
            conn, WallAnchoredClock(), args.meeting, args.output, per_person=args.per_person
        )
    print(args.output)
    if args.per_person and not report.facilitator_copy:
        print(
            translate(
                "Command line",
                "The meeting's names were purged: this is the shared report, with the counts kept.",
            ),
            file=sys.stderr,
        )
    return 0


def cmd_print_call_list(args: argparse.Namespace) -> int:
    from meetingkit.core.clock import WallAnchoredClock
    from meetingkit.services.follow_ups import FollowUps

    with _database(args) as conn:
        printed = FollowUps(conn, WallAnchoredClock()).print_call_list(
            args.output, organizer=args.organizer, since=args.since
        )
    # A row per person, with all their follow-ups: "12 people to call (17 follow-ups)".
    people = (
        translate("Command line", "1 person to call")
        if printed.people == 1
        else fill(translate("Command line", "%1 people to call"), printed.people)
    )
    follow_ups = _follow_ups(printed.follow_ups)
    print(f"{args.output}\t{people} ({follow_ups})")
    return 0


def cmd_print_role_cards(args: argparse.Namespace) -> int:
    from meetingkit.core.clock import WallAnchoredClock
    from meetingkit.services.printing.role_cards import RoleCards

    with _database(args) as conn:
        printed = RoleCards(conn, WallAnchoredClock()).print(
            args.meeting, args.output, unassigned=not args.assigned_only
        )
    blank = printed.cards - printed.named
    cards = (
        translate("Command line", "1 role card")
        if printed.cards == 1
        else fill(translate("Command line", "%1 role cards"), printed.cards)
    )
    by_hand = fill(translate("Command line", "%1 (%2 to fill in by hand)"), cards, blank)
    print(f"{args.output}\t{by_hand if blank else cards}")
    return 0


def cmd_print_period(args: argparse.Namespace) -> int:
    from meetingkit.core.clock import WallAnchoredClock
    from meetingkit.services.curriculum_library import CurriculumLibrary
    from meetingkit.services.period_report import PeriodReports

    library = CurriculumLibrary(_data_dir(args))
    with _database(args) as conn:
        reports = PeriodReports(conn, WallAnchoredClock(), library)
        group = None if args.group is None else reports.group_called(args.group)
        figures = reports.render(args.since, args.until, args.output, group)
    meetings = (
        translate("Command line", "1 meeting")
        if figures.meetings == 1
        else fill(translate("Command line", "%1 meetings"), figures.meetings)
    )
    attended = fill(translate("Command line", "%1, %2 attended"), meetings, figures.attendance)
    print(f"{args.output}\t{attended}")
    return 0


def cmd_follow_ups(args: argparse.Namespace) -> int:
    from meetingkit.core.clock import WallAnchoredClock
    from meetingkit.services.follow_ups import FollowUps

    with _database(args) as conn:
        follow_ups = FollowUps(conn, WallAnchoredClock())
        now = follow_ups.now()
        for row in follow_ups.rows(include_closed=args.all):
            c = row.commitment
            late = "overdue" if c.overdue(now) else c.status.value
            print(
                f"{c.follow_up_due:%Y-%m-%d %H:%M}\t{late}\t{row.person_name}\t{c.text}"
                f"\t{row.organizer_name or '-'}"
            )
    return 0


def cmd_export_follow_ups(args: argparse.Namespace) -> int:
    from meetingkit.core.clock import WallAnchoredClock
    from meetingkit.services.follow_ups import FollowUps

    with _database(args) as conn:
        count = FollowUps(conn, WallAnchoredClock()).export_calendar(args.output)
    print(f"{args.output}\t{_follow_ups(count)}")
    return 0


def _follow_ups(n: int) -> str:
    """'1 follow-up', '17 follow-ups'."""
    if n == 1:
        return translate("Command line", "1 follow-up")
    return fill(translate("Command line", "%1 follow-ups"), n)


def cmd_curricula_check(args: argparse.Namespace) -> int:
    """The curricula at the paths given; with none, the library, as the app's Curricula page
    lists it: the bundled curricula, then the data folder's, each under a line saying which."""
    from meetingkit.services.curricula import check_folder, check_paths

    if args.paths:
        problems = check_paths(args.paths)
        for problem in problems:
            print(problem)
    else:
        library = _library(args)
        problems = []
        for whose, folder in (
            (translate("Command line", "Bundled curricula (%1): %2"), library.bundled_dir),
            (translate("Command line", "Your curricula (%1): %2"), library.user_dir),
        ):
            count, found = check_folder(folder)
            print(fill(whose, folder, _checked(count, found)))
            for problem in found:
                print(problem)
            problems += found
    if not problems:
        print(translate("Command line", "No problems found."))
    return 1 if problems else 0


def _checked(count: int, problems: Sequence[object]) -> str:
    """'14 checked, no problems.', '3 checked, 2 problems:', 'none yet.'"""
    if not count and not problems:
        return translate("Command line", "none yet.")
    if not problems:
        return fill(translate("Command line", "%1 checked, no problems."), count)
    if len(problems) == 1:
        return fill(translate("Command line", "%1 checked, 1 problem:"), count)
    return fill(translate("Command line", "%1 checked, %2 problems:"), count, len(problems))


def _library(args: argparse.Namespace) -> CurriculumLibrary:
    from meetingkit.services.curriculum_library import CurriculumLibrary

    return CurriculumLibrary(_data_dir(args))


def _curriculum(args: argparse.Namespace, name: str) -> Curriculum:
    from meetingkit.services.curricula import load_curriculum

    path = _library(args).find(name)
    curriculum, problems = load_curriculum(path)
    if curriculum is None:
        details = "\n".join(str(p) for p in problems)
        said = fill(translate("Command line", "%1 has problems; fix them first:"), path)
        raise MeetingkitError(f"{said}\n{details}")
    return curriculum


def _lend_voices_for(curriculum: Curriculum) -> None:
    """What is written from `curriculum` (its guide, its handouts, a training's agenda notes)
    speaks its language: Qt's translator for it is loaded only when that differs from ours."""
    if i18n.is_other_language(curriculum.language):
        from meetingkit.app import lend_voices

        lend_voices()


def _refuse_other_edition(args: argparse.Namespace, curriculum: Curriculum) -> None:
    """Refuse `--language` in another language than the curriculum's when the library has
    the curriculum in that language: the trainer wants that edition, not the curriculum's
    words under headings in another language. Without one, print as asked."""
    wanted = args.language
    if not wanted or not curriculum.language or wanted == curriculum.language:
        return
    editions = [entry.slug for entry in _library(args).editions(curriculum, wanted)]
    if not editions:
        return
    names = {"en": translate("Command line", "English"), "es": translate("Command line", "Spanish")}
    written, asked = (names.get(code, code) for code in (curriculum.language, wanted))
    listed = translate("Command line", " or ").join(editions)
    # The same command with the edition's name: for the same training, in the same data
    # folder (a training's guide prints from another edition, on its clock: training_times)
    command = ["meetingkit", "print", args.document, editions[0]]
    if args.meeting is not None:
        command += ["--meeting", str(args.meeting)]
    command += ["-o", str(args.output)]
    if getattr(args, "data_dir", None):
        command += ["--data-dir", str(args.data_dir)]
    raise MeetingkitError(
        fill(
            translate(
                "Command line",
                "%1 is written in %2: with --language %3 only meetingkit's headings would be in "
                "%4, around %2 content. Its %4 edition is %5: %6",
            ),
            curriculum.slug,
            written,
            wanted,
            asked,
            listed,
            shlex.join(command),
        )
    )


def cmd_print_curriculum(args: argparse.Namespace) -> int:
    """A curriculum's guide or handouts; with --meeting, for that training, made from it or
    from another edition of it: the guide on the training's clock, and either noted as
    printed for it, which ticks its guided path's step, as printing from the path does."""
    curriculum = _curriculum(args, args.curriculum)
    _refuse_other_edition(args, curriculum)
    if args.language is None:
        _lend_voices_for(curriculum)
    if args.meeting is None:
        _render_curriculum(args, curriculum)
    else:
        from meetingkit.core.clock import WallAnchoredClock
        from meetingkit.services.guided_path import GuidedPath
        from meetingkit.services.printing.training_times import times_for_training, training_of

        library = _library(args)
        with _database(args) as conn:
            if args.document == "guide":
                training = times_for_training(conn, args.meeting, curriculum, library)
                _render_curriculum(args, curriculum, training)
            else:
                training_of(conn, args.meeting, curriculum, library)
                _render_curriculum(args, curriculum)
            GuidedPath(conn, WallAnchoredClock()).record_printed(args.meeting, args.document)
    print(args.output)
    return 0


def _render_curriculum(
    args: argparse.Namespace, curriculum: Curriculum, training: TrainingTimes | None = None
) -> None:
    if args.document == "guide":
        from meetingkit.services.printing.guide_pdf import render_guide

        render_guide(args.output, curriculum, args.language, training)
    else:
        from meetingkit.services.printing.handouts_pdf import render_handouts

        render_handouts(args.output, curriculum, args.language)


def cmd_curricula_list(args: argparse.Namespace) -> int:
    for entry in _library(args).entries():
        c = entry.folder.curriculum
        where = "" if entry.bundled else "\t" + translate("Command line", "(yours)")
        if c is None:
            count = len(entry.folder.problems)
            problems = (
                translate("Command line", "1 problem")
                if count == 1
                else fill(translate("Command line", "%1 problems"), count)
            )
            print(f"{entry.slug}\t-\t{problems}{where}")
        else:
            print(f"{entry.slug}\t{c.total_minutes}\t{c.title}{where}")
    return 0


def cmd_training_new(args: argparse.Namespace) -> int:
    from meetingkit.services.training import create_training

    curriculum = _curriculum(args, args.curriculum)
    _lend_voices_for(curriculum)
    with _database(args) as conn:
        meeting = create_training(
            conn,
            curriculum,
            args.date or dt.date.today(),
            args.start,
            args.place,
            retention_days=_settings().new_meeting_retention,
        )
    print(meeting.id)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve until Ctrl+C; the first line printed is the sign-in URL, then one line for each
    sign-in as it arrives (`_arrivals`)."""
    from meetingkit.cli_privacy import passphrase_for

    path = database_file(args)
    key = passphrase_for(path)
    # This thread's one connection: what is to be served, read now, then the counting
    # (`_arrivals`). The server opens its own in its threads (one for the pages, one for
    # writing), SQLite connections staying in the thread that opened them.
    conn = open_db(path, key)
    try:
        return _serve(args, conn, path, key)
    finally:
        conn.close()


def _serve(args: argparse.Namespace, conn: sqlite3.Connection, path: Path, key: str | None) -> int:
    """`cmd_serve` on the database `conn` (this thread's), at `path` with passphrase `key`."""
    import queue

    from meetingkit.core.clock import WallAnchoredClock
    from meetingkit.core.signin import this_laptop_only
    from meetingkit.services.free_port import free_port_near
    from meetingkit.services.signin_server import (
        NoEvents,
        PortInUseError,
        RateLimit,
        SignInServer,
    )
    from meetingkit.services.signin_session import SignInSession
    from meetingkit.storage.meetings import MeetingStore
    from meetingkit.storage.signin import SignedIn, SignInState, SignInStore

    meeting = MeetingStore(conn).get(args.meeting)
    signins = SignInStore(conn)
    settings = signins.settings(meeting.key)
    token, phrase = settings.token, settings.phrase
    state = signins.state(meeting.key)
    serve_on = _port(args, signins)
    if state is SignInState.CLOSED:  # its server would turn every phone away
        print(
            "meetingkit: this meeting's personal data was purged: nobody can sign in to it. "
            "Open sign-in for a meeting that is to come (meetingkit meeting list).",
            file=sys.stderr,
        )
        return 1
    if state is SignInState.ENDED:  # the server tells phones so; whoever starts it should know too
        print(
            "meetingkit: this meeting has ended: phones that open the link are told so, "
            "and cannot sign in.",
            file=sys.stderr,
        )
    limit = RateLimit(per_minute=0) if args.no_rate_limit else None
    # What the server's thread hands to this one: ("in" or "out", the sign-in's id). Only the
    # id: nothing anyone typed crosses over, and this terminal shows none of it.
    handed: queue.SimpleQueue[tuple[str, int]] = queue.SimpleQueue()

    class Problems(NoEvents):
        """Tell whoever watches this terminal when a phone's sign-in could not be saved, and
        hand each sign-in and each one taken back to the loop below (called in the server's
        thread; the counting is done in this one, with its own connection: `conn`)."""

        def signed_in(self, signed: SignedIn) -> None:
            handed.put(("in", signed.id))

        def withdrawn(self, signin_id: int) -> None:
            handed.put(("out", signin_id))

        def not_saved(self, reason: str) -> None:
            print(f"meetingkit: a phone's sign-in was not saved: {reason}", file=sys.stderr)

    clock = WallAnchoredClock()
    server = SignInServer(
        path,
        meeting.key,
        clock,
        host=args.host,
        port=serve_on,
        limit=limit,
        key=key,
        events=Problems(),
    )
    session = SignInSession(meeting, conn, path, clock, key)
    earlier = {s.id for s in session.signed_in()}  # read before any phone can add one
    try:
        server.start()
    except PortInUseError as e:  # say which port would do, as the Sign-in tab offers one
        print(f"meetingkit: {e}", file=sys.stderr)
        free = free_port_near(e.host, e.port)
        if free is not None:
            print(
                f"meetingkit: port {free} is free: add --port {free}. A poster or QR code "
                f"made for port {e.port} will not open it: print the poster again.",
                file=sys.stderr,
            )
        return 1
    try:
        if this_laptop_only(server.url(token)):  # said before the address, not raced by Ctrl+C
            print(
                "meetingkit: this address opens only on this computer: phones cannot reach "
                "it. To sign people in on their phones, serve on the laptop's network "
                "address (leave out --host).",
                file=sys.stderr,
                flush=True,
            )
        print(server.url(token), flush=True)
        print(
            f"Serving the sign-in for “{meeting.title}”. Verification phrase: {phrase}. "
            "Press Ctrl+C to stop.",
            flush=True,
        )
        _arrivals(server, handed, session, earlier)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


def _arrivals(
    server: SignInServer,
    handed: queue.SimpleQueue[tuple[str, int]],
    session: SignInSession,
    seen: set[int],
) -> None:
    """While `server` runs, a line for each sign-in `handed` over: the time, and how many
    people have signed in and how many of them are here for the first time, as the app's
    Sign-in tab counts them. Never a name, nor anything else a person typed: a terminal's
    scroll-back is no place for who came. A phone fixing its answers (a sign-in `seen`
    before, and not taken back since) is no new sign-in; one taken back is said so. Those
    handed over together (a room signing in at once) are counted once, for all their lines:
    counting reads every sign-in, and this thread shares the process with the server's."""
    import queue

    while server.running:
        try:
            events = [handed.get(timeout=0.5)]
        except queue.Empty:
            continue
        while True:
            try:
                events.append(handed.get_nowait())
            except queue.Empty:
                break
        lines = []
        for kind, signin_id in events:
            if kind != "in":
                seen.discard(signin_id)  # SQLite may give its id to the next sign-in
                lines.append(" (a sign-in was taken back)")
            elif signin_id not in seen:
                seen.add(signin_id)
                lines.append("")
        if not lines:
            continue
        # Counted as SignInSession.room does, reading only (not its quorum, whose settings a
        # meeting purged meanwhile would have made again)
        people = len({s.person_id for s in session.signed_in()})
        counts = f"{people} signed in · {len(session.first_timers())} first time"
        for taken_back in lines:
            print(f"{dt.datetime.now():%H:%M}  {counts}{taken_back}", flush=True)
