"""A meeting running (started, not ended, not left open) is happening until it is ended,
whatever its plan says; one ended is over, even before its planned end. The start screen
said "Happening now, until 12:00" (the agenda's projected end) and moved on to the next
meeting at 11:48, its planned end, with the meeting still running; and went on saying
"Happening now, until 11:48" for a meeting ended at 11:00."""

import datetime as dt

from meetingkit.core.meeting import Meeting
from meetingkit.core.whats_next import happening_now, next_meeting

MORNING = Meeting("Morning", dt.date(2026, 11, 22), dt.time(10), planned_minutes=108, id=1)
AFTERNOON = Meeting("Afternoon", dt.date(2026, 11, 22), dt.time(13), id=2)
NEXT_WEEK = Meeting("Next week", dt.date(2026, 11, 29), dt.time(10), id=3)
MEETINGS = [NEXT_WEEK, AFTERNOON, MORNING]


def at(hour: int, minute: int) -> dt.datetime:
    return dt.datetime(2026, 11, 22, hour, minute)


def is_morning(meeting: Meeting) -> bool:
    return meeting == MORNING


def test_a_meeting_running_past_its_planned_end_is_still_the_one_happening() -> None:
    late = at(11, 55)  # planned to end at 11:48
    assert next_meeting(MEETINGS, late, running=is_morning) == MORNING
    assert happening_now(MORNING, late, running=True)
    assert next_meeting(MEETINGS, at(12, 59), running=is_morning) == MORNING
    # Not running (never started), it is over at its planned end, as before
    assert next_meeting(MEETINGS, late) == AFTERNOON
    assert not happening_now(MORNING, late)


def test_a_meeting_started_early_is_happening_now() -> None:
    early = at(9, 50)
    assert next_meeting(MEETINGS, early, running=is_morning) == MORNING
    assert happening_now(MORNING, early, running=True)
    assert not happening_now(MORNING, early)


def test_a_meeting_running_comes_before_one_only_planned_for_now() -> None:
    """The afternoon meeting's planned time has come, but the morning's is still on."""
    assert next_meeting(MEETINGS, at(13, 5), running=is_morning) == MORNING
    assert next_meeting(MEETINGS, at(13, 5)) == AFTERNOON


def test_a_meeting_ended_before_its_planned_end_is_over() -> None:
    ended_early = at(11, 20)
    assert next_meeting(MEETINGS, ended_early, ended=is_morning) == AFTERNOON
    afternoon_too = {MORNING, AFTERNOON}
    assert next_meeting(MEETINGS, ended_early, ended=afternoon_too.__contains__) == NEXT_WEEK
    assert next_meeting(MEETINGS, ended_early) == MORNING  # not ended: on by its plan


def test_ended_is_asked_only_of_the_meetings_that_would_be_next() -> None:
    asked: list[str] = []

    def ended(meeting: Meeting) -> bool:
        asked.append(meeting.title)
        return meeting == MORNING

    assert next_meeting(MEETINGS, at(11, 20), ended=ended) == AFTERNOON
    assert asked == ["Morning", "Afternoon"]
