"""A purged meeting's report from the counts kept, and the folding that keeps those counts
from singling anyone out."""

from __future__ import annotations

import datetime as dt

from meetingkit.core import report_wording as words
from meetingkit.core.airtime import NOT_GIVEN
from meetingkit.core.airtime_equity import OTHER_GROUPS, OTHER_OR_NOT_GIVEN
from meetingkit.core.kept_counts import KeptCounts, big_groups, fold_small, kept_report
from meetingkit.core.meeting import Meeting
from meetingkit.core.meeting_report import ReportInputs

MEETING = Meeting("Cross-professional assembly", dt.date(2026, 11, 7), dt.time(10), id=2)
RN, CNA = "Registered nurse (RN)", "Certified nursing assistant (CNA)"
MIN = 60_000

KEPT = KeptCounts(
    purged_on=dt.date(2026, 11, 22),
    attendance=23,
    first_timers=4,
    professions=((RN, 6), (CNA, 3), (OTHER_GROUPS, 14)),
    groups=((RN, 6, 9 * MIN), (CNA, 3, 3 * MIN), ("Night shift", 3, 6 * MIN)),
    airtime_ms=20 * MIN,
    speakers=9,
    turns=14,
    commitments=(("Sign the petition", 2), ("Join the research committee", 1)),
    committed=3,
    cards_issued=4,
    cards_returned=3,
)


def test_professions_of_fewer_than_the_minimum_are_combined() -> None:
    """ "1 pharmacist came" names the pharmacist: the small professions become one row, and
    the total stays what it was."""
    tallies = [(RN, 6), (CNA, 3), ("Pharmacist", 1), ("Licensed practical nurse (LPN)", 1)]
    folded = fold_small(tallies, 3)
    assert folded == [(RN, 6), (CNA, 3), (OTHER_GROUPS, 2)]
    assert sum(n for _, n in folded) == sum(n for _, n in tallies)
    assert fold_small([(RN, 4), (NOT_GIVEN, 2), ("Pharmacist", 1)], 3) == [
        (RN, 4),
        (OTHER_OR_NOT_GIVEN, 3),
    ]


def test_folding_twice_changes_nothing() -> None:
    for tallies in ([(RN, 6), (OTHER_GROUPS, 2)], [(RN, 6), (OTHER_OR_NOT_GIVEN, 1)]):
        assert fold_small(tallies, 3) == tallies
    assert fold_small([(RN, 6), ("Pharmacist", 1)], 1) == [(RN, 6), ("Pharmacist", 1)]


def test_small_groups_are_dropped_not_added_up() -> None:
    """Groups overlap (a profession, a shift), so adding the small ones up would count
    people twice: they are left out, as the projector's bars leave them out."""
    groups = [(RN, 6, MIN), ("Night shift", 2, MIN), ("Pharmacist", 1, MIN)]
    assert big_groups(groups, 3) == [(RN, 6, MIN)]


def test_a_purged_meetings_report_shows_the_counts_kept_and_says_when_the_names_went() -> None:
    report = kept_report(ReportInputs(MEETING), KEPT)
    assert report.purged is not None
    assert report.attendance.total == 23
    assert [(t.label, t.count) for t in report.attendance.by_profession] == [
        (RN, 6),
        (CNA, 3),
        ("Other professions", 14),
    ]
    assert words.attendance_line(report.attendance) == (
        "23 people attended; 4 came for the first time (17%)."
    )
    assert [n for n, _ in words.headline(report)][:2] == ["23", "4"]
    assert words.headline(report)[4][0] == "3"  # people who committed
    assert words.purged_note(report).startswith(
        "Names purged on 22 Nov 2026: this report shows only the anonymous counts kept."
    )
    a = report.airtime
    assert (a.total_ms, a.turns, a.speakers, a.people) == (20 * MIN, 14, 9, ())
    assert [(s.group, s.people_present) for s in a.groups] == [(RN, 6), (CNA, 3)]
    assert a.groups[0].airtime_share == 9 / 20
    assert "as counted when the names were purged" in words.group_rule(
        a, facilitator_copy=False, purged=report.purged
    )
    # The group people gave, kept with the professions, is shown apart, as in the live report
    given = report.given_groups
    assert [(s.group, s.people_present, s.airtime_share) for s in given.groups] == [
        ("Night shift", 3, 6 / 20)
    ]
    c = report.commitments
    assert [(o.text, o.people) for o in c.options] == list(KEPT.commitments)
    assert words.commitments_line(c, report.purged) == "3 people made 3 commitments."
    assert words.commitment_facts(c, report.purged) == [
        "Commitment cards: 4 handed out, 3 handed back."
    ]
    assert words.stack_line(report.stack, report.purged) == (
        "The floor's log and its turns were removed with the names."
    )


def test_nothing_per_person_even_when_the_facilitators_copy_is_asked_for() -> None:
    report = kept_report(ReportInputs(MEETING), KEPT)
    assert not report.facilitator_copy
    assert report.commitments.by_person == ()


def test_an_older_purge_that_did_not_count_who_committed_says_only_how_many_commitments() -> None:
    older = KeptCounts(KEPT.purged_on, attendance=5, commitments=(("Sign", 2),), committed=None)
    report = kept_report(ReportInputs(MEETING), older)
    assert words.headline(report)[4][0] == "—"
    assert words.commitments_line(report.commitments, report.purged) == ("2 commitments were made.")
