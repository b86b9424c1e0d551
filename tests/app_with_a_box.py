"""`meetingkit --demo …`, run as a user runs it, with a modal box opened over the window as
soon as it is up (tests/test_app_quit_on_signals.py): `python tests/app_with_a_box.py BOX
ARGS…`. Prints "up" (and the box's class) once the box shows, for the test to send its signal.

BOX: "error" (an unexpected error in a timer: the bug box), "question" (a Yes/No box),
"file" (a file dialog), "no cancel" (the unheard question, which has no Cancel and refuses to
close), "start-up error" (an error once the window is built, before it shows: the bug box
shows after the app let go of its data), "printing" (no box: the minutes being written, to
$MEETINGKIT_TEST_PDF, until the window has closed). After the box, the code reads the data,
as code after a box does."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from meetingkit import app, cli
from meetingkit.ui.main_window import MainWindow


def open_box(box: str, window: MainWindow) -> None:
    if box == "printing":
        print_minutes(window)
        return
    if box == "error":
        raise RuntimeError("an error planted by the test")
    if box == "question":
        QMessageBox.question(window, "Question", "Go on?")
    elif box == "file":
        QFileDialog.getSaveFileName(window, "Save", "")
    elif box == "no cancel":
        from meetingkit.ui.unheard_choice import UnheardChoice

        UnheardChoice.ask(window, 2, "Check-in", "Reports")
    window.show_start()  # reads what is next from the data
    print("box closed", flush=True)


def print_minutes(window: MainWindow) -> None:
    """File › Print minutes, the signal coming while they are written."""
    import os
    import time
    from pathlib import Path

    from meetingkit.services.printing.meeting_documents import MeetingDocuments
    from meetingkit.ui.save_document import DocumentViewer, SavePath

    out = Path(os.environ["MEETINGKIT_TEST_PDF"])
    SavePath.ask = classmethod(lambda cls, *args, **kwargs: out)
    DocumentViewer.show = classmethod(lambda cls, path: False)
    write = MeetingDocuments.minutes

    def slowly(documents: MeetingDocuments, meeting_id: int, path: Path) -> None:
        print("up printing", flush=True)
        deadline = time.monotonic() + 5
        while window.isVisible() and time.monotonic() < deadline:  # Python runs: the
            sum(range(1000))  # signal's handler runs here, and the window closes
        write(documents, meeting_id, path)

    MeetingDocuments.minutes = slowly
    window.show_meetings()
    window.print_minutes()
    print("printed", flush=True)


def say_when_up() -> None:
    """A timer of its own (not a call queued with singleShot, which a quit drops)."""
    watch = QTimer(QCoreApplication.instance())

    def look() -> None:
        shown = QApplication.activeModalWidget()
        if shown is not None:
            watch.stop()
            print("up", type(shown).__name__, flush=True)

    watch.timeout.connect(look)
    watch.start(20)


def main(box: str, argv: list[str]) -> int:
    built = app.build_main_window

    def build(*args: object, **kwargs: object) -> MainWindow:
        window = built(*args, **kwargs)
        if box != "printing":  # it says when it is up itself
            say_when_up()
        if box != "start-up error":
            QTimer.singleShot(0, lambda: open_box(box, window))  # once app.exec() runs
        return window

    app.build_main_window = build
    if box == "start-up error":

        def fail(window: MainWindow) -> None:
            raise RuntimeError("an error planted by the test, at start-up")

        MainWindow.place_on_screen = fail
    return cli.main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
