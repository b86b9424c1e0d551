"""Finding a meeting in a year of them: each word typed starts a word of what the list shows
of it, accents and case ignored as the People search ignores them."""

from meetingkit.core.meeting_search import matches, search_terms, search_words

ICU = search_words(
    (
        "ICU nurses' meeting",
        "St. Brigid, 4 West",
        "Réseau infirmier — Łódź",
        "Meeting",
        "Tuesday 3 March 2026",
    )
)


def found(query: str) -> bool:
    return matches(ICU, search_terms(query))


def test_each_word_typed_starts_a_word_of_the_meeting() -> None:
    assert found("icu march")
    assert found("ICU nurs MAR")
    assert found("4 west")
    assert found("brigid 2026")
    assert not found("icu april")
    assert not found("urses")  # inside a word: not a start


def test_accents_and_letters_without_them_are_typed_plainly() -> None:
    assert found("reseau")
    assert found("lodz")
    assert found("Łódź")


def test_blank_or_punctuation_finds_everything() -> None:
    assert search_terms("  — ' ") == ()
    assert found("")
    assert found("nurses'")  # the apostrophe is no part of the word


def test_words_are_kept_once_and_folded() -> None:
    words = search_words(("Meeting", "meeting", "Peña"))
    assert words == ("meeting", "pena")
