"""Importing a roster file into the people directory, so imported people can sign in at the
kiosk by their phone number.

Read (core.roster_file), map columns (core.roster), preview, then apply in one transaction
(storage.roster). The plan is made again at import time against the directory as it is then,
so a preview left open while someone signs in never imports a stale decision.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from meetingkit.core.clock import Clock, to_ms
from meetingkit.core.errors import MeetingkitError
from meetingkit.core.roster import (
    Action,
    ImportPlan,
    PlannedRow,
    fill_blanks,
    mapping_by_header,
    plan_import,
)
from meetingkit.core.roster_file import RosterFile, RosterFileError, check_size, read_roster
from meetingkit.storage.database import transaction
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.roster import RosterImportEntry, RosterStore

PREVIEW_ROWS = 20


@dataclass(frozen=True)
class PreviewRow:
    row: PlannedRow
    fills: tuple[str, ...] = ()  # for a match in the directory: the empty fields it fills

    @property
    def outcome(self) -> str:
        """What happens to the row, in a few words for the preview table."""
        r = self.row
        if r.action == Action.SKIP:
            return f"skipped: {r.reason}"
        if r.action == Action.UPDATE:
            if (r.match_id or 0) < 0:
                return f"same person as row {-(r.match_id or 0)}"
            fills = ", ".join(f.replace("_", " ") for f in self.fills)
            return f"already here; adds {fills}" if fills else "already here"
        return f"new — {r.reason}" if r.reason else "new"


@dataclass(frozen=True)
class RosterPreview:
    plan: ImportPlan
    rows: tuple[PreviewRow, ...]  # the first PREVIEW_ROWS


class RosterImport:
    def __init__(self, conn: sqlite3.Connection, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    @staticmethod
    def read(path: Path) -> RosterFile:
        """The file at `path`, or a MeetingkitError that says what to do."""
        try:
            check_size(path.stat().st_size, path.name)
            data = path.read_bytes()
        except IsADirectoryError:
            raise MeetingkitError(f"{path} is a folder. Choose a CSV file.") from None
        except FileNotFoundError:
            raise MeetingkitError(f"There is no file {path}.") from None
        except OSError as e:
            raise MeetingkitError(f"Could not read {path.name}: {e.strerror or e}.") from e
        return read_roster(data, path.name)

    def plan(self, roster: RosterFile, mapping: Sequence[str]) -> ImportPlan:
        return plan_import(roster, mapping, RosterStore(self._conn).contact_index())

    def preview(
        self, roster: RosterFile, mapping: Sequence[str], limit: int = PREVIEW_ROWS
    ) -> RosterPreview:
        plan = self.plan(roster, mapping)
        people = PeopleStore(self._conn)
        shown = []
        for row in plan.rows[:limit]:
            fills: tuple[str, ...] = ()
            if row.action == Action.UPDATE and row.person and (row.match_id or 0) > 0:
                _, fills = fill_blanks(people.get(row.match_id or 0), row.person)
            shown.append(PreviewRow(row, fills))
        return RosterPreview(plan, tuple(shown))

    def apply(
        self, roster: RosterFile, mapping: Sequence[str], file_name: str
    ) -> RosterImportEntry:
        """Import: all rows or none; the import is logged with its counts."""
        with transaction(self._conn):  # planned against the directory as it is now
            return RosterStore(self._conn).apply(
                self.plan(roster, mapping),
                file_name=Path(file_name).name,
                mapping=mapping_by_header(roster.headers, mapping),
                now_ms=to_ms(self._clock.now()),
            )


__all__ = ["RosterFileError", "RosterImport", "RosterPreview"]
