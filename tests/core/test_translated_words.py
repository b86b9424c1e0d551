"""The core's words reach the screen through the app's translation: each in its context, the
counts chosen in the code, the placeholders filled after translating (people's own words
last), and English exactly as it was until a translator is installed."""

import datetime as dt
from collections.abc import Callable, Iterator

import pytest

from meetingkit.core import i18n
from meetingkit.core import report_wording as words
from meetingkit.core.agenda import BUILT_IN_TEMPLATES, ItemKind, built_in_templates
from meetingkit.core.airtime import NOT_GIVEN
from meetingkit.core.airtime_equity import FIRST_TIMERS, OTHER_GROUPS, shown_group
from meetingkit.core.commitment import USUAL_OPTIONS, FollowUpStatus, usual_option
from meetingkit.core.decision import CheckKind, Outcome, TemperatureCheck
from meetingkit.core.floor import Policy
from meetingkit.core.group import GroupKind
from meetingkit.core.guided_path import PATH, Phase
from meetingkit.core.ladder import DEFAULT_RUNGS, Measure, default_rungs, is_default
from meetingkit.core.meeting import Meeting, MeetingKind, Role
from meetingkit.core.person import PROFESSIONS, profession_suggestions
from meetingkit.core.rotation import Rotation, RotationStep, RotationTimer
from meetingkit.core.stack_entry import EntryKind, Vocabulary

Asked = list[tuple[str, str]]


@pytest.fixture
def asked() -> Iterator[Asked]:
    """Install a translator that notes each (context, text) asked and answers «text»."""
    seen: Asked = []

    def translator(context: str, text: str, _disambiguation: str | None, _n: int) -> str:
        seen.append((context, text))
        return f"«{text}»"

    i18n.install(translator)
    yield seen
    i18n.install(None)


LABELS: list[tuple[Callable[[], str], str, str]] = [
    (lambda: Phase.FOLLOW_UP.label, "Guided path", "Follow up"),
    (lambda: PATH[0].wording, "Guided path", "Agenda fits the time"),
    (lambda: Role.NOTE_TAKER.label, "Meeting", "Note taker"),
    (lambda: Role.GREETER.duty, "Meeting", "Welcomes people at the door and helps them sign in."),
    (lambda: MeetingKind.ASSEMBLY.label, "Meeting", "Assembly"),
    (lambda: ItemKind.PROPOSAL.label, "Agenda", "Proposal / decision"),
    (lambda: Policy.FIFO.label, "Floor", "First come, first served"),
    (lambda: Vocabulary.ASSEMBLY.name_of(EntryKind.PROCESS), "Floor", "Point of process"),
    (lambda: Vocabulary.ASSEMBLY.signal_of(EntryKind.PROCESS), "Floor", "triangle"),
    (lambda: FollowUpStatus.DECLINED.label, "Commitments", "Declined"),
    (lambda: GroupKind.WORKING_GROUP.label, "Groups", "Working group"),
    (lambda: Measure.LED.label, "Ladder", "Meetings led"),
    (lambda: Outcome.BLOCKED.label, "Decisions", "Blocked"),
    (lambda: CheckKind.FIST_TO_FIVE.label, "Decisions", "Fist to five"),
]


@pytest.mark.parametrize(("shown", "context", "english"), LABELS)
def test_labels_are_translated_where_they_are_read(
    asked: Asked, shown: Callable[[], str], context: str, english: str
) -> None:
    assert shown() == f"«{english}»"
    assert (context, english) in asked


@pytest.mark.parametrize(("shown", "context", "english"), LABELS)
def test_without_a_translator_the_english_is_unchanged(
    shown: Callable[[], str], context: str, english: str
) -> None:
    del context
    assert shown() == english


def test_counts_choose_the_words_in_the_code(asked: Asked) -> None:
    """One and many are two messages, since Qt gives translate() no plural forms."""
    words.people(1)
    words.people(4)
    Measure.ATTENDED.describe(1)
    Measure.ATTENDED.describe(3)
    assert ("Report", "1 person") in asked
    assert ("Report", "%1 people") in asked
    assert ("Ladder", "came to at least 1 meeting") in asked
    assert ("Ladder", "came to at least %1 meetings") in asked
    assert not [text for _, text in asked if "%n" in text]


def test_english_counts_read_as_before() -> None:
    assert [words.people(n) for n in (0, 1, 2)] == ["0 people", "1 person", "2 people"]
    assert Measure.KEPT.describe(1) == "kept at least 1 commitment"
    assert Measure.KEPT.describe(2) == "kept at least 2 commitments"


def test_placeholders_are_filled_after_translating_and_peoples_words_last() -> None:
    """A translation may move the placeholders; a step or a question that holds "%1" is
    shown as typed, not taken for one."""
    spanish = {
        "Round %1 of %2 · %3": "%3 — ronda %1 de %2",
        "%1 on “%2”": "%1 sobre “%2”",
    }
    i18n.install(lambda _c, text, _d, _n: spanish.get(text, text))
    try:
        rotation = Rotation(3, (RotationStep("Paso %1", 60), RotationStep("Cambio", 60)), 2)
        cue = RotationTimer(rotation, clock=_Stopped()).cues[2]
        assert str(cue) == "Paso %1 — ronda 2 de 2"
        check = TemperatureCheck(CheckKind.TWINKLES, (3, 1, 0), "¿Hacemos %2?")
        assert check.summary().startswith("Twinkles sobre “¿Hacemos %2?”:")
    finally:
        i18n.install(None)


class _Stopped:
    def now(self) -> float:
        return 0.0


def test_the_apps_own_groups_are_translated_and_peoples_groups_are_not(asked: Asked) -> None:
    assert shown_group(NOT_GIVEN) == "«Not given»"
    assert shown_group(OTHER_GROUPS) == "«Other professions»"
    assert shown_group(FIRST_TIMERS) == "«First-timers»"
    assert shown_group("Registered nurse (RN)") == "Registered nurse (RN)"
    assert ("Airtime", "Not given") in asked


def test_built_in_content_is_offered_in_the_apps_language(asked: Asked) -> None:
    """Templates, the default ladder, the usual commitments and the professions offered."""
    general = built_in_templates()[0]
    assert general.name == "«General assembly»"
    assert general.items[0].title == "«Welcome, agreements and roles»"
    assert general.items[2].notes == ""  # no notes: nothing to translate
    assert default_rungs()[0].name == "«Came at least once»"
    assert USUAL_OPTIONS[1].text == "«Hold three one-on-ones by {date}»"
    option = usual_option(USUAL_OPTIONS[1], 1, dt.date(2026, 11, 21))
    assert option.text == "«Hold three one-on-ones by {date}»"
    assert profession_suggestions()[0] == "«Registered nurse (RN)»"
    assert ("Agenda templates", "General assembly") in asked


def test_built_in_content_in_english_is_the_constants() -> None:
    assert built_in_templates() == BUILT_IN_TEMPLATES
    assert default_rungs() == DEFAULT_RUNGS
    assert profession_suggestions() == list(PROFESSIONS)


def test_the_default_ladder_is_known_in_english_and_in_the_apps_language(asked: Asked) -> None:
    """So a group keeping the default ladder stores none, named in either language."""
    assert is_default(DEFAULT_RUNGS)
    assert is_default(default_rungs())
    assert not is_default(default_rungs()[:-1])


def test_validation_errors_are_translated(asked: Asked) -> None:
    from meetingkit.core.errors import ValidationError

    with pytest.raises(ValidationError, match="«Planned length must be between"):
        Meeting("Assembly", dt.date(2026, 11, 21), dt.time(18), planned_minutes=0).validated()
    assert (
        "Meeting",
        "Planned length must be between 1 minute and %1 hours (got %2 minutes).",
    ) in asked
