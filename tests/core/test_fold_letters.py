"""Names typed without their special letters: core.person.fold spells the letters Unicode takes
no accent off as a US keyboard types them, so people search and sign-in's name matching find
Łukasz by "lukasz", Søren by "soren", Þóra by "thora" and Đức by "duc" (QA round 8, #6)."""

import pytest

from meetingkit.core.person import Person, fold
from meetingkit.core.signin import (
    Candidate,
    FormSettings,
    Match,
    check_submission,
    full_name_key,
    match_person,
    same_first_name,
)


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("Łukasz", "lukasz"),  # Polish
        ("Paweł Małecki", "pawel malecki"),
        ("Bjørn Søndergaard", "bjorn sondergaard"),  # Danish, Norwegian
        ("ØSTERGAARD", "ostergaard"),
        ("Þóra Þórsdóttir", "thora thorsdottir"),  # Icelandic
        ("Guðrún", "gudrun"),
        ("Eðvarð", "edvard"),
        ("Đức Đặng", "duc dang"),  # Vietnamese
        ("Đorđe", "dorde"),  # Serbian, Croatian
        ("Ægir", "aegir"),
        ("Mærsk", "maersk"),
        ("Œdipe", "oedipe"),  # French
        ("Strauß", "strauss"),  # German
        ("STRAUẞ", "strauss"),
        ("Işık Yılmaz", "isik yilmaz"),  # Turkish, Azerbaijani
        ("İpek", "ipek"),
        ("Ħabib", "habib"),  # Maltese
        ("Peña Álvarez", "pena alvarez"),  # letters with accents, as before
        ("Nguyễn", "nguyen"),
        ("O’Brien", "o'brien"),  # a phone's curly apostrophe is the straight one
        ("Ana", "ana"),
    ],
)
def test_special_letters_fold_as_typed_on_a_us_keyboard(written: str, typed: str) -> None:
    assert fold(written) == typed
    assert fold(written) == fold(typed)


def test_a_name_sorts_by_the_letter_it_is_typed_as() -> None:
    """Łukasz sorts with the L names, not after Z; Østergaard with the O."""
    names = ["Zoe", "Łukasz", "Luis", "Østergaard", "Oscar", "Mia"]
    assert sorted(names, key=lambda n: Person(n).sort_name) == [
        "Luis",
        "Łukasz",
        "Mia",
        "Oscar",
        "Østergaard",
        "Zoe",
    ]


FORM = FormSettings(("first_name", "last_name", "phone", "email"))


def _signing(first: str, last: str = "", phone: str = "", email: str = "") -> Match:
    answers = {"first_name": first, "last_name": last, "phone": phone, "email": email}
    submission = check_submission({k: v for k, v in answers.items() if v}, FORM)
    stored = Candidate(7, "Søren", "Kierkegaard", "(312) 555-0101", "soren@example.org")
    return match_person(submission, [stored])[0]


def test_the_same_first_name_typed_without_its_letters_is_the_same_person() -> None:
    """Sign-in recognises someone by a shared phone or email *and* the same first name, and
    the first name has always been compared without accents (José is Jose). "Soren" for
    Søren is the same kind of difference — what a phone's keyboard types — so with his phone
    he is Søren, as "Jose" with his phone is José. Without a shared contact the same full
    name is only flagged for review, never merged."""
    assert same_first_name("Soren", "Søren")
    assert same_first_name("lukasz", "Łukasz")
    assert same_first_name("Duc", "Đức")
    assert full_name_key("Soren", "Kierkegaard") == full_name_key("Søren", "Kierkegaard")
    assert _signing("Soren", phone="312-555-0101") == Match.RETURNING
    assert _signing("Soren", "Kierkegaard") == Match.POSSIBLE_DUPLICATE
    # Still not looser than that: another first name on his phone is a family member.
    assert _signing("Sara", phone="312-555-0101") == Match.POSSIBLE_DUPLICATE
