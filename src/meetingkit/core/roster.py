"""Importing a roster into the people directory: which column is which, and what each row does.

Columns are recognised by name, however the file spells them: an Action Network export
(`first_name`, `can2_phone`, `zip_code`), a member list (`Mobile`, `Cell Phone`, `Surname`,
`Worksite`), a Spanish one (`Correo electrónico`, `Teléfono celular`, `Lugar de trabajo`), our
own paper sign-in sheet typed up (`Profession or role (e.g. RN, …)`, `Profesión u oficio`).
Case, spaces, underscores, hyphens, accents and a trailing hint in brackets do not matter. A
second column with the same name is ignored, like every column not recognised; the person can
change any column's field before importing.

Each row either adds a person, matches someone already there (or earlier in the file) and
fills in what their record lacks — never overwriting — or is skipped with a reason. A match
is the sign-in rule (core.signin.match_person): the same phone or email *and* the same first
name. A shared contact under another name (families share emails) is a new person, reported
as a possible duplicate for review, never merged on a guess. A row with neither phone nor email
whose full name is someone's already here who has neither either is not added again: nothing
could tell them apart, and importing the same list twice must not double it. Within the file
the rule is the same: such a row repeating an earlier row is that row's person.
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
from meetingkit.core.person import (
    Person,
    is_email,
    is_phone,
    name_key,
    name_words,
    phone_key,
    visible,
)
from meetingkit.core.roster_file import RosterFile
from meetingkit.core.signin import (
    CATALOGUE,
    DIRECTORY_FIELDS,
    MAX_FIELD_LENGTH,
    Candidate,
    Match,
    Submission,
    full_name_key,
    match_person,
)

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
# Notes columns: what they hold goes into the notes as it is; from any other column, under
# that column's name ("Shift: Night").
_NOTES = (
    "notes",
    "note",
    "comments",
    "comment",
    "notas",
    "nota",
    "comentarios",
    "comentario",
    "observaciones",
)
_ALIASES: dict[str, tuple[str, ...]] = {
    "first_name": (
        "firstname",
        "first",
        "givenname",
        "forename",
        "fname",
        "nombre",
        "nombres",
        "primernombre",
        "nombredepila",
    ),
    "last_name": (
        "lastname",
        "last",
        "surname",
        "familyname",
        "lname",
        "apellido",
        "apellidos",
        "primerapellido",
        "apellidopaterno",
    ),
    "full_name": (
        "name",
        "fullname",
        "membername",
        "displayname",
        "nombrecompleto",
        "nombreyapellido",
        "nombreyapellidos",
        "nombresyapellidos",
    ),
    "email": (
        "email",
        "emailaddress",
        "mail",
        "personalemail",
        "primaryemail",
        "correo",
        "correoe",
        "correoelectronico",
        "correopersonal",
        "emailpersonal",
        "direcciondecorreo",
        "direcciondecorreoelectronico",
    ),
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
        "personalphone",
        "telefono",
        "telefonocelular",
        "telefonomovil",
        "telefonopersonal",
        "numerodetelefono",
        "numerodecelular",
        "numerocelular",
        "celular",
        "cel",
        "movil",
        "whatsapp",
    ),
    "zip_code": ("zip", "zipcode", "zip5", "postcode", "postalcode", "codigopostal", "cp"),
    "profession": (
        "profession",
        "jobtitle",
        "job",
        "role",
        "occupation",
        "classification",
        "position",
        "profesion",
        "profesionuoficio",
        "oficio",
        "puesto",
        "puestodetrabajo",
        "ocupacion",
        "cargo",
        "rol",
        "especialidad",
    ),
    "workplace": (
        "workplace",
        "employer",
        "worksite",
        "unit",
        "facility",
        "department",
        "ward",
        "lugardetrabajo",
        "centrodetrabajo",
        "empleador",
        "empresa",
        "unidad",
        "sala",
        "departamento",
        "institucion",
    ),
    # A shift is no field of a person's: it goes into the notes, under its column's name.
    "notes": (*_NOTES, "shift", "turno"),
}
# Our own sign-in sheet and phone form, typed up into a spreadsheet: their questions, in
# each language, are column names too ("Profession or role (e.g. RN, CNA, pharmacist)").
_SIGNIN_FIELDS = {name: name for name in DIRECTORY_FIELDS} | {
    "unit": "workplace",
    "shift": "notes",
}
_HINT = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")  # "Phone (mobile)", "Email [optional]"
# Zero-width spaces, joiners and the byte-order mark: never part of an email or number. (In a
# name, core.person.visible keeps the joiners a script needs.)
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff]")
_EXTENSION = re.compile(
    r"\s*[,;]?\s*(?:ext(?:ension|ensión|n)?|x|anexo|int(?:erno)?|#)\s*[.:]?\s*(\d{1,6})\s*$",
    re.IGNORECASE,
)
# A number a spreadsheet showed in scientific notation and saved so: "3.12555E+09" (in Spanish
# "3,12555E+09"). Its last digits are gone.
_SHORTENED = re.compile(r"[+-]?\d+(?:[.,]\d+)?\s*[eE]\s*\+?\s*\d+")
_PERSON_FIELDS = tuple(f.name for f in fields(Person) if f.name != "id")
_NOTES_LIMIT = 4000
_PHONE_EXTENSION = QT_TRANSLATE_NOOP("Roster import", "Phone extension: %1")


def normalize_header(text: str) -> str:
    """'E-mail Address' -> 'emailaddress'; Action Network's 'can2_phone' -> 'phone'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))
    return plain.removeprefix("can2") or plain


def _aliases() -> dict[str, str]:
    by_alias = {alias: name for name, aliases in _ALIASES.items() for alias in aliases}
    for spec in CATALOGUE:
        if (field := _SIGNIN_FIELDS.get(spec.name)) is None:
            continue
        for label in spec.label.values():
            for written in (label, _HINT.sub("", label)):
                by_alias.setdefault(normalize_header(written), field)
    return by_alias


_BY_ALIAS = _aliases()


def field_for(header: str) -> str:
    """The field a column's name says it holds, or IGNORE: 'Correo electrónico' -> 'email',
    'Profession or role (e.g. RN, CNA, pharmacist)' -> 'profession'."""
    for written in (header, _HINT.sub("", header)):
        if field := _BY_ALIAS.get(normalize_header(written)):
            return field
    return IGNORE


def guess_mapping(headers: Sequence[str]) -> tuple[str, ...]:
    """Each column's field by its name, IGNORE where unknown. Only the first column for a name
    field is taken (a second 'Name' column is more likely a contact's), and only the first of
    columns with the same name. A 'Name' beside a 'Last name' and no first name is the first
    name (our sign-in sheet's 'Name (one is enough)' has a last name beside it too)."""
    mapping: list[str] = []
    seen: set[str] = set()
    for header in headers:
        normalized = normalize_header(header)
        field = IGNORE if normalized in seen else field_for(header)
        seen.add(normalized)
        if field in ("first_name", "last_name", "full_name", "email") and field in mapping:
            field = IGNORE
        mapping.append(field)
    if "last_name" in mapping and "first_name" not in mapping and "full_name" in mapping:
        mapping[mapping.index("full_name")] = "first_name"
    return tuple(mapping)


def ignored_columns(headers: Sequence[str], mapping: Sequence[str]) -> tuple[str, ...]:
    """The names of the columns nothing is imported from, in the file's order."""
    return tuple(h for h, f in zip(headers, mapping, strict=True) if not f)


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
        result[_column_index(headers, normalized, column, field)] = name
    return tuple(result)


def _column_index(
    headers: Sequence[str], normalized: Sequence[str], column: str, field: str
) -> int:
    """Where `column` is: a header as written, or normalized, or a column's number (1 is the
    first) when no header is called that. Two columns of that name must be told apart by
    number."""
    found = [i for i, h in enumerate(headers) if h == column] or [
        i for i, h in enumerate(normalized) if h == normalize_header(column)
    ]
    if len(found) == 1:
        return found[0]
    if found:
        numbers = [str(i + 1) for i in found]
        raise ValidationError(
            fill(
                translate(
                    "Roster import",
                    "The file has %1 columns called “%2” (columns %3). Name one by its"
                    " number instead, as in %4=%5.",
                ),
                str(len(found)),
                column,
                ", ".join(numbers),
                numbers[-1],
                field,
            )
        )
    if column.strip().isdigit() and 1 <= int(column) <= len(headers):
        return int(column) - 1
    raise ValidationError(
        fill(
            translate("Roster import", "The file has no column “%1”. Its columns are: %2."),
            column,
            ", ".join(headers),
        )
    )


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
    cut: tuple[str, ...] = ()  # the fields whose value was longer than they hold, so cut


def read_row(
    cells: Sequence[str], mapping: Sequence[str], line: int, headers: Sequence[str] = ()
) -> RowReading:
    """One row as a person. With the file's `headers`, a value put in the notes from a column
    that is not a notes column says which column it came from ("Shift: Night")."""
    values: dict[str, list[str]] = {}
    names = headers or ("",) * len(mapping)
    for cell, field, header in zip(cells, mapping, names, strict=True):
        if field and cell:
            labelled = field == "notes" and header and normalize_header(header) not in _NOTES
            values.setdefault(field, []).append(f"{header}: {cell}" if labelled else cell)
    cut: list[str] = []

    def one(name: str) -> str:
        found = values.get(name, [])
        limit = _NOTES_LIMIT if name == "notes" else MAX_FIELD_LENGTH
        value = ", ".join(dict.fromkeys(found)) if name in _JOINED else "".join(found[:1])
        if len(value) > limit:
            cut.append(name)
        return value[:limit]

    first, last = visible(one("first_name")), visible(one("last_name"))
    full = visible(one("full_name"))
    if full and not (first or last):
        first, last = split_name(full)
    if not (first or last):
        return RowReading(line, None, translate("Roster import", "no name"))
    notes: list[str] = []
    email = _INVISIBLE.sub("", one("email")).lower()
    if email and not is_email(email):
        notes.append(
            fill(translate("Roster import", "“%1” is not an email address; left out"), email)
        )
        email = ""
    phone, extension = split_extension(_text_prefix(_INVISIBLE.sub("", one("phone"))))
    if _SHORTENED.fullmatch(phone):
        notes.append(
            fill(
                translate(
                    "Roster import", "“%1” looks like a number your spreadsheet shortened; left out"
                ),
                phone,
            )
        )
        phone = extension = ""
    if phone and not is_phone(phone):
        notes.append(
            fill(translate("Roster import", "“%1” is not a phone number; left out"), phone)
        )
        phone = extension = ""
    more = [one("notes")]
    if extension:
        more.append(fill(translate("Roster import", _PHONE_EXTENSION), extension))
    person = Person(
        first_name=first,
        last_name=last,
        email=email,
        phone=phone,
        zip_code=_text_prefix(_INVISIBLE.sub("", one("zip_code"))),
        profession=one("profession"),
        workplace=one("workplace"),
        notes=", ".join(n for n in more if n),
    )
    try:
        return RowReading(line, person.validated(), notes=tuple(notes), cut=tuple(cut))
    except ValidationError as e:
        return RowReading(line, None, str(e))


def split_extension(phone: str) -> tuple[str, str]:
    """'(312) 555-0100 ext. 25' -> ('(312) 555-0100', '25'): the number people are known by,
    and the extension, which is no part of it. A number without one comes back whole."""
    found = _EXTENSION.search(phone)
    main = phone[: found.start()].strip() if found else phone
    if found is None or sum(c.isdigit() for c in main) < 7:
        return phone, ""
    return main, found.group(1)


def _text_prefix(value: str) -> str:
    """Without the apostrophe spreadsheets put before a number kept as text ('+1312…)."""
    return value.strip().removeprefix("'").strip()


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
    """Everyone who could match a row, found by email, phone digits or full name.

    Under each key only the first person is kept (people already here by id, then the file's
    rows by line), and under the first words of a longer first name the first person of each
    of the two such names that come first: that is all `match_person` needs to answer as it
    would with everyone under those keys, so a file of ten thousand rows sharing one name is
    matched in linear time.
    """

    def __init__(self, candidates: Iterable[Candidate] = ()) -> None:
        self._first: dict[tuple[str, ...], Candidate] = {}
        # (kind, contact, the first words of a first name) -> a longer first name beginning
        # so -> its first person; two names at most, those whose first person comes first
        self._longer: dict[tuple[str, ...], dict[tuple[str, ...], Candidate]] = {}
        for c in candidates:
            self.add(c)

    @staticmethod
    def _contacts(email: str, phone: str) -> list[tuple[str, str]]:
        pairs = (("email", email), ("phone", phone_key(phone)))
        return [(kind, value) for kind, value in pairs if value]

    @classmethod
    def _keys(
        cls, first_name: str, last_name: str, email: str, phone: str
    ) -> list[tuple[str, ...]]:
        first = name_key(first_name)  # as match_person compares first names
        keys: list[tuple[str, ...]] = [("name", full_name_key(first_name, last_name))]
        for contact in cls._contacts(email, phone):
            keys += [contact, (*contact, first)]
        return keys

    def add(self, c: Candidate) -> None:
        keys = self._keys(c.first_name, c.last_name, c.email.lower(), c.phone)
        if not (c.phone.strip() or c.email.strip()):
            keys.append(("no contact", full_name_key(c.first_name, c.last_name)))
        for key in keys:
            held = self._first.get(key)
            if held is None or _order(c) < _order(held):
                self._first[key] = c
        words = name_words(c.first_name)
        for contact in self._contacts(c.email.lower(), c.phone):
            for n in range(1, len(words)):
                names = self._longer.setdefault((*contact, " ".join(words[:n])), {})
                if words not in names or _order(c) < _order(names[words]):
                    names[words] = c
                if len(names) > 2:
                    del names[max(names, key=lambda name: _order(names[name]))]

    def candidates(self, person: Person) -> list[Candidate]:
        """The first person under each of `person`'s keys, in `match_person`'s order: the
        first who shares their email or phone, the first who also has their first name or
        its first words ("Maria" for "Maria José"), the first of each of two longer first
        names beginning with theirs, the first with their full name. Whoever it would choose
        among all, it chooses among these.
        """
        keys = self._keys(person.first_name, person.last_name, person.email, person.phone)
        words = name_words(person.first_name)
        contacts = self._contacts(person.email, person.phone)
        keys += [(*c, "".join(words[:n])) for c in contacts for n in range(1, len(words))]
        found = {c.person_id: c for key in keys if (c := self._first.get(key)) is not None}
        for contact in contacts:
            longer = self._longer.get((*contact, " ".join(words)), {})
            found.update((c.person_id, c) for c in longer.values())
        return sorted(found.values(), key=_order)

    def known_without_contact(self, person: Person) -> int | None:
        """The id of someone with `person`'s full name and, like `person`, neither phone nor
        email: someone already here, else an earlier row of the file (-line); None when there
        is nobody so."""
        if person.phone or person.email:
            return None
        known = self._first.get(("no contact", full_name_key(person.first_name, person.last_name)))
        return None if known is None else known.person_id


def _order(c: Candidate) -> tuple[bool, int]:
    """People already here by id, then the rows of the file (negative: -line) by line."""
    return c.person_id < 0, abs(c.person_id)


class Action(StrEnum):
    NEW = "new"
    UPDATE = "update"  # someone already there (or earlier in the file): fills their blanks
    SKIP = "skip"


@dataclass(frozen=True)
class PlannedRow:
    line: int
    action: Action
    person: Person | None  # what the row says, tidied
    # UPDATE: a person id, or -line of an earlier row in the file; SKIP: the person already
    # here by name, when neither they nor the row has a phone or email; NEW: whom it may
    # duplicate (a person id or -line), when it may
    match_id: int | None = None
    reason: str = ""  # SKIP: why; NEW: set when it may duplicate someone
    notes: tuple[str, ...] = ()
    cut: tuple[str, ...] = ()  # the fields whose value was too long, so cut

    @property
    def possible_duplicate(self) -> bool:
        return self.action == Action.NEW and bool(self.reason)

    @property
    def known_by_name(self) -> bool:
        """Skipped: someone already here has the same name, and neither has phone or email."""
        return self.action == Action.SKIP and self.match_id is not None


@dataclass(frozen=True)
class ImportPlan:
    rows: tuple[PlannedRow, ...]
    new_people: tuple[Person, ...]  # to add, with later rows for the same person merged in
    updates: tuple[tuple[int, Person], ...]  # (existing id, a row's person to fill blanks from)
    new_lines: tuple[int, ...] = ()  # the line of the row each of new_people comes from

    def possible_duplicate_pairs(self) -> list[tuple[int, int]]:
        """(the line of a new person's row, whom they may duplicate: a person id, or -line of
        an earlier row), for the review of possible duplicates."""
        return [(r.line, r.match_id or 0) for r in self.rows if r.possible_duplicate]

    def count(self, action: Action) -> int:
        return sum(r.action == action for r in self.rows)

    @property
    def added(self) -> int:
        """People the import adds (rows for one person, merged, count once)."""
        return len(self.new_people)

    @property
    def matched(self) -> int:
        """People already in the directory the rows matched: their empty fields are filled,
        if the rows have anything for them (services.roster_import counts which)."""
        return len({person_id for person_id, _ in self.updates})

    @property
    def merged(self) -> int:
        """Rows that repeat a person earlier in the same file."""
        return sum(r.action == Action.UPDATE and (r.match_id or 0) < 0 for r in self.rows)

    @property
    def skipped(self) -> int:
        return self.count(Action.SKIP)

    @property
    def known_by_name(self) -> int:
        """Rows skipped as someone already here by name, with no phone or email either side."""
        return sum(r.known_by_name for r in self.rows)

    @property
    def possible_duplicates(self) -> int:
        return sum(r.possible_duplicate for r in self.rows)

    @property
    def cut_values(self) -> int:
        """Values longer than their field holds, cut to fit."""
        return sum(len(r.cut) for r in self.rows)

    def skip_reasons(self) -> Counter[str]:
        return Counter(r.reason for r in self.rows if r.action == Action.SKIP)

    def describe(self, *, duplicates: bool = True) -> list[str]:
        """What a person should know beyond the counts, a sentence each: rows not added again
        by name, values cut, and (unless the caller says it its own way) possible duplicates.
        """
        said = [
            (_KNOWN_BY_NAME, self.known_by_name),
            (_CUT, self.cut_values),
            (_DUPLICATES if duplicates else ("", ""), self.possible_duplicates),
        ]
        return [
            fill(
                translate("Roster import", one if n == 1 else many),
                f"{n:,}",
                str(MAX_FIELD_LENGTH),
                f"{_NOTES_LIMIT:,}",
            )
            for (one, many), n in said
            if n and one
        ]


# The sentences of ImportPlan.describe, for one and for many (%1): %2 and %3 are the longest
# value a field and the notes hold.
_KNOWN_BY_NAME = (
    QT_TRANSLATE_NOOP(
        "Roster import",
        "1 row has the same name as someone already here, and neither has a phone or email: "
        "it is not added again.",
    ),
    QT_TRANSLATE_NOOP(
        "Roster import",
        "%1 rows have the same name as someone already here, and neither has a phone or email: "
        "they are not added again.",
    ),
)
_CUT = (
    QT_TRANSLATE_NOOP(
        "Roster import", "1 value was longer than %2 characters (%3 for notes) and was cut."
    ),
    QT_TRANSLATE_NOOP(
        "Roster import", "%1 values were longer than %2 characters (%3 for notes) and were cut."
    ),
)
_DUPLICATES = (
    QT_TRANSLATE_NOOP(
        "Roster import",
        "1 new person shares a phone, email or full name with someone already here or earlier "
        "in the file: added, not merged. Review them in People › Review possible duplicates.",
    ),
    QT_TRANSLATE_NOOP(
        "Roster import",
        "%1 new people share a phone, email or full name with someone already here or earlier "
        "in the file: added, not merged. Review them in People › Review possible duplicates.",
    ),
)


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
    known_reason = translate(
        "Roster import",
        "already here under the same name, and neither has a phone or email to tell them apart",
    )
    rows: list[PlannedRow] = []
    pending: dict[int, Person] = {}  # -line -> a new person, merged with later rows
    updates: list[tuple[int, Person]] = []
    for cells, line in zip(roster.rows, roster.lines, strict=True):
        reading = read_row(cells, mapping, line, roster.headers)
        person = reading.person
        if person is None:
            rows.append(PlannedRow(line, Action.SKIP, None, reason=reading.skip_reason))
            continue
        notes, cut = reading.notes, reading.cut
        if (known := index.known_without_contact(person)) is not None:
            if known < 0:  # the same as an earlier row: that row's person, as a second import
                pending[known], _ = fill_blanks(pending[known], person)
                rows.append(PlannedRow(line, Action.UPDATE, person, known, notes=notes, cut=cut))
            else:
                rows.append(PlannedRow(line, Action.SKIP, person, known, known_reason, notes, cut))
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
            rows.append(PlannedRow(line, Action.UPDATE, person, other, notes=notes, cut=cut))
            continue
        reason, duplicates = "", None
        if match == Match.POSSIBLE_DUPLICATE and other is not None:
            reason, duplicates = _may_duplicate(other), other
        pending[-line] = person
        index.add(Candidate(-line, person.first_name, person.last_name, person.phone, person.email))
        rows.append(PlannedRow(line, Action.NEW, person, duplicates, reason, notes=notes, cut=cut))
    new_lines = tuple(-key for key in pending)
    return ImportPlan(tuple(rows), tuple(pending.values()), tuple(updates), new_lines)


def _may_duplicate(other: int) -> str:
    """Why a new row is to be reviewed: whom it shares a phone, email or name with."""
    if other < 0:
        return fill(
            translate("Roster import", "shares a phone, email or full name with row %1: review it"),
            str(-other),
        )
    return translate(
        "Roster import", "shares a phone, email or full name with someone else: review it"
    )
