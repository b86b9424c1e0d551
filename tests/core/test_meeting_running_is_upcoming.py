"""A meeting running (started, not ended, not left open) is upcoming until it is ended,
whatever its day: running late past midnight, or an assembly held over several days, as the
start screen has it happening now. Its day decides for one not running, left open included."""

import datetime as dt

from meetingkit.core.meeting import Meeting

TODAY = dt.date(2026, 11, 22)
YESTERDAY = TODAY - dt.timedelta(days=1)


def test_one_running_past_midnight_is_upcoming_until_ended() -> None:
    late = Meeting("Late", YESTERDAY, dt.time(21), planned_minutes=60)  # planned to 22:00
    assert not late.is_upcoming(TODAY)  # not running (or left open): over by its day
    assert late.is_upcoming(TODAY, running=True)  # started 22:30, still on at 00:10
    assert not late.is_upcoming(TODAY, ended=True, running=True)  # ended: past at once


def test_an_assembly_over_several_days_is_upcoming_while_it_runs() -> None:
    assembly = Meeting("Assembly", TODAY - dt.timedelta(days=2), dt.time(9), planned_minutes=480)
    assert assembly.is_upcoming(TODAY, running=True)
    assert not assembly.is_upcoming(TODAY)


def test_running_changes_nothing_for_one_upcoming_by_its_day() -> None:
    ahead = Meeting("Ahead", TODAY + dt.timedelta(days=3), dt.time(18))  # started early
    assert ahead.is_upcoming(TODAY, running=True)
    assert ahead.is_upcoming(TODAY)
