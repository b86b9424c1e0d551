"""One email rule: the People dialog, the roster import and the phone form (and the kiosk,
which checks as the phone form does) take and refuse the same addresses."""

import pytest

from meetingkit.core.errors import ValidationError
from meetingkit.core.person import Person
from meetingkit.core.roster import read_row
from meetingkit.core.signin import FormError, FormSettings, check_submission

GOOD = ("ana@example.org", "Ana.Lima+union@Mail.Example.co.uk", "maria@correo.españa.es")
BAD = (
    "a@b",
    "ana@gmail",
    "ana@gmail.",
    "ana@gmail..com",
    "ana@example.org.",
    "ana@gmail.c",
    "ana@.com",
    "ana.example.org",
    "@example.org",
    "ana@@example.org",
    "ana lima@example.org",
)


def by_the_dialog(email: str) -> bool:
    try:
        Person("Ana", email=email).checked()
    except ValidationError:
        return False
    return True


def by_the_roster(email: str) -> bool:
    reading = read_row(["Ana", email], ("first_name", "email"), 2)
    assert reading.person is not None
    return reading.person.email == email.lower()


def by_the_phone_form(email: str) -> bool:
    try:
        check_submission({"first_name": "Ana", "email": email}, FormSettings(("email",)))
    except FormError:
        return False
    return True


@pytest.mark.parametrize("email", GOOD + BAD)
def test_every_way_in_takes_the_same_addresses(email: str) -> None:
    taken = email in GOOD
    assert by_the_dialog(email) == taken
    assert by_the_roster(email) == taken
    assert by_the_phone_form(email) == taken
