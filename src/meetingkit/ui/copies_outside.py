"""What Forget person, Purge and Delete meeting cannot reach, said alike by all three: the
backups made before, and the files already exported or printed (the export log counts those
it knows of). One place for the words, so that the three questions never drift apart."""

from __future__ import annotations

from PySide6.QtCore import QObject


class CopiesOutside(QObject):
    """The words (a QObject for `self.tr`, which gives plurals)."""

    def of_person(self) -> str:
        """After "Forget NAME? …"."""
        return self.tr(
            "Backups made before now still contain them, as do files already exported or printed."
        )

    def of_meeting(self, exported: int) -> str:
        """After "Purge …?" and "Delete …?", and once purged; `exported`: how many files the
        export log lists from the meeting."""
        said = self.tr(
            "Backups made before now still contain its personal data, as do files already "
            "exported or printed."
        )
        if not exported:
            return said
        listed = self.tr(
            "%n files with people's names were saved from this meeting: the Privacy page's "
            "Export log tab lists them. Delete those you no longer need.",
            "",
            exported,
        )
        return f"{said} {listed}"
