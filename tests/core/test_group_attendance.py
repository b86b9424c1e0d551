"""Whom a group has not seen lately, which professions it reaches, whether fewer people come."""

import datetime as dt
from dataclasses import replace

import pytest

from meetingkit.core.attendance_trend import attendance_falling, falling_text
from meetingkit.core.group import GroupMeeting
from meetingkit.core.group_attendance import balance, not_seen_lately

NOW = dt.datetime(2026, 11, 21, 19, 10)
ANA, BILAL, CARMEN, DELE, EVE = 1, 2, 3, 4, 5
RN = "Registered nurse (RN)"


def month(n: int, present: set[int], **kwargs: object) -> GroupMeeting:
    """The group's meeting in month `n` of 2026, at 18:30 on the 21st."""
    return GroupMeeting(
        n,
        f"Month {n}",
        dt.datetime(2026, n, 21, 18, 30),
        frozenset(present),
        **kwargs,  # type: ignore[arg-type]
    )


HELD = (
    month(7, {ANA, BILAL, CARMEN}),
    month(8, {ANA, BILAL}),
    month(9, {ANA, CARMEN}),
    month(10, {ANA}),
    month(11, {ANA, EVE}),  # tonight, started at 18:30
)
NEXT = month(12, set())  # December: not held, so nobody has missed it


def test_people_who_came_before_and_missed_the_last_n_held_meetings() -> None:
    found = not_seen_lately([*HELD, NEXT], [ANA, BILAL, CARMEN, DELE, EVE], NOW, 2)
    assert [(n.person_id, n.last_attended, n.missed) for n in found] == [
        (CARMEN, dt.date(2026, 9, 21), 2),  # seen most recently: first
        (BILAL, dt.date(2026, 8, 21), 3),
    ]


def test_a_longer_absence_is_asked_for_and_found() -> None:
    found = not_seen_lately(HELD, [ANA, BILAL, CARMEN], NOW, 3)
    assert [n.person_id for n in found] == [BILAL]


def test_members_who_never_came_are_not_listed() -> None:
    assert not_seen_lately(HELD, [DELE], NOW, 1) == []


def test_meetings_still_to_come_are_not_missed() -> None:
    """Seen in October, and the only meeting since is still ahead: not missed yet."""
    meetings = [month(9, {ANA, BILAL}), month(10, {BILAL}), month(12, {ANA})]
    assert not_seen_lately(meetings, [BILAL], NOW, 1) == []
    assert [n.person_id for n in not_seen_lately(meetings, [ANA], NOW, 1)] == [ANA]


def test_purged_meetings_count_as_nobody_missing() -> None:
    meetings = [month(8, {BILAL}), month(9, set(), purged=True), month(10, {ANA})]
    found = not_seen_lately(meetings, [BILAL], NOW, 2)
    assert found == []  # only one meeting with a record since August


def _with_professions(meeting: GroupMeeting, professions: dict[int, str]) -> GroupMeeting:
    return replace(meeting, professions=tuple((p, professions[p]) for p in sorted(meeting.present)))


def test_balance_counts_attendees_by_profession_per_held_meeting() -> None:
    professions = {ANA: "RN", BILAL: "Pharmacist", CARMEN: "RN", EVE: " "}
    held = [_with_professions(m, professions) for m in HELD]
    result = balance([*held, NEXT], NOW)
    assert [m.meeting_id for m in result.meetings] == [7, 8, 9, 10, 11]
    assert result.professions == (RN, "Pharmacist", "Not given")  # "RN" as the suggestions say
    assert result.counts == ((2, 1, 2, 1, 1), (1, 1, 0, 0, 0), (0, 0, 0, 0, 1))
    rn = 0
    assert result.total(rn) == 7
    assert result.share_of_last(rn) == pytest.approx(0.5)
    assert result.share_of_all(rn) == pytest.approx(7 / 10)


def test_a_purged_meeting_brings_the_counts_kept_for_it() -> None:
    purged = month(6, set(), purged=True, kept_professions=((RN, 3), ("", 1)))
    result = balance([purged, month(7, {ANA}, professions=((ANA, "rn"),))], NOW)
    assert result.professions == (RN, "Not given")
    assert result.counts == ((3, 1), (1, 0))


def test_the_balance_counts_the_profession_each_had_at_the_meeting() -> None:
    """Ana came as a CNA in July and as an RN in October: each meeting counts her as she
    was there; someone present with no profession kept is "Not given"."""
    july = month(7, {ANA, BILAL}, professions=((ANA, "Certified nursing assistant (CNA)"),))
    october = month(10, {ANA}, professions=((ANA, RN),))
    result = balance([july, october], NOW)
    assert result.professions == ("Certified nursing assistant (CNA)", RN, "Not given")
    assert result.counts == ((1, 0), (0, 1), (1, 0))


def test_balance_of_a_group_that_has_not_met_yet() -> None:
    result = balance([NEXT], NOW)
    assert (result.meetings, result.professions, result.counts) == ((), (), ())


@pytest.mark.parametrize(
    ("headcounts", "falling"),
    [
        ((), False),
        ((9, 7), False),
        ((9, 7, 4), True),
        ((12, 20, 9, 7, 4), True),
        ((9, 7, 7), False),  # a steady meeting stops the fall
        ((9, 4, 7), False),
        ((4, 9, 7), False),
        ((9, 7, 4, 5), False),  # picked up again
    ],
)
def test_attendance_is_falling_when_each_of_the_last_three_had_fewer(
    headcounts: tuple[int, ...], falling: bool
) -> None:
    assert attendance_falling(headcounts) is falling


def test_the_falling_rule_says_its_evidence() -> None:
    assert falling_text((12, 9, 7, 4)) == "fewer people at each of the last 3 meetings: 9 → 7 → 4"
