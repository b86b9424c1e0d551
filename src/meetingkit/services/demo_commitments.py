"""The demo's commitments: what people took on at the last two meetings and where each
follow-up stands, and tonight's options with the first picks made on phones.

So the follow-up list opens with real work in it: a few calls overdue, some reached, some done.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Mapping

from meetingkit.core.commitment import (
    CommitmentOption,
    CommitmentSettings,
    FollowUpStatus,
)
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, translate
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.services.demo_agendas import demo_text
from meetingkit.storage.commitments import CommitmentStore

ORGANIZATION = QT_TRANSLATE_NOOP("Demo", "Safe Staffing Working Group")

# (text, days after the meeting it is due, or None). The words are marked for translation in
# the "Demo" context and translated when the demo is written; "{date}" stays in the option
# and is filled with its due date, in the app's language, wherever the option is shown.
_OPTIONS: dict[str, tuple[tuple[str, int | None], ...]] = {
    "october": (
        (QT_TRANSLATE_NOOP("Demo", "Bring two coworkers to the November meeting"), None),
        (QT_TRANSLATE_NOOP("Demo", "Hold three one-on-ones on my unit by {date}"), 14),
        (QT_TRANSLATE_NOOP("Demo", "Collect 10 staffing-incident forms by {date}"), 10),
    ),
    "assembly": (
        (
            QT_TRANSLATE_NOOP(
                "Demo", "Sign the ratio petition and get 5 coworkers to sign by {date}"
            ),
            7,
        ),
        (QT_TRANSLATE_NOOP("Demo", "Join the research committee"), None),
        (QT_TRANSLATE_NOOP("Demo", "Speak at the board meeting ({date})"), 21),
        (QT_TRANSLATE_NOOP("Demo", "Hold three one-on-ones by {date}"), 14),
    ),
    "tonight": (
        (QT_TRANSLATE_NOOP("Demo", "Bring two coworkers to the December meeting"), None),
        (QT_TRANSLATE_NOOP("Demo", "Hold three one-on-ones by {date}"), 14),
        (QT_TRANSLATE_NOOP("Demo", "Join the staffing committee"), None),
        (QT_TRANSLATE_NOOP("Demo", "Take a shift at the board-meeting turnout ({date})"), 12),
    ),
}

# meeting, person, option numbers, hours a week, status, organizer, notes
_PICKS: tuple[tuple[str, str, tuple[int, ...], int | None, FollowUpStatus, str, str], ...] = (
    (
        "october",
        "Rosa",
        (0, 1),
        None,
        FollowUpStatus.DONE,
        "Grace",
        QT_TRANSLATE_NOOP("Demo", "Brought Lan and Tomás."),
    ),
    (
        "october",
        "Tomás",
        (1,),
        2,
        FollowUpStatus.REACHED,
        "Grace",
        QT_TRANSLATE_NOOP("Demo", "Two of three done."),
    ),
    ("october", "Kateryna", (2,), None, FollowUpStatus.OPEN, "Grace", ""),
    (
        "october",
        "Aisha",
        (0,),
        None,
        FollowUpStatus.DECLINED,
        "Dele",
        QT_TRANSLATE_NOOP("Demo", "Schedule changed."),
    ),
    (
        "assembly",
        "Priya",
        (0, 3),
        None,
        FollowUpStatus.REACHED,
        "Dele",
        QT_TRANSLATE_NOOP("Demo", "Has 4 signatures."),
    ),
    (
        "assembly",
        "Lan",
        (1,),
        3,
        FollowUpStatus.DONE,
        "Dele",
        QT_TRANSLATE_NOOP("Demo", "Came to first committee call."),
    ),
    ("assembly", "Samuel", (0,), None, FollowUpStatus.OPEN, "Ana", ""),
    ("assembly", "Grace", (2,), None, FollowUpStatus.OPEN, "Ana", ""),
    ("tonight", "Rosa", (1, 3), 4, FollowUpStatus.OPEN, "", ""),
    ("tonight", "Omar", (0,), None, FollowUpStatus.OPEN, "", ""),
    ("tonight", "Lan", (2,), None, FollowUpStatus.OPEN, "", ""),
)


_SAID_NO = ("assembly", "Samuel")  # his card says no to contact: followed up in person


def write_commitments(
    conn: sqlite3.Connection,
    meetings: Mapping[str, Meeting],
    people: Mapping[str, Person],
    organizer: str,
    now_ms: int,
) -> None:
    """Options and settings for each meeting, then the picks and their follow-ups."""
    store = CommitmentStore(conn)
    options: dict[str, list[CommitmentOption]] = {}
    for name, meeting in meetings.items():
        options[name] = store.save_options(
            meeting.key,
            [
                CommitmentOption(
                    meeting.key,
                    translate("Demo", text),
                    None if days is None else meeting.date + dt.timedelta(days=days),
                )
                for text, days in _OPTIONS[name]
            ],
        )
        store.save_settings(
            CommitmentSettings(
                meeting.key,
                organization=translate("Demo", ORGANIZATION),
                organizer_contact=f"{organizer} · {people[organizer].phone}",
                organizer_id=people[organizer].key,
            )
        )
    for name, first, picks, hours, status, follow_up_by, notes in _PICKS:
        meeting = meetings[name]
        due = meeting.starts_at + dt.timedelta(hours=48)
        organizer_id = people[follow_up_by or organizer].key
        recorded = store.record(
            meeting.key,
            people[first].key,
            [options[name][i] for i in picks],
            hours=hours,
            contact_ok=(name, first) != _SAID_NO,
            follow_up_due=due,
            organizer_id=organizer_id,
            source="phone" if name == "tonight" else "card",
            now_ms=now_ms,
        )
        for c in recorded:
            if status != FollowUpStatus.OPEN or notes:
                store.update_follow_up(
                    c.key,
                    status=status,
                    notes=demo_text(notes),
                    organizer_id=organizer_id,
                    follow_up_due=due,
                    now_ms=now_ms,
                )
