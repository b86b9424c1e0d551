"""The one place that builds and wires the application: database, stores, window.

Nothing else creates a QApplication or opens the user's database for the GUI.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from meetingkit.core.errors import MeetingkitError
from meetingkit.core.i18n import fill
from meetingkit.services.data_dir import LOCK_FILENAME, database_path
from meetingkit.storage import open_db
from meetingkit.ui.window_system import HINT

if TYPE_CHECKING:
    import sqlite3

    from PySide6.QtCore import QLockFile
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QApplication, QDialog

    from meetingkit.core.clock import Clock
    from meetingkit.services.printing.meeting_documents import MeetingDocuments
    from meetingkit.services.settings_file import Preferences
    from meetingkit.ui.main_window import MainWindow
    from meetingkit.ui.signin_tab import SignInTab
    from meetingkit.ui.unlock import Unlocked
    from meetingkit.ui.welcome import WelcomeDialog

STARTUP_PROBE_VAR = "MEETINGKIT_STARTUP_PROBE"  # bench/startup.py: print "shown" and quit
SCREENSHOT_VIEWS = (
    "main",
    "start",
    "meetings",
    "meeting",
    "people",
    "floor",
    "projector",
    "signin",
    "commitments",
    "report",
    "follow-ups",
    "curricula",
    "groups",
    "path",
    "privacy",
    "welcome",
    "settings",
)

# Views of one meeting: without --meeting they show the first one in the list.
MEETING_VIEWS = (
    "meetings",
    "meeting",
    "floor",
    "projector",
    "signin",
    "commitments",
    "report",
    "path",
)

NO_DISPLAY_MESSAGE = (
    f"meetingkit: no display found (DISPLAY and WAYLAND_DISPLAY are not set). {HINT}"
)


def display_available(
    environ: Mapping[str, str] = os.environ, platform: str = sys.platform
) -> bool:
    """Can Qt open a window here? Asked before Qt is loaded, because Qt aborts if it cannot."""
    if environ.get("QT_QPA_PLATFORM"):
        return True
    if platform.startswith("linux") or "bsd" in platform:
        return bool(environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))
    return True  # macOS and Windows always have their native platform


def _application(language_setting: str = "system", theme: str = "system") -> QApplication:
    """The QApplication, speaking the language and wearing the theme of the settings."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from meetingkit.ui.pyside_import import skip_feature_scan

    skip_feature_scan()  # first, so that what is imported from here on is not scanned
    from meetingkit import paths
    from meetingkit.services.settings_file import config_dir
    from meetingkit.ui import language
    from meetingkit.ui.window_system import open_application

    # Qt's own settings (its file dialog's recent folders) live in meetingkit's config folder,
    # beside settings.json, not in ~/.config/QtProject.conf (QA round 14a). Set before any
    # dialog reads or writes them.
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(config_dir()))
    app = QApplication.instance() or open_application(sys.argv[:1])
    assert isinstance(app, QApplication)
    # No application display name: Qt would add " — meetingkit" to every window title, and
    # the titles that should name the app already do ("meetingkit — projector").
    app.setApplicationName("meetingkit")
    # PNG, not the SVG source: loading the SVG plugin costs ~3 ms of start-up.
    app.setWindowIcon(QIcon(str(paths.resource("icons", "meetingkit.png"))))
    language.install(app, language_setting)
    # "system" too: it adds a focus ring that shows to the desktop's look (ui/theme.py)
    from meetingkit.ui.theme import apply_theme

    apply_theme(app, theme)
    return app


def speak(language: str) -> None:
    """Write documents in `language` ("en", "es") without a window: the command line's
    `print --language es`. English is the source language, so it loads no Qt at all."""
    if language == "en":
        return
    from PySide6.QtCore import QCoreApplication

    from meetingkit.ui.pyside_import import skip_feature_scan

    skip_feature_scan()
    from meetingkit.ui import language as languages

    # Qt's translator needs an application object; PySide keeps it alive once made.
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    languages.install(app, language)


def lend_voices() -> None:
    """Let documents speak a language other than the command line's (the guide of a Spanish
    curriculum printed without --language): loads Qt's translator, as `speak` does."""
    from meetingkit.ui.pyside_import import skip_feature_scan

    skip_feature_scan()
    from meetingkit.core import i18n
    from meetingkit.ui import language

    i18n.install_voices(language.voice_of)


def build_main_window(
    conn: sqlite3.Connection,
    data_dir: Path,
    *,
    today: dt.date | None = None,
    demo: bool = False,
    clock: Clock | None = None,
    key: str | None = None,
    preferences: Preferences | None = None,
    data_dir_given: bool = True,
) -> MainWindow:
    """The main window over an open database (`key`: its passphrase, when encrypted).

    `preferences`: the settings file to read and change (None: defaults, saved nowhere — the
    screenshots and tests); `data_dir_given`: the folder came from --data-dir or the
    environment, not from the settings. `today`: a day pinned (a test's, a screenshot's);
    None: the day the app's clock reads, each time it is asked (past midnight, the next)."""
    from meetingkit.core.clock import WallAnchoredClock
    from meetingkit.core.settings import Settings
    from meetingkit.services.sessions import Sessions
    from meetingkit.storage.database import purge_undo_leftovers
    from meetingkit.storage.meetings import MeetingStore
    from meetingkit.storage.people import PeopleStore
    from meetingkit.ui import damaged_data
    from meetingkit.ui.main_window import MainWindow
    from meetingkit.ui.today import clock_day, day_reader

    damaged_data.watch(data_dir)  # a damaged page found later names this folder's backups
    purge_undo_leftovers(conn)  # undo history does not outlive a session
    settings = (lambda: preferences.settings) if preferences is not None else None
    sessions = Sessions(
        conn, clock or WallAnchoredClock(), database_path(data_dir), key, settings or Settings
    )

    def documents() -> MeetingDocuments:  # printing is loaded when something is printed
        from meetingkit.services.printing.meeting_documents import MeetingDocuments

        return MeetingDocuments(conn, sessions.clock)

    return MainWindow(
        MeetingStore(conn),
        PeopleStore(conn),
        sessions,
        documents,
        clock_day(sessions.clock) if today is None else day_reader(today),
        data_dir,
        demo=demo,
        preferences=preferences,
        data_dir_given=data_dir_given,
    )


def run_gui(
    data_dir: Path,
    *,
    meeting_id: int | None = None,
    demo: bool = False,
    preferences: Preferences | None = None,
    data_dir_given: bool = True,
) -> int:
    """Open the main window on `data_dir`; return the process exit code. `preferences`: the
    settings (the first run's welcome is shown when they say it was never answered)."""
    if not display_available():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 2
    # Start-up allocates many objects that all live as long as the app (Qt wrappers, classes,
    # dataclasses); collecting them again and again while they are made only costs time
    # (~9 ms of start-up, bench/startup.py). The collector is back on once the window shows.
    gc.disable()
    try:
        return _run(data_dir, meeting_id, demo, preferences, data_dir_given)
    finally:
        gc.enable()


def run_demo_gui(preferences: Preferences, *, meeting_id: int | None = None) -> int:
    """`meetingkit --demo`: the app on a throwaway demo, deleted afterwards. The app speaks
    its language before the demo is written, so the demo's meetings, agendas and commitments
    are in the language they are read in."""
    if not display_available():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 2
    settings = preferences.settings
    _application(settings.language, settings.theme)
    from meetingkit.services.demo import throwaway_demo

    with throwaway_demo() as (folder, demo_meeting):
        return run_gui(
            folder, meeting_id=meeting_id or demo_meeting, demo=True, preferences=preferences
        )


def _run(
    data_dir: Path,
    meeting_id: int | None,
    demo: bool,
    preferences: Preferences | None,
    data_dir_given: bool,
) -> int:
    settings = preferences.settings if preferences is not None else None
    app = _application(settings.language, settings.theme) if settings else _application()
    from meetingkit.ui import unexpected_error

    if not isinstance(sys.excepthook, unexpected_error.UnexpectedErrors):
        unexpected_error.install()  # once: the welcome's demo runs this again

    first_step = None
    if preferences is not None and _first_run(preferences, data_dir, demo):
        welcome = _welcome(preferences, data_dir, data_dir_given)
        if welcome.first_step.value == "demo":
            from meetingkit.services.demo import throwaway_demo

            with throwaway_demo() as (folder, demo_meeting):
                return _run(folder, demo_meeting, True, preferences, True)
        data_dir, first_step = welcome.data_dir, welcome.first_step
    # The folder came from the settings (or is the usual one): when its data cannot be
    # opened, another can be chosen there and then, as in Settings; one given on the command
    # line is the command line's to change.
    can_choose = preferences is not None and not data_dir_given
    first_choice = data_dir
    while True:
        try:
            opened = _open_data(data_dir)
        except MeetingkitError as e:
            chosen = _cannot_open(e, data_dir, can_choose)
            if chosen is None:
                return 1
            data_dir, meeting_id = chosen, None  # the meeting asked for was the other data's
            continue
        if opened is None:
            return 1  # another window has the folder, or the passphrase was not given
        break
    lock, conn, unlocked = opened
    problem = preferences.problem if preferences is not None else ""
    if data_dir != first_choice and preferences is not None:
        problem = _keep_folder(preferences, data_dir) or problem
    window: MainWindow | None = None
    try:
        purged = _purge_due(conn)
        window = build_main_window(
            conn,
            data_dir,
            demo=demo,
            key=unlocked.key,
            preferences=preferences,
            data_dir_given=data_dir_given,
        )
        if unlocked.message or purged or problem:
            window.statusBar().showMessage(unlocked.message or purged or problem, 15_000)
        if meeting_id is not None:
            _open_meeting(window, conn, meeting_id)
        window.place_on_screen()  # no larger than the screen (a laptop at 125 %)
        window.show()
        if first_step is not None and first_step.value == "new meeting":
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, window.new_meeting)
        _quit_on_signals(app, window)
        # What exists now lives as long as the app: keep the collector from walking it again
        # and again (a full collection of the main window's objects stalled the clock by
        # 24 ms under sign-in load; bench/signin_load.py).
        gc.freeze()
        gc.enable()  # after the freeze: what start-up made is never walked again
        if os.environ.get(STARTUP_PROBE_VAR):
            from PySide6.QtCore import QTimer

            def probe() -> None:
                print("shown", flush=True)
                app.quit()

            QTimer.singleShot(0, probe)
        code = app.exec()
        unexpected_error.stop_showing()  # the app has quit: no box brings its loop back
        return code
    finally:
        if window is not None:
            _let_go(window)  # first: nothing in it may read the data once it is closed
        conn.close()
        lock.unlock()


def _let_go(window: MainWindow) -> None:
    """Delete the main window and everything in it before the data closes, with the calls
    queued for the next event loop: its timers (the Start page's minute, the heartbeat, the
    agenda's and the floor's ticks, the sign-in tab's reads) and its pages' deferred reads
    go. Left, they read the closed data in the next event loop: the error box of an error
    that ended the start-up runs one (once app.exec() has returned, errors are printed
    only). The window has closed as on any quit by now (its closeEvent saved what it
    saves), unless an error ended the start-up or the window refused to close on a signal
    (`_quit_on_signals`: minutes the disk refused, as after a crash)."""
    from PySide6.QtCore import QCoreApplication
    from shiboken6 import delete, isValid

    if isValid(window):
        delete(window)
    # Every object's (None; the stubs want one): QTimer.singleShot(0, a page's method) too
    QCoreApplication.removePostedEvents(None, 0)  # type: ignore[arg-type]


def _open_data(data_dir: Path) -> tuple[QLockFile, sqlite3.Connection, Unlocked] | None:
    """The data in `data_dir` opened, with this app's hold on the folder; None when another
    window has it or the passphrase was not given (said, or asked, already). A folder or a
    file that cannot be used raises MeetingkitError, and nothing is changed."""
    from meetingkit.services.leftovers import sweep
    from meetingkit.ui.unlock import unlock_at_start

    path = database_path(data_dir)  # a usable folder (made if need be), or why not
    lock = _hold(data_dir)
    if lock is None:
        return None
    try:
        sweep(data_dir)  # copies of everyone's data that a killed backup or restore left
        # An encrypted file asks for its passphrase first; a change of encryption asked for
        # in the last session (it needs the file closed) is carried out here.
        unlocked = unlock_at_start(path)
        if unlocked is None:
            lock.unlock()
            return None  # nothing was opened
        return lock, open_db(path, unlocked.key), unlocked
    except BaseException:
        lock.unlock()  # another folder may be chosen: this one is not held meanwhile
        raise


def _cannot_open(error: MeetingkitError, data_dir: Path, can_choose: bool) -> Path | None:
    """Say why the data in `data_dir` did not open, in a box and on stderr. With `can_choose`
    (the folder is not the command line's) in a window's words, with *Choose another
    folder…*: the folder chosen then, or None. Nothing is changed, the settings included."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    title = QCoreApplication.translate("app", "meetingkit cannot open its data")
    said = _with_restore_advice(error, data_dir)
    print(f"meetingkit: {said}", file=sys.stderr)  # the command line's words
    if not can_choose:
        QMessageBox.critical(None, title, said)
        return None
    from meetingkit.ui.feedback import MessageBox
    from meetingkit.ui.file_dialog import FileDialog

    box = MessageBox(
        QMessageBox.Icon.Critical, title, _with_restore_advice(error, data_dir, in_window=True)
    )
    choose = box.addButton(
        QCoreApplication.translate("app", "&Choose another folder…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Close))
    while True:
        box.exec()
        if box.clickedButton() is not choose:
            return None
        folder = FileDialog.folder(
            None, QCoreApplication.translate("app", "Choose the data folder"), data_dir
        )
        if folder:
            return Path(folder)


def _keep_folder(preferences: Preferences, data_dir: Path) -> str:
    """Keep `data_dir`, chosen when the data folder of the settings did not open, as the
    settings' data folder (as Settings would); "" when kept, else why not (for the status
    bar: this session still uses it)."""
    from meetingkit.services.data_dir import default_data_dir

    try:
        preferences.change(data_dir="" if data_dir == default_data_dir() else str(data_dir))
    except MeetingkitError as e:
        return str(e)
    return ""


def _with_restore_advice(error: MeetingkitError, data_dir: Path, *, in_window: bool = False) -> str:
    """Why the data did not open; for a damaged file, also the newest backup and the exact
    command that restores it (the app cannot: it does not open on a damaged file).
    `in_window`: in the words of a window, for someone who opened meetingkit from its icon
    (the command line's words otherwise, as on stderr)."""
    from meetingkit.storage.database import CorruptDatabaseError, ForeignDatabaseError

    said = (error.in_window or str(error)) if in_window else str(error)
    if not isinstance(error, CorruptDatabaseError) or isinstance(error, ForeignDatabaseError):
        return said
    if in_window:
        from meetingkit.ui.damaged_data import restore_advice
    else:
        from meetingkit.services.backup import restore_advice

    return f"{said} {restore_advice(data_dir)}"


def _open_meeting(window: MainWindow, conn: sqlite3.Connection, meeting_id: int) -> None:
    """`meetingkit --meeting ID`: open it, or say in the status bar that it is not there (the
    meeting list opens instead of another meeting passing for it)."""
    from meetingkit.storage.meetings import MeetingStore

    try:
        MeetingStore(conn).get(meeting_id)
    except MeetingkitError as e:
        window.show_meetings()
        window.statusBar().showMessage(str(e), 15_000)
        return
    window.open_meeting(meeting_id)


def take_hold(data_dir: Path) -> QLockFile | None:
    """This process's hold on `data_dir`, or None if another meetingkit holds it: two windows
    on one folder would each write their own floor and stack over the other's, and a restore
    must not replace a file a window has open. A hold left by a crashed app is taken over
    (its process is gone).

    A hold that cannot be written — a read-only folder, a full disk — is no sign of another
    window: it is returned not held, and opening the database says what is wrong with the
    folder, in words that say what to do (not "use that window")."""
    from PySide6.QtCore import QLockFile

    lock = QLockFile(str(data_dir / LOCK_FILENAME))
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError:
        return lock  # not held: opening the database says what is wrong with the folder
    lock.setStaleLockTime(0)  # only a dead process's hold is stale, however long it ran
    if lock.tryLock(200) or lock.error() != QLockFile.LockError.LockFailedError:
        return lock
    return None


def _hold(data_dir: Path) -> QLockFile | None:
    """This app's hold on `data_dir` while it runs (`take_hold`), or None, said so, if
    another meetingkit window has it."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    lock = take_hold(data_dir)
    if lock is not None:
        return lock
    title = QCoreApplication.translate("app", "meetingkit is already open")
    text = fill(
        QCoreApplication.translate(
            "app",
            "meetingkit is already open on %1. Use that window: two windows on the same data "
            "would overwrite each other's changes.",
        ),
        str(data_dir),
    )
    QMessageBox.warning(None, title, text)
    print(f"meetingkit: {text}", file=sys.stderr)
    return None


def _first_run(preferences: Preferences, data_dir: Path, demo: bool) -> bool:
    """The welcome is for someone who has nothing yet: no database, never answered it."""
    from meetingkit.services.data_dir import DB_FILENAME

    if demo or preferences.settings.welcomed:
        return False
    try:
        return not (data_dir / DB_FILENAME).exists()
    except OSError:  # a folder that may not be looked into: opening it says so
        return True


def _welcome(preferences: Preferences, data_dir: Path, data_dir_given: bool) -> WelcomeDialog:
    """Ask the welcome's question and keep the answer (the demo asks again next time)."""
    from PySide6.QtWidgets import QMessageBox

    from meetingkit.ui.welcome import FirstStep, WelcomeDialog

    welcome = WelcomeDialog(
        data_dir,
        can_change_folder=not data_dir_given,
        language_setting=preferences.settings.language,
    )
    welcome.exec()
    changes: dict[str, object] = {"language": welcome.language_setting}
    if welcome.data_dir != data_dir:
        changes["data_dir"] = str(welcome.data_dir)
    if welcome.first_step is not FirstStep.DEMO:
        changes["welcomed"] = True
    try:
        preferences.change(**changes)
    except MeetingkitError as e:
        QMessageBox.warning(None, welcome.windowTitle(), str(e))
    return welcome


def _purge_due(conn: sqlite3.Connection) -> str:
    """Purge the personal data of meetings whose retention has run out, but one still running
    (services.privacy.purge_due_now); say so, or "". The window runs them again as the day
    changes while it is open (ui.day_purge.DayPurge).

    A purge that fails is reported and start-up goes on: the meeting is purged next time.
    """
    from meetingkit.ui.day_purge import purge_due

    return purge_due(conn, dt.date.today())[1]


def _quit_on_signals(app: QApplication, window: MainWindow) -> None:
    """Quit cleanly on Ctrl+C or SIGTERM (logout, `kill`): the window closes as on a quit
    (its closeEvent saves what it saves), then the database is closed and the demo folder
    removed. Nothing waits for an answer: every event loop ends at once, a modal box's too
    (Qt's own quit closes windows first, and a box with no Cancel button refused it: the
    signal went unheard), and a question the closing window asks (minutes the disk refused)
    returns unanswered. What the code after a box does, it does before the data closes:
    `_run` closes it once app.exec() has returned. Python runs signal handlers only between
    bytecodes, so a short timer hands it control while Qt's event loop waits."""
    import signal

    from PySide6.QtCore import QTimer
    from shiboken6 import isValid

    def stop(*_: object) -> None:
        app.exit(0)  # first: a box.exec() from here on returns without waiting
        if isValid(window) and window.isVisible():
            window.close()

    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, stop)
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(250)


def _check_view(view: str) -> None:
    if view not in SCREENSHOT_VIEWS:
        raise MeetingkitError(
            f"There is no view “{view}”. Choose one of: {', '.join(SCREENSHOT_VIEWS)}."
        )


def render_demo_screenshot(
    out: Path,
    *,
    view: str = "main",
    meeting_id: int | None = None,
    size: tuple[int, int] = (1280, 800),
    theme: str = "system",
    language: str = "en",
) -> None:
    """`render_screenshot` of a throwaway demo, written in the screenshot's language."""
    _check_view(view)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _application(language, theme)
    from meetingkit.services.demo import throwaway_demo

    with throwaway_demo() as (folder, demo_meeting):
        render_screenshot(
            folder,
            out,
            view=view,
            meeting_id=meeting_id or demo_meeting,
            size=size,
            demo=True,
            theme=theme,
            language=language,
        )


@dataclass(frozen=True)
class Staging:
    """How the guide's pictures (scripts/screenshots) show the app as an organizer sees it,
    not as the machine that makes them is: `folder` is the data folder the screens name (the
    data is in a temporary one), and the Sign-in tab shows the address and port a laptop on
    a venue's Wi-Fi would serve on (`signin_host`, `signin_port`), though the picture serves
    on this machine only, as every picture does."""

    folder: str
    signin_host: str
    signin_port: int


def render_screenshot(
    data_dir: Path,
    out: Path,
    *,
    view: str = "main",
    meeting_id: int | None = None,
    size: tuple[int, int] = (1280, 800),
    demo: bool = False,
    theme: str = "system",
    language: str = "en",
    key: str | None = None,
    clock: Clock | None = None,
    staging: Staging | None = None,
) -> None:
    """Render a view offscreen to a PNG; no display needed. `key`: the passphrase of an
    encrypted database; `clock`: the time it is in the picture (the wall clock's unless
    given); `staging`: for the guide's pictures (`Staging`)."""
    _check_view(view)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = _application(language, theme)
    if view in ("welcome", "settings"):
        shown = Path(staging.folder) if staging is not None else data_dir
        _save_picture(_dialog_picture(view, shown), out)
        return
    import tempfile

    from meetingkit.storage.copies import snapshot
    from meetingkit.storage.database import is_encrypted, passphrase_needed
    from meetingkit.ui.window_system import without_offscreen_notes

    db = database_path(data_dir)
    if key is None and is_encrypted(db):
        raise passphrase_needed(db)
    # The picture is taken of a private copy, made and deleted in the data folder (an
    # encrypted file's copy is encrypted with the same passphrase); one a killed picture left
    # there is swept first (services.leftovers).
    from meetingkit.services.leftovers import picture_prefix, sweep

    sweep(data_dir)
    try:
        place = tempfile.TemporaryDirectory(dir=data_dir, prefix=picture_prefix())
    except OSError as e:
        raise MeetingkitError(
            f"Cannot take the picture: it is taken of a copy of the data, made in {data_dir},"
            f" and that folder cannot be written ({e.strerror})."
        ) from e
    with place as folder, without_offscreen_notes():
        conn = open_db(snapshot(db, Path(folder), key), key)
        try:
            _picture_window(app, conn, data_dir, out, view, meeting_id, size, demo, clock, staging)
        finally:
            conn.close()


def _picture_window(
    app: QApplication,
    conn: sqlite3.Connection,
    data_dir: Path,
    out: Path,
    view: str,
    meeting_id: int | None,
    size: tuple[int, int],
    demo: bool,
    clock: Clock | None = None,
    staging: Staging | None = None,
) -> None:
    """The main window over `conn`, on `view`, saved to `out`."""
    if meeting_id is not None:
        from meetingkit.storage.meetings import MeetingStore

        MeetingStore(conn).get(meeting_id)  # a meeting that is not there is said, not shown
    today = dt.date.fromtimestamp(clock.now()) if clock is not None else dt.date.today()
    window = build_main_window(conn, data_dir, today=today, demo=demo, clock=clock)
    if view == "start":
        window.show_start()
    elif view == "people":
        window.show_people()
    elif meeting_id is not None:
        window.open_meeting(meeting_id)
    elif view in MEETING_VIEWS:
        window.show_meetings()
    if view == "floor":
        window.show_floor()
    if view == "commitments":
        window.meetings_page.view.show_commitments()
    if view == "report":
        window.meetings_page.view.show_report()
    if view == "follow-ups":
        window.show_follow_ups()
    if view == "curricula":
        window.show_curricula()
    if view == "privacy":
        window.show_privacy()
    if view == "groups":
        window.show_groups()
    if view == "path":
        window.meetings_page.view.show_path()
    signin = None
    if view == "signin":  # served on this machine only while the picture is taken
        window.meetings_page.view.show_signin()
        signin = window.meetings_page.view.signin_tab
        signin.serve("127.0.0.1", 0, for_picture=True)
        signin.refresh()
    if staging is not None:  # before the window is laid out, and again once it shows
        _stage(window, data_dir, staging, signin)
    window.resize(*size)
    window.show()
    app.processEvents()
    if staging is not None:
        _stage(window, data_dir, staging, signin)
        app.processEvents()
    picture = window.grab()
    if view == "projector":
        from PySide6.QtCore import QSize

        from meetingkit.ui.projector import render_preview

        room = window.meetings_page.view.room_view()
        if room is None:
            raise MeetingkitError("There is no meeting to show on the projector.")
        picture = render_preview(
            room.snapshot,
            room.item_title,
            room.item_remaining_ms,
            room.vocabulary,
            True,
            QSize(*size),
            room.rotation,
        )
    if signin is not None:
        signin.close_serving()
    _save_picture(picture, out)
    window.close()
    window.deleteLater()
    app.processEvents()


def _stage(window: MainWindow, data_dir: Path, staging: Staging, signin: SignInTab | None) -> None:
    """Name `staging.folder` where the window names the data folder, and show the sign-in
    served where `staging` says (`Staging`)."""
    from PySide6.QtWidgets import QLabel

    from meetingkit.core.signin import signin_url

    real = str(data_dir)
    window.data_folder.show_folder(staging.folder)  # the status bar's, and its tooltip
    for label in window.findChildren(QLabel):
        if real in label.text():
            label.setText(label.text().replace(real, staging.folder))
    session = signin.session if signin is not None else None
    if signin is not None and session is not None:
        url = signin_url(staging.signin_host, staging.signin_port, session.settings().token)
        signin.url_label.setText(url)
        signin.qr.set_data(url)
        if signin.address_combo.findData(staging.signin_host) < 0:
            signin.address_combo.insertItem(0, staging.signin_host, staging.signin_host)
        signin.address_combo.setCurrentIndex(signin.address_combo.findData(staging.signin_host))
        signin.port_spin.setValue(staging.signin_port)


def _dialog_picture(view: str, data_dir: Path) -> QPixmap:
    """The first-run welcome or the Settings dialog, as they open on `data_dir`."""
    from meetingkit.core.settings import Settings
    from meetingkit.ui.settings_dialog import SettingsDialog
    from meetingkit.ui.welcome import WelcomeDialog

    if view == "welcome":
        dialog: QDialog = WelcomeDialog(data_dir, can_change_folder=True)
    else:
        dialog = SettingsDialog(Settings(data_dir=str(data_dir)), data_dir, data_dir_given=False)
    dialog.adjustSize()
    dialog.show()
    picture = dialog.grab()
    dialog.close()
    dialog.deleteLater()
    return picture


def _save_picture(picture: QPixmap, out: Path) -> None:
    """Write the picture whole or not at all, and never over a database or a device: the same
    rules as every file the app saves (services.file_output)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    from meetingkit.services.file_output import replace_file

    kind = out.suffix.lstrip(".").upper() or "PNG"
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not picture.save(buffer, kind):
        raise MeetingkitError(
            f"Could not write {out.name}: {kind} is not a picture format. Use .png or .jpg."
        )
    buffer.close()
    replace_file(out, bytes(data.data()))
