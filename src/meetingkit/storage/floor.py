"""The floor of a meeting: settings, stack entries, turns and the override log.

Each change is written as it happens, one row at a time, so a killed app loses nothing and a
long meeting's 2,000 turns are never rewritten wholesale.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from meetingkit.core.airtime import Turn
from meetingkit.core.floor import (
    MIN_GROUP_SHOWN,
    EntryState,
    FloorSettings,
    LogKind,
    LogLine,
    Policy,
    StackEntry,
)
from meetingkit.core.stack_entry import EntryKind, TurnLimits, Vocabulary
from meetingkit.storage import turn_times
from meetingkit.storage.database import transaction

# A turn's `seen_ms` while no running app has had it on the floor: the demo's, written ahead
# of being opened. The wait until then is no time the app was closed.
NOT_YET_OPENED = -1


@dataclass(frozen=True)
class SavedFloor:
    settings: FloorSettings
    entries: list[StackEntry]
    turns: list[Turn]
    manual_order: tuple[int, ...]
    closed_items: set[int | None]
    log: list[LogLine]
    # The entries of `manual_order` the facilitator moved by hand (the others go by the rule)
    moved_by_hand: frozenset[int] = frozenset()
    # The last moment the app was known to be running with the turn on the floor (`touch`)
    seen_ms: int | None = None
    # No running app has had the turn on the floor yet (`await_first_open`)
    not_yet_opened: bool = False


class FloorStore:
    def __init__(self, conn: sqlite3.Connection, defaults: FloorSettings | None = None) -> None:
        self._conn = conn
        # What a meeting whose floor was never set up starts from (the facilitator's default
        # turn limit, from the settings).
        self._defaults = defaults or FloorSettings()

    def settings(self, meeting_id: int) -> FloorSettings:
        """The meeting's floor settings alone (its rule, its smallest group shown)."""
        row = self._conn.execute(
            "SELECT settings FROM floor_settings WHERE meeting_id = ?", [meeting_id]
        ).fetchone()
        return settings_from(json.loads(row[0])) if row else self._defaults

    def load(self, meeting_id: int) -> SavedFloor:
        row = self._conn.execute(
            "SELECT settings, manual_order, closed_items, moved_by_hand FROM floor_settings"
            " WHERE meeting_id = ?",
            [meeting_id],
        ).fetchone()
        settings = settings_from(json.loads(row[0])) if row else self._defaults
        entries = [
            StackEntry(
                r["id"],
                r["person_id"],
                r["name"],
                EntryKind(r["kind"]),
                r["item_id"],
                r["added_ms"],
                EntryState(r["state"]),
                r["responds_to"],
            )
            for r in self._conn.execute(
                "SELECT * FROM stack_entries WHERE meeting_id = ? ORDER BY id", [meeting_id]
            )
        ]
        turns = [
            Turn(
                r["id"],
                r["person_id"],
                EntryKind(r["kind"]),
                r["item_id"],
                tuple((s, e) for s, e in json.loads(r["segments"])),
                bool(r["ended"]),
            )
            for r in self._conn.execute(
                "SELECT * FROM turns WHERE meeting_id = ? ORDER BY id", [meeting_id]
            )
        ]
        log = [
            LogLine(r[0], r[1], _log_kind(r[2]))
            for r in self._conn.execute(
                "SELECT at_ms, text, kind FROM floor_log WHERE meeting_id = ? ORDER BY id",
                [meeting_id],
            )
        ]
        seen = self._conn.execute(
            "SELECT max(seen_ms) FROM turns WHERE meeting_id = ? AND ended = 0", [meeting_id]
        ).fetchone()
        return SavedFloor(
            seen_ms=None if seen[0] == NOT_YET_OPENED else seen[0],
            not_yet_opened=seen[0] == NOT_YET_OPENED,
            settings=settings,
            entries=entries,
            turns=turns,
            manual_order=tuple(json.loads(row[1])) if row else (),
            closed_items=set(json.loads(row[2])) if row else set(),
            log=log,
            moved_by_hand=frozenset(json.loads(row[3])) if row else frozenset(),
        )

    def save_settings(self, meeting_id: int, settings: FloorSettings) -> None:
        self._conn.execute(
            "INSERT INTO floor_settings (meeting_id, settings, manual_order, closed_items)"
            " VALUES (?, ?, '[]', '[]') ON CONFLICT (meeting_id) DO UPDATE SET"
            " settings = excluded.settings",
            [meeting_id, json.dumps(_settings_dict(settings))],
        )

    def save_order(
        self,
        meeting_id: int,
        manual_order: Iterable[int],
        closed_items: Iterable[int | None],
        moved_by_hand: Iterable[int],
    ) -> None:
        self._conn.execute(
            "INSERT INTO floor_settings"
            " (meeting_id, settings, manual_order, closed_items, moved_by_hand)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (meeting_id) DO UPDATE SET"
            " manual_order = excluded.manual_order, closed_items = excluded.closed_items,"
            " moved_by_hand = excluded.moved_by_hand",
            [
                meeting_id,
                json.dumps(_settings_dict(self._defaults)),
                json.dumps(list(manual_order)),
                json.dumps(sorted(closed_items, key=str)),
                json.dumps(sorted(moved_by_hand)),
            ],
        )

    def turn_left_on(self, meeting_id: int) -> bool:
        """Whether a turn of the meeting is on the floor, speaking or paused."""
        row = self._conn.execute(
            "SELECT 1 FROM turns WHERE meeting_id = ? AND ended = 0 LIMIT 1", [meeting_id]
        ).fetchone()
        return row is not None

    def last_spoken(self, meeting_id: int) -> tuple[int, int | None] | None:
        """The meeting's last stretch of speaking (`storage.turn_times.last_spoken`)."""
        return turn_times.last_spoken(self._conn, meeting_id)

    def touch(self, meeting_id: int, seen_ms: int) -> None:
        """Note that the app is running at `seen_ms` with a turn on the floor (saving a turn
        again clears it: its own times are then the latest sign)."""
        self._conn.execute(
            "UPDATE turns SET seen_ms = ? WHERE meeting_id = ? AND ended = 0", [seen_ms, meeting_id]
        )

    def await_first_open(self, meeting_id: int) -> None:
        """Note that no running app has had the turn on the floor yet (the demo writes it
        ahead of being opened): until the app first notes it alive, it has not been closed."""
        self.touch(meeting_id, NOT_YET_OPENED)

    def save(
        self,
        meeting_id: int,
        entries: Iterable[StackEntry] = (),
        turns: Iterable[Turn] = (),
        log: Iterable[LogLine] = (),
    ) -> None:
        """Write changed entries and turns and new log lines, all in one transaction."""
        with transaction(self._conn):
            self._conn.executemany(
                "INSERT OR REPLACE INTO stack_entries (meeting_id, id, person_id, name, kind,"
                " item_id, added_ms, state, responds_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        meeting_id,
                        e.id,
                        e.person_id,
                        e.name,
                        e.kind.value,
                        e.item_id,
                        e.added_ms,
                        e.state.value,
                        e.responds_to,
                    )
                    for e in entries
                ],
            )
            self._conn.executemany(
                "INSERT OR REPLACE INTO turns (meeting_id, id, person_id, kind, item_id,"
                " segments, ended) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        meeting_id,
                        t.id,
                        t.person_id,
                        t.kind.value,
                        t.item_id,
                        json.dumps(t.segments),
                        int(t.ended),
                    )
                    for t in turns
                ],
            )
            self._conn.executemany(
                "INSERT INTO floor_log (meeting_id, at_ms, text, kind) VALUES (?, ?, ?, ?)",
                [(meeting_id, line.at_ms, line.text, line.kind.value) for line in log],
            )


def _log_kind(value: str) -> LogKind:
    """A line's kind as saved; "" (logged before kinds were kept) or one this version does not
    know counts as a change by hand."""
    try:
        return LogKind(value)
    except ValueError:
        return LogKind.BY_HAND


def _settings_dict(s: FloorSettings) -> dict[str, object]:
    return {
        "policy": s.policy.value,
        "vocabulary": s.vocabulary.value,
        "priority_groups": sorted(s.priority_groups),
        "limits": asdict(s.limits),
        "min_group_size": s.min_group_size,
    }


def _group_size(saved: object) -> int:
    """The smallest group shown as saved, never below what any screen may show (a value
    typed into the database by hand, or saved by a version that allowed less)."""
    size = saved if isinstance(saved, int) and not isinstance(saved, bool) else MIN_GROUP_SHOWN
    return max(MIN_GROUP_SHOWN, size)


def settings_from(d: dict[str, object]) -> FloorSettings:
    limits = d.get("limits")
    return FloorSettings(
        policy=Policy(str(d.get("policy", Policy.FIFO.value))),
        vocabulary=Vocabulary(str(d.get("vocabulary", Vocabulary.ASSEMBLY.value))),
        priority_groups=frozenset(str(g) for g in d.get("priority_groups", []) or []),  # type: ignore[attr-defined]
        limits=TurnLimits(**limits) if isinstance(limits, dict) else TurnLimits(),
        min_group_size=_group_size(d.get("min_group_size")),
    )
