"""The facilitator's settings: where the data lives, language, theme, and the defaults new
meetings start from. Read and written as a small JSON file (services/settings_file.py); this
module only knows what a valid setting is, so a hand-edited or damaged file never stops the app.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields

from meetingkit.core.errors import ValidationError
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, fill, translate

LANGUAGES = ("system", "en", "es")  # "system": the desktop's language when we have it
THEMES = ("system", "light", "dark", "high-contrast")  # ui/theme.py draws them
# The commitment-card layouts of core/card_layout.py, named here so that reading the settings at
# start-up does not load the layouts themselves (a test keeps the two lists equal).
CARD_LAYOUTS = ("index", "postcard", "quarter", "a6")
MIN_TURN_LIMIT_S = 15
MAX_TURN_LIMIT_S = 30 * 60
# The longest a meeting keeps its personal data before its purge (storage.retention uses it too)
MAX_RETENTION_DAYS = 3650


@dataclass(frozen=True)
class Settings:
    data_dir: str = ""  # "" = the platform's per-user data folder
    language: str = "system"
    theme: str = "system"
    turn_limit_s: int = 120  # a general turn, for meetings whose floor was never set up
    card_layout: str = "index"  # commitment cards (core/card_layout.py)
    projector_large_type: bool = False
    # Days after its date a new meeting keeps who came before it is purged; 0: no purge planned
    # (kept until purged by hand). Off by default: see docs/guide/settings.md.
    retention_days: int = 0
    welcomed: bool = False  # the first-run welcome was answered
    # Where the main window was last closed: "1180x760+93+4" (its inside, as X11 writes it),
    # with " maximized" after it if it was; "" = never closed yet (ui/window_place.py)
    window: str = ""

    def __post_init__(self) -> None:
        problems = _problems(self)
        if problems:
            raise ValidationError(" ".join(problems))

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    @property
    def new_meeting_retention(self) -> int | None:
        """The retention a new meeting starts with (None: kept until purged by hand)."""
        return self.retention_days or None


def _problems(s: Settings) -> list[str]:
    problems = []
    if s.language not in LANGUAGES:
        problems.append(
            fill(translate("Settings", "“%1” is not a language meetingkit speaks."), s.language)
        )
    if s.theme not in THEMES:
        problems.append(fill(translate("Settings", "“%1” is not a theme."), s.theme))
    if not MIN_TURN_LIMIT_S <= s.turn_limit_s <= MAX_TURN_LIMIT_S:
        problems.append(
            fill(
                translate("Settings", "A turn limit is between %1 seconds and %2 minutes."),
                str(MIN_TURN_LIMIT_S),
                str(MAX_TURN_LIMIT_S // 60),
            )
        )
    if not 0 <= s.retention_days <= MAX_RETENTION_DAYS:
        problems.append(
            fill(
                translate(
                    "Settings",
                    "New meetings' personal data is purged 1 to %1 days after the meeting, or "
                    "never (0).",
                ),
                str(MAX_RETENTION_DAYS),
            )
        )
    if s.card_layout not in CARD_LAYOUTS:
        problems.append(fill(translate("Settings", "“%1” is not a card layout."), s.card_layout))
    if s.window and window_place(s.window) is None:
        problems.append(fill(translate("Settings", "“%1” is not a window's place."), s.window))
    return problems


_WINDOW = re.compile(r"(\d{1,5})x(\d{1,5})([+-]\d{1,5})([+-]\d{1,5})( maximized)?")


def window_place(text: str) -> tuple[int, int, int, int, bool] | None:
    """The main window's saved place, "1180x760+93+4 maximized": (width, height, x, y,
    maximized); None for text that is not one."""
    found = _WINDOW.fullmatch(text)
    if found is None or int(found[1]) == 0 or int(found[2]) == 0:
        return None
    width, height, x, y = (int(found[i]) for i in range(1, 5))
    return width, height, x, y, found[5] is not None


def window_text(width: int, height: int, x: int, y: int, maximized: bool) -> str:
    """The text `window_place` reads."""
    return f"{width}x{height}{x:+d}{y:+d}" + (" maximized" if maximized else "")


_LABELS = {
    "data_dir": QT_TRANSLATE_NOOP("Settings", "data folder"),
    "language": QT_TRANSLATE_NOOP("Settings", "language"),
    "theme": QT_TRANSLATE_NOOP("Settings", "theme"),
    "turn_limit_s": QT_TRANSLATE_NOOP("Settings", "default turn limit"),
    "card_layout": QT_TRANSLATE_NOOP("Settings", "default card layout"),
    "projector_large_type": QT_TRANSLATE_NOOP("Settings", "large type on the projector"),
    "retention_days": QT_TRANSLATE_NOOP("Settings", "purge of new meetings' personal data"),
    "welcomed": QT_TRANSLATE_NOOP("Settings", "welcome"),
    "window": QT_TRANSLATE_NOOP("Settings", "the window's size and place"),
}
_TYPES: dict[str, type] = {"data_dir": str, "language": str, "theme": str, "turn_limit_s": int}
_TYPES |= {"card_layout": str, "projector_large_type": bool, "welcomed": bool}
_TYPES |= {"retention_days": int, "window": str}


def settings_from(data: object) -> tuple[Settings, list[str]]:
    """Settings from a parsed file, keeping every valid value and naming each one dropped.

    Unknown keys (from a newer version) are ignored; a value of the wrong type or out of range
    falls back to its default, and the problem is returned so the app can say so."""
    if not isinstance(data, Mapping):
        return Settings(), [translate("Settings", "The settings file does not hold settings.")]
    kept: dict[str, object] = {}
    dropped: list[str] = []
    defaults = Settings()
    for f in fields(Settings):
        if f.name not in data:
            continue
        value = data[f.name]
        wanted = _TYPES[f.name]
        if (wanted is int and isinstance(value, bool)) or not isinstance(value, wanted):
            dropped.append(f.name)
            continue
        try:
            Settings(**{**defaults.to_dict(), f.name: value})  # type: ignore[arg-type]
        except ValidationError:
            dropped.append(f.name)
            continue
        kept[f.name] = value
    settings = Settings(**kept)  # type: ignore[arg-type]
    if not dropped:
        return settings, []
    return settings, [
        fill(
            translate("Settings", "Back to the default: %1."),
            ", ".join(translate("Settings", _LABELS[name]) for name in dropped),
        )
    ]
