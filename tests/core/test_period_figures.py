"""The figures for a period: what counts as held, purged meetings counted through their kept
counts, the small-group rule, first-timers by month, commitments and curricula."""

from __future__ import annotations

import datetime as dt

from meetingkit.core import i18n
from meetingkit.core import period_wording as words
from meetingkit.core.airtime import NOT_GIVEN
from meetingkit.core.commitment import FollowUpStatus
from meetingkit.core.kept_counts import KeptCounts
from meetingkit.core.meeting import MeetingKind
from meetingkit.core.period_figures import (
    CommitmentFigures,
    PeriodInputs,
    PeriodMeeting,
    Pledge,
    Spoken,
    Visit,
    period_figures,
)

RN = "Registered nurse (RN)"
MD = "Physician (MD/DO)"
CNA = "Certified nursing assistant (CNA)"
TODAY = dt.date(2026, 11, 22)
SINCE, UNTIL = dt.date(2025, 11, 23), TODAY


def meeting(mid: int, day: dt.date, **kw: object) -> PeriodMeeting:
    kw.setdefault("recorded", True)
    kw.setdefault("kind", MeetingKind.MEETING)
    return PeriodMeeting(mid, day, **kw)  # type: ignore[arg-type]


def inputs(meetings: list[PeriodMeeting], **kw: object) -> PeriodInputs:
    return PeriodInputs(SINCE, UNTIL, TODAY, meetings, **kw)  # type: ignore[arg-type]


def visits(mid: int, professions: dict[int, str]) -> list[Visit]:
    return [Visit(mid, pid, prof) for pid, prof in professions.items()]


def test_only_meetings_that_happened_by_today_count_as_held() -> None:
    """Someone present, the agenda started, or purged: held. Nothing recorded, or still
    ahead: left out, and counted apart."""
    f = period_figures(
        inputs(
            [
                meeting(1, dt.date(2026, 1, 5)),
                meeting(2, dt.date(2026, 2, 5), recorded=False),  # nothing recorded
                meeting(3, dt.date(2026, 3, 5), recorded=False, kept=KeptCounts(TODAY)),
                meeting(4, dt.date(2026, 11, 29)),  # ahead (the period may run past today)
            ]
        )
    )
    assert f.meetings == 2
    assert (f.not_recorded, f.ahead) == (1, 1)
    assert words.left_out_note(f) == (
        "Not counted: 1 meeting with nothing recorded (nobody marked present, the agenda "
        "never started); 1 meeting still ahead."
    )


def test_a_purged_meeting_counts_through_its_kept_counts() -> None:
    """Its attendance, first-timers, professions, speaking time and commitments count; it
    adds to the different people only through its first-timers (each was someone new), and
    its commitments' follow-up is not known."""
    kept = KeptCounts(
        purged_on=dt.date(2026, 6, 1),
        attendance=10,
        first_timers=4,
        professions=((RN, 6), ("Other professions", 4)),
        groups=((RN, 6, 60_000), ("Night shift", 3, 30_000)),
        airtime_ms=100_000,
        commitments=(("Bring two coworkers", 3), ("Join the committee", 2)),
        committed=4,
    )
    live = meeting(2, dt.date(2026, 5, 10), first_timers=2)
    f = period_figures(
        inputs(
            [meeting(1, dt.date(2026, 4, 10), kept=kept), live],
            visits=visits(2, {1: RN, 2: RN, 3: RN, 4: ""}),
            spoken=[Spoken(2, 1, 40_000), Spoken(2, 4, 10_000)],
            pledges=[Pledge(2, 1, FollowUpStatus.DONE), Pledge(2, 2, FollowUpStatus.OPEN)],
        )
    )
    assert (f.meetings, f.purged, f.purged_attendance) == (2, 1, 10)
    assert f.attendance == 14
    # The meeting that still holds who came had 4; the first-timers (6, 4 of them at the
    # purged meeting) were all different people: at least 6.
    assert f.people == 6
    assert f.first_timers == 6
    april, may = (m for m in f.months if m.month.month in (4, 5))
    assert (april.attendance, april.first_timers) == (10, 4)
    assert (may.attendance, may.first_timers) == (4, 2)
    assert {(p.label, p.attendance) for p in f.professions} == {
        (RN, 9),
        ("Other or not given", 5),  # the purge's combined row, and the one not given
    }
    assert f.commitments == CommitmentFigures(
        made=7,
        follow_ups=((FollowUpStatus.OPEN, 1), (FollowUpStatus.DONE, 1)),
        unknown=5,
    )
    assert words.commitments_line(f.commitments) == (
        "7 commitments were made. Followed up (an organizer talked with the person): 1 of 2 (50%)."
    )
    # Speaking time: the purge's RN group counts, its "Night shift" (not a profession) not.
    a = f.airtime
    assert a.total_ms == 150_000
    assert f.airtime_meetings == 2
    assert [(s.group, s.airtime_ms) for s in a.groups] == [(RN, 100_000)]
    assert a.groups[0].room_share == 9 / 14
    assert a.unshown_ms == 50_000
    assert words.purged_note(f).startswith("1 of these meetings was purged (10 attended)")
    assert words.headline(f)[2] == ("6", "different people, at least")


def test_a_profession_of_fewer_than_three_different_people_is_combined() -> None:
    """Two physicians, each at three meetings, make six attendances but stay two people:
    they are combined, in the table and left out of the chart, however often they came."""
    days = [dt.date(2026, m, 1) for m in (3, 4, 5)]
    room = {1: RN, 2: RN, 3: RN, 4: MD, 5: MD}
    f = period_figures(
        inputs(
            [meeting(i, day) for i, day in enumerate(days, 1)],
            visits=[v for i in (1, 2, 3) for v in visits(i, room)],
            spoken=[Spoken(i, 4, 60_000) for i in (1, 2, 3)] + [Spoken(1, 1, 30_000)],
        )
    )
    assert [(p.label, p.attendance) for p in f.professions] == [
        (RN, 9),
        ("Other professions", 6),
    ]
    assert f.professions_combined
    assert "fewer than 3 different people are combined" in words.professions_line(f)
    # The chart would show the RNs and say the rest had 180 s: the two physicians' time.
    # (This test used to expect that, the leak: core.differencing.) No chart instead.
    assert f.airtime.groups == ()
    assert f.airtime.combined_to_protect == 1
    assert "1 profession with enough people is left out too" in words.airtime_rule(f)


def test_a_meetings_larger_minimum_group_size_holds_for_the_period() -> None:
    room = {i: RN for i in range(1, 5)} | {i: CNA for i in range(5, 9)}
    f = period_figures(
        inputs([meeting(1, dt.date(2026, 3, 1), min_group_size=5)], visits=visits(1, room))
    )
    assert f.min_group_size == 5
    assert [p.label for p in f.professions] == ["Other professions"]


def test_a_purge_counts_toward_a_professions_people() -> None:
    """A purge kept "4 pharmacists" at one meeting: a pharmacist seen at another is shown
    with them, not combined, since at least four different pharmacists came."""
    kept = KeptCounts(dt.date(2026, 6, 1), attendance=4, professions=(("Pharmacist", 4),))
    f = period_figures(
        inputs(
            [meeting(1, dt.date(2026, 3, 1), kept=kept), meeting(2, dt.date(2026, 4, 1))],
            visits=visits(2, {7: "Pharmacist", 8: RN, 9: RN, 10: RN}),
        )
    )
    assert [(p.label, p.attendance) for p in f.professions] == [("Pharmacist", 5), (RN, 3)]


def test_professions_typed_differently_count_as_one() -> None:
    f = period_figures(
        inputs([meeting(1, dt.date(2026, 3, 1))], visits=visits(1, {1: "RN", 2: "rn", 3: RN}))
    )
    assert [(p.label, p.attendance) for p in f.professions] == [(RN, 3)]


def test_months_cover_the_whole_period_and_say_a_part_month() -> None:
    f = period_figures(inputs([meeting(1, dt.date(2026, 1, 6), first_timers=3)]))
    assert len(f.months) == 13
    assert f.months[0].month == dt.date(2025, 11, 1)
    assert words.month_line(f.months[0].month, f) == "November 2025 (from 23 Nov)"
    assert words.month_line(f.months[2].month, f) == "January 2026"
    assert words.month_line(f.months[-1].month, f) == "November 2026 (to 22 Nov)"
    assert [m.first_timers for m in f.months if m.first_timers] == [3]


def test_meetings_by_kind_and_by_group_and_curricula() -> None:
    f = period_figures(
        inputs(
            [
                meeting(1, dt.date(2026, 1, 6), group="Safe staffing"),
                meeting(2, dt.date(2026, 2, 6), group="Safe staffing"),
                meeting(3, dt.date(2026, 3, 6), kind=MeetingKind.ASSEMBLY),
                meeting(4, dt.date(2026, 4, 6), kind=MeetingKind.TRAINING, curriculum="one"),
                meeting(5, dt.date(2026, 4, 13), kind=MeetingKind.TRAINING, curriculum="one"),
                meeting(6, dt.date(2026, 5, 6), kind=MeetingKind.TRAINING),
            ],
            visits=visits(1, {1: RN, 2: RN}) + visits(2, {2: RN}) + visits(4, {3: MD}),
            curricula={"one": "One-on-ones"},
        )
    )
    assert [(k.kind, k.meetings, k.attendance) for k in f.by_kind] == [
        (MeetingKind.MEETING, 2, 3),
        (MeetingKind.TRAINING, 3, 1),
        (MeetingKind.ASSEMBLY, 1, 0),
    ]
    assert [(g.group, g.meetings, g.attendance, g.people) for g in f.by_group] == [
        ("Safe staffing", 2, 3, 2),
        ("", 4, 1, 1),  # meetings of no group, last
    ]
    assert [(c.title, c.trainings, c.attendance) for c in f.curricula] == [("One-on-ones", 2, 1)]
    assert f.trainings == 3
    assert words.without_curriculum(f) == "1 training was not made from a curriculum."
    assert words.trainings_line(f) == "3 trainings were held; 1 attended."


def test_one_groups_figures_list_no_groups() -> None:
    f = period_figures(inputs([meeting(1, dt.date(2026, 1, 6), group="Safe")], group="Safe"))
    assert f.by_group == ()
    assert words.whose(f) == "Meetings of Safe"


def test_nothing_held() -> None:
    f = period_figures(inputs([]))
    assert (f.meetings, f.attendance, f.people, f.commitments.made) == (0, 0, 0, 0)
    assert f.airtime.total_ms == 0
    assert words.airtime_line(f) == "No speaking time was recorded in this period."
    assert words.commitments_line(f.commitments) == "No commitments were made in this period."


def test_speaking_without_being_marked_present_has_no_profession() -> None:
    """Three spoke without being marked present: their time is left out of the chart. (One
    alone would be left alone out of it, their time told: then the RNs go too.)"""
    room = {1: RN, 2: RN, 3: RN}
    unmarked = [Spoken(1, pid, 10_000) for pid in (97, 98, 99)]
    f = period_figures(
        inputs(
            [meeting(1, dt.date(2026, 3, 1))],
            visits=visits(1, room),
            spoken=[Spoken(1, 1, 10_000), *unmarked],
        )
    )
    assert [(s.group, s.airtime_ms) for s in f.airtime.groups] == [(RN, 10_000)]
    assert f.airtime.unshown_ms == 30_000
    assert NOT_GIVEN not in [s.group for s in f.airtime.groups]
    alone = period_figures(
        inputs(
            [meeting(1, dt.date(2026, 3, 1))],
            visits=visits(1, room),
            spoken=[Spoken(1, 1, 10_000), Spoken(1, 99, 30_000)],
        )
    )
    assert (alone.airtime.groups, alone.airtime.combined_to_protect) == ((), 1)


def test_with_every_meeting_purged_its_first_timers_are_the_people_at_least() -> None:
    """No "0 different people": who came is gone, but its first-timers were new people (the
    year's data read "870 different people, at least" beside "908 came for the first time")."""
    kept = KeptCounts(dt.date(2026, 9, 1), attendance=220, first_timers=75)
    f = period_figures(
        PeriodInputs(
            dt.date(2026, 6, 25),
            dt.date(2026, 6, 25),
            TODAY,
            [meeting(1, dt.date(2026, 6, 25), kept=kept, group="Town hall")],
        )
    )
    assert f.attendance == 220
    # Nobody can be told apart, but its 75 first-timers were different people
    assert words.headline(f)[2] == ("75", "different people, at least")
    assert [(g.group, g.people) for g in f.by_group] == [("Town hall", None)]
    assert words.month_line(f.months[0].month, f) == "June 2026 (25 Jun)"


def test_a_period_with_a_meeting_purged_does_not_say_its_people_exactly() -> None:
    """The line "someone who came to five meetings counts … once among the 908 different
    people" was untrue once a meeting was purged: 908 is only the least there were."""
    kept = KeptCounts(dt.date(2026, 9, 1), attendance=10, first_timers=6)
    live = meeting(2, dt.date(2026, 5, 10))
    whole = period_figures(inputs([live], visits=visits(2, {1: RN, 2: RN})))
    assert words.attendance_line(whole).endswith("and once among the 2 different people.")
    f = period_figures(
        inputs([meeting(1, dt.date(2026, 4, 10), kept=kept), live], visits=visits(2, {1: RN}))
    )
    assert words.headline(f)[2] == ("6", "different people, at least")
    assert words.attendance_line(f) == (
        "Attendance adds up each meeting's people: someone who came to five meetings counts "
        "five times."
    )


def test_a_one_day_period_with_its_one_meeting_purged_reads_right() -> None:
    """Not "25 Jun 2026 – 25 Jun 2026", nor "1 of these meetings was purged" of the only one."""
    day = dt.date(2026, 6, 25)
    kept = KeptCounts(dt.date(2026, 9, 1), attendance=220, first_timers=75)
    f = period_figures(PeriodInputs(day, day, TODAY, [meeting(1, day, kept=kept)]))
    assert words.dates(f) == "25 Jun 2026"
    assert words.purged_note(f).startswith(
        "This meeting was purged (220 attended): it counts through the counts kept when its "
        "names were removed"
    )
    two = period_figures(
        PeriodInputs(day, day, TODAY, [meeting(1, day, kept=kept), meeting(2, day)])
    )
    assert words.purged_note(two).startswith("1 of these meetings was purged (220 attended)")
    assert words.dates(period_figures(inputs([]))) == "23 Nov 2025 – 22 Nov 2026"


def test_a_month_row_starts_with_a_capital_in_spanish_too() -> None:
    """Spanish writes a month's name in lowercase ("noviembre de 2025"), but a row's label
    starts with a capital."""

    def spanish(day: dt.date, pattern: str) -> str:
        months = {11: "noviembre", 12: "diciembre"}
        if pattern == "MMMM yyyy":
            return f"{months[day.month]} de {day.year}"
        return f"{day.day} {months[day.month][:3]}"

    f = period_figures(inputs([]))
    i18n.install_dates(spanish)
    try:
        assert words.month_line(dt.date(2025, 11, 1), f) == "Noviembre de 2025 (from 23 nov)"
        assert words.month_line(dt.date(2025, 12, 1), f) == "Diciembre de 2025"
    finally:
        i18n.install_dates(None)


def test_the_airtime_notes_speak_of_professions() -> None:
    """The chart shows professions: the time it leaves out is the professions', not
    "Groups too small to show" (the meeting report's words, where groups are also named by
    the people themselves)."""
    room = {1: RN, 2: RN, 3: RN, 4: MD, 5: CNA, 6: "Physical therapist (PT)"}
    f = period_figures(
        inputs(
            [meeting(1, dt.date(2026, 3, 1))],
            visits=visits(1, room),
            spoken=[Spoken(1, 1, 30_000), Spoken(1, 4, 10_000)],
        )
    )
    assert words.airtime_notes(f)[0] == (
        "Professions left out of the chart had 25% of the speaking time."
    )
    assert not [n for n in words.airtime_notes(f) if "Groups" in n]
    every = period_figures(
        inputs(
            [meeting(1, dt.date(2026, 3, 1))],
            visits=visits(1, {1: RN, 2: RN, 3: RN}),
            spoken=[Spoken(1, 1, 30_000)],
        )
    )
    assert words.airtime_notes(every) == []  # every profession is in the chart
