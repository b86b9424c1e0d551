"""Names as people type them, with or without the apostrophes, hyphens and spaces inside them
(QA: "obrien" did not find O'Brien, nor "scotthill" Scott-Hill): the one folding that search,
sign-in, the People dialog and a roster import compare names by (core.person.name_key), and
the ways a name is typed run together that the search index holds (run_together)."""

import pytest

from meetingkit.core.already_there import Shared, already_there
from meetingkit.core.person import Person, name_key, name_words, run_together
from meetingkit.core.signin import (
    Candidate,
    Match,
    Submission,
    first_names_agree,
    full_name_key,
    match_person,
    same_first_name,
)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("O'Brien", "obrien"),
        ("O’Brien", "O'Brien"),  # a phone's curly apostrophe
        ("Oʼbrien", "OBRIEN"),
        ("Scott-Hill", "scotthill"),
        ("Scott–Hill", "Scott Hill"),  # an en dash
        ("Mary-Ann", "mary ann"),
        ("Mary Ann", "Maryann"),
        ("D'Angelo", "dangelo"),
        ("De la Cruz", "delacruz"),
        ("Ní Bhriain", "ni bhriain"),
        ("St. John", "stjohn"),
    ],
)
def test_a_name_is_one_with_or_without_its_punctuation(one: str, other: str) -> None:
    assert name_key(one) == name_key(other)


def test_other_names_stay_apart() -> None:
    assert name_key("Ana") != name_key("Anna")
    assert name_key("Maria") != name_key("Mario")
    assert name_key("-") == "-"  # a name of nothing but a hyphen is itself, not nobody


def test_a_names_words_are_parted_by_spaces_and_hyphens_only() -> None:
    assert name_words("María-José") == ("maria", "jose")
    assert name_words("O’Brien") == ("obrien",)
    assert name_words("  Mary   Ann ") == ("mary", "ann")


def test_the_ways_a_name_is_typed_run_together() -> None:
    assert run_together("O'Brien") == ["obrien"]
    assert run_together("Scott-Hill") == ["scotthill"]
    assert run_together("De la Cruz") == ["delacruz", "lacruz"]
    assert run_together("Bjørn-Åge") == ["bjornage"]
    assert run_together("Ana") == []
    # A workplace or a profession only where a hyphen or an apostrophe joins its words.
    assert run_together("St. Mary's Hospital", spaces=False) == ["marys"]
    assert run_together("Riverside Community Hospital", spaces=False) == []


def test_a_person_is_indexed_with_their_names_run_together() -> None:
    person = Person("Mary-Ann", "O'Brien", workplace="St. Mary's", profession="Student")
    assert person.spelled.split() == ["maryann", "obrien", "marys"]
    assert person.name_key == "maryannobrien"
    assert Person("Łukasz", "Nowak-Wójcik").spelled.split() == ["lukasz", "nowakwojcik"]
    assert Person("Ana", "Lima").spelled == ""  # most people: nothing beside their words


def test_first_names_compare_with_or_without_punctuation() -> None:
    assert same_first_name("maryann", "Mary-Ann")
    assert same_first_name("Mary Ann", "Maryann")
    assert same_first_name("dangelo", "D'Angelo")
    assert not same_first_name("Mary", "Mary-Ann")
    assert first_names_agree("Mary", "Mary-Ann")  # the first words, as before
    assert first_names_agree("maryann", "Mary Ann")
    assert not first_names_agree("Mar", "Mary-Ann")


def test_full_names_compare_however_split_and_punctuated() -> None:
    assert full_name_key("Mary-Ann", "O'Brien") == full_name_key("Maryann", "Obrien")
    assert full_name_key("Mary", "Ann O'Brien") == full_name_key("Mary Ann", "OBrien")


def _candidates(*people: Person) -> list[Candidate]:
    return [Candidate(p.key, p.first_name, p.last_name, p.phone, p.email) for p in people]


def test_sign_in_knows_a_returning_person_typed_without_punctuation() -> None:
    mary_ann = Person("Mary-Ann", "O'Brien", phone="312 555 0100", id=1)
    typed = Submission({"first_name": "Maryann", "phone": "(312) 555-0100"})
    assert match_person(typed, _candidates(mary_ann)) == (Match.RETURNING, 1)


def test_sign_in_flags_the_same_full_name_typed_without_punctuation() -> None:
    aoife = Person("Aoife", "O'Brien", id=7)
    typed = Submission({"first_name": "Aoife", "last_name": "Obrien"})
    assert match_person(typed, _candidates(aoife)) == (Match.POSSIBLE_DUPLICATE, 7)
    # A first name alone still flags nobody, punctuated or not.
    alone = Submission({"first_name": "Mary-Ann"})
    assert match_person(alone, _candidates(Person("Maryann", id=8))) == (Match.NEW, None)


def test_the_people_dialog_finds_the_same_name_typed_without_punctuation() -> None:
    aoife = Person("Aoife", "O’Brien", id=7)
    found = already_there(Person("Aoife", "OBrien"), [aoife])
    assert found is not None
    assert (found.person, found.shared) == (aoife, Shared.NAME)
