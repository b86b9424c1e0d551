"""Commitments at one meeting, as the organizers run them: the options on the cards, printing
the cards, badges and tents, and recording what each person ticked.

The CLI, the app and the sign-in server's phone page all go through here, so a card printed
from either prints the same ID and a commitment recorded from either lands the same way.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from meetingkit.core.card import CommitmentCard, NameBadge
from meetingkit.core.card_layout import CARD_LAYOUT_NAMES
from meetingkit.core.clock import Clock, to_ms
from meetingkit.core.commitment import (
    Commitment,
    CommitmentOption,
    CommitmentSettings,
    card_qr_payload,
    display_card_id,
    format_due,
    parse_card_id,
)
from meetingkit.core.errors import NotFoundError, ValidationError
from meetingkit.core.i18n import fill, translate
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person, canonical_profession
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.commitments import CommitmentStore
from meetingkit.storage.database import transaction
from meetingkit.storage.export_log import ExportKind, ExportLog
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.print_log import PrintLog

CARD_LAYOUTS = CARD_LAYOUT_NAMES  # the commitment-card layouts (badges and tents have their own)
MAX_BLANK = 500
# What a personalized card, badge or tent shows of a person (logged with it, storage.export_log).
CARD_COLUMNS = ("person", "card_id")
BADGE_COLUMNS = ("person", "profession")


@dataclass(frozen=True)
class CardHolder:
    """Whose card an ID is, for the recording screen."""

    card_id: str
    meeting: Meeting
    person: Person
    commitments: list[Commitment]
    contact_ok: bool | None


class CommitmentDesk:
    def __init__(
        self,
        meeting: Meeting,
        conn: sqlite3.Connection,
        clock: Clock,
        default_card_layout: str = "index",
    ) -> None:
        self.meeting = meeting
        self._conn = conn
        self._clock = clock
        self._store = CommitmentStore(conn)
        self.default_card_layout = default_card_layout  # the settings' choice, preselected

    @property
    def store(self) -> CommitmentStore:
        return self._store

    # What the cards offer

    def options(self) -> list[CommitmentOption]:
        return self._store.options(self.meeting.key)

    def save_options(self, options: Sequence[CommitmentOption]) -> list[CommitmentOption]:
        return self._store.save_options(self.meeting.key, options)

    def settings(self) -> CommitmentSettings:
        return self._store.settings(self.meeting.key)

    def save_settings(self, settings: CommitmentSettings) -> CommitmentSettings:
        return self._store.save_settings(replace(settings, meeting_id=self.meeting.key))

    def follow_up_due(self) -> dt.datetime:
        return self.meeting.starts_at + dt.timedelta(hours=self.settings().follow_up_hours)

    # Cards, badges and tents

    def present_count(self) -> int:
        return len(AttendanceStore(self._conn).present(self.meeting.key))

    def cards(self, *, personalized: bool = True, blank: int = 0) -> list[CommitmentCard]:
        """One card for each person present (sorted by name), then `blank` blank cards.

        Printing issues each attendee a card ID (the same one on every reprint).
        """
        if not 0 <= blank <= MAX_BLANK:
            raise ValidationError(
                fill(
                    translate("Commitments", "Print between 0 and %1 blank cards."), str(MAX_BLANK)
                )
            )
        options = self.options()
        if not options:
            raise ValidationError(
                translate(
                    "Commitments",
                    "This meeting has no commitments to offer yet. Add three to five on its "
                    "Commitments tab first.",
                )
            )
        settings = self.settings()
        base = CommitmentCard(
            organization=settings.organization,
            meeting_title=self.meeting.title,
            meeting_date=self.meeting.date,
            options=tuple(o.printed_for(self.meeting.date) for o in options),
            follow_up_date=self.follow_up_due().date(),
            organizer_contact=settings.organizer_contact,
            hours_per_week=settings.hours_per_week,
        )
        cards: list[CommitmentCard] = []
        if personalized:
            present = AttendanceStore(self._conn).present(self.meeting.key)
            ids = self._store.issue_cards(
                self.meeting.key, [p.person_id for p in present], self._now_ms()
            )
            for p in present:
                card_id = ids[p.person_id]
                cards.append(
                    replace(
                        base,
                        name=p.display_name or "?",
                        card_id=display_card_id(card_id),
                        qr_payload=card_qr_payload(card_id),
                    )
                )
        cards.extend([base] * blank)
        if not cards and not personalized:
            raise _no_blank_count()
        if not cards:
            raise ValidationError(
                translate(
                    "Commitments",
                    "Nobody is signed in yet, so there is no one to print a card for. Print blank "
                    "cards for walk-ins instead, or sign people in first.",
                )
            )
        return cards

    def badges(self, *, personalized: bool = True, blank: int = 0) -> list[NameBadge]:
        """A badge (or tent) for each person present, then `blank` with an empty name line."""
        if not 0 <= blank <= MAX_BLANK:
            raise ValidationError(
                fill(
                    translate("Commitments", "Print between 0 and %1 blank badges or tents."),
                    str(MAX_BLANK),
                )
            )
        present = AttendanceStore(self._conn).present(self.meeting.key) if personalized else []
        badges = [
            NameBadge(p.display_name, canonical_profession(p.profession), self.meeting.title)
            for p in present
        ]  # "RN" or "enfermera registrada" under the name as the report writes it
        badges.extend([NameBadge("", "", self.meeting.title)] * blank)
        if not badges and not personalized:
            raise _no_blank_count()
        if not badges:
            raise ValidationError(
                translate(
                    "Commitments",
                    "Nobody is signed in yet. Sign people in first, or print blank ones for "
                    "walk-ins.",
                )
            )
        return badges

    def print_cards(
        self, out: Path, layout: str = "index", *, personalized: bool = True, blank: int = 0
    ) -> int:
        """Write the cards PDF; the number of cards."""
        from meetingkit.services.printing.cards import write_cards

        if layout not in CARD_LAYOUTS:
            raise ValidationError(
                fill(
                    translate("Commitments", "There is no card layout “%1”. Choose one of: %2."),
                    layout,
                    ", ".join(CARD_LAYOUTS),
                )
            )
        cards = self.cards(personalized=personalized, blank=blank)
        write_cards(out, cards, layout)
        now_ms = self._now_ms()
        PrintLog(self._conn).record(self.meeting.key, "cards", now_ms)
        self._log(ExportKind.CARDS, out, CARD_COLUMNS, sum(1 for c in cards if c.name), now_ms)
        return len(cards)

    def print_badges(self, out: Path, *, personalized: bool = True, blank: int = 0) -> int:
        from meetingkit.services.printing.cards import write_badges

        badges = self.badges(personalized=personalized, blank=blank)
        write_badges(out, badges)
        named = sum(1 for b in badges if b.name)
        self._log(ExportKind.BADGES, out, BADGE_COLUMNS, named, self._now_ms())
        return len(badges)

    def print_tents(self, out: Path, *, personalized: bool = True, blank: int = 0) -> int:
        from meetingkit.services.printing.cards import write_tents

        tents = self.badges(personalized=personalized, blank=blank)
        write_tents(out, tents)
        named = sum(1 for t in tents if t.name)
        self._log(ExportKind.TENTS, out, BADGE_COLUMNS, named, self._now_ms())
        return len(tents)

    def _log(
        self, kind: ExportKind, out: Path, columns: Sequence[str], named: int, now_ms: int
    ) -> None:
        """Cards, badges and tents that name people are logged as every file of people's
        data is (storage.export_log): what, when, the file's name, how many people. Blank
        ones name nobody."""
        if named:
            ExportLog(self._conn).record(
                kind,
                meeting_id=self.meeting.key,
                exported_ms=now_ms,
                file_name=out.name,
                columns=columns,
                rows=named,
            )

    # Recording

    def holder(self, typed_card_id: str) -> CardHolder:
        """Whose card this is. ValidationError for a mistyped ID, NotFoundError for an ID
        that is not in this database, or belongs to another meeting."""
        card_id = parse_card_id(typed_card_id)
        found = self._store.card(card_id)
        if found is None:
            raise NotFoundError(
                fill(
                    translate("Commitments", "No card %1 was printed from this computer."),
                    display_card_id(card_id),
                )
            )
        meeting_id, person_id = found
        if meeting_id != self.meeting.key:
            other = MeetingStore(self._conn).get(meeting_id)
            raise NotFoundError(
                fill(
                    translate(
                        "Commitments",
                        "Card %1 is from another meeting: “%2” on %3. Open that meeting to record "
                        "it.",
                    ),
                    display_card_id(card_id),
                    other.title,
                    format_due(other.date),
                )
            )
        return self._holder(card_id, person_id)

    def holder_for_person(self, person_id: int) -> CardHolder:
        """For a walk-in's blank card: the person is picked by name, and gets a card ID."""
        card_id = self._store.issue_cards(self.meeting.key, [person_id], self._now_ms())[person_id]
        return self._holder(card_id, person_id)

    def _holder(self, card_id: str, person_id: int) -> CardHolder:
        return CardHolder(
            display_card_id(card_id),
            self.meeting,
            PeopleStore(self._conn).get(person_id),
            self._store.for_person(self.meeting.key, person_id),
            self._store.contact_ok(self.meeting.key, person_id),
        )

    def record(
        self,
        person_id: int,
        ticked_ids: Sequence[int],
        *,
        hours: int | None = None,
        contact_ok: bool | None = None,
        organizer_id: int | None = None,
        source: str = "card",
    ) -> list[Commitment]:
        """Save what the person ticked. Options are looked up by id, so a stale screen cannot
        record an option that was removed meanwhile."""
        options = self._ticked(ticked_ids)
        settings = self.settings()
        return self._store.record(
            self.meeting.key,
            person_id,
            options,
            hours=hours,
            contact_ok=contact_ok,
            follow_up_due=self.follow_up_due(),
            organizer_id=organizer_id if organizer_id is not None else settings.organizer_id,
            source=source,
            now_ms=self._now_ms(),
        )

    def record_blank_card(
        self,
        person_id: int,
        ticked_ids: Sequence[int],
        *,
        hours: int | None = None,
        contact_ok: bool | None = None,
    ) -> bool:
        """Save a walk-in's blank card, all or nothing: what they ticked (`record`), and,
        since a blank card is handed out and returned at the meeting, that they were there.
        Someone not yet marked present is marked present as one marked at the laptop is (a
        walk-in, in the attendance list). Whether they were marked present now."""
        with transaction(self._conn):
            self.record(person_id, ticked_ids, hours=hours, contact_ok=contact_ok)
            return AttendanceStore(self._conn).mark_present(
                self.meeting.key, person_id, self._arrival_ms(), "manual"
            )

    def _arrival_ms(self) -> int:
        """When someone whose card is recorded now came: now, during the meeting; for cards
        typed in after it, its end (when it was ended, else its planned end), not the day
        they were typed."""
        from meetingkit.storage.agenda import AgendaStore

        now, run = self._now_ms(), AgendaStore(self._conn).run(self.meeting.key)
        if run.ended_ms is not None:
            return min(now, run.ended_ms)
        if run.started_ms is not None:  # running, perhaps past its planned end
            return now
        return min(now, to_ms(self.meeting.planned_end.timestamp()))

    def record_from_signin(
        self, signin_id: int, ticked_ids: Sequence[int], *, hours: int | None
    ) -> None:
        """Save what a phone's sign-in ticked on its page: only that sign-in's ticks and the
        commitments it made change (storage.signin_commitments), whoever it was matched to."""
        from meetingkit.storage.signin_commitments import SignInCommitments

        SignInCommitments(self._conn).record(
            signin_id,
            self._ticked(ticked_ids),
            hours=hours,
            follow_up_due=self.follow_up_due(),
            organizer_id=self.settings().organizer_id,
            now_ms=self._now_ms(),
        )

    def _ticked(self, ticked_ids: Sequence[int]) -> list[CommitmentOption]:
        """The meeting's options with these ids; NotFoundError if one was removed meanwhile."""
        options = {o.key: o for o in self.options()}
        if any(i not in options for i in ticked_ids):
            raise NotFoundError(
                translate(
                    "Commitments",
                    "One of the ticked commitments was removed from this meeting meanwhile. "
                    "Look at the options again and re-tick.",
                )
            )
        return [options[i] for i in ticked_ids]

    def recorded(self) -> list[Commitment]:
        return self._store.for_meeting(self.meeting.key)

    def recorded_for_option(self, option_id: int) -> int:
        """How many recorded commitments came from this option. Removing the option keeps
        them, with their text and follow-up; the screen says so before it removes one."""
        return sum(1 for c in self.recorded() if c.option_id == option_id)

    def _now_ms(self) -> int:
        return to_ms(self._clock.now())


def _no_blank_count() -> ValidationError:
    """Blank ones only were asked for, and none of them."""
    return ValidationError(
        translate("Commitments", "Only blank ones were asked for: say how many (1 or more).")
    )
