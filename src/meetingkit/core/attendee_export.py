"""Which of a meeting's attendees may leave the app, and as what rows.

Two tables: the Action Network upload, and the attendance status list.

The Action Network upload holds only people present who agreed, at this meeting's sign-in, to
be contacted (DOMAIN.md: only opted-in people go to a CRM). Action Network needs an email, and
an email address goes up only with the email consent: someone who agreed to texts only would
otherwise start getting the group's emails. Their phone goes up only with the text consent.
Everyone left out is counted by reason, so the organizer can say why someone is missing.

The status list, from what the app knows (there are no RSVPs):

- **Completed**: present, and signed in on their own phone or held a role at the meeting;
- **Walk In**: present, signed in at the kiosk or marked present at the door by an organizer
  (DOMAIN.md: "walk-ins without phones: kiosk on the laptop");
- **No Show**: held a role at the meeting (they were counted on) but never marked present.

Nobody else is listed: the app cannot know who else was expected.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from meetingkit.core.errors import ValidationError
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from meetingkit.core.person import Person, phone_key

CONTACT_EMAIL = "contact_email"
CONTACT_TEXT = "contact_text"

ACTION_NETWORK_HEADERS = ("first_name", "last_name", "email", "zip_code", "phone")
ATTENDANCE_HEADERS = (
    "first_name",
    "last_name",
    "status",
    "signed_in_by",
    "arrived_at",
    "first_time",
)

# Extra columns a group may ask for, named as the group names them: ours -> a suggested name.
# They reveal union activity, so none is exported unless asked for. Health answers (access
# needs, childcare, diet) are never exported at all.
CUSTOM_FIELDS: dict[str, str] = {
    "profession": "role",
    "workplace": "employer",
    "unit": "unit",
    "shift": "shift",
    "employment_status": "employment_status",
    "member_status": "member_status",
    "heard_from": "heard_from",
    "language": "language",
    "interpretation": "interpretation",
}
# Only the attendance list may add contact columns (the upload has its own); each needs the
# matching consent, or the cell stays blank.
CONTACT_FIELDS: dict[str, str] = {"email": "email", "phone": "phone", "zip_code": "zip_code"}
# What the export dialog calls each field (translated where shown).
FIELD_LABELS: dict[str, str] = {
    "email": QT_TRANSLATE_NOOP("Exports", "Email (if they agreed to emails)"),
    "phone": QT_TRANSLATE_NOOP("Exports", "Phone (if they agreed to texts)"),
    "zip_code": QT_TRANSLATE_NOOP("Exports", "Zip code"),
    "profession": QT_TRANSLATE_NOOP("Exports", "Profession or role"),
    "workplace": QT_TRANSLATE_NOOP("Exports", "Employer or worksite"),
    "unit": QT_TRANSLATE_NOOP("Exports", "Unit or ward"),
    "shift": QT_TRANSLATE_NOOP("Exports", "Shift"),
    "employment_status": QT_TRANSLATE_NOOP("Exports", "Employment status"),
    "member_status": QT_TRANSLATE_NOOP("Exports", "Union member?"),
    "heard_from": QT_TRANSLATE_NOOP("Exports", "How they heard"),
    "language": QT_TRANSLATE_NOOP("Exports", "Preferred language"),
    "interpretation": QT_TRANSLATE_NOOP("Exports", "Interpretation need"),
}
_CHANNEL = {"email": CONTACT_EMAIL, "phone": CONTACT_TEXT}
_HEALTH = ("access_needs", "childcare", "diet")
MAX_COLUMN_NAME = 100


@dataclass(frozen=True)
class Attendee:
    """One person as a meeting knows them: present or expected, and what they agreed to."""

    person: Person
    present: bool
    how: str  # the attendance source: "phone", "kiosk", "manual", "stack"; "" if absent
    arrived_ms: int | None  # wall-clock milliseconds; None if absent
    expected: bool  # held a role at the meeting
    # agreed to at every sign-in of theirs to this meeting (one waiting for the organizer's
    # review does not count: storage.signin_consents)
    consents: frozenset[str] = frozenset()
    answers: Mapping[str, str] = field(default_factory=dict)  # their latest sign-in's others
    first_time: bool = False  # came for the first time, as the report says (first_timers)


class Status(StrEnum):
    COMPLETED = "Completed"
    WALK_IN = "Walk In"
    NO_SHOW = "No Show"


def status_of(attendee: Attendee) -> Status | None:
    """The attendance status by the rule in this module's docstring; None if not listed."""
    if attendee.present:
        if attendee.how == "phone" or attendee.expected:
            return Status.COMPLETED
        return Status.WALK_IN
    return Status.NO_SHOW if attendee.expected else None


class LeftOut(StrEnum):
    """Why someone present is not in the Action Network upload."""

    NOT_OPTED_IN = "not_opted_in"
    NO_EMAIL = "no_email"
    TEXT_ONLY = "text_only"

    @property
    def label(self) -> str:
        return translate("Exports", _LEFT_OUT_LABELS[self])


_LEFT_OUT_LABELS = {
    LeftOut.NOT_OPTED_IN: QT_TRANSLATE_NOOP("Exports", "did not agree to be contacted"),
    LeftOut.NO_EMAIL: QT_TRANSLATE_NOOP(
        "Exports", "agreed to contact but gave no email (Action Network needs one)"
    ),
    LeftOut.TEXT_ONLY: QT_TRANSLATE_NOOP("Exports", "agreed to texts only, not email"),
}
# "3 did not agree to be contacted": one line per reason, (for one person, for more).
_LEFT_OUT_COUNTS = {
    LeftOut.NOT_OPTED_IN: (
        QT_TRANSLATE_NOOP("Exports", "1 did not agree to be contacted"),
        QT_TRANSLATE_NOOP("Exports", "%1 did not agree to be contacted"),
    ),
    LeftOut.NO_EMAIL: (
        QT_TRANSLATE_NOOP(
            "Exports", "1 agreed to contact but gave no email (Action Network needs one)"
        ),
        QT_TRANSLATE_NOOP(
            "Exports", "%1 agreed to contact but gave no email (Action Network needs one)"
        ),
    ),
    LeftOut.TEXT_ONLY: (
        QT_TRANSLATE_NOOP("Exports", "1 agreed to texts only, not email"),
        QT_TRANSLATE_NOOP("Exports", "%1 agreed to texts only, not email"),
    ),
}


@dataclass(frozen=True)
class ExportTable:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    left_out: Mapping[LeftOut, int] = field(default_factory=dict)
    withheld: int = 0  # people with an email or phone left blank for want of that consent

    @property
    def left_out_total(self) -> int:
        return sum(self.left_out.values())

    def describe_left_out(self) -> list[str]:
        """One line per reason, e.g. "3 did not agree to be contacted"."""
        lines = []
        for reason, n in self.left_out.items():
            one, many = _LEFT_OUT_COUNTS[reason]
            if n:
                lines.append(fill(translate("Exports", one if n == 1 else many), str(n)))
        return lines


def check_fields(
    fields: Mapping[str, str], allowed: Mapping[str, str], taken: Iterable[str]
) -> list[tuple[str, str]]:
    """The chosen extra columns as (ours, theirs), or a ValidationError saying what to fix."""
    seen = {h.casefold() for h in taken}
    checked: list[tuple[str, str]] = []
    for ours, theirs in fields.items():
        if ours in _HEALTH:
            raise ValidationError(
                fill(translate("Exports", "“%1” is health data and is never exported."), ours)
            )
        if ours not in allowed:
            raise ValidationError(
                fill(
                    translate("Exports", "“%1” cannot be exported here; choose from: %2."),
                    ours,
                    ", ".join(allowed),
                )
            )
        name = " ".join(theirs.split())
        if not name:
            raise ValidationError(
                fill(translate("Exports", "Give the column for “%1” a name."), ours)
            )
        if len(name) > MAX_COLUMN_NAME:
            raise ValidationError(
                fill(
                    translate("Exports", "Keep the column name for “%1” under 100 characters."),
                    ours,
                )
            )
        if name.casefold() in seen:
            raise ValidationError(
                fill(translate("Exports", "Two columns would be called “%1”; rename one."), name)
            )
        seen.add(name.casefold())
        checked.append((ours, name))
    return checked


def value_of(attendee: Attendee, name: str) -> str:
    """A directory field (profession, workplace, contact) or the sign-in's answer."""
    if name in ("email", "phone", "zip_code", "profession", "workplace"):
        return str(getattr(attendee.person, name))
    return str(attendee.answers.get(name, ""))


def action_network_table(
    attendees: Iterable[Attendee], fields: Mapping[str, str] | None = None
) -> ExportTable:
    """The upload: opted-in people present, with an email; the rest counted by reason.

    Phones go up as digits with the country code ("13125550100"), which Action Network reads
    and no spreadsheet takes for a formula. `fields` maps our field to the group's column name.
    """
    extras = check_fields(fields or {}, CUSTOM_FIELDS, ACTION_NETWORK_HEADERS)
    left_out: Counter[LeftOut] = Counter()
    withheld = 0
    chosen: list[Attendee] = []
    for a in attendees:
        if not a.present:
            continue
        if not a.consents & {CONTACT_EMAIL, CONTACT_TEXT}:
            left_out[LeftOut.NOT_OPTED_IN] += 1
        elif not a.person.email:
            left_out[LeftOut.NO_EMAIL] += 1
        elif CONTACT_EMAIL not in a.consents:
            left_out[LeftOut.TEXT_ONLY] += 1
        else:
            chosen.append(a)
    rows = []
    for a in chosen:
        p = a.person
        phone = phone_key(p.phone) if CONTACT_TEXT in a.consents else ""
        withheld += bool(p.phone and not phone)
        rows.append(
            (
                p.first_name,
                p.last_name,
                p.email,
                p.zip_code,
                phone,
                *(value_of(a, ours) for ours, _ in extras),
            )
        )
    headers = ACTION_NETWORK_HEADERS + tuple(theirs for _, theirs in extras)
    return ExportTable(headers, tuple(rows), dict(left_out), withheld)


def attendance_table(
    attendees: Iterable[Attendee], fields: Mapping[str, str] | None = None
) -> ExportTable:
    """The status list: Completed, Walk In and No Show by this module's rule.

    Extra columns may include email and phone; each is filled only for people who agreed to
    be contacted that way at this meeting, and the blanks are counted as withheld.
    """
    allowed = CONTACT_FIELDS | CUSTOM_FIELDS
    extras = check_fields(fields or {}, allowed, ATTENDANCE_HEADERS)
    rows = []
    withheld = 0
    for a in attendees:
        status = status_of(a)
        if status is None:
            continue
        cells = []
        blanked = False
        for ours, _ in extras:
            value = value_of(a, ours)
            if ours in _CHANNEL and _CHANNEL[ours] not in a.consents and value:
                value, blanked = "", True
            cells.append(value)
        withheld += blanked
        arrived = (
            f"{dt.datetime.fromtimestamp(a.arrived_ms / 1000):%Y-%m-%d %H:%M}"
            if a.arrived_ms is not None
            else ""
        )
        rows.append(
            (
                a.person.first_name,
                a.person.last_name,
                status.value,
                a.how,
                arrived,
                "yes" if a.first_time else "no",
                *cells,
            )
        )
    headers = ATTENDANCE_HEADERS + tuple(theirs for _, theirs in extras)
    return ExportTable(headers, tuple(rows), {}, withheld)
