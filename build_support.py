"""What the PyInstaller build (build.spec) carries besides code, and what it leaves out.

build.spec takes its data files, hidden imports and exclusions from here, so
tests/test_build_spec.py checks the very lists the build uses, without PyInstaller. After a
build, `python build_support.py check dist/meetingkit` checks that every module the app
imports is in it. This lives beside build.spec, not in src/: it describes the repository's
layout, and the installed app never needs it.
"""

from __future__ import annotations

import ast
import fnmatch
import importlib.util
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent


@dataclass(frozen=True)
class DataFolder:
    """A folder of the repository that ships, and which of its files do (globs on the path
    relative to the folder). `paths.py` finds it under the same name in the bundle."""

    folder: str
    patterns: tuple[str, ...]


# Every file the app reads at run time, folder by folder. A new kind of file must be named
# here (or in NEVER_SHIPPED): the test fails on a tracked file that is neither.
DATA_FOLDERS: tuple[DataFolder, ...] = (
    DataFolder("resources/fonts", ("*.ttf", "*LICENSE.txt")),
    DataFolder("resources/icons", ("*.png", "*.svg")),
    DataFolder("resources/sounds", ("*.wav", "README.md")),
    # Compiled translations only; the .ts sources are for translators (NEVER_SHIPPED).
    DataFolder("resources/i18n", ("*.qm",)),
    # FORMAT.md too: the Curricula page sends people writing their own to it.
    DataFolder("curricula", ("FORMAT.md", "*/curriculum.md", "*/handouts/*.md")),
)

# Never in the app, wherever it lies: bytecode caches, editor and OS litter, translation
# sources. A pattern matches a file's name or any folder on its path.
NEVER_SHIPPED: tuple[str, ...] = (
    "__pycache__",
    "*.pyc",
    "*.ts",
    "*~",
    ".*.swp",
    "*.orig",
    "*.rej",
    ".DS_Store",
    "._*",
    "Thumbs.db",
    ".#*",
)

# Imported by a name computed at run time, which PyInstaller's analysis cannot see. reportlab
# loads its C accelerator (the rl-accel package) with exec("from _rl_accel import …"), and
# without it every PDF still prints, only slower. uvicorn picks its loop, protocols and log
# formatters from strings (signin_server.py asks for loop "asyncio", http "auto", lifespan
# "off"); the hooks-contrib uvicorn hook collects them too, naming them keeps the sign-in
# server from depending on that hook.
HIDDEN_IMPORTS: tuple[str, ...] = (
    "_rl_accel",
    "uvicorn.loops.asyncio",
    "uvicorn.protocols.http.auto",
    "uvicorn.protocols.http.httptools_impl",
    "uvicorn.protocols.http.h11_impl",
    "uvicorn.protocols.websockets.auto",
    "uvicorn.lifespan.off",
    "uvicorn.logging",
)

# Optional extras: bundled when the build's environment has them, as the app imports them
# only on demand (sqlcipher3: `pip install meetingkit[encryption]`).
OPTIONAL_IMPORTS: tuple[str, ...] = ("sqlcipher3",)

# Used through another package's optional import, and as much required all the same: reportlab
# shapes Arabic and Indic names with uharfbuzz, uvicorn parses HTTP with httptools.
INDIRECT_IMPORTS: tuple[str, ...] = ("uharfbuzz", "httptools")

# Python packages that only tests or tools reach. The build runs in the development
# virtualenv, and anyio's trio backend and pytest plugin, pytest's pygments colouring, and
# uvicorn's websockets would otherwise pull the test tools in (pluggy stays: sqlite-utils
# loads its plugins with it). Pillow stays, as reportlab imports it, but without its codecs
# for AVIF, WebP, colour profiles and text, which we never draw.
EXCLUDED_MODULES: tuple[str, ...] = (
    "pytest",
    "_pytest",
    "py",
    "iniconfig",
    "pygments",
    "trio",
    "outcome",
    "selenium",
    "wsproto",
    "websockets",
    "rich",
    "mypy",
    "importlinter",
    "grimp",
    "PyInstaller",
    "tkinter",
    "PIL._avif",
    "PIL._webp",
    "PIL._imagingcms",
    "PIL._imagingft",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL.ImageQt",
)

# Qt plugins the PySide6 hooks collect that meetingkit never loads (globs on the path under
# the plugins folder). Kept: the xcb, wayland, offscreen and minimal platforms, the XDG portal
# theme (native file dialogs), input methods (compose, ibus: names in any script), xcb's GL
# integrations and Wayland's shells and decorations. Left out: embedded-Linux platforms and
# their input devices, the GTK 3 theme (it drags ~20 MB of GTK, Pango and Cairo into the
# folder), image formats and SVG icons (the app shows PNGs, which QtGui reads itself),
# network-status and TLS backends (the sign-in server is uvicorn, plain HTTP on the LAN).
UNUSED_QT_PLUGINS: tuple[str, ...] = (
    "platforms/libqeglfs.*",
    "platforms/libqlinuxfb.*",
    "platforms/libqminimalegl.*",
    "platforms/libqvkkhrdisplay.*",
    "platforms/libqvnc.*",
    "egldeviceintegrations/*",
    "generic/*",
    "platformthemes/libqgtk3.*",
    "imageformats/*",
    "iconengines/*",
    "networkinformation/*",
    "tls/*",
)
QT_PLUGINS_FOLDER = PurePosixPath("PySide6/Qt/plugins")

# Qt's own translations (its dialogs' buttons and labels, ~7 MB in 99 files): only Qt's base
# catalogue in the languages the app speaks ships, which is the one ui/language.py loads. The
# app's languages are its own translations in resources/i18n (meetingkit_<language>.qm).
QT_TRANSLATIONS_FOLDER = PurePosixPath("PySide6/Qt/translations")
QT_TRANSLATION_KEPT = "qtbase_{language}.qm"
APP_TRANSLATIONS = "resources/i18n/meetingkit_*.qm"

# PyInstaller's table of contents: (name in the bundle, source path, kind).
TocEntry = tuple[str, str, str]


def never_shipped(relative: PurePosixPath) -> bool:
    """True for a path (relative to the repository) that must not be in the app."""
    return any(
        fnmatch.fnmatch(part, pattern) for part in relative.parts for pattern in NEVER_SHIPPED
    )


def _ships(folder: DataFolder, inside: PurePosixPath) -> bool:
    """Whether a file, relative to its folder, matches one of the folder's patterns whole
    (`*` stays within one folder level, unlike fnmatch's)."""
    return any(
        inside.match(pattern) and len(inside.parts) == len(PurePosixPath(pattern).parts)
        for pattern in folder.patterns
    )


def bundled_files(root: Path = ROOT) -> list[PurePosixPath]:
    """Every data file the build carries, relative to `root`, sorted."""
    found: list[PurePosixPath] = []
    for folder in DATA_FOLDERS:
        base = root / folder.folder
        if not base.is_dir():  # resources/i18n exists only once there are translations
            continue
        for path in base.rglob("*"):
            relative = PurePosixPath(path.relative_to(root).as_posix())
            inside = PurePosixPath(path.relative_to(base).as_posix())
            if path.is_file() and _ships(folder, inside) and not never_shipped(relative):
                found.append(relative)
    return sorted(found)


def datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """`bundled_files` as PyInstaller's `datas`: (source file, folder in the bundle)."""
    return [(str(root / path), str(path.parent)) for path in bundled_files(root)]


def hidden_imports() -> list[str]:
    """The run-time-named modules, and the optional extras this environment has."""
    extras = [name for name in OPTIONAL_IMPORTS if importlib.util.find_spec(name) is not None]
    return [*HIDDEN_IMPORTS, *extras]


def _unused_qt_plugin(name: str) -> bool:
    path = PurePosixPath(name)
    if QT_PLUGINS_FOLDER not in path.parents:
        return False
    inside = path.relative_to(QT_PLUGINS_FOLDER)
    return any(inside.match(pattern) for pattern in UNUSED_QT_PLUGINS)


def unused_qt_binaries(
    binaries: Sequence[TocEntry], needs: Callable[[str], Iterable[str]]
) -> set[str]:
    """The bundle names of the unused Qt plugins and of the libraries only they link to.

    `needs(source)` gives the file names of the libraries a binary links to (PyInstaller's
    dependency reader, in the spec). A library that anything kept links to stays, and so does
    one that no dropped plugin links to (a library opened with dlopen included).
    """
    plugins = {name for name, _, _ in binaries if _unused_qt_plugin(name)}
    source = {name: src for name, src, kind in binaries if kind != "SYMLINK"}
    file_names = {PurePosixPath(name).name for name in source}

    def linked(names: Iterable[str]) -> set[str]:
        return {lib for name in names for lib in needs(source[name]) if lib in file_names}

    def named(libs: set[str]) -> set[str]:
        return {name for name in source if PurePosixPath(name).name in libs}

    # Every library reachable from the dropped plugins...
    orphans: set[str] = set()
    frontier = linked(plugins)
    while frontier:
        orphans |= frontier
        frontier = linked(named(frontier)) - orphans
    # ...less those that a kept binary links to, until no kept binary needs one.
    while still_needed := orphans & linked(source.keys() - plugins - named(orphans)):
        orphans -= still_needed
    return plugins | named(orphans)


def spoken_languages(root: Path = ROOT) -> set[str]:
    """The languages the app speaks: those of its own translations ("en", "es")."""
    prefix = PurePosixPath(APP_TRANSLATIONS).name.split("*")[0]
    return {path.stem.removeprefix(prefix) for path in root.glob(APP_TRANSLATIONS)}


def unused_qt_translations(datas: Sequence[TocEntry], languages: Iterable[str]) -> set[str]:
    """The bundle names of Qt's translations that the app never loads: every one but Qt's base
    catalogue in each of `languages`."""
    kept = {QT_TRANSLATION_KEPT.format(language=language) for language in languages}
    return {
        name
        for name, _, _ in datas
        if PurePosixPath(name).parent == QT_TRANSLATIONS_FOLDER
        and PurePosixPath(name).name not in kept
    }


def without(toc: Sequence[TocEntry], dropped: set[str]) -> list[TocEntry]:
    """`toc` less the `dropped` files and the symbolic links that point to them."""
    return [
        (name, src, kind)
        for name, src, kind in toc
        if name not in dropped and not (kind == "SYMLINK" and src in dropped)
    ]


def source_imports(src: Path = ROOT / "src" / "meetingkit") -> set[str]:
    """Every module the app's source imports from outside the standard library and itself,
    inside functions too (the lazy imports that keep start-up quick), but not the ones under
    `if TYPE_CHECKING:`, which never run."""
    found: set[str] = set()

    def visit(nodes: Iterable[ast.AST]) -> None:
        for node in nodes:
            if isinstance(node, ast.If) and ast.unparse(node.test).endswith("TYPE_CHECKING"):
                visit(node.orelse)
                continue
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
            for field in ("body", "orelse", "finalbody", "handlers", "cases"):
                children = getattr(node, field, [])
                if isinstance(children, list):  # a lambda's body is one expression
                    visit(children)

    for path in sorted(src.rglob("*.py")):
        visit(ast.parse(path.read_text(encoding="utf-8"), str(path)).body)
    top = src.name
    return {
        name
        for name in found
        if name.split(".")[0] not in sys.stdlib_module_names and name.split(".")[0] != top
    }


def required_modules(src: Path = ROOT / "src" / "meetingkit") -> list[str]:
    """What the built app must contain: the source's imports, the hidden and indirect imports,
    and the optional extras installed here (one that is not installed is not asked for)."""
    wanted = source_imports(src) | set(hidden_imports()) | set(INDIRECT_IMPORTS)
    absent = {name.split(".")[0] for name in OPTIONAL_IMPORTS} - set(hidden_imports())
    return sorted(name for name in wanted if name.split(".")[0] not in absent)


def missing_from_bundle(app: Path, modules: Iterable[str]) -> list[str]:
    """Which of `modules` the built folder `app` (dist/meetingkit) lacks: neither compiled into
    its archive of Python modules nor beside it as a C extension. Needs PyInstaller."""
    from PyInstaller.archive.readers import CArchiveReader  # type: ignore[import-untyped]

    executable = app / app.name
    package = CArchiveReader(str(executable))
    archived = set(package.open_embedded_archive("PYZ.pyz").toc)
    internal = app / "_internal"
    extensions = {
        ".".join((*path.relative_to(internal).parent.parts, path.name.split(".")[0]))
        for suffix in ("*.so", "*.pyd")
        for path in internal.rglob(suffix)
    }
    return sorted(set(modules) - archived - extensions)


if __name__ == "__main__":
    # scripts/build-app: `python build_support.py check dist/meetingkit`
    if sys.argv[1:2] != ["check"] or len(sys.argv) != 3:
        sys.exit("usage: python build_support.py check dist/meetingkit")
    missing = missing_from_bundle(Path(sys.argv[2]), required_modules())
    for name in missing:
        print(f"missing from the build: {name}", file=sys.stderr)
    sys.exit(1 if missing else 0)
