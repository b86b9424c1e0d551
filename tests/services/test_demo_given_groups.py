"""The demo's tonight offers its two self-identified groups on the sign-in form, and the people
in them ticked them as they signed in (Yusuf at the kiosk); one group Lupe ticked that her
record lacks waits for the organizer, with Aisha's email."""

import datetime as dt
import sqlite3

from meetingkit.services.demo import write_demo
from meetingkit.services.new_details_review import NewDetailsReview
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.signin import SignInStore
from meetingkit.storage.signin_groups import SignInGroups

NOW = dt.datetime(2026, 11, 21, 19, 10)


def test_tonight_offers_the_groups_and_the_sign_ins_ticked_them(conn: sqlite3.Connection) -> None:
    demo = write_demo(conn, NOW)
    store = SignInStore(conn)
    assert store.settings(demo.meeting_id).form.groups == ("Night shift", "Spanish speaking")
    ticked = {
        (s.given_first_name, s.source): SignInGroups(conn).ticked(s.id)
        for s in store.signed_in(demo.meeting_id)
    }
    assert ticked[("Yusuf", "kiosk")] == {"Night shift"}
    assert ticked[("Rosa", "phone")] == {"Spanish speaking"}
    assert ticked[("Lupe", "phone")] == {"Night shift", "Spanish speaking"}
    present = {p.first_name: p.categories for p in AttendanceStore(conn).present(demo.meeting_id)}
    assert present["Lupe"] == {"Night shift"}  # her Spanish speaking waits
    waiting = NewDetailsReview(conn, demo.meeting_id).new_details()
    lupe = next(p for p in waiting if p.person.first_name == "Lupe")
    assert [g.category for g in lupe.groups] == ["Spanish speaking"]
