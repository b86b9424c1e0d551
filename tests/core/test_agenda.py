import datetime as dt

import pytest

from meetingkit.core.agenda import (
    BUILT_IN_TEMPLATES,
    AgendaItem,
    ItemKind,
    overflow_minutes,
    planned_total,
    schedule,
)
from meetingkit.core.errors import ValidationError


def items(*minutes: int) -> list[AgendaItem]:
    return [AgendaItem(f"Item {i}", m, id=i) for i, m in enumerate(minutes, start=1)]


def test_items_are_scheduled_back_to_back_from_the_start() -> None:
    slots = schedule(items(10, 20, 5), dt.datetime(2026, 11, 21, 18, 30))
    assert [(s.starts.strftime("%H:%M"), s.ends.strftime("%H:%M")) for s in slots] == [
        ("18:30", "18:40"),
        ("18:40", "19:00"),
        ("19:00", "19:05"),
    ]


def test_overflow_is_how_far_the_items_exceed_the_planned_length() -> None:
    assert planned_total(items(30, 45, 30)) == 105
    assert overflow_minutes(items(30, 45, 30), 90) == 15
    assert overflow_minutes(items(30, 45), 90) == 0


def test_an_item_needs_a_title_and_a_sensible_length() -> None:
    with pytest.raises(ValidationError, match="title"):
        AgendaItem("  ", 10).validated()
    with pytest.raises(ValidationError, match="between 1 minute"):
        AgendaItem("Break", 0).validated()
    assert AgendaItem("  Open   floor ", 15).validated().title == "Open floor"


def test_built_in_templates_follow_assembly_practice() -> None:
    names = [t.name for t in BUILT_IN_TEMPLATES]
    assert names == ["General assembly", "Working-group meeting", "Training"]
    assembly = BUILT_IN_TEMPLATES[0].items
    assert assembly[0].kind == ItemKind.WELCOME
    assert assembly[-1].kind == ItemKind.EVALUATION
    assert ItemKind.PROPOSAL in {i.kind for i in assembly}
    for template in BUILT_IN_TEMPLATES:
        for item in template.items:
            assert item.validated() == item


def test_clock_faces_and_spans() -> None:
    from meetingkit.core.durations import clock_face, countdown, span

    assert clock_face(754_999) == "12:34"
    assert clock_face(3_723_000) == "1:02:03"
    assert countdown(0) == "0:00"
    assert countdown(1) == "0:01"  # a millisecond left is not "time's up"
    assert countdown(59_001) == "1:00"
    assert countdown(-190_400) == "+3:10"
    assert span(1_390_000) == "23 min 10 s"
    assert span(3_900_000) == "1 h 5 min"
    assert span(40_400) == "40 s"


def test_spans_over_an_hour_keep_their_seconds_so_they_add_up() -> None:
    """Two turns of 4 h 0 min 30 s read as such, and make the total's 8 h 1 min: not "4 h"
    twice beside "8 h 1 min". A half second rounds up at any length."""
    from meetingkit.core.durations import span

    turn = 4 * 3_600_000 + 30_000
    assert span(turn) == "4 h 0 min 30 s"
    assert span(2 * turn) == "8 h 1 min"
    assert span(3_659_000) == "1 h 0 min 59 s"  # was "1 h": the seconds were cut
    assert span(3_659_500) == "1 h 1 min"
    assert span(3_600_000) == "1 h"
    assert span(3_723_000) == "1 h 2 min 3 s"
    assert span(2_500) == "3 s"  # was "2 s": half to even


def test_time_over_in_words_says_the_seconds_the_clock_face_shows() -> None:
    from meetingkit.core.durations import countdown, over_by, span

    assert countdown(-200_600) == "+3:20"
    assert over_by(-200_600) == "3 min 20 s"
    assert span(200_600) == "3 min 21 s"  # rounded: right for reports, wrong beside the face
    assert over_by(5_000) == "0 s"  # not over
