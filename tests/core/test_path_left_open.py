"""A meeting left open (End meeting forgotten, nothing recorded since an earlier day) is not
"still on" the day after its date, as a night shift's meeting running past midnight is: its
line in the meetings list says it was left open and still needs ending, not "Run 1/2"."""

import datetime as dt
from dataclasses import replace

from meetingkit.core.agenda import AgendaItem, ItemKind
from meetingkit.core.agenda_run import RunRecord
from meetingkit.core.guided_path import MeetingFacts, Phase
from meetingkit.core.path_progress import path_progress

DAY = dt.date(2026, 11, 3)
STARTED = int(dt.datetime(2026, 11, 3, 18, 30).timestamp() * 1000)
TALK = AgendaItem("Staffing incidents", 40, ItemKind.DISCUSSION, id=1)
THE_DAY_AFTER = dt.datetime(2026, 11, 4, 10, 0)
RUNNING = MeetingFacts(
    date=DAY,
    now=THE_DAY_AFTER,
    planned_minutes=90,
    agenda=(TALK,),
    run=RunRecord(started_ms=STARTED),
)


def test_a_night_shift_meeting_still_running_the_day_after_is_in_run() -> None:
    progress = path_progress(RUNNING)
    assert progress.current is Phase.RUN
    assert progress.summary.startswith("Run ")


def test_one_left_open_is_not_still_on_and_says_it_needs_ending() -> None:
    progress = path_progress(replace(RUNNING, left_open=True))
    assert progress.current is Phase.FOLLOW_UP  # as on any later day
    assert progress.left_open
    assert progress.summary == "Left open"
    a_week_later = path_progress(
        replace(RUNNING, left_open=True, now=THE_DAY_AFTER.replace(day=10))
    )
    assert a_week_later.summary == "Left open"


def test_once_ended_it_is_on_its_path_again() -> None:
    ended = replace(RUNNING, run=RunRecord(started_ms=STARTED, ended_ms=STARTED + 60_000))
    assert path_progress(ended).summary.startswith("Follow up ")
