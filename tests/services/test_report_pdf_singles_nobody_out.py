"""The printed report to share singles nobody out in its attendance, as its chart does, and
says what share of the speaking time the groups too small to show had; the facilitator's
copy lists every profession."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from meetingkit.core.clock import ManualClock
from meetingkit.services.meeting_report import MeetingReports
from tests.pdf_reading import needs
from tests.pdf_reading import pdf_text as _text
from tests.services.airtime_scene import airtime_meeting

pytestmark = needs("pdftotext")


def test_the_shared_report_folds_small_professions_and_accounts_for_all_the_time(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    clock = ManualClock(1_795_000_000.0)
    meeting = airtime_meeting(conn, clock)
    reports = MeetingReports(conn, clock)

    reports.render(meeting.key, tmp_path / "shared.pdf")
    text = _text(tmp_path / "shared.pdf")
    assert "Registered nurse (RN) 5 50%" in text
    assert "Certified nursing assistant (CNA) 3 30%" in text
    assert "Other or not given 2 20%" in text
    assert "Physical therapist" not in text
    assert "Professions with fewer than 3 people present are combined" in text
    assert "Groups too small to show had 29% of the speaking time." in text

    reports.render(meeting.key, tmp_path / "facilitator.pdf", per_person=True)
    text = _text(tmp_path / "facilitator.pdf")
    assert "Physical therapist (PT) 1 10%" in text
    assert "Not given 1 10%" in text
    assert "Groups too small to show" not in text  # every group is shown
