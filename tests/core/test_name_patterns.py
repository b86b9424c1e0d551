"""Finding a person's name, email or phone in free text as a note taker writes them."""

import pytest

from meetingkit.core.name_patterns import NamePattern, letters, name_pattern

GONE = "[removed]"


def _pattern(*terms: str) -> NamePattern:
    pattern = name_pattern(terms)
    assert pattern is not None
    return pattern


def _scrub(text: str, *terms: str) -> str:
    return _pattern(*terms).sub(GONE, text)


def test_nothing_to_find_gives_no_pattern() -> None:
    assert name_pattern([]) is None
    assert name_pattern(["", "   "]) is None


@pytest.mark.parametrize(
    "written",
    [
        "María José Alvarez",
        "Maria Jose Alvarez",
        "MARÍA JOSÉ ALVAREZ",
        "maria jose alvarez",
        "Mari\u0301a Jose\u0301 Alvarez",  # accents as combining marks (NFD)
        "María  José\nAlvarez",
        "María-José Alvarez",
    ],
)
def test_a_name_is_found_whatever_its_accents_case_and_spacing(written: str) -> None:
    assert _scrub(f"Minutes: {written} raised 4 West.", "María José Alvarez") == (
        f"Minutes: {GONE} raised 4 West."
    )


def test_a_name_stored_without_accents_finds_one_written_with_them() -> None:
    assert _scrub("María José spoke.", "Maria Jose") == f"{GONE} spoke."


def test_only_the_name_is_replaced_and_the_rest_is_kept_as_written() -> None:
    text = "Réunion: Ána a parlé à Zoë, puis ANA est partie."
    assert _scrub(text, "Ana") == f"Réunion: {GONE} a parlé à Zoë, puis {GONE} est partie."


@pytest.mark.parametrize("text", ["Banana bread", "Anabel came", "Ana\u0301bel came", "Mariana"])
def test_a_name_is_never_found_inside_a_longer_word(text: str) -> None:
    assert _scrub(text, "Ana") == text


def test_a_short_name_matches_only_as_a_word() -> None:
    assert _scrub("Lisa and Li and Eli, li.", "Li") == f"Lisa and {GONE} and Eli, {GONE}."


def test_apostrophes_and_sharp_s_are_written_many_ways() -> None:
    assert _scrub("O’Neil and o'neil", "O'Neil") == f"{GONE} and {GONE}"
    assert _scrub("Mr. STRAUSS and Strauß, not Strausser", "Strauß") == (
        f"Mr. {GONE} and {GONE}, not Strausser"
    )


def test_an_email_is_found_in_any_case() -> None:
    assert _scrub("Write MariaJose.Alvarez@Example.org today", "mariajose.alvarez@example.org") == (
        f"Write {GONE} today"
    )


@pytest.mark.parametrize(
    "written",
    [
        "(312) 555-0100",
        "312-555-0100",
        "312.555.0100",
        "312 555 0100",
        "3125550100",
        "13125550100",
        "1-312-555-0100",
        "+1 312 555 0100",
        "+1 (312) 555-0100",
        "+13125550100",
        "３１２-５５５-０１００",  # fullwidth digits
    ],
)
def test_a_phone_is_found_by_its_digits_however_it_is_spaced(written: str) -> None:
    assert _scrub(f"Call her at {written}, after 6.", "(312) 555-0100") == (
        f"Call her at {GONE}, after 6."
    )


@pytest.mark.parametrize(
    "text", ["312-555-0101", "23125550100", "31255501001", "555-0100", "312-555-01000"]
)
def test_other_numbers_are_left_alone(text: str) -> None:
    assert _scrub(f"ref {text}", "(312) 555-0100") == f"ref {text}"


def test_a_phone_stored_with_its_country_code_is_found_with_or_without_it() -> None:
    assert _scrub("3125550100 / +1-312-555-0100", "+1 312 555 0100") == f"{GONE} / {GONE}"


def test_a_phone_from_abroad_is_found_by_all_its_digits() -> None:
    text = "+44 20 7946 0958, 442079460958 or +44-20-7946-0958"
    assert _scrub(text, "+44 20 7946 0958") == f"{GONE}, {GONE} or {GONE}"


def test_a_short_number_is_found_only_as_written() -> None:
    assert _scrub("ext 4321, room 43-21", "4321") == f"ext {GONE}, room 43-21"


def test_search_tells_whether_any_is_mentioned() -> None:
    pattern = _pattern("Zoë", "(312) 555-0100")
    assert pattern.search("ZOE")
    assert pattern.search("3125550100")
    assert not pattern.search("Zoella")


def test_the_longer_name_wins_where_two_overlap() -> None:
    assert _scrub("Maria José Alvarez spoke", "Maria José", "María José Alvarez") == (
        f"{GONE} spoke"
    )


def test_letters_counts_only_letters() -> None:
    assert letters("Li") == 2
    assert letters("O'Neil") == 5
    assert letters("Ng ") == 2
