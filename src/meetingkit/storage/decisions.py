"""Decisions on proposal items and temperature checks on any item.

A decision's mover and seconder are kept by person id where they are in the directory, their
names read from the record (as an agenda item's owner is); a name typed for someone who is
not is kept as typed (m031).
"""

from __future__ import annotations

import json
import sqlite3

from meetingkit.core.decision import (
    CheckKind,
    Decision,
    Objections,
    Outcome,
    Someone,
    TemperatureCheck,
    someone,
)

# A decision with the names of its mover and seconder: from their records where they have one
_READ = (
    "SELECT d.*,"
    " trim(coalesce(m.first_name, '') || ' ' || coalesce(m.last_name, '')) AS moved_by_person,"
    " trim(coalesce(s.first_name, '') || ' ' || coalesce(s.last_name, '')) AS seconded_by_person"
    " FROM decisions d LEFT JOIN people m ON m.id = d.moved_by_id"
    " LEFT JOIN people s ON s.id = d.seconded_by_id"
)


class DecisionStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def decision(self, item_id: int) -> Decision | None:
        row = self._conn.execute(f"{_READ} WHERE d.item_id = ?", [item_id]).fetchone()
        return None if row is None else _decision(row)

    def decisions(self, meeting_id: int) -> dict[int, Decision]:
        rows = self._conn.execute(
            f"{_READ} JOIN agenda_items i ON i.id = d.item_id"
            " WHERE i.meeting_id = ? AND i.deleted = 0",
            [meeting_id],
        )
        return {r["item_id"]: _decision(r) for r in rows}

    def record(self, item_id: int, decision: Decision, recorded_ms: int) -> Decision:
        d = decision.validated()
        values: dict[str, object] = {
            "item_id": item_id,
            "proposal": d.proposal,
            "outcome": d.outcome.value,
            "votes_for": d.votes_for,
            "votes_against": d.votes_against,
            "abstentions": d.abstentions,
            "threshold_percent": d.threshold_percent,
            "stand_aside_names": json.dumps(d.stand_asides.names, ensure_ascii=False),
            "stand_aside_unnamed": d.stand_asides.unnamed,
            "block_names": json.dumps(d.blocks.names, ensure_ascii=False),
            "block_unnamed": d.blocks.unnamed,
            "recorded_ms": recorded_ms,
        }
        # Without a mover or seconder their columns keep their defaults (nobody), as a
        # database from before m031 has it: tests build such databases with these stores.
        if d.moved_by is not None or d.seconded_by is not None:
            values["moved_by_id"], values["moved_by_name"] = _kept(d.moved_by)
            values["seconded_by_id"], values["seconded_by_name"] = _kept(d.seconded_by)
        self._conn.execute(
            f"INSERT OR REPLACE INTO decisions ({', '.join(values)})"
            f" VALUES ({', '.join('?' * len(values))})",
            list(values.values()),
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


def _kept(who: Someone | None) -> tuple[int | None, str]:
    """(person id, typed name) as stored: the name only for someone not in the directory."""
    if who is None:
        return None, ""
    return who.person_id, "" if who.person_id is not None else who.name


def _someone(row: sqlite3.Row, role: str) -> Someone | None:
    person_id = row[f"{role}_id"]
    if person_id is not None:
        return someone(row[f"{role}_person"], person_id)
    return someone(row[f"{role}_name"] or "")


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
        moved_by=_someone(row, "moved_by"),
        seconded_by=_someone(row, "seconded_by"),
    )
