import unicodedata

import pytest

from meetingkit.core.signin import (
    CATALOGUE,
    CONSENT_KEYS,
    MAX_FIELD_LENGTH,
    Candidate,
    FormError,
    FormSettings,
    Match,
    Sensitivity,
    Submission,
    check_submission,
    match_person,
    signin_url,
    verification_phrase,
)

SETTINGS = FormSettings(("first_name", "last_name", "phone", "email", "shift", "first_time"))


def test_fields_that_reveal_union_activity_are_off_by_default() -> None:
    default = FormSettings()
    for spec in CATALOGUE:
        if spec.sensitivity in (Sensitivity.HIGH, Sensitivity.HEALTH):
            assert spec.name not in default.fields, spec.name
    assert default.fields[0] == "first_name"
    assert set(default.consents) == set(CONSENT_KEYS)


def test_answers_are_trimmed_checked_and_kept_as_typed() -> None:
    s = check_submission(
        {
            "first_name": "  <b>Ana</b>  ",
            "email": " Ana@Example.ORG ",
            "phone": "(312) 555-0100",
            "shift": "night",
            "first_time": "yes",
            "unknown_field": "ignored",
            "workplace": "not on this form",
        },
        SETTINGS,
    )
    assert s.answers == {
        "first_name": "<b>Ana</b>",
        "email": "ana@example.org",
        "phone": "(312) 555-0100",
        "shift": "night",
        "first_time": "yes",
    }
    assert s.directory() == {
        "first_name": "<b>Ana</b>",
        "email": "ana@example.org",
        "phone": "(312) 555-0100",
    }
    assert s.extra() == {"shift": "night", "first_time": "yes"}


def test_a_name_is_required_and_bad_contacts_are_explained_in_the_right_language() -> None:
    with pytest.raises(FormError) as error:
        check_submission({"first_name": " ", "email": "nope", "phone": "12"}, SETTINGS)
    assert error.value.errors == {
        "first_name": "Please give a name.",
        "email": "This email address is not complete: it needs a name, one @ and a domain, "
        "like ana@example.org.",
        "phone": "This phone number does not look right.",
    }
    with pytest.raises(FormError) as spanish:
        check_submission({"first_name": ""}, SETTINGS, language="es")
    assert spanish.value.errors["first_name"] == "Escribe tu nombre."


@pytest.mark.parametrize(
    ("email", "english", "spanish"),
    [
        (
            "a@b",
            "This email address is not complete: after the @ it needs a domain with a dot, "
            "like gmail.com.",
            "Este correo no está completo: después de la @ va un dominio con punto, "
            "como gmail.com.",
        ),
        (
            "ana.example.org",
            "This email address is not complete: it needs a name, one @ and a domain, "
            "like ana@example.org.",
            "Este correo no está completo: lleva un nombre, una sola @ y un dominio, "
            "como ana@example.org.",
        ),
        (
            "ana lima@example.org",
            "This email address has a space in it. Take the space out.",
            "Este correo tiene un espacio. Quítalo.",
        ),
    ],
)
def test_the_phone_form_says_what_is_wrong_with_an_email_address(
    email: str, english: str, spanish: str
) -> None:
    """A phone's own email check lets "a@b" through (an address on a local network): the
    form says, in the phone's language, what is missing."""
    for language, message in (("en", english), ("es", spanish)):
        with pytest.raises(FormError) as error:
            check_submission({"first_name": "Ana", "email": email}, SETTINGS, language)
        assert error.value.errors == {"email": message}


def test_a_name_nobody_can_see_is_no_name() -> None:
    for invisible in ("   \u200b ", "\u200e\u200f", "\ufeff", "\u2060\u00a0"):
        with pytest.raises(FormError) as error:
            check_submission({"first_name": invisible}, SETTINGS)
        assert error.value.errors == {"first_name": "Please give a name."}
    # Joiners inside a name are part of it: Persian needs the zero-width non-joiner.
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"
    assert check_submission({"first_name": persian}, SETTINGS).answers["first_name"] == persian


def test_a_name_cannot_turn_the_projectors_line_around_or_draw_nothing() -> None:
    """From a phone: "Bob" + RIGHT-TO-LEFT OVERRIDE reversed the rest of the projector's
    "Next:" line; Hangul fillers and undecodable bytes made names that show as blank or "��";
    a hundred accents on one letter drew over the lines around it."""
    named = check_submission({"first_name": "Bob\u202e", "last_name": "Eve\u2067x\u2069"}, SETTINGS)
    assert (named.answers["first_name"], named.answers["last_name"]) == ("Bob", "Evex")
    for blank in ("\u3164", "\xad\u034f\u115f\u3164", "\ufffd\ufffd", "\u2800 \u2800"):
        with pytest.raises(FormError):
            check_submission({"first_name": blank}, SETTINGS)
    zalgo = check_submission({"first_name": "Z" + "\u0301" * 150 + "oe"}, SETTINGS)
    assert zalgo.answers["first_name"] == "Z\u0301\u0301\u0301oe"
    viet = "Nguy\u1ec5n Th\u1ecb"  # decomposed, two marks on one letter: kept whole
    decomposed = unicodedata.normalize("NFD", viet)
    assert check_submission({"first_name": decomposed}, SETTINGS).answers["first_name"] == (
        decomposed
    )


def test_hostile_input_is_cut_and_cleaned_not_rejected() -> None:
    s = check_submission(
        {"first_name": "=cmd|' /C calc'!A0" + "x" * 5000 + "\x00\x07", "shift": "<script>"},
        SETTINGS,
    )
    assert len(s.answers["first_name"]) == MAX_FIELD_LENGTH
    assert "\x00" not in s.answers["first_name"]
    assert "shift" not in s.answers  # not one of the choices: dropped


def test_consents_are_given_only_by_ticking_each_box() -> None:
    s = check_submission(
        {
            "first_name": "Ana",
            "consent_contact_email": "yes",
            "consent_photo": "on",
            "consent_bogus": "yes",
        },
        SETTINGS,
    )
    assert s.consents == {"contact_email"}


def candidate(pid: int, first: str, last: str = "", phone: str = "", email: str = "") -> Candidate:
    return Candidate(pid, first, last, phone, email)


def submission(**answers: str) -> Submission:
    return Submission(answers)


def test_same_phone_and_first_name_is_the_same_person() -> None:
    found = [candidate(7, "María", "Álvarez", phone="312.555.0100")]
    assert match_person(submission(first_name="maria", phone="(312) 555-0100"), found) == (
        Match.RETURNING,
        7,
    )


def test_a_shared_email_with_another_name_is_flagged_not_merged() -> None:
    """Families share emails: a new person, flagged for a human to look at."""
    found = [candidate(7, "Rosa", "Delgado", email="delgados@example.org")]
    assert match_person(submission(first_name="Tomás", email="delgados@example.org"), found) == (
        Match.POSSIBLE_DUPLICATE,
        7,
    )


def test_the_same_full_name_without_a_shared_contact_is_flagged() -> None:
    found = [candidate(9, "Lan", "Nguyen", phone="3125550199")]
    assert match_person(submission(first_name="Lan", last_name="Nguyen"), found) == (
        Match.POSSIBLE_DUPLICATE,
        9,
    )
    assert match_person(submission(first_name="Lan"), found) == (Match.NEW, None)


def test_the_verification_phrase_is_three_words() -> None:
    words = verification_phrase(lambda n: 3).split("-")
    assert len(words) == 3
    assert all(w.isalpha() for w in words)


def test_the_link_leaves_out_port_80_which_browsers_assume() -> None:
    assert signin_url("10.0.0.5", 80, "abc") == "http://10.0.0.5/s/abc"
    assert signin_url("10.0.0.5", 8765, "abc") == "http://10.0.0.5:8765/s/abc"
    assert signin_url("fe80::1", 8765, "abc") == "http://[fe80::1]:8765/s/abc"
