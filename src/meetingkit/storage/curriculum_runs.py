"""The trainings made from a curriculum, read from the meetings that remember it, with the
modules on their agendas and whether each was started (read-only)."""

from __future__ import annotations

import datetime as dt
import sqlite3

from meetingkit.core.agenda import ItemKind
from meetingkit.core.curriculum_runs import ModuleOnAgenda, TrainingRun

MODULE_KINDS = (ItemKind.TRAINING_MODULE.value, ItemKind.EVALUATION.value)


class CurriculumRunStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def runs(self, slug: str) -> list[TrainingRun]:
        """The trainings made from the curriculum `slug`, oldest first."""
        if not slug:
            return []
        meetings = self._conn.execute(
            "SELECT m.id, m.title, m.date, coalesce(g.name, '') AS group_name,"
            " coalesce((SELECT r.started_ms IS NOT NULL FROM agenda_runs r"
            "   WHERE r.meeting_id = m.id), 0) AS started"
            " FROM meetings m LEFT JOIN groups g ON g.id = m.group_id"
            " WHERE m.curriculum = ? ORDER BY m.date, m.start, m.id",
            [slug],
        ).fetchall()
        modules: dict[int, list[ModuleOnAgenda]] = {row["id"]: [] for row in meetings}
        items = self._conn.execute(
            "SELECT i.meeting_id, i.title, i.done OR EXISTS (SELECT 1 FROM agenda_segments s"
            "   WHERE s.item_id = i.id) AS ran"
            " FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id"
            " WHERE m.curriculum = ? AND i.deleted = 0 AND i.kind IN (?, ?)"
            " ORDER BY i.position, i.id",
            [slug, *MODULE_KINDS],
        )
        for row in items:
            modules[row["meeting_id"]].append(ModuleOnAgenda(row["title"], bool(row["ran"])))
        return [
            TrainingRun(
                meeting_id=row["id"],
                title=row["title"],
                date=dt.date.fromisoformat(row["date"]),
                group=row["group_name"],
                modules=tuple(modules[row["id"]]),
                started=bool(row["started"]),
            )
            for row in meetings
        ]
