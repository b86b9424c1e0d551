"""A group's members across its meetings: attendance rows, commitments, meetings led."""

import datetime as dt

import pytest

from meetingkit.core.commitment import FollowUpStatus
from meetingkit.core.errors import ValidationError
from meetingkit.core.group import (
    CommitmentFact,
    Group,
    GroupMeeting,
    contact_of,
    member_histories,
)
from meetingkit.core.ladder import Measure, Rung

NOW = dt.datetime(2026, 11, 21, 19, 10)
ANA, BILAL, CARMEN, DELE = 1, 2, 3, 4


def meeting(
    meeting_id: int,
    day: dt.date,
    present: set[int],
    leaders: set[int] = frozenset(),  # type: ignore[assignment]
    at: dt.time = dt.time(18, 30),
    **kwargs: object,
) -> GroupMeeting:
    return GroupMeeting(
        meeting_id,
        f"Meeting {meeting_id}",
        dt.datetime.combine(day, at),
        frozenset(present),
        frozenset(leaders),
        **kwargs,  # type: ignore[arg-type]
    )


def fact(
    person_id: int,
    meeting_id: int,
    status: FollowUpStatus = FollowUpStatus.OPEN,
    *,
    notes: bool = False,
    day: int = 1,
) -> CommitmentFact:
    return CommitmentFact(person_id, meeting_id, status, notes, dt.datetime(2026, 10, day, 12))


MEETINGS = (
    meeting(1, dt.date(2026, 9, 24), {ANA, BILAL}, {ANA}),
    meeting(2, dt.date(2026, 10, 24), {ANA, CARMEN}, {CARMEN}),
    meeting(3, dt.date(2026, 11, 21), {ANA}, {ANA}),  # started at 18:30: held
    meeting(4, dt.date(2026, 12, 19), set(), {BILAL}),  # next month: not yet
)


def test_a_history_has_a_mark_per_held_meeting_and_ignores_the_future() -> None:
    histories = member_histories(MEETINGS, [], [ANA, BILAL, CARMEN, DELE], NOW)
    assert histories[ANA].marks == "✓✓✓"
    assert histories[BILAL].marks == "✓––"
    assert histories[CARMEN].marks == "–✓–"
    assert histories[DELE].marks == "–––"
    assert histories[BILAL].led == 0  # the role he holds next month is not led yet
    assert histories[ANA].led == 2
    assert histories[BILAL].last_attended == dt.date(2026, 9, 24)
    assert histories[DELE].last_attended is None


def test_a_meeting_later_today_is_not_held_yet() -> None:
    later = meeting(5, NOW.date(), {ANA}, at=dt.time(20, 0))
    assert member_histories([later], [], [ANA], NOW)[ANA].marks == ""


def test_commitments_count_only_from_the_groups_meetings_and_kept_means_done() -> None:
    facts = [
        fact(ANA, 1, FollowUpStatus.DONE),
        fact(ANA, 2, FollowUpStatus.REACHED),
        fact(ANA, 2, FollowUpStatus.DECLINED),
        fact(ANA, 99, FollowUpStatus.DONE),  # another group's meeting
    ]
    history = member_histories(MEETINGS, facts, [ANA], NOW)[ANA]
    assert (history.committed, history.kept) == (3, 1)
    assert history.engagement.count(Measure.ATTENDED) == 3


def test_a_purged_meeting_marks_nobody_absent() -> None:
    purged = meeting(0, dt.date(2026, 8, 24), set(), purged=True, kept_professions=(("RN", 4),))
    history = member_histories([purged, *MEETINGS], [], [BILAL], NOW)[BILAL]
    assert history.marks == "·✓––"
    assert history.engagement.attended == 1
    assert purged.headcount == 4


def test_contact_is_the_last_follow_up_worked_and_what_is_still_open() -> None:
    never = contact_of([fact(ANA, 1, day=3)])
    assert never.last_contact is None
    assert never.status_text == "1 open"
    worked = contact_of(
        [
            fact(ANA, 1, FollowUpStatus.DONE, day=3),
            fact(ANA, 2, FollowUpStatus.REACHED, day=9),
            fact(ANA, 2, FollowUpStatus.OPEN, notes=True, day=12),  # left a message
            fact(ANA, 3, FollowUpStatus.OPEN, day=20),  # just recorded: no contact
        ]
    )
    assert worked.last_contact == dt.datetime(2026, 10, 12, 12)
    assert (worked.open, worked.reached) == (2, 1)
    assert worked.status_text == "2 open, 1 reached"
    assert contact_of([]).status_text == "nothing open"


def test_marking_a_follow_up_lapsed_is_not_a_contact() -> None:
    """Closed in bulk because nobody called: "last contact" stays when it was, not the day
    of the marking."""
    lapsed = contact_of(
        [fact(ANA, 1, FollowUpStatus.DONE, day=3), fact(ANA, 2, FollowUpStatus.LAPSED, day=20)]
    )
    assert lapsed.last_contact == dt.datetime(2026, 10, 3, 12)
    assert lapsed.status_text == "nothing open"


def test_a_group_is_checked_before_it_is_saved() -> None:
    assert Group("  Safe   staffing ").validated().name == "Safe staffing"
    with pytest.raises(ValidationError, match="needs a name"):
        Group(" ").validated()
    with pytest.raises(ValidationError, match="missed meetings"):
        Group("Chapter", missed_meetings=0).validated()
    with pytest.raises(ValidationError, match="Nobody could ever stand"):
        Group("Chapter", rungs=(Rung("A", Measure.LED, 2), Rung("B", Measure.LED, 1))).validated()
