"""What the next meeting carries: unfinished items, the parking lot, commitments to check on, the
roles passed round, and its date and title."""

import datetime as dt

from meetingkit.core.agenda import AgendaItem, ItemKind
from meetingkit.core.agenda_run import RunRecord
from meetingkit.core.carry_over import (
    CHECK_IN_TITLE,
    PARKING_LOT_TITLE,
    Candidate,
    CarryPlan,
    OpenCommitment,
    ParkedEntry,
    PastRole,
    check_in_item,
    next_month_date,
    next_title,
    parking_lot_item,
    roles_needed,
    rotate_roles,
    suggested_date,
    unfinished_items,
)
from meetingkit.core.commitment import FollowUpStatus
from meetingkit.core.meeting import Role

HELD = dt.date(2026, 11, 19)  # the third Thursday of November

ITEMS = [
    AgendaItem("Check-in", 10, ItemKind.WELCOME, id=1),
    AgendaItem("Staffing survey", 30, ItemKind.DISCUSSION, owner_id=5, notes="Results", id=2),
    AgendaItem("Break", 10, ItemKind.BREAK, id=3),
    AgendaItem("Petition", 20, ItemKind.PROPOSAL, minutes="Half-typed", id=4),
    AgendaItem("Plus / delta", 10, ItemKind.EVALUATION, id=5),
]


def test_items_the_run_did_not_finish_are_carried_with_their_plan_but_not_their_record() -> None:
    run = RunRecord(started_ms=1, ended_ms=2, done=frozenset({1}))
    carried = unfinished_items(ITEMS, run, HELD)
    assert [i.title for i in carried] == ["Staffing survey", "Petition"]
    survey, petition = carried
    assert survey.id is None
    assert survey.owner_id == 5
    assert survey.planned_minutes == 30
    assert survey.notes == "Results\n\nCarried over from the meeting of 19 Nov 2026."
    assert petition.minutes == ""
    assert petition.kind is ItemKind.PROPOSAL


def test_finished_items_and_each_meetings_own_rituals_stay_behind() -> None:
    run = RunRecord(started_ms=1, done=frozenset({2, 4}))
    assert unfinished_items(ITEMS, run, HELD) == []


def test_an_agenda_never_run_carries_nothing() -> None:
    assert unfinished_items(ITEMS, RunRecord(), HELD) == []


def test_the_parking_lot_becomes_one_item_listing_who_waited_on_what() -> None:
    parked = [
        ParkedEntry("Rosa", "Staffing survey"),
        ParkedEntry("Wren", ""),
        ParkedEntry("Rosa", "Staffing survey"),  # parked twice on the same item: once
    ]
    item = parking_lot_item(parked)
    assert item is not None
    assert item.title == PARKING_LOT_TITLE
    assert item.notes.splitlines()[1:] == ["• Rosa — on “Staffing survey”", "• Wren"]
    assert item.planned_minutes == 5
    many = parking_lot_item([ParkedEntry(f"P{i}", "") for i in range(20)])
    assert many is not None
    assert many.planned_minutes == 30
    assert parking_lot_item([]) is None


def test_commitments_still_to_follow_up_become_a_check_in_by_person() -> None:
    item = check_in_item(
        [
            OpenCommitment("Tomás Herrera", "Hold three one-on-ones", FollowUpStatus.OPEN),
            OpenCommitment("Ana Lima", "Join the committee", FollowUpStatus.REACHED, "Dele"),
            OpenCommitment("Ana Lima", "Bring two coworkers", FollowUpStatus.OPEN),
            OpenCommitment("Joy Reyes", "Talk to my unit", FollowUpStatus.DONE),
        ]
    )
    assert item is not None
    assert item.title == CHECK_IN_TITLE
    assert item.kind is ItemKind.REPORT_BACK
    assert item.notes.splitlines()[1:] == [
        "• Ana Lima: Join the committee (reached, organizer Dele)",
        "• Ana Lima: Bring two coworkers (open)",
        "• Tomás Herrera: Hold three one-on-ones (open)",
    ]
    assert check_in_item([OpenCommitment("Joy", "x", FollowUpStatus.DECLINED)]) is None


def test_the_new_agenda_checks_commitments_first_and_ends_with_the_parking_lot() -> None:
    run = RunRecord(started_ms=1, done=frozenset({1}))
    plan = CarryPlan(
        check_in=check_in_item([OpenCommitment("Ana", "Join", FollowUpStatus.OPEN)]),
        unfinished=tuple(unfinished_items(ITEMS, run, HELD)),
        parking_lot=parking_lot_item([ParkedEntry("Rosa", "")]),
    )
    titles = [i.title for i in plan.agenda()]
    assert titles == [CHECK_IN_TITLE, "Staffing survey", "Petition", PARKING_LOT_TITLE]
    assert plan.summary() == (
        "Carried 2 unfinished items, the parking lot and the commitments to check on."
    )
    assert CarryPlan().summary() == "Nothing was carried over."
    assert CarryPlan().empty


# Roles

ANA, DELE, GRACE, ROSA = (
    Candidate(i, n, True) for i, n in enumerate(["Ana", "Dele", "Grace", "Rosa"], 1)
)


def test_a_role_goes_to_someone_who_has_not_held_it_yet() -> None:
    history = [
        PastRole(Role.FACILITATOR, DELE.person_id, dt.date(2026, 11, 19)),
        PastRole(Role.FACILITATOR, ANA.person_id, dt.date(2026, 10, 15)),
    ]
    (facilitator,) = rotate_roles([Role.FACILITATOR], [ANA, DELE, GRACE], history)
    assert facilitator.person_id == GRACE.person_id
    assert facilitator.reason == "has not been facilitator yet"


def test_when_everyone_has_held_it_the_least_recent_holder_takes_it() -> None:
    history = [
        PastRole(Role.FACILITATOR, DELE.person_id, dt.date(2026, 11, 19)),
        PastRole(Role.FACILITATOR, ANA.person_id, dt.date(2026, 9, 17)),
        PastRole(Role.FACILITATOR, ANA.person_id, dt.date(2026, 6, 18)),
        PastRole(Role.FACILITATOR, GRACE.person_id, dt.date(2026, 10, 15)),
    ]
    (facilitator,) = rotate_roles([Role.FACILITATOR], [ANA, DELE, GRACE], history)
    assert facilitator.person_id == ANA.person_id
    assert facilitator.reason == "last facilitator on 17 Sep 2026"


def test_nobody_gets_two_roles_and_a_role_stays_open_when_candidates_run_out() -> None:
    away = Candidate(9, "Aaron", present=False)
    history = [PastRole(Role.TIMEKEEPER, ANA.person_id, dt.date(2026, 11, 19))]
    suggestions = rotate_roles(
        [Role.FACILITATOR, Role.TIMEKEEPER, Role.NOTE_TAKER, Role.GREETER],
        [away, ANA, ROSA],
        history,
    )
    assert [(s.role, s.name) for s in suggestions] == [
        (Role.FACILITATOR, "Rosa"),  # new to it, present, and holds no role yet
        (Role.TIMEKEEPER, "Aaron"),  # new to it beats Ana, who just held it
        (Role.NOTE_TAKER, "Ana"),  # the one left
    ]


def test_people_present_come_before_absent_members_new_to_the_role() -> None:
    away = Candidate(9, "Aaron", present=False)
    (facilitator,) = rotate_roles([Role.FACILITATOR], [away, ROSA], [])
    assert facilitator.name == "Rosa"


def test_fewest_roles_held_breaks_a_tie_among_people_new_to_the_role() -> None:
    history = [
        PastRole(Role.TIMEKEEPER, ANA.person_id, dt.date(2026, 10, 15)),
        PastRole(Role.GREETER, ANA.person_id, dt.date(2026, 9, 17)),
    ]
    (facilitator,) = rotate_roles([Role.FACILITATOR], [ANA, ROSA], history)
    assert facilitator.name == "Rosa"


def test_the_roles_needed_are_those_held_and_always_a_facilitator_and_note_taker() -> None:
    assert roles_needed([Role.GREETER, Role.GREETER, Role.FACILITATOR]) == [
        Role.FACILITATOR,
        Role.NOTE_TAKER,
        Role.GREETER,
        Role.GREETER,
    ]
    assert roles_needed([]) == [Role.FACILITATOR, Role.NOTE_TAKER]


# Date and title


def test_the_next_date_is_the_same_weekday_and_week_of_next_month() -> None:
    assert next_month_date(HELD) == dt.date(2026, 12, 17)  # third Thursday
    assert next_month_date(dt.date(2026, 10, 29)) == dt.date(2026, 11, 26)  # 5th → last
    assert next_month_date(dt.date(2026, 12, 1)) == dt.date(2027, 1, 5)  # first Tuesday


def test_the_suggested_date_is_never_in_the_past() -> None:
    assert suggested_date(dt.date(2026, 6, 18), HELD) == dt.date(2026, 11, 19)
    assert suggested_date(HELD, HELD) == dt.date(2026, 12, 17)


def test_a_month_in_the_title_moves_on_with_the_date() -> None:
    dec = dt.date(2026, 12, 17)
    assert next_title("Working Group — November", HELD, dec) == "Working Group — December"
    assert next_title("Mayors' coalition", dt.date(2026, 5, 1), dec) == "Mayors' coalition"
    assert next_title("Assembly", HELD, dec) == "Assembly"
    assert next_title("November", HELD, dt.date(2026, 11, 30)) == "November"


def test_a_month_in_spanish_moves_on_too_keeping_its_capital() -> None:
    dec = dt.date(2026, 12, 17)
    assert next_title("Comité de dotación — noviembre", HELD, dec) == (
        "Comité de dotación — diciembre"
    )
    assert next_title("Asamblea de Noviembre", HELD, dec) == "Asamblea de Diciembre"
    assert next_title("Mayonesa y mayo", dt.date(2026, 5, 7), dt.date(2026, 6, 4)) == (
        "Mayonesa y junio"
    )
