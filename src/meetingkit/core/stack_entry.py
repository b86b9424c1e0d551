"""What someone asks for when they join the speaking stack, in the room's own vocabulary.

Jump-the-queue entries go ahead of the general stack, highest first (DOMAIN.md):
point of process, technical point / language request, clarifying question, direct response.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from meetingkit.core.i18n import QT_TRANSLATE_NOOP, translate


class EntryKind(StrEnum):
    PROCESS = "process"
    TECHNICAL = "technical"
    CLARIFYING = "clarifying"
    DIRECT_RESPONSE = "direct_response"
    GENERAL = "general"

    @property
    def precedence(self) -> int:
        """0 goes first. Only GENERAL entries are ordered by the meeting's policy."""
        return list(EntryKind).index(self)

    @property
    def jumps_queue(self) -> bool:
        return self is not EntryKind.GENERAL

    @property
    def counts_as_turn(self) -> bool:
        """Whether it is a turn for the rules that count turns (first-time speakers first,
        fewest turns first). A point of process, a technical point or a clarifying question
        helps the meeting along and costs nobody their place; a direct response speaks to
        the question, as a turn from the stack does."""
        return self in (EntryKind.GENERAL, EntryKind.DIRECT_RESPONSE)

    @property
    def carries_over(self) -> bool:
        """Whether it still makes sense on the next agenda item, when the agenda moves on
        before it is heard. A place on the general stack does; so does a point of process or
        a technical point, which are about the meeting and the room (the agenda, a break,
        "we can't hear", interpretation). A direct response or a clarifying question is not:
        it answers, or asks about, what someone said on the item left, and on the next item
        that speaker is not speaking."""
        return self not in (EntryKind.DIRECT_RESPONSE, EntryKind.CLARIFYING)


class Vocabulary(StrEnum):
    ASSEMBLY = "assembly"
    PARLIAMENTARY = "parliamentary"

    @property
    def label(self) -> str:
        if self is Vocabulary.ASSEMBLY:
            return translate("Floor", "Assembly hand signals")
        return translate("Floor", "Parliamentary")

    def name_of(self, kind: EntryKind) -> str:
        return translate("Floor", _NAMES[self][kind])

    def signal_of(self, kind: EntryKind) -> str:
        """The hand signal, for the assembly vocabulary; empty for parliamentary."""
        signal = _SIGNALS.get(kind, "") if self is Vocabulary.ASSEMBLY else ""
        return translate("Floor", signal) if signal else ""


_NAMES = {
    Vocabulary.ASSEMBLY: {
        EntryKind.PROCESS: QT_TRANSLATE_NOOP("Floor", "Point of process"),
        EntryKind.TECHNICAL: QT_TRANSLATE_NOOP("Floor", "Technical point / language"),
        EntryKind.CLARIFYING: QT_TRANSLATE_NOOP("Floor", "Clarifying question"),
        EntryKind.DIRECT_RESPONSE: QT_TRANSLATE_NOOP("Floor", "Direct response"),
        EntryKind.GENERAL: QT_TRANSLATE_NOOP("Floor", "Stack"),
    },
    Vocabulary.PARLIAMENTARY: {
        EntryKind.PROCESS: QT_TRANSLATE_NOOP("Floor", "Point of order"),
        EntryKind.TECHNICAL: QT_TRANSLATE_NOOP("Floor", "Point of personal privilege"),
        EntryKind.CLARIFYING: QT_TRANSLATE_NOOP("Floor", "Point of information"),
        EntryKind.DIRECT_RESPONSE: QT_TRANSLATE_NOOP("Floor", "Direct response"),
        EntryKind.GENERAL: QT_TRANSLATE_NOOP("Floor", "Speaking list"),
    },
}

_SIGNALS = {  # the letters T and C are shapes made with the hands, the same in any language
    EntryKind.PROCESS: QT_TRANSLATE_NOOP("Floor", "triangle"),
    EntryKind.TECHNICAL: "T",
    EntryKind.CLARIFYING: "C",
    EntryKind.DIRECT_RESPONSE: QT_TRANSLATE_NOOP("Floor", "two fingers"),
}


@dataclass(frozen=True)
class TurnLimits:
    """How long a turn may run before the speaker is cued, per kind of entry (ms)."""

    general_ms: int = 120_000
    process_ms: int = 60_000
    technical_ms: int = 30_000
    clarifying_ms: int = 45_000
    direct_response_ms: int = 60_000
    cue_before_ms: int = 15_000  # the discreet colour change comes this long before the limit

    def for_kind(self, kind: EntryKind) -> int:
        return {
            EntryKind.GENERAL: self.general_ms,
            EntryKind.PROCESS: self.process_ms,
            EntryKind.TECHNICAL: self.technical_ms,
            EntryKind.CLARIFYING: self.clarifying_ms,
            EntryKind.DIRECT_RESPONSE: self.direct_response_ms,
        }[kind]
