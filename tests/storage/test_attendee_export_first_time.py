"""The attendance export's first_time column gives the one answer the report, the Sign-in tab
and the Start page give (storage.first_timers), not the flag each sign-in kept when it was
recorded: that flag was true for anyone the matching did not recognise, whatever they
answered, and false for anyone marked present without a sign-in."""

import sqlite3

from meetingkit.core.clock import ManualClock
from meetingkit.services.exports import ExportFormat, Exports
from meetingkit.storage.first_timers import first_timers
from meetingkit.storage.people_merge import merge_people
from tests.storage.test_first_timers import here, meeting, person, signs_in


def _first_time_column(conn: sqlite3.Connection, meeting_id: int) -> dict[str, str]:
    table = Exports(conn, ManualClock(0)).table(meeting_id, ExportFormat.ATTENDANCE)
    column = table.headers.index("first_time")
    return {row[0]: row[column] for row in table.rows}


def test_the_export_says_who_came_for_the_first_time_as_the_report_does(
    conn: sqlite3.Connection,
) -> None:
    """Carmen came in October; in November the phone did not recognise her, its new record
    was counted as a first time and was merged into hers: she came before. Bilal, marked
    present by hand with no sign-in at all, is new."""
    october, november = meeting(conn, "2026-10-15"), meeting(conn, "2026-11-12")
    carmen, bilal = person(conn, "Carmen"), person(conn, "Bilal")
    here(conn, october, carmen)
    duplicate = signs_in(conn, november, "Carmen", phone="312 555 0199", first_time="yes")
    merge_people(conn, drop=duplicate, keep=carmen)
    here(conn, november, bilal)
    flags = dict(conn.execute("SELECT person_id, first_time FROM signins").fetchall())
    assert flags == {carmen: 1}  # what the export read: Carmen new, Bilal not
    assert first_timers(conn, november) == {bilal}
    assert _first_time_column(conn, november) == {"Carmen": "no", "Bilal": "yes"}
