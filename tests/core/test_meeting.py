import datetime as dt

import pytest

from meetingkit.core.errors import ValidationError
from meetingkit.core.meeting import Meeting, MeetingKind, Role, format_duration


def make(**changes: object) -> Meeting:
    fields: dict[str, object] = {
        "title": "Staffing",
        "date": dt.date(2026, 11, 21),
        "start": dt.time(18, 30),
    }
    return Meeting(**(fields | changes))  # type: ignore[arg-type]


def test_planned_end_adds_the_planned_length_to_the_start() -> None:
    """A 90-minute meeting at 18:30 is planned to end at 20:00."""
    assert make(planned_minutes=90).planned_end == dt.datetime(2026, 11, 21, 20, 0)


def test_planned_end_can_cross_midnight() -> None:
    """A night-shift meeting at 23:30 for an hour ends the next day."""
    end = make(start=dt.time(23, 30), planned_minutes=60).planned_end
    assert end == dt.datetime(2026, 11, 22, 0, 30)


def test_validation_tidies_whitespace() -> None:
    m = make(title="  Safe   staffing ", place="  Union hall ").validated()
    assert (m.title, m.place) == ("Safe staffing", "Union hall")


@pytest.mark.parametrize("title", ["", "   ", "\n\t"])
def test_a_meeting_needs_a_title(title: str) -> None:
    with pytest.raises(ValidationError, match="title"):
        make(title=title).validated()


@pytest.mark.parametrize("minutes", [0, -5, 12 * 60 + 1])
def test_planned_length_must_be_sensible(minutes: int) -> None:
    with pytest.raises(ValidationError, match="Planned length"):
        make(planned_minutes=minutes).validated()


def test_todays_meeting_is_still_upcoming_tomorrows_past_is_past() -> None:
    today = dt.date(2026, 11, 21)
    assert make().is_upcoming(today)
    assert not make(date=dt.date(2026, 11, 20)).is_upcoming(today)
    night = make(date=dt.date(2026, 11, 20), start=dt.time(23, 20), planned_minutes=90)
    assert night.is_upcoming(today)  # it ends at 00:50 today: not past yet


def test_an_ended_meeting_is_past_at_once_one_not_ended_stays_upcoming() -> None:
    """Ended tonight, the meeting is past: it no longer waits until midnight (QA)."""
    today = dt.date(2026, 11, 21)
    tonight = make()
    assert tonight.is_upcoming(today, ended=False)  # planned, or running: still upcoming
    assert not tonight.is_upcoming(today, ended=True)
    night = make(date=dt.date(2026, 11, 20), start=dt.time(23, 20), planned_minutes=90)
    assert not night.is_upcoming(today, ended=True)  # ended at 00:40, before its planned end
    ahead = make(date=dt.date(2026, 11, 28))
    assert not ahead.is_upcoming(today, ended=True)  # held early, on another day: held


def test_a_template_copy_is_unsaved_and_moves_to_the_new_date() -> None:
    saved = make(id=7, kind=MeetingKind.ASSEMBLY, place="Hall")
    copy = saved.as_template_for(dt.date(2026, 11, 28))
    assert copy.id is None
    assert (copy.title, copy.kind, copy.place, copy.date) == (
        "Staffing",
        MeetingKind.ASSEMBLY,
        "Hall",
        dt.date(2026, 11, 28),
    )


def test_an_unsaved_meeting_has_no_key() -> None:
    with pytest.raises(ValueError, match="not been saved"):
        _ = make().key


def test_every_role_has_a_label_and_a_duty() -> None:
    assert [r.label for r in Role][:2] == ["Facilitator", "Co-facilitator"]
    assert all(r.duty.endswith(".") for r in Role)
    assert len(Role) == 7


@pytest.mark.parametrize(("minutes", "text"), [(45, "45 min"), (90, "1 h 30 min"), (120, "2 h")])
def test_durations_read_naturally(minutes: int, text: str) -> None:
    assert format_duration(minutes) == text


@pytest.mark.parametrize("day", [dt.date(9999, 12, 31), dt.date(1, 1, 1), dt.date(2200, 1, 1)])
def test_a_date_no_one_means_is_refused_before_it_breaks_a_screen(day: dt.date) -> None:
    """31 December 9999 was saved, and then every screen and printout failed: its planned
    end is past the last date Python can hold."""
    with pytest.raises(ValidationError, match="between 1900 and 2199"):
        Meeting("Far future", day, dt.time(23)).validated()
    assert Meeting("Far future", dt.date(2199, 12, 31), dt.time(23)).validated().planned_end


def test_a_title_is_tidied_of_control_characters_and_kept_to_a_length() -> None:
    """Typed at a terminal: `meeting new $'\\x01\\x02'` made an invisible title, and a
    100,000-character one made a 102-page agenda."""
    day, six = dt.date(2026, 11, 21), dt.time(18)
    tidy = Meeting("Vigil\tplanning\x1b", day, six, place=" Hall\n2 ").validated()
    assert (tidy.title, tidy.place) == ("Vigil planning", "Hall 2")
    for unseen in ("\x01\x02", "\u200b\u200b"):
        with pytest.raises(ValidationError, match="needs a title"):
            Meeting(unseen, day, six).validated()
    assert len(Meeting("A" * 200, day, six).validated().title) == 200
    with pytest.raises(ValidationError, match="at most 200 characters"):
        Meeting("A" * 201, day, six).validated()
    with pytest.raises(ValidationError, match="A place can be at most 300"):
        Meeting("Vigil", day, six, place="P" * 301).validated()
