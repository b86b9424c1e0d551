"""A person's history in words (core.person_history): the counts on top, a year on any day of
another year, a follow-up still open says by when to call, the same text for the command line."""

import datetime as dt

from meetingkit.core.commitment import FollowUpStatus
from meetingkit.core.group import CommitmentFact, Group, GroupMeeting
from meetingkit.core.ladder import Engagement
from meetingkit.core.meeting import Role
from meetingkit.core.person import Person
from meetingkit.core.person_history import (
    CommitmentLine,
    ConsentAnswer,
    GroupPart,
    PersonHistory,
    Standing,
    Visit,
    commitment_cells,
    history_text,
    purged_note,
    standing,
    standing_cells,
    summary,
    visit_cells,
)

NOW = dt.datetime(2026, 11, 22, 10, 0)
TODAY = NOW.date()


def visit(day: str, **kw: object) -> Visit:
    values: dict[str, object] = {
        "meeting_id": 1,
        "title": f"Meeting {day}",
        "starts_at": dt.datetime.fromisoformat(f"{day} 18:00"),
        "group": "Safe Staffing",
        "source": "manual",
        "first_time": False,
    }
    return Visit(**(values | kw))  # type: ignore[arg-type]


def commitment(
    status: FollowUpStatus, call_by: str = "2026-11-05 18:00", **kw: object
) -> CommitmentLine:
    values: dict[str, object] = {
        "meeting_title": "November",
        "meeting_day": dt.date(2026, 11, 3),
        "text": "Join a committee",
        "due": None,
        "status": status,
        "follow_up_due": dt.datetime.fromisoformat(call_by),
        "organizer": "Yaw Stewart",
        "notes": "",
    }
    return CommitmentLine(**(values | kw))  # type: ignore[arg-type]


def history(**kw: object) -> PersonHistory:
    values: dict[str, object] = {
        "person": Person("Fatma", "Osei", phone="312 555 0100", id=7),
        "as_of": NOW,
        "visits": (),
        "commitments": (),
        "standings": (),
        "consents": (),
        "card_contact": None,
        "purged_meetings": 0,
    }
    return PersonHistory(**(values | kw))  # type: ignore[arg-type]


def test_the_counts_on_top() -> None:
    story = history(
        visits=(
            visit("2026-11-03", turns=2, spoken_ms=120_000),
            *(visit(f"2026-0{m}-01") for m in range(3, 9)),
            visit("2025-12-02", turns=1, spoken_ms=30_000, first_time=True),
        ),
        commitments=(
            commitment(FollowUpStatus.OPEN),
            commitment(FollowUpStatus.DONE),
            commitment(FollowUpStatus.DECLINED),
        ),
    )
    assert summary(story, TODAY) == (
        "Came to 8 meetings, last 3 Nov; 3 commitments, 1 open follow-up; "
        "spoke 2 min 30 s in 2 meetings."
    )


def test_one_of_each_and_none() -> None:
    one = history(
        visits=(visit("2025-12-02", turns=1, spoken_ms=40_000),),
        commitments=(commitment(FollowUpStatus.DONE),),
    )
    assert summary(one, TODAY) == (
        "Came to 1 meeting, last 2 Dec 2025; 1 commitment, none open; spoke 40 s in 1 meeting."
    )
    assert summary(history(), TODAY) == "Came to no meeting on record; no commitments."


def test_purged_meetings_they_could_have_been_at_are_a_count() -> None:
    assert purged_note(history()) == ""  # none: nothing said
    assert purged_note(history(purged_meetings=1)).startswith(
        "1 meeting they may have been at was purged: "
    )
    assert purged_note(history(purged_meetings=3)).startswith(
        "3 meetings they may have been at were purged: "
    )


def test_a_meeting_s_row() -> None:
    row = visit_cells(
        visit(
            "2025-12-02",
            source="phone",
            first_time=True,
            roles=(Role.FACILITATOR,),
            items_owned=2,
            turns=1,
            spoken_ms=61_000,
        ),
        TODAY,
    )
    assert row == (
        "2 Dec 2025",
        "Meeting 2025-12-02",
        "Safe Staffing",
        "phone",
        "first time",
        "1 min 1 s (1 turn)",
        "Facilitator, 2 agenda items",
    )


def test_an_open_follow_up_says_by_when_to_call_with_the_year_when_it_is_another() -> None:
    late = commitment(
        FollowUpStatus.OPEN,
        "2025-12-04 18:00",
        meeting_day=dt.date(2025, 12, 2),
        due=dt.date(2025, 12, 12),
    )
    assert commitment_cells(late, TODAY)[0] == "2 Dec 2025"
    assert commitment_cells(late, TODAY)[3] == "Fri 12 Dec 2025"
    assert commitment_cells(late, TODAY)[4] == "Open, call by Thu 4 Dec 2025"
    assert late.overdue(NOW)
    assert commitment_cells(commitment(FollowUpStatus.DONE), TODAY)[4] == "Done"
    assert not commitment(FollowUpStatus.DONE, "2025-12-04 18:00").overdue(NOW)


def test_the_rung_is_the_one_the_groups_page_gives() -> None:
    """Three of the group's held meetings and a commitment made at one: "Made a commitment";
    a meeting ahead and a commitment made at another group's meeting count for nothing."""
    pid = 7
    meetings = tuple(
        GroupMeeting(n, f"M{n}", dt.datetime(2026, n, 1, 18), present=frozenset({pid}))
        for n in (8, 9, 10, 12)  # December is ahead
    )
    facts = (
        CommitmentFact(pid, 9, FollowUpStatus.OPEN, False, NOW),
        CommitmentFact(pid, 99, FollowUpStatus.DONE, True, NOW),
    )
    place = standing(GroupPart(Group("Safe Staffing", id=1), True, meetings, facts), pid, NOW)
    assert place == Standing(
        "Safe Staffing", True, Engagement(3, 1, 0, 0), "Made a commitment", 3, 5
    )
    assert standing_cells(place) == (
        "Safe Staffing",
        "Made a commitment (rung 3 of 5)",
        "came 3 · committed 1 · kept 0 · led 0",
    )
    visitor = standing(GroupPart(Group("Nights", id=2), False, (), ()), pid, NOW)
    assert standing_cells(visitor)[:2] == ("Nights (not a member)", "on no rung yet")


def test_the_command_line_text_has_the_same_words_under_headings() -> None:
    story = history(
        visits=(visit("2026-11-03", source="kiosk"),),
        commitments=(commitment(FollowUpStatus.REACHED, notes="Called.\nWill come."),),
        consents=(ConsentAnswer("contact_text", True, dt.date(2026, 11, 3), "November"),),
        card_contact=False,
        purged_meetings=2,
    )
    lines = history_text(story)
    assert lines[:3] == [
        "Fatma Osei · 312 555 0100",
        "Came to 1 meeting, last 3 Nov; 1 commitment, 1 open follow-up.",
        "2 meetings they may have been at were purged: who came is no longer kept, so they are "
        "not counted here.",
    ]
    assert "Meeting 2026-11-03\tSafe Staffing\tat the laptop" in lines[lines.index("Meetings") + 1]
    assert lines[lines.index("Commitments") + 1].endswith("\tYaw Stewart\tCalled. Will come.")
    assert lines[lines.index("Consents") + 1 :] == [
        "Texts\tyes\t3 Nov · November",
        "Their latest commitment card: do not contact them.",
    ]
    assert "Groups and ladder" not in lines  # nothing to say: no heading
