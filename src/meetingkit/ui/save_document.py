"""Where to save a printed document, and showing it afterwards in the system's PDF viewer
(from which it is printed). Both sit behind classmethods so tests answer them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget


class SavePath:
    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        filename: str,
        kind: tuple[str, str] | None = None,
    ) -> Path | None:
        """Where to save `filename`; `kind` is the file type's name and suffix (a PDF if None)."""
        name, suffix = kind or (QCoreApplication.translate("SavePath", "PDF documents"), ".pdf")
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(
            parent, title, str(Path(folder) / filename), f"{name} (*{suffix})"
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_suffix(suffix)


class DocumentViewer:
    @classmethod
    def show(cls, path: Path) -> bool:
        """Open in the default viewer; False if the desktop has none."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
