"""Where to save a printed document, and showing it afterwards in the system's PDF viewer
(from which it is printed). Both sit behind classmethods so tests answer them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

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
