import datetime as dt
import sqlite3
from collections import Counter

from meetingkit.core.meeting import Role
from meetingkit.services.demo import write_demo
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore

TODAY = dt.date(2026, 11, 21)
NOW = dt.datetime(2026, 11, 21, 19, 10)


def test_the_demo_is_a_health_worker_meeting_across_professions(conn: sqlite3.Connection) -> None:
    demo = write_demo(conn, NOW)
    people = PeopleStore(conn).search("", limit=1000).people
    assert 24 <= len(people) <= 30
    professions = Counter(p.profession for p in people)
    assert len(professions) >= 10
    assert professions["Registered nurse (RN)"] >= 5
    meeting = MeetingStore(conn).get(demo.meeting_id)
    assert meeting.date == TODAY
    assert "Safe Staffing" in meeting.title


def test_the_demo_meeting_has_every_role_filled(conn: sqlite3.Connection) -> None:
    demo = write_demo(conn, NOW)
    roles = {a.role for a in MeetingStore(conn).roles(demo.meeting_id)}
    assert roles == set(Role)


def test_the_demo_has_past_and_upcoming_meetings(conn: sqlite3.Connection) -> None:
    write_demo(conn, NOW)
    meetings = MeetingStore(conn).all()
    assert any(not m.is_upcoming(TODAY) for m in meetings)
    assert sum(m.is_upcoming(TODAY) for m in meetings) >= 2


def test_demo_contacts_are_fictional(conn: sqlite3.Connection) -> None:
    """Phones in the reserved 555-01xx range, emails at example.org: nobody real is listed."""
    write_demo(conn, NOW)
    for p in PeopleStore(conn).search("", limit=1000).people:
        assert not p.email or p.email.endswith("@example.org")
        assert not p.phone or "555-01" in p.phone
