import datetime as dt
import itertools

import pytest

from meetingkit.core.commitment import (
    CARD_ALPHABET,
    Commitment,
    CommitmentOption,
    FollowUp,
    FollowUpStatus,
    card_id_from,
    display_card_id,
    follow_up_order,
    format_due,
    parse_card_id,
)
from meetingkit.core.errors import ValidationError

NOW = dt.datetime(2026, 11, 23, 12, 0)


def test_a_card_id_reads_back_however_it_is_typed() -> None:
    """Case, dashes, spaces, the QR prefix and look-alike letters do not matter."""
    card_id = card_id_from(bytes([1, 2, 3, 4, 5]))
    shown = display_card_id(card_id)
    assert shown[3] == "-"
    assert parse_card_id(shown.lower()) == card_id
    assert parse_card_id(f"  {card_id[:3]} {card_id[3:]} ") == card_id
    assert parse_card_id(f"MK:{card_id}") == card_id
    zeroes = card_id_from(bytes([0, 0, 1, 1, 0]))  # 0 0 1 1 0 + check
    assert parse_card_id(zeroes.replace("0", "O").replace("1", "l")) == zeroes


def test_every_single_mistyped_symbol_is_caught() -> None:
    card_id = card_id_from(bytes([7, 19, 28, 3, 11]))
    for position, symbol in itertools.product(range(6), CARD_ALPHABET):
        if card_id[position] == symbol:
            continue
        wrong = card_id[:position] + symbol + card_id[position + 1 :]
        with pytest.raises(ValidationError, match="misread"):
            parse_card_id(wrong)


def test_swapping_neighbours_is_caught() -> None:
    for seed in range(200):
        card_id = card_id_from(bytes((seed * k) % 256 for k in (3, 5, 7, 11, 13)))
        for i in range(5):
            if card_id[i] == card_id[i + 1]:
                continue
            swapped = card_id[:i] + card_id[i + 1] + card_id[i] + card_id[i + 2 :]
            with pytest.raises(ValidationError):
                parse_card_id(swapped)


def test_something_that_is_not_a_card_id_gets_a_message_saying_what_one_looks_like() -> None:
    with pytest.raises(ValidationError, match="like K7M-2QX"):
        parse_card_id("hello")


def test_an_option_prints_its_date_where_the_text_asks_or_at_the_end() -> None:
    due = dt.date(2026, 12, 5)
    assert CommitmentOption(1, "Hold three one-on-ones by {date}", due).printed == (
        "Hold three one-on-ones by Sat 5 Dec"
    )
    assert CommitmentOption(1, "Join the committee", due).printed == (
        "Join the committee (by Sat 5 Dec)"
    )
    assert CommitmentOption(1, "Take a shift ({date})").printed == "Take a shift"


def test_a_phone_in_spanish_shows_the_date_in_spanish_whatever_the_apps_language() -> None:
    due = dt.date(2026, 12, 5)
    assert CommitmentOption(1, "Unirme al comité", due).printed_in("es") == (
        "Unirme al comité (para el sáb 5 dic)"
    )
    assert CommitmentOption(1, "Tomar un turno ({date})", due).printed_in("es") == (
        "Tomar un turno (sáb 5 dic)"
    )
    assert CommitmentOption(1, "Join the committee", due).printed_in("en") == (
        "Join the committee (by Sat 5 Dec)"
    )
    assert CommitmentOption(1, "Tomar un turno ({date})").printed_in("es") == "Tomar un turno"
    assert [format_due(dt.date(2026, 1, 5) + dt.timedelta(days=d), "es") for d in range(7)] == [
        "lun 5 ene",
        "mar 6 ene",
        "mié 7 ene",
        "jue 8 ene",
        "vie 9 ene",
        "sáb 10 ene",
        "dom 11 ene",
    ]


def test_a_due_date_in_another_year_than_the_meeting_carries_its_year() -> None:
    """ "by Fri 8 Jan" on December's cards, copied into the commitment, read a year later as
    the coming January: the year is printed when the date is not in the meeting's year."""
    december, january = dt.date(2026, 12, 18), dt.date(2027, 1, 8)
    option = CommitmentOption(1, "Hold three one-on-ones by {date}", january)
    assert option.printed_for(december) == "Hold three one-on-ones by Fri 8 Jan 2027"
    assert option.printed_for(january) == "Hold three one-on-ones by Fri 8 Jan"
    assert CommitmentOption(1, "Join the committee", january).printed_for(december) == (
        "Join the committee (by Fri 8 Jan 2027)"
    )
    assert option.printed_in("es", december) == "Hold three one-on-ones by vie 8 ene 2027"
    assert option.printed_in("es", january) == "Hold three one-on-ones by vie 8 ene"
    assert format_due(january, seen_on=december) == "Fri 8 Jan 2027"
    assert format_due(january, seen_on=january) == "Fri 8 Jan"


def test_a_lapsed_follow_up_is_closed_but_nobody_talked_with_the_person() -> None:
    """Lapsed closes a follow-up nobody will call about any more: it is never overdue, and it
    does not count as a contact (as reached, done and declined do)."""
    lapsed = FollowUpStatus.LAPSED
    assert lapsed.closed
    assert not lapsed.talked
    assert lapsed.label == "Lapsed"
    assert not Commitment(1, 1, "x", NOW - dt.timedelta(days=200), status=lapsed).overdue(NOW)
    assert [s.talked for s in FollowUpStatus] == [False, True, True, True, False]


def test_an_option_must_say_something_and_fit_on_a_card() -> None:
    with pytest.raises(ValidationError, match="needs words"):
        CommitmentOption(1, "   ").validated()
    with pytest.raises(ValidationError, match="under 120"):
        CommitmentOption(1, "x" * 121).validated()
    assert CommitmentOption(1, "  Join   the\ncommittee ").validated().text == "Join the committee"


def _row(name: str, due: dt.datetime, status: FollowUpStatus) -> FollowUp:
    c = Commitment(1, 1, "Bring two coworkers", due, status=status)
    return FollowUp(c, name, "", "", "Meeting", dt.date(2026, 11, 21), "")


def test_the_follow_up_list_puts_overdue_first_then_open_by_date_then_closed() -> None:
    rows = [
        _row("done early", NOW - dt.timedelta(days=5), FollowUpStatus.DONE),
        _row("open later", NOW + dt.timedelta(days=2), FollowUpStatus.OPEN),
        _row("overdue recent", NOW - dt.timedelta(hours=1), FollowUpStatus.REACHED),
        _row("open soon", NOW + dt.timedelta(hours=3), FollowUpStatus.OPEN),
        _row("overdue oldest", NOW - dt.timedelta(days=3), FollowUpStatus.OPEN),
        _row("declined", NOW - dt.timedelta(days=9), FollowUpStatus.DECLINED),
    ]
    order = [r.person_name for r in follow_up_order(rows, NOW)]
    assert order == [
        "overdue oldest",
        "overdue recent",
        "open soon",
        "open later",
        "declined",
        "done early",
    ]


def test_a_closed_commitment_is_never_overdue() -> None:
    past = NOW - dt.timedelta(days=1)
    assert Commitment(1, 1, "x", past).overdue(NOW)
    assert Commitment(1, 1, "x", past, status=FollowUpStatus.REACHED).overdue(NOW)
    assert not Commitment(1, 1, "x", past, status=FollowUpStatus.DONE).overdue(NOW)
    assert not Commitment(1, 1, "x", past, status=FollowUpStatus.DECLINED).overdue(NOW)
