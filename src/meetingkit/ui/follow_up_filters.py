"""The Follow-ups page's filters: one organizer's follow-ups (who calls), and one meeting's or
one group's. After a year the list holds hundreds; an organizer wants the calls that are
theirs, a group's coordinator the group's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from meetingkit.core.commitment import FollowUp
from meetingkit.core.i18n import fill, meeting_day
from meetingkit.core.person import fold

EVERYONE = -1  # "every organizer"; 0 is "nobody", else the organizer's person id


@dataclass(frozen=True)
class FollowUpFilter:
    """Which follow-ups are listed: one organizer's (0: those nobody calls yet), and one
    meeting's ("meeting:ID") or one group's ("group:NAME"); every one by default."""

    organizer_id: int = EVERYONE
    source: str = ""

    def keeps(self, row: FollowUp) -> bool:
        organizer = row.commitment.organizer_id or 0
        if self.organizer_id != EVERYONE and organizer != self.organizer_id:
            return False
        if self.source.startswith("meeting:"):
            return self.source == f"meeting:{row.commitment.meeting_id}"
        if self.source.startswith("group:"):
            return self.source == f"group:{row.group_name}"
        return True


class FollowUpFilters(QWidget):
    changed = Signal()
    """Another organizer, meeting or group was chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.organizer_combo = QComboBox()
        self.organizer_combo.setAccessibleName(self.tr("Organizer"))
        self.source_combo = QComboBox()
        self.source_combo.setAccessibleName(self.tr("Meeting or group"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for text, combo in (
            (self.tr("&Organizer:"), self.organizer_combo),
            (self.tr("Meeting or &group:"), self.source_combo),
        ):
            # As wide as a short name or title: a long one is cut here and whole in the list
            # it drops, so the page still fits a small screen.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
            # Where the page's top row has room to spare, the combos take it (a longer title
            # shows), not the space between a label and its combo.
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, combo.sizePolicy().verticalPolicy())
            combo.currentIndexChanged.connect(self.changed)
            label = QLabel(text)
            label.setBuddy(combo)
            layout.addWidget(label)
            layout.addWidget(combo)

    def fill(self, rows: Sequence[FollowUp], today: dt.date) -> None:
        """Offer the organizers, groups and meetings of `rows`, keeping what was chosen
        (or every one, when it is no longer among them)."""
        organizers: dict[int, str] = {}
        groups: set[str] = set()
        meetings: dict[int, tuple[dt.date, str]] = {}
        for r in rows:
            organizers[r.commitment.organizer_id or 0] = r.organizer_name
            if r.group_name:
                groups.add(r.group_name)
            meetings[r.commitment.meeting_id] = (r.meeting_date, r.meeting_title)
        named = sorted((k for k in organizers if k), key=lambda k: fold(organizers[k]))
        _fill(
            self.organizer_combo,
            [(self.tr("Every organizer"), EVERYONE)]
            + ([(self.tr("— nobody —"), 0)] if 0 in organizers else [])
            + [(organizers[k], k) for k in named],
        )
        newest = sorted(meetings, key=lambda k: (meetings[k][0], k), reverse=True)
        _fill(
            self.source_combo,
            [(self.tr("Every meeting"), "")]
            + [(fill(self.tr("Group: %1"), g), f"group:{g}") for g in sorted(groups, key=fold)]
            + [
                (f"{meeting_day(meetings[k][0], today)} · {meetings[k][1]}", f"meeting:{k}")
                for k in newest
            ],
        )

    def current(self) -> FollowUpFilter:
        organizer = self.organizer_combo.currentData()
        source = self.source_combo.currentData()
        return FollowUpFilter(
            organizer if isinstance(organizer, int) else EVERYONE,
            source if isinstance(source, str) else "",
        )


def _fill(combo: QComboBox, items: Sequence[tuple[str, object]]) -> None:
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    combo.blockSignals(False)
