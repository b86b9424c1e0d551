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
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from meetingkit.core.person import Person
from meetingkit.core.roster import (
    Action,
    ImportPlan,
    PlannedRow,
    fill_blanks,
    mapping_by_header,
    plan_import,
)
from meetingkit.core.roster_file import (
    MAX_BYTES,
    RosterFile,
    RosterFileError,
    check_size,
    read_roster,
)
from meetingkit.storage.database import transaction
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.roster import RosterImportEntry, RosterStore

PREVIEW_ROWS = 20
# A person's fields as the preview names the ones a row fills in.
_FIELD_WORDS = {
    "first_name": QT_TRANSLATE_NOOP("Roster import", "first name"),
    "last_name": QT_TRANSLATE_NOOP("Roster import", "last name"),
    "email": QT_TRANSLATE_NOOP("Roster import", "email"),
    "phone": QT_TRANSLATE_NOOP("Roster import", "phone"),
    "zip_code": QT_TRANSLATE_NOOP("Roster import", "zip code"),
    "profession": QT_TRANSLATE_NOOP("Roster import", "profession"),
    "workplace": QT_TRANSLATE_NOOP("Roster import", "workplace"),
    "notes": QT_TRANSLATE_NOOP("Roster import", "notes"),
}


@dataclass(frozen=True)
class PreviewRow:
    row: PlannedRow
    fills: tuple[str, ...] = ()  # for a match in the directory: the empty fields it fills

    @property
    def outcome(self) -> str:
        """What happens to the row, in a few words for the preview table."""
        r = self.row
        if r.action == Action.SKIP:
            return fill(translate("Roster import", "skipped: %1"), r.reason)
        if r.action == Action.UPDATE:
            if (r.match_id or 0) < 0:
                return fill(
                    translate("Roster import", "same person as row %1"), str(-(r.match_id or 0))
                )
            if not self.fills:
                return translate("Roster import", "already here")
            fills = ", ".join(
                translate("Roster import", _FIELD_WORDS[f])
                if f in _FIELD_WORDS
                else f.replace("_", " ")
                for f in self.fills
            )
            return fill(translate("Roster import", "already here; adds %1"), fills)
        if r.reason:
            return fill(translate("Roster import", "new — %1"), r.reason)
        return translate("Roster import", "new")


@dataclass(frozen=True)
class AlreadyHere:
    """The people already in the directory that rows matched: how many get an empty field
    filled in, and how many have everything the rows say already."""

    filled: int = 0
    unchanged: int = 0


@dataclass(frozen=True)
class RosterPreview:
    plan: ImportPlan
    rows: tuple[PreviewRow, ...]  # the first PREVIEW_ROWS
    already_here: AlreadyHere = AlreadyHere()


@dataclass(frozen=True)
class RosterImported:
    """An import done: its log entry, the plan it followed and who was already here."""

    entry: RosterImportEntry
    plan: ImportPlan
    already_here: AlreadyHere


class RosterImport:
    def __init__(self, conn: sqlite3.Connection, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    @staticmethod
    def read(path: Path) -> RosterFile:
        """The file at `path`, or a MeetingkitError that says what to do."""
        try:
            check_size(path.stat().st_size, path.name)
            with path.open("rb") as f:  # a device says size 0 and never ends: read no more
                data = f.read(MAX_BYTES + 1)
            check_size(len(data), path.name)
        except IsADirectoryError:
            raise MeetingkitError(
                fill(translate("Roster import", "%1 is a folder. Choose a CSV file."), str(path))
            ) from None
        except FileNotFoundError:
            raise MeetingkitError(
                fill(translate("Roster import", "There is no file %1."), str(path))
            ) from None
        except OSError as e:
            raise MeetingkitError(
                fill(
                    translate("Roster import", "Could not read %1: %2."),
                    path.name,
                    str(e.strerror or e),
                )
            ) from e
        return read_roster(data, path.name)

    def plan(self, roster: RosterFile, mapping: Sequence[str]) -> ImportPlan:
        return plan_import(roster, mapping, RosterStore(self._conn).contact_index())

    def already_here(self, plan: ImportPlan) -> AlreadyHere:
        """Of the people `plan` matched in the directory, how many it fills in and how many it
        leaves as they are (several rows for one person count together)."""
        people = PeopleStore(self._conn)
        after: dict[int, Person] = {}
        filled: set[int] = set()
        for person_id, incoming in plan.updates:
            current = after.get(person_id) or people.get(person_id)
            after[person_id], changed = fill_blanks(current, incoming)
            if changed:
                filled.add(person_id)
        return AlreadyHere(len(filled), len(after) - len(filled))

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
        return RosterPreview(plan, tuple(shown), self.already_here(plan))

    def apply(self, roster: RosterFile, mapping: Sequence[str], file_name: str) -> RosterImported:
        """Import: all rows or none; the import is logged with its counts. Says who was
        already here and what was filled in."""
        with transaction(self._conn):  # planned against the directory as it is now
            plan = self.plan(roster, mapping)
            already_here = self.already_here(plan)
            entry = RosterStore(self._conn).apply(
                plan,
                file_name=Path(file_name).name,
                mapping=mapping_by_header(roster.headers, mapping),
                now_ms=to_ms(self._clock.now()),
            )
        return RosterImported(entry, plan, already_here)


__all__ = ["AlreadyHere", "RosterFileError", "RosterImport", "RosterImported", "RosterPreview"]
