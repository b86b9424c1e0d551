"""The floor's clock past the turn's limit (QA 16a, WCAG 2.2.2): it blinked to nothing every
half second for as long as the turn ran over, so a low-vision facilitator lost the time half
the time. It now blinks for the first 5 s over, between red and the ordinary colour, never to
nothing, and then stays red."""

import datetime as dt
import sqlite3

from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.services.floor_session import FloorSession
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.floor_tab import FloorTab
from meetingkit.ui.tones import tones

T0 = 1_795_000_000.0


def speaking(qtbot: QtBot, conn: sqlite3.Connection, clock: ManualClock) -> FloorTab:
    """Ana has the floor, on a tab whose clock ticks only when the test says."""
    meeting = MeetingStore(conn).create(Meeting("Assembly", dt.date(2026, 11, 21), dt.time(18)))
    store = PeopleStore(conn)
    ana = store.add(Person("Ana", "Ruiz", profession="RN"))
    session = FloorSession(meeting, conn, clock)
    session.follow_item(1)
    session.add(ana.key, ana.first_name, ana.last_name)
    session.next_speaker()
    tab = FloorTab(store)
    qtbot.addWidget(tab)
    tab.timer.stop()
    tab.set_session(session)
    return tab


def limit_s(tab: FloorTab) -> float:
    """The limit of the turn under way, in seconds."""
    session = tab.session
    assert session is not None
    turn = session.floor.current_turn
    assert turn is not None
    return session.floor.turn_limit_ms(turn) / 1000


def colours_over(tab: FloorTab, clock: ManualClock, seconds: float) -> list[str]:
    """The clock's style sheet at every tick (a fifth of a second) for `seconds`."""
    seen = []
    for _ in range(round(seconds * 5)):
        clock.advance(0.2)
        tab.tick()
        seen.append(tab.turn_label.styleSheet())
    return seen


def test_over_time_blinks_for_five_seconds_then_stays_red(
    qtbot: QtBot, conn: sqlite3.Connection
) -> None:
    clock = ManualClock(T0)
    tab = speaking(qtbot, conn, clock)
    clock.advance(limit_s(tab) - 0.1)  # a tick before the limit
    red = f"color: {tones(tab.palette()).danger.name()};"

    first = colours_over(tab, clock, 5)  # the first 5 s over
    assert tab.turn_label.text().startswith("+0:0")
    assert "transparent" not in "".join(first)  # never to nothing
    assert set(first) == {red, ""}  # red, and the ordinary colour
    assert first.count("") >= 10  # it blinked: half of it in the ordinary colour

    after = colours_over(tab, clock, 60)
    assert set(after) == {red}  # still, and red, for as long as the turn runs over
    assert tab.turn_label.text() == "+1:04"  # 64.9 s over


def test_paused_over_time_does_not_blink(qtbot: QtBot, conn: sqlite3.Connection) -> None:
    """A turn paused a second over time: nobody speaks, the clock stays red and still."""
    clock = ManualClock(T0)
    tab = speaking(qtbot, conn, clock)
    clock.advance(limit_s(tab) + 1)
    tab.toggle_pause()
    red = f"color: {tones(tab.palette()).danger.name()};"
    assert set(colours_over(tab, clock, 10)) == {red}
