"""A small, complete meeting for the privacy tests: a person with a name found nowhere else
signs in (answers, consents), speaks, is moved on the stack, commits, gets a follow-up note,
owns an agenda item, holds a role, stands aside by name and is named in the minutes and in
another person's sign-in answer and notes. Everything goes through the real stores."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, replace

from meetingkit.core.agenda import AgendaItem, ItemKind
from meetingkit.core.clock import ManualClock
from meetingkit.core.commitment import CommitmentOption, FollowUpStatus
from meetingkit.core.decision import Decision, Objections, Outcome
from meetingkit.core.meeting import Meeting, Role
from meetingkit.core.person import Person
from meetingkit.core.signin import FormSettings, check_submission
from meetingkit.core.stack_entry import EntryKind
from meetingkit.services.floor_session import FloorSession
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.commitments import CommitmentStore
from meetingkit.storage.decisions import DecisionStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.signin import SignInStore

FIRST, LAST = "Zebulon", "Quaxtlewhistle"
EMAIL = "zq.organizer@quaxtle.example"
PHONE = "(312) 555-0199"
# What must not be anywhere in the files after forgetting: compared in lower case.
TRACES = ("zebulon", "quaxtlewhistle", "quaxtle.example", "555-0199", "5550199")
FORM = FormSettings(
    ("first_name", "last_name", "phone", "email", "first_time", "profession", "heard_from")
)
START = dt.datetime(2026, 10, 1, 18, 0)


@dataclass(frozen=True)
class Scene:
    meeting_id: int  # the meeting everyone attended
    other_meeting_id: int  # a later one, attended by the regular only
    zebulon: int  # only at the first meeting
    regular: int  # at both meetings
    walk_ins: list[int]  # typed in at the first meeting, only at it, without contact details
    clock: ManualClock


def build(conn: sqlite3.Connection) -> Scene:
    clock = ManualClock(START.timestamp())
    meetings = MeetingStore(conn)
    meeting = meetings.create(
        Meeting(title="Safe staffing", date=START.date(), start=START.time(), planned_minutes=90)
    )
    other = meetings.create(
        Meeting(
            title="Follow-up",
            date=START.date() + dt.timedelta(days=30),
            start=START.time(),
            planned_minutes=60,
        )
    )
    people = PeopleStore(conn)
    signin = SignInStore(conn)
    signin.save_settings(replace(signin.settings(meeting.key), form=FORM))
    now_ms = int(START.timestamp() * 1000)

    def sign_in(answers: dict[str, str], nonce: str, meeting_id: int = meeting.key) -> int:
        signed, _ = signin.record(
            meeting_id,
            check_submission(answers, FORM),
            nonce,
            source="phone",
            language="en",
            now_ms=now_ms,
        )
        return signed.person_id

    zebulon = sign_in(
        {
            "first_name": FIRST,
            "last_name": LAST,
            "phone": PHONE,
            "email": EMAIL,
            "profession": "Physician (MD/DO)",
            "first_time": "yes",
            "heard_from": "a flyer",
            "consent_contact_email": "yes",
            "consent_show_name": "yes",
        },
        "nonce-zebulon-0001",
    )
    regular = sign_in(
        {
            "first_name": "Persephone",
            "last_name": "Adeyemi",
            "phone": "(773) 555-0142",
            "profession": "Registered nurse (RN)",
            "first_time": "no",
            "heard_from": f"{FIRST} {LAST} invited me",
            "consent_contact_text": "yes",
        },
        "nonce-regular-0002",
    )
    signin.save_settings(replace(signin.settings(other.key), form=FORM))
    sign_in(
        {"first_name": "Persephone", "last_name": "Adeyemi", "phone": "(773) 555-0142"},
        "nonce-regular-0003",
        other.key,
    )
    walk_ins = [  # typed in at the meeting (the stack's "Add as a new person")
        people.add(Person(first_name=name, profession="Registered nurse (RN)"), meeting.key).key
        for name in ("Ines", "Wanjiru", "Tove")
    ]
    people.update(replace(people.get(regular), notes=f"Carpools with {FIRST} {LAST}."))
    people.set_categories(zebulon, ["Night shift"])

    meetings.assign(meeting.key, Role.FACILITATOR, zebulon)
    agenda = AgendaStore(conn)
    item, vote = agenda.add_items(
        meeting.key,
        [
            AgendaItem("Staffing survey", 30, owner_id=zebulon),
            AgendaItem("Petition", 20, kind=ItemKind.PROPOSAL),
        ],
    )
    agenda.set_minutes(item.key, f"{FIRST} presented the survey; {FIRST} {LAST} will follow up.")
    DecisionStore(conn).record(
        vote.key,
        Decision(
            proposal="Deliver the petition",
            outcome=Outcome.CONSENSUS,
            stand_asides=Objections((f"{FIRST} {LAST}", "Someone Else"), unnamed=1),
        ),
        now_ms,
    )

    floor = FloorSession(meetings.get(meeting.key), conn, clock)
    for person_id in walk_ins:
        floor.mark_present(person_id)
    floor.follow_item(item.key)
    speakers = [
        (zebulon, FIRST, LAST, 95),
        (regular, "Persephone", "Adeyemi", 40),
        (walk_ins[0], "Ines", "", 30),
    ]
    for person_id, first, last, _ in speakers:
        floor.add(person_id, first, last, EntryKind.GENERAL)
    floor.move(floor.placements()[0].entry.id, 1)  # logged: "Moved Zebulon from 1 to 2 …"
    for _ in speakers:
        turn = floor.next_speaker()
        assert turn is not None
        seconds = next(s for p, _, _, s in speakers if p == turn.person_id)
        clock.advance(seconds)
        floor.end_turn()

    commitments = CommitmentStore(conn)
    options = commitments.save_options(
        meeting.key,
        [
            CommitmentOption(meeting.key, "Bring two coworkers"),
            CommitmentOption(meeting.key, "Hold three one-on-ones"),
        ],
    )
    for person_id, ticked in ((zebulon, options), (regular, options[:1])):
        commitments.record(
            meeting.key,
            person_id,
            ticked,
            hours=None,
            contact_ok=True,
            follow_up_due=START + dt.timedelta(days=2),
            organizer_id=None,
            source="card",
            now_ms=now_ms,
        )
    zebulons = commitments.for_person(meeting.key, zebulon)
    commitments.update_follow_up(
        zebulons[0].key,
        status=FollowUpStatus.REACHED,
        notes=f"Called {FIRST}: reach at {PHONE} after 6.",
        organizer_id=regular,
        follow_up_due=START + dt.timedelta(days=3),
        now_ms=now_ms,
    )
    return Scene(meeting.key, other.key, zebulon, regular, walk_ins, clock)


def database_bytes(path: object) -> dict[str, bytes]:
    """The database file and its -wal and -shm companions, lower-cased, by suffix."""
    from pathlib import Path

    base = Path(str(path))
    found = {}
    for suffix in ("", "-wal", "-shm"):
        file = base.with_name(base.name + suffix)
        if file.exists():
            found[suffix or "db"] = file.read_bytes().lower()
    return found
