import pytest

from meetingkit.core.decision import (
    CheckKind,
    Decision,
    Objections,
    Outcome,
    TemperatureCheck,
    parse_names,
)
from meetingkit.core.errors import ValidationError


def test_consensus_with_stand_asides_by_name_and_count() -> None:
    d = Decision(
        "Hold a staffing vigil on Dec 5",
        Outcome.CONSENSUS,
        stand_asides=Objections(("Daniel",), unnamed=2),
    ).validated()
    assert d.summary() == "Adopted by consensus; stand-asides: Daniel, 2 unnamed"


def test_modified_consensus_must_reach_its_threshold() -> None:
    ok = Decision(
        "Petition",
        Outcome.MODIFIED_CONSENSUS,
        votes_for=19,
        votes_against=1,
        abstentions=3,
        threshold_percent=90,
    ).validated()
    assert ok.summary().startswith("Adopted by modified consensus; 95% support, threshold 90%")
    with pytest.raises(ValidationError, match="below the 90% threshold"):
        Decision(
            "Petition",
            Outcome.MODIFIED_CONSENSUS,
            votes_for=17,
            votes_against=3,
            threshold_percent=90,
        ).validated()
    with pytest.raises(ValidationError, match="threshold above 50%"):
        Decision(
            "Petition", Outcome.MODIFIED_CONSENSUS, votes_for=1, threshold_percent=40
        ).validated()


def test_a_majority_needs_more_for_than_against() -> None:
    d = Decision("Endorse", Outcome.MAJORITY, votes_for=12, votes_against=9, abstentions=2)
    assert d.validated().summary() == "Adopted by majority vote; 12 for, 9 against, 2 abstaining"
    with pytest.raises(ValidationError, match="not a majority"):
        Decision("Endorse", Outcome.MAJORITY, votes_for=9, votes_against=9).validated()


def test_a_block_stops_consensus_and_must_be_recorded() -> None:
    with pytest.raises(ValidationError, match="record the outcome as blocked"):
        Decision("X", Outcome.CONSENSUS, blocks=Objections(unnamed=1)).validated()
    with pytest.raises(ValidationError, match="who blocked"):
        Decision("X", Outcome.BLOCKED).validated()
    blocked = Decision("X", Outcome.BLOCKED, blocks=Objections(("Mei",))).validated()
    assert blocked.summary() == "Blocked; blocks: Mei"


def test_a_decision_needs_the_proposal_text() -> None:
    with pytest.raises(ValidationError, match="proposal"):
        Decision("  ", Outcome.WITHDRAWN).validated()


def test_twinkles_and_fist_to_five_tallies() -> None:
    t = TemperatureCheck(CheckKind.TWINKLES, (14, 5, 1), "  Vigil on the 5th? ").validated()
    assert (
        t.summary().replace("\u00a0", " ")
        == "Twinkles on “Vigil on the 5th?”: up: 14 · flat: 5 · down: 1"
    )
    f = TemperatureCheck(CheckKind.FIST_TO_FIVE, (0, 0, 2, 3, 5, 10)).validated()
    assert f.average() == pytest.approx(83 / 20)
    assert f.summary() == (
        "Fist to five: fist:\u00a00\u00a0· 1:\u00a00\u00a0· 2:\u00a02\u00a0· 3:\u00a03\u00a0· "
        "4:\u00a05\u00a0· 5:\u00a010 (average 4.2)"
    )
    with_fist = TemperatureCheck(CheckKind.FIST_TO_FIVE, (1, 0, 0, 0, 0, 9))
    assert "with a fist: a block" in with_fist.summary()


def test_temperature_checks_refuse_wrong_shapes() -> None:
    with pytest.raises(ValidationError, match="3 answers"):
        TemperatureCheck(CheckKind.TWINKLES, (1, 2)).validated()
    with pytest.raises(ValidationError, match="at least one"):
        TemperatureCheck(CheckKind.TWINKLES, (0, 0, 0)).validated()


def test_names_typed_in_one_box() -> None:
    assert parse_names("Ana, Dele;  Wren ,") == ("Ana", "Dele", "Wren")
