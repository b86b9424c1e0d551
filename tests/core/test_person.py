from collections.abc import Iterator

import pytest

from meetingkit.core import i18n
from meetingkit.core.airtime_equity import ReportPerson
from meetingkit.core.errors import ValidationError
from meetingkit.core.person import (
    EmailProblem,
    Person,
    canonical_profession,
    email_problem,
    is_email,
)


def test_one_name_is_enough() -> None:
    assert Person(first_name="Wren").validated().display_name == "Wren"


def test_a_lone_last_name_becomes_the_name() -> None:
    """Someone who typed only into the last-name box still has a name to be called by."""
    p = Person(first_name=" ", last_name="Okafor").validated()
    assert (p.first_name, p.last_name) == ("Okafor", "")


def test_a_person_needs_some_name() -> None:
    with pytest.raises(ValidationError, match="at least one name"):
        Person(first_name="  ").validated()
    with pytest.raises(ValidationError, match="at least one name"):
        Person(first_name="\u200b", last_name="\u200b ").validated()  # zero-width spaces


def test_emails_are_lowercased_and_checked() -> None:
    assert Person("Ana", email=" Ana.Lima@Example.ORG ").validated().email == "ana.lima@example.org"
    with pytest.raises(ValidationError, match="email"):
        Person("Ana", email="ana at example").validated()


@pytest.mark.parametrize(
    "email",
    [
        "ana@example.org",
        "ana.lima+meetings@mail.example.co.uk",
        "o'brien@hospital-union.org",
        "maria@correo.españa.es",
        "x@xn--p1ai.xn--p1ai",
    ],
)
def test_an_email_address_is_a_name_an_at_and_a_domain_with_a_dot(email: str) -> None:
    assert email_problem(email) is None
    assert is_email(email)


@pytest.mark.parametrize(
    ("email", "problem"),
    [
        ("ana lima@example.org", EmailProblem.SPACE),
        ("ana@example.org ana@example.net", EmailProblem.SPACE),
        ("ana\t@example.org", EmailProblem.SPACE),
        ("ana.example.org", EmailProblem.AT),
        ("@example.org", EmailProblem.AT),
        ("ana@", EmailProblem.AT),
        ("ana@@example.org", EmailProblem.AT),
        ("ana@example.org@example.net", EmailProblem.AT),
        ("a@b", EmailProblem.DOMAIN),
        ("ana@gmail", EmailProblem.DOMAIN),
        ("ana@gmail.", EmailProblem.DOMAIN),
        ("ana@.com", EmailProblem.DOMAIN),
        ("ana@gmail..com", EmailProblem.DOMAIN),
        ("ana@gmail,com", EmailProblem.DOMAIN),
        ("ana@gmail.c", EmailProblem.DOMAIN),
        ("ana@10.0.0.1", EmailProblem.DOMAIN),
        ("ana@-gmail.com", EmailProblem.DOMAIN),
        ("ana@gmail_x.com", EmailProblem.DOMAIN),
    ],
)
def test_what_is_wrong_with_an_email_address_is_named(email: str, problem: EmailProblem) -> None:
    assert email_problem(email) == problem
    assert not is_email(email)


def test_the_people_dialog_takes_only_an_email_address_and_says_what_is_missing() -> None:
    """The dialog refuses "a@b", an address no card could be sent to; kept records are not
    judged again when something else saves them."""
    with pytest.raises(ValidationError) as error:
        Person("Ana", email="a@b").checked()
    assert str(error.value) == (
        "“a@b” is not a whole email address: after the @ it needs a domain with a dot, "
        "like gmail.com."
    )
    with pytest.raises(ValidationError, match="has a space in it"):
        Person("Ana", email="ana lima@example.org").checked()
    assert Person("Ana", email="a@b").validated().email == "a@b"
    assert Person("Ana", email=" Ana@Example.ORG ").checked().email == "ana@example.org"


def test_notes_keep_their_line_breaks() -> None:
    notes = Person("Ana", notes="  line one\nline two  ").validated().notes
    assert notes == "line one\nline two"


def test_initials_are_projector_safe() -> None:
    assert Person("María José", "Álvarez").initials == "M. Á."
    assert Person("Wren").initials == "W."


def test_people_sort_by_name_ignoring_case_and_accents() -> None:
    """María sorts between Maria and Mario, as a person reading the list expects."""
    names = ["Mario", "maria", "María José", "Álvaro", "Zoe"]
    ordered = sorted(names, key=lambda n: Person(n).sort_name)
    assert ordered == ["Álvaro", "maria", "María José", "Mario", "Zoe"]


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("RN", "Registered nurse (RN)"),  # the phone form's own example
        ("rn", "Registered nurse (RN)"),
        ("  Registered   Nurse ", "Registered nurse (RN)"),
        ("Registered nurse (RN)", "Registered nurse (RN)"),
        ("DO", "Physician (MD/DO)"),
        ("md/do", "Physician (MD/DO)"),
        ("pharmacist", "Pharmacist"),
        ("Nurse", "Nurse"),  # not one of the suggestions: kept as typed
        ("Doula  (birth)", "Doula (birth)"),
        ("", ""),
    ],
)
def test_a_suggested_profession_is_kept_one_way_however_it_was_typed(typed: str, kept: str) -> None:
    assert canonical_profession(typed) == kept
    assert Person("Ana", profession=typed).validated().profession == kept


def test_people_who_typed_the_short_form_are_counted_with_the_others() -> None:
    """Records saved before professions were kept one way are grouped the same."""
    typed = ReportPerson(1, "Ana", "RN")
    picked = ReportPerson(2, "Bea", "Registered nurse (RN)")
    assert typed.group == picked.group == "Registered nurse (RN)"


SPANISH_PROFESSIONS = {
    "Registered nurse (RN)": "Enfermera/o registrada/o (RN)",
    "Pharmacist": "Farmacéutica/o",
    "Social worker (SW)": "Trabajador/a social (SW)",
    "Physician (MD/DO)": "Médica/o (MD/DO)",
}


def _spanish(_context: str, text: str, _disambiguation: str | None, _n: int) -> str:
    return SPANISH_PROFESSIONS.get(text, text)


@pytest.fixture
def spanish_known() -> Iterator[None]:
    """meetingkit speaks Spanish (the phone form is bilingual); the app itself speaks
    English, as when the report is printed in English."""
    i18n.install_voices(lambda code: (_spanish, lambda day, _p: str(day)) if code == "es" else None)
    yield
    i18n.install_voices(None)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("Farmacéutica/o", "Pharmacist"),  # picked from the Spanish suggestions
        ("farmacéutica", "Pharmacist"),  # the Spanish phone form's own example
        ("Farmaceutico", "Pharmacist"),
        ("Enfermera/o registrada/o (RN)", "Registered nurse (RN)"),
        ("enfermero registrado", "Registered nurse (RN)"),
        ("Trabajadora social", "Social worker (SW)"),
        ("médico", "Physician (MD/DO)"),
        ("enfermera", "enfermera"),  # a nurse, but which kind: kept as typed, as "Nurse" is
    ],
)
def test_a_profession_typed_in_another_language_or_gender_is_counted_as_one(
    spanish_known: None, typed: str, kept: str
) -> None:
    """Three pharmacists split three ways fell under "Other professions" in the shared
    report, out of the airtime comparison it exists for."""
    assert canonical_profession(typed) == kept
