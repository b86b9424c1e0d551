"""Sign-ins: each meeting's form and token, the people who signed in, their consents, and
possible duplicates waiting for a person to review them (storage.duplicates).

`record` is idempotent on the client's nonce (a retry on flaky Wi-Fi finds the first row) and
commits before it returns, so the page that says "signed in" is only ever shown for a row
that is on disk.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import secrets
import sqlite3
from collections.abc import Collection
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from meetingkit.core.person import Person, name_key, phone_key
from meetingkit.core.signin import (
    DIRECTORY_FIELDS,
    EDIT_WINDOW_MS,
    Candidate,
    FormSettings,
    Match,
    Submission,
    full_name_key,
    group_field,
    match_person,
    offered_groups,
    verification_phrase,
)
from meetingkit.storage import signin_note
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.database import read_only, transaction
from meetingkit.storage.duplicates import DuplicateFlag, DuplicateStore
from meetingkit.storage.floor import FloorStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.new_details import NewDetailsStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.signin_commitments import SignInCommitments
from meetingkit.storage.signin_consents import SignInConsents
from meetingkit.storage.signin_groups import SignInGroups


@dataclass(frozen=True)
class SignInSettings:
    meeting_id: int
    form: FormSettings
    token: str  # in the URL: 128 random bits, rotatable
    phrase: str  # on the projector and the form, so a swapped QR code is noticed
    quorum: int = 0


@dataclass(frozen=True)
class Serving:
    """Where the app serves a meeting's sign-in: the address and port in its QR code."""

    host: str
    port: int


@dataclass(frozen=True)
class SignedIn:
    id: int
    meeting_id: int
    person_id: int
    first_name: str
    last_name: str
    profession: str
    submitted_ms: int
    first_time: bool
    source: str  # "phone" or "kiosk"
    match: Match
    edit_key: str
    language: str
    answers: dict[str, str]
    # The first name the sign-in was made under, as typed (or fixed since): its phone's pages
    # greet with it, never with the record's spelling of a person it was matched to
    given_first_name: str = ""


def new_token() -> str:
    return secrets.token_urlsafe(16)  # 16 bytes = 128 bits


def new_edit_key() -> str:
    return secrets.token_urlsafe(16)


def _owner_hash(secret: str) -> str:
    """What is kept of a phone's secret (`SignInStore.give_owner`): enough to recognise it,
    not to make it."""
    return hashlib.sha256(secret.encode()).hexdigest()


class SignInState(StrEnum):
    """Whether a meeting's sign-in link takes sign-ins, as its server asks at every request
    (and again as it writes): the meeting can be ended, purged, deleted or given a new link
    from another process while the server runs (`meetingkit serve`)."""

    OPEN = "open"
    ENDED = "ended"  # End meeting: nobody new; a sign-in of the last 15 minutes may finish
    CLOSED = "closed"  # purged, deleted (its id perhaps another meeting's now), or a new link


class SignInStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    # The form and its token

    def settings(self, meeting_id: int) -> SignInSettings:
        """The meeting's sign-in settings; a first call makes its token and phrase. On data
        opened read-only (`read_only`: printing from a write-protected folder) a meeting
        without them gets the default form and no token or phrase (""): nothing is written,
        and a link that is not saved would lead nowhere."""
        row = self._conn.execute(
            "SELECT fields, consents, token, phrase, quorum, offered_groups FROM signin_settings"
            " WHERE meeting_id = ?",
            [meeting_id],
        ).fetchone()
        floor = FloorStore(self._conn).settings(meeting_id)
        if row is None:
            MeetingStore(self._conn).get(meeting_id)  # "There is no meeting 99", not a key error
            default = FormSettings(
                groups=self._default_groups(meeting_id, floor.priority_groups),
                group_floor=floor.min_group_size,
            )
            if read_only(self._conn):
                return SignInSettings(meeting_id, default, "", "")
            settings = SignInSettings(
                meeting_id, default, new_token(), verification_phrase(secrets.randbelow)
            )
            self._conn.execute(
                "INSERT INTO signin_settings (meeting_id, fields, consents, token, phrase,"
                " quorum) VALUES (?, ?, ?, ?, ?, 0)",
                [
                    meeting_id,
                    json.dumps(settings.form.fields),
                    json.dumps(settings.form.consents),
                    settings.token,
                    settings.phrase,
                ],
            )
            return settings
        groups = (
            self._default_groups(meeting_id, floor.priority_groups)
            if row[5] is None
            else _saved_groups(row[5])
        )
        return SignInSettings(
            meeting_id,
            FormSettings(
                tuple(json.loads(row[0])),
                tuple(json.loads(row[1])),
                groups,
                group_floor=floor.min_group_size,
            ),
            row[2],
            row[3],
            row[4] or 0,
        )

    def _default_groups(self, meeting_id: int, chosen: Collection[str]) -> tuple[str, ...]:
        """What the form offers until the organizer chooses (Sign-in > Form fields): the
        groups the meeting's floor gives priority to (`chosen`), which its screens already
        name; else what the group's latest other meeting offered; else none."""
        if chosen:
            return offered_groups(sorted(chosen, key=str.casefold))
        row = self._conn.execute(
            "SELECT s.offered_groups FROM signin_settings s JOIN meetings m ON m.id = s.meeting_id"
            " WHERE m.group_id = (SELECT group_id FROM meetings WHERE id = ?) AND m.id != ?"
            " AND s.offered_groups IS NOT NULL AND s.offered_groups != '[]'"
            " ORDER BY m.date DESC, m.id DESC LIMIT 1",
            [meeting_id, meeting_id],
        ).fetchone()
        return _saved_groups(row[0]) if row else ()

    def save_settings(self, settings: SignInSettings) -> None:
        """Save the form. Its groups are saved as the organizer's choice unless they are
        still the default offer (`_default_groups`), which then keeps following the floor's
        priority groups."""
        # makes the row if need be; while no groups are saved, it offers the default
        offer = self.settings(settings.meeting_id).form.groups
        groups = offered_groups(settings.form.groups)
        saved = self._conn.execute(
            "SELECT offered_groups FROM signin_settings WHERE meeting_id = ?",
            [settings.meeting_id],
        ).fetchone()[0]
        default = saved is None and groups == offer
        self._conn.execute(
            "UPDATE signin_settings SET fields = ?, consents = ?, quorum = ?,"
            " offered_groups = ? WHERE meeting_id = ?",
            [
                json.dumps(settings.form.fields),
                json.dumps(settings.form.consents),
                settings.quorum,
                None if default else json.dumps(groups, ensure_ascii=False),
                settings.meeting_id,
            ],
        )

    def rotate_token(self, meeting_id: int) -> SignInSettings:
        """A new URL (and phrase): the old QR code stops working at once."""
        current = self.settings(meeting_id)
        rotated = replace(current, token=new_token(), phrase=verification_phrase(secrets.randbelow))
        self._conn.execute(
            "UPDATE signin_settings SET token = ?, phrase = ? WHERE meeting_id = ?",
            [rotated.token, rotated.phrase, meeting_id],
        )
        return rotated

    def meeting_for_token(self, token: str) -> int | None:
        row = self._conn.execute(
            "SELECT meeting_id FROM signin_settings WHERE token = ?", [token]
        ).fetchone()
        return None if row is None else int(row[0])

    # Whether the app serves it: noted while it does, so that after a crash (a killed app, a
    # flat battery) the next start can say sign-in was open and open it again on the same
    # address and port, where the QR code on the projector and the poster point. Nothing
    # about anyone: only the laptop's address and port.

    def note_serving(self, meeting_id: int, host: str, port: int, at_ms: int | None = None) -> None:
        """The app serves the meeting's sign-in on `host`:`port` now (`at_ms`). It serves one
        meeting at a time: another meeting's note goes. Where it was served is also kept once
        it closes (`last_served`)."""
        with transaction(self._conn):
            self.settings(meeting_id)  # make sure the row exists
            self._conn.execute(
                "UPDATE signin_settings SET serving_host = NULL, serving_port = NULL"
                " WHERE serving_host IS NOT NULL AND meeting_id != ?",
                [meeting_id],
            )
            self._conn.execute(
                "UPDATE signin_settings SET serving_host = ?, serving_port = ?, last_host = ?,"
                " last_port = ?, last_served_ms = coalesce(?, last_served_ms) WHERE meeting_id = ?",
                [host, port, host, port, at_ms, meeting_id],
            )

    def last_served(self, meeting_id: int) -> Serving | None:
        """Where the meeting's sign-in was last served, open now or closed since; for a
        meeting never served, where the one served most recently was (the port that was free
        on this laptop then); None if no meeting's sign-in ever was. The Sign-in tab offers it
        again, and `print poster` and `serve` default to its port: a poster printed before
        sign-in is opened leads where it will be served."""
        row = self._conn.execute(
            "SELECT last_host, last_port FROM signin_settings WHERE last_port IS NOT NULL"
            " ORDER BY meeting_id = ? DESC, last_served_ms IS NULL, last_served_ms DESC,"
            " meeting_id DESC LIMIT 1",
            [meeting_id],
        ).fetchone()
        if row is None:
            return None
        return Serving(str(row[0] or ""), int(row[1]))

    def forget_serving(self, meeting_id: int | None = None) -> None:
        """Sign-in was closed (the meeting's, or with None, any: the app quits normally)."""
        signin_note.forget_serving(self._conn, meeting_id)

    def noted_serving(self, meeting_id: int) -> Serving | None:
        """Where the meeting's sign-in is noted as served (`note_serving`), if it may still be
        opened there: a meeting since ended or purged loses the note, and has none."""
        row = self._conn.execute(
            "SELECT serving_host, serving_port FROM signin_settings WHERE meeting_id = ?"
            " AND serving_host IS NOT NULL AND serving_port IS NOT NULL",
            [meeting_id],
        ).fetchone()
        if row is None:
            return None
        if self.state(meeting_id) is not SignInState.OPEN:
            if not read_only(self._conn):
                self.forget_serving(meeting_id)
            return None
        return Serving(str(row[0]), int(row[1]))

    # Signing in

    def record(
        self,
        meeting_id: int,
        submission: Submission,
        nonce: str,
        *,
        source: str,
        language: str,
        now_ms: int,
    ) -> tuple[SignedIn, bool]:
        """Save a sign-in; (the sign-in, True) when new, (the first one, False) on a retry."""
        with transaction(self._conn):
            earlier = self.by_nonce(meeting_id, nonce)
            if earlier is not None:
                return earlier, False
            people = PeopleStore(self._conn)
            answers = submission.answers
            match, other = match_person(submission, self._candidates(submission))
            if match == Match.RETURNING and other is not None:
                person_id, created = other, False  # their record stays as it is
            else:
                person_id = people.add(_person(submission), at_meeting=meeting_id).key
                created = True
            before = self._conn.execute(
                "SELECT count(*) FROM attendance WHERE person_id = ? AND meeting_id != ?",
                [person_id, meeting_id],
            ).fetchone()[0]
            first_time = answers.get("first_time") == "yes" or (
                not before and match != Match.RETURNING
            )
            self.forget_what_was_typed(now_ms)
            cur = self._conn.execute(
                "INSERT INTO signins (meeting_id, person_id, nonce, edit_key, submitted_ms,"
                " source, language, answers, first_time, created_person, match, first_name,"
                " given, created_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    meeting_id,
                    person_id,
                    nonce,
                    new_edit_key(),
                    now_ms,
                    source,
                    language,
                    json.dumps(submission.extra(), ensure_ascii=False),
                    int(first_time),
                    int(created),
                    match.value,
                    answers.get("first_name", ""),
                    json.dumps(submission.directory(), ensure_ascii=False),
                    person_id if created else None,
                ],
            )
            signin_id = int(cur.lastrowid or 0)
            # A known person's record stays as it is: what the sign-in adds to it, and any
            # consent beyond what they had agreed to, waits for the organizer
            # (storage.new_details, storage.signin_consents); the meeting counts them under
            # the profession given tonight if the record has none, as it did when the record
            # took it.
            SignInConsents(self._conn).save(
                signin_id, submission.consents, language, now_ms, matched=not created
            )
            if submission.groups:  # before they are marked present, who then count in them
                SignInGroups(self._conn).save(
                    signin_id, submission.groups, _day(now_ms), matched=not created
                )
            given = "" if created else answers.get("profession", "")
            AttendanceStore(self._conn).mark_present(meeting_id, person_id, now_ms, source, given)
            if not created:
                NewDetailsStore(self._conn).keep(signin_id, person_id, submission.directory())
            if match == Match.POSSIBLE_DUPLICATE and other is not None:
                self._conn.execute(
                    "INSERT INTO duplicate_flags (meeting_id, person_id, other_person_id,"
                    " created_ms) VALUES (?, ?, ?, ?)",
                    [meeting_id, person_id, other, now_ms],
                )
            signed = self._by("s.id = ?", [signin_id])
            assert signed is not None
            return signed, True

    def by_edit_key(self, edit_key: str) -> SignedIn | None:
        return self._by("s.edit_key = ?", [edit_key])

    def give_owner(self, signin_id: int, secret: str = "") -> str:
        """The secret of the phone that made the sign-in (its cookie), replacing any earlier
        one: its link alone no longer shows the sign-in again. `secret`: the one the phone
        already holds for its other sign-ins at the meeting (`owned`), which then shares
        them; else a new one. Only a hash of it is kept, with the sign-in (and its edit
        key)."""
        secret = secret or secrets.token_urlsafe(32)
        self._conn.execute(
            "UPDATE signins SET owner_hash = ? WHERE id = ?", [_owner_hash(secret), signin_id]
        )
        return secret

    def by_owner(self, edit_key: str, secret: str) -> SignedIn | None:
        """The sign-in with this edit key, if `secret` is its phone's (`give_owner`)."""
        if not secret:
            return None
        return self._by("s.edit_key = ? AND s.owner_hash = ?", [edit_key, _owner_hash(secret)])

    def owned(self, meeting_id: int, secret: str) -> list[SignedIn]:
        """The sign-ins at the meeting made by the phone whose secret is `secret`
        (`give_owner`), oldest first; none without one."""
        if not secret:
            return []
        return self._all(
            "s.meeting_id = ? AND s.owner_hash = ? ORDER BY s.submitted_ms, s.id",
            [meeting_id, _owner_hash(secret)],
        )

    def same_person(self, theirs: Collection[SignedIn], submission: Submission) -> SignedIn | None:
        """The latest of a phone's sign-ins (`theirs`: `owned`) that `submission`, from the
        same phone, is the same person as, if any: the same first name, or the same first
        name and contact as `match_person` compares them, as typed on it (Back, then Sign in
        again, perhaps with a typo fixed). Only what the phone typed is compared, never the
        directory: what the phone is answered (its sign-in again, or a new one) tells nothing
        of anyone else. Another first name is another person (a phone passed round a
        family, whose members may share a number): a sign-in of their own."""
        first = name_key(submission.answers.get("first_name", ""))
        for signed in sorted(theirs, key=lambda s: (s.submitted_ms, s.id), reverse=True):
            typed, _ = self.given(signed)  # only the first name, once it cannot be fixed
            if first and first == name_key(typed.get("first_name", "")):
                return signed
            was = Candidate(
                signed.id,
                typed.get("first_name", ""),
                typed.get("last_name", ""),
                typed.get("phone", ""),
                typed.get("email", ""),
            )
            if match_person(submission, [was])[0] is Match.RETURNING:
                return signed
        return None

    def by_nonce(self, meeting_id: int, nonce: str) -> SignedIn | None:
        return self._by("s.meeting_id = ? AND s.nonce = ?", [meeting_id, nonce])

    def given(self, signed: SignedIn) -> tuple[dict[str, str], frozenset[str]]:
        """What this sign-in gave, to show again on "Fix my answers": the directory answers
        typed on it (or fixed since), its other answers and its consents. Never the record
        of the person it was matched (or merged) to: whoever holds the link typed a first
        name and a phone number, not necessarily their own, and a page showing that record,
        or blanks where a new person's page shows what they typed, would tell whether the
        person is in the directory."""
        row = self._conn.execute("SELECT given FROM signins WHERE id = ?", [signed.id]).fetchone()
        typed = json.loads(row[0]) if row and row[0] else {"first_name": signed.given_first_name}
        answers = {k: str(v) for k, v in typed.items() if k in DIRECTORY_FIELDS}
        answers |= signed.answers
        if ticked := SignInGroups(self._conn).ticked(signed.id):  # as the form names them now
            offer = self.settings(signed.meeting_id).form.groups
            answers |= {group_field(n): g for n, g in enumerate(offer, 1) if g in ticked}
        consents = frozenset(
            r[0]
            for r in self._conn.execute("SELECT key FROM consents WHERE signin_id = ?", [signed.id])
        )
        return {k: v for k, v in answers.items() if v}, consents

    def correct(self, signed: SignedIn, submission: Submission, now_ms: int) -> SignedIn:
        """The person fixed their answers (within the edit window, checked by the caller)."""
        with transaction(self._conn):
            theirs = self._created_person(signed.id)
            if theirs:
                # What the form asks is theirs to change, a blank included; what it does not
                # ask (an organizer's addition, a field since taken off the form) stays.
                people = PeopleStore(self._conn)
                current = people.get(signed.person_id)
                given = submission.directory()
                changed: dict[str, Any] = {
                    name: given.get(name, "")
                    for name in DIRECTORY_FIELDS
                    if submission.asked_for(name)
                }
                people.update(replace(current, **changed))
            else:  # someone else's record: what the fix adds waits for the organizer
                NewDetailsStore(self._conn).keep(
                    signed.id, signed.person_id, submission.directory()
                )
            self._conn.execute(
                "UPDATE signins SET answers = ?, first_name = ?, given = ? WHERE id = ?",
                [
                    json.dumps(submission.extra(), ensure_ascii=False),
                    submission.answers.get("first_name", ""),
                    json.dumps(submission.directory(), ensure_ascii=False),
                    signed.id,
                ],
            )
            SignInConsents(self._conn).save(
                signed.id, submission.consents, signed.language, now_ms, matched=not theirs
            )
            SignInGroups(self._conn).save(
                signed.id, submission.groups, _day(now_ms), matched=not theirs
            )
        updated = self._by("s.id = ?", [signed.id])
        assert updated is not None
        return updated

    def names_withheld(
        self, meeting_id: int, people: Collection[int] | None = None
    ) -> frozenset[int]:
        """The people who signed in to the meeting on a form that asked whether their first
        name may be shown to the other attendees, and did not allow it at every sign-in: one
        made under someone else's name and number must not show what they declined, nor
        allow what they never did (a consent waiting for the organizer: signin_consents).
        Of `people` only, if given (the floor reads again only who signed in)."""
        row = self._conn.execute(
            "SELECT consents FROM signin_settings WHERE meeting_id = ?", [meeting_id]
        ).fetchone()
        if row is None or "show_name" not in json.loads(row[0]):
            return frozenset()
        where = "s.meeting_id = ?"
        args: list[object] = [meeting_id]
        if people is not None:  # "+": found by person, not by scanning the meeting's sign-ins
            where = "+s.meeting_id = ? AND s.person_id IN (SELECT value FROM json_each(?))"
            args.append(json.dumps(sorted(people)))
        rows = self._conn.execute(
            f"SELECT DISTINCT s.person_id FROM signins s WHERE {where} AND NOT EXISTS"
            " (SELECT 1 FROM consents c WHERE c.signin_id = s.id AND c.key = 'show_name'"
            " AND c.waiting = 0)",
            args,
        )
        return frozenset(r[0] for r in rows)

    def withdraw(self, signed: SignedIn, now_ms: int | None = None) -> None:
        """Take the sign-in back, and only it: its row, answers and consents, what it ticked
        and the commitments it made (one that another of the person's sign-ins ticked too
        passes to that one). The person stays present while anything else keeps them so
        (another sign-in, a mark on the laptop, the stack). A person it created, with
        nothing else on record, is forgotten, and their duplicate flags with them."""
        self.withdraw_all([signed], now_ms)

    def withdraw_all(self, signins: Collection[SignedIn], now_ms: int | None = None) -> None:
        """Take back each of `signins` (`withdraw`) together: a phone's sign-ins at a meeting
        (`owned`), one of which created the person another was then matched to."""
        created = [s.person_id for s in signins if self._created_person(s.id)]
        with transaction(self._conn):
            for signed in signins:
                SignInCommitments(self._conn).take_back(signed.id, now_ms)
                self._conn.execute("DELETE FROM signins WHERE id = ?", [signed.id])
                self._leave(signed.meeting_id, signed.person_id)
        for person_id in dict.fromkeys(created):
            if not self._has_other_records(person_id):
                PeopleStore(self._conn).forget(person_id)

    def forget_what_was_typed(self, now_ms: int) -> None:
        """The directory answers typed on sign-ins that can no longer be fixed are not kept
        beside the directory: only their first name stays, for the greeting."""
        self._conn.execute(
            "UPDATE signins SET given = NULL WHERE given IS NOT NULL AND submitted_ms < ?",
            [now_ms - EDIT_WINDOW_MS],
        )

    def state(self, meeting_id: int, token: str | None = None) -> SignInState:
        """Whether the meeting's sign-in is open, ended, or closed for good: the meeting
        purged or gone, or its link no longer `token` (a new link, or a new meeting given a
        deleted one's id, which has a link of its own)."""
        row = self._conn.execute(
            "SELECT m.purged_at, s.token, r.ended_ms FROM meetings m"
            " LEFT JOIN signin_settings s ON s.meeting_id = m.id"
            " LEFT JOIN agenda_runs r ON r.meeting_id = m.id WHERE m.id = ?",
            [meeting_id],
        ).fetchone()
        if row is None or row[0] is not None:
            return SignInState.CLOSED
        if token is not None and (row[1] is None or not secrets.compare_digest(row[1], token)):
            return SignInState.CLOSED
        return SignInState.OPEN if row[2] is None else SignInState.ENDED

    def signed_in(self, meeting_id: int) -> list[SignedIn]:
        return self._all("s.meeting_id = ? ORDER BY s.submitted_ms, s.id", [meeting_id])

    def signed_in_by(
        self, meeting_id: int, people: Collection[int], signins: Collection[int] = ()
    ) -> list[SignedIn]:
        """The meeting's sign-ins made by `people`, or by whoever made the sign-ins
        `signins` (ids): as `signed_in` lists them, of those people only."""
        # "+": found by person, not by scanning the meeting's (thousands of) sign-ins
        return self._all(
            "+s.meeting_id = ? AND s.person_id IN (SELECT value FROM json_each(?)"
            " UNION SELECT person_id FROM signins WHERE id IN (SELECT value FROM json_each(?)))"
            " ORDER BY s.submitted_ms, s.id",
            [meeting_id, json.dumps(sorted(people)), json.dumps(sorted(signins))],
        )

    # Possible duplicates

    def flags(self, meeting_id: int) -> list[DuplicateFlag]:
        return DuplicateStore(self._conn).flags(meeting_id)

    def dismiss(self, flag_id: int) -> None:
        """They are different people (a family sharing an email, two Marias)."""
        DuplicateStore(self._conn).dismiss(flag_id)

    def merge(self, flag: DuplicateFlag, take: Collection[str] = ()) -> None:
        """They are the same person: keep the existing record, with the fields named in
        `take` from the new one, and move the new one's records into it."""
        DuplicateStore(self._conn).merge(flag, take)

    # Internals

    def _candidates(self, submission: Submission) -> list[Candidate]:
        answers = submission.answers
        email = answers.get("email", "")
        phone = phone_key(answers.get("phone", ""))
        # The full name as match_person compares it: "Maryann Obrien" finds Mary-Ann O'Brien.
        full = full_name_key(answers.get("first_name", ""), answers.get("last_name", ""))
        # Three index lookups (an OR of them would scan the whole directory: 9 ms at 100,000
        # people, bench/signin_load.py --people).
        rows = self._conn.execute(
            "SELECT id, first_name, last_name, phone, email FROM people WHERE id IN ("
            " SELECT id FROM people WHERE email = ? AND email != ''"
            " UNION SELECT id FROM people WHERE phone_key = ? AND phone_key != ''"
            " UNION SELECT id FROM people WHERE name_key = ? AND name_key != '')"
            " ORDER BY id LIMIT 50",
            [email, phone, full],
        ).fetchall()
        return [Candidate(*r) for r in rows]

    def _created_person(self, signin_id: int) -> bool:
        """Whether the sign-in added its person to the directory, and is still theirs: a
        merge moves a sign-in to the record it duplicated, which it did not create (and must
        neither rewrite on "Fix my answers" nor forget when taken back)."""
        row = self._conn.execute(
            "SELECT created_person, created_id, person_id FROM signins WHERE id = ?", [signin_id]
        ).fetchone()
        return bool(row and row[0] and row[1] in (None, row[2]))

    def _leave(self, meeting_id: int, person_id: int) -> None:
        """A sign-in of the person was taken back. Present by a mark from the laptop or the
        stack, they stay so; present by a sign-in, they stay as of the earliest other sign-in
        left, or the stack; with neither, they are no longer present."""
        row = self._conn.execute(
            "SELECT source FROM attendance WHERE meeting_id = ? AND person_id = ?",
            [meeting_id, person_id],
        ).fetchone()
        if row is None or row[0] not in ("phone", "kiosk"):
            return
        kept = self._conn.execute(
            "SELECT submitted_ms, source FROM signins WHERE meeting_id = ? AND person_id = ?"
            " UNION ALL SELECT added_ms, 'stack' FROM stack_entries"
            " WHERE meeting_id = ? AND person_id = ? ORDER BY 1 LIMIT 1",
            [meeting_id, person_id, meeting_id, person_id],
        ).fetchone()
        if kept is None:
            self._conn.execute(
                "DELETE FROM attendance WHERE meeting_id = ? AND person_id = ?",
                [meeting_id, person_id],
            )
        else:
            self._conn.execute(
                "UPDATE attendance SET arrived_ms = ?, source = ? WHERE meeting_id = ?"
                " AND person_id = ?",
                [kept[0], kept[1], meeting_id, person_id],
            )

    def _has_other_records(self, person_id: int) -> bool:
        checks = (
            "SELECT 1 FROM signins WHERE person_id = ?",
            "SELECT 1 FROM attendance WHERE person_id = ?",
            "SELECT 1 FROM meeting_roles WHERE person_id = ?",
            "SELECT 1 FROM stack_entries WHERE person_id = ?",
            "SELECT 1 FROM commitments WHERE person_id = ?",  # from a card, say
        )
        return any(self._conn.execute(q, [person_id]).fetchone() for q in checks)

    def _by(self, where: str, args: list[object]) -> SignedIn | None:
        rows = self._all(where, args)
        return rows[0] if rows else None

    def _all(self, where: str, args: list[object]) -> list[SignedIn]:
        rows = self._conn.execute(
            "SELECT s.id, s.meeting_id, s.person_id, p.first_name, p.last_name, p.profession,"
            " s.submitted_ms, s.first_time, s.source, s.match, s.edit_key, s.language, s.answers,"
            " coalesce(s.first_name, p.first_name)"
            f" FROM signins s JOIN people p ON p.id = s.person_id WHERE {where}",
            args,
        ).fetchall()
        return [
            SignedIn(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5] or "",
                r[6],
                bool(r[7]),
                r[8],
                Match(r[9]),
                r[10],
                r[11] or "en",
                json.loads(r[12] or "{}"),
                r[13] or "",
            )
            for r in rows
        ]


def _saved_groups(text: str) -> tuple[str, ...]:
    """The groups a form offers, as signin_settings.offered_groups keeps them (m032)."""
    try:
        found = json.loads(text)
    except ValueError:
        return ()
    return offered_groups(g for g in found if isinstance(g, str)) if isinstance(found, list) else ()


def _day(now_ms: int) -> dt.date:
    """The local day of a moment: the meetings not yet ended on it follow a change of groups."""
    return dt.datetime.fromtimestamp(now_ms / 1000).date()


def _person(submission: Submission) -> Person:
    d = submission.directory()
    return Person(
        first_name=d.get("first_name", ""),
        last_name=d.get("last_name", ""),
        email=d.get("email", ""),
        phone=d.get("phone", ""),
        zip_code=d.get("zip_code", ""),
        profession=d.get("profession", ""),
        workplace=d.get("workplace", ""),
    )
