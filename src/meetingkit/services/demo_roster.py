"""The demo's imported roster: the union's member list as an Action Network export, so the
import log has an entry and the kiosk can find members by phone who never signed in before."""

from __future__ import annotations

import sqlite3

from meetingkit.core.clock import ManualClock
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, translate
from meetingkit.core.roster import guess_mapping
from meetingkit.core.roster_file import read_roster
from meetingkit.services.roster_import import RosterImport

# The file's name is shown in the import log: translated when the demo is written.
FILE_NAME = QT_TRANSLATE_NOOP("Demo", "members-action-network.csv")
# Action Network's export headers; two rows are people already in the directory (their empty
# fields are filled, nothing is overwritten), three are members who have not come yet.
ROSTER = """first_name,last_name,email,can2_phone,zip_code,can2_employer,can2_job_title
Imani,Okafor,imani.okafor@example.org,(312) 555-0142,60615,Mercy General,Respiratory therapist
Lucía,Navarro,,312-555-0178,60608,Mercy General,Registered nurse (RN)
Pavel,Novak,pavel.novak@example.org,,60640,Lakeside Rehab,Occupational therapist (OT)
Dele,Okonkwo,dele.okonkwo@example.org,,,St. Brigid Medical Center,
Ana,Lima,ana.lima@example.org,,,,
"""


def write_roster(conn: sqlite3.Connection, now_s: float) -> None:
    file_name = translate("Demo", FILE_NAME)
    roster = read_roster(ROSTER.encode(), file_name)
    RosterImport(conn, ManualClock(now_s)).apply(roster, guess_mapping(roster.headers), file_name)
