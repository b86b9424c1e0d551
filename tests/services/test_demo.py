import datetime as dt
import json
import sqlite3
from collections import Counter

from meetingkit.core import i18n
from meetingkit.core.meeting import Role
from meetingkit.core.signin import CONSENTS
from meetingkit.services.demo import write_demo
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.decisions import DecisionStore
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


def _marked(context: str, text: str, _disambiguation: str | None, n: int) -> str:
    """The demo's words marked, everyone else's in English: what went through translate."""
    english = text.replace("%n", str(n)) if n >= 0 else text
    return f"¶{english}" if context == "Demo" else english


def _column(conn: sqlite3.Connection, sql: str) -> list[str]:
    return [row[0] for row in conn.execute(sql) if row[0]]


def test_the_demo_is_written_in_the_apps_language(conn: sqlite3.Connection) -> None:
    """With a translator installed, every text of the demo a person reads is translated: the
    meetings, their agendas, minutes and decisions, the commitments, the groups. Names,
    workplaces and professions stay as they are; the training's agenda is its curriculum's."""
    i18n.install(_marked, "es")
    try:
        write_demo(conn, NOW)
    finally:
        i18n.install(None)
    training = "(SELECT id FROM meetings WHERE kind = 'training')"
    translated = {
        "meeting titles": "SELECT title FROM meetings",
        "places": "SELECT place FROM meetings",
        "agenda items": f"SELECT title FROM agenda_items WHERE meeting_id != {training}",
        "item notes": f"SELECT notes FROM agenda_items WHERE meeting_id != {training}",
        "minutes": "SELECT minutes FROM agenda_items",
        "decisions": "SELECT proposal FROM decisions",
        "temperature checks": "SELECT question FROM temperature_checks",
        "options": f"SELECT text FROM commitment_options WHERE meeting_id != {training}",
        "commitments": "SELECT text FROM commitments WHERE option_id IS NOT NULL",
        "follow-up notes": "SELECT notes FROM commitments",
        "organizations": "SELECT organization FROM commitment_settings",
        "groups": "SELECT name FROM groups",
        "self-identified groups": "SELECT category FROM person_categories",
        "people's notes": "SELECT notes FROM people",
        "imported file": "SELECT file_name FROM roster_imports",
    }
    for what, sql in translated.items():
        texts = _column(conn, sql)
        assert texts, what
        assert [t for t in texts if not t.startswith("¶")] == [], what
    kept = "SELECT first_name || last_name || profession || workplace FROM people"
    assert [t for t in _column(conn, kept) if "¶" in t] == []
    assert "Registered nurse (RN)" in _column(conn, "SELECT profession FROM people")


def test_no_demo_meeting_counts_more_votes_or_hands_than_people_present(
    conn: sqlite3.Connection,
) -> None:
    """The assembly's report said 23 attended beside 49 votes and 46 hands."""
    demo = write_demo(conn, dt.datetime(2026, 11, 21, 19, 0))
    attendance, decisions = AttendanceStore(conn), DecisionStore(conn)
    counted = 0
    for meeting_id in demo.meeting_ids:
        present = len(attendance.present(meeting_id))
        for d in decisions.decisions(meeting_id).values():
            assert d.votes_for + d.votes_against + d.abstentions <= present
            counted += 1
        for checks in decisions.checks(meeting_id).values():
            assert all(sum(c.counts) <= present for c in checks)
            counted += len(checks)
    assert counted >= 3  # the demo's decisions and temperature checks were all looked at


def _spanish(context: str, text: str, _disambiguation: str | None, n: int) -> str:
    """`_marked`, the professions the forms suggest marked too."""
    return f"¤{text}" if context == "People" else _marked(context, text, _disambiguation, n)


def test_a_spanish_demos_sign_ins_are_in_spanish(conn: sqlite3.Connection) -> None:
    """The kiosk speaks the app's language and the demo's phones speak the demo's (Marisol's
    and Carmen's Spanish in either): a demo written in Spanish keeps what people agreed to in
    the Spanish wording their forms showed, and the newcomer's profession as his form wrote it.
    """
    i18n.install(_spanish, "es")
    try:
        write_demo(conn, NOW)
    finally:
        i18n.install(None)
    assert set(_column(conn, "SELECT language FROM signins")) == {"es"}
    wording = set(_column(conn, "SELECT wording FROM consents"))
    assert wording
    assert wording <= {c.wording_in("es") for c in CONSENTS}
    typed = json.loads(
        conn.execute("SELECT given FROM signins WHERE first_name = 'Tom'").fetchone()[0]
    )
    assert typed["profession"] == "¤Patient care technician"


def test_an_english_demos_sign_ins_are_in_english_but_two_phones(conn: sqlite3.Connection) -> None:
    write_demo(conn, NOW)
    spanish = "SELECT first_name FROM signins WHERE language = 'es' ORDER BY first_name"
    assert _column(conn, spanish) == ["Carmen", "Marisol"]
    typed = json.loads(
        conn.execute("SELECT given FROM signins WHERE first_name = 'Tom'").fetchone()[0]
    )
    assert typed["profession"] == "Patient care technician"
