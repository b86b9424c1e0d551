"""A person in the organizers' directory, across meetings.

One name is enough: many people give only a first name, and that is their right.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace

from meetingkit.core.errors import ValidationError

# Professions seen in health-worker organizing, offered as suggestions; any text is allowed.
PROFESSIONS: tuple[str, ...] = (
    "Registered nurse (RN)",
    "Licensed practical nurse (LPN)",
    "Nurse practitioner (NP)",
    "Physician (MD/DO)",
    "Resident physician",
    "Physician assistant (PA)",
    "Physical therapist (PT)",
    "Occupational therapist (OT)",
    "Speech-language pathologist (SLP)",
    "Respiratory therapist (RT)",
    "Social worker (SW)",
    "Pharmacist",
    "Pharmacy technician",
    "Certified nursing assistant (CNA)",
    "Home health aide",
    "Medical assistant (MA)",
    "Environmental services (EVS)",
    "Patient care technician",
    "Lab technician",
    "Student",
)


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
    def initials(self) -> str:
        """Projector-safe: 'Maria José Alvarez' -> 'M. A.'."""
        parts = [self.first_name, self.last_name]
        return " ".join(f"{p.strip()[0]}." for p in parts if p.strip())

    def validated(self) -> Person:
        """A tidy copy (whitespace trimmed, email lowercased), or `ValidationError`."""

        def tidy(text: str) -> str:
            return " ".join(text.split())

        first, last = tidy(self.first_name), tidy(self.last_name)
        if not first:
            if not last:
                raise ValidationError("A person needs at least one name.")
            first, last = last, ""
        email = tidy(self.email).lower()
        if email and ("@" not in email or " " in email):
            raise ValidationError(f"“{email}” does not look like an email address.")
        return replace(
            self,
            first_name=first,
            last_name=last,
            email=email,
            phone=tidy(self.phone),
            zip_code=tidy(self.zip_code),
            profession=tidy(self.profession),
            workplace=tidy(self.workplace),
            notes=self.notes.strip(),
        )


def phone_key(text: str) -> str:
    """A phone number as comparable digits: '(312) 555-0100' -> '13125550100'.

    Ten digits are taken as a US/Canada number and given its country code.
    """
    digits = "".join(c for c in text if c.isdigit() and c.isascii())
    return "1" + digits if len(digits) == 10 else digits


def fold(text: str) -> str:
    """Casefolded and stripped of accents: 'Peña Álvarez' -> 'pena alvarez'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
