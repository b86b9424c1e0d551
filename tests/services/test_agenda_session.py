import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from meetingkit.core.agenda import BUILT_IN_TEMPLATES, AgendaItem
from meetingkit.core.agenda_run import ItemState
from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.services.agenda_session import AgendaSession
from meetingkit.services.sessions import HEARTBEAT_MS, Sessions
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.meetings import MeetingStore

T0 = 1_795_000_000.0


@pytest.fixture
def meeting(conn: sqlite3.Connection) -> Meeting:
    return MeetingStore(conn).create(Meeting("Staffing", dt.date(2026, 11, 21), dt.time(18, 30)))


def test_every_change_is_saved_at_once(conn: sqlite3.Connection, meeting: Meeting) -> None:
    """A second session opened on the same database (a restarted app) sees every change."""
    clock = ManualClock(T0)
    session = AgendaSession(meeting, conn, clock)
    session.apply_template(BUILT_IN_TEMPLATES[1])
    first, second = session.items[0], session.items[1]
    session.start_meeting()
    clock.advance(125.5)
    session.set_minutes(first.key, "Everyone checked in.")
    session.advance()
    clock.advance(10)
    session.toggle_pause()

    restarted = AgendaSession(meeting, conn, ManualClock(clock.now()))
    assert [i.title for i in restarted.items] == [i.title for i in session.items]
    assert restarted.state(first.key) == ItemState.DONE
    assert restarted.state(second.key) == ItemState.PAUSED
    assert restarted.run.elapsed_ms(first.key) == 125_500
    assert restarted.run.elapsed_ms(second.key) == 10_000
    assert restarted.items[0].minutes == "Everyone checked in."


def test_a_change_the_disk_refuses_is_undone_on_screen_too(
    conn: sqlite3.Connection, meeting: Meeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk mid-meeting: the run shows what a restart would, not the lost change."""
    clock = ManualClock(T0)
    session = AgendaSession(meeting, conn, clock)
    one, two = (session.add_item(AgendaItem(t, 10)) for t in ("One", "Two"))
    session.start_meeting()
    clock.advance(30)

    def full(*_args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(AgendaStore, "save_run", full)
    with pytest.raises(sqlite3.OperationalError):
        session.advance()
    assert session.run.current_item == one
    assert session.state(two.key) == ItemState.PENDING
    assert session.run.elapsed_ms(one.key) == 30_000
    monkeypatch.undo()
    session.advance()  # space again
    assert AgendaSession(meeting, conn, clock).run.current_item == two


def test_a_restart_mid_meeting_says_how_long_the_app_was_closed(
    conn: sqlite3.Connection, meeting: Meeting, data_dir: Path
) -> None:
    clock = ManualClock(T0)
    sessions = Sessions(conn, clock, data_dir / "meetingkit.db")
    session = sessions.agenda(meeting)
    session.add_item(AgendaItem("Discussion", 30))
    session.start_meeting()
    clock.advance(60)
    sessions.note_alive()
    restarted = AgendaSession(meeting, conn, ManualClock(T0 + 60 + 420))  # seven minutes later
    assert restarted.resumed is not None
    assert restarted.resumed.gap_ms == 420_000
    assert restarted.run.elapsed_ms(session.items[0].key) == 480_000


def test_a_restart_while_the_agenda_was_paused_says_no_item_ran(
    conn: sqlite3.Connection, meeting: Meeting, data_dir: Path
) -> None:
    """The banner must not claim the item's time was counted: a paused item keeps its
    remainder across the restart; only the meeting's clock ran."""
    clock = ManualClock(T0)
    sessions = Sessions(conn, clock, data_dir / "meetingkit.db")
    session = sessions.agenda(meeting)
    session.add_item(AgendaItem("Discussion", 30))
    session.start_meeting()
    assert session.resumed is None
    clock.advance(60)
    session.toggle_pause()
    sessions.note_alive()
    restarted = AgendaSession(meeting, conn, ManualClock(T0 + 60 + 420))
    assert restarted.resumed is not None
    assert restarted.resumed.item_ran is False
    assert restarted.run.elapsed_ms(session.items[0].key) == 60_000
    assert restarted.run.meeting_elapsed_ms() == 480_000
    restarted.toggle_pause()
    sessions.note_alive()
    assert AgendaSession(meeting, conn, ManualClock(T0 + 480 + 60)).resumed.item_ran is True  # type: ignore[union-attr]


def test_no_resume_notice_for_a_meeting_not_running(
    conn: sqlite3.Connection, meeting: Meeting
) -> None:
    session = AgendaSession(meeting, conn, ManualClock(T0))
    session.add_item(AgendaItem("Discussion", 30))
    assert AgendaSession(meeting, conn, ManualClock(T0 + 999)).resumed is None
    session.start_meeting()
    session.end_meeting()
    assert AgendaSession(meeting, conn, ManualClock(T0 + 999)).resumed is None


def test_a_gap_shorter_than_the_heartbeat_can_measure_is_no_restart(
    conn: sqlite3.Connection, meeting: Meeting, data_dir: Path
) -> None:
    """The app notes it is alive every heartbeat, so a gap up to a heartbeat (and timer
    jitter) since that note is just the app running, not closed."""
    clock = ManualClock(T0)
    sessions = Sessions(conn, clock, data_dir / "meetingkit.db")
    session = sessions.agenda(meeting)
    session.add_item(AgendaItem("Discussion", 30))
    session.start_meeting()
    sessions.note_alive()
    just_after_a_beat = T0 + HEARTBEAT_MS / 1000 + 4  # a late beat, or a restart at once
    assert AgendaSession(meeting, conn, ManualClock(just_after_a_beat)).resumed is None
    assert AgendaSession(meeting, conn, ManualClock(T0 + 90)).resumed is not None


def test_a_meeting_running_off_screen_is_noted_alive_but_not_one_unopened_since_a_restart(
    conn: sqlite3.Connection, meeting: Meeting, data_dir: Path
) -> None:
    """The facilitator looks at another meeting while this one runs, and then the laptop
    dies: the restart must leave out only the time it was really off. A meeting the
    restarted app has not shown yet keeps its last sign of life, for its first showing."""
    clock = ManualClock(T0)
    sessions = Sessions(conn, clock, data_dir / "meetingkit.db")
    session = sessions.agenda(meeting)
    session.add_item(AgendaItem("Discussion", 30))
    session.start_meeting()
    other = MeetingStore(conn).create(Meeting("Other", dt.date(2026, 11, 22), dt.time(9)))
    sessions.agenda(other)  # now on screen; the running meeting is not
    clock.advance(20 * 60)
    sessions.note_alive()
    clock.advance(3)  # the laptop dies
    clock.advance(7 * 60)
    restarted = Sessions(conn, clock, data_dir / "meetingkit.db")
    restarted.agenda(other)
    restarted.note_alive()  # the running meeting is not opened yet: its sign is kept
    resumed = restarted.agenda(meeting).resumed
    assert resumed is not None
    assert resumed.gap_ms == 7 * 60_000 + 3_000


def test_a_meeting_shown_again_by_the_app_still_running_is_no_restart(
    conn: sqlite3.Connection, meeting: Meeting, data_dir: Path
) -> None:
    """Editing the meeting, or looking at another one for a while, rebuilds its session: the
    app was never closed, however long since its last heartbeat for this meeting."""
    clock = ManualClock(T0)
    sessions = Sessions(conn, clock, data_dir / "meetingkit.db")
    session = sessions.agenda(meeting)
    session.add_item(AgendaItem("Discussion", 30))
    session.start_meeting()
    clock.advance(20 * 60)  # twenty minutes on another meeting's screen
    assert sessions.agenda(meeting).resumed is None
    restarted = Sessions(conn, clock, data_dir / "meetingkit.db")  # the app really restarted
    resumed = restarted.agenda(meeting).resumed
    assert resumed is not None
    assert resumed.gap_ms == 20 * 60_000


def test_moving_items_up_and_down(conn: sqlite3.Connection, meeting: Meeting) -> None:
    session = AgendaSession(meeting, conn, ManualClock(T0))
    a, b, c = (session.add_item(AgendaItem(t, 10)) for t in "ABC")
    assert session.move_item(c.key, -1) == [a.key, c.key, b.key]
    assert session.move_item(a.key, +5) == [c.key, b.key, a.key]
    assert [i.title for i in AgendaSession(meeting, conn, ManualClock(T0)).items] == list("CBA")


def test_deleting_the_running_item_is_saved_as_stopped(
    conn: sqlite3.Connection, meeting: Meeting
) -> None:
    clock = ManualClock(T0)
    session = AgendaSession(meeting, conn, clock)
    item = session.add_item(AgendaItem("A", 10))
    session.start_meeting()
    session.delete_item(item.key)
    assert AgendaSession(meeting, conn, clock).run.current_item is None
    session.restore_item(item.key)
    assert [i.id for i in session.items] == [item.id]


def test_duplicating_a_meeting_carries_the_agenda_plan_not_its_record(
    conn: sqlite3.Connection, meeting: Meeting
) -> None:
    clock = ManualClock(T0)
    session = AgendaSession(meeting, conn, clock)
    session.apply_template(BUILT_IN_TEMPLATES[0])
    session.start_meeting()
    session.set_minutes(session.items[0].key, "Secret minutes")
    copy = MeetingStore(conn).duplicate(meeting.key, meeting.as_template_for(dt.date(2026, 12, 5)))
    copied = AgendaSession(copy, conn, clock)
    assert [i.title for i in copied.items] == [i.title for i in session.items]
    assert all(i.minutes == "" for i in copied.items)
    assert not copied.run.started


def test_undoing_the_deletion_of_the_running_item_puts_it_back_on(
    conn: sqlite3.Connection, meeting: Meeting
) -> None:
    """As if it had never been deleted: the room kept talking about it meanwhile, so the
    time until the undo counts for it, as on a wall clock."""
    clock = ManualClock(T0)
    session = AgendaSession(meeting, conn, clock)
    one, two = (session.add_item(AgendaItem(t, 10)) for t in ("One", "Two"))
    session.start_meeting()
    clock.advance(60)
    was = session.state(one.key)
    session.delete_item(one.key)
    assert session.run.current_item is None
    clock.advance(15)
    session.restore_item(one.key, 0, was)
    assert [i.key for i in session.items] == [one.key, two.key]
    assert session.run.current_item == one
    assert session.state(one.key) == ItemState.RUNNING
    clock.advance(5)
    assert session.run.elapsed_ms(one.key) == 80_000
    restarted = AgendaSession(meeting, conn, clock)  # saved at once
    assert restarted.state(one.key) == ItemState.RUNNING
    assert restarted.run.elapsed_ms(one.key) == 80_000


def test_undoing_the_deletion_of_the_paused_item_puts_it_back_paused(
    conn: sqlite3.Connection, meeting: Meeting
) -> None:
    clock = ManualClock(T0)
    session = AgendaSession(meeting, conn, clock)
    one = session.add_item(AgendaItem("One", 10))
    session.start_meeting()
    clock.advance(60)
    session.toggle_pause()
    was = session.state(one.key)
    session.delete_item(one.key)
    clock.advance(15)
    session.restore_item(one.key, 0, was)
    assert session.state(one.key) == ItemState.PAUSED
    assert session.run.elapsed_ms(one.key) == 60_000


def test_an_item_restored_after_the_meeting_moved_on_stays_off(
    conn: sqlite3.Connection, meeting: Meeting
) -> None:
    """Another item was started after the deletion: undo does not take the floor from it."""
    clock = ManualClock(T0)
    session = AgendaSession(meeting, conn, clock)
    one, two = (session.add_item(AgendaItem(t, 10)) for t in ("One", "Two"))
    session.start_meeting()
    clock.advance(60)
    was = session.state(one.key)
    session.delete_item(one.key)
    session.start_item(two.key)
    clock.advance(15)
    session.restore_item(one.key, 0, was)
    assert session.run.current_item == two
    assert session.state(one.key) == ItemState.PENDING
    assert session.run.elapsed_ms(one.key) == 60_000
