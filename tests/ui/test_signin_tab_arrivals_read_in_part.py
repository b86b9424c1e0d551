"""A sign-in arriving costs the Sign-in tab little however long its list: it read every
sign-in and every first-timer again for each burst of arrivals, made the QR code again and
built the list anew (about 60 ms at 3,000 sign-ins, with the selection lost each time). Now
only the person who arrived is read, the rows already there stay (and the selection with
them), and what the tab shows is exactly what reading everything again shows."""

import random
import sqlite3
from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.core.signin import Match
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.signin import SignedIn
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.signin_tab import ArrivalsModel, SignInTab
from tests.ui.test_signin_screen import meeting, open_signin, phone_signs_in

__all__ = ["meeting"]  # the fixture, from the sign-in screen's tests

ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


def _shown(tab: SignInTab) -> tuple[list[list[object]], str]:
    """Every cell of the list as it reads (its text, its tooltip, whether bold), and the
    count."""
    model = tab.model
    rows = []
    for row in range(model.rowCount()):
        cells: list[object] = []
        for column in range(model.columnCount()):
            index = model.index(row, column)
            cells += [index.data(role) for role in ROLES]
            cells.append(index.data(Qt.ItemDataRole.FontRole) is not None)
        rows.append(cells)
    return rows, tab.count_label.text()


def test_an_arrival_reads_only_who_arrived_and_shows_what_a_full_reading_shows(
    qtbot: QtBot,
    meeting: Meeting,
    make_window: Callable[..., MainWindow],
    conn: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    tab = open_signin(window, qtbot)
    session = tab.session
    assert session is not None
    try:
        url = session.url()
        for n, name in enumerate(("Rosa", "Ana", "Dele")):
            assert phone_signs_in(url, first_name=name, phone=f"31255501{n:02d}") == 303
        qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=3000)
        tab.refresh()
        picked = QItemSelectionModel.SelectionFlag.ClearAndSelect
        rows = QItemSelectionModel.SelectionFlag.Rows
        rosa = tab.model.index(tab.model.rowCount() - 1, 0)  # the first to come
        tab.table.selectionModel().select(rosa, picked | rows)

        read: list[str] = []
        for name in ("signed_in", "signed_in_by", "first_timers"):
            real = getattr(session, name)

            def counted(*args, real=real, name=name):  # type: ignore[no-untyped-def]
                read.append(name if not args else f"{name} (some)")
                return real(*args)

            monkeypatch.setattr(session, name, counted)
        codes: list[str] = []
        monkeypatch.setattr(tab.qr, "set_data", codes.append)

        arrivals = [
            {"first_name": "Lan", "phone": "3125550199", "first_time": "yes"},
            {"first_name": "Ana", "phone": "3125550101"},  # again: "phone ×2", on top
            {"first_name": "Chen", "phone": "3125550198", "first_time": "no"},
        ]
        for n, fields in enumerate(arrivals, 1):
            assert phone_signs_in(url, **fields) == 303
            qtbot.waitUntil(lambda n=n: len(read) >= 2 * n, timeout=3000)
        assert read == ["signed_in_by (some)", "first_timers (some)"] * 3
        assert codes == []  # the same link: the same code, not made again
        shown = _shown(tab)
        assert shown[0][0][0] == "Chen"
        assert shown[0][1][0 + 2 * 0] == "Ana"  # came again: on top, below the newest
        selected = tab.table.selectionModel().selectedRows()
        assert [r.data() for r in selected] == ["Rosa"]  # the selection stayed

        monkeypatch.undo()
        tab.refresh()  # everything read again
        assert _shown(tab) == shown
        how = tab.model.index(1, ArrivalsModel.COL_HOW)
        assert how.data() == "phone ×2"
    finally:
        tab.close_serving()


def _signed(n: int, person: int, at: int) -> SignedIn:
    return SignedIn(
        n, 1, person, f"P{person}", "", "", at, False, "phone", Match.NEW, f"k{n}", "en", {}
    )


def test_the_list_puts_in_and_takes_out_rows_as_a_new_list_would_show_them(
    qtbot: QtBot,
) -> None:
    """Arrivals, people signing in again, sign-ins taken back, in any order: the rows are
    those of a list made anew, and the model tells its view each change as Qt requires."""
    model = ArrivalsModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    rng = random.Random(24)
    signed: list[SignedIn] = []
    for step in range(300):
        roll = rng.random()
        if roll < 0.6 or not signed:  # someone arrives, new or again
            person = rng.randrange(40)
            signed.append(_signed(step + 1, person, 1000 * (step + 1)))
        elif roll < 0.8:  # one taken back
            signed.pop(rng.randrange(len(signed)))
        else:  # read in full: every sign-in a new object
            signed = [replace(s) for s in signed]
        firsts = frozenset(p for p in range(40) if rng.random() < 0.3)
        model.set_rows(signed, firsts)
        fresh = ArrivalsModel()
        fresh.set_rows(signed, firsts)
        assert [model.row(r) for r in range(model.rowCount())] == [
            fresh.row(r) for r in range(fresh.rowCount())
        ]
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                assert model.index(row, column).data() == fresh.index(row, column).data()


class _Requests(QObject):
    """Counts the requests to lay a widget out again."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def test_a_new_count_lays_the_window_out_again_only_when_it_needs_another_height(
    qtbot: QtBot,
    meeting: Meeting,
    make_window: Callable[..., MainWindow],
    conn: sqlite3.Connection,
) -> None:
    """A label's new text made every layout up to the window work again at each arrival
    (about 4 ms with a full list), though the count mostly takes the same room."""
    window = make_window()
    window.resize(1093, 614)
    view = window.meetings_page.view
    view.show_signin()
    tab = view.signin_tab
    session = tab.session
    assert session is not None
    label = tab.count_label
    qtbot.waitUntil(lambda: label.width() > 0)
    for _ in range(10):  # laid out: nothing left to do
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()
    requests = _Requests()
    tab.installEventFilter(requests)
    people = PeopleStore(conn)
    for name in ("Rosa", "Ana"):
        AttendanceStore(conn).mark_present(meeting.key, people.add(Person(name)).key, 0, "manual")
        tab.refresh()
        QApplication.processEvents()
    assert label.text().startswith("2\xa0here")
    assert requests.count == 0

    # A quorum makes the count longer: it takes another line, and has the room for it
    tab.quorum_spin.setValue(40)
    tab._quorum_changed()
    window.resize(700, 614)
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    assert label.heightForWidth(label.width()) > label.fontMetrics().height() * 1.5
