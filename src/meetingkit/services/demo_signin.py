"""The demo's sign-ins: people arriving for tonight's meeting by phone and at the kiosk.

Recorded through the real store, so matching works as it would: those already in the
directory are recognised by phone or email, a newcomer sharing a family phone is flagged
for review, and the sign-in form asks for profession, as a cross-professional meeting does.
Aisha gives an email her record lacks, and agrees to emails: both wait for the organizer
(storage.new_details, storage.signin_consents). Everyone else agrees to what they had agreed
to before (the demo keeps no sign-ins of earlier meetings to show it: the organizer is taken
to have accepted it).

The form offers two self-identified groups, night shift and Spanish speaking, and those who
belong to them tick them (demo_floor.CATEGORIES), Yusuf at the kiosk: the organizer is taken
to have accepted them, as their consents, but for one Lupe ticked that her record lacks, which
waits with Aisha's email (storage.signin_groups).

The forms speak the demo's language: the kiosk's is the app's, and the phones are taken to be
set to it too, but for Marisol's and Carmen's, in Spanish in either demo. What each person
agreed to is kept in the words their form showed (storage.signin_consents), so a demo written
in Spanish keeps Spanish wording, and the newcomer types his profession as his form suggests.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import replace

from meetingkit.core.i18n import QT_TRANSLATE_NOOP, language, translate
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.core.signin import FormSettings, check_submission, group_field
from meetingkit.services.demo_floor import CATEGORIES, NIGHT_SHIFT, SPANISH_SPEAKING
from meetingkit.storage.signin import SignInStore
from meetingkit.storage.signin_consents import SignInConsents
from meetingkit.storage.signin_groups import SignInGroups

FORM = FormSettings(("first_name", "last_name", "phone", "email", "first_time", "profession"))
KIOSK = ("Samuel", "Joy", "Yusuf")
NEW_EMAIL = ("Aisha", "aisha.bello@example.org")  # given at sign-in; not in her record
NEW_GROUP = ("Lupe", SPANISH_SPEAKING)  # ticked at sign-in; not in her record: it waits
SPANISH_PHONES = ("Marisol", "Carmen")  # their phones speak Spanish, whatever the demo's language
# One of the professions the form suggests (core.person), typed as his form writes it
NEWCOMER_PROFESSION = QT_TRANSLATE_NOOP("People", "Patient care technician")


def write_signins(
    conn: sqlite3.Connection,
    meeting: Meeting,
    people: Mapping[str, Person],
    present: list[str],
    starts_ms: int,
) -> None:
    """Sign in the present people who gave a phone or email, over the half hour before."""
    store = SignInStore(conn)
    spoken = language()  # the demo's: the kiosk's, and most phones'
    offered = [NIGHT_SHIFT, SPANISH_SPEAKING]
    form = replace(FORM, groups=tuple(translate("Demo", g) for g in offered))
    store.save_settings(replace(store.settings(meeting.key), form=form, quorum=15))
    arriving = [name for name in present if people[name].phone or people[name].email]
    for n, first in enumerate(arriving):
        person = people[first]
        answers = {
            "first_name": person.first_name,
            "last_name": person.last_name,
            "phone": person.phone,
            "email": NEW_EMAIL[1] if first == NEW_EMAIL[0] else person.email,
            "profession": person.profession,
            "first_time": "yes" if first in ("Rosa", "Sofía") else "no",
            "consent_contact_text": "yes" if n % 3 else "",
            "consent_contact_email": "yes" if n % 4 in (0, 1) or first == NEW_EMAIL[0] else "",
            "consent_show_name": "yes",
        }
        theirs = set(CATEGORIES.get(first, ())) | (
            {NEW_GROUP[1]} if first == NEW_GROUP[0] else set()
        )
        for n_group, group in enumerate(offered, 1):
            if group in theirs:
                answers[group_field(n_group)] = translate("Demo", group)
        at = starts_ms - 30 * 60_000 + n * 75_000
        source = "kiosk" if first in KIOSK else "phone"
        store.record(
            meeting.key,
            check_submission(answers, form),
            f"demo-{n:04d}-nonce-x",
            source=source,
            language="es" if first in SPANISH_PHONES else spoken,
            now_ms=at,
        )
    consents = SignInConsents(conn)
    aisha = people[NEW_EMAIL[0]].key
    for person_id, waiting in consents.waiting(meeting.key).items():
        for consent in waiting:
            if (person_id, consent.key) != (aisha, "contact_email"):
                consents.accept(consent)
    groups = SignInGroups(conn)
    lupe = people[NEW_GROUP[0]].key
    for person_id, given in groups.waiting(meeting.key).items():
        for ticked in given:
            if (person_id, ticked.category) != (lupe, translate("Demo", NEW_GROUP[1])):
                groups.accept(ticked, today=meeting.date)
    rosa = people["Rosa"]
    newcomer = {
        "first_name": "Tom",
        "last_name": "Delgado",
        "phone": rosa.phone,
        "first_time": "yes",
        "profession": translate("People", NEWCOMER_PROFESSION),
    }
    store.record(
        meeting.key,
        check_submission(newcomer, form),
        "demo-newcomer-nonce-xx",
        source="phone",
        language=spoken,
        now_ms=starts_ms - 2 * 60_000,
    )
