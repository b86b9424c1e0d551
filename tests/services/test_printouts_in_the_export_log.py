"""Cards, badges and tents printed with the names of everyone present are files of people's
data like any export: they are in the export log — what, when, the file's name, how many
people, never who. Blank ones name nobody and are not."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.services.commitment_desk import CommitmentDesk
from meetingkit.storage.export_log import ExportKind, ExportLog
from tests.services.test_commitment_desk import clock, desk, meeting, present  # noqa: F401


@pytest.mark.parametrize(
    ("what", "kind", "columns"),
    [
        ("cards", ExportKind.CARDS, ("person", "card_id")),
        ("badges", ExportKind.BADGES, ("person", "profession")),
        ("tents", ExportKind.TENTS, ("person", "profession")),
    ],
)
def test_printouts_naming_people_are_logged_without_their_names(
    conn: sqlite3.Connection,
    meeting: Meeting,  # noqa: F811
    desk: CommitmentDesk,  # noqa: F811
    clock: ManualClock,  # noqa: F811
    tmp_path: Path,
    what: str,
    kind: ExportKind,
    columns: tuple[str, ...],
) -> None:
    present(conn, meeting, "Rosa Delgado", "Zyxwerta Qolmbrick")
    out = tmp_path / f"{what} for tonight.pdf"
    printed = {"cards": desk.print_cards, "badges": desk.print_badges, "tents": desk.print_tents}
    assert printed[what](out, blank=3) == 5
    [entry] = ExportLog(conn).entries()
    assert (entry.kind, entry.meeting_id, entry.file_name) == (kind, meeting.key, out.name)
    assert (entry.rows, entry.columns) == (2, columns)  # the named ones, not the blank
    assert entry.meeting_title == "Safe staffing assembly"
    assert entry.exported_ms == int(clock.now() * 1000)
    assert kind.label.endswith("(PDF)")
    logged = conn.execute("SELECT * FROM export_log").fetchall()
    assert "Zyxwerta" not in repr([tuple(r) for r in logged])

    printed[what](tmp_path / f"blank {what}.pdf", personalized=False, blank=4)
    assert len(ExportLog(conn).entries()) == 1  # blank ones name nobody
