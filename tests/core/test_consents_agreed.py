"""What a person had agreed to, consent by consent, and what a sign-in matched to them may
agree to at once (core.new_details)."""

from meetingkit.core.new_details import agreed_so_far, consents_to_review


def test_each_consent_is_their_latest_answer_where_it_was_asked() -> None:
    """Photos were not asked in November: October's yes stands. Emails were asked in
    November, and left unticked: that no is their latest word."""
    november = (("contact_email", "show_name"), {"show_name"})
    october = (("contact_email", "photo", "show_name"), {"contact_email", "photo"})
    assert agreed_so_far([november, october]) == {"photo", "show_name"}


def test_nobody_has_agreed_to_what_no_form_of_theirs_asked() -> None:
    assert agreed_so_far([]) == frozenset()
    assert agreed_so_far([(("photo",), {"photo"})]) == {"photo"}


def test_a_sign_in_may_agree_to_less_at_once_and_more_waits() -> None:
    agreed = {"contact_email", "photo"}
    assert consents_to_review(agreed, {"contact_email"}) == frozenset()
    assert consents_to_review(agreed, {"contact_email", "show_name"}) == {"show_name"}
