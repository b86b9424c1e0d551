"""Sign-in for one meeting as the facilitator runs it: the form, the link, the server, the
room's count and quorum, the kiosk, and possible duplicates and new details to review."""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from meetingkit.core.clock import Clock, to_ms
from meetingkit.core.errors import MeetingkitError
from meetingkit.core.meeting import Meeting
from meetingkit.core.signin import (
    FormSettings,
    Submission,
    check_submission,
)
from meetingkit.services.new_details_review import NewDetailsReview
from meetingkit.services.signin_server import SignInEvents, SignInServer
from meetingkit.services.write_tally import WriteTally, other_writes
from meetingkit.storage.attendance import AttendanceStore, Present
from meetingkit.storage.duplicates import DuplicateFlag
from meetingkit.storage.first_timers import first_timers
from meetingkit.storage.guided_path import Mark, PathStore
from meetingkit.storage.signin import (
    Serving,
    SignedIn,
    SignInSettings,
    SignInState,
    SignInStore,
)

# If no phone has opened the form this long after sign-in opened, the network probably keeps
# phones from reaching the laptop (guest Wi-Fi often isolates devices from each other).
NO_PHONE_HINT_MS = 3 * 60_000


@dataclass(frozen=True)
class Room:
    """Who is here, as the facilitator's screen counts them: people, not sign-ins (someone
    who signed in twice, on the phone and again at the laptop, is one)."""

    present: int
    signed_in: int
    first_timers: int
    quorum: int

    @property
    def quorum_met(self) -> bool:
        return self.quorum > 0 and self.present >= self.quorum


class SignInSession:
    def __init__(
        self,
        meeting: Meeting,
        conn: sqlite3.Connection,
        db_path: Path,
        clock: Clock,
        key: str | None = None,
        *,
        quiet_writes: WriteTally | None = None,
    ) -> None:
        """`quiet_writes`: the rows the app writes that say nothing of who signed in
        (`Sessions.quiet_writes`: its heartbeat, the floor's saves), left out of `writes`."""
        self.meeting = meeting
        self._conn = conn
        self._quiet = quiet_writes if quiet_writes is not None else WriteTally()
        self._db_path = db_path
        self._key = key  # the server's connections need the passphrase of an encrypted file
        self._clock = clock
        self._store = SignInStore(conn)
        self._attendance = AttendanceStore(conn)
        self._server: SignInServer | None = None
        self._opened_ms: int | None = None
        self._visited = False
        self._noted = False  # the server is noted in the data (`open`), not for a picture

    # The form and the link

    def settings(self) -> SignInSettings:
        return self._store.settings(self.meeting.key)

    def set_form(self, form: FormSettings) -> None:
        self._store.save_settings(replace(self.settings(), form=form))
        self._reload_server()

    def set_quorum(self, quorum: int) -> None:
        self._store.save_settings(replace(self.settings(), quorum=max(0, quorum)))

    def rotate(self) -> SignInSettings:
        """A new link and phrase: printed posters and the old QR code stop working."""
        rotated = self._store.rotate_token(self.meeting.key)
        self._reload_server()
        return rotated

    def _reload_server(self) -> None:
        if self._server is not None:
            self._server.reload()

    # The server

    @property
    def is_open(self) -> bool:
        return self._server is not None and self._server.running

    def open(
        self, host: str | None, port: int, events: SignInEvents, *, for_picture: bool = False
    ) -> str:
        """Start serving the form; the URL for the QR code. Raises MeetingkitError if the
        address or port cannot be used. `for_picture`: served for a screenshot, not for the
        meeting, so its guided path is not told sign-in was opened, nor the data that it is
        served (`was_serving`)."""
        self.close()
        server = SignInServer(
            self._db_path,
            self.meeting.key,
            self._clock,
            events,
            host=host,
            port=port,
            key=self._key,
        )
        server.start()
        self._server = server
        self._opened_ms, self._visited = to_ms(self._clock.now()), False
        if not for_picture:
            PathStore(self._conn).mark(self.meeting.key, Mark.SIGNIN_OPENED, self._opened_ms)
            # Until it is closed: a crash leaves this, for the next start to offer it again
            self._store.note_serving(self.meeting.key, server.host, server.port, self._opened_ms)
            self._noted = True
        return self.url()

    def close(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._store.forget_what_was_typed(to_ms(self._clock.now()))
            if self._noted:
                self._store.forget_serving(self.meeting.key)
        self._server = None
        self._opened_ms = None
        self._noted = False

    def was_serving(self) -> Serving | None:
        """Where this meeting's sign-in was served when the app stopped without closing it
        (a crash, a flat battery), if it was and this session does not serve it now: phones
        scanning its QR code find nothing until the facilitator opens it again. None once the
        meeting has ended or was purged."""
        if self.is_open:
            return None
        return self._store.noted_serving(self.meeting.key)

    def last_served(self) -> Serving | None:
        """Where this meeting's sign-in was last served (or, never served, the latest
        meeting's): the address and port to offer again (`SignInStore.last_served`)."""
        return self._store.last_served(self.meeting.key)

    def forget_serving(self) -> None:
        """The facilitator let it be: sign-in stays closed, and is not offered again."""
        self._store.forget_serving(self.meeting.key)

    def open_again(self, where: Serving, events: SignInEvents) -> bool:
        """Serve again where it was served (`was_serving`), for the QR code already on the
        projector or a poster to keep working: True. That port taken (another program has
        it now), on another port the system gives: False, and the old code no longer leads
        here. Raises MeetingkitError if the address cannot be used (the laptop is on another
        network now)."""
        try:
            self.open(where.host, where.port, events)
            return True
        except MeetingkitError as taken:
            try:  # the address is still the laptop's, and only the port is taken?
                self.open(where.host, 0, events)
            except MeetingkitError:
                raise taken from None
            return False

    def state(self) -> SignInState:
        """ENDED once the meeting was ended: phones that open its link are told so (the
        server). CLOSED if the meeting was purged or deleted while sign-in was open, by
        another process (`meetingkit purge`, another window: the app closes sign-in before it
        does either), or purged before sign-in was opened: the server turns every phone away,
        as if the link were wrong."""
        return self._store.state(self.meeting.key)

    def url(self) -> str:
        if self._server is None:
            return ""
        return self._server.url(self.settings().token)

    def note_visit(self) -> None:
        self._visited = True
        PathStore(self._conn).mark(self.meeting.key, Mark.PHONE_REACHED, to_ms(self._clock.now()))

    def no_phone_yet(self) -> bool:
        """Open for a few minutes and not one phone has reached the form."""
        return (
            self._opened_ms is not None
            and not self._visited
            and to_ms(self._clock.now()) - self._opened_ms >= NO_PHONE_HINT_MS
        )

    # The room

    def signed_in(self) -> list[SignedIn]:
        return self._store.signed_in(self.meeting.key)

    def signed_in_by(
        self, people: Collection[int], signins: Collection[int] = ()
    ) -> list[SignedIn]:
        """The meeting's sign-ins made by `people`, or by whoever made the sign-ins `signins`
        (ids), as `signed_in` lists them."""
        return self._store.signed_in_by(self.meeting.key, people, signins)

    def writes(self) -> int:
        """How many rows the app has written since it opened the data (not the sign-in
        server, which writes on its own connections and reports each sign-in it saves,
        fixes or takes back), but those that say nothing of who signed in (`quiet_writes`):
        while it stays the same, only the server changed who signed in."""
        return other_writes(self._conn, self._quiet)

    def present(self) -> list[Present]:
        return self._attendance.present(self.meeting.key)

    def first_timers(self, people: Collection[int] | None = None) -> frozenset[int]:
        """Who is here for the first time, as the meeting's report counts them: at no earlier
        meeting, however they were marked present (storage.first_timers); of `people` only,
        if given."""
        return first_timers(self._conn, self.meeting.key, people)

    def room(
        self,
        signed: Sequence[SignedIn] | None = None,
        firsts: Collection[int] | None = None,
    ) -> Room:
        """`signed` and `firsts`: the meeting's `signed_in` and `first_timers`, when the caller
        has just read them (the Sign-in tab's list), not to be read again."""
        signed = self.signed_in() if signed is None else signed
        return Room(
            self._attendance.present_count(self.meeting.key),
            len({s.person_id for s in signed}),
            len(self.first_timers() if firsts is None else firsts),
            self.settings().quorum,
        )

    def kiosk_sign_in(self, answers: dict[str, str], language: str = "en") -> SignedIn:
        """Sign someone in at the laptop (no phone): the same checks as the form, and the
        same silent match to a known person (storage.signin), so the kiosk answers everyone
        alike: it never asks "Is this you?", which would tell whoever typed a coworker's
        first name and phone number that she is in the directory."""
        return self._record_at_kiosk(
            check_submission(answers, self.settings().form, language), language
        )

    def _record_at_kiosk(self, submission: Submission, language: str) -> SignedIn:
        signed, _ = self._store.record(
            self.meeting.key,
            submission,
            secrets.token_urlsafe(16),
            source="kiosk",
            language=language,
            now_ms=to_ms(self._clock.now()),
        )
        return signed

    # Possible duplicates

    def flags(self) -> list[DuplicateFlag]:
        return self._store.flags(self.meeting.key)

    def merge(self, flag: DuplicateFlag, take: Collection[str] = ()) -> None:
        """The same person: the existing record stays, with the fields named in `take` from
        the new one (core.person_merge)."""
        self._store.merge(flag, take)

    def dismiss(self, flag: DuplicateFlag) -> None:
        self._store.dismiss(flag.id)

    def new_details_review(self) -> NewDetailsReview:
        """New details from sign-in: what this meeting's sign-ins gave that a known person's
        record lacks, and consents beyond what they had agreed to, waiting for the organizer
        (services.new_details_review)."""
        return NewDetailsReview(self._conn, self.meeting.key)
