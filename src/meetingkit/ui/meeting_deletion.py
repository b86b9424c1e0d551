"""What "Delete meeting" says before and after: what goes with the meeting, counted; for a
meeting that is running or was held, that purging keeps its anonymous counts instead; for one
left open (End meeting forgotten), that it was, and when it was last used; what backups made
before and files exported or printed still hold (core.copies_outside); and what the safety
backup it makes first keeps — everyone deleted now, unencrypted when the data is — for how
long, and where to delete it sooner."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from meetingkit.core import copies_outside
from meetingkit.core.clock import local_time
from meetingkit.core.i18n import fill, long_date
from meetingkit.core.meeting import Meeting
from meetingkit.services.backup_folder import KEEP_SAFETY_DAYS
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

    def question(
        self,
        meeting: Meeting,
        record: MeetingRecord,
        left_open_ms: int | None = None,
        *,
        leaving: int = 0,
        exported: int = 0,
        encrypted: bool = False,
    ) -> str:
        """The confirmation's text. `left_open_ms`: for a meeting left open, when the last
        thing was recorded (`services.meeting_deletion.left_open_at`): it is not running now.
        `leaving`: how many people leave the directory with it (`MeetingStore.delete`).
        `exported`: how many files the export log lists from it. `encrypted`: whether the
        data is, and so the safety backup made first."""
        name, day = meeting.title, long_date(meeting.date)
        if record.empty:
            text = fill(
                self.tr("Delete “%1” on %2, with its agenda and roles? This cannot be undone."),
                name,
                day,
            )
            return "\n\n".join([text, self.leaving(leaving)] if leaving else [text])
        said = [fill(self.tr("Delete “%1” on %2?"), name, day)]
        if record.running and left_open_ms is not None:
            last = local_time(left_open_ms)
            said.append(
                fill(
                    self.tr(
                        "It was left open (End meeting was never pressed) and last used at %1 "
                        "on %2."
                    ),
                    f"{last:%H:%M}",
                    long_date(last.date()),
                )
            )
        elif record.running:
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
        if leaving:
            paragraphs.append(self.leaving(leaving))
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
        paragraphs.append(copies_outside.of_meeting(exported))
        paragraphs.append(self.safety_backup(encrypted=encrypted))
        return "\n\n".join(paragraphs)

    def safety_backup(self, *, encrypted: bool) -> str:
        """The backup made before a meeting with a record is deleted: what it keeps, how long
        (services.backup_folder prunes it), and where to delete it sooner."""
        if encrypted:
            said = self.tr(
                "A backup of all your data, encrypted with your passphrase, is saved in the "
                "backups folder first. It keeps this meeting and everyone recorded at it — "
                "those deleted now too — for %1 days."
            )
        else:
            said = self.tr(
                "A backup of all your data is saved in the backups folder first. It is not "
                "encrypted, and keeps this meeting and everyone recorded at it — those deleted "
                "now too — for %1 days: anyone who gets the file can read them."
            )
        sooner = self.tr(
            "To remove it sooner, delete it from the backups folder yourself (Privacy page, "
            "Open data folder)."
        )
        return f"{fill(said, str(KEEP_SAFETY_DAYS))} {sooner}"

    def leaving(self, people: int) -> str:
        """Who leaves the directory with the meeting, as a purge says it (the same rule)."""
        return self.tr(
            "%n people who came into your directory at a meeting, with nothing else on "
            "record, are deleted from it too.",
            "",
            people,
        )

    def not_wiped(self, meeting: Meeting) -> str:
        """Said first when another program kept its names in the database file for now
        (ui.pending_wipe says the rest)."""
        return fill(
            self.tr(
                "“%1” was deleted: meetingkit no longer shows or uses anything recorded at it."
            ),
            meeting.title,
        )

    def deleted(self, meeting: Meeting, backup: Path | None) -> str:
        """The status bar's line once it is gone."""
        if backup is None:
            return fill(self.tr("Deleted “%1”."), meeting.title)
        return fill(
            self.tr("Deleted “%1”. A backup of the data as it was before is in %2."),
            meeting.title,
            str(backup),
        )
