"""Compound first names: the phone form says one name is enough, so "Maria" signing in with
Maria José's phone is Maria José (qa4 §3), and names typed on a phone lose the invisible
characters a paste or autofill leaves, as a roster's do."""

import random

import pytest

from meetingkit.core.person import Person
from meetingkit.core.roster import Action, ContactIndex, guess_mapping, plan_import
from meetingkit.core.roster_file import read_roster
from meetingkit.core.signin import (
    Candidate,
    FormSettings,
    Match,
    Submission,
    check_submission,
    first_names_agree,
    match_person,
)

MARIA_JOSE = Candidate(7, "Maria José", "Alvarez", "(312) 555-0100", "mariajose@example.org")


def sign(**answers: str) -> Submission:
    return Submission(answers)


@pytest.mark.parametrize(
    "answers",
    [
        {"first_name": "Maria", "phone": "312.555.0100"},  # the first word, by phone
        {"first_name": "María", "email": "mariajose@example.org"},  # accented, by email
        {"first_name": "MARIA JOSE", "last_name": "Alvarez", "phone": "3125550100"},
        {"first_name": "maria-josé", "phone": "3125550100"},  # a hyphen parts words too
    ],
)
def test_the_first_word_of_a_compound_first_name_is_the_same_person(
    answers: dict[str, str],
) -> None:
    assert match_person(sign(**answers), [MARIA_JOSE]) == (Match.RETURNING, 7)


def test_a_compound_name_typed_for_one_stored_is_the_same_person() -> None:
    juan = Candidate(3, "Juan", "Pérez", "3125550111", "")
    assert match_person(sign(first_name="Juan Carlos", phone="312-555-0111"), [juan]) == (
        Match.RETURNING,
        3,
    )


@pytest.mark.parametrize("typed", ["Mar", "José", "Maria Luisa", "Jose Maria"])
def test_part_of_a_word_or_another_word_is_another_name(typed: str) -> None:
    """Only whole words from the start: a shared phone under another name is still flagged."""
    assert match_person(sign(first_name=typed, phone="3125550100"), [MARIA_JOSE]) == (
        Match.POSSIBLE_DUPLICATE,
        7,
    )


def test_two_people_sharing_the_contact_are_not_guessed_between() -> None:
    """Sisters on one family phone: "Maria" could be either, so neither; flagged."""
    luisa = Candidate(9, "Maria Luisa", "Alvarez", "(312) 555-0100", "")
    assert match_person(sign(first_name="Maria", phone="3125550100"), [MARIA_JOSE, luisa]) == (
        Match.POSSIBLE_DUPLICATE,
        7,
    )


def test_the_whole_name_still_wins_over_a_part_of_another() -> None:
    maria = Candidate(12, "María", "Alvarez", "(312) 555-0100", "")
    found = [MARIA_JOSE, maria]
    assert match_person(sign(first_name="maria", phone="3125550100"), found) == (
        Match.RETURNING,
        12,
    )
    assert match_person(sign(first_name="Maria José", phone="3125550100"), found) == (
        Match.RETURNING,
        7,
    )


def test_agreeing_names_are_whole_words_from_the_start() -> None:
    assert first_names_agree("maria", "María José")
    assert first_names_agree("Juan  Carlos", "juan")
    assert first_names_agree("Marie", "Marie-Claire")
    assert not first_names_agree("Mari", "María José")
    assert not first_names_agree("José", "María José")
    assert not first_names_agree("", "María")


def test_a_roster_row_with_the_first_word_fills_in_the_compound_named_person() -> None:
    index = ContactIndex([MARIA_JOSE])
    file = read_roster(b"First,Last,Mobile,Zip\nMaria,Alvarez,312.555.0100,60601\n")
    plan = plan_import(file, guess_mapping(file.headers), index)
    assert [(r.action, r.match_id) for r in plan.rows] == [(Action.UPDATE, 7)]


def test_the_index_still_chooses_as_match_person_would_among_everyone() -> None:
    """Compound first names, parts of them and people sharing contacts: whatever a row would
    match among everyone, it matches among the few the index gives."""
    rng = random.Random(18)
    firsts = ["Ana", "ana", "Ana María", "ana maria", "Ana-María", "Ana Lucía", "Ana María José"]
    firsts += ["María", "Ben", "Lan"]
    lasts = ["García", ""]
    phones, emails = ["", "312 555 0100", "3125550101"], ["", "a@x.org", "b@x.org"]

    def someone(pid: int) -> Candidate:
        return Candidate(
            pid, rng.choice(firsts), rng.choice(lasts), rng.choice(phones), rng.choice(emails)
        )

    for _ in range(600):
        people = [someone(pid) for pid in rng.sample(range(-40, 40), 14) if pid]
        index = ContactIndex(people)
        everyone = sorted(people, key=lambda c: (c.person_id < 0, abs(c.person_id)))
        row = someone(0)
        person = Person(row.first_name, row.last_name, row.email, row.phone)
        answers = Submission(
            {"first_name": row.first_name, "last_name": row.last_name}
            | {"email": row.email, "phone": row.phone}
        )
        assert match_person(answers, index.candidates(person)) == match_person(answers, everyone)


SETTINGS = FormSettings(("first_name", "last_name", "phone", "email", "workplace"))


def test_invisible_characters_typed_on_the_phone_are_taken_out() -> None:
    """ "Ana\\u200b" with Ana Lima's phone became a new person named 'Ana\\u200b'."""
    s = check_submission(
        {
            "first_name": "Ana\u200b",
            "last_name": "\ufeffLi\u200dma\u2060",
            "email": "ana\u200b@example.org",
            "phone": "(312)\u200b 555-0117",
            "workplace": "St.\u200b Brigid",
        },
        SETTINGS,
    )
    assert s.answers == {
        "first_name": "Ana",
        "last_name": "Lima",
        "email": "ana@example.org",
        "phone": "(312) 555-0117",
        "workplace": "St. Brigid",
    }
    ana = Candidate(4, "Ana", "Lima", "(312) 555-0117", "")
    assert match_person(s, [ana]) == (Match.RETURNING, 4)
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # a joiner the script needs
    assert check_submission({"first_name": persian}, SETTINGS).answers["first_name"] == persian
