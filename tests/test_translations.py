"""The Spanish translation is complete, faithful to its placeholders, in step with the code,
and the shipped .qm is the one built from it."""

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts/translations.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["translations"] = module
    spec.loader.exec_module(module)
    return module


tool = _tool()


@pytest.mark.parametrize("language", tool.LANGUAGES)
def test_every_string_is_translated_with_its_placeholders(language: str) -> None:
    assert tool.problems(tool.ts_path(language)) == []


@pytest.mark.parametrize("language", tool.LANGUAGES)
def test_the_translation_file_holds_every_string_of_the_code(language: str, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copy(tool.ts_path(language), fresh)
    tool.lupdate(fresh, language)  # adds what the code has and the file lacks; drops the rest
    key = lambda ts: sorted(  # noqa: E731
        (context, m.findtext("source")) for context, m in tool.messages(ts)
    )
    assert key(fresh) == key(tool.ts_path(language)), "run scripts/translations.py update"
    assert tool.problems(fresh) == []


@pytest.mark.parametrize("language", tool.LANGUAGES)
def test_the_shipped_qm_is_built_from_the_ts(language: str, tmp_path: Path) -> None:
    built = tmp_path / "built.qm"
    tool.lrelease(tool.ts_path(language), built)
    assert built.read_bytes() == tool.qm_path(language).read_bytes(), (
        "run scripts/translations.py update"
    )


def test_the_sources_of_marked_constants_are_found() -> None:
    """Words marked in the core (QT_TRANSLATE_NOOP) and said there (translate) are in the
    file, like the UI's self.tr(): lupdate finds all three spellings."""
    found = {(c, m.findtext("source")) for c, m in tool.messages(tool.ts_path("es"))}
    assert ("Settings", "default turn limit") in found  # QT_TRANSLATE_NOOP in core/settings
    assert ("Settings", "“%1” is not a theme.") in found  # translate() in core/settings
    assert ("WelcomeDialog", "&Skip") in found  # self.tr() in ui/welcome


def test_no_text_with_a_count_is_given_to_translate() -> None:
    """lupdate collects a text with a count ("%n people") only from self.tr(text, "", n);
    given to QCoreApplication.translate (or core.i18n.translate) with a count, it is left out
    of the translation files, and shows in English in every language — as the unheard
    stack's "Not carried over: …" did. Such texts choose one sentence or another by count."""
    import ast

    found = []
    for path in sorted((ROOT / "src" / "meetingkit").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) + len(node.keywords) < 4:
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else ""
            name = name or (node.func.id if isinstance(node.func, ast.Name) else "")
            literal = len(node.args) > 1 and isinstance(node.args[1], ast.Constant)
            if name == "translate" and literal:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == []
