"""One person's story across meetings, as an organizer reads it before a one-on-one or a
call: the meetings they came to, what they committed to and how the follow-ups went, where
they stand on each group's ladder, the consents they gave, how much they spoke.

Read-only and made of what is on record (storage.person_history reads it): a purged meeting
keeps nobody's name, so nobody's history can show they were there; the history only says
how many meetings they may have been at were purged, and nothing to someone who came into
the directory after the purged meetings. The words for each row are made here, once, for
the People page and for `meetingkit person history`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from meetingkit.core.commitment import FollowUpStatus, format_due
from meetingkit.core.durations import span
from meetingkit.core.group import CommitmentFact, Group, GroupMeeting, member_histories
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, fill, meeting_day, translate, weekday_date
from meetingkit.core.ladder import Engagement, rung_for
from meetingkit.core.meeting import Role
from meetingkit.core.person import Person, canonical_profession

# How someone was marked present (attendance.source), in words.
SOURCES = {
    "phone": QT_TRANSLATE_NOOP("History", "phone"),
    "kiosk": QT_TRANSLATE_NOOP("History", "at the laptop"),
    "manual": QT_TRANSLATE_NOOP("History", "marked by hand"),
    "stack": QT_TRANSLATE_NOOP("History", "joined the stack"),
}

# The consents of a sign-in form (core.signin.CONSENTS), named short.
CONSENT_NAMES = {
    "contact_email": QT_TRANSLATE_NOOP("History", "Email"),
    "contact_text": QT_TRANSLATE_NOOP("History", "Texts"),
    "photo": QT_TRANSLATE_NOOP("History", "Photos"),
    "show_name": QT_TRANSLATE_NOOP("History", "Name shown to others"),
}


@dataclass(frozen=True)
class Visit:
    """A meeting the person is marked present at."""

    meeting_id: int
    title: str
    starts_at: dt.datetime
    group: str  # '' for a meeting of no group
    source: str  # how they were marked present: phone, kiosk, manual, stack
    first_time: bool  # storage.first_timers: nothing says they came before
    roles: tuple[Role, ...] = ()
    items_owned: int = 0  # agenda items they owned
    spoken_ms: int = 0
    turns: int = 0

    @property
    def day(self) -> dt.date:
        return self.starts_at.date()


@dataclass(frozen=True)
class CommitmentLine:
    """One of their commitments, with its follow-up."""

    meeting_title: str
    meeting_day: dt.date
    text: str
    due: dt.date | None  # the commitment's own date, if it has one
    status: FollowUpStatus
    follow_up_due: dt.datetime
    organizer: str  # '' when nobody is set (or the organizer was forgotten)
    notes: str

    def overdue(self, now: dt.datetime) -> bool:
        return not self.status.closed and self.follow_up_due < now


@dataclass(frozen=True)
class ConsentAnswer:
    """A consent as it stands: their answer at the latest sign-in whose form asked it."""

    key: str
    given: bool
    day: dt.date
    meeting_title: str


@dataclass(frozen=True)
class GroupPart:
    """What storage knows of the person in one group: enough for the ladder to place them."""

    group: Group
    member: bool
    meetings: tuple[GroupMeeting, ...]  # the group's meetings; present/leaders: this person
    commitments: tuple[CommitmentFact, ...]  # theirs, from any meeting


@dataclass(frozen=True)
class Standing:
    """Where the person stands in a group they belong to or came to."""

    group: str
    member: bool
    engagement: Engagement
    rung: str  # '' when they stand on no rung yet
    rung_number: int  # 1 = the bottom rung; 0 for none
    rungs: int


def standing(part: GroupPart, person_id: int, now: dt.datetime) -> Standing:
    """The person's place on the group's ladder, counted as the Groups page counts it
    (core.group.member_histories, core.ladder.rung_for)."""
    history = member_histories(part.meetings, part.commitments, [person_id], now)[person_id]
    rungs = part.group.rungs
    index = rung_for(history.engagement, rungs)
    return Standing(
        part.group.name,
        part.member,
        history.engagement,
        "" if index is None else rungs[index].name,
        0 if index is None else index + 1,
        len(rungs),
    )


@dataclass(frozen=True)
class PersonHistory:
    person: Person
    as_of: dt.datetime  # when it was read (local wall time): what is today, what is overdue
    visits: tuple[Visit, ...]  # newest first
    commitments: tuple[CommitmentLine, ...]  # newest meeting first
    standings: tuple[Standing, ...]  # members' groups first, then by name
    consents: tuple[ConsentAnswer, ...]  # in the sign-in form's order; never asked: absent
    card_contact: bool | None  # their latest commitment card: may we contact you? None: not said
    # how many purged meetings they may have been at (none held before they were in the
    # directory); a purged meeting names nobody, so it may or may not have been theirs
    purged_meetings: int

    @property
    def open_follow_ups(self) -> int:
        return sum(1 for p in self.commitments if not p.status.closed)

    @property
    def spoken_ms(self) -> int:
        return sum(v.spoken_ms for v in self.visits)

    @property
    def meetings_spoken_at(self) -> int:
        return sum(1 for v in self.visits if v.turns)


# The words. A count's words are chosen by it, one or more, in English as in Spanish (as
# core.ladder does): %1 is the count in both, and the other values follow it.
_MEETINGS_CAME = (
    QT_TRANSLATE_NOOP("History", "Came to %1 meeting, last %2"),
    QT_TRANSLATE_NOOP("History", "Came to %1 meetings, last %2"),
)
_COMMITMENTS = (
    QT_TRANSLATE_NOOP("History", "%1 commitment"),
    QT_TRANSLATE_NOOP("History", "%1 commitments"),
)
_OPEN = (
    QT_TRANSLATE_NOOP("History", "%1 open follow-up"),
    QT_TRANSLATE_NOOP("History", "%1 open follow-ups"),
)
_SPOKE = (
    QT_TRANSLATE_NOOP("History", "spoke %2 in %1 meeting"),
    QT_TRANSLATE_NOOP("History", "spoke %2 in %1 meetings"),
)
_PURGED = (
    QT_TRANSLATE_NOOP(
        "History",
        "%1 meeting they may have been at was purged: who came is no longer kept, so it is "
        "not counted here.",
    ),
    QT_TRANSLATE_NOOP(
        "History",
        "%1 meetings they may have been at were purged: who came is no longer kept, so they "
        "are not counted here.",
    ),
)
_TURNS = (
    QT_TRANSLATE_NOOP("History", "%2 (%1 turn)"),
    QT_TRANSLATE_NOOP("History", "%2 (%1 turns)"),
)
_ITEMS = (
    QT_TRANSLATE_NOOP("History", "%1 agenda item"),
    QT_TRANSLATE_NOOP("History", "%1 agenda items"),
)


def counted(words: tuple[str, str], n: int, *values: object) -> str:
    """The words for `n` of something (the first for one, the second for more), with `n` as
    %1 and `values` as %2…"""
    return fill(translate("History", words[0] if n == 1 else words[1]), n, *values)


def summary(history: PersonHistory, today: dt.date) -> str:
    """'Came to 7 meetings, last 3 Nov; 3 commitments, 1 open follow-up; spoke 12 min in 4
    meetings.' What to know before reading on."""
    visits = history.visits
    if visits:
        came = counted(_MEETINGS_CAME, len(visits), meeting_day(visits[0].day, today))
    else:
        came = translate("History", "Came to no meeting on record")
    commitments = len(history.commitments)
    if not commitments:
        committed = translate("History", "no commitments")
    else:
        committed = fill(
            translate("History", "%1, %2"),
            counted(_COMMITMENTS, commitments),
            counted(_OPEN, history.open_follow_ups)
            if history.open_follow_ups
            else translate("History", "none open"),
        )
    parts = [came, committed]
    if history.spoken_ms:
        parts.append(counted(_SPOKE, history.meetings_spoken_at, span(history.spoken_ms)))
    return "; ".join(parts) + "."


def purged_note(history: PersonHistory) -> str:
    """What the history cannot show: '' when no meeting they could have been at was purged."""
    if not history.purged_meetings:
        return ""
    return counted(_PURGED, history.purged_meetings)


def person_line(person: Person) -> str:
    """'Ana Ruiz · Registered nurse (RN) · St. Mary's · 555-0100 · ana@… · 60601'."""
    details = (
        person.display_name,
        canonical_profession(person.profession),  # in the app's language, as the list
        person.workplace,
        person.phone,
        person.email,
        person.zip_code,
    )
    return " · ".join(d for d in details if d)


VISIT_HEADERS = (
    QT_TRANSLATE_NOOP("History", "Date"),
    QT_TRANSLATE_NOOP("History", "Meeting"),
    QT_TRANSLATE_NOOP("History", "Group"),
    QT_TRANSLATE_NOOP("History", "Signed in"),
    QT_TRANSLATE_NOOP("History", "First time"),
    QT_TRANSLATE_NOOP("History", "Spoke"),
    QT_TRANSLATE_NOOP("History", "Role"),
)


def visit_headers() -> tuple[str, ...]:
    return tuple(translate("History", h) for h in VISIT_HEADERS)


def visit_cells(visit: Visit, today: dt.date) -> tuple[str, ...]:
    """One meeting: date, title, group, how they signed in, first time, airtime, roles."""
    source = SOURCES.get(visit.source)
    spoke = ""
    if visit.turns:
        spoke = counted(_TURNS, visit.turns, span(visit.spoken_ms))
    took = [role.label for role in visit.roles]
    if visit.items_owned:
        took.append(counted(_ITEMS, visit.items_owned))
    return (
        meeting_day(visit.day, today),
        visit.title,
        visit.group,
        translate("History", source) if source else visit.source,
        translate("History", "first time") if visit.first_time else "",
        spoke,
        ", ".join(took),
    )


COMMITMENT_HEADERS = (
    QT_TRANSLATE_NOOP("History", "Made"),
    QT_TRANSLATE_NOOP("History", "At"),
    QT_TRANSLATE_NOOP("History", "Commitment"),
    QT_TRANSLATE_NOOP("History", "Due"),
    QT_TRANSLATE_NOOP("History", "Follow-up"),
    QT_TRANSLATE_NOOP("History", "Organizer"),
    QT_TRANSLATE_NOOP("History", "Notes"),
)


def commitment_headers() -> tuple[str, ...]:
    return tuple(translate("History", h) for h in COMMITMENT_HEADERS)


def commitment_cells(line: CommitmentLine, today: dt.date) -> tuple[str, ...]:
    """One commitment: when and where it was made, what, its own date, where its follow-up
    stands (and by when to call, while open), who organizes it, what the calls said."""
    follow_up = line.status.label
    if not line.status.closed:
        call_by = line.follow_up_due.date()
        follow_up = fill(
            translate("History", "%1, call by %2"),
            follow_up,
            weekday_date(call_by, year=call_by.year != today.year),
        )
    return (
        meeting_day(line.meeting_day, today),
        line.meeting_title,
        line.text,
        format_due(line.due, seen_on=today) if line.due else "",
        follow_up,
        line.organizer,
        line.notes,
    )


def standing_cells(s: Standing) -> tuple[str, str, str]:
    """A group: its name (and whether they are a member), their rung, what it counts."""
    name = s.group if s.member else fill(translate("History", "%1 (not a member)"), s.group)
    if s.rung:
        rung = fill(translate("History", "%1 (rung %2 of %3)"), s.rung, s.rung_number, s.rungs)
    else:
        rung = translate("History", "on no rung yet")
    e = s.engagement
    counts = fill(
        translate("History", "came %1 · committed %2 · kept %3 · led %4"),
        e.attended,
        e.committed,
        e.kept,
        e.led,
    )
    return name, rung, counts


def consent_cells(answer: ConsentAnswer, today: dt.date) -> tuple[str, str, str]:
    """A consent: what it is for, yes or no, and at which sign-in they said so."""
    name = CONSENT_NAMES.get(answer.key)
    return (
        translate("History", name) if name else answer.key,
        translate("History", "yes") if answer.given else translate("History", "no"),
        fill(
            translate("History", "%1 · %2"),
            meeting_day(answer.day, today),
            answer.meeting_title,
        ),
    )


def card_contact_text(history: PersonHistory) -> str:
    """What their latest commitment card said about being contacted; '' if it said nothing."""
    if history.card_contact is None:
        return ""
    if history.card_contact:
        return translate("History", "Their latest commitment card: you may contact them.")
    return translate("History", "Their latest commitment card: do not contact them.")


def history_text(history: PersonHistory) -> list[str]:
    """The history as lines of text (`meetingkit person history`): the person, the summary,
    then each part as tab-separated rows under its heading."""
    today = history.as_of.date()
    lines = [person_line(history.person)]
    if history.person.notes:
        lines.append(history.person.notes)
    lines.append(summary(history, today))
    if note := purged_note(history):
        lines.append(note)
    sections: Sequence[tuple[str, list[tuple[str, ...]]]] = (
        (
            translate("History", "Meetings"),
            [visit_cells(v, today) for v in history.visits],
        ),
        (
            translate("History", "Commitments"),
            [commitment_cells(p, today) for p in history.commitments],
        ),
        (
            translate("History", "Groups and ladder"),
            [standing_cells(s) for s in history.standings],
        ),
        (
            translate("History", "Consents"),
            [consent_cells(c, today) for c in history.consents],
        ),
    )
    for heading, rows in sections:
        if not rows:
            continue
        lines += ["", heading]
        lines += ["\t".join(cell.replace("\n", " ") or "-" for cell in row) for row in rows]
    if contact := card_contact_text(history):
        if not history.consents:
            lines += ["", translate("History", "Consents")]
        lines.append(contact)
    return lines
