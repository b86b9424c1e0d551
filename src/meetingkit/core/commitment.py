"""Commitments: what a meeting asks people to do next, what each person took on, and the
follow-up that turns a ticked box into action.

A meeting offers 3–5 concrete, dated options. A person's commitment copies the option's text
(so editing the options later never rewrites what someone agreed to) and carries its own
follow-up: an organizer, a due date (48 hours after the meeting by default), a status and notes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum

from meetingkit.core.errors import ValidationError
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, fill, translate, weekday_date

MAX_OPTIONS = 5
MIN_OPTIONS = 3  # fewer is allowed, but the screen nudges towards three
MAX_OPTION_LENGTH = 120  # one or two printed lines on a 5×3 card
DEFAULT_FOLLOW_UP = dt.timedelta(hours=48)


class FollowUpStatus(StrEnum):
    OPEN = "open"  # nobody has reached the person yet
    REACHED = "reached"  # an organizer talked with them; the action is under way
    DONE = "done"  # they did what they committed to
    DECLINED = "declined"  # they said no, or could not
    LAPSED = "lapsed"  # closed without reaching them: no answer, or too long ago to call

    @property
    def label(self) -> str:
        return translate("Commitments", _STATUS_LABELS[self])

    @property
    def closed(self) -> bool:
        return self in (FollowUpStatus.DONE, FollowUpStatus.DECLINED, FollowUpStatus.LAPSED)

    @property
    def talked(self) -> bool:
        """Someone talked with the person about it: reached, done or declined. Open and
        lapsed ones were never answered."""
        return self not in (FollowUpStatus.OPEN, FollowUpStatus.LAPSED)


_STATUS_LABELS = {
    FollowUpStatus.OPEN: QT_TRANSLATE_NOOP("Commitments", "Open"),
    FollowUpStatus.REACHED: QT_TRANSLATE_NOOP("Commitments", "Reached"),
    FollowUpStatus.DONE: QT_TRANSLATE_NOOP("Commitments", "Done"),
    FollowUpStatus.DECLINED: QT_TRANSLATE_NOOP("Commitments", "Declined"),
    FollowUpStatus.LAPSED: QT_TRANSLATE_NOOP("Commitments", "Lapsed"),
}


@dataclass(frozen=True)
class UsualOption:
    """A commitment organizers ask for again and again, offered as a starting point."""

    text_en: str  # in English, as marked for translation; `text` is what is offered
    due_days: int | None  # days after the meeting; None for an undated ask

    @property
    def text(self) -> str:
        """In the app's language; "{date}" is replaced by the due date, e.g. "Hold three
        one-on-ones by {date}"."""
        return translate("Commitments", self.text_en)


USUAL_OPTIONS: tuple[UsualOption, ...] = (
    UsualOption(QT_TRANSLATE_NOOP("Commitments", "Bring two coworkers to the next meeting"), None),
    UsualOption(QT_TRANSLATE_NOOP("Commitments", "Hold three one-on-ones by {date}"), 14),
    UsualOption(QT_TRANSLATE_NOOP("Commitments", "Join the staffing committee"), None),
    UsualOption(QT_TRANSLATE_NOOP("Commitments", "Take a shift at the next action ({date})"), 7),
    UsualOption(
        QT_TRANSLATE_NOOP("Commitments", "Talk to my unit about the petition by {date}"), 7
    ),
)

# A phone's page speaks the phone's language (English or Spanish, core.signin), whatever the
# app's: its dates are spelt here rather than by the app's locale, and not through Qt (the
# sign-in server answers from its own thread).
_PHONE_DAYS = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
}
_PHONE_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"),
}
_PHONE_BY = {"en": "%1 (by %2)", "es": "%1 (para el %2)"}


def format_due(day: dt.date, language: str | None = None, *, seen_on: dt.date | None = None) -> str:
    """'Fri 5 Dec': short enough for a card, unambiguous within a year; 'Fri 5 Dec 2025' when
    read on a day (`seen_on`) of another year. In the app's language, or in a phone's
    `language` ("en", "es")."""
    year = seen_on is not None and day.year != seen_on.year
    if language is None:
        return weekday_date(day, year=year)
    days = _PHONE_DAYS.get(language, _PHONE_DAYS["en"])
    months = _PHONE_MONTHS.get(language, _PHONE_MONTHS["en"])
    text = f"{days[day.weekday()]} {day.day} {months[day.month - 1]}"
    return f"{text} {day.year}" if year else text


@dataclass(frozen=True)
class CommitmentOption:
    """One action a meeting asks for, printed with a checkbox on every card."""

    meeting_id: int
    text: str
    due: dt.date | None = None
    position: int = 0
    id: int | None = None

    @property
    def key(self) -> int:
        if self.id is None:
            raise ValueError(f"option {self.text!r} has not been saved")
        return self.id

    @property
    def printed(self) -> str:
        """The text as printed: "{date}" filled in, or the date added when the text lacks one
        (in the app's language). The date has no year: `printed_for` adds it when needed."""
        return self.printed_for(None)

    def printed_for(self, meeting_date: dt.date | None) -> str:
        """The text as printed on the cards of a meeting on `meeting_date`: its date carries
        the year when that is not the meeting's ("by Fri 8 Jan 2027" on December's cards), so
        the commitment copied from it still reads right a year on."""
        if self.due is None:
            return self._filled("", "")
        by = translate("Commitments", "%1 (by %2)")
        return self._filled(format_due(self.due, seen_on=meeting_date), by)

    def printed_in(self, language: str, meeting_date: dt.date | None = None) -> str:
        """The text as a phone's page shows it, its date in the page's `language` (with the
        year when it is not the meeting's)."""
        if self.due is None:
            return self._filled("", "")
        due = format_due(self.due, language, seen_on=meeting_date)
        return self._filled(due, _PHONE_BY.get(language, "%1 (by %2)"))

    def _filled(self, due: str, by: str) -> str:
        text = " ".join(self.text.split())
        if self.due is None:
            return text.replace("{date}", "").replace("()", "").strip()
        if "{date}" in text:
            return text.replace("{date}", due)
        return fill(by, text, due)

    def validated(self) -> CommitmentOption:
        text = " ".join(self.text.split())
        if not text:
            raise ValidationError(
                translate("Commitments", "A commitment needs words: what will the person do?")
            )
        if len(text) > MAX_OPTION_LENGTH:
            raise ValidationError(
                fill(
                    translate(
                        "Commitments",
                        "Keep a commitment under %1 characters so it fits on a card (this one has "
                        "%2).",
                    ),
                    str(MAX_OPTION_LENGTH),
                    str(len(text)),
                )
            )
        return replace(self, text=text)


def usual_option(usual: UsualOption, meeting_id: int, meeting_date: dt.date) -> CommitmentOption:
    due = None if usual.due_days is None else meeting_date + dt.timedelta(days=usual.due_days)
    return CommitmentOption(meeting_id, usual.text, due)


def default_follow_up(meeting_start: dt.datetime) -> dt.datetime:
    return meeting_start + DEFAULT_FOLLOW_UP


@dataclass(frozen=True)
class Commitment:
    """What one person took on at one meeting, and where its follow-up stands."""

    meeting_id: int
    person_id: int
    text: str
    follow_up_due: dt.datetime
    option_id: int | None = None
    due: dt.date | None = None  # the action's own date, copied from the option
    hours: int | None = None  # for "hours a week I can give", which has no option
    organizer_id: int | None = None
    status: FollowUpStatus = FollowUpStatus.OPEN
    notes: str = ""
    source: str = "card"  # how it was recorded: card, phone, app
    id: int | None = None

    @property
    def key(self) -> int:
        if self.id is None:
            raise ValueError(f"commitment {self.text!r} has not been saved")
        return self.id

    def overdue(self, now: dt.datetime) -> bool:
        return not self.status.closed and self.follow_up_due < now


@dataclass(frozen=True)
class FollowUp:
    """A row of the follow-up list: a commitment with the names an organizer needs to call."""

    commitment: Commitment
    person_name: str
    phone: str
    email: str
    meeting_title: str
    meeting_date: dt.date
    organizer_name: str  # "" when nobody is assigned yet
    # "May we contact them?" answered No on the card: the phone and email are left out of
    # the row (so of the page, the call list and the calendar), and it says so.
    contact_refused: bool = False
    group_name: str = ""  # the group whose meeting it was; "" for a meeting of no group

    def contact(self) -> str:
        """Phone and email, or that the card said no to contact; "" when none is on file."""
        if self.contact_refused:
            return translate("Follow-ups", NO_CONTACT)
        return " · ".join(x for x in (self.phone, self.email) if x)


NO_CONTACT = QT_TRANSLATE_NOOP("Follow-ups", "In person only: said no to contact on the card")


def follow_up_order(rows: list[FollowUp], now: dt.datetime) -> list[FollowUp]:
    """Overdue first (oldest due first), then the rest open by due date, closed ones last."""

    def key(row: FollowUp) -> tuple[int, dt.datetime, str]:
        c = row.commitment
        rank = 2 if c.status.closed else (0 if c.overdue(now) else 1)
        return (rank, c.follow_up_due, row.person_name.casefold())

    return sorted(rows, key=key)


@dataclass(frozen=True)
class CommitmentSettings:
    """What every card of a meeting prints besides the options."""

    meeting_id: int
    organization: str = ""
    organizer_contact: str = ""  # on the stub: whom the attendee can reach
    organizer_id: int | None = None  # assigned to new commitments unless changed
    hours_per_week: bool = True
    follow_up_hours: int = 48

    def validated(self) -> CommitmentSettings:
        if not 1 <= self.follow_up_hours <= 24 * 60:
            raise ValidationError(
                translate("Commitments", "Follow up between 1 hour and 60 days after the meeting.")
            )
        return replace(
            self,
            organization=" ".join(self.organization.split()),
            organizer_contact=" ".join(self.organizer_contact.split()),
        )


# Card IDs: five random symbols and a check symbol from Crockford's base-32 alphabet, which
# leaves out I, L, O and U so a handwritten or misread ID is still readable. The check symbol
# (Luhn mod 32) catches every single mistyped symbol and every swap of neighbours.
CARD_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_READ_AS = str.maketrans({"I": "1", "L": "1", "O": "0", "U": "V"})
CARD_ID_LENGTH = 6


def _check_symbol(body: str) -> str:
    n = len(CARD_ALPHABET)
    total, factor = 0, 2
    for ch in reversed(body):
        addend = factor * CARD_ALPHABET.index(ch)
        total += addend // n + addend % n
        factor = 1 if factor == 2 else 2
    return CARD_ALPHABET[(n - total % n) % n]


def card_id_from(random_bytes: bytes) -> str:
    """A new card ID from five random bytes (the caller supplies them, so tests can)."""
    if len(random_bytes) < CARD_ID_LENGTH - 1:
        raise ValueError("need five random bytes")
    body = "".join(CARD_ALPHABET[b % 32] for b in random_bytes[: CARD_ID_LENGTH - 1])
    return body + _check_symbol(body)


def display_card_id(card_id: str) -> str:
    """'K7M2QX' printed as 'K7M-2QX', easier to read aloud and to type."""
    return f"{card_id[:3]}-{card_id[3:]}" if len(card_id) == CARD_ID_LENGTH else card_id


def parse_card_id(typed: str) -> str:
    """The card ID someone typed or scanned, normalised; ValidationError when it cannot be one.

    Case, spaces and dashes do not matter, and letters that look like digits are read as the
    digits (O as 0, I and L as 1). A typo is caught by the check symbol.
    """
    text = typed.strip().upper()
    if text.startswith("MK:"):  # the QR payload
        text = text[3:]
    text = "".join(ch for ch in text if ch not in " -_.").translate(_READ_AS)
    if len(text) != CARD_ID_LENGTH or any(ch not in CARD_ALPHABET for ch in text):
        raise ValidationError(
            translate(
                "Commitments",
                "A card ID has six letters and digits, like K7M-2QX. Check the corner of the card.",
            )
        )
    if _check_symbol(text[:-1]) != text[-1]:
        raise ValidationError(
            fill(
                translate(
                    "Commitments",
                    "%1 is not a valid card ID: one symbol is probably misread. Check it against "
                    "the card.",
                ),
                display_card_id(text),
            )
        )
    return text


def card_qr_payload(card_id: str) -> str:
    """What the card's QR encodes: short, so the code stays small and quick to scan."""
    return f"MK:{card_id}"
