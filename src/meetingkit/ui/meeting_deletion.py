"""What "Delete meeting" says before and after: what goes with the meeting, counted; for a
meeting that is running or was held, that purging keeps its anonymous counts instead."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from meetingkit.core.i18n import fill, long_date
from meetingkit.core.meeting import Meeting
from meetingkit.storage.meetings import MeetingRecord


class MeetingDeletion(QObject):
    """The words of Delete meeting (a QObject for `self.tr`, which gives plurals)."""

    def recorded(self, record: MeetingRecord) -> list[str]:
        """What was recorded at the meeting, counted ("21 sign-ins"); only what there is."""
        counted = (
            (record.signins, self.tr("%n sign-ins", "", record.signins)),
            (record.attendees, self.tr("%n attendees", "", record.attendees)),
            (record.turns, self.tr("%n turns", "", record.turns)),
            (record.cards, self.tr("%n cards", "", record.cards)),
            (
                record.commitments,
                self.tr("%n commitments with their follow-ups", "", record.commitments),
            ),
            (record.minutes, self.tr("the minutes of %n items", "", record.minutes)),
            (record.decisions, self.tr("%n decisions", "", record.decisions)),
            (record.checks, self.tr("%n temperature checks", "", record.checks)),
        )
        return [text for n, text in counted if n]

    def question(self, meeting: Meeting, record: MeetingRecord) -> str:
        """The confirmation's text."""
        name, day = meeting.title, long_date(meeting.date)
        if record.empty:
            return fill(
                self.tr("Delete “%1” on %2, with its agenda and roles? This cannot be undone."),
                name,
                day,
            )
        said = [fill(self.tr("Delete “%1” on %2?"), name, day)]
        if record.running:
            said.append(self.tr("It is running now."))
        parts = self.recorded(record)
        if parts:
            said.append(
                fill(
                    self.tr("Its agenda and roles go with it, and all that was recorded: %1."),
                    ", ".join(parts),
                )
            )
        else:
            said.append(self.tr("Its agenda and roles go with it, and its record."))
        said.append(self.tr("This cannot be undone."))
        paragraphs = [" ".join(said)]
        if record.purged:
            paragraphs.append(
                self.tr("Its personal data was already purged: its anonymous counts go too.")
            )
        elif record.running or record.held:
            paragraphs.append(
                self.tr(
                    "To take people's names out but keep its anonymous counts (how many came, "
                    "airtime by group), purge it instead, on the Privacy page."
                )
            )
        paragraphs.append(
            self.tr("A backup of all your data is saved in the backups folder first.")
        )
        return "\n\n".join(paragraphs)

    def deleted(self, meeting: Meeting, backup: Path | None) -> str:
        """The status bar's line once it is gone."""
        if backup is None:
            return fill(self.tr("Deleted “%1”."), meeting.title)
        return fill(
            self.tr("Deleted “%1”. A backup of the data as it was before is in %2."),
            meeting.title,
            str(backup),
        )
