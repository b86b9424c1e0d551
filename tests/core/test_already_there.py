"""New person: a copy of someone already there is asked about, and a phone must be one (qa4 §9)."""

import pytest

from meetingkit.core.already_there import Shared, already_there
from meetingkit.core.errors import ValidationError
from meetingkit.core.person import Person, is_phone

ROSA = Person("Rosa", "Delgado", "rosa.delgado@example.org", "(312) 555-0104", id=5)
TOM = Person("Tom", "Delgado", phone="(312) 555-0104", id=6)  # the family phone
LAN = Person("Lan", "Nguyen", id=7)  # no phone or email
MARIA_JOSE = Person("María José", "Alvarez", phone="312-555-0100", id=8)
EVERYONE = [ROSA, TOM, LAN, MARIA_JOSE]


@pytest.mark.parametrize(
    ("typed", "existing", "shared"),
    [
        (Person("Rosa", "Delgado", "rosa.delgado@example.org", "(312) 555-0104"), ROSA, "phone"),
        (Person("rosa", phone="3125550104"), ROSA, "phone"),
        (Person("Rosa", "D.", "Rosa.Delgado@example.org"), ROSA, "email"),
        (Person("Maria", "Alvarez", phone="+1 312 555 0100"), MARIA_JOSE, "phone"),
        (Person("Lan", "Nguyen"), LAN, "name"),
    ],
)
def test_a_copy_of_someone_there_is_found(typed: Person, existing: Person, shared: str) -> None:
    found = already_there(typed.validated(), EVERYONE)
    assert found is not None
    assert (found.person, found.shared) == (existing, Shared(shared))


@pytest.mark.parametrize(
    "typed",
    [
        Person("Ana", "Delgado", phone="(312) 555-0104"),  # the family phone, another name
        Person("Rosa", "Delgado", phone="(312) 555-0199"),  # the same name, another phone
        Person("Lan", "Nguyen", phone="(312) 555-0150"),  # has a phone; Lan there has none
        Person("Rosa", "Delgado", "rosa.delgado@example.org", "(312) 555-0104", id=5),  # herself
    ],
)
def test_anyone_else_is_not_a_copy(typed: Person) -> None:
    assert already_there(typed.validated(), EVERYONE) is None


def test_a_phone_is_seven_to_fifteen_digits_as_on_the_sign_in_form() -> None:
    assert is_phone("(312) 555-0104")
    assert is_phone("555 0104")
    assert is_phone("+52 55 1234 5678")
    assert not is_phone("call me after 5")
    assert not is_phone("555-01")
    assert not is_phone("1" * 16)


def test_the_people_dialog_refuses_a_phone_that_is_none() -> None:
    with pytest.raises(ValidationError, match="7 to 15 digits"):
        Person("Phonejunk", phone="call me after 5", email="a@b.org").checked()
    assert Person("Rosa", phone=" (312) 555-0104 ").checked().phone == "(312) 555-0104"
    assert Person("Rosa").checked().phone == ""
    # What is stored is not held to it when something else saves the record.
    assert Person("Old", phone="call me after 5").validated().phone == "call me after 5"
