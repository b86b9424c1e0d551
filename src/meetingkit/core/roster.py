"""Importing a roster into the people directory: which column is which, and what each row does.

Columns are recognised by name, however the file spells them: an Action Network export
(`first_name`, `can2_phone`, `zip_code`), a member list (`Mobile`, `Cell Phone`, `Surname`,
`Worksite`), a sign-in sheet (`Name`). Case, spaces, underscores, hyphens and accents do not
matter. The person can change any column's field before importing.

Each row either adds a person, matches someone already there (or earlier in the file) and
fills in what their record lacks — never overwriting — or is skipped with a reason. A match
is the sign-in rule (core.signin.match_person): the same phone or email *and* the same first
name. A shared contact under another name (families share emails) is a new person, reported
as a possible duplicate for review, never merged on a guess.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from enum import StrEnum

from meetingkit.core.errors import ValidationError
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from meetingkit.core.person import Person, fold, phone_key
from meetingkit.core.roster_file import RosterFile
from meetingkit.core.signin import MAX_FIELD_LENGTH, Candidate, Match, Submission, match_person

IGNORE = ""
# The fields a column can fill, in the order the preview shows them (translated where shown).
FIELD_LABELS: dict[str, str] = {
    "first_name": QT_TRANSLATE_NOOP("Roster import", "First name"),
    "last_name": QT_TRANSLATE_NOOP("Roster import", "Last name"),
    "full_name": QT_TRANSLATE_NOOP("Roster import", "Full name (split)"),
    "email": QT_TRANSLATE_NOOP("Roster import", "Email"),
    "phone": QT_TRANSLATE_NOOP("Roster import", "Phone"),
    "zip_code": QT_TRANSLATE_NOOP("Roster import", "Zip code"),
    "profession": QT_TRANSLATE_NOOP("Roster import", "Profession / role"),
    "workplace": QT_TRANSLATE_NOOP("Roster import", "Workplace"),
    "notes": QT_TRANSLATE_NOOP("Roster import", "Notes"),
}
IMPORT_FIELDS = tuple(FIELD_LABELS)
# Several columns may fill one of these; their values are joined ("St. Mary's, 4 West").
_JOINED = ("profession", "workplace", "notes")
_ALIASES: dict[str, tuple[str, ...]] = {
    "first_name": ("firstname", "first", "givenname", "forename", "fname", "nombre"),
    "last_name": ("lastname", "last", "surname", "familyname", "lname", "apellido", "apellidos"),
    "full_name": ("name", "fullname", "membername", "displayname", "nombrecompleto"),
    "email": ("email", "emailaddress", "mail", "personalemail", "primaryemail", "correo"),
    "phone": (
        "phone",
        "phonenumber",
        "mobile",
        "mobilephone",
        "mobilenumber",
        "cell",
        "cellphone",
        "cellnumber",
        "telephone",
        "tel",
        "primaryphone",
        "telefono",
        "celular",
    ),
    "zip_code": ("zip", "zipcode", "zip5", "postcode", "postalcode", "codigopostal"),
    "profession": ("profession", "jobtitle", "job", "role", "occupation", "classification"),
    "workplace": ("workplace", "employer", "worksite", "unit", "facility", "department", "ward"),
    "notes": ("notes", "note", "comments", "comment"),
}
_BY_ALIAS = {alias: name for name, aliases in _ALIASES.items() for alias in aliases}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PERSON_FIELDS = tuple(f.name for f in fields(Person) if f.name != "id")


def normalize_header(text: str) -> str:
    """'E-mail Address' -> 'emailaddress'; Action Network's 'can2_phone' -> 'phone'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))
    return plain.removeprefix("can2") or plain


def guess_mapping(headers: Sequence[str]) -> tuple[str, ...]:
    """Each column's field by its name, IGNORE where unknown. Only the first column for a name
    field is taken (a second 'Name' column is more likely a contact's)."""
    mapping: list[str] = []
    for header in headers:
        field = _BY_ALIAS.get(normalize_header(header), IGNORE)
        if field in ("first_name", "last_name", "full_name", "email") and field in mapping:
            field = IGNORE
        mapping.append(field)
    return tuple(mapping)


def override_mapping(
    headers: Sequence[str], mapping: Sequence[str], overrides: Mapping[str, str]
) -> tuple[str, ...]:
    """`mapping` with columns (named as in the file, or by their normalized name) set to a
    field, or to "ignore"; a ValidationError for an unknown column or field."""
    result = list(mapping)
    normalized = [normalize_header(h) for h in headers]
    for column, field in overrides.items():
        name = field.strip().lower()
        name = IGNORE if name in ("ignore", "") else name
        if name and name not in IMPORT_FIELDS:
            raise ValidationError(
                fill(
                    translate("Roster import", "“%1” is not a field; use one of: %2, or ignore."),
                    field,
                    ", ".join(IMPORT_FIELDS),
                )
            )
        if column in headers:
            index = list(headers).index(column)
        elif normalize_header(column) in normalized:
            index = normalized.index(normalize_header(column))
        else:
            raise ValidationError(
                fill(
                    translate("Roster import", "The file has no column “%1”. Its columns are: %2."),
                    column,
                    ", ".join(headers),
                )
            )
        result[index] = name
    return tuple(result)


def mapping_by_header(headers: Sequence[str], mapping: Sequence[str]) -> dict[str, str]:
    """The mapped columns as {header: field}, for the import log and messages."""
    return {h: f for h, f in zip(headers, mapping, strict=True) if f}


@dataclass(frozen=True)
class RowReading:
    """What one row says, tidied: a person, or why it cannot be one."""

    line: int
    person: Person | None
    skip_reason: str = ""
    notes: tuple[str, ...] = ()  # values dropped, e.g. an email that is not one


def read_row(cells: Sequence[str], mapping: Sequence[str], line: int) -> RowReading:
    values: dict[str, list[str]] = {}
    for cell, field in zip(cells, mapping, strict=True):
        if field and cell:
            values.setdefault(field, []).append(cell)

    def one(name: str) -> str:
        found = values.get(name, [])
        limit = 4000 if name == "notes" else MAX_FIELD_LENGTH
        if name in _JOINED:
            return ", ".join(dict.fromkeys(found))[:limit]
        return found[0][:limit] if found else ""

    first, last = one("first_name"), one("last_name")
    full = one("full_name")
    if full and not (first or last):
        first, last = split_name(full)
    if not (first or last):
        return RowReading(line, None, translate("Roster import", "no name"))
    notes: list[str] = []
    email = one("email").lower()
    if email and not _EMAIL.match(email):
        notes.append(
            fill(translate("Roster import", "“%1” is not an email address; left out"), email)
        )
        email = ""
    phone = one("phone")
    if phone and not 7 <= len(phone_key(phone)) <= 15:
        notes.append(
            fill(translate("Roster import", "“%1” is not a phone number; left out"), phone)
        )
        phone = ""
    person = Person(
        first_name=first,
        last_name=last,
        email=email,
        phone=phone,
        zip_code=one("zip_code"),
        profession=one("profession"),
        workplace=one("workplace"),
        notes=one("notes"),
    )
    try:
        return RowReading(line, person.validated(), notes=tuple(notes))
    except ValidationError as e:
        return RowReading(line, None, str(e))


def split_name(full: str) -> tuple[str, str]:
    """'Garcia, Ana' -> ('Ana', 'Garcia'); 'Ana María García' -> ('Ana', 'María García').

    The first word is the first name, as people say it at the kiosk; the preview shows the
    result, and a file with separate name columns needs no guessing.
    """
    if "," in full:
        last, _, first = full.partition(",")
        return " ".join(first.split()), " ".join(last.split())
    first, _, last = " ".join(full.split()).partition(" ")
    return first, last


def fill_blanks(current: Person, incoming: Person) -> tuple[Person, tuple[str, ...]]:
    """`current` with the fields it lacks taken from `incoming`, and their names."""
    filled = {
        f: getattr(incoming, f)
        for f in _PERSON_FIELDS
        if getattr(incoming, f) and not getattr(current, f)
    }
    return replace(current, **filled), tuple(filled)


class ContactIndex:
    """Everyone who could match a row, found by email, phone digits or full name."""

    def __init__(self, candidates: Iterable[Candidate] = ()) -> None:
        self._by_key: dict[str, list[Candidate]] = {}
        for c in candidates:
            self.add(c)

    def add(self, c: Candidate) -> None:
        keys = {f"e:{c.email.lower()}" if c.email else "", f"p:{phone_key(c.phone)}"}
        keys.add(f"n:{fold(f'{c.first_name} {c.last_name}').strip()}")
        for key in keys - {"", "p:"}:
            self._by_key.setdefault(key, []).append(c)

    def candidates(self, person: Person) -> list[Candidate]:
        keys = (
            f"e:{person.email}" if person.email else "",
            f"p:{phone_key(person.phone)}" if person.phone else "",
            f"n:{person.sort_name}",
        )
        found = {c.person_id: c for key in keys if key for c in self._by_key.get(key, [])}
        return [found[k] for k in sorted(found, key=lambda i: (i < 0, abs(i)))]


class Action(StrEnum):
    NEW = "new"
    UPDATE = "update"  # someone already there (or earlier in the file): fills their blanks
    SKIP = "skip"


@dataclass(frozen=True)
class PlannedRow:
    line: int
    action: Action
    person: Person | None  # what the row says, tidied
    match_id: int | None = None  # UPDATE: a person id, or -line of an earlier row in the file
    reason: str = ""  # SKIP: why; NEW: set when it may duplicate someone
    notes: tuple[str, ...] = ()

    @property
    def possible_duplicate(self) -> bool:
        return self.action == Action.NEW and bool(self.reason)


@dataclass(frozen=True)
class ImportPlan:
    rows: tuple[PlannedRow, ...]
    new_people: tuple[Person, ...]  # to add, with later rows for the same person merged in
    updates: tuple[tuple[int, Person], ...]  # (existing id, a row's person to fill blanks from)

    def count(self, action: Action) -> int:
        return sum(r.action == action for r in self.rows)

    @property
    def added(self) -> int:
        """People the import adds (rows for one person, merged, count once)."""
        return len(self.new_people)

    @property
    def matched(self) -> int:
        """People already in the directory whose empty fields the import fills."""
        return len({person_id for person_id, _ in self.updates})

    @property
    def merged(self) -> int:
        """Rows that repeat a person earlier in the same file."""
        return sum(r.action == Action.UPDATE and (r.match_id or 0) < 0 for r in self.rows)

    @property
    def skipped(self) -> int:
        return self.count(Action.SKIP)

    @property
    def possible_duplicates(self) -> int:
        return sum(r.possible_duplicate for r in self.rows)

    def skip_reasons(self) -> Counter[str]:
        return Counter(r.reason for r in self.rows if r.action == Action.SKIP)


def plan_import(roster: RosterFile, mapping: Sequence[str], index: ContactIndex) -> ImportPlan:
    """What importing `roster` with `mapping` would do against the people in `index`."""
    if not any(f in mapping for f in ("first_name", "last_name", "full_name")):
        raise ValidationError(
            translate(
                "Roster import",
                "No column is set to hold names. Choose which column is the first name (or the "
                "full name).",
            )
        )
    rows: list[PlannedRow] = []
    pending: dict[int, Person] = {}  # -line -> a new person, merged with later rows
    updates: list[tuple[int, Person]] = []
    for cells, line in zip(roster.rows, roster.lines, strict=True):
        reading = read_row(cells, mapping, line)
        person = reading.person
        if person is None:
            rows.append(PlannedRow(line, Action.SKIP, None, reason=reading.skip_reason))
            continue
        answers = {
            "first_name": person.first_name,
            "last_name": person.last_name,
            "email": person.email,
            "phone": person.phone,
        }
        match, other = match_person(Submission(answers), index.candidates(person))
        if match == Match.RETURNING and other is not None:
            if other < 0:
                pending[other], _ = fill_blanks(pending[other], person)
            else:
                updates.append((other, person))
            rows.append(PlannedRow(line, Action.UPDATE, person, other, notes=reading.notes))
            continue
        reason = ""
        if match == Match.POSSIBLE_DUPLICATE:
            reason = translate(
                "Roster import", "shares a phone, email or full name with someone else: review it"
            )
        pending[-line] = person
        index.add(Candidate(-line, person.first_name, person.last_name, person.phone, person.email))
        rows.append(PlannedRow(line, Action.NEW, person, reason=reason, notes=reading.notes))
    return ImportPlan(tuple(rows), tuple(pending.values()), tuple(updates))
