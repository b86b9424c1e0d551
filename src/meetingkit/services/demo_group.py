"""The demo's groups: the Safe Staffing Working Group with half a year of monthly meetings,
and a small committee whose attendance is falling.

So the Groups page opens with real content: regulars and a member who came to every meeting
but never took a role, two people not seen since the summer (one with a follow-up under way),
newcomers tonight, different facilitators over time, and professions that change from
meeting to meeting. Called at the end of `write_demo`, inside its transaction.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from meetingkit.core.commitment import CommitmentOption, CommitmentSettings, FollowUpStatus
from meetingkit.core.group import Group, GroupKind
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, fill, format_date, translate
from meetingkit.core.meeting import Meeting, Role
from meetingkit.core.person import Person
from meetingkit.services.demo_agendas import demo_text
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.commitments import CommitmentStore
from meetingkit.storage.groups import GroupStore
from meetingkit.storage.meetings import MeetingStore

# The demo's words are in English, marked for translation in the "Demo" context, and
# translated when the demo is written: these constants stay in English.
WORKING_GROUP = QT_TRANSLATE_NOOP("Demo", "Safe Staffing Working Group")
COMMITTEE = QT_TRANSLATE_NOOP("Demo", "Medication safety committee")
UNION_HALL = QT_TRANSLATE_NOOP("Demo", "Union hall, 2nd floor, 415 Alder St.")

MEMBERS = (
    "Dele",
    "Ana",
    "Lan",
    "Grace",
    "Keisha",
    "Omar",
    "Samuel",
    "Priya",
    "Maria José",  # came to every meeting, never took a role or a commitment
    "Rosa",
    "Tomás",
    "Kateryna",
    "Aisha",
    "Hannah",
    "Ngozi",
    "Yusuf",
    "Wren",  # not seen since July
    "Jamal",  # not seen since August; the follow-up reached him
)

# Who came to the October meeting: 17, four of them for the first time (its minutes say so).
OCTOBER_PRESENT = (
    "Dele",
    "Ana",
    "Grace",
    "Keisha",
    "Omar",
    "Samuel",
    "Priya",
    "Maria José",
    "Tomás",
    "Kateryna",
    "Aisha",
    "Ngozi",
    "Bilal",
    "Rosa",
    "Lupe",
    "Mei",
    "Carmen",
)

# A follow-up: person, option number, status, organizer, notes, days after the meeting
# it was last worked.
Pick = tuple[str, int, FollowUpStatus, str, str, int]


@dataclass(frozen=True)
class _Earlier:
    months_before_october: int
    present: tuple[str, ...]
    roles: tuple[tuple[Role, str], ...]
    options: tuple[tuple[str, int | None], ...]  # text, due days after the meeting
    picks: tuple[Pick, ...]


_BRING = (QT_TRANSLATE_NOOP("Demo", "Bring two coworkers to the next meeting"), None)
_ONE_ON_ONES = (QT_TRANSLATE_NOOP("Demo", "Hold three one-on-ones by {date}"), 14)
_FORMS = (QT_TRANSLATE_NOOP("Demo", "Collect 10 staffing-incident forms by {date}"), 10)

_EARLIER = (
    _Earlier(
        4,
        ("Dele", "Ana", "Lan", "Grace", "Omar", "Maria José", "Aisha", "Wren"),
        ((Role.FACILITATOR, "Dele"), (Role.NOTE_TAKER, "Lan")),
        (_BRING, _ONE_ON_ONES),
        (
            (
                "Wren",
                1,
                FollowUpStatus.DONE,
                "Dele",
                QT_TRANSLATE_NOOP("Demo", "Held three on the respiratory team."),
                12,
            ),
            (
                "Dele",
                0,
                FollowUpStatus.DONE,
                "Ana",
                QT_TRANSLATE_NOOP("Demo", "Brought Hannah and Yusuf."),
                30,
            ),
        ),
    ),
    _Earlier(
        3,
        (
            *("Dele", "Ana", "Lan", "Keisha", "Omar", "Maria José"),
            *("Hannah", "Yusuf", "Wren", "Jamal"),
        ),
        ((Role.FACILITATOR, "Ana"), (Role.NOTE_TAKER, "Keisha")),
        (_BRING, _FORMS),
        (
            (
                "Jamal",
                1,
                FollowUpStatus.REACHED,
                "Grace",
                QT_TRANSLATE_NOOP("Demo", "Has three forms; classes started, will bring the rest."),
                6,
            ),
            (
                "Keisha",
                0,
                FollowUpStatus.DONE,
                "Dele",
                QT_TRANSLATE_NOOP("Demo", "Brought Samuel."),
                30,
            ),
            (
                "Yusuf",
                1,
                FollowUpStatus.LAPSED,
                "Ana",
                QT_TRANSLATE_NOOP("Demo", "No answer after three calls."),
                21,
            ),
        ),
    ),
    _Earlier(
        2,
        (
            *("Dele", "Lan", "Grace", "Keisha", "Omar", "Samuel"),
            *("Maria José", "Tomás", "Ngozi", "Jamal", "Marisol"),
        ),
        ((Role.FACILITATOR, "Lan"), (Role.NOTE_TAKER, "Omar")),
        (_ONE_ON_ONES, _FORMS),
        (
            (
                "Tomás",
                0,
                FollowUpStatus.DONE,
                "Grace",
                QT_TRANSLATE_NOOP("Demo", "Talked with three CNAs on his floor."),
                14,
            ),
            (
                "Samuel",
                1,
                FollowUpStatus.DONE,
                "Dele",
                QT_TRANSLATE_NOOP("Demo", "Brought 12 forms from Mercy."),
                10,
            ),
        ),
    ),
    _Earlier(
        1,
        (
            *("Dele", "Ana", "Lan", "Grace", "Keisha", "Samuel"),
            *("Priya", "Maria José", "Kateryna", "Yusuf", "Bilal"),
        ),
        ((Role.FACILITATOR, "Grace"), (Role.NOTE_TAKER, "Keisha")),
        (
            (QT_TRANSLATE_NOOP("Demo", "Bring two coworkers to the October meeting"), None),
            _ONE_ON_ONES,
            (
                QT_TRANSLATE_NOOP("Demo", "Take the staffing survey to the night shift by {date}"),
                21,
            ),
        ),
        (
            (
                "Priya",
                0,
                FollowUpStatus.DONE,
                "Dele",
                QT_TRANSLATE_NOOP("Demo", "Brought Mei and Lupe."),
                28,
            ),
            (
                "Kateryna",
                1,
                FollowUpStatus.DECLINED,
                "Grace",
                QT_TRANSLATE_NOOP(
                    "Demo", "Picked up extra shifts this month; ask again in winter."
                ),
                5,
            ),
            ("Yusuf", 2, FollowUpStatus.OPEN, "Ana", "", 0),
        ),
    ),
)

COMMITTEE_MEMBERS = ("Ngozi", "Priya", "Aisha", "Kateryna", "Tomás", "Joy", "Hannah")
# Months before October, who came, the note taker; Ngozi facilitates. 7 -> 5 -> 3 people.
_COMMITTEE_MEETINGS = (
    (2, COMMITTEE_MEMBERS, "Priya"),
    (1, ("Ngozi", "Priya", "Aisha", "Joy", "Hannah"), "Aisha"),
    (0, ("Ngozi", "Priya", "Joy"), "Priya"),
)


@dataclass(frozen=True)
class DemoGroups:
    working_group_id: int
    committee_id: int


def write_demo_groups(
    conn: sqlite3.Connection,
    people: Mapping[str, Person],
    *,
    october: Meeting,
    tonight: Meeting,
) -> DemoGroups:
    """The working group (with `october` and `tonight` as its last two meetings, after four
    earlier monthly ones) and the committee. `people` are the demo people by first name.
    Tonight's attendance is the floor's; October's is written here."""
    groups, meetings = GroupStore(conn), MeetingStore(conn)
    attendance, commitments = AttendanceStore(conn), CommitmentStore(conn)

    group = groups.create(Group(translate("Demo", WORKING_GROUP), GroupKind.WORKING_GROUP))
    for first in MEMBERS:
        groups.add_member(group.key, people[first].key)
    for plan in _EARLIER:
        day = _months_before(october.date, plan.months_before_october)
        meeting = meetings.create(
            Meeting(
                title=fill(
                    translate("Demo", "Safe Staffing Working Group — %1"), format_date(day, "MMMM")
                ),
                date=day,
                start=dt.time(18, 30),
                place=translate("Demo", UNION_HALL),
                planned_minutes=90,
            )
        )
        groups.set_meeting_group(meeting.key, group.key)
        attend(attendance, meeting, [people[p] for p in plan.present])
        for role, first in plan.roles:
            meetings.assign(meeting.key, role, people[first].key)
        _commit(commitments, meeting, people, plan.options, plan.picks)
    for meeting in (october, tonight):
        groups.set_meeting_group(meeting.key, group.key)
    attend(attendance, october, [people[p] for p in OCTOBER_PRESENT])

    committee = groups.create(Group(translate("Demo", COMMITTEE), GroupKind.COMMITTEE))
    for first in COMMITTEE_MEMBERS:
        groups.add_member(committee.key, people[first].key)
    for months, present, note_taker in _COMMITTEE_MEETINGS:
        day = _months_before(october.date, months) - dt.timedelta(days=10)
        meeting = meetings.create(
            Meeting(
                title=fill(
                    translate("Demo", "Medication safety committee — %1"), format_date(day, "MMMM")
                ),
                date=day,
                start=dt.time(7, 30),
                place=translate("Demo", "St. Brigid Medical Center, pharmacy conference room"),
                planned_minutes=60,
            )
        )
        groups.set_meeting_group(meeting.key, committee.key)
        attend(attendance, meeting, [people[p] for p in present])
        meetings.assign(meeting.key, Role.FACILITATOR, people["Ngozi"].key)
        meetings.assign(meeting.key, Role.NOTE_TAKER, people[note_taker].key)
    return DemoGroups(group.key, committee.key)


def _months_before(day: dt.date, months: int) -> dt.date:
    """The same day of the month, `months` earlier (days past the 28th fall back to it)."""
    years, month = divmod(day.month - 1 - months, 12)
    return dt.date(day.year + years, month + 1, min(day.day, 28))


def _ms(at: dt.datetime) -> int:
    return round(at.timestamp() * 1000)


def attend(store: AttendanceStore, meeting: Meeting, present: Sequence[Person]) -> None:
    """Mark people present as they arrive, one a minute from a quarter hour before the start."""
    start = meeting.starts_at - dt.timedelta(minutes=15)
    for n, person in enumerate(present):
        store.mark_present(meeting.key, person.key, _ms(start + dt.timedelta(minutes=n)), "manual")


def _commit(
    store: CommitmentStore,
    meeting: Meeting,
    people: Mapping[str, Person],
    options: Sequence[tuple[str, int | None]],
    picks: Sequence[Pick],
) -> None:
    """The meeting's options, its picks recorded from cards, and each follow-up as it stands."""
    saved = store.save_options(
        meeting.key,
        [
            CommitmentOption(
                meeting.key,
                translate("Demo", text),
                None if days is None else meeting.date + dt.timedelta(days=days),
            )
            for text, days in options
        ],
    )
    store.save_settings(
        CommitmentSettings(
            meeting.key,
            organization=translate("Demo", WORKING_GROUP),
            organizer_contact=f"Dele · {people['Dele'].phone}",
            organizer_id=people["Dele"].key,
        )
    )
    due = meeting.starts_at + dt.timedelta(hours=48)
    for first, option, status, organizer, notes, days in picks:
        organizer_id = people[organizer].key
        recorded = store.record(
            meeting.key,
            people[first].key,
            [saved[option]],
            hours=None,
            contact_ok=True,
            follow_up_due=due,
            organizer_id=organizer_id,
            source="card",
            now_ms=_ms(meeting.planned_end),
        )
        if status == FollowUpStatus.OPEN and not notes:
            continue
        for c in recorded:
            store.update_follow_up(
                c.key,
                status=status,
                notes=demo_text(notes),
                organizer_id=organizer_id,
                follow_up_due=due,
                now_ms=_ms(meeting.starts_at + dt.timedelta(days=days)),
            )
