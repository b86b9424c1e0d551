"""A person's history (storage.person_history): every meeting they came to, newest first, with
how they signed in, whether it was their first, their roles and airtime; their commitments and
follow-ups; where they stand in their groups; their consents as they stand. A purged meeting,
a merge and a forgotten person leave nothing to reconstruct."""

import datetime as dt
import json
import sqlite3
from dataclasses import replace

import pytest

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.clock import ManualClock
from meetingkit.core.commitment import CommitmentOption, FollowUpStatus
from meetingkit.core.errors import NotFoundError
from meetingkit.core.group import Group
from meetingkit.core.meeting import Meeting, Role
from meetingkit.core.person import Person
from meetingkit.core.person_history import purged_note
from meetingkit.core.signin import FormSettings, check_submission
from meetingkit.services.privacy import purge_meeting
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.commitments import CommitmentStore
from meetingkit.storage.groups import GroupStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.people_merge import merge_people
from meetingkit.storage.person_history import read_person_history
from meetingkit.storage.signin import SignInStore

NOW = dt.datetime(2026, 11, 21, 20, 0)
FORM = FormSettings(("first_name", "last_name", "phone"), ("contact_email", "contact_text"))


def meeting(conn: sqlite3.Connection, day: str, title: str = "", group: int | None = None) -> int:
    key = (
        MeetingStore(conn)
        .create(Meeting(title or f"Meeting {day}", dt.date.fromisoformat(day), dt.time(18, 0)))
        .key
    )
    if group is not None:
        GroupStore(conn).set_meeting_group(key, group)
    return key


def person(conn: sqlite3.Connection, first: str, phone: str = "") -> int:
    return PeopleStore(conn).add(Person(first, "Example", phone=phone)).key


def here(conn: sqlite3.Connection, meeting_id: int, person_id: int, source: str = "manual") -> None:
    AttendanceStore(conn).mark_present(meeting_id, person_id, 0, source)


def spoke(conn: sqlite3.Connection, meeting_id: int, person_id: int, *seconds: int) -> None:
    """Turns of these lengths; each turn one segment (and a pause's gap, not counted)."""
    for n, length in enumerate(seconds):
        turn_id = conn.execute(
            "SELECT coalesce(max(id), 0) + 1 FROM turns WHERE meeting_id = ?", [meeting_id]
        ).fetchone()[0]
        segments = [[0, 1000 * length // 2], [5000 + 1000 * length // 2, 5000 + 1000 * length]]
        conn.execute(
            "INSERT INTO turns (meeting_id, id, person_id, kind, item_id, segments, ended)"
            " VALUES (?, ?, ?, 'general', NULL, ?, 1)",
            [meeting_id, turn_id + n, person_id, json.dumps(segments)],
        )


def commit(
    conn: sqlite3.Connection,
    meeting_id: int,
    person_id: int,
    *texts: str,
    organizer: int | None = None,
    contact_ok: bool | None = None,
) -> None:
    store = CommitmentStore(conn)
    options = store.save_options(meeting_id, [CommitmentOption(meeting_id, t) for t in texts])
    store.record(
        meeting_id,
        person_id,
        options,
        hours=None,
        contact_ok=contact_ok,
        follow_up_due=NOW - dt.timedelta(days=1),
        organizer_id=organizer,
        source="card",
        now_ms=0,
    )


def signs_in(conn: sqlite3.Connection, meeting_id: int, first: str, *consents: str) -> int:
    store = SignInStore(conn)
    store.save_settings(replace(store.settings(meeting_id), form=FORM))
    answers = {"first_name": first, "last_name": "Example", "phone": "312 555 0199"}
    answers |= {f"consent_{c}": "yes" for c in consents}
    signed, _ = store.record(
        meeting_id,
        check_submission(answers, FORM),
        f"{meeting_id}-{first}",
        source="phone",
        language="en",
        now_ms=0,
    )
    return signed.person_id


def test_meetings_newest_first_with_how_they_came_what_they_did_and_said(
    conn: sqlite3.Connection,
) -> None:
    groups = GroupStore(conn)
    staffing = groups.create(Group("Safe Staffing")).key
    march = meeting(conn, "2026-03-03", "Staffing — March", staffing)
    june = meeting(conn, "2026-06-02", "Staffing — June", staffing)
    assembly = meeting(conn, "2026-10-08", "Fall assembly")
    ana = person(conn, "Ana")
    here(conn, june, ana, "stack")
    here(conn, march, ana)
    here(conn, assembly, ana, "phone")
    MeetingStore(conn).assign(june, Role.TIMEKEEPER, ana)
    MeetingStore(conn).assign(june, Role.FACILITATOR, ana)
    AgendaStore(conn).add_item(june, AgendaItem("Report-back", 10, owner_id=ana))
    spoke(conn, june, ana, 60, 30)

    history = read_person_history(conn, ana, NOW)

    assert [v.title for v in history.visits] == [
        "Fall assembly",
        "Staffing — June",
        "Staffing — March",
    ]
    fall, june_visit, march_visit = history.visits
    assert (fall.group, fall.source, fall.first_time) == ("", "phone", False)
    assert (march_visit.group, march_visit.first_time) == ("Safe Staffing", True)
    assert june_visit.roles == (Role.FACILITATOR, Role.TIMEKEEPER)
    assert june_visit.items_owned == 1
    assert (june_visit.turns, june_visit.spoken_ms) == (2, 90_000)  # the pauses not counted
    assert history.spoken_ms == 90_000
    assert history.as_of == NOW


def test_commitments_with_their_follow_up_newest_first(conn: sqlite3.Connection) -> None:
    may, october = meeting(conn, "2026-05-05", "May"), meeting(conn, "2026-10-08", "October")
    ana, yaw = person(conn, "Ana"), person(conn, "Yaw")
    here(conn, may, ana)
    here(conn, october, ana)
    commit(conn, may, ana, "Join a committee", organizer=yaw)
    commit(conn, october, ana, "Hold three one-on-ones", "Bring a coworker", contact_ok=True)
    store = CommitmentStore(conn)
    joined = store.for_person(may, ana)[0]
    store.update_follow_up(
        joined.key,
        status=FollowUpStatus.DONE,
        notes="Joined in June.",
        organizer_id=yaw,
        follow_up_due=joined.follow_up_due,
        now_ms=1,
    )

    history = read_person_history(conn, ana, NOW)

    assert [(p.meeting_title, p.text) for p in history.commitments] == [
        ("October", "Hold three one-on-ones"),
        ("October", "Bring a coworker"),
        ("May", "Join a committee"),
    ]
    done = history.commitments[-1]
    assert (done.status, done.organizer, done.notes) == (
        FollowUpStatus.DONE,
        "Yaw Example",
        "Joined in June.",
    )
    assert history.open_follow_ups == 2
    assert history.card_contact is True


def test_consents_stand_as_the_latest_sign_in_that_asked_left_them(
    conn: sqlite3.Connection,
) -> None:
    """Email given in October and not in November: it stands at no. Texts given once and
    never asked again stand at yes."""
    october, november = (
        meeting(conn, "2026-10-08", "October"),
        meeting(conn, "2026-11-03", "November"),
    )
    rosa = signs_in(conn, october, "Rosa", "contact_email", "contact_text")
    assert signs_in(conn, november, "Rosa") == rosa  # recognised by her phone
    store = SignInStore(conn)
    store.save_settings(
        replace(store.settings(november), form=replace(FORM, consents=("contact_email",)))
    )

    consents = read_person_history(conn, rosa, NOW).consents

    assert [(c.key, c.given, c.meeting_title) for c in consents] == [
        ("contact_email", False, "November"),
        ("contact_text", True, "October"),
    ]


def test_a_consent_waiting_for_the_organizer_does_not_stand_as_given(
    conn: sqlite3.Connection,
) -> None:
    """A later sign-in recognised as Rosa ticks email, which she never agreed to: it waits
    for the organizer (storage.signin_consents), so her history still says no."""
    october, november = (
        meeting(conn, "2026-10-08", "October"),
        meeting(conn, "2026-11-03", "November"),
    )
    rosa = signs_in(conn, october, "Rosa", "contact_text")
    assert signs_in(conn, november, "Rosa", "contact_email", "contact_text") == rosa

    consents = read_person_history(conn, rosa, NOW).consents

    assert ("contact_email", False, "November") in [
        (c.key, c.given, c.meeting_title) for c in consents
    ]


def test_the_ladder_of_each_group_they_belong_to_or_came_to(conn: sqlite3.Connection) -> None:
    groups = GroupStore(conn)
    staffing = groups.create(Group("Safe Staffing")).key
    nights = groups.create(Group("Night shift")).key
    ana = person(conn, "Ana")
    groups.add_member(staffing, ana)
    for day in ("2026-08-04", "2026-09-01", "2026-10-06"):
        here(conn, meeting(conn, day, group=staffing), ana)
    here(conn, meeting(conn, "2026-09-10", group=nights), ana)
    meeting(conn, "2026-12-01", group=staffing)  # ahead: not held yet

    standings = read_person_history(conn, ana, NOW).standings

    assert [(s.group, s.member, s.engagement.attended) for s in standings] == [
        ("Safe Staffing", True, 3),
        ("Night shift", False, 1),
    ]
    assert (standings[0].rung, standings[0].rung_number, standings[0].rungs) == (
        "Came at least 3 times",
        2,
        5,
    )
    assert standings[1].rung == "Came at least once"


def test_a_purged_meeting_leaves_nothing_of_who_came(conn: sqlite3.Connection) -> None:
    """Ana signed in at the town hall (so the directory says she came in there) and came
    again in October. After the town hall's purge her history has October only, and says
    one meeting was purged, as it says to everyone in the directory by its day."""
    town_hall = meeting(conn, "2026-06-10", "Town hall")
    october = meeting(conn, "2026-10-08", "October")
    ana = signs_in(conn, town_hall, "Ana", "contact_email")
    conn.execute(  # she came into the directory that day
        "UPDATE people SET created_at = '2026-06-10T17:00:00+00:00' WHERE id = ?", [ana]
    )
    commit(conn, town_hall, ana, "Join a committee")
    spoke(conn, town_hall, ana, 40)
    here(conn, october, ana)
    bo = person(conn, "Bo")  # never came anywhere
    made_on(conn, bo, "2026-01-05")
    purge(conn, town_hall)
    came_in = "SELECT added_at_meeting FROM people WHERE id = ?"
    assert conn.execute(came_in, [ana]).fetchone()[0] == town_hall  # for purges, not read here

    history = read_person_history(conn, ana, NOW)

    assert [v.title for v in history.visits] == ["October"]
    assert not history.visits[0].first_time  # the purge took her first: nothing makes it up
    assert (history.commitments, history.consents, history.spoken_ms) == ((), (), 0)
    assert history.purged_meetings == 1
    assert read_person_history(conn, bo, NOW).purged_meetings == 1


def made_on(conn: sqlite3.Connection, person_id: int, day: str) -> None:
    """Their record was made on `day`, at noon UTC: that day on the local calendar too, from
    Hawaii to New Zealand's winter."""
    conn.execute(
        "UPDATE people SET created_at = ? WHERE id = ?", [f"{day}T12:00:00+00:00", person_id]
    )


def purged_for(conn: sqlite3.Connection, person_id: int) -> int:
    return read_person_history(conn, person_id, NOW).purged_meetings


def purge(conn: sqlite3.Connection, meeting_id: int, at: str = "2026-11-20") -> None:
    """Purge the meeting, on `at` (noon UTC)."""
    purge_meeting(conn, meeting_id, ManualClock(0))
    conn.execute(
        "UPDATE meetings SET purged_at = ? WHERE id = ?", [f"{at}T12:00:00+00:00", meeting_id]
    )


def test_only_purged_meetings_they_may_have_been_at_are_said(conn: sqlite3.Connection) -> None:
    """QA round 11: "3 meetings purged" was said to everyone, even to someone whose record was
    made after them. A record made after a meeting was held, or purged, was not at it; unless
    the record has meetings from before it was made (typed in after the fact)."""
    january, june, october = (
        meeting(conn, "2026-01-13", "January"),
        meeting(conn, "2026-06-10", "June"),
        meeting(conn, "2026-10-06", "October"),
    )
    july = meeting(conn, "2026-07-07", "July")  # kept
    newcomer, regular, unknown, sheet, imported = (
        person(conn, name) for name in ("Newcomer", "Regular", "Unknown", "Sheet", "Imported")
    )
    made_on(conn, newcomer, "2026-11-02")  # after every purged meeting
    made_on(conn, regular, "2025-09-01")
    conn.execute("UPDATE people SET created_at = '' WHERE id = ?", [unknown])
    made_on(conn, sheet, "2026-06-12")  # came in at June's meeting, typed in two days later
    conn.execute("UPDATE people SET added_at_meeting = ? WHERE id = ?", [june, sheet])
    here(conn, july, sheet)  # came again: still in the directory after the purges
    made_on(conn, imported, "2026-08-20")  # from a roster; July's sheet typed in afterwards
    here(conn, july, imported)
    purge(conn, january, "2026-02-20")
    purge(conn, june)
    purge(conn, october)

    assert purged_for(conn, newcomer) == 0
    assert purged_note(read_person_history(conn, newcomer, NOW)) == ""
    assert purged_for(conn, regular) == 3
    assert purged_for(conn, unknown) == 3  # when the record was made is not known
    assert purged_for(conn, sheet) == 2  # June, where the directory says they came in
    assert purged_for(conn, imported) == 2  # June, October: July, typed in after, says its day
    # says nothing of when they came; January was purged before the record was made
    made_on(conn, newcomer, "2026-10-06")  # made the day of October's meeting
    assert purged_for(conn, newcomer) == 1
    made_on(conn, newcomer, "2026-11-21")  # after the purges…
    here(conn, july, newcomer)  # …though July's sheet, typed in then, had them
    assert purged_for(conn, newcomer) == 0  # gone before the record was made


def test_a_merge_keeps_the_day_the_earlier_record_was_made(conn: sqlite3.Connection) -> None:
    """The regular's record was folded into the one made at the door since: the person was in
    the directory by the purged meeting's day all the same."""
    spring = meeting(conn, "2026-04-14", "Spring")
    regular, duplicate = person(conn, "Ana"), person(conn, "Ana")
    made_on(conn, regular, "2026-02-01")
    made_on(conn, duplicate, "2026-10-06")
    purge(conn, spring)
    assert (purged_for(conn, regular), purged_for(conn, duplicate)) == (1, 0)

    merge_people(conn, drop=regular, keep=duplicate)

    assert purged_for(conn, duplicate) == 1


def test_a_merged_person_has_both_records_history_and_the_other_none(
    conn: sqlite3.Connection,
) -> None:
    september, october = (
        meeting(conn, "2026-09-01", "September"),
        meeting(conn, "2026-10-06", "October"),
    )
    regular, duplicate = person(conn, "Ana"), person(conn, "Ana")
    here(conn, september, regular)
    here(conn, october, regular)
    here(conn, october, duplicate, "phone")  # made at the door
    commit(conn, october, duplicate, "Join a committee")

    merge_people(conn, drop=duplicate, keep=regular)

    history = read_person_history(conn, regular, NOW)
    assert [v.title for v in history.visits] == ["October", "September"]
    assert [p.text for p in history.commitments] == ["Join a committee"]
    with pytest.raises(NotFoundError):
        read_person_history(conn, duplicate, NOW)


def test_forgetting_leaves_nothing_to_show_for_them_or_about_them(
    conn: sqlite3.Connection,
) -> None:
    """The forgotten person has no history; the one they organized no longer names them."""
    october = meeting(conn, "2026-10-06", "October")
    ana, yaw = person(conn, "Ana"), PeopleStore(conn).add(Person("Yaw", "Mensah-Osei")).key
    here(conn, october, ana)
    here(conn, october, yaw)
    commit(conn, october, ana, "Join a committee", organizer=yaw)
    store = CommitmentStore(conn)
    c = store.for_person(october, ana)[0]
    store.update_follow_up(
        c.key,
        status=FollowUpStatus.REACHED,
        notes="Yaw Mensah-Osei called; she will come.",
        organizer_id=yaw,
        follow_up_due=c.follow_up_due,
        now_ms=1,
    )

    PeopleStore(conn).forget(yaw)

    with pytest.raises(NotFoundError):
        read_person_history(conn, yaw, NOW)
    line = read_person_history(conn, ana, NOW).commitments[0]
    assert line.organizer == ""
    assert "Mensah-Osei" not in line.notes


def test_reading_a_history_takes_the_same_few_queries_however_long_it_is(
    conn: sqlite3.Connection,
) -> None:
    """Every table is read once, by the person's id: a regular of years costs no more
    statements than a newcomer (the busiest person of a year's data reads in ~2 ms)."""
    groups = GroupStore(conn)
    staffing = groups.create(Group("Safe Staffing")).key
    ana, bo = person(conn, "Ana"), person(conn, "Bo")
    groups.add_member(staffing, ana)
    first = meeting(conn, "2026-01-05", group=staffing)
    here(conn, first, bo)

    def statements(person_id: int) -> int:
        seen: list[str] = []
        conn.set_trace_callback(seen.append)
        try:
            read_person_history(conn, person_id, NOW)
        finally:
            conn.set_trace_callback(None)
        return len(seen)

    newcomer = statements(bo)
    for n in range(30):
        day = dt.date(2026, 1, 6) + dt.timedelta(days=7 * n)
        m = meeting(conn, day.isoformat(), group=staffing)
        here(conn, m, ana)
        commit(conn, m, ana, "Join a committee", "Bring a coworker")
        spoke(conn, m, ana, 30, 20)
    assert statements(ana) == newcomer
