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


def row(
    name: str,
    due: dt.datetime,
    status: FollowUpStatus = FollowUpStatus.OPEN,
    text: str = "Bring two coworkers",
    organizer: str = "",
) -> FollowUp:
    person_id = sum(ord(ch) for ch in name)  # one id per name
    commitment = Commitment(1, person_id, text, due, status=status)
    return FollowUp(commitment, name, "", "", "October", dt.date(2026, 10, 1), organizer)


def test_whom_to_call_first_is_each_person_once_the_most_recently_overdue_first() -> None:
    """After a year the oldest came first, and a person who ticked two boxes came twice:
    the people who filled in a card last week are the ones worth calling now."""
    rows = [
        row("Ana", NOW - dt.timedelta(days=1), organizer="Grace"),
        row("Ana", NOW - dt.timedelta(days=1), text="Join the committee", organizer="Dele"),
        row("Ana", NOW + dt.timedelta(days=1), text="Sign the petition", organizer="Grace"),
        row("Bilal", NOW - dt.timedelta(days=9)),
        row("Carmen", NOW + dt.timedelta(days=1)),
        row("Dele", NOW - dt.timedelta(days=20), FollowUpStatus.DONE),
        row("Emeka", NOW - dt.timedelta(days=3), FollowUpStatus.REACHED),
        row("Fola", NOW - dt.timedelta(days=4), FollowUpStatus.LAPSED),
    ]
    summary = follow_up_summary(rows, NOW)
    assert [p.person_name for p in summary.to_call] == ["Ana", "Emeka", "Bilal"]
    ana = summary.to_call[0]
    # Everything still open goes into the one call, the not yet due included
    assert ana.texts == ["Sign the petition", "Bring two coworkers", "Join the committee"]
    assert ana.organizer_names == ["Grace", "Dele"]
    assert ana.latest_overdue(NOW) == NOW - dt.timedelta(days=1)
    assert (summary.overdue, summary.stale) == (4, 0)
    assert summary.open_count == 6  # Dele's is done, Fola's lapsed


def test_follow_ups_overdue_for_months_are_counted_apart_not_as_todays_calls() -> None:
    rows = [
        row("Ana", NOW - dt.timedelta(days=2)),
        row("Bilal", NOW - dt.timedelta(days=91)),
        row("Bilal", NOW - dt.timedelta(days=300), text="Join the committee"),
        row("Carmen", NOW - dt.timedelta(days=89)),
    ]
    summary = follow_up_summary(rows, NOW)
    assert [p.person_name for p in summary.to_call] == ["Ana", "Carmen"]
    assert (summary.overdue, summary.stale, summary.open_count) == (2, 2, 4)
    only_old = follow_up_summary(rows[1:3], NOW)
    assert (only_old.to_call, only_old.overdue, only_old.stale) == ([], 0, 2)
