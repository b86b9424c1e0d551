"""The retention new meetings start with is a setting: off (0) by default, 1 to 3650 days, and
a damaged value goes back to off with a word about it."""

import pytest

from meetingkit.core.errors import ValidationError
from meetingkit.core.settings import MAX_RETENTION_DAYS, Settings, settings_from


def test_new_meetings_keep_their_data_until_purged_by_hand_unless_set() -> None:
    assert Settings().retention_days == 0
    assert Settings().new_meeting_retention is None
    assert Settings(retention_days=365).new_meeting_retention == 365
    assert settings_from({"retention_days": 180}) == (Settings(retention_days=180), [])


@pytest.mark.parametrize("days", [-1, MAX_RETENTION_DAYS + 1])
def test_a_retention_out_of_range_is_refused(days: int) -> None:
    with pytest.raises(ValidationError):
        Settings(retention_days=days)


@pytest.mark.parametrize("value", [-5, "365", True, 99999])
def test_a_damaged_retention_goes_back_to_off_and_says_so(value: object) -> None:
    settings, problems = settings_from({"retention_days": value, "theme": "dark"})
    assert settings == Settings(theme="dark")
    assert "purge of new meetings' personal data" in problems[0]
