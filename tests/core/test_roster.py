import pytest

from meetingkit.core.errors import ValidationError
from meetingkit.core.person import Person
from meetingkit.core.roster import (
    IGNORE,
    Action,
    ContactIndex,
    guess_mapping,
    override_mapping,
    plan_import,
    read_row,
    split_name,
)
from meetingkit.core.roster_file import MAX_ROWS, RosterFileError, read_roster
from meetingkit.core.signin import Candidate

ACTION_NETWORK_HEADER = (
    "uuid,first_name,last_name,email,zip_code,can2_user_address,can2_user_city,"
    "can2_state_abbreviated,can2_country,can2_phone,can2_sms_status,can2_subscription_status,"
    "Employer,Role"
)


def test_an_action_network_export_maps_by_its_own_names() -> None:
    """can2_phone is the phone; address columns we do not keep are ignored."""
    headers = ACTION_NETWORK_HEADER.split(",")
    mapping = dict(zip(headers, guess_mapping(headers), strict=True))
    assert mapping["first_name"] == "first_name"
    assert mapping["last_name"] == "last_name"
    assert mapping["email"] == "email"
    assert mapping["zip_code"] == "zip_code"
    assert mapping["can2_phone"] == "phone"
    assert mapping["Employer"] == "workplace"
    assert mapping["Role"] == "profession"
    for ignored in ("uuid", "can2_user_city", "can2_sms_status", "can2_user_address"):
        assert mapping[ignored] == IGNORE


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Mobile", "phone"),
        ("Cell", "phone"),
        ("Cell Phone", "phone"),
        ("mobile_number", "phone"),
        ("Phone", "phone"),
        ("E-mail", "email"),
        ("Email Address", "email"),
        ("First Name", "first_name"),
        ("Given name", "first_name"),
        ("Surname", "last_name"),
        ("Postcode", "zip_code"),
        ("ZIP", "zip_code"),
        ("Worksite", "workplace"),
        ("Unit", "workplace"),
        ("Job title", "profession"),
        ("Profession", "profession"),
        ("Name", "full_name"),
        ("  Full_Name ", "full_name"),
        ("Teléfono", "phone"),
        ("Shoe size", IGNORE),
    ],
)
def test_member_list_aliases(header: str, field: str) -> None:
    """Case, spaces, underscores, hyphens and accents do not matter."""
    assert guess_mapping([header]) == (field,)


def test_a_second_name_column_is_not_taken_for_the_first() -> None:
    assert guess_mapping(["Name", "Emergency contact", "Name"]) == ("full_name", "", "")


def test_overrides_by_header_or_normalized_name() -> None:
    headers = ["Name", "Phone", "Home phone"]
    mapping = guess_mapping(headers)
    changed = override_mapping(headers, mapping, {"home_phone": "phone", "Phone": "ignore"})
    assert changed == ("full_name", IGNORE, "phone")
    with pytest.raises(ValidationError, match="no column “Shoe”"):
        override_mapping(headers, mapping, {"Shoe": "notes"})
    with pytest.raises(ValidationError, match="not a field"):
        override_mapping(headers, mapping, {"Phone": "birthday"})


def test_a_full_name_is_split_at_the_first_space_or_a_comma() -> None:
    assert split_name("Ana María García") == ("Ana", "María García")
    assert split_name("García López, Ana María") == ("Ana María", "García López")
    assert split_name("Cher") == ("Cher", "")


def test_a_row_keeps_what_is_valid_and_says_what_it_dropped() -> None:
    mapping = ("full_name", "email", "phone", "workplace", "workplace")
    reading = read_row(["Ana García", "not-an-email", "12", "St. Mary's", "4 West"], mapping, 2)
    assert reading.person is not None
    assert (reading.person.first_name, reading.person.last_name) == ("Ana", "García")
    assert reading.person.email == ""
    assert reading.person.phone == ""
    assert reading.person.workplace == "St. Mary's, 4 West"
    assert len(reading.notes) == 2
    nameless = read_row(["", "x@example.org", "3125550100", "", ""], mapping, 3)
    assert (nameless.person, nameless.skip_reason) == (None, "no name")


def test_matching_fills_blanks_and_never_merges_on_a_guess() -> None:
    """Same phone and first name: the same person. Same email, another first name (a family):
    a new person, reported. A row repeating an earlier row is merged into it."""
    index = ContactIndex(
        [
            Candidate(1, "Rosa", "Delgado", "", "delgados@example.org"),
            Candidate(2, "Lan", "Nguyen", "(312) 555-0199", ""),
        ]
    )
    file = read_roster(
        (
            "First,Last,Email,Mobile,Zip\n"
            "Lan,Nguyen,lan@example.org,312.555.0199,60601\n"
            "Tomás,Delgado,delgados@example.org,,\n"
            "Marisol,Ortiz,m@example.org,,\n"
            "Marisol,,m@example.org,3125550111,60622\n"
            ",,,,\n"
            ",,nobody@example.org,,\n"
        ).encode()
    )
    plan = plan_import(file, guess_mapping(file.headers), index)
    actions = [(r.line, r.action) for r in plan.rows]
    assert actions == [
        (2, Action.UPDATE),
        (3, Action.NEW),
        (4, Action.NEW),
        (5, Action.UPDATE),
        (7, Action.SKIP),  # line 6 is blank and not a row at all
    ]
    assert plan.rows[0].match_id == 2
    assert plan.rows[1].possible_duplicate
    assert plan.rows[3].match_id == -4
    assert (plan.added, plan.matched, plan.merged, plan.skipped) == (2, 1, 1, 1)
    marisol = plan.new_people[1]
    assert (marisol.last_name, marisol.phone, marisol.zip_code) == ("Ortiz", "3125550111", "60622")
    assert plan.skip_reasons() == {"no name": 1}


def test_a_plan_needs_a_name_column() -> None:
    file = read_roster(b"Email,Phone\nx@example.org,3125550100\n")
    with pytest.raises(ValidationError, match="No column is set to hold names"):
        plan_import(file, guess_mapping(file.headers), ContactIndex())


# Reading files


def test_utf8_with_and_without_a_byte_order_mark() -> None:
    for data in ("Name,Phone\nJosé,1\n".encode(), "\ufeffName,Phone\nJosé,1\n".encode()):
        file = read_roster(data)
        assert file.headers == ("Name", "Phone")
        assert file.rows == (("José", "1"),)
        assert (file.encoding, file.note) == ("UTF-8", "")


def test_windows_1252_is_read_with_a_note_to_check() -> None:
    file = read_roster("Name;Phone\nJosé Peña;1\n".encode("cp1252"))
    assert file.rows == (("José Peña", "1"),)
    assert file.encoding == "Windows-1252"
    assert "Windows-1252" in file.note
    assert file.delimiter == ";"


def test_utf16_tabs_from_excel_unicode_text() -> None:
    file = read_roster("Name\tMobile\r\nLan\t3125550199\r\n".encode("utf-16"))
    assert (file.encoding, file.delimiter, file.delimiter_name) == ("UTF-16", "\t", "tabs")
    assert file.rows == (("Lan", "3125550199"),)


def test_quoted_delimiters_do_not_fool_the_sniffer() -> None:
    file = read_roster(b'"Last, First";Phone\n"Garcia, Ana";1\n')
    assert file.delimiter == ";"
    assert file.rows == (("Garcia, Ana", "1"),)


def test_short_rows_are_padded_and_lines_counted_as_a_spreadsheet_does() -> None:
    file = read_roster(b'Name,Notes,Phone\nAna,"two\nlines"\n\nBen,,2\n')
    assert file.rows == (("Ana", "two lines", ""), ("Ben", "", "2"))
    assert file.lines == (2, 4)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"PK\x03\x04\x14\x00rest-of-a-zip", "Excel workbook"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old-style Excel"),
        (b"%PDF-1.7\n", "a PDF"),
        (b"Name\x00\x01\x02\x03", "binary data"),
        (b"", "empty"),
        (b"\n\n , \n", "empty"),
        (b"Name,Phone\n", "no people"),
        (b"\x81\x8d\x8f\x90\x9d" * 10, "not text"),
        (bytes(range(1, 32)) * 40, "does not look like text"),
    ],
)
def test_what_is_not_a_roster_is_refused_with_a_message(data: bytes, message: str) -> None:
    with pytest.raises(RosterFileError, match=message) as caught:
        read_roster(data, "members.xlsx")
    assert "members.xlsx" in str(caught.value)


def test_too_many_rows_are_refused() -> None:
    data = b"Name\n" + b"A\n" * (MAX_ROWS + 1)
    with pytest.raises(RosterFileError, match="more than 100,000 rows"):
        read_roster(data)


def test_too_many_bytes_are_refused_before_parsing() -> None:
    with pytest.raises(RosterFileError, match="larger than 20 MB"):
        read_roster(b"Name\n" + b"x" * (20 * 1024 * 1024))


def test_person_fields_are_tidied() -> None:
    reading = read_row(["  Ana  ", "ANA@Example.ORG"], ("first_name", "email"), 2)
    assert reading.person == Person("Ana", email="ana@example.org")


def test_a_quote_that_never_closes_is_refused_with_its_line_not_swallowing_rows() -> None:
    """Python's reader would run every later row into Cal's cell: Dee and Eve lost unsaid."""
    data = (
        b"First Name,Last Name,Mobile\n"
        b'Ana,"O"Brien",312-555-0100\n'
        b"Ben,Ng,312-555-0101\n"
        b'Cal,"Smith,312-555-0102\n'
        b"Dee,Fox,312-555-0103\n"
        b"Eve,Lu,312-555-0104\n"
    )
    with pytest.raises(RosterFileError, match="never closed, on line 4"):
        read_roster(data, "roster.csv")


def test_other_stray_quotes_and_quoted_line_breaks_still_read() -> None:
    roster = read_roster(b'First,Last\nAna,"O"Brien"\nBen,"Multi\nline"\nCal,O"Neil\n')
    assert [r[0] for r in roster.rows] == ["Ana", "Ben", "Cal"]
    assert roster.rows[2] == ("Cal", 'O"Neil')
