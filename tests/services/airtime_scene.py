"""QA's "Airtime arithmetic" meeting, through the real stores: ten in the room (5 RN, 3 CNA,
1 PT, 1 who gave no profession) and Mo, an MD who spoke but was taken off the attendance
afterwards. 8 min 30 s of speech: RN 4:30, CNA 1:30, PT 0:30, no profession 1:00, MD 1:00.
The shared report can show only the RNs and the CNAs: the rest had 29% of the time."""

from __future__ import annotations

import datetime as dt
import sqlite3

from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.services.floor_session import FloorSession
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore

RN, CNA = "Registered nurse (RN)", "Certified nursing assistant (CNA)"
PT, MD = "Physical therapist (PT)", "Physician (MD/DO)"
ROOM = (
    ("Ana", RN, 270),
    ("Bea", RN, 0),
    ("Cy", RN, 0),
    ("Di", RN, 0),
    ("Ed", RN, 0),
    ("Fay", CNA, 90),
    ("Gus", CNA, 0),
    ("Hal", CNA, 0),
    ("Ida", PT, 30),
    ("Jo", "", 60),
)


def airtime_meeting(conn: sqlite3.Connection, clock: ManualClock) -> Meeting:
    meeting = MeetingStore(conn).create(
        Meeting("Airtime arithmetic", dt.date(2026, 11, 21), dt.time(18), id=None)
    )
    people = PeopleStore(conn)
    floor = FloorSession(meeting, conn, clock)

    def speak(person: Person, seconds: int) -> None:
        floor.add(person.key, person.first_name)
        floor.next_speaker()
        clock.advance(seconds)
        floor.end_turn()

    for first, profession, seconds in ROOM:
        person = people.add(Person(first, "Test", profession=profession))
        floor.mark_present(person.key)
        if seconds:
            speak(person, seconds)
    mo = people.add(Person("Mo", "Absentmd", profession=MD))
    speak(mo, 60)
    floor.mark_absent(mo.key)  # wrongly added, corrected afterwards
    return meeting
