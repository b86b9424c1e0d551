"""The app's language: Qt translators for our words and Qt's own (dialog buttons, context
menus), and the same translation for the words made below the UI (core/i18n.py).

Translations are `resources/i18n/meetingkit_<lang>.qm`, built from `i18n/meetingkit_<lang>.ts`
by `scripts/translations.py`. English is the source language; its small file holds only the
singular forms of the texts with a count ("%n people" → "1 person"), which Qt's translator
chooses by the count like any other language's plural forms.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from meetingkit import paths
from meetingkit.core import i18n

SPOKEN = ("en", "es")  # languages with a complete translation of the app
NAMES = {"en": "English", "es": "Español"}  # each in its own language, as pickers show them
# The numbers and dates of each language when the desktop speaks another: our Spanish is
# Latin America's, so "1,234.5" as in Mexico and the US, not Spain's "1.234,5".
REGIONS = {"es": "es_419"}

_installed: list[QTranslator] = []  # Qt does not keep the translators alive; we do
# The bytes of each .qm loaded: a translator loaded from a file maps it into memory, and an
# update copied over a running app (or `scripts/translations.py` rebuilding it) then kills
# the app at its next translated word (SIGBUS). Loaded from bytes, Qt reads them where they
# are, without a copy: they must live as long as their translator, so they are kept here.
_qm_bytes: list[bytes] = []
_voices: dict[str, i18n.Voice] = {}  # languages lent to documents, loaded once


def resolve(setting: str, system_locale: str | None = None) -> str:
    """The language to speak for a setting ("system", "en", "es"): "system" is the desktop's
    language when we speak it, else English."""
    if setting in SPOKEN:
        return setting
    name = system_locale if system_locale is not None else QLocale.system().name()
    code = name.split("_")[0].lower()
    return code if code in SPOKEN else "en"


def install(app: QCoreApplication, setting: str) -> str:
    """Speak the language of `setting` from now on (windows made after this); returns it."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = resolve(setting)
    i18n.install_voices(voice_of)
    # Month and day names and decimal commas in the language, wherever Qt writes a date or a
    # number; the desktop's own locale when it speaks that language (its date order, too).
    system = QLocale.system()
    speaks = system.name().split("_")[0] == language
    QLocale.setDefault(system if speaks else QLocale(REGIONS.get(language, language)))
    ours = QTranslator(app)
    if _load_qm(ours, language):
        app.installTranslator(ours)
        _installed.append(ours)
    if language == "en":  # only the plural forms: everything else is the source text
        i18n.install(None)
        i18n.install_dates(None)
        return language
    qt_own = QTranslator(app)
    if qt_own.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    first = OurWordsFirst(app, ours if ours in _installed else None)  # installed last,
    app.installTranslator(first)  # so asked first
    _installed.append(first)
    i18n.install(_qt_translate, language)
    i18n.install_dates(_qt_date)
    return language


class OurWordsFirst(QTranslator):
    """Asked before Qt's own Spanish, for the few of Qt's words the app puts in our words.

    Key names stay as printed on the keys ("Ctrl+Shift+F", "Del"), as the guide, the shortcut
    sheet and our own texts write them: Qt's Spanish would show "Control+Mayúsculas+F" and
    "Suprimir" in the menus. Qt's file dialog speaks Spain's Spanish, formally ("fichero",
    "Equipo", "¿Desea…?"), and has wrong words of its own ("Nueva carpeta" as a folder's type):
    where our translation has one of its texts (listed in ui/file_dialog.py), ours is said.
    Everything else is left to the other translators."""

    def __init__(self, parent: QCoreApplication, ours: QTranslator | None) -> None:
        super().__init__(parent)
        self._ours = ours

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if context == "QShortcut":
            return source
        if context in QT_CONTEXTS_IN_OUR_WORDS and self._ours is not None:
            return self._ours.translate(context, source, disambiguation, n) or None
        return None

    def isEmpty(self) -> bool:
        return False


# Qt's contexts whose texts our translation may give: the file dialog's (ui/file_dialog.py).
QT_CONTEXTS_IN_OUR_WORDS = frozenset({"QFileDialog", "QFileSystemModel"})


def _load_qm(translator: QTranslator, language: str) -> bool:
    """Load meetingkit's translation into `translator` from the file's bytes, read now and
    kept (`_qm_bytes`), never from the file mapped into memory."""
    try:
        data = paths.resource("i18n", f"meetingkit_{language}.qm").read_bytes()
    except OSError:
        return False
    if not translator.load(data):
        return False
    _qm_bytes.append(data)
    return True


def language_name(code: str) -> str:
    """A language's name in its own words ("Español"), or the code if Qt does not know it."""
    if code in NAMES:
        return NAMES[code]
    locale = QLocale(code)  # the "C" locale when Qt does not know the code
    name = locale.nativeLanguageName() if locale.name() != "C" else ""
    return name[:1].upper() + name[1:] if name else code


def voice_of(code: str) -> i18n.Voice | None:
    """The words and dates of `code`, for a document in another language than the app's
    (core/i18n.py `speaking`); None when meetingkit does not speak it."""
    if code in _voices:
        return _voices[code]
    translator = QTranslator()
    if code not in SPOKEN or not _load_qm(translator, code):
        return None
    locale = QLocale(REGIONS.get(code, code))

    def words(context: str, text: str, disambiguation: str | None, n: int) -> str:
        # The translator alone leaves "%n" for QCoreApplication.translate to fill; so here.
        return i18n.with_count(translator.translate(context, text, disambiguation, n) or text, n)

    def dates(day: dt.date, pattern: str) -> str:
        return _qt_date(day, pattern, locale)

    _voices[code] = (words, dates)
    return _voices[code]


def _qt_date(day: dt.date, pattern: str, locale: QLocale | None = None) -> str:
    """A date (or a date and time) in the default locale's words, with Qt's pattern letters."""
    locale = locale or QLocale()
    date = QDate(day.year, day.month, day.day)
    if isinstance(day, dt.datetime):
        moment = QDateTime(date, QTime(day.hour, day.minute, day.second))
        return locale.toString(moment, pattern)
    return locale.toString(date, pattern)


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)
