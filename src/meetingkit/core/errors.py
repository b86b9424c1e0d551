"""Errors a user can cause, each carrying a message that says what happened and what to do."""


class MeetingkitError(Exception):
    """Base for every error meant to be shown to a person rather than as a traceback.

    `in_window`: the message as the app's window says it, where that differs from the command
    line's: without a command-line option (`--data-dir`) to someone who opened meetingkit
    from its icon. "" when the two are the same."""

    def __init__(self, *args: object, in_window: str = "") -> None:
        super().__init__(*args)
        self.in_window = in_window


class ValidationError(MeetingkitError):
    """Input that cannot be saved as it is (an empty title, a negative length…)."""


class NotFoundError(MeetingkitError):
    """A meeting or person that no longer exists (deleted in another window, forgotten…)."""
