"""Agenda items, their running record, and saved agenda templates."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from meetingkit.core.agenda import AgendaItem, AgendaTemplate, ItemKind
from meetingkit.core.agenda_run import RunRecord, Segment
from meetingkit.core.errors import NotFoundError, ValidationError
from meetingkit.core.i18n import translate
from meetingkit.storage.database import purge_undo_leftovers, transaction

if TYPE_CHECKING:
    from meetingkit.core.rotation import Rotation

_ITEM_COLUMNS = (
    "i.id, i.title, i.kind, i.planned_minutes, i.owner_id, i.notes, i.minutes, i.rotation,"
    " coalesce(trim(p.first_name || ' ' || p.last_name), '') AS owner_name"
)


class AgendaStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    # Items

    def items(self, meeting_id: int) -> list[AgendaItem]:
        rows = self._conn.execute(
            f"SELECT {_ITEM_COLUMNS} FROM agenda_items i LEFT JOIN people p ON p.id = i.owner_id"
            " WHERE i.meeting_id = ? AND i.deleted = 0 ORDER BY i.position, i.id",
            [meeting_id],
        ).fetchall()
        return [_item(r) for r in rows]

    def item(self, item_id: int) -> AgendaItem:
        row = self._conn.execute(
            f"SELECT {_ITEM_COLUMNS} FROM agenda_items i LEFT JOIN people p ON p.id = i.owner_id"
            " WHERE i.id = ? AND i.deleted = 0",
            [item_id],
        ).fetchone()
        if row is None:
            raise NotFoundError(translate("Agenda", "That agenda item no longer exists."))
        return _item(row)

    def add_item(
        self, meeting_id: int, item: AgendaItem, position: int | None = None
    ) -> AgendaItem:
        """Insert at `position` (0-based among the live items), or at the end."""
        i = item.validated()
        with transaction(self._conn):
            ids = [x.key for x in self.items(meeting_id)]
            cur = self._conn.execute(
                "INSERT INTO agenda_items (meeting_id, position, title, kind, planned_minutes,"
                " owner_id, notes, minutes, rotation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    meeting_id,
                    len(ids),
                    i.title,
                    i.kind.value,
                    i.planned_minutes,
                    i.owner_id,
                    i.notes,
                    i.minutes,
                    rotation_json(i.rotation),
                ],
            )
            new_id = int(cur.lastrowid or 0)
            at = len(ids) if position is None else max(0, min(position, len(ids)))
            self._renumber([*ids[:at], new_id, *ids[at:]])
        return self.item(new_id)

    def add_items(self, meeting_id: int, items: Sequence[AgendaItem]) -> list[AgendaItem]:
        with transaction(self._conn):
            return [self.add_item(meeting_id, i) for i in items]

    def update_item(self, item: AgendaItem) -> AgendaItem:
        i = item.validated()
        cur = self._conn.execute(
            "UPDATE agenda_items SET title = ?, kind = ?, planned_minutes = ?, owner_id = ?,"
            " notes = ? WHERE id = ? AND deleted = 0",
            [i.title, i.kind.value, i.planned_minutes, i.owner_id, i.notes, i.id],
        )
        if cur.rowcount == 0:
            raise NotFoundError(translate("Agenda", "That agenda item no longer exists."))
        return self.item(i.key)

    def set_minutes(self, item_id: int, text: str) -> None:
        """The record of what was said and agreed, typed during the meeting."""
        self._conn.execute("UPDATE agenda_items SET minutes = ? WHERE id = ?", [text, item_id])

    def delete_item(self, item_id: int) -> None:
        """Remove from the agenda, keeping the row (and its timings) for undo this session."""
        self._conn.execute("UPDATE agenda_items SET deleted = 1 WHERE id = ?", [item_id])

    def restore_item(self, item_id: int, position: int | None = None) -> None:
        """Put a deleted item back at `position` (0-based among the live items), or at the end.

        Undo passes the row the item had at that point of the history: the position it was
        deleted with is no guide, since later adds and moves renumber the other items."""
        with transaction(self._conn):
            row = self._conn.execute(
                "SELECT meeting_id FROM agenda_items WHERE id = ?", [item_id]
            ).fetchone()
            if row is None:
                raise NotFoundError(translate("Agenda", "That agenda item no longer exists."))
            ids = [x.key for x in self.items(row[0]) if x.key != item_id]
            self._conn.execute("UPDATE agenda_items SET deleted = 0 WHERE id = ?", [item_id])
            at = len(ids) if position is None else max(0, min(position, len(ids)))
            self._renumber([*ids[:at], item_id, *ids[at:]])

    def purge_deleted(self) -> int:
        """Delete for good the items removed in earlier sessions (their undo is gone)."""
        return purge_undo_leftovers(self._conn)

    def reorder(self, meeting_id: int, item_ids: Sequence[int]) -> None:
        """Put the meeting's items in this order; every live item must be named once."""
        current = {i.key for i in self.items(meeting_id)}
        if set(item_ids) != current or len(item_ids) != len(current):
            raise ValidationError(
                translate("Agenda", "The agenda changed meanwhile; reload it and try again.")
            )
        with transaction(self._conn):
            self._renumber(item_ids)

    def _renumber(self, item_ids: Sequence[int]) -> None:
        self._conn.executemany(
            "UPDATE agenda_items SET position = ? WHERE id = ?",
            [(position, item_id) for position, item_id in enumerate(item_ids)],
        )

    def items_with_records(self, meeting_id: int) -> set[int]:
        """Items that have a decision or a temperature check recorded (cheap to ask)."""
        rows = self._conn.execute(
            "SELECT item_id FROM decisions WHERE item_id IN"
            " (SELECT id FROM agenda_items WHERE meeting_id = ?)"
            " UNION SELECT item_id FROM temperature_checks WHERE item_id IN"
            " (SELECT id FROM agenda_items WHERE meeting_id = ?)",
            [meeting_id, meeting_id],
        )
        return {r[0] for r in rows}

    # The running record

    def run(self, meeting_id: int) -> RunRecord:
        row = self._conn.execute(
            "SELECT started_ms, ended_ms, current_item_id FROM agenda_runs WHERE meeting_id = ?",
            [meeting_id],
        ).fetchone()
        if row is None:
            return RunRecord()
        segments = self._conn.execute(
            "SELECT s.item_id, s.start_ms, s.end_ms FROM agenda_segments s"
            " JOIN agenda_items i ON i.id = s.item_id WHERE i.meeting_id = ? ORDER BY s.id",
            [meeting_id],
        ).fetchall()
        done = self._conn.execute(
            "SELECT id FROM agenda_items WHERE meeting_id = ? AND done = 1", [meeting_id]
        ).fetchall()
        return RunRecord(
            started_ms=row["started_ms"],
            ended_ms=row["ended_ms"],
            current_item_id=row["current_item_id"],
            segments=tuple(Segment(*s) for s in segments),
            done=frozenset(r[0] for r in done),
        )

    def save_run(self, meeting_id: int, record: RunRecord, seen_ms: int | None) -> None:
        """Replace the stored record with `record`, in one transaction. `seen_ms`: when the
        app saving it was running; None when no running app has had the run open (the demo
        writes it ahead of being opened, so the wait until then is no restart to tell)."""
        with transaction(self._conn):
            self._conn.execute(
                "INSERT INTO agenda_runs (meeting_id, started_ms, ended_ms, current_item_id,"
                " seen_ms) VALUES (?, ?, ?, ?, ?) ON CONFLICT (meeting_id) DO UPDATE SET"
                " started_ms = excluded.started_ms, ended_ms = excluded.ended_ms,"
                " current_item_id = excluded.current_item_id, seen_ms = excluded.seen_ms",
                [meeting_id, record.started_ms, record.ended_ms, record.current_item_id, seen_ms],
            )
            self._conn.execute(
                "DELETE FROM agenda_segments WHERE item_id IN"
                " (SELECT id FROM agenda_items WHERE meeting_id = ?)",
                [meeting_id],
            )
            self._conn.executemany(
                "INSERT INTO agenda_segments (item_id, start_ms, end_ms) VALUES (?, ?, ?)",
                [(s.item_id, s.start_ms, s.end_ms) for s in record.segments],
            )
            self._conn.execute(
                "UPDATE agenda_items SET done = (id IN (SELECT value FROM json_each(?)))"
                " WHERE meeting_id = ?",
                [json.dumps(sorted(record.done)), meeting_id],
            )

    def touch_run(self, meeting_id: int, seen_ms: int) -> None:
        """Note that the app was alive at `seen_ms` while the meeting ran, to tell later how
        long it was closed (a meeting not started, or ended, has nothing to note)."""
        self._conn.execute(
            "UPDATE agenda_runs SET seen_ms = ? WHERE meeting_id = ?"
            " AND started_ms IS NOT NULL AND ended_ms IS NULL",
            [seen_ms, meeting_id],
        )

    def running_meetings(self) -> list[int]:
        """The meetings started and not ended (usually none, or tonight's), the most recently
        alive first: the start screen asks which was running when meetingkit closed."""
        rows = self._conn.execute(
            "SELECT meeting_id FROM agenda_runs WHERE started_ms IS NOT NULL AND ended_ms IS NULL"
            " ORDER BY seen_ms IS NULL, seen_ms DESC, meeting_id DESC"
        ).fetchall()
        return [r[0] for r in rows]

    def seen_ms(self, meeting_id: int) -> int | None:
        row = self._conn.execute(
            "SELECT seen_ms FROM agenda_runs WHERE meeting_id = ?", [meeting_id]
        ).fetchone()
        return None if row is None else row[0]

    # Templates the group saved

    # Group rotations of training modules

    def rotation_run(self, item_id: int) -> tuple[int, int | None, int] | None:
        """(started_ms, paused_at_ms, paused_ms) of the item's rotation, None if not started."""
        row = self._conn.execute(
            "SELECT started_ms, paused_at_ms, paused_ms FROM rotation_runs WHERE item_id = ?",
            [item_id],
        ).fetchone()
        return None if row is None else (row[0], row[1], row[2])

    def save_rotation_run(self, item_id: int, state: tuple[int, int | None, int] | None) -> None:
        if state is None:
            self._conn.execute("DELETE FROM rotation_runs WHERE item_id = ?", [item_id])
            return
        self._conn.execute(
            "INSERT OR REPLACE INTO rotation_runs (item_id, started_ms, paused_at_ms, paused_ms)"
            " VALUES (?, ?, ?, ?)",
            [item_id, *state],
        )

    def templates(self) -> list[AgendaTemplate]:
        rows = self._conn.execute("SELECT name, items FROM agenda_templates ORDER BY name")
        return [AgendaTemplate(r["name"], template_items(r["items"])) for r in rows]

    def save_template(self, name: str, items: Sequence[AgendaItem]) -> AgendaTemplate:
        """Save (or replace) a template: the items' plan without owners, minutes or timings."""
        name = " ".join(name.split())
        if not name:
            raise ValidationError(translate("Agenda", "A template needs a name."))
        if not items:
            raise ValidationError(
                translate("Agenda", "There are no agenda items to save as a template.")
            )
        plan = [
            {
                "title": i.title,
                "planned_minutes": i.planned_minutes,
                "kind": i.kind.value,
                "notes": i.notes,
            }
            for i in items
        ]
        self._conn.execute(
            "INSERT INTO agenda_templates (name, items) VALUES (?, ?)"
            " ON CONFLICT (name) DO UPDATE SET items = excluded.items",
            [name, json.dumps(plan, ensure_ascii=False)],
        )
        template_items = tuple(
            replace(i, id=None, owner_id=None, owner_name="", minutes="") for i in items
        )
        return AgendaTemplate(name, template_items)

    def delete_template(self, name: str) -> None:
        self._conn.execute("DELETE FROM agenda_templates WHERE name = ?", [name])


def _item(row: sqlite3.Row) -> AgendaItem:
    return AgendaItem(
        id=row["id"],
        title=row["title"],
        kind=ItemKind(row["kind"]),
        planned_minutes=row["planned_minutes"],
        owner_id=row["owner_id"],
        owner_name=row["owner_name"] or "",
        notes=row["notes"] or "",
        minutes=row["minutes"] or "",
        rotation=rotation_from_json(row["rotation"]),
    )


def rotation_json(rotation: Rotation | None) -> str:
    if rotation is None:
        return ""
    return json.dumps(
        {
            "size": rotation.group_size,
            "rounds": rotation.rounds,
            "rotate": rotation.rotate,
            "steps": [[s.name, s.seconds] for s in rotation.steps],
        },
        ensure_ascii=False,
    )


def template_items(text: str) -> tuple[AgendaItem, ...]:
    """A saved template's items, as `save_template` wrote them."""
    return tuple(
        AgendaItem(d["title"], d["planned_minutes"], ItemKind(d["kind"]), notes=d.get("notes", ""))
        for d in json.loads(text)
    )


def rotation_from_json(text: str) -> Rotation | None:
    if not text:
        return None
    # Only trainings' items have one: most agendas (and start-up) never load rotations.
    from meetingkit.core.rotation import Rotation, RotationStep

    data = json.loads(text)
    return Rotation(
        group_size=int(data["size"]),
        steps=tuple(RotationStep(str(name), int(seconds)) for name, seconds in data["steps"]),
        rounds=int(data["rounds"]),
        rotate=bool(data["rotate"]),
    )
