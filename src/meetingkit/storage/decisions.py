"""Decisions on proposal items and temperature checks on any item."""

from __future__ import annotations

import json
import sqlite3

from meetingkit.core.decision import CheckKind, Decision, Objections, Outcome, TemperatureCheck


class DecisionStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def decision(self, item_id: int) -> Decision | None:
        row = self._conn.execute("SELECT * FROM decisions WHERE item_id = ?", [item_id]).fetchone()
        return None if row is None else _decision(row)

    def decisions(self, meeting_id: int) -> dict[int, Decision]:
        rows = self._conn.execute(
            "SELECT d.* FROM decisions d JOIN agenda_items i ON i.id = d.item_id"
            " WHERE i.meeting_id = ? AND i.deleted = 0",
            [meeting_id],
        )
        return {r["item_id"]: _decision(r) for r in rows}

    def record(self, item_id: int, decision: Decision, recorded_ms: int) -> Decision:
        d = decision.validated()
        self._conn.execute(
            "INSERT OR REPLACE INTO decisions (item_id, proposal, outcome, votes_for,"
            " votes_against, abstentions, threshold_percent, stand_aside_names,"
            " stand_aside_unnamed, block_names, block_unnamed, recorded_ms)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                item_id,
                d.proposal,
                d.outcome.value,
                d.votes_for,
                d.votes_against,
                d.abstentions,
                d.threshold_percent,
                json.dumps(d.stand_asides.names, ensure_ascii=False),
                d.stand_asides.unnamed,
                json.dumps(d.blocks.names, ensure_ascii=False),
                d.blocks.unnamed,
                recorded_ms,
            ],
        )
        return d

    def clear(self, item_id: int) -> None:
        self._conn.execute("DELETE FROM decisions WHERE item_id = ?", [item_id])

    def checks(self, meeting_id: int) -> dict[int, list[TemperatureCheck]]:
        rows = self._conn.execute(
            "SELECT t.item_id, t.kind, t.counts, t.question FROM temperature_checks t"
            " JOIN agenda_items i ON i.id = t.item_id WHERE i.meeting_id = ? AND i.deleted = 0"
            " ORDER BY t.id",
            [meeting_id],
        )
        result: dict[int, list[TemperatureCheck]] = {}
        for r in rows:
            check = TemperatureCheck(
                CheckKind(r["kind"]), tuple(json.loads(r["counts"])), r["question"]
            )
            result.setdefault(r["item_id"], []).append(check)
        return result

    def add_check(self, item_id: int, check: TemperatureCheck, taken_ms: int) -> TemperatureCheck:
        c = check.validated()
        self._conn.execute(
            "INSERT INTO temperature_checks (item_id, kind, counts, question, taken_ms)"
            " VALUES (?, ?, ?, ?, ?)",
            [item_id, c.kind.value, json.dumps(c.counts), c.question, taken_ms],
        )
        return c


def _decision(row: sqlite3.Row) -> Decision:
    return Decision(
        proposal=row["proposal"],
        outcome=Outcome(row["outcome"]),
        votes_for=row["votes_for"] or 0,
        votes_against=row["votes_against"] or 0,
        abstentions=row["abstentions"] or 0,
        threshold_percent=row["threshold_percent"] or 0,
        stand_asides=Objections(
            tuple(json.loads(row["stand_aside_names"] or "[]")), row["stand_aside_unnamed"] or 0
        ),
        blocks=Objections(tuple(json.loads(row["block_names"] or "[]")), row["block_unnamed"] or 0),
    )
