"""A translation file rewritten under a running app (an update copied over it, or
`scripts/translations.py` rebuilding it in this tree) killed the app with SIGBUS at its next
translated word: Qt had mapped the file into memory. meetingkit reads the bytes instead."""

import subprocess
import sys
from pathlib import Path

PROGRAM = """
import shutil, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from meetingkit import paths
from meetingkit.ui import language

folder = Path(sys.argv[1])
(folder / "i18n").mkdir()
qm = folder / "i18n" / "meetingkit_es.qm"
shutil.copy(paths.resource("i18n", "meetingkit_es.qm"), qm)
paths.resources_dir = lambda: folder
app = QCoreApplication([])
language.install(app, "es")
before = QCoreApplication.translate("MainWindow", "&File")
voice = language.voice_of("es")  # a document's words, loaded before the file changes
size = qm.stat().st_size
with open(qm, "r+b") as f:  # rewritten in place, as a copy over the file does
    f.truncate(0)
    f.write(b"\\0" * size)
with open(qm, "r+b") as f:
    f.truncate(16)
print(before, QCoreApplication.translate("MainWindow", "&File"))
print(voice[0]("MainWindow", "&Edit", None, -1))
"""


def test_the_app_keeps_speaking_when_its_translation_file_is_rewritten(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
    assert done.stdout.split("\n")[:2] == ["&Archivo &Archivo", "&Editar"]
