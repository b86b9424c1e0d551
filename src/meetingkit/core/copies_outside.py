"""What Forget person, Purge and Delete meeting cannot reach, said alike by all three, in the
app and on the command line (`meetingkit purge`): the backups made before, and the files
already exported or printed (the export log counts those it knows of). One place for the
words, so that the questions never drift apart.

Plain text; whoever shows it escapes it or shows it as plain text (Qt).
"""

from __future__ import annotations

from meetingkit.core.i18n import fill, translate


def of_person() -> str:
    """After "Forget NAME? …"."""
    return translate(
        "CopiesOutside",
        "Backups made before now still contain them, as do files already exported or printed.",
    )


def of_meeting(exported: int) -> str:
    """After "Purge …?" and "Delete …?", and once purged; `exported`: how many files the
    export log lists from the meeting."""
    said = translate(
        "CopiesOutside",
        "Backups made before now still contain its personal data, as do files already "
        "exported or printed.",
    )
    if not exported:
        return said
    # translate() outside self.tr gets no plural forms: the words are chosen by the count
    if exported == 1:
        listed = translate(
            "CopiesOutside",
            "1 file with people's names was saved from this meeting: the Privacy page's Export "
            "log tab lists it. Delete it if you no longer need it.",
        )
    else:
        listed = fill(
            translate(
                "CopiesOutside",
                "%1 files with people's names were saved from this meeting: the Privacy page's "
                "Export log tab lists them. Delete those you no longer need.",
            ),
            exported,
        )
    return f"{said} {listed}"
