"""A translation made on the spot from some screens' own source, to test that words said
outside `self.tr` reach Qt's translator under the context lupdate files them under.

Every message reads "ES " + its English; a plural reads `plural_marks[0]` or `[1]` + its
English, so a test sees which form was chosen. A word whose runtime context differs from the
one lupdate extracted, or that lupdate cannot see, comes back in English.
"""

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from meetingkit.core import i18n

UI = Path(__file__).parents[2] / "src" / "meetingkit" / "ui"
TOOLS = Path(sys.executable).parent


def marked_qm(folder: Path, screens: Iterable[str], plural_marks: tuple[str, str]) -> Path:
    """Compile the marked translation of `screens` (file names under ui/) into `folder`."""
    ts = folder / "marked.ts"
    subprocess.run(
        [TOOLS / "pyside6-lupdate", *(UI / name for name in screens), "-ts", ts],
        check=True,
        capture_output=True,
    )
    tree = ET.parse(ts)  # noqa: S314 (lupdate's own output, just written)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            for mark in plural_marks:
                ET.SubElement(translation, "numerusform").text = mark + source
        else:
            translation.text = "ES " + source
    tree.getroot().set("language", "es")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "marked.qm"
    subprocess.run([TOOLS / "pyside6-lrelease", ts, "-qm", qm], check=True, capture_output=True)
    return qm


@contextmanager
def speaking(qm: Path) -> Iterator[None]:
    """The app speaks the marked translation (as Spanish) for the `with` block."""
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    i18n.install(QCoreApplication.translate, "es")  # as the app does (ui/language.py)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
        i18n.install(None)
