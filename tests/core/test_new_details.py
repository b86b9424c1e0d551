from meetingkit.core.new_details import new_details, same_detail
from meetingkit.core.person import Person


def test_what_a_sign_in_adds_or_says_otherwise_is_new() -> None:
    """Blanks add nothing, and the first name is what the sign-in was matched by."""
    record = Person("María José", "Delgado", phone="(312) 555-0104", workplace="St. Brigid")
    given = {
        "first_name": "Maria",
        "last_name": "Delgado Ruiz",
        "phone": "312.555.0104",
        "email": "mj@example.org",
        "zip_code": "",
        "workplace": "ST.  BRIGID",
    }
    assert new_details(record, given) == {
        "last_name": "Delgado Ruiz",
        "email": "mj@example.org",
    }


def test_a_value_written_another_way_is_the_same() -> None:
    """Nobody is asked about a difference of writing."""
    assert same_detail("phone", "(312) 555-0104", "312.555.0104")
    assert same_detail("email", "Ana@Example.org", "ana@example.org")
    assert same_detail("profession", "RN", "Registered nurse (RN)")
    assert same_detail("last_name", "García", "garcia")
    assert same_detail("last_name", "O'Brien", "Obrien")
    assert same_detail("last_name", "Scott-Hill", "scott hill")
    assert not same_detail("last_name", "Brien", "Obrien")
    assert not same_detail("phone", "312 555 0104", "312 555 0105")
    assert not same_detail("profession", "RN", "CNA")
