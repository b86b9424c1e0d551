"""Who came for the first time (storage.first_timers): by attendance, however people were
marked present; their own answer where the record cannot tell."""

import datetime as dt
import sqlite3
from dataclasses import replace

from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.core.signin import FormSettings, check_submission
from meetingkit.services.privacy import purge_meeting
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.first_timers import first_timers, newcomers
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.people_merge import merge_people
from meetingkit.storage.signin import SignInStore

FORM = FormSettings(("first_name", "last_name", "phone", "first_time"))


def meeting(conn: sqlite3.Connection, day: str, start: str = "18:00") -> int:
    when = dt.datetime.fromisoformat(f"{day} {start}")
    return MeetingStore(conn).create(Meeting(f"Meeting {day}", when.date(), when.time())).key


def person(
    conn: sqlite3.Connection, first: str, created: str | None = None, phone: str = ""
) -> int:
    """Someone in the directory, added on `created` (an ISO date) if given."""
    key = PeopleStore(conn).add(Person(first, "Example", phone=phone)).key
    if created is not None:
        conn.execute(
            "UPDATE people SET created_at = ? WHERE id = ?", [f"{created}T12:00:00+00:00", key]
        )
    return key


def here(conn: sqlite3.Connection, meeting_id: int, *people: int) -> None:
    for person_id in people:
        AttendanceStore(conn).mark_present(meeting_id, person_id, 0, "manual")


def signs_in(conn: sqlite3.Connection, meeting_id: int, first: str, **answers: str) -> int:
    store = SignInStore(conn)
    store.save_settings(replace(store.settings(meeting_id), form=FORM))
    submission = check_submission({"first_name": first, "last_name": "Example", **answers}, FORM)
    signed, _ = store.record(
        meeting_id, submission, f"{meeting_id}-{first}", source="phone", language="en", now_ms=0
    )
    return signed.person_id


def test_anyone_at_no_earlier_meeting_came_for_the_first_time_however_marked(
    conn: sqlite3.Connection,
) -> None:
    october, november = meeting(conn, "2026-10-15"), meeting(conn, "2026-11-12")
    ana, bilal = person(conn, "Ana"), person(conn, "Bilal")
    here(conn, october, ana)
    here(conn, november, ana, bilal)  # Bilal marked by hand, no sign-in at all
    kiosk = signs_in(conn, november, "Chen")  # the form's question left unanswered
    assert first_timers(conn, october) == {ana}
    assert first_timers(conn, november) == {bilal, kiosk}


def test_earlier_that_day_is_earlier(conn: sqlite3.Connection) -> None:
    """A training's morning and afternoon sessions: new in the morning only."""
    morning = meeting(conn, "2026-11-14", "09:00")
    afternoon = meeting(conn, "2026-11-14", "13:30")
    eli = person(conn, "Eli")
    here(conn, afternoon, eli)
    here(conn, morning, eli)
    assert (first_timers(conn, morning), first_timers(conn, afternoon)) == (
        frozenset({eli}),
        frozenset(),
    )


def test_a_yes_does_not_outweigh_an_earlier_meeting_and_a_no_is_believed(
    conn: sqlite3.Connection,
) -> None:
    """Carmen came in October; in November the phone did not recognise her, made a new record
    that counted as a first time, and the organizer merged it into hers. Dora says she came
    before (before the app was used): the record has nothing to say against her."""
    october, november = meeting(conn, "2026-10-15"), meeting(conn, "2026-11-12")
    carmen = person(conn, "Carmen")
    here(conn, october, carmen)
    duplicate = signs_in(conn, november, "Carmen", phone="312 555 0199", first_time="yes")
    assert first_timers(conn, november) == {duplicate}
    merge_people(conn, drop=duplicate, keep=carmen)
    dora = signs_in(conn, november, "Dora", first_time="no")
    assert first_timers(conn, november) == frozenset()
    assert dora not in first_timers(conn, november)


def test_after_a_purge_only_someone_who_could_not_have_been_there_or_says_so_is_new(
    conn: sqlite3.Connection,
) -> None:
    """September was purged: who came to it is gone. A regular from then would look new; so
    would a roster member who never came. Only people added since, or who say so, count."""
    september, november = meeting(conn, "2026-09-10"), meeting(conn, "2026-11-12")
    regular = person(conn, "Ana", created="2026-08-01")
    roster = person(conn, "Bo", created="2026-08-01")  # never came before November
    later = person(conn, "Cy", created="2026-10-01")  # in the directory after September
    here(conn, september, regular)
    here(conn, november, regular, roster, later)
    says = signs_in(conn, november, "Dee", first_time="yes")
    conn.execute("UPDATE people SET created_at = '2026-08-01T12:00:00+00:00' WHERE id = ?", [says])
    assert first_timers(conn, november) == {roster, later, says}

    purge_meeting(conn, september, ManualClock(0))
    assert first_timers(conn, november) == {later, says}
    assert [n.person_id for n in newcomers(conn, "2026-11-01", "2026-11-30")] == sorted(
        [later, says], key=lambda p: PeopleStore(conn).get(p).sort_name
    )


def test_new_this_month_is_who_came_for_the_first_time_this_month(
    conn: sqlite3.Connection,
) -> None:
    """The Start page's count is the reports' own: Dora, who said she came before, is not new
    this month either."""
    october, november = meeting(conn, "2026-10-15"), meeting(conn, "2026-11-12")
    ana, bilal = person(conn, "Ana"), person(conn, "Bilal")
    here(conn, october, ana)
    here(conn, november, ana, bilal)
    signs_in(conn, november, "Dora", first_time="no")
    found = AttendanceStore(conn).newcomers("2026-11-01", "2026-11-30")
    assert [(n.person_id, n.first_date) for n in found] == [(bilal, "2026-11-12")]
    assert {n.person_id for n in found} == first_timers(conn, november)
