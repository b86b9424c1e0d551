"""What one printed card, badge or tent says: the content, apart from where it goes on paper.

The PDF engine (services/printing/cards.py) lays these out; the commitment service fills them
from the database. A blank card (for walk-ins) has an empty name, card ID and QR payload.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class CommitmentCard:
    """A commitment card's front and the stub the attendee tears off and keeps."""

    organization: str
    meeting_title: str
    meeting_date: dt.date
    options: tuple[str, ...]  # 3–5 concrete, dated actions, each printed with a checkbox
    follow_up_date: dt.date  # printed on the stub: when an organizer will be in touch
    organizer_contact: str  # printed on the stub: who to reach, e.g. "Rosa · 555-0134"
    name: str = ""  # empty on a blank card: the attendee writes it in
    card_id: str = ""  # short ID printed on the card and the stub; empty on a blank card
    qr_payload: str = ""  # what the card's QR encodes (links the returned card to its record)
    hours_per_week: bool = True  # print an "hours per week I can give: ____" line

    @property
    def blank(self) -> bool:
        return not self.name and not self.card_id


@dataclass(frozen=True)
class NameBadge:
    """A name badge or the face of a name tent: the name large, one line under it."""

    name: str
    detail: str = ""  # e.g. profession or workplace, as the attendee gave it
    event: str = ""  # the meeting's title, small
