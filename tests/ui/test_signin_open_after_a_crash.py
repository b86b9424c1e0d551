"""After a crash while sign-in was open (QA round 10, finding F2): the restarted app says so at
once, on the agenda and in the Sign-in tab, and opens it again when the facilitator asks, on
the same address and port, so the QR code on the projector and the poster work again. It never
opens the network by itself."""

import socket
import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.services.agenda_session import AgendaSession
from meetingkit.services.demo import Demo
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.signin import Serving, SignInStore
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.signin_tab import SignInTab

MakeWindow = Callable[..., MainWindow]
WAS_OPEN = "Sign-in was open when meetingkit closed."


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def serve(window: MainWindow, qtbot: QtBot) -> SignInTab:
    """Sign-in opened with Ctrl+Shift+O on this laptop's own address and a free port."""
    view = window.meetings_page.view
    tab = view.signin_tab
    view.show_signin()
    tab.address_combo.setCurrentIndex(tab.address_combo.findData("127.0.0.1"))
    tab.port_spin.setValue(free_port())
    qtbot.keyClick(
        window,
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert tab.session is not None
    assert tab.session.is_open
    return tab


def crash(tab: SignInTab) -> None:
    """kill -9: the server's socket goes with the process; nothing is closed or forgotten.
    The window is left as it is, never closed (the test's end closes it)."""
    assert tab.serving is not None
    assert tab.serving._server is not None
    tab.serving._server.stop()


def end_meeting_when_asked(box: QMessageBox) -> int:
    """The facilitator answers End meeting when asked whether to end it."""
    next(b for b in box.buttons() if b.text() == "End meeting").click()
    return 0


def noted(conn: sqlite3.Connection, meeting_id: int) -> Serving | None:
    return SignInStore(conn).noted_serving(meeting_id)


def test_a_crash_while_serving_is_said_on_the_agenda_and_opened_again_on_the_same_port(
    qtbot: QtBot, conn: sqlite3.Connection, demo: Demo, make_window: MakeWindow
) -> None:
    first = make_window()
    tab = serve(first, qtbot)
    url = tab.session.url() if tab.session else ""
    where = noted(conn, demo.meeting_id)
    assert where is not None
    assert url.startswith(f"http://127.0.0.1:{where.port}/")
    crash(tab)

    window = make_window()  # the restart, on the same data
    view = window.meetings_page.view
    runner = view.agenda_tab.runner
    assert runner.session is not None
    assert runner.session.meeting.key == demo.meeting_id
    assert runner.signin_banner.isVisibleTo(window)
    assert WAS_OPEN in runner.signin_label.text()
    button = runner.open_signin_button
    assert button.accessibleName() == "Open sign-in again"
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert view._signin_tab is None  # nothing served by itself: not even the tab is built

    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    again = view.signin_tab
    assert again.session is not None
    assert again.session.is_open
    assert again.session.url() == url  # the code on the projector and the poster
    assert view.tabs.currentWidget() is view._signin_page
    assert not runner.signin_banner.isVisibleTo(window)
    assert not again.was_open_row.isVisibleTo(window)


def test_the_sign_in_tab_says_it_too_and_its_button_opens_it_again(
    qtbot: QtBot, conn: sqlite3.Connection, demo: Demo, make_window: MakeWindow
) -> None:
    first = make_window()
    url = serve(first, qtbot).planned_url()
    crash(first.meetings_page.view.signin_tab)

    window = make_window()
    view = window.meetings_page.view
    view.show_signin()
    tab = view.signin_tab
    assert tab.session is not None
    assert not tab.session.is_open
    assert WAS_OPEN in tab.status_label.text()
    assert tab.was_open_row.isVisibleTo(window)
    assert tab.open_again_button.accessibleName() == "Open sign-in again"
    assert tab.planned_url() == url  # the address and port it was served on, ready
    qtbot.mouseClick(tab.open_again_button, Qt.MouseButton.LeftButton)
    assert tab.session.is_open
    assert tab.session.url() == url
    assert WAS_OPEN not in tab.status_label.text()
    assert not view.agenda_tab.runner.signin_banner.isVisibleTo(window)


def test_its_port_taken_it_opens_on_another_and_says_so(
    qtbot: QtBot, conn: sqlite3.Connection, demo: Demo, make_window: MakeWindow
) -> None:
    first = make_window()
    serve(first, qtbot)
    where = noted(conn, demo.meeting_id)
    assert where is not None
    crash(first.meetings_page.view.signin_tab)

    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", where.port))
        squatter.listen(1)
        window = make_window()
        window.meetings_page.view.agenda_tab.runner.open_signin_button.click()
        tab = window.meetings_page.view.signin_tab
        assert tab.session is not None
        assert tab.session.is_open
        moved = noted(conn, demo.meeting_id)
        assert moved is not None
        assert moved.port != where.port
        assert f"Port {where.port} was taken" in tab.status_label.text()
        assert f":{moved.port}/" in tab.session.url()


def test_closing_sign_in_and_quitting_forget_it(
    qtbot: QtBot, conn: sqlite3.Connection, demo: Demo, make_window: MakeWindow
) -> None:
    window = make_window()
    serve(window, qtbot)
    assert noted(conn, demo.meeting_id) is not None
    qtbot.keyClick(  # closed by the facilitator
        window,
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert noted(conn, demo.meeting_id) is None

    serve(window, qtbot)
    window.close()  # a normal quit
    assert noted(conn, demo.meeting_id) is None
    assert not make_window().meetings_page.view.agenda_tab.runner.signin_banner.isVisible()


def test_a_quit_after_a_crash_forgets_it_too(
    qtbot: QtBot, conn: sqlite3.Connection, demo: Demo, make_window: MakeWindow
) -> None:
    """Told, and left closed by quitting: the next start does not tell it again."""
    first = make_window()
    crash(serve(first, qtbot))
    told = make_window()
    assert told.meetings_page.view.agenda_tab.runner.signin_banner.isVisibleTo(told)
    told.close()
    assert noted(conn, demo.meeting_id) is None


def test_ending_the_meeting_forgets_it(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    demo: Demo,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QMessageBox, "exec", end_meeting_when_asked)
    window = make_window()
    serve(window, qtbot)
    window.meetings_page.view.agenda_tab.runner.end_meeting()
    assert noted(conn, demo.meeting_id) is None


def test_a_meeting_ended_since_the_crash_says_nothing(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    clock: ManualClock,
    demo: Demo,
    make_window: MakeWindow,
) -> None:
    first = make_window()
    crash(serve(first, qtbot))
    meeting = MeetingStore(conn).get(demo.meeting_id)
    AgendaSession(meeting, conn, clock).end_meeting()  # by another copy of the data, say

    window = make_window()
    assert not window.meetings_page.view.agenda_tab.runner.signin_banner.isVisibleTo(window)
    assert noted(conn, demo.meeting_id) is None


def test_ending_the_meeting_after_a_crash_takes_the_notice_away(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    demo: Demo,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = make_window()
    crash(serve(first, qtbot))
    monkeypatch.setattr(QMessageBox, "exec", end_meeting_when_asked)
    window = make_window()
    runner = window.meetings_page.view.agenda_tab.runner
    assert runner.signin_banner.isVisibleTo(window)
    runner.end_meeting()
    assert not runner.signin_banner.isVisibleTo(window)
    assert noted(conn, demo.meeting_id) is None


def test_purging_the_meeting_forgets_it(
    qtbot: QtBot, conn: sqlite3.Connection, demo: Demo, make_window: MakeWindow
) -> None:
    first = make_window()
    crash(serve(first, qtbot))
    window = make_window()
    window.privacy_page.purging.emit(demo.meeting_id)  # about to purge it
    assert noted(conn, demo.meeting_id) is None


def test_leave_it_closed_takes_the_notice_away_for_good(
    qtbot: QtBot, conn: sqlite3.Connection, demo: Demo, make_window: MakeWindow
) -> None:
    first = make_window()
    crash(serve(first, qtbot))
    window = make_window()
    runner = window.meetings_page.view.agenda_tab.runner
    assert runner.leave_signin_button.accessibleName() == "Leave sign-in closed"
    runner.leave_signin_button.click()
    assert not runner.signin_banner.isVisibleTo(window)
    assert noted(conn, demo.meeting_id) is None
    tab = window.meetings_page.view.signin_tab
    assert tab.session is not None
    assert not tab.session.is_open
    assert WAS_OPEN not in tab.status_label.text()
