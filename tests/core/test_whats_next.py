"""What the start screen calls next: the meeting under way or the next one, and overdue calls."""

import datetime as dt

from meetingkit.core.commitment import Commitment, FollowUp, FollowUpStatus
from meetingkit.core.meeting import Meeting
from meetingkit.core.whats_next import (
    follow_up_summary,
    happening_now,
    next_meeting,
    starts_in,
)

NOW = dt.datetime(2026, 11, 21, 18, 40)


def meeting(mid: int, day: int, hour: int, minutes: int = 90) -> Meeting:
    return Meeting(
        f"m{mid}", dt.date(2026, 11, day), dt.time(hour, 0), planned_minutes=minutes, id=mid
    )


def test_a_meeting_under_way_comes_before_one_later_today() -> None:
    """The 18:00 meeting runs until 19:30, so at 18:40 it is the one to show, not 20:00's."""
    running, later = meeting(1, 21, 18), meeting(2, 21, 20)
    assert next_meeting([later, running], NOW) == running
    assert happening_now(running, NOW)
    assert not happening_now(later, NOW)


def test_a_meeting_past_its_planned_end_is_no_longer_next() -> None:
    ended, tomorrow = meeting(1, 21, 17, minutes=60), meeting(2, 22, 9)
    assert next_meeting([ended, tomorrow], NOW) == tomorrow


def test_with_only_past_meetings_nothing_is_next() -> None:
    assert next_meeting([meeting(1, 3, 18), meeting(2, 20, 18)], NOW) is None
    assert next_meeting([], NOW) is None


def test_how_far_off_a_meeting_starts_is_said_in_words() -> None:
    assert starts_in(meeting(1, 21, 18), NOW) == "now"
    assert starts_in(meeting(2, 21, 19), NOW) == "in 20 min"
    assert starts_in(meeting(3, 21, 22), NOW) == "in 3 h"
    assert starts_in(meeting(4, 22, 8), NOW) == "tomorrow"
    assert starts_in(meeting(5, 27, 8), NOW) == "in 6 days"


def row(name: str, due: dt.datetime, status: FollowUpStatus = FollowUpStatus.OPEN) -> FollowUp:
    commitment = Commitment(1, 1, "Bring two coworkers", due, status=status)
    return FollowUp(commitment, name, "", "", "October", dt.date(2026, 10, 1), "")


def test_overdue_follow_ups_are_the_open_ones_past_due_oldest_first() -> None:
    rows = [
        row("Ana", NOW - dt.timedelta(days=1)),
        row("Bilal", NOW - dt.timedelta(days=9)),
        row("Carmen", NOW + dt.timedelta(days=1)),
        row("Dele", NOW - dt.timedelta(days=20), FollowUpStatus.DONE),
        row("Emeka", NOW - dt.timedelta(days=3), FollowUpStatus.REACHED),
    ]
    summary = follow_up_summary(rows, NOW)
    assert [r.person_name for r in summary.overdue] == ["Bilal", "Emeka", "Ana"]
    assert summary.open_count == 4  # Dele's is done
