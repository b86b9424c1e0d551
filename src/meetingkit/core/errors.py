"""Errors a user can cause, each carrying a message that says what happened and what to do."""


class MeetingkitError(Exception):
    """Base for every error meant to be shown to a person rather than as a traceback."""


class ValidationError(MeetingkitError):
    """Input that cannot be saved as it is (an empty title, a negative length…)."""


class NotFoundError(MeetingkitError):
    """A meeting or person that no longer exists (deleted in another window, forgotten…)."""
