"""The facilitator's "Airtime by group" panel shows the groups the projector shows, and no
smaller one: a laptop mirrored to the projector shows it to the room, and a group of one is
that person's airtime (qa12b F6). The group sets the smallest group shown on the floor, and
the projector, the report, a purge's kept counts and a period's figures follow it."""

import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.core.floor import FloorSettings
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.services.floor_session import FloorSession
from meetingkit.services.privacy import _min_group_size
from meetingkit.storage.floor import FloorStore, settings_from
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.period_records import read_period
from meetingkit.ui.floor_tab import FloorTab

T0 = 1_795_000_000.0
ROOM = (
    ("Ana", "RN"),
    ("Bea", "RN"),
    ("Cal", "RN"),
    ("Dee", "RN"),
    ("Eva", "CNA"),
    ("Fay", "CNA"),
    ("Gus", "CNA"),
    ("Hal", "Pharmacist"),  # alone: a bar of his would be his own airtime
)


@pytest.fixture
def session(conn: sqlite3.Connection) -> FloorSession:
    meeting = MeetingStore(conn).create(Meeting("Assembly", dt.date(2026, 11, 21), dt.time(18)))
    store = PeopleStore(conn)
    clock = ManualClock(T0)
    session = FloorSession(meeting, conn, clock)
    session.follow_item(1)
    for first, profession in ROOM:
        person = store.add(Person(first, "Ruiz", profession=profession))
        session.mark_present(person.key)
    hal = next(p for p in session.present() if p.first_name == "Hal")
    session.add(hal.person_id, "Hal", "Ruiz")
    session.next_speaker()
    clock.advance(90)
    session.end_turn()
    return session


@pytest.fixture
def tab(qtbot: QtBot, conn: sqlite3.Connection, session: FloorSession) -> FloorTab:
    tab = FloorTab(PeopleStore(conn))
    qtbot.addWidget(tab)
    tab.timer.stop()
    tab.set_session(session)
    return tab


def groups(tab: FloorTab) -> list[str]:
    return [s.group for s in tab.airtime_panel.bars.shares()]


def test_the_facilitators_panel_leaves_out_the_groups_the_projector_leaves_out(
    tab: FloorTab, session: FloorSession
) -> None:
    assert any(s.group == "Pharmacist" for s in session.shares())  # counted…
    assert "Pharmacist" not in groups(tab)  # …never shown on its own, here or projected
    assert (
        groups(tab)
        == [s.group for s in session.snapshot().shares]
        == [
            "Registered nurse (RN)",
            "Certified nursing assistant (CNA)",
        ]
    )
    note = tab.airtime_panel.small_groups_label
    assert not note.isHidden()
    assert note.text().startswith("1 smaller group")
    assert "not shown, as on the projector" in note.text()
    titles = [box.title() for box in tab.airtime_panel.findChildren(QGroupBox)]
    assert titles == [
        "Airtime by group, against share of the room",
        "Airtime per person — this screen only",  # each person's time stays here
    ]


def test_the_group_sets_the_smallest_group_shown_and_everything_follows(
    qtbot: QtBot, tab: FloorTab, session: FloorSession, conn: sqlite3.Connection
) -> None:
    spin = tab.airtime_panel.group_size_spin
    assert spin.value() == 3  # DOMAIN.md: "a threshold (default 3 people)"
    assert spin.minimum() == 3  # a group of two is one person's time to the other
    assert "less private" in spin.toolTip()
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "4")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert session.floor.settings.min_group_size == 4
    tab.tick(slow=True)
    assert groups(tab) == ["Registered nurse (RN)"]  # the three CNAs are left out now
    assert [s.group for s in session.snapshot().shares] == ["Registered nurse (RN)"]
    assert tab.airtime_panel.small_groups_label.text().startswith("2 smaller group")
    # Saved with the floor's settings: the report, a purge's kept counts and a period's
    # figures read it from there
    meeting_id = session.meeting.key
    assert FloorStore(conn).settings(meeting_id).min_group_size == 4
    assert FloorStore(conn).load(meeting_id).settings.min_group_size == 4
    assert _min_group_size(conn, meeting_id) == 4
    period = read_period(conn, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert [m.min_group_size for m in period.meetings] == [4]
    assert not [line for line in session.floor.log if "4" in line.text]  # not a rule change


def test_a_smallest_group_below_three_saved_by_hand_is_read_as_three() -> None:
    assert settings_from({"min_group_size": 1}).min_group_size == 3
    assert settings_from({"min_group_size": True}).min_group_size == 3
    assert settings_from({}).min_group_size == 3
    assert settings_from({"min_group_size": 12}).min_group_size == 12
    assert FloorSettings().min_group_size == 3


def test_a_group_size_beyond_the_spin_is_kept_when_only_passed_through(
    tab: FloorTab, session: FloorSession
) -> None:
    session.set_settings(FloorSettings(min_group_size=50))
    tab.set_session(session)
    spin = tab.airtime_panel.group_size_spin
    assert spin.value() == spin.maximum() == 20
    spin.editingFinished.emit()  # tabbed through
    assert session.floor.settings.min_group_size == 50


def test_with_no_group_left_out_the_note_is_hidden(qtbot: QtBot, conn: sqlite3.Connection) -> None:
    meeting = MeetingStore(conn).create(Meeting("Tiny", dt.date(2026, 11, 21), dt.time(18)))
    session = FloorSession(meeting, conn, ManualClock(T0))
    tab = FloorTab(PeopleStore(conn))
    qtbot.addWidget(tab)
    tab.timer.stop()
    tab.set_session(session)
    assert tab.airtime_panel.small_groups_label.isHidden()
    assert tab.airtime_panel.small_groups_label.text() == ""
