"""A person in the organizers' directory, across meetings.

One name is enough: many people give only a first name, and that is their right.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum

from meetingkit.core.errors import ValidationError
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, fill, installs, translate

# Professions seen in health-worker organizing, offered as suggestions; any text is allowed.
PROFESSIONS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("People", "Registered nurse (RN)"),
    QT_TRANSLATE_NOOP("People", "Licensed practical nurse (LPN)"),
    QT_TRANSLATE_NOOP("People", "Nurse practitioner (NP)"),
    QT_TRANSLATE_NOOP("People", "Physician (MD/DO)"),
    QT_TRANSLATE_NOOP("People", "Resident physician"),
    QT_TRANSLATE_NOOP("People", "Physician assistant (PA)"),
    QT_TRANSLATE_NOOP("People", "Physical therapist (PT)"),
    QT_TRANSLATE_NOOP("People", "Occupational therapist (OT)"),
    QT_TRANSLATE_NOOP("People", "Speech-language pathologist (SLP)"),
    QT_TRANSLATE_NOOP("People", "Respiratory therapist (RT)"),
    QT_TRANSLATE_NOOP("People", "Social worker (SW)"),
    QT_TRANSLATE_NOOP("People", "Pharmacist"),
    QT_TRANSLATE_NOOP("People", "Pharmacy technician"),
    QT_TRANSLATE_NOOP("People", "Certified nursing assistant (CNA)"),
    QT_TRANSLATE_NOOP("People", "Home health aide"),
    QT_TRANSLATE_NOOP("People", "Medical assistant (MA)"),
    QT_TRANSLATE_NOOP("People", "Environmental services (EVS)"),
    QT_TRANSLATE_NOOP("People", "Patient care technician"),
    QT_TRANSLATE_NOOP("People", "Lab technician"),
    QT_TRANSLATE_NOOP("People", "Student"),
)


def profession_suggestions() -> list[str]:
    """The professions offered when typing one, in the app's language."""
    return [translate("People", p) for p in PROFESSIONS]


_SHORT_FORM = re.compile(r"\(([^()]+)\)$")  # "Registered nurse (RN)" -> "RN"


_GENDERED = re.compile(r"(\w+)/(as|os|a|o)\b")  # "Farmacéutica/o", "Trabajador/a"


def canonical_profession(text: str) -> str:
    """One of the suggested professions written as the suggestions write it, when `text` names
    it in any language meetingkit speaks, by its full name, its name without the short form,
    the short form, or (in Spanish) one gender's form: "RN", "rn", "Registered Nurse",
    "enfermero registrado" -> "Registered nurse (RN)"; "MD" or "DO" -> "Physician (MD/DO)";
    "farmacéutica" -> "Pharmacist". So people who typed "RN", or signed in on the Spanish phone
    form, are counted with those who picked "Registered nurse (RN)". Any other text comes back
    as typed, its spaces tidied."""
    tidy = " ".join(text.split())
    return _known_professions(installs()).get(fold(tidy), tidy) if tidy else tidy


@functools.lru_cache(maxsize=2)
def _known_professions(_installs: int) -> dict[str, str]:
    """Every way of naming a suggested profession, folded, to how the suggestions write it;
    built once per translator installed (a report asks for it once per person)."""
    known: dict[str, str] = {}
    for source in PROFESSIONS:
        shown = translate("People", source)
        # The phone form is bilingual, so one room's data mixes languages.
        for written in (shown, source, *_in_other_languages(source)):
            for name in _names_of(written):
                known.setdefault(fold(name.strip()), shown)
    return known


def _in_other_languages(source: str) -> list[str]:
    from meetingkit.core.i18n import speaking
    from meetingkit.core.settings import LANGUAGES

    written = []
    for code in LANGUAGES:
        if code in ("system", "en"):
            continue
        with speaking(code) as spoken:
            if spoken:
                written.append(translate("People", source))
    return written


def _names_of(written: str) -> list[str]:
    """ "Enfermera/o registrada/o (RN)" -> itself, without the short form, "RN", and each
    gender's form with and without it: "enfermera registrada", "enfermero registrado (RN)"…"""
    names = [written]
    short = _SHORT_FORM.search(written)
    if short:
        names += [written[: short.start()], short.group(1), *short.group(1).split("/")]
    for name in list(names):
        if _GENDERED.search(name):
            names.append(_GENDERED.sub(lambda m: m.group(1), name))
            names.append(_GENDERED.sub(_other_gender, name))
    return names


def _other_gender(m: re.Match[str]) -> str:
    """ "Farmacéutica/o" -> "Farmacéutico"; "Trabajador/a" -> "Trabajadora"."""
    word, ending = m.group(1), m.group(2)
    for written_ending in ("as", "os", "a", "o"):
        if word.endswith(written_ending) and len(written_ending) == len(ending):
            return word[: -len(ending)] + ending
    return word + ending


@dataclass(frozen=True)
class Person:
    first_name: str
    last_name: str = ""
    email: str = ""
    phone: str = ""
    zip_code: str = ""
    profession: str = ""
    workplace: str = ""
    notes: str = ""
    id: int | None = None

    @property
    def key(self) -> int:
        """The saved id. Asking an unsaved person for it is a programming error."""
        if self.id is None:
            raise ValueError(f"person {self.first_name!r} has not been saved")
        return self.id

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def sort_name(self) -> str:
        """The key people are listed by: case and accents ignored, so María sorts by Mario."""
        return fold(self.display_name)

    @property
    def spelled(self) -> str:
        """What the search index holds beside the record's words, for search to find them as
        typed on any keyboard: the words of the name, profession and workplace typed without
        their letters (`spelled`: 'lukasz' for Łukasz), and the words of each name typed
        without the spaces, hyphens and apostrophes between them, or of a workplace or
        profession without a hyphen or apostrophe (`run_together`: 'obrien' for O'Brien,
        'maryann' for Mary-Ann, 'delacruz' and 'lacruz' for De la Cruz, 'marys' for St.
        Mary's)."""
        words = spelled(f"{self.first_name} {self.last_name} {self.profession} {self.workplace}")
        joined = [
            *run_together(self.first_name),
            *run_together(self.last_name),
            *run_together(self.profession, spaces=False),
            *run_together(self.workplace, spaces=False),
        ]
        return " ".join(dict.fromkeys(w for w in (*words.split(), *joined) if w))

    @property
    def name_key(self) -> str:
        """The full name as people are told apart by it (`name_key`)."""
        return name_key(self.display_name)

    @property
    def initials(self) -> str:
        """Projector-safe: 'Maria José Alvarez' -> 'M. A.'."""
        parts = [self.first_name, self.last_name]
        return " ".join(f"{p.strip()[0]}." for p in parts if p.strip())

    def validated(self) -> Person:
        """A tidy copy (whitespace trimmed, email lowercased), or `ValidationError`."""

        first, last = tidy(self.first_name), tidy(self.last_name)
        if not first:
            if not last:
                raise ValidationError(translate("People", "A person needs at least one name."))
            first, last = last, ""
        email = tidy(self.email).lower()
        if email and ("@" not in email or " " in email):  # what a record was ever saved with
            raise ValidationError(email_message(email))
        return replace(
            self,
            first_name=first,
            last_name=last,
            email=email,
            phone=tidy(self.phone),
            zip_code=tidy(self.zip_code),
            profession=canonical_profession(self.profession),
            workplace=tidy(self.workplace),
            notes=self.notes.strip(),
        )

    def checked(self) -> Person:
        """`validated`, with an email address and a phone that can be one (`is_email`,
        `is_phone`): what the People dialog accepts. Stored records are not held to it when
        another change saves them, so one kept from before keeps its text until someone
        edits it."""
        person = self.validated()
        if person.email and not is_email(person.email):
            raise ValidationError(email_message(person.email))
        if person.phone and not is_phone(person.phone):
            raise ValidationError(
                fill(
                    translate(
                        "People", "“%1” is not a phone number: a phone number has 7 to 15 digits."
                    ),
                    person.phone,
                )
            )
        return person


def phone_key(text: str) -> str:
    """A phone number as comparable digits: '(312) 555-0100' -> '13125550100'.

    Ten digits are taken as a US/Canada number and given its country code.
    """
    digits = "".join(c for c in text if c.isdigit() and c.isascii())
    return "1" + digits if len(digits) == 10 else digits


PHONE_DIGITS = (7, 15)  # the fewest and most digits a phone number has, a country code included


def is_phone(text: str) -> bool:
    """Whether `text` can be a phone number: 7 to 15 digits, however they are written. The
    one rule for the phone form, the kiosk, the roster import and the People dialog, so
    "call me after 5" is no number anywhere."""
    fewest, most = PHONE_DIGITS
    return fewest <= len(phone_key(text)) <= most


class EmailProblem(StrEnum):
    """What keeps a text from being an email address, for a form to say in plain words."""

    SPACE = "space"  # "ana lima@example.org"
    AT = "at"  # no @, two, or nothing before or after it: "ana.example.org", "@example.org"
    DOMAIN = "domain"  # after the @, no domain with a dot: "ana@example", "ana@example."


# After the @: names of letters, digits and inner hyphens, parted by dots, the last one (com,
# org, mx) at least two characters and starting with a letter.
_DOMAIN = re.compile(r"(?:[^\W_]+(?:-+[^\W_]+)*\.)+[^\W\d_](?:-*[^\W_])+")


def email_problem(text: str) -> EmailProblem | None:
    """What is wrong with `text` as an email address, or None when it can be one: a name, one
    @ and a domain with a dot (example.org), no spaces. Roughly what a browser's email field
    takes, with the dot besides, so "ana@gmail" is caught while the person is still there.
    The one rule for the People dialog, the roster import, the phone form and the kiosk."""
    if any(c.isspace() for c in text):
        return EmailProblem.SPACE
    name, _, domain = text.partition("@")
    if not name or not domain or "@" in domain:
        return EmailProblem.AT
    if not _DOMAIN.fullmatch(domain):
        return EmailProblem.DOMAIN
    return None


def is_email(text: str) -> bool:
    """Whether `text` can be an email address (`email_problem`)."""
    return email_problem(text) is None


_EMAIL_PROBLEMS = {
    EmailProblem.SPACE: QT_TRANSLATE_NOOP(
        "People", "“%1” has a space in it: an email address has no spaces."
    ),
    EmailProblem.AT: QT_TRANSLATE_NOOP(
        "People",
        "“%1” is not a whole email address: it needs a name, one @ and a domain, "
        "like ana@example.org.",
    ),
    EmailProblem.DOMAIN: QT_TRANSLATE_NOOP(
        "People",
        "“%1” is not a whole email address: after the @ it needs a domain with a dot, "
        "like gmail.com.",
    ),
}


def email_message(text: str) -> str:
    """Why `text` is no email address, in the app's language (`email_problem`)."""
    return fill(translate("People", _EMAIL_PROBLEMS[email_problem(text) or EmailProblem.AT]), text)


# Direction overrides, embeddings and isolates: in a name they serve no script, and one left
# open turns the rest of a line around ("Next: Bob.x asoR" on the projector).
_DIRECTION_CONTROLS = dict.fromkeys(
    [*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0xFFFD]  # and undecodable bytes' mark
)
# Letters and marks that draw nothing: a name of Hangul fillers or braille blanks is no name.
_BLANK = frozenset("\u115f\u1160\u3164\uffa0\u2800\u034f")
MAX_MARKS = 3  # combining marks on one letter: Vietnamese stacks two; "Zalgo" text hundreds


# Zero-width spaces, word joiners and the byte-order mark: invisible, and pasted or filled
# in along with a name ("Ana\u200b" is Ana). The zero-width (non-)joiners are taken out too,
# except where a script needs them.
_ZERO_WIDTH = re.compile("[\u200b\u2060\ufeff]")
_JOINERS = "\u200c\u200d"  # meaningful inside a word of some scripts (Persian, Hindi, emoji)


def visible(text: str) -> str:
    """`text` without the invisible characters pasted along with it: zero-width spaces, word
    joiners and byte-order marks anywhere, and zero-width (non-)joiners except between two
    letters of a script that needs them (Persian, Hindi) or in an emoji."""
    if text.isascii():
        return text  # most names: nothing to take out
    text = _ZERO_WIDTH.sub("", text)
    if not any(j in text for j in _JOINERS):
        return text
    return "".join(
        c
        for i, c in enumerate(text)
        if c not in _JOINERS or (_may_join(text[i - 1 : i]) and _may_join(text[i + 1 : i + 2]))
    )


def _may_join(c: str) -> bool:
    if not c or c in _JOINERS:
        return False
    latin = unicodedata.name(c, "").startswith("LATIN") or c.isascii()
    return unicodedata.category(c)[0] in "LMS" and not latin


def tidy(text: str) -> str:
    """`text` with its runs of space made one and trimmed, direction overrides and invisible
    characters taken out (`visible`), at most MAX_MARKS marks on a letter, and "" when nothing
    in it can be seen: a name of zero-width spaces, direction marks or blank letters is no
    name. Joiners and marks inside a word stay (Persian, Hindi and emoji need them)."""
    text = " ".join(visible(text.translate(_DIRECTION_CONTROLS)).split())
    kept, marks = [], 0
    for c in text:
        marks = marks + 1 if unicodedata.combining(c) else 0
        if marks <= MAX_MARKS:
            kept.append(c)
    text = "".join(kept)
    unseen = all(unicodedata.category(c)[0] in "CZ" or c in _BLANK for c in text)
    return "" if unseen else text


# Letters that are not a plain letter with an accent, so Unicode takes nothing off them, as a
# US keyboard spells them (after casefold, which already makes ß and ẞ "ss"): Polish ł, Nordic
# ø and æ, Vietnamese, Croatian and Sámi đ, Icelandic and Faroese ð and þ, French œ, Turkish
# and Azerbaijani dotless ı, Maltese ħ, Sámi ŧ. Curly apostrophes (phones type them) are
# straight ones: O’Brien is O'Brien.
_SPELLED = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "æ": "ae",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "œ": "oe",
        "ı": "i",
        "ħ": "h",
        "ŧ": "t",
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
    }
)


def fold(text: str) -> str:
    """Casefolded and stripped of accents, the letters that have none spelled as typed
    without them: 'Peña Álvarez' -> 'pena alvarez', 'Łukasz Søndergaard' -> 'lukasz
    sondergaard', 'Þóra' -> 'thora', 'Đức' -> 'duc', 'Işık' -> 'isik'. What people search
    and sign in by, typing on any keyboard."""
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_SPELLED)


def spelled(text: str) -> str:
    """The words of `text` that a search index dropping accents still does not match as
    they are typed on a US keyboard (ł, ø, þ, đ, æ, ß…), as `fold` spells them, for the
    index to hold beside them: 'Łukasz Nowak' -> 'lukasz', 'Þóra' -> 'thora'; '' for
    most text ('José Peña')."""
    if text.isascii():
        return ""
    found = []
    for word in text.split():
        folded = fold(word)
        plain = unicodedata.normalize("NFD", word.lower())
        if folded != "".join(c for c in plain if not unicodedata.combining(c)):
            found.append(folded)
    return " ".join(dict.fromkeys(found))


# Between the words of a name: spaces, hyphens and dashes ("Mary-Ann", "De la Cruz").
_NAME_SPACE = re.compile(r"[\s\-\u2010-\u2015]+")
# Written inside a word of a name or left out ("O'Brien", "Obrien", "St. John"): apostrophes
# (`fold` makes curly ones straight) and periods.
_NAME_MARK = re.compile(r"['`.]")


def name_words(text: str) -> tuple[str, ...]:
    """A name's words as names are compared: folded (`fold`), parted by spaces and hyphens,
    without apostrophes or periods: "María-José" -> ("maria", "jose"), "O’Brien" ->
    ("obrien",), "D'Angelo" -> ("dangelo",). A name of nothing but those is itself."""
    folded = " ".join(fold(visible(text)).split())
    words = tuple(w for w in _NAME_SPACE.split(_NAME_MARK.sub("", folded)) if w)
    return words or ((folded,) if folded else ())


def name_key(text: str) -> str:
    """A name as people are told apart by it, whatever a keyboard makes of it: folded, its
    words run together (`name_words`), so "Mary-Ann O'Brien", "Maryann Obrien" and "mary ann
    o’brien" are one ('maryannobrien'). The sign-in, the People dialog and a roster import
    find someone already there by it (people.name_key)."""
    return "".join(name_words(text))


def run_together(text: str, *, spaces: bool = True) -> list[str]:
    """The ways `text` is typed with its words run together, folded: from each word but the
    last to the end, without the spaces, hyphens, apostrophes and periods between them ("Ní
    Bhriain" -> ["nibhriain"], "De la Cruz" -> ["delacruz", "lacruz"], "O'Brien" ->
    ["obrien"]); with `spaces` False, only the words a hyphen, an apostrophe or a period
    joins ("St. Mary's Hospital" -> ["marys"]). Each starts with a word of `text`, so a
    search that finds it by its start found the record by that word before. [] for a name
    of one word, as most are."""
    folded = fold(visible(text))
    runs = [folded] if spaces else folded.split()
    found: list[str] = []
    for run in runs:
        pieces = [w for w in _NAME_GAP.split(run) if w]
        found += ["".join(pieces[i:]) for i in range(len(pieces) - 1)]
    return list(dict.fromkeys(found))


# Whatever parts the words of a name, or is left out of them.
_NAME_GAP = re.compile(r"[\s'`.\-\u2010-\u2015]+")


def room_names(people: Iterable[tuple[int, str, str]]) -> dict[int, str]:
    """What the room's screens call each of `people` (person id, first name, last name): the
    first name; with the last name's initial where two of them share it ("Daniel R.",
    "Daniel M."), as the room hears a name (`name_key`: "Dániel" and "Daniel" are one). The
    projector, the stack and the floor all call people by it, so they agree. Someone with no
    first name is left out, for the caller to name as it already did."""
    tidy = {pid: (" ".join(first.split()), " ".join(last.split())) for pid, first, last in people}
    counts = Counter(name_key(first) for first, _last in tidy.values() if first)
    names = {}
    for pid, (first, last) in tidy.items():
        if first:
            twin = counts[name_key(first)] > 1 and last
            names[pid] = f"{first} {last[0]}." if twin else first
    return names
