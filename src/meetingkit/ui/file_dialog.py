"""Qt's file dialog in the app's own words, opening in a folder that exists.

Every file and folder chooser of the app goes through here. Qt's Spanish misses some of its own
dialog's labels ("Look in:", "Files of type:", a folder's type) and writes Spain's "fichero"
(QA round 14a), so the labels are set from our translation. And Qt opens a folder that does not
exist in the folder the app was started from, so a chooser starts in the nearest one that does.
A desktop's native dialog (the XDG portal) ignores the labels and speaks the desktop's language.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from meetingkit.core.i18n import QT_TRANSLATE_NOOP

# The type Qt's file list shows for a folder, which Qt's own Spanish lacks: our translation
# carries it under Qt's context, and Qt's translator falls back to ours.
QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder")

# Qt's own texts in its dialog that its Spanish says as in Spain and formally ("fichero",
# "Equipo", "¿Desea…?") or wrongly ("Nueva carpeta" for a folder's type, "r al directorio
# superior"): our translation says them, asked before Qt's (ui/language.py, OurWordsFirst).
QT_TRANSLATE_NOOP(
    "QFileDialog", "%1\nFile not found.\nPlease verify the correct file name was given."
)
QT_TRANSLATE_NOOP(
    "QFileDialog", "%1\nDirectory not found.\nPlease verify the correct directory name was given."
)
QT_TRANSLATE_NOOP("QFileDialog", "%1 already exists.\nDo you want to replace it?")
QT_TRANSLATE_NOOP("QFileDialog", "'%1' is write protected.\nDo you want to delete it anyway?")
QT_TRANSLATE_NOOP("QFileDialog", "Are you sure you want to delete '%1'?")
QT_TRANSLATE_NOOP("QFileDialog", "Could not delete directory.")
QT_TRANSLATE_NOOP("QFileDialog", "&Delete")
QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)")
QT_TRANSLATE_NOOP("QFileDialog", "File Folder")
QT_TRANSLATE_NOOP("QFileDialog", "Show &hidden files")
QT_TRANSLATE_NOOP("QFileDialog", "Go to the parent directory")
QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory")
QT_TRANSLATE_NOOP("QFileDialog", "Change to list view mode")
QT_TRANSLATE_NOOP("QFileDialog", "Directories")
QT_TRANSLATE_NOOP("QFileDialog", "Directory:")
QT_TRANSLATE_NOOP("QFileDialog", "My Computer")
QT_TRANSLATE_NOOP("QFileSystemModel", "Computer")
QT_TRANSLATE_NOOP("QFileSystemModel", "My Computer")
QT_TRANSLATE_NOOP("QFileSystemModel", "Invalid filename")
QT_TRANSLATE_NOOP(
    "QFileSystemModel",
    '<b>The name "%1" can not be used.</b><p>Try using another name, with fewer characters or '
    "no punctuations marks.",
)

Label = QFileDialog.DialogLabel
LABELS = {
    Label.LookIn: QT_TRANSLATE_NOOP("FileDialog", "&Look in:"),
    Label.FileName: QT_TRANSLATE_NOOP("FileDialog", "File &name:"),
    Label.FileType: QT_TRANSLATE_NOOP("FileDialog", "Files of &type:"),
    Label.Reject: QT_TRANSLATE_NOOP("FileDialog", "Cancel"),
}
SAVE = QT_TRANSLATE_NOOP("FileDialog", "&Save")
OPEN = QT_TRANSLATE_NOOP("FileDialog", "&Open")
CHOOSE = QT_TRANSLATE_NOOP("FileDialog", "&Choose")


def documents_folder() -> Path:
    """The user's Documents folder, or the home folder when there is none."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def nearest_folder(path: Path) -> Path:
    """`path` if it is a folder, else the nearest folder above it that exists (home if none)."""
    for folder in (path, *path.parents):
        with contextlib.suppress(OSError):  # one this user may not enter: look above it
            if folder.is_dir():
                return folder
    return Path.home()


class FileDialog:
    """The choosers. Tests replace these classmethods, or the dialog's `exec`."""

    @classmethod
    def save(cls, parent: QWidget | None, caption: str, suggested: Path, types: str) -> str:
        """Where to save, starting with `suggested` (a folder and a file name); "" if
        cancelled."""
        start = nearest_folder(suggested.parent) / suggested.name
        dialog = QFileDialog(parent, caption, str(start), types)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        return _chosen(dialog, SAVE)

    @classmethod
    def open(cls, parent: QWidget | None, caption: str, folder: Path, types: str) -> str:
        """An existing file to open, looked for from `folder`; "" if cancelled."""
        dialog = QFileDialog(parent, caption, str(nearest_folder(folder)), types)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        return _chosen(dialog, OPEN)

    @classmethod
    def folder(cls, parent: QWidget | None, caption: str, folder: Path) -> str:
        """A folder, starting from `folder` (which need not exist yet); "" if cancelled."""
        dialog = QFileDialog(parent, caption, str(nearest_folder(folder)))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        return _chosen(dialog, CHOOSE)


def _chosen(dialog: QFileDialog, accept: str) -> str:
    """Show `dialog` (a QFileDialog itself, never a subclass: Qt offers the desktop's native
    dialog only then) in our words, and give what was chosen. The labels are set last, as a
    change of mode makes the buttons anew; a label our translation lacks stays Qt's own."""
    for label, source in {**LABELS, Label.Accept: accept}.items():
        text = QCoreApplication.translate("FileDialog", source)
        if text != source:
            dialog.setLabelText(label, text)
    accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
    files = dialog.selectedFiles() if accepted else []
    dialog.deleteLater()  # as Qt's own choosers: gone when done, not kept by the parent
    return files[0] if files else ""
