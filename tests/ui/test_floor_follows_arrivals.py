"""Arrivals at the door while the Floor tab is open: the floor reads again only who arrived
(services.floor_room), never the whole room, and shows exactly what reading everything again
shows — the stack's names (a second Daniel makes the first "Daniel R."), the speaker, the
airtime by group and per person. With 3,000 present, reading the whole room and working out
everyone's airtime after each arrival cost the facilitator's screen 55-75 ms
(bench/floor_arrivals.py)."""

from __future__ import annotations

import contextlib
import random
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication

from meetingkit.core.clock import ManualClock
from meetingkit.core.floor import FloorSettings, Policy
from meetingkit.core.meeting import Meeting
from meetingkit.core.signin import FormSettings, check_submission
from meetingkit.core.stack_entry import EntryKind
from meetingkit.services.data_dir import database_path
from meetingkit.storage import open_db
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.signin import SignedIn, SignInStore
from meetingkit.ui.floor_tab import FloorTab
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.signin_tab import SignInTab
from tests.services.test_floor_tick_work import counting
from tests.ui.conftest import NOW, TODAY

FORM = FormSettings(("first_name", "last_name", "phone", "profession"))
PROFESSIONS = ("RN", "CNA", "Pharmacist", "")


class Server:
    """Saves sign-ins as the sign-in server does, on a connection of its own."""

    def __init__(self, db: Path, meeting_id: int) -> None:
        self.conn = open_db(db)
        self.store = SignInStore(self.conn)
        self.meeting_id = meeting_id
        self.now_ms = int(NOW.timestamp() * 1000)

    def signs_in(self, first: str, last: str, phone: str, profession: str = "") -> SignedIn:
        self.now_ms += 1000
        answers = {"first_name": first, "last_name": last, "phone": phone}
        signed, _ = self.store.record(
            self.meeting_id,
            check_submission(answers | {"profession": profession}, FORM),
            f"nonce-{self.now_ms}",
            source="phone",
            language="en",
            now_ms=self.now_ms,
        )
        return signed


@pytest.fixture
def room(conn: sqlite3.Connection, data_dir: Path) -> Iterator[tuple[Meeting, Server]]:
    """An assembly with 40 people signed in: many Daniels and Anas, and Name2, Name5… alone
    with their first names."""
    meeting = MeetingStore(conn).create(Meeting("Assembly", TODAY, NOW.time()))
    store = SignInStore(conn)
    store.save_settings(replace(store.settings(meeting.key), form=FORM))
    server = Server(database_path(data_dir), meeting.key)
    for n in range(40):
        first = ("Daniel", "Ana", f"Name{n}")[n % 3]
        server.signs_in(first, f"{'RKMT'[n % 4]}example{n}", f"31255501{n:02d}", PROFESSIONS[n % 4])
    yield meeting, server
    server.conn.close()


@contextlib.contextmanager
def _floor_shown(window: MainWindow, meeting: Meeting) -> Iterator[tuple[SignInTab, FloorTab]]:
    """`meeting` open on the Floor tab, its sign-in served: the Sign-in tab and the Floor tab."""
    window.open_meeting(meeting.key)
    view = window.meetings_page.view
    signin = view.signin_tab
    signin.serve("127.0.0.1", 0, for_picture=True)
    try:
        window.show_floor()
        yield signin, view.floor_tab
    finally:
        signin.close_serving()


def _arrives(
    signin: SignInTab, server: Server, first: str, last: str, phone: str, profession: str = ""
) -> None:
    """Someone signs in at the door, and the Sign-in tab refreshes as its timer would."""
    signin.signals.signed_in(server.signs_in(first, last, phone, profession))
    QApplication.processEvents()  # the news arrives; the tab's timer starts
    signin.refresh_later.stop()  # the test runs what the timer would
    signin._refresh_arrivals()


def _shown(floor: FloorTab) -> dict[str, object]:
    """What the Floor tab shows of the room."""

    def rows(model: object, columns: range) -> list[tuple[object, ...]]:
        assert hasattr(model, "rowCount")
        return [
            tuple(model.data(model.index(r, c)) for c in columns) for r in range(model.rowCount())
        ]

    panel = floor.airtime_panel
    return {
        "stack": rows(floor.stack_model, range(4)),  # not the time waited: the clock's
        "speaker": (floor.speaker_label.text(), floor.kind_label.text()),
        "note": floor.stack_note.text(),
        "bars": panel.bars.shares(),
        "total": panel.total_label.text(),
        "left out": panel.small_groups_label.text(),
        "per person": rows(panel.people_model, range(5)),
    }


def test_an_arrival_reads_only_who_arrived_and_the_floor_shows_what_a_full_reading_shows(
    make_window: Callable[..., MainWindow],
    room: tuple[Meeting, Server],
    conn: sqlite3.Connection,
    clock: ManualClock,
    qapp: QApplication,
) -> None:
    meeting, server = room
    with _floor_shown(make_window(), meeting) as (signin, floor):
        floor.timer.stop()  # the test moves the clock
        session = floor.session
        assert session is not None
        speaker = next(p for p in session.present() if p.first_name == "Daniel")
        waiting = next(p for p in session.present() if p.first_name == "Name2")
        session.add(speaker.person_id, speaker.first_name, speaker.last_name)
        session.add(waiting.person_id, waiting.first_name, waiting.last_name)
        session.next_speaker()
        clock.advance(42)
        floor.refresh()
        assert floor.speaker_label.text() == f"Daniel {speaker.last_name[0]}."
        assert floor.stack_model.data(floor.stack_model.index(0, 1)) == "Name2"
        # The facilitator looks at someone's airtime: still selected as people arrive
        table, model = floor.airtime_panel.people_table, floor.airtime_panel.people_model
        table.selectionModel().select(
            model.index(20, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        looked_at = model.row(20)
        assert looked_at is not None

        read: list[str] = []
        arrivals = [
            ("Zoe", "Early", "3125559001", "RN"),  # someone new, no namesake
            ("Name2", "Zed", "3125559002", "CNA"),  # a namesake of the one waiting
            ("Ana", "Kexample1", "3125550101", "CNA"),  # here again
            ("Priya", "Late", "3125559003", ""),
            ("Dániel", "Quinn", "3125559004", "Pharmacist"),  # the room hears one name
        ]
        for first, last, phone, profession in arrivals:
            clock.advance(3)
            floor.tick(slow=True)  # the clock's own news, as the timer shows it
            signed = server.signs_in(first, last, phone, profession)
            signin.signals.signed_in(signed)  # as the server tells the tab
            qapp.processEvents()
            signin.refresh_later.stop()  # the test runs what its timer would
            conn.set_trace_callback(read.append)
            try:
                signin._refresh_arrivals()
            finally:
                conn.set_trace_callback(None)
            shown = _shown(floor)
            session.reload_present()  # everything read again, as the floor did before
            floor.refresh()
            assert _shown(floor) == shown
        whole = [
            sql
            for sql in read
            if any(
                w in sql for w in ("a.source, a.categories", "DISTINCT s.person_id FROM signins")
            )
            and "json_each" not in sql
        ]
        assert whole == []  # the floor read only who arrived, never the whole room
        stack = floor.stack_model
        assert stack.data(stack.index(0, 1)) == f"Name2 {waiting.last_name[0]}."
        selected = [model.row(i.row()) for i in table.selectionModel().selectedRows()]
        assert [r.person_id for r in selected if r is not None] == [looked_at.person_id]


def test_an_arrival_leaves_the_stack_alone_unless_it_changes_what_the_stack_shows(
    make_window: Callable[..., MainWindow],
    room: tuple[Meeting, Server],
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    meeting, server = room
    with _floor_shown(make_window(), meeting) as (signin, floor):
        session = floor.session
        assert session is not None
        ana = next(p for p in session.present() if p.first_name == "Ana")
        session.add(ana.person_id, ana.first_name, ana.last_name)
        floor.refresh()
        refreshed: list[int] = []
        real = floor.refresh
        monkeypatch.setattr(floor, "refresh", lambda *a: (refreshed.append(1), real(*a))[1])

        rows = floor.airtime_panel.people_model.rowCount()
        _arrives(signin, server, "Zoe", "Early", "3125559001")  # nobody on the stack renamed
        assert refreshed == []
        assert floor.airtime_panel.people_model.rowCount() == rows + 1
        # Ana was already one of many: "Ana K." stays
        _arrives(signin, server, "Ana", "Zeta", "3125559002")
        assert refreshed == []
        floor.stack_model.reload()
        assert floor.stack_model.data(floor.stack_model.index(0, 1)) == f"Ana {ana.last_name[0]}."


def test_an_arrival_places_the_stack_once(
    make_window: Callable[..., MainWindow],
    room: tuple[Meeting, Server],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """To know whether an arrival changes what the stack shows, the floor places the stack as
    it was before reading the room again; it placed it again after every arrival, when the
    floor reads the room only of the people it has entries of (`Floor.reads_room_of`)."""
    meeting, server = room
    with _floor_shown(make_window(), meeting) as (signin, floor):
        floor.timer.stop()
        session = floor.session
        assert session is not None
        for first in ("Name2", "Daniel", "Ana"):
            p = next(p for p in session.present() if p.first_name == first)
            session.add(p.person_id, p.first_name, p.last_name)
        session.next_speaker()  # Name2 speaks; a Daniel and an Ana wait
        floor.refresh()
        calls = counting(monkeypatch, "placements")
        _arrives(signin, server, "Zoe", "Early", "3125559001")  # nobody on the floor
        assert calls == {"placements": 1}
        _arrives(signin, server, "Ana", "Kexample1", "3125550101")  # here again, and waiting
        assert floor.speaker_label.text() == "Name2"
        _arrives(signin, server, "Name2", "Zed", "3125559002")  # a namesake of the speaker
        assert floor.speaker_label.text() == "Name2 M."  # the floor followed


@pytest.mark.parametrize("seed", range(3))
def test_after_random_arrivals_the_floor_shows_what_a_refresh_shows(
    seed: int,
    make_window: Callable[..., MainWindow],
    room: tuple[Meeting, Server],
) -> None:
    """Arrivals of people on the floor (here again, maybe as something else now), of their
    namesakes and of anyone else, with the stack ordered by groups lifted up, a direct
    response naming the speaker and people heard before: after each, the floor shows what
    refreshing it shows (it places the stack again only after an arrival that changed
    someone on the floor, and is refreshed only if what it shows changed)."""
    rng = random.Random(seed)
    meeting, server = room
    with _floor_shown(make_window(), meeting) as (signin, floor):
        floor.timer.stop()
        session = floor.session
        assert session is not None
        # The fixture's people, by the last name each has alone
        fixture = {
            f"{'RKMT'[n % 4]}example{n}": (("Daniel", "Ana", f"Name{n}")[n % 3], f"31255501{n:02d}")
            for n in range(40)
        }
        present = sorted(session.present(), key=lambda p: p.person_id)
        # The speaker, someone the room calls by their first name alone until a namesake comes
        speaker = rng.choice([p for p in present if p.first_name.startswith("Name")])
        on_floor = [speaker, *rng.sample([p for p in present if p != speaker], 9)]
        for p in on_floor[1:4]:  # heard, and heard no more
            session.add(p.person_id, p.first_name, p.last_name)
            session.next_speaker()
            session.end_turn()
        for p in on_floor[:1] + on_floor[4:-1]:
            session.add(p.person_id, p.first_name, p.last_name)
            if p == speaker:
                session.next_speaker()
        p = on_floor[-1]
        session.add(p.person_id, p.first_name, p.last_name, EntryKind.DIRECT_RESPONSE)
        session.set_settings(
            FloorSettings(Policy.PRIORITY_GROUPS, priority_groups=frozenset({"Pharmacist"}))
        )
        floor.refresh()
        firsts = sorted({p.first_name for p in on_floor} | {"Zoe", "Priya"})
        for n in range(30):
            roll = rng.random()
            if roll < 0.3:  # someone on the floor here again, maybe as something else now
                last = rng.choice(on_floor).last_name
                first, phone = fixture[last]
                last = last if rng.random() < 0.5 else f"{last}-Lee"
            elif roll < 0.8:  # a namesake of someone on the floor
                first, last, phone = rng.choice(firsts), f"{rng.choice('EKRZ')}new{n}", ""
            else:  # someone the room tells apart from nobody
                first, last, phone = f"New{n}", "Solo", ""
            phone = phone or f"312555{n:04d}"
            _arrives(signin, server, first, last, phone, rng.choice(PROFESSIONS))
            shown = _shown(floor)
            floor.refresh()
            assert _shown(floor) == shown


def test_the_table_of_airtime_follows_rows_put_in_taken_out_and_moved(qapp: QApplication) -> None:
    """The per-person table puts in and takes out the rows that changed (a reset for each
    arrival lost the facilitator's place in 3,000 rows); what it shows is what it was given."""
    import random

    from PySide6.QtTest import QAbstractItemModelTester

    from meetingkit.services.floor_session import PersonAirtime
    from meetingkit.ui.floor_models import PeopleAirtimeModel

    model = PeopleAirtimeModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    rng = random.Random(7)
    rows = [PersonAirtime(n, f"P{n}", "", 0, 0, 0) for n in range(30)]
    model.set_rows(rows)
    for n in range(100, 300):
        before, rows = rows, list(rows)
        roll = rng.random()
        if roll < 0.3:  # someone arrives
            rows.insert(rng.randrange(len(rows) + 1), PersonAirtime(n, f"P{n}", "", 0, 0, 0))
        elif roll < 0.5 and rows:  # someone leaves
            del rows[rng.randrange(len(rows))]
        elif roll < 0.8 and rows:  # the speaker's time moves them up
            at = rng.randrange(len(rows))
            moved = rows.pop(at)
            rows.insert(rng.randrange(at + 1), replace(moved, meeting_ms=moved.meeting_ms + 1000))
        elif roll < 0.9:
            rng.shuffle(rows)
        else:
            rows = rows[: rng.randrange(len(rows) + 1)]
        # The row the facilitator is on, when only someone else came or went: it stays theirs
        stays = {r.person_id for r in rows} & {r.person_id for r in before}
        looked_at = next((r for r in before if r.person_id in stays), None) if roll < 0.5 else None
        place = None
        if looked_at is not None:
            place = QPersistentModelIndex(model.index(before.index(looked_at), 0))
        model.set_rows(rows)
        assert [model.row(r) for r in range(model.rowCount())] == rows
        shown = [model.data(model.index(r, 0), Qt.ItemDataRole.DisplayRole) for r in range(10)]
        assert shown[: len(rows)] == [r.name for r in rows[:10]]
        if place is not None and looked_at is not None:
            assert place.isValid()
            assert model.row(place.row()) == looked_at
    assert tester is not None
