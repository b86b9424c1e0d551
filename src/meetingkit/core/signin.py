"""Signing in: the fields a meeting may ask, the consents, and how answers are checked.

Each field has a sensitivity (DOMAIN.md). Fields that reveal union activity (employer, unit,
shift, profession, employment and member status) are off unless the meeting turns them on;
health-related ones (access needs, childcare, diet) are asked only when needed and purged after.
Consents are separate, unticked by default, and stored with their exact wording. A meeting may
also offer self-identified groups (`FormSettings.groups`, the organizer's words), each an
unticked box: opt-in, and shown to the room only as totals (storage.signin_groups).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from meetingkit.core.errors import ValidationError
from meetingkit.core.person import (
    email_problem,
    fold,
    is_phone,
    name_key,
    name_words,
    phone_key,
    tidy,
    visible,
)

MAX_FIELD_LENGTH = 200
MAX_GROUP_LENGTH = 60  # a group offered on the form: "Spanish speaking", "Night shift"
MOST_GROUPS_OFFERED = 12  # checkboxes a phone's screen still reads at a glance
EDIT_WINDOW_MS = 15 * 60_000  # how long a person may fix or withdraw their sign-in
# The port sign-in is served on until another is chosen; then the last one used is offered
# again (storage.signin.SignInStore.last_served), so a poster and the app agree.
DEFAULT_PORT = 8765


class Sensitivity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"  # reveals union activity: off unless the meeting turns it on
    HEALTH = "health"  # health data: only when needed, purged after


class FieldKind(StrEnum):
    TEXT = "text"
    EMAIL = "email"
    PHONE = "phone"
    CHOICE = "choice"
    YES_NO = "yes_no"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: Mapping[str, str]  # language code -> label
    sensitivity: Sensitivity
    kind: FieldKind = FieldKind.TEXT
    choices: tuple[tuple[str, Mapping[str, str]], ...] = ()
    required: bool = False
    on_by_default: bool = False

    def label_in(self, language: str) -> str:
        return self.label.get(language) or self.label["en"]


def _en_es(en: str, es: str) -> dict[str, str]:
    return {"en": en, "es": es}


CATALOGUE: tuple[FieldSpec, ...] = (
    FieldSpec(
        "first_name",
        _en_es("Name (one is enough)", "Nombre (basta uno)"),
        Sensitivity.LOW,
        required=True,
        on_by_default=True,
    ),
    FieldSpec("last_name", _en_es("Last name", "Apellido"), Sensitivity.LOW, on_by_default=True),
    FieldSpec(
        "phone",
        _en_es("Mobile phone", "Teléfono celular"),
        Sensitivity.MEDIUM,
        FieldKind.PHONE,
        on_by_default=True,
    ),
    FieldSpec(
        "email",
        _en_es("Personal email", "Correo electrónico personal"),
        Sensitivity.MEDIUM,
        FieldKind.EMAIL,
        on_by_default=True,
    ),
    FieldSpec("zip_code", _en_es("Zip code", "Código postal"), Sensitivity.MEDIUM),
    FieldSpec(
        "first_time",
        _en_es("Is this your first time here?", "¿Es tu primera vez aquí?"),
        Sensitivity.LOW,
        FieldKind.YES_NO,
        on_by_default=True,
    ),
    FieldSpec(
        "heard_from",
        _en_es(
            "How did you hear about this, or who invited you?",
            "¿Cómo te enteraste, o quién te invitó?",
        ),
        Sensitivity.LOW,
    ),
    FieldSpec("language", _en_es("Preferred language", "Idioma preferido"), Sensitivity.LOW),
    FieldSpec(
        "interpretation",
        _en_es(
            "Do you need interpretation? Into which language?",
            "¿Necesitas interpretación? ¿A qué idioma?",
        ),
        Sensitivity.LOW,
    ),
    FieldSpec(
        "profession",
        _en_es(
            "Profession or role (e.g. RN, CNA, pharmacist)",
            "Profesión u oficio (p. ej., enfermera, CNA, farmacéutica)",
        ),
        Sensitivity.HIGH,
    ),
    FieldSpec(
        "workplace",
        _en_es("Employer or worksite", "Empleador o lugar de trabajo"),
        Sensitivity.HIGH,
    ),
    FieldSpec("unit", _en_es("Unit or ward", "Unidad o sala"), Sensitivity.HIGH),
    FieldSpec(
        "shift",
        _en_es("Shift", "Turno"),
        Sensitivity.HIGH,
        FieldKind.CHOICE,
        choices=(
            ("day", _en_es("Day", "Día")),
            ("evening", _en_es("Evening", "Tarde")),
            ("night", _en_es("Night", "Noche")),
            ("rotating", _en_es("Rotating", "Rotativo")),
        ),
    ),
    FieldSpec(
        "employment_status",
        _en_es("Employment status", "Situación laboral"),
        Sensitivity.HIGH,
        FieldKind.CHOICE,
        choices=(
            ("full_time", _en_es("Full time", "Tiempo completo")),
            ("part_time", _en_es("Part time", "Medio tiempo")),
            ("per_diem", _en_es("Per diem / agency", "Por día / agencia")),
            ("student", _en_es("Student", "Estudiante")),
        ),
    ),
    FieldSpec(
        "member_status",
        _en_es("Are you a union member?", "¿Eres miembro del sindicato?"),
        Sensitivity.HIGH,
        FieldKind.YES_NO,
    ),
    FieldSpec(
        "access_needs",
        _en_es(
            "Access needs we should know about", "Necesidades de accesibilidad que debamos conocer"
        ),
        Sensitivity.HEALTH,
    ),
    FieldSpec(
        "childcare",
        _en_es("Do you need childcare?", "¿Necesitas cuidado infantil?"),
        Sensitivity.HEALTH,
        FieldKind.YES_NO,
    ),
    FieldSpec("diet", _en_es("Dietary needs", "Necesidades alimentarias"), Sensitivity.HEALTH),
)
FIELDS: dict[str, FieldSpec] = {f.name: f for f in CATALOGUE}
# Answers that go into the person's directory record; the rest belong to this sign-in only.
DIRECTORY_FIELDS = (
    "first_name",
    "last_name",
    "email",
    "phone",
    "zip_code",
    "profession",
    "workplace",
)


@dataclass(frozen=True)
class ConsentSpec:
    key: str
    wording: Mapping[str, str]

    def wording_in(self, language: str) -> str:
        return self.wording.get(language) or self.wording["en"]


CONSENTS: tuple[ConsentSpec, ...] = (
    ConsentSpec(
        "contact_email",
        _en_es(
            "You may contact me by email about this group's work.",
            "Pueden contactarme por correo electrónico sobre el trabajo de este grupo.",
        ),
    ),
    ConsentSpec(
        "contact_text",
        _en_es(
            "You may text me about this group's work "
            "(up to 4 messages a month; reply STOP to stop).",
            "Pueden enviarme mensajes de texto sobre el trabajo de este grupo (hasta 4 al mes; "
            "puedo responder STOP para dejar de recibirlos).",
        ),
    ),
    ConsentSpec(
        "photo",
        _en_es(
            "You may take and share photos in which I can be seen.",
            "Pueden tomar y compartir fotos en las que se me vea.",
        ),
    ),
    ConsentSpec(
        "show_name",
        _en_es(
            "You may show my first name to other attendees (for example on the projector).",
            "Pueden mostrar mi nombre a otras personas asistentes (por ejemplo, en el proyector).",
        ),
    ),
)
CONSENT_KEYS = tuple(c.key for c in CONSENTS)


@dataclass(frozen=True)
class FormSettings:
    """What one meeting's sign-in form asks."""

    fields: tuple[str, ...] = tuple(f.name for f in CATALOGUE if f.on_by_default)
    consents: tuple[str, ...] = CONSENT_KEYS
    # Self-identified groups a person may tick (the organizer's words, `offered_groups`):
    # each an unticked box, stored as the groups the person gives (person_categories)
    groups: tuple[str, ...] = ()
    # The smallest group the room's screens and reports show (the meeting's floor setting,
    # FloorSettings.min_group_size): what the form promises. Read, never saved with the form.
    group_floor: int = 3

    def specs(self) -> list[FieldSpec]:
        return [FIELDS[name] for name in self.fields if name in FIELDS]


@dataclass(frozen=True)
class Submission:
    """A checked sign-in: every answer trimmed and within limits; consents as given."""

    answers: Mapping[str, str]
    consents: frozenset[str] = field(default_factory=frozenset)
    # The fields the form asked for (an answer left blank is not in `answers`); empty: not
    # known, every directory field counts as asked
    asked: frozenset[str] = field(default_factory=frozenset)
    # The offered groups the person ticked (only ever some of FormSettings.groups)
    groups: frozenset[str] = field(default_factory=frozenset)

    def asked_for(self, name: str) -> bool:
        return not self.asked or name in self.asked

    def directory(self) -> dict[str, str]:
        return {k: v for k, v in self.answers.items() if k in DIRECTORY_FIELDS}

    def extra(self) -> dict[str, str]:
        return {k: v for k, v in self.answers.items() if k not in DIRECTORY_FIELDS}


class FormError(ValidationError):
    """Per-field messages, to show beside each field on the form."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        super().__init__("; ".join(errors.values()))
        self.errors = dict(errors)


# What a form or the kiosk says about an answer it cannot take, in the form's language: the
# phone pages are served from the server's thread, in the phone's language, without Qt.
_ERRORS: dict[str, dict[str, str]] = {
    "en": {
        "name": "Please give a name.",
        "email_space": "This email address has a space in it. Take the space out.",
        "email_at": "This email address is not complete: it needs a name, one @ and a domain, "
        "like ana@example.org.",
        "email_domain": "This email address is not complete: after the @ it needs a domain "
        "with a dot, like gmail.com.",
        "phone": "This phone number does not look right.",
    },
    "es": {
        "name": "Escribe tu nombre.",
        "email_space": "Este correo tiene un espacio. Quítalo.",
        "email_at": "Este correo no está completo: lleva un nombre, una sola @ y un dominio, "
        "como ana@example.org.",
        "email_domain": "Este correo no está completo: después de la @ va un dominio con punto, "
        "como gmail.com.",
        "phone": "Este número no parece válido.",
    },
}


def error_in(key: str, language: str) -> str:
    """The message for a missing name ("name"), a wrong "phone", or an email address with
    a space ("email_space"), without its @ and a name either side ("email_at"), or without
    a domain with a dot ("email_domain"): `EmailProblem`, said in plain words."""
    return _ERRORS.get(language, _ERRORS["en"])[key]


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def check_submission(
    form: Mapping[str, str], settings: FormSettings, language: str = "en"
) -> Submission:
    """Check a posted form against the meeting's fields; unknown fields are ignored.

    Text is stored as typed (escaping is the job of whatever displays it), minus control and
    invisible characters and surrounding space (core.person.tidy, as everywhere people are
    typed in), and cut at MAX_FIELD_LENGTH.
    """
    errors: dict[str, str] = {}
    answers: dict[str, str] = {}
    for spec in settings.specs():
        raw = form.get(spec.name, "")
        value = tidy(_CONTROL.sub("", raw))[:MAX_FIELD_LENGTH]
        if spec.required and not value:
            errors[spec.name] = error_in("name", language)
            continue
        if not value:
            continue
        if spec.kind == FieldKind.EMAIL:
            value = value.lower()
            if problem := email_problem(value):
                errors[spec.name] = error_in(f"email_{problem}", language)
                continue
        elif spec.kind == FieldKind.PHONE:
            if not is_phone(value):
                errors[spec.name] = error_in("phone", language)
                continue
        elif spec.kind == FieldKind.YES_NO:
            if value not in ("yes", "no"):
                continue
        elif spec.kind == FieldKind.CHOICE and value not in {c for c, _ in spec.choices}:
            continue
        answers[spec.name] = value
    if errors:
        raise FormError(errors)
    consents = frozenset(k for k in settings.consents if form.get(f"consent_{k}") == "yes")
    asked = frozenset(spec.name for spec in settings.specs())
    return Submission(answers, consents, asked, ticked_groups(form, settings.groups))


# Self-identified groups: the organizer offers some (Sign-in > Form fields), a person ticks
# those that fit them. Each is a box of its own, posted as group_1, group_2… with the group's
# own name as its value, so a form loaded before the organizer changed the offer still ticks
# the group its reader saw, never the one now in its place.


def group_field(n: int) -> str:
    """The form field of the `n`th offered group (from 1)."""
    return f"group_{n}"


def ticked_groups(form: Mapping[str, str], offered: Collection[str]) -> frozenset[str]:
    """The offered groups a posted form ticks. A group not offered (now), however it was
    posted, is ignored: nobody adds a group to the meeting from a phone."""
    offer = set(offered)
    return frozenset(
        value
        for key, value in form.items()
        if key.startswith("group_") and key[6:].isdigit() and value in offer
    )


def offered_groups(names: Iterable[str]) -> tuple[str, ...]:
    """The groups a form offers, tidy (`distinct_groups`), at most MOST_GROUPS_OFFERED."""
    return distinct_groups(names)[:MOST_GROUPS_OFFERED]


def distinct_groups(names: Iterable[str]) -> tuple[str, ...]:
    """`names` tidy: spaces as one, invisible characters out, each at most MAX_GROUP_LENGTH,
    the same group (in any case or accents) once, blanks left out, in the order given."""
    kept: list[str] = []
    seen: set[str] = set()
    for name in names:
        tidied = tidy(_CONTROL.sub("", name))[:MAX_GROUP_LENGTH].strip()
        key = fold_name(tidied)
        if key and key not in seen:
            seen.add(key)
            kept.append(tidied)
    return tuple(kept)


# What the form says above the groups, in the form's language: the phone form and the kiosk
# say the same (`{n}`: the meeting's smallest group shown).
_GROUP_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "legend": "Groups you belong to",
        "note": "Optional: tick only what you want counted. The room's screens and the reports "
        "show groups only as totals, and only with {n} or more people; the organizers can see "
        "your answer.",
    },
    "es": {
        "legend": "Grupos a los que perteneces",
        "note": "Opcional: marca solo lo que quieras que se cuente. Las pantallas de la sala y "
        "los informes muestran los grupos solo como totales, y solo con {n} personas o más; "
        "quienes organizan pueden ver tu respuesta.",
    },
}


def groups_legend(language: str) -> str:
    return _GROUP_WORDS.get(language, _GROUP_WORDS["en"])["legend"]


def groups_note(language: str, floor: int) -> str:
    """The one line under the groups: optional, and shown only as totals of `floor` or more."""
    return _GROUP_WORDS.get(language, _GROUP_WORDS["en"])["note"].format(n=floor)


def fold_name(text: str) -> str:
    return " ".join(fold(visible(text)).split())


def same_first_name(typed: str, stored: str) -> bool:
    """The same first name, however accented, capitalised, spaced or punctuated: "maria
    jose" is "María José" and "María-José", "maryann" is "Mary-Ann", "dangelo" "D'Angelo"
    (core.person.name_key)."""
    return name_key(typed) == name_key(stored)


def first_names_agree(typed: str, stored: str) -> bool:
    """The same first name, or one is the other's first whole words: "Maria" and "María
    José", "Juan Carlos" and "Juan" agree; "Mar" and "Maria", or "José" and "María José",
    do not. People with two first names often give one (the form says one is enough)."""
    return same_first_name(typed, stored) or _begin_alike(name_words(typed), name_words(stored))


def _begin_alike(mine: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    shorter = min(len(mine), len(theirs))
    return shorter > 0 and mine[:shorter] == theirs[:shorter]


def full_name_key(first_name: str, last_name: str) -> str:
    """A full name as names are compared (core.person.name_key): 'Ana  GARCÍA' and 'ana
    garcia' are one, as are "Mary-Ann O'Brien" and 'Maryann Obrien', whichever part of it
    is the first name and which the last (a roster's split "Full name")."""
    return name_key(f"{first_name} {last_name}")


def two_names(first_name: str, last_name: str) -> bool:
    """Whether a full name has more than one word (spaces apart): a first name alone is too
    common to flag anyone by."""
    return " " in fold_name(f"{first_name} {last_name}")


class Match(StrEnum):
    NEW = "new"  # nobody like them: a new person
    RETURNING = "returning"  # same phone or email and the same first name: the same person
    POSSIBLE_DUPLICATE = "possible_duplicate"  # shares a contact or a full name: review it


@dataclass(frozen=True)
class Candidate:
    person_id: int
    first_name: str
    last_name: str
    phone: str
    email: str


def match_person(submission: Submission, candidates: list[Candidate]) -> tuple[Match, int | None]:
    """Recognise a returning person, or flag a possible duplicate; never merge on a guess.

    Same normalised phone or lowercase email *and* the same first name: the same person.
    Names compare folded, with or without the apostrophes, hyphens and spaces inside them
    (core.person.name_key: "Maryann" is Mary-Ann, "Aoife Obrien" Aoife O'Brien).
    Failing that, a first name that agrees with theirs (`first_names_agree`: "Maria" for
    "Maria José", as the form says one name is enough) is the same person too, when all who
    share the contact and agree so have one first name between them: "Maria" with a phone
    that Maria José and Maria Luisa share is not guessed between.
    Same contact but another name (families share emails and phones), or the same full name
    without a shared contact: a new person, flagged for review against the other.
    """
    answers = submission.answers
    phone = phone_key(answers.get("phone", ""))
    email = answers.get("email", "")
    first = name_words(answers.get("first_name", ""))
    first_key = "".join(first)  # core.person.name_key
    full = full_name_key(answers.get("first_name", ""), answers.get("last_name", ""))
    named = two_names(answers.get("first_name", ""), answers.get("last_name", ""))
    flagged: int | None = None
    agreeing: dict[tuple[str, ...], int] = {}  # each agreeing first name -> its first person
    for c in candidates:
        shares_contact = bool(
            (phone and phone_key(c.phone) == phone) or (email and c.email.lower() == email)
        )
        if shares_contact:
            theirs = name_words(c.first_name)
            if "".join(theirs) == first_key:  # "Maryann" is Mary-Ann
                return Match.RETURNING, c.person_id
            if _begin_alike(first, theirs):
                agreeing.setdefault(theirs, c.person_id)
        if flagged is None and (
            shares_contact or (named and full_name_key(c.first_name, c.last_name) == full)
        ):
            flagged = c.person_id  # names are folded only until the first is found
    if len(agreeing) == 1:
        return Match.RETURNING, next(iter(agreeing.values()))
    if flagged is not None:
        return Match.POSSIBLE_DUPLICATE, flagged
    return Match.NEW, None


_PHRASE_WORDS = (
    "amber",
    "apple",
    "arch",
    "aspen",
    "badge",
    "basil",
    "beacon",
    "birch",
    "bloom",
    "brook",
    "cedar",
    "clover",
    "comet",
    "coral",
    "crane",
    "daisy",
    "delta",
    "dune",
    "elm",
    "ember",
    "fern",
    "field",
    "finch",
    "flint",
    "forest",
    "garden",
    "glade",
    "harbor",
    "hazel",
    "heron",
    "iris",
    "ivy",
    "jade",
    "juniper",
    "kite",
    "lake",
    "lark",
    "laurel",
    "lemon",
    "lilac",
    "linen",
    "lotus",
    "maple",
    "marsh",
    "meadow",
    "mint",
    "moss",
    "nectar",
    "north",
    "oak",
    "olive",
    "opal",
    "orchid",
    "otter",
    "palm",
    "pearl",
    "pine",
    "plum",
    "poppy",
    "prairie",
    "quartz",
    "quill",
    "rain",
    "raven",
    "reed",
    "ridge",
    "river",
    "robin",
    "rose",
    "sage",
    "salt",
    "sand",
    "shell",
    "sky",
    "slate",
    "spruce",
    "star",
    "stone",
    "summit",
    "swift",
    "thistle",
    "thyme",
    "tide",
    "tulip",
    "valley",
    "violet",
    "willow",
    "wind",
    "wren",
    "yarrow",
)


def verification_phrase(randbelow: Callable[[int], int]) -> str:
    """Three words shown on the projector and on the form, so a swapped QR code is noticed."""
    return "-".join(_PHRASE_WORDS[randbelow(len(_PHRASE_WORDS))] for _ in range(3))


def signin_url(host: str, port: int, token: str) -> str:
    """The link phones open for a meeting's form: the laptop's address, its port unless that
    is 80 (which a browser assumes, and which would only clutter the poster), and the token.
    An IPv6 address is put in brackets, as a link needs it to tell the address from the port."""
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    where = host if port == 80 else f"{host}:{port}"
    return f"http://{where}/s/{token}"


def this_laptop_only(url: str) -> bool:
    """Whether `url` is served on this laptop's own loopback address (127.0.0.1, chosen when
    it has no network): no phone can open it."""
    from ipaddress import ip_address
    from urllib.parse import urlsplit

    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ip_address(host).is_loopback
    except ValueError:
        return False
