"""Where to save a printed document, and showing it afterwards in the system's PDF viewer
(from which it is printed). Both sit behind classmethods so tests answer them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from meetingkit.core.i18n import fill
from meetingkit.ui.file_dialog import FileDialog, documents_folder


class SavePath:
    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        filename: str,
        kind: tuple[str, str] | None = None,
    ) -> Path | None:
        """Where to save `filename`, in the Documents folder to begin with (the home folder
        when there is none); `kind` is the file type's name and suffix (a PDF if None)."""
        name, suffix = kind or (QCoreApplication.translate("SavePath", "PDF documents"), ".pdf")
        chosen = FileDialog.save(
            parent, title, documents_folder() / filename, f"{name} (*{suffix})"
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_suffix(suffix)


class DocumentViewer:
    @classmethod
    def show(cls, path: Path) -> bool:
        """Ask the desktop to open `path` in its PDF viewer; False if it has no way to. True
        says only that a viewer was asked for (xdg-open started), not that one appeared."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_saved(path: Path, opening: str, to_print: str, *values: object) -> str:
    """Open the document saved at `path` in the PDF viewer, and say so: `opening` when a viewer
    was asked for, else `to_print` (that it is to be opened in one), each with `%1` the path and
    `%2`… the `values`. Each caller words both, in its own translation context."""
    return fill(opening if DocumentViewer.show(path) else to_print, str(path), *values)
