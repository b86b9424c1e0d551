"""Whether a meeting's sign-in is noted as served (storage.signin.SignInStore.note_serving),
asked as each meeting is shown: one query, without loading the sign-in's modules on the
start path (tests/test_start_path.py). SignInStore.noted_serving tells whether the note
still holds."""

from __future__ import annotations

import sqlite3


def serving_noted(conn: sqlite3.Connection, meeting_id: int) -> bool:
    row = conn.execute(
        "SELECT 1 FROM signin_settings WHERE meeting_id = ? AND serving_host IS NOT NULL",
        [meeting_id],
    ).fetchone()
    return row is not None


def forget_serving(conn: sqlite3.Connection, meeting_id: int | None = None) -> None:
    """Sign-in was closed (the meeting's, or with None, any: the app quits normally).
    Nothing is written where nothing was noted (data opened read-only, say)."""
    where, args = ("", []) if meeting_id is None else (" AND meeting_id = ?", [meeting_id])
    noted = conn.execute(
        f"SELECT 1 FROM signin_settings WHERE serving_host IS NOT NULL{where} LIMIT 1", args
    ).fetchone()
    if noted is not None:
        conn.execute(
            "UPDATE signin_settings SET serving_host = NULL, serving_port = NULL"
            f" WHERE serving_host IS NOT NULL{where}",
            args,
        )
