"""The one place that builds and wires the application: database, stores, window.

Nothing else creates a QApplication or opens the user's database for the GUI.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from meetingkit.core.errors import MeetingkitError
from meetingkit.services.data_dir import database_path
from meetingkit.storage import open_db

if TYPE_CHECKING:
    import sqlite3

    from PySide6.QtWidgets import QApplication

    from meetingkit.core.clock import Clock
    from meetingkit.services.printing.meeting_documents import MeetingDocuments
    from meetingkit.ui.main_window import MainWindow

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
    "meetingkit: no display found (DISPLAY and WAYLAND_DISPLAY are not set). Start it from a "
    "desktop session, or under a virtual display with `xvfb-run meetingkit`, or render a picture "
    "of it with `meetingkit screenshot -o main.png`."
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


def _application() -> QApplication:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from meetingkit import paths

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("meetingkit")
    app.setApplicationDisplayName("meetingkit")
    # PNG, not the SVG source: loading the SVG plugin costs ~3 ms of start-up.
    app.setWindowIcon(QIcon(str(paths.resource("icons", "meetingkit.png"))))
    return app


def build_main_window(
    conn: sqlite3.Connection,
    data_dir: Path,
    *,
    today: dt.date,
    demo: bool = False,
    clock: Clock | None = None,
    key: str | None = None,
) -> MainWindow:
    """The main window over an open database (`key`: its passphrase, when encrypted)."""
    from meetingkit.core.clock import WallAnchoredClock
    from meetingkit.services.sessions import Sessions
    from meetingkit.storage.database import purge_undo_leftovers
    from meetingkit.storage.meetings import MeetingStore
    from meetingkit.storage.people import PeopleStore
    from meetingkit.ui.main_window import MainWindow

    purge_undo_leftovers(conn)  # undo history does not outlive a session
    sessions = Sessions(conn, clock or WallAnchoredClock(), database_path(data_dir), key)

    def documents() -> MeetingDocuments:  # printing is loaded when something is printed
        from meetingkit.services.printing.meeting_documents import MeetingDocuments

        return MeetingDocuments(conn, sessions.clock)

    return MainWindow(
        MeetingStore(conn), PeopleStore(conn), sessions, documents, today, data_dir, demo=demo
    )


def run_gui(data_dir: Path, *, meeting_id: int | None = None, demo: bool = False) -> int:
    """Open the main window on `data_dir`; return the process exit code."""
    if not display_available():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 2
    # Start-up allocates many objects that all live as long as the app (Qt wrappers, classes,
    # dataclasses); collecting them again and again while they are made only costs time
    # (~9 ms of start-up, bench/startup.py). The collector is back on once the window shows.
    gc.disable()
    try:
        return _run(data_dir, meeting_id, demo)
    finally:
        gc.enable()


def _run(data_dir: Path, meeting_id: int | None, demo: bool) -> int:
    from meetingkit.ui.unlock import unlock_at_start

    app = _application()
    path = database_path(data_dir)
    try:
        # An encrypted file asks for its passphrase first; a change of encryption asked for
        # in the last session (it needs the file closed) is carried out here.
        unlocked = unlock_at_start(path)
        if unlocked is None:
            return 1  # the passphrase was not given: nothing was opened
        conn = open_db(path, unlocked.key)
    except MeetingkitError as e:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "meetingkit cannot open its data", str(e))
        print(f"meetingkit: {e}", file=sys.stderr)
        return 1
    try:
        purged = _purge_due(conn)
        window = build_main_window(
            conn, data_dir, today=dt.date.today(), demo=demo, key=unlocked.key
        )
        if unlocked.message or purged:
            window.statusBar().showMessage(unlocked.message or purged, 15_000)
        if meeting_id is not None:
            window.open_meeting(meeting_id)
        window.show()
        _quit_on_signals(app)
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
        return app.exec()
    finally:
        conn.close()


def _purge_due(conn: sqlite3.Connection) -> str:
    """Purge the personal data of meetings whose retention has run out; say so, or "".

    A purge that fails is reported and start-up goes on: the meeting is purged next time.
    """
    import sqlite3

    from meetingkit.services.privacy import run_due_purges

    try:
        purged = run_due_purges(conn, dt.date.today())
    except (MeetingkitError, sqlite3.Error) as e:
        print(f"meetingkit: the retention purge did not run: {e}", file=sys.stderr)
        return f"The retention purge did not run ({e}); it will be tried again next start."
    if not purged:
        return ""
    return (
        f"Purged the personal data of {len(purged)} meeting(s) whose retention period "
        "ended; their anonymous counts are kept."
    )


def _quit_on_signals(app: QApplication) -> None:
    """Quit cleanly on Ctrl+C or SIGTERM (logout, `kill`): the demo folder is removed and the
    database closed. Python runs signal handlers only between bytecodes, so a short timer
    hands it control while Qt's event loop waits."""
    import signal

    from PySide6.QtCore import QTimer

    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: app.quit())
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(250)


def render_screenshot(
    data_dir: Path,
    out: Path,
    *,
    view: str = "main",
    meeting_id: int | None = None,
    size: tuple[int, int] = (1280, 800),
    demo: bool = False,
) -> None:
    """Render a view offscreen to a PNG; no display needed."""
    if view not in SCREENSHOT_VIEWS:
        raise MeetingkitError(
            f"There is no view “{view}”. Choose one of: {', '.join(SCREENSHOT_VIEWS)}."
        )
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = _application()
    conn = open_db(database_path(data_dir))
    try:
        window = build_main_window(conn, data_dir, today=dt.date.today(), demo=demo)
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
            if signin.session is not None:
                signin.session.open("127.0.0.1", 0, signin.signals)
                signin.refresh()
        window.resize(*size)
        window.show()
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
            )
        if signin is not None and signin.session is not None:
            signin.session.close()
        if not picture.save(str(out)):
            raise MeetingkitError(
                f"Could not write {out}. Check the folder exists and is writable."
            )
        window.close()
        window.deleteLater()
        app.processEvents()
    finally:
        conn.close()
