"""Next meeting from this one carries how the organizer set the meeting up, as Duplicate meeting
does (MeetingStore.copy_setup): the cards' options and settings, the sign-in form, the floor's
rule and the retention; and, as before, what was left open. Nobody's data comes along."""

import datetime as dt
import sqlite3
from dataclasses import replace

import pytest

from meetingkit.core.carry_over import CHECK_IN_TITLE, CarryPlan
from meetingkit.services.next_meeting import create_next, draft_next, plan_next
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.carry_over import CarryOverStore
from meetingkit.storage.commitments import CommitmentStore
from meetingkit.storage.floor import FloorStore
from meetingkit.storage.meetings import MeetingRecord, MeetingStore
from meetingkit.storage.retention import RetentionStore
from meetingkit.storage.signin import SignInStore
from tests.storage.test_meetings_duplicate import NOW, PEOPLE_TABLES, rows, tonight

__all__ = ["tonight"]  # the fixture: the demo's live meeting, set up by its organizer


def test_the_next_meeting_carries_the_setup_and_nobody_s_data(
    conn: sqlite3.Connection, tonight: int
) -> None:
    meetings, cards, signin = MeetingStore(conn), CommitmentStore(conn), SignInStore(conn)
    source = meetings.get(tonight)
    before = {t: rows(conn, t, tonight) for t in PEOPLE_TABLES}
    assert all(before[t] for t in ("attendance", "signins", "cards", "commitments", "turns"))
    draft = draft_next(source, NOW.date())
    shift = draft.date - source.date
    assert shift > dt.timedelta(0)
    plan = plan_next(conn, source)
    assert plan.check_in is not None  # the demo's commitments are still open

    made = create_next(conn, source, draft, plan).meeting.key

    # What it carried before: the plan's items, the group
    titles = [i.title for i in AgendaStore(conn).items(made)]
    assert titles == [i.title for i in plan.agenda()]
    assert CHECK_IN_TITLE in titles
    assert CarryOverStore(conn).group(made) == CarryOverStore(conn).group(tonight)
    # The cards: same settings, same options in the same order, each due as long after
    assert cards.settings(made) == replace(cards.settings(tonight), meeting_id=made)
    assert cards.settings(made).organizer_id is not None
    options = cards.options(tonight)
    assert {o.due is None for o in options} == {True, False}  # dated and not
    assert [(o.text, o.due, o.position) for o in cards.options(made)] == [
        (o.text, o.due and o.due + shift, o.position) for o in options
    ]
    # The sign-in form asks the same, under its own link
    form, old = signin.settings(made), signin.settings(tonight)
    assert (form.form, form.quorum) == (old.form, 15)
    assert form.form.fields == ("first_name", "phone", "profession")
    assert form.token != old.token
    assert signin.meeting_for_token(form.token) == made
    assert signin.meeting_for_token(old.token) == tonight
    # The floor's rule and the privacy setting
    assert FloorStore(conn).settings(made) == FloorStore(conn).settings(tonight)
    assert FloorStore(conn).settings(made).priority_groups == {"Night shift"}
    assert RetentionStore(conn).get(made).days == 30

    # Nobody came to it yet, nothing was said or committed there
    assert meetings.record(made) == MeetingRecord()
    assert {t: rows(conn, t, made) for t in PEOPLE_TABLES} == dict.fromkeys(PEOPLE_TABLES, 0)
    order = conn.execute(
        "SELECT manual_order, closed_items FROM floor_settings WHERE meeting_id = ?", [made]
    ).fetchone()
    assert tuple(order) == ("[]", "[]")
    assert RetentionStore(conn).get(made).purged_at is None
    assert {t: rows(conn, t, tonight) for t in PEOPLE_TABLES} == before


def test_a_next_meeting_refused_at_its_sign_in_form_leaves_nothing_behind(
    conn: sqlite3.Connection, tonight: int
) -> None:
    """All or nothing: the setup is part of making the next meeting."""
    meetings = MeetingStore(conn)
    source = meetings.get(tonight)
    before = meetings.all()
    options = conn.execute("SELECT count(*) FROM commitment_options").fetchone()[0]
    conn.execute(
        "CREATE TEMP TRIGGER refuse BEFORE INSERT ON signin_settings"
        " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
    )
    with pytest.raises(sqlite3.Error):
        create_next(conn, source, draft_next(source, NOW.date()), CarryPlan())
    assert meetings.all() == before
    assert conn.execute("SELECT count(*) FROM commitment_options").fetchone()[0] == options
