"""Where the main window was last closed, as the settings file keeps it."""

import pytest

from meetingkit.core.errors import ValidationError
from meetingkit.core.settings import Settings, settings_from, window_place, window_text


def test_a_window_s_place_round_trips() -> None:
    text = window_text(1093, 559, 0, -4, True)
    assert text == "1093x559+0-4 maximized"
    assert window_place(text) == (1093, 559, 0, -4, True)
    assert window_place("1180x760+93+4") == (1180, 760, 93, 4, False)
    settings = Settings(window=text)
    assert settings_from(settings.to_dict()) == (settings, [])


@pytest.mark.parametrize("text", ["big", "0x500+0+0", "1180x760", "1180x760+1+1 fullscreen"])
def test_a_damaged_place_goes_back_to_none(text: str) -> None:
    assert window_place(text) is None
    with pytest.raises(ValidationError):
        Settings(window=text)
    settings, problems = settings_from({"window": text, "language": "es"})
    assert settings == Settings(language="es")
    assert "the window's size and place" in problems[0]
