"""Percentages as the reports print them: a half rounds up, as people round."""

import pytest

from meetingkit.core import report_wording as words
from meetingkit.core.percent import percent, whole_percent


@pytest.mark.parametrize(
    ("share", "shown"),
    [(0.125, "13%"), (0.375, "38%"), (0.625, "63%"), (0.145, "15%"), (0.124, "12%"), (1, "100%")],
)
def test_a_half_percent_rounds_up(share: float, shown: str) -> None:
    """Python rounds 12.5 to 12 and 37.5 to 38 (half to even): the report rounds both up."""
    assert percent(share) == shown
    assert words.percent(share) == shown  # the report's sentences and tables


def test_whole_percents_at_the_ends() -> None:
    assert (whole_percent(0.0), whole_percent(0.004), whole_percent(0.005)) == (0, 0, 1)
