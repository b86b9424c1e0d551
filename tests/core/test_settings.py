"""The facilitator's settings: what is valid, and how a damaged file is read."""

import pytest

from meetingkit.core.card_layout import CARD_LAYOUT_NAMES
from meetingkit.core.errors import ValidationError
from meetingkit.core.settings import CARD_LAYOUTS, Settings, settings_from


def test_the_card_layouts_named_here_are_the_printable_ones() -> None:
    assert CARD_LAYOUTS == CARD_LAYOUT_NAMES


def test_defaults_are_valid_and_round_trip() -> None:
    settings = Settings(language="es", theme="dark", turn_limit_s=90, card_layout="a6")
    assert settings_from(settings.to_dict()) == (settings, [])
    assert settings_from({}) == (Settings(), [])


@pytest.mark.parametrize(
    "change",
    [
        {"language": "klingon"},
        {"theme": "neon"},
        {"turn_limit_s": 5},
        {"turn_limit_s": 3600},
        {"card_layout": "napkin"},
    ],
)
def test_values_out_of_range_are_refused(change: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        Settings(**change)  # type: ignore[arg-type]


def test_a_damaged_file_keeps_what_it_can_and_names_what_it_dropped() -> None:
    settings, problems = settings_from(
        {
            "language": "es",
            "theme": 7,  # wrong type
            "turn_limit_s": True,  # a bool is not a number of seconds
            "card_layout": "napkin",  # unknown
            "welcomed": True,
            "from_a_newer_version": 1,  # ignored, not a problem
        }
    )
    assert settings == Settings(language="es", welcomed=True)
    assert len(problems) == 1
    for name in ("theme", "default turn limit", "default card layout"):
        assert name in problems[0]
    assert "language" not in problems[0]


@pytest.mark.parametrize("data", [[1, 2], "settings", None, 3])
def test_something_that_is_not_settings_gives_the_defaults(data: object) -> None:
    settings, problems = settings_from(data)
    assert settings == Settings()
    assert problems
