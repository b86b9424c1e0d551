import datetime as dt
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from meetingkit.core.clock import ManualClock
from meetingkit.core.commitment import (
    CommitmentOption,
    CommitmentSettings,
    FollowUpStatus,
    parse_card_id,
)
from meetingkit.core.errors import NotFoundError, ValidationError
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.services.commitment_desk import CommitmentDesk
from meetingkit.services.follow_ups import CallListPrinted, FollowUps, calendar_bytes
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore

# 2026-11-21 18:00 local is the meeting; the clock reads local wall time as epoch seconds.
MEETING_START = dt.datetime(2026, 11, 21, 18, 0)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(MEETING_START.timestamp() + 3600)


@pytest.fixture
def meeting(conn: sqlite3.Connection) -> Meeting:
    return MeetingStore(conn).create(
        Meeting("Safe staffing assembly", MEETING_START.date(), MEETING_START.time())
    )


@pytest.fixture
def desk(conn: sqlite3.Connection, meeting: Meeting, clock: ManualClock) -> CommitmentDesk:
    desk = CommitmentDesk(meeting, conn, clock)
    desk.save_options(
        [
            CommitmentOption(meeting.key, "Bring two coworkers to the next meeting"),
            CommitmentOption(meeting.key, "Hold three one-on-ones by {date}", dt.date(2026, 12, 5)),
            CommitmentOption(meeting.key, "Join the staffing committee"),
        ]
    )
    desk.save_settings(CommitmentSettings(meeting.key, "Mercy Nurses United", "Rosa · 555-0134"))
    return desk


def present(conn: sqlite3.Connection, meeting: Meeting, *names: str) -> list[int]:
    people = PeopleStore(conn)
    ids = []
    for name in names:
        first, _, last = name.partition(" ")
        pid = people.add(Person(first, last, phone="312-555-0100")).key
        AttendanceStore(conn).mark_present(meeting.key, pid, 0, "phone")
        ids.append(pid)
    return ids


def test_each_person_present_gets_a_card_with_an_id_that_stays_the_same_on_reprint(
    conn: sqlite3.Connection, meeting: Meeting, desk: CommitmentDesk
) -> None:
    present(conn, meeting, "Rosa Delgado", "王秀英")
    first = desk.cards(blank=2)
    assert [c.name for c in first] == ["Rosa Delgado", "王秀英", "", ""]
    assert all(c.card_id and c.qr_payload == f"MK:{parse_card_id(c.card_id)}" for c in first[:2])
    assert all(c.blank for c in first[2:])
    assert first[0].options[1] == "Hold three one-on-ones by Sat 5 Dec"
    assert first[0].follow_up_date == dt.date(2026, 11, 23)  # the meeting + 48 hours
    assert first[0].organization == "Mercy Nurses United"
    again = desk.cards()
    assert [c.card_id for c in again] == [c.card_id for c in first[:2]]


def test_cards_need_options_and_someone_to_print_for(
    conn: sqlite3.Connection, meeting: Meeting, desk: CommitmentDesk
) -> None:
    with pytest.raises(ValidationError, match="Nobody is signed in"):
        desk.cards()
    assert len(desk.cards(blank=3)) == 3
    with pytest.raises(ValidationError, match="Only blank ones were asked for: say how many"):
        desk.cards(personalized=False)


def test_badges_only_blank_without_a_count_say_so_not_that_nobody_came(
    desk: CommitmentDesk,
) -> None:
    with pytest.raises(ValidationError, match=r"Nobody is signed in yet.*blank ones"):
        desk.badges()
    with pytest.raises(ValidationError, match="Only blank ones were asked for"):
        desk.badges(personalized=False)
    assert len(desk.badges(personalized=False, blank=2)) == 2
    desk.save_options([])
    with pytest.raises(ValidationError, match="no commitments to offer"):
        desk.cards(blank=3)


def test_a_badge_writes_the_profession_as_the_report_does(
    conn: sqlite3.Connection, meeting: Meeting, desk: CommitmentDesk
) -> None:
    """Printed in Spanish, the badge said "Registered nurse (RN)" where the report said
    "Enfermera/o registrada/o (RN)"."""
    from meetingkit.core import i18n

    pid = PeopleStore(conn).add(Person("Rosa", profession="rn")).key
    AttendanceStore(conn).mark_present(meeting.key, pid, 0, "phone")
    assert [b.detail for b in desk.badges()] == ["Registered nurse (RN)"]
    spanish = {"Registered nurse (RN)": "Enfermera/o registrada/o (RN)"}
    i18n.install(lambda _c, text, _d, _n: spanish.get(text, text), "es")
    try:
        assert [b.detail for b in desk.badges()] == ["Enfermera/o registrada/o (RN)"]
    finally:
        i18n.install(None)


def test_a_returned_card_is_recorded_by_its_id(
    conn: sqlite3.Connection, meeting: Meeting, desk: CommitmentDesk
) -> None:
    """Type the ID from the card, tick what the person ticked: their commitments are saved,
    each open and due 48 hours after the meeting."""
    (rosa,) = present(conn, meeting, "Rosa Delgado")
    card = desk.cards()[0]
    holder = desk.holder(card.card_id.lower().replace("-", " "))
    assert holder.person.first_name == "Rosa"
    assert holder.commitments == []
    bring, one_on_ones, _ = desk.options()
    saved = desk.record(rosa, [bring.key, one_on_ones.key], hours=3, contact_ok=True)
    assert [c.text for c in saved] == [
        "Bring two coworkers to the next meeting",
        "Hold three one-on-ones by Sat 5 Dec",
        "Give 3 hours a week",
    ]
    assert {c.status for c in saved} == {FollowUpStatus.OPEN}
    assert {c.follow_up_due for c in saved} == {dt.datetime(2026, 11, 23, 18, 0)}
    assert saved[1].due == dt.date(2026, 12, 5)
    again = desk.holder(card.card_id)
    assert again.contact_ok is True
    assert len(again.commitments) == 3


def test_re_recording_keeps_the_follow_up_of_what_is_still_ticked(
    conn: sqlite3.Connection, meeting: Meeting, desk: CommitmentDesk, clock: ManualClock
) -> None:
    (rosa,) = present(conn, meeting, "Rosa Delgado")
    bring, one_on_ones, committee = desk.options()
    first = desk.record(rosa, [bring.key, one_on_ones.key])
    FollowUps(desk.store._conn, clock).update(
        first[0].key,
        status=FollowUpStatus.REACHED,
        notes="Bringing Ana and Tom",
        organizer_id=None,
        follow_up_due=first[0].follow_up_due,
    )
    second = desk.record(rosa, [bring.key, committee.key])
    assert [c.text for c in second] == [
        "Bring two coworkers to the next meeting",
        "Join the staffing committee",
    ]
    assert second[0].status == FollowUpStatus.REACHED
    assert second[0].notes == "Bringing Ana and Tom"


def test_a_card_from_another_meeting_or_never_printed_says_so(
    conn: sqlite3.Connection, meeting: Meeting, desk: CommitmentDesk, clock: ManualClock
) -> None:
    (rosa,) = present(conn, meeting, "Rosa Delgado")
    card = desk.cards()[0]
    other = MeetingStore(conn).create(Meeting("Next month", dt.date(2026, 12, 19), dt.time(18)))
    with pytest.raises(NotFoundError, match="from another meeting: “Safe staffing assembly”"):
        CommitmentDesk(other, conn, clock).holder(card.card_id)
    with pytest.raises(NotFoundError, match="No card"):
        desk.holder("000-000")
    with pytest.raises(ValidationError, match="misread"):
        desk.holder(card.card_id[:-1] + ("0" if card.card_id[-1] != "0" else "1"))
    assert rosa


def test_a_walk_in_with_a_blank_card_is_recorded_by_name(
    conn: sqlite3.Connection, meeting: Meeting, desk: CommitmentDesk
) -> None:
    walk_in = PeopleStore(conn).add(Person("Tomás")).key
    holder = desk.holder_for_person(walk_in)
    assert parse_card_id(holder.card_id)
    desk.record(walk_in, [desk.options()[2].key], contact_ok=False)
    assert desk.holder(holder.card_id).contact_ok is False


def test_an_option_removed_meanwhile_is_not_recorded(
    conn: sqlite3.Connection, meeting: Meeting, desk: CommitmentDesk
) -> None:
    (rosa,) = present(conn, meeting, "Rosa Delgado")
    stale = desk.options()
    desk.save_options(stale[1:])
    with pytest.raises(NotFoundError, match="removed"):
        desk.record(rosa, [stale[0].key])


def test_removing_an_option_keeps_what_people_recorded_for_it(
    conn: sqlite3.Connection, meeting: Meeting, desk: CommitmentDesk
) -> None:
    rosa, wei = present(conn, meeting, "Rosa Delgado", "Wei Chen")
    bring, one_on_ones, committee = desk.options()
    desk.record(rosa, [bring.key, one_on_ones.key], hours=2)
    desk.record(wei, [bring.key])
    assert [desk.recorded_for_option(o.key) for o in desk.options()] == [2, 1, 0]
    desk.save_options([one_on_ones, committee])
    desk.record(rosa, [one_on_ones.key], hours=2)  # her card again, as it was
    assert [(c.person_id, c.option_id, c.text) for c in desk.recorded()] == [
        (rosa, None, "Bring two coworkers to the next meeting"),
        (rosa, one_on_ones.key, "Hold three one-on-ones by Sat 5 Dec"),
        (rosa, None, "Give 2 hours a week"),
        (wei, None, "Bring two coworkers to the next meeting"),
    ]


def test_editing_options_keeps_recorded_commitments_as_agreed(
    conn: sqlite3.Connection, meeting: Meeting, desk: CommitmentDesk
) -> None:
    (rosa,) = present(conn, meeting, "Rosa Delgado")
    bring = desk.options()[0]
    desk.record(rosa, [bring.key])
    desk.save_options(
        [CommitmentOption(meeting.key, "Bring five coworkers", id=bring.id), *desk.options()[1:]]
    )
    assert desk.options()[0].text == "Bring five coworkers"
    assert desk.recorded()[0].text == "Bring two coworkers to the next meeting"
    with pytest.raises(ValidationError, match="room for 5"):
        desk.save_options([CommitmentOption(meeting.key, f"Option {n}") for n in range(6)])


def test_follow_up_states_and_the_list_across_meetings(
    conn: sqlite3.Connection, meeting: Meeting, desk: CommitmentDesk, clock: ManualClock
) -> None:
    rosa, wei = present(conn, meeting, "Rosa Delgado", "Wei Chen")
    bring, one_on_ones, _ = desk.options()
    desk.record(rosa, [bring.key])
    desk.record(wei, [one_on_ones.key])
    follow_ups = FollowUps(conn, clock)
    assert [r.person_name for r in follow_ups.rows()] == ["Rosa Delgado", "Wei Chen"]
    assert not any(r.commitment.overdue(follow_ups.now()) for r in follow_ups.rows())
    clock.advance(3 * 86400)  # three days later: both overdue
    assert all(r.commitment.overdue(follow_ups.now()) for r in follow_ups.rows())
    rosa_row = follow_ups.rows()[0]
    done = follow_ups.update(
        rosa_row.commitment.key,
        status=FollowUpStatus.DONE,
        notes="Brought Ana and Tom",
        organizer_id=wei,
        follow_up_due=rosa_row.commitment.follow_up_due,
    )
    assert done.status == FollowUpStatus.DONE
    assert done.organizer_id == wei
    assert [r.person_name for r in follow_ups.rows()] == ["Wei Chen"]
    everything = follow_ups.rows(include_closed=True)
    assert [r.person_name for r in everything] == ["Wei Chen", "Rosa Delgado"]
    assert everything[1].organizer_name == "Wei Chen"


def test_forgetting_a_person_removes_their_cards_and_commitments(
    conn: sqlite3.Connection, meeting: Meeting, desk: CommitmentDesk
) -> None:
    (rosa,) = present(conn, meeting, "Rosa Delgado")
    card = desk.cards()[0]
    desk.record(rosa, [desk.options()[0].key])
    PeopleStore(conn).forget(rosa)
    assert desk.recorded() == []
    with pytest.raises(NotFoundError):
        desk.holder(card.card_id)


def test_the_calendar_has_one_event_per_person_and_due_time_with_escaped_text(
    conn: sqlite3.Connection, meeting: Meeting, desk: CommitmentDesk, clock: ManualClock
) -> None:
    (rosa,) = present(conn, meeting, "Rosa; Delgado, RN")
    bring, one_on_ones, _ = desk.options()
    desk.record(rosa, [bring.key, one_on_ones.key])
    follow_ups = FollowUps(conn, clock)
    from icalendar import Calendar

    cal = Calendar.from_ical(calendar_bytes(follow_ups.rows(), follow_ups.now()))
    events = list(cal.walk("VEVENT"))
    assert len(events) == 1
    event = events[0]
    assert str(event["summary"]) == "Follow up: Rosa; Delgado, RN"
    assert event.decoded("dtstart") == dt.datetime(2026, 11, 23, 18, 0)
    assert "Hold three one-on-ones by Sat 5 Dec" in str(event["description"])
    assert "312-555-0100" in str(event["description"])


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_call_list_prints_names_contacts_and_commitments(
    conn: sqlite3.Connection,
    meeting: Meeting,
    desk: CommitmentDesk,
    clock: ManualClock,
    tmp_path: Path,
) -> None:
    rosa, wei = present(conn, meeting, "Rosa <b>Delgado</b>", "Nguyễn Thị Minh Khai")
    desk.record(rosa, [desk.options()[0].key])
    desk.record(wei, [desk.options()[1].key])
    out = tmp_path / "calls.pdf"
    assert FollowUps(conn, clock).print_call_list(out) == CallListPrinted(2, 2)
    printed = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True)
    text = " ".join(printed.stdout.split())  # a narrow column wraps names
    assert "Rosa <b>Delgado</b>" in text
    assert "Nguyễn Thị Minh Khai" in text
    assert "312-555-0100" in text
    assert "Bring two coworkers" in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_a_card_that_said_no_to_contact_keeps_the_phone_and_email_off_every_list(
    conn: sqlite3.Connection,
    meeting: Meeting,
    desk: CommitmentDesk,
    clock: ManualClock,
    tmp_path: Path,
) -> None:
    """ "May we contact them? No" was ignored: her phone and email went on the follow-up
    page, the printed call list and the calendar file."""
    from icalendar import Calendar

    (rosa,) = present(conn, meeting, "Rosa Delgado")
    desk.record(rosa, [desk.options()[0].key], contact_ok=False)
    follow_ups = FollowUps(conn, clock)
    [row] = follow_ups.rows()
    assert (row.phone, row.email, row.contact_refused) == ("", "", True)
    assert row.contact() == "In person only: said no to contact on the card"
    out = tmp_path / "calls.pdf"
    follow_ups.print_call_list(out)
    printed = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True)
    text = " ".join(printed.stdout.split())
    assert "312-555-0100" not in text
    assert "In person only: said" in text  # the contact column wraps the rest
    cal = Calendar.from_ical(calendar_bytes(follow_ups.rows(), follow_ups.now()))
    description = str(next(iter(cal.walk("VEVENT")))["description"])
    assert "312-555-0100" not in description
    assert "In person only" in description
    desk.record(rosa, [desk.options()[0].key], contact_ok=True)  # she changed her mind
    assert "312-555-0100" in FollowUps(conn, clock).rows()[0].contact()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_call_list_finds_an_organizer_however_typed_and_refuses_an_unknown_one(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    """`--organizer "grace mensah"` printed "Nothing to follow up: every commitment is
    closed" over Grace Mensah's four open calls."""
    from meetingkit.services.demo import write_demo

    now = dt.datetime(2026, 11, 21, 19, 10)
    write_demo(conn, now)
    follow_ups = FollowUps(conn, ManualClock(now.timestamp()))
    hers = [r for r in follow_ups.rows() if r.organizer_name == "Grace Mensah"]
    assert hers
    out = tmp_path / "calls.pdf"
    assert follow_ups.print_call_list(out, organizer=" grace MENSAH").follow_ups == len(hers)
    with pytest.raises(NotFoundError, match=r"organized by Grace M\. Organizers.*Grace Mensah"):
        follow_ups.print_call_list(tmp_path / "none.pdf", organizer="Grace M")
    assert not (tmp_path / "none.pdf").exists()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_call_list_since_a_day_leaves_out_older_meetings_commitments(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    """`--since 2026-11-01`: only what people took on at November's meetings, one
    organizer's or everyone's; a day with nothing after it is refused before a file."""
    from meetingkit.services.demo import write_demo

    now = dt.datetime(2026, 11, 21, 19, 10)
    write_demo(conn, now)
    follow_ups = FollowUps(conn, ManualClock(now.timestamp()))
    since = dt.date(2026, 11, 1)
    november = [r for r in follow_ups.rows() if r.meeting_date >= since]
    assert 0 < len(november) < len(follow_ups.rows())
    out = tmp_path / "calls.pdf"
    assert follow_ups.print_call_list(out, since=since).follow_ups == len(november)
    text = " ".join(
        subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout.split()
    )
    assert "Only commitments made at meetings since 1 Nov 2026." in text
    hers = [r for r in november if r.organizer_name == "Ana Lima"]
    printed = follow_ups.print_call_list(out, organizer="ana lima", since=since)
    assert printed.follow_ups == len(hers)
    with pytest.raises(ValidationError, match="No open follow-up from a meeting since 1 Dec 2026"):
        follow_ups.check_anyone_to_call(since=dt.date(2026, 12, 1))
