"""A purge keeps a meeting's decisions with their counts, and names nobody on them: who moved
and who seconded a motion go with the other names, picked or typed."""

import datetime as dt
import sqlite3

from meetingkit.core.agenda import AgendaItem, ItemKind
from meetingkit.core.decision import Decision, Objections, Outcome, Someone
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.services.privacy import leaving_if_purged, purge_meeting
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.decisions import DecisionStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore


def test_a_purge_keeps_the_vote_and_takes_the_mover_and_seconder(
    conn: sqlite3.Connection,
) -> None:
    meetings, people = MeetingStore(conn), PeopleStore(conn)
    meeting = meetings.create(Meeting("Local 12 general", dt.date(2026, 3, 5), dt.time(18, 0)))
    other = meetings.create(Meeting("Stewards", dt.date(2026, 3, 12), dt.time(18, 0)))
    [dues] = AgendaStore(conn).add_items(meeting.key, [AgendaItem("Dues", 20, ItemKind.PROPOSAL)])
    [vigil] = AgendaStore(conn).add_items(other.key, [AgendaItem("Vigil", 20, ItemKind.PROPOSAL)])
    # Kofi came in at the meeting and is on record only as its mover; Carmen is a member on
    # her own who also seconded a motion at the stewards' meeting.
    kofi = people.add(Person("Kofi", "Mensah"), at_meeting=meeting.key)
    carmen = people.add(Person("Carmen", "Ruiz"))
    AttendanceStore(conn).mark_present(meeting.key, carmen.key, 1, "manual")
    store = DecisionStore(conn)
    store.record(
        dues.key,
        Decision(
            "Raise dues by $2",
            Outcome.MAJORITY,
            31,
            4,
            2,
            stand_asides=Objections(("Wren",)),
            moved_by=Someone("Kofi Mensah", kofi.key),
            seconded_by=Someone("Carmen Ruiz", carmen.key),
        ),
        1,
    )
    stewards = Decision(
        "Hold a vigil",
        Outcome.CONSENSUS,
        moved_by=Someone("Wren (retirees)"),
        seconded_by=Someone("Carmen Ruiz", carmen.key),
    )
    store.record(vigil.key, stewards, 1)
    assert leaving_if_purged(conn, meeting.key).deleted == [kofi.key]

    result = purge_meeting(conn, meeting.key)

    assert store.decision(dues.key) == Decision(
        "Raise dues by $2", Outcome.MAJORITY, 31, 4, 2, stand_asides=Objections(unnamed=1)
    )
    row = conn.execute(
        "SELECT moved_by_id, moved_by_name, seconded_by_id, seconded_by_name FROM decisions"
        " WHERE item_id = ?",
        [dues.key],
    ).fetchone()
    assert tuple(row) == (None, "", None, "")
    assert result.people_deleted == 1  # Kofi, as the confirmation said
    assert [p.first_name for p in people.search("").people] == ["Carmen"]
    assert store.decision(vigil.key) == stewards  # another meeting's decision is its own


def test_a_typed_mover_is_not_kept_by_a_purge(conn: sqlite3.Connection) -> None:
    meeting = MeetingStore(conn).create(Meeting("Town hall", dt.date(2026, 3, 5), dt.time(18)))
    [item] = AgendaStore(conn).add_items(meeting.key, [AgendaItem("Dues", 20)])
    DecisionStore(conn).record(
        item.key,
        Decision(
            "Dues",
            Outcome.CONSENSUS,
            moved_by=Someone("A visitor from Local 9"),
            seconded_by=Someone("Mei"),
        ),
        1,
    )
    purge_meeting(conn, meeting.key)
    kept = DecisionStore(conn).decision(item.key)
    assert kept == Decision("Dues", Outcome.CONSENSUS)
