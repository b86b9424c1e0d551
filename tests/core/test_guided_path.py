"""The guided path's checklist: each item follows its facts both ways, ticks count only where the
facilitator may tick, and the meeting's phase and summary follow the items and the date."""

import datetime as dt
from dataclasses import replace

import pytest

from meetingkit.core.agenda import AgendaItem, ItemKind
from meetingkit.core.agenda_run import RunRecord
from meetingkit.core.commitment import Commitment, FollowUpStatus
from meetingkit.core.guided_path import (
    KEYS,
    PATH,
    Document,
    MeetingFacts,
    Phase,
    path_item,
)
from meetingkit.core.meeting import Role
from meetingkit.core.path_progress import item_statuses, path_progress

DAY = dt.date(2026, 11, 21)
NOW = dt.datetime(2026, 11, 14, 12, 0)  # a week before the meeting
DUE = dt.datetime(2026, 11, 23, 18, 30)

TALK = AgendaItem("Main discussion", 40, ItemKind.DISCUSSION, id=1)
VOTE = AgendaItem("Decide the petition", 20, ItemKind.PROPOSAL, id=2)
BASE = MeetingFacts(date=DAY, now=NOW, planned_minutes=90, agenda=(TALK,))
ON_THE_DAY = int(dt.datetime(2026, 11, 21, 19, 0).timestamp() * 1000)
A_WEEK_BEFORE = int(NOW.timestamp() * 1000)  # an empty report printed ahead


def commitment(
    person: int, status: FollowUpStatus = FollowUpStatus.OPEN, organizer: int | None = 9
):
    return Commitment(1, person, "Bring two coworkers", DUE, status=status, organizer_id=organizer)


def status(facts: MeetingFacts, key: str, ticks: frozenset[str] = frozenset()):
    return next(s for s in item_statuses(facts, ticks) if s.item.key == key)


# (item, facts where it holds, facts where it no longer does)
FLIPS = [
    ("agenda_fits", BASE, replace(BASE, agenda=(TALK, replace(VOTE, planned_minutes=60)))),
    ("agenda_fits", BASE, replace(BASE, agenda=())),
    (
        "roles",
        replace(BASE, roles=frozenset({Role.FACILITATOR, Role.NOTE_TAKER})),
        replace(BASE, roles=frozenset({Role.FACILITATOR, Role.TIMEKEEPER})),
    ),
    ("printed_agenda", replace(BASE, printed=frozenset({Document.AGENDA})), BASE),
    (
        "printed_guide",
        replace(BASE, from_curriculum=True, printed=frozenset({Document.GUIDE})),
        replace(BASE, from_curriculum=True),
    ),
    (
        "printed_handouts",
        replace(BASE, from_curriculum=True, printed=frozenset({Document.HANDOUTS})),
        replace(BASE, from_curriculum=True, printed=frozenset({Document.GUIDE})),
    ),
    (
        "printed_cards",
        replace(BASE, commitment_options=3, printed=frozenset({Document.CARDS})),
        replace(BASE, commitment_options=3),
    ),
    ("printed_poster", replace(BASE, printed=frozenset({Document.POSTER})), BASE),
    ("phone_tested", replace(BASE, phone_reached=True), BASE),
    ("signin_opened", replace(BASE, signin_opened=True), BASE),
    (
        "agenda_run",
        replace(BASE, run=RunRecord(started_ms=1, ended_ms=2)),
        replace(BASE, run=RunRecord(started_ms=1)),
    ),
    (
        "agenda_run",
        replace(BASE, run=RunRecord(started_ms=1, done=frozenset({1}))),
        replace(BASE, agenda=(TALK, VOTE), run=RunRecord(started_ms=1, done=frozenset({1}))),
    ),
    (
        "decisions",
        replace(BASE, agenda=(TALK, VOTE), decided_item_ids=frozenset({2})),
        replace(BASE, agenda=(TALK, VOTE), decided_item_ids=frozenset({7})),
    ),
    ("report", replace(BASE, printed=frozenset({Document.REPORT}), reported_ms=ON_THE_DAY), BASE),
    (
        "report",
        replace(BASE, printed=frozenset({Document.MINUTES}), reported_ms=ON_THE_DAY),
        replace(BASE, printed=frozenset({Document.MINUTES}), reported_ms=A_WEEK_BEFORE),
    ),
    (
        "report",
        replace(BASE, run=RunRecord(started_ms=ON_THE_DAY), reported_ms=ON_THE_DAY + 1),
        replace(BASE, run=RunRecord(started_ms=ON_THE_DAY), reported_ms=ON_THE_DAY - 1),
    ),
    (
        "organizers",
        replace(BASE, commitments=(commitment(1), commitment(2, FollowUpStatus.DONE, None))),
        replace(BASE, commitments=(commitment(1), commitment(2, organizer=None))),
    ),
    (
        "followed_up",
        replace(BASE, commitments=(commitment(1, FollowUpStatus.REACHED),)),
        replace(BASE, commitments=(commitment(1, FollowUpStatus.REACHED), commitment(2))),
    ),
    (
        "welcomed",
        replace(
            BASE,
            first_timer_ids=frozenset({1}),
            commitments=(commitment(1, FollowUpStatus.REACHED), commitment(2)),
        ),
        replace(BASE, first_timer_ids=frozenset({1, 2}), commitments=(commitment(1),)),
    ),
]


@pytest.mark.parametrize(("key", "holds", "fails"), FLIPS, ids=[f[0] for f in FLIPS])
def test_each_item_turns_true_when_its_condition_holds_and_back_when_it_no_longer_does(
    key: str, holds: MeetingFacts, fails: MeetingFacts
) -> None:
    assert not status(fails, key).done
    assert status(holds, key).done
    assert not status(fails, key).done
    assert status(holds, key).applicable
    assert status(fails, key).applicable


def test_every_item_is_pinned_by_a_flip() -> None:
    assert {f[0] for f in FLIPS} == KEYS


@pytest.mark.parametrize(
    ("key", "applies"),
    [
        ("printed_guide", replace(BASE, from_curriculum=True)),
        ("printed_handouts", replace(BASE, from_curriculum=True)),
        ("printed_cards", replace(BASE, commitment_options=1)),
        ("decisions", replace(BASE, agenda=(TALK, VOTE))),
        ("organizers", replace(BASE, commitments=(commitment(1),))),
        ("followed_up", replace(BASE, commitments=(commitment(1),))),
        ("welcomed", replace(BASE, first_timer_ids=frozenset({1}))),
    ],
)
def test_items_that_do_not_apply_are_left_out_of_the_counts(
    key: str, applies: MeetingFacts
) -> None:
    """No curriculum, no commitments, no decision item, no first-timer: nothing to do."""
    assert not status(BASE, key).applicable
    assert not status(BASE, key).done
    assert status(applies, key).applicable
    phase = path_item(key).phase
    assert path_progress(applies).phase(phase).total > path_progress(BASE).phase(phase).total


def test_a_tick_on_an_item_the_app_checks_counts_for_nothing() -> None:
    ticks = frozenset({"agenda_fits", "roles", "phone_tested", "signin_opened"})
    facts = replace(BASE, agenda=())
    for key in ticks:
        assert not status(facts, key, ticks).done
        assert not status(facts, key, ticks).can_toggle


def test_a_hand_tick_counts_until_it_is_removed_and_the_app_takes_over_when_it_sees_it() -> None:
    ticked = status(BASE, "printed_poster", frozenset({"printed_poster"}))
    assert ticked.done
    assert ticked.ticked
    assert ticked.can_toggle
    assert not status(BASE, "printed_poster").done
    seen = status(replace(BASE, printed=frozenset({Document.POSTER})), "printed_poster")
    assert seen.done
    assert not seen.can_toggle


def test_a_tick_on_an_item_that_does_not_apply_counts_for_nothing() -> None:
    assert not status(BASE, "printed_guide", frozenset({"printed_guide"})).done


def test_the_followed_up_item_says_how_many_are_still_open_and_overdue() -> None:
    late = replace(BASE, now=DUE + dt.timedelta(hours=1), commitments=(commitment(1),))
    assert status(late, "followed_up").detail == "1 still open, 1 overdue."
    early = replace(late, now=NOW)
    assert status(early, "followed_up").detail == "1 still open."


def test_the_agenda_item_says_how_far_over_it_runs() -> None:
    over = replace(BASE, agenda=(TALK, replace(VOTE, planned_minutes=65)))
    assert status(over, "agenda_fits").detail == "15 min over the planned 1 h 30 min."


def test_the_current_phase_is_the_first_incomplete_one_before_the_meeting() -> None:
    progress = path_progress(BASE)
    assert progress.current is Phase.PLAN
    assert progress.summary == "Plan 1/2"
    planned = replace(BASE, roles=frozenset({Role.FACILITATOR, Role.NOTE_TAKER}))
    progress = path_progress(planned, {"printed_agenda"})
    assert progress.current is Phase.PREPARE
    assert progress.summary == "Prepare 1/3"


def test_a_running_meeting_is_in_run_and_a_past_one_in_follow_up() -> None:
    running = replace(BASE, run=RunRecord(started_ms=1))
    assert path_progress(running).current is Phase.RUN
    past = replace(BASE, now=dt.datetime(2026, 11, 22, 9, 0))
    progress = path_progress(past)
    assert progress.current is Phase.FOLLOW_UP
    assert progress.summary == "Follow up 0/1"


def test_a_meeting_running_past_midnight_is_still_being_run() -> None:
    """A night shift's meeting at 00:04 said "Happening now" and "Now: Follow up" together."""
    after_midnight = dt.datetime(2026, 11, 22, 0, 4)
    running = replace(BASE, now=after_midnight, run=RunRecord(started_ms=ON_THE_DAY))
    assert path_progress(running).current is Phase.RUN
    ended = replace(running, run=RunRecord(started_ms=ON_THE_DAY, ended_ms=ON_THE_DAY + 1))
    assert path_progress(ended).current is Phase.FOLLOW_UP
    left_running = replace(running, now=dt.datetime(2026, 11, 23, 9, 0))  # never ended
    assert path_progress(left_running).current is Phase.FOLLOW_UP


def test_a_meeting_with_every_step_done_says_so() -> None:
    facts = replace(
        BASE,
        roles=frozenset({Role.FACILITATOR, Role.NOTE_TAKER}),
        printed=frozenset({Document.AGENDA, Document.POSTER, Document.MINUTES}),
        reported_ms=3,
        phone_reached=True,
        signin_opened=True,
        run=RunRecord(started_ms=1, ended_ms=2),
    )
    progress = path_progress(facts)
    assert progress.complete
    assert progress.summary == "All done"
    assert [(p.done, p.total) for p in progress.phases] == [(2, 2), (3, 3), (2, 2), (1, 1)]


def test_every_item_says_how_it_is_checked_and_where_to_do_it() -> None:
    assert len(KEYS) == len(PATH)
    for item in PATH:
        assert item.wording
        assert item.how
        assert item.place


def test_after_a_purge_steps_seen_in_personal_data_are_no_longer_known_not_undone() -> None:
    """A purge deletes the roles, sign-ins and commitments: "Roles assigned: missing
    facilitator" would be false. Such steps are left out of the counts, and say why; what was
    seen before the purge (a kept mark) or ticked by hand still counts."""
    purged = replace(BASE, now=dt.datetime(2026, 12, 30, 12, 0), purged=True, signin_opened=True)
    roles = status(purged, "roles")
    assert (roles.applicable, roles.unknown, roles.detail) == (False, True, "")
    assert status(purged, "signin_opened").done  # the server-opened mark outlives the purge
    assert not status(purged, "signin_opened").unknown
    assert not status(purged, "agenda_run").unknown  # the agenda and its run are kept
    # Whether anyone committed is gone too: not "not needed", but not known
    assert status(purged, "followed_up").unknown
    progress = path_progress(purged)
    assert progress.phase(Phase.PLAN).total == 1  # the agenda; the roles are not counted
    unpurged = status(replace(purged, purged=False), "roles")  # simply not done
    assert (unpurged.applicable, unpurged.unknown, unpurged.done) == (True, False, False)


def test_a_first_timer_whose_follow_up_lapsed_was_not_welcomed() -> None:
    """Marked lapsed, nobody reached them: the follow-up step is done (nothing is left
    open), but the first-timer was not welcomed."""
    lapsed = replace(
        BASE,
        first_timer_ids=frozenset({1}),
        commitments=(commitment(1, FollowUpStatus.LAPSED),),
    )
    assert status(lapsed, "followed_up").done
    assert not status(lapsed, "welcomed").done
