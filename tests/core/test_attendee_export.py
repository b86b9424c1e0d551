import pytest

from meetingkit.core.attendee_export import (
    ACTION_NETWORK_HEADERS,
    Attendee,
    LeftOut,
    Status,
    action_network_table,
    attendance_table,
    status_of,
)
from meetingkit.core.errors import ValidationError
from meetingkit.core.person import Person

EMAIL = frozenset({"contact_email"})
TEXT = frozenset({"contact_text"})
BOTH = EMAIL | TEXT


def here(
    first: str,
    *,
    email: str = "",
    phone: str = "",
    consents: frozenset[str] = frozenset(),
    how: str = "phone",
    expected: bool = False,
    **answers: str,
) -> Attendee:
    person = Person(
        first, "Test", email=email, phone=phone, profession="RN", workplace="St. Mary's"
    )
    return Attendee(person, True, how, 1_795_000_000_000, expected, consents, answers)


def absent(first: str) -> Attendee:
    return Attendee(Person(first), False, "", None, True)


def test_only_people_who_agreed_to_email_and_gave_one_go_to_action_network() -> None:
    """No consent: out. Text only without an email: out for want of one. Text only with an
    email: out too, or Action Network would start emailing them."""
    table = action_network_table(
        [
            here("Ana", email="ana@example.org", phone="312 555 0100", consents=BOTH),
            here("Ben", email="ben@example.org", consents=frozenset()),
            here("Cy", phone="312 555 0101", consents=TEXT),
            here("Di", email="di@example.org", phone="312 555 0102", consents=TEXT),
            here("Ed", consents=EMAIL),
            here("Flo", email="flo@example.org", phone="312 555 0103", consents=EMAIL),
            absent("Gus"),
        ]
    )
    assert table.headers == ACTION_NETWORK_HEADERS
    assert [r[0] for r in table.rows] == ["Ana", "Flo"]
    assert table.rows[0][4] == "13125550100"  # digits with the country code
    assert table.rows[1][4] == ""  # no text consent: the phone stays home
    assert table.withheld == 1
    assert table.left_out == {
        LeftOut.NOT_OPTED_IN: 1,
        LeftOut.NO_EMAIL: 2,
        LeftOut.TEXT_ONLY: 1,
    }
    assert table.left_out_total == 4
    assert "1 did not agree to be contacted" in table.describe_left_out()


def test_custom_fields_take_the_groups_own_names() -> None:
    table = action_network_table(
        [here("Ana", email="ana@example.org", consents=EMAIL, unit="4 West")],
        {"profession": "role", "workplace": "employer", "unit": "Unit"},
    )
    assert table.headers[-3:] == ("role", "employer", "Unit")
    assert table.rows[0][-3:] == ("RN", "St. Mary's", "4 West")


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"diet": "diet"}, "health data"),
        ({"notes": "notes"}, "cannot be exported"),
        ({"profession": "  "}, "a name"),
        ({"profession": "EMAIL"}, "Two columns"),
        ({"profession": "x", "workplace": "X"}, "Two columns"),
    ],
)
def test_bad_column_choices_say_what_to_fix(fields: dict[str, str], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        action_network_table([], fields)


def test_the_attendance_status_rule() -> None:
    """Own phone or a role: Completed. Kiosk or marked at the door: Walk In. A role holder who
    never came: No Show. Nobody else is listed."""
    assert status_of(here("a", how="phone")) == Status.COMPLETED
    assert status_of(here("b", how="kiosk", expected=True)) == Status.COMPLETED
    assert status_of(here("c", how="kiosk")) == Status.WALK_IN
    assert status_of(here("d", how="manual")) == Status.WALK_IN
    assert status_of(here("e", how="stack")) == Status.WALK_IN
    assert status_of(absent("f")) == Status.NO_SHOW
    assert status_of(Attendee(Person("g"), False, "", None, False)) is None


def test_the_attendance_list_blanks_contacts_without_consent() -> None:
    table = attendance_table(
        [
            here("Ana", email="ana@example.org", phone="312 555 0100", consents=EMAIL),
            here("Ben", email="ben@example.org", how="kiosk"),
            absent("Cy"),
        ],
        {"email": "Email", "phone": "Mobile"},
    )
    assert table.headers[:3] == ("first_name", "last_name", "status")
    assert table.headers[-2:] == ("Email", "Mobile")
    ana, ben, cy = table.rows
    assert ana[2:4] == ("Completed", "phone")
    assert ana[-2:] == ("ana@example.org", "")
    assert ben[2] == "Walk In"
    assert ben[-2:] == ("", "")
    assert cy[2:5] == ("No Show", "", "")
    assert table.withheld == 2
