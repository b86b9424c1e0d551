"""Duplicate meeting copies how the meeting was set up, not what anybody did at it: the cards'
options and settings, the sign-in form, the floor's rule and the retention come along; who came,
signed in, spoke, committed or was written into the minutes does not."""

import datetime as dt
import sqlite3
from dataclasses import replace

import pytest

from meetingkit.core.floor import FloorSettings, Policy
from meetingkit.core.signin import FormSettings
from meetingkit.core.stack_entry import TurnLimits
from meetingkit.services.demo import write_demo
from meetingkit.storage.commitments import CommitmentStore
from meetingkit.storage.floor import FloorStore
from meetingkit.storage.meetings import MeetingRecord, MeetingStore
from meetingkit.storage.retention import RetentionStore
from meetingkit.storage.signin import SignInStore

NOW = dt.datetime(2026, 11, 21, 19, 10)
WEEK = dt.timedelta(days=7)
# What a person did at a meeting, or what happened there: none of it is the copy's
PEOPLE_TABLES = (
    "attendance",
    "signins",
    "cards",
    "commitments",
    "stack_entries",
    "turns",
    "floor_log",
    "duplicate_flags",
    "print_log",
    "path_marks",
    "path_ticks",
    "meeting_counts",
)


def rows(conn: sqlite3.Connection, table: str, meeting_id: int) -> int:
    query = f"SELECT count(*) FROM {table} WHERE meeting_id = ?"
    return int(conn.execute(query, [meeting_id]).fetchone()[0])


@pytest.fixture
def tonight(conn: sqlite3.Connection) -> int:
    """The demo's live meeting, set up as an organizer would: its cards' options and settings
    (the demo's), a sign-in form asking less than the default with one consent and a quorum,
    a progressive stack with turn limits, and its data kept 30 days."""
    meeting_id = write_demo(conn, NOW).meeting_id
    signin = SignInStore(conn)
    form = FormSettings(("first_name", "phone", "profession"), ("contact_text", "show_name"))
    signin.save_settings(replace(signin.settings(meeting_id), form=form, quorum=15))
    floor = FloorSettings(
        Policy.PRIORITY_GROUPS,
        priority_groups=frozenset({"Night shift"}),
        limits=TurnLimits(general_ms=90_000),
        min_group_size=4,
    )
    FloorStore(conn).save_settings(meeting_id, floor)
    RetentionStore(conn).set_days(meeting_id, 30)
    return meeting_id


def test_a_duplicate_copies_the_cards_and_the_sign_in_form_and_nobody_s_data(
    conn: sqlite3.Connection, tonight: int
) -> None:
    meetings, cards, signin = MeetingStore(conn), CommitmentStore(conn), SignInStore(conn)
    source = meetings.get(tonight)
    before = {t: rows(conn, t, tonight) for t in PEOPLE_TABLES}
    assert all(before[t] for t in ("attendance", "signins", "cards", "commitments", "turns"))

    copy = meetings.duplicate(tonight, source.as_template_for(source.date + WEEK)).key

    # The cards: same settings, same options in the same order, each due as long after
    assert cards.settings(copy) == replace(cards.settings(tonight), meeting_id=copy)
    assert cards.settings(copy).organizer_id is not None
    options = cards.options(tonight)
    assert {o.due is None for o in options} == {True, False}  # dated and not
    assert [(o.text, o.due, o.position) for o in cards.options(copy)] == [
        (o.text, o.due and o.due + WEEK, o.position) for o in options
    ]
    assert not {o.id for o in cards.options(copy)} & {o.id for o in options}
    # The sign-in form asks the same, under its own link: the old QR code signs in to the old
    form = signin.settings(copy)
    old = signin.settings(tonight)
    assert (form.form, form.quorum) == (old.form, old.quorum) == (old.form, 15)
    assert form.form.fields == ("first_name", "phone", "profession")
    assert form.token != old.token
    assert signin.meeting_for_token(old.token) == tonight
    assert signin.meeting_for_token(form.token) == copy
    # The floor's rule and the privacy setting
    assert FloorStore(conn).settings(copy) == FloorStore(conn).settings(tonight)
    assert FloorStore(conn).settings(copy).priority_groups == {"Night shift"}
    assert RetentionStore(conn).get(copy).days == 30

    # Nobody came to the copy yet, nothing was said or committed there
    assert meetings.record(copy) == MeetingRecord()
    assert {t: rows(conn, t, copy) for t in PEOPLE_TABLES} == dict.fromkeys(PEOPLE_TABLES, 0)
    order = conn.execute(
        "SELECT manual_order, closed_items FROM floor_settings WHERE meeting_id = ?", [copy]
    ).fetchone()
    assert tuple(order) == ("[]", "[]")  # the source's stack was its own
    assert RetentionStore(conn).get(copy).purged_at is None
    # ...and the source keeps all of its own
    assert {t: rows(conn, t, tonight) for t in PEOPLE_TABLES} == before


def test_a_duplicate_refused_partway_leaves_no_meeting_behind(
    conn: sqlite3.Connection, tonight: int
) -> None:
    """All or nothing: a refusal at its last step (the sign-in form) takes back the meeting,
    its roles, agenda and cards' options already written."""
    meetings = MeetingStore(conn)
    source = meetings.get(tonight)
    before = meetings.all()
    options = conn.execute("SELECT count(*) FROM commitment_options").fetchone()[0]
    conn.execute(
        "CREATE TEMP TRIGGER refuse BEFORE INSERT ON signin_settings"
        " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
    )
    with pytest.raises(sqlite3.Error):
        meetings.duplicate(tonight, source.as_template_for(source.date + WEEK))
    assert meetings.all() == before
    assert conn.execute("SELECT count(*) FROM commitment_options").fetchone()[0] == options
