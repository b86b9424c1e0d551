"""Reading the YAML parts of a curriculum file so that every problem has its exact line.

PyYAML's `compose` keeps each node's position; we read values from the nodes ourselves instead
of loading plain dicts, so an unknown key, a missing one or a wrong type is reported at the
line the author must edit. Keys are checked against an explicit list, with a "did you mean"
for typos, because a misspelt optional key would otherwise be silently ignored.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped]

from meetingkit.core.curriculum import Problem
from meetingkit.core.i18n import fill, translate

Node = Any  # a yaml.Node: PyYAML ships no type hints

_NULL = "tag:yaml.org,2002:null"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_LANGUAGE_CODE = re.compile(r"[a-z]{2}")  # ISO 639-1: "en", "es", "pt"


@dataclass
class Report:
    """The problems found in one file, in the order they were found."""

    path: Path
    problems: list[Problem] = field(default_factory=list)

    def add(self, line: int | None, message: str) -> None:
        self.problems.append(Problem(self.path, line, message))


def quoted(names: Iterable[str]) -> str:
    return ", ".join(f"“{name}”" for name in names)


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The choice `word` is most likely a typo of, if any is close enough."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return close[0] if close else None


def suggestion(word: str, choices: Iterable[str]) -> str:
    """'; did you mean “minutes”?' when a close match exists, else ''."""
    close = closest(word, choices)
    return did_you_mean(close) if close else ""


def did_you_mean(word: str) -> str:
    return fill(translate("Curriculum check", "; did you mean “%1”?"), word)


def compose(text: str, first_line: int, last_line: int, report: Report) -> tuple[Node | None, bool]:
    """The YAML node tree of a block whose text runs from `first_line` to `last_line`.

    Returns (node, valid): the node is None for an empty block, and also, with valid False,
    for one that is not YAML (then the problem is reported).
    """
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader), True
    except yaml.MarkedYAMLError as e:
        # A "while scanning" context points at the key or quote that started the trouble;
        # otherwise the problem mark is where the parser noticed it.
        scanning = e.context_mark is not None and str(e.context or "").startswith("while scanning")
        mark = e.context_mark if scanning else e.problem_mark or e.context_mark
        line = first_line + mark.line if mark is not None else first_line
        report.add(min(line, last_line), _explained(e, text))
    except yaml.reader.ReaderError as e:  # a control character, found before any parsing
        line = first_line + text.count("\n", 0, e.position)
        report.add(
            line,
            fill(
                translate("Curriculum check", "invalid YAML: character %1 is not allowed in text"),
                f"#x{e.character:04x}",
            ),
        )
    except yaml.YAMLError as e:
        report.add(first_line, _invalid(str(e)))
    except RecursionError:  # brackets nested thousands deep: PyYAML's composer recurses
        report.add(
            first_line, translate("Curriculum check", "invalid YAML: brackets nested too deeply")
        )
    return None, False


_FRONT_MATTER_START = re.compile(r"\ufeff?---[ \t]*\r?\n")
_FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)


def retitled(text: str, title: Callable[[str], str]) -> str | None:
    """The text of a curriculum.md with its front matter's title changed to `title(old)`, and
    nothing else changed; None when there is no title to change (no front matter, YAML that
    does not read, a title that is no text).

    The new title is written as a double-quoted YAML scalar in place of the old one, however
    that was written (plain, quoted, folded over lines with `>`), so that any words, a ": " or
    a quote among them, still read as the title."""
    opening = _FRONT_MATTER_START.match(text)
    closing = _FRONT_MATTER_END.search(text, opening.end()) if opening else None
    if opening is None or closing is None:
        return None
    start, end = opening.end(), closing.start()
    front = text[start:end]
    try:
        node = yaml.compose(front, Loader=yaml.SafeLoader)
    except (yaml.YAMLError, RecursionError):
        return None
    if not isinstance(node, yaml.MappingNode):
        return None
    value = next(
        (v for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == "title"), None
    )
    if not isinstance(value, yaml.ScalarNode) or value.tag == _NULL:
        return None
    low, high = value.start_mark.index, value.end_mark.index
    written = front[low:high]
    breaks = written[len(written.rstrip("\r\n")) :]  # a folded title's last line break(s)
    new: str = yaml.dump(
        title(str(value.value).strip()),
        Dumper=yaml.SafeDumper,
        default_style='"',
        allow_unicode=True,
        width=math.inf,
    ).rstrip("\n")
    return text[:start] + front[:low] + new + breaks + front[high:] + text[end:]


def _explained(e: yaml.MarkedYAMLError, text: str) -> str:
    """What to do about the commonest YAML mistakes, in the app's language; PyYAML's own
    words (in English) for the rest."""
    problem, context = str(e.problem or ""), str(e.context or "")
    lines, mark = text.split("\n"), e.problem_mark
    on_line = lines[mark.line] if mark is not None and mark.line < len(lines) else ""
    before = on_line[: mark.column] if mark is not None else ""  # the line up to the trouble
    if problem == "mapping values are not allowed here":
        if re.search(r":[ \t]", before):  # a key on the line already: its text holds ": "
            return translate(
                "Curriculum check",
                "this text holds “: ”, which YAML reads as a new key: put the whole text "
                "between double quotes",
            )
        return translate(
            "Curriculum check",
            "“: ” on a line that goes on from the one above: line this key up with the keys "
            "above it, or put the text holding “: ” between double quotes",
        )
    if "tab character" in problem or problem.startswith("found character '\\t'"):
        return translate("Curriculum check", "a tab here: indent YAML with spaces, never tabs")
    if "quoted scalar" in context and "end of stream" in problem:
        return translate(
            "Curriculum check",
            "the quote opened here is never closed: end the text with the same quote mark",
        )
    closed_quote = before.rstrip()[-1:] in ('"', "'")
    if problem == "expected <block end>, but found '<scalar>'" and closed_quote:
        return translate(
            "Curriculum check",
            "the text goes on after its closing quote: put all of it between the quotes",
        )
    if problem == "could not find expected ':'" and "simple key" in context:
        return translate(
            "Curriculum check",
            "this line is not “key: value”: add the key, or indent the line under the key "
            "whose text it goes on",
        )
    return _invalid(problem or context)


def _invalid(problem: str) -> str:
    """PyYAML's own description of the problem (in English), introduced in the app's language."""
    return fill(translate("Curriculum check", "invalid YAML: %1"), problem)


class Fields:
    """One YAML mapping read against its list of keys.

    Reading a key returns a value of the expected type, or a neutral default after reporting
    the problem, so the caller can keep going and every problem of the file is reported at once.
    """

    def __init__(
        self,
        node: Node,
        where: str,
        line: int,
        offset: int,
        report: Report,
        *,
        required: Sequence[str],
        optional: Sequence[str] = (),
    ) -> None:
        """`where` names the mapping in messages; `line` is where a missing key is reported;
        `offset` turns the node's 0-based line into the file's line number."""
        self.where = where
        self.line = line
        self._offset = offset
        self.report = report
        self._required = set(required)
        self._values: dict[str, Node] = {}
        self._key_lines: dict[str, int] = {}
        if not isinstance(node, yaml.MappingNode):
            report.add(
                self.line_of(node) if node is not None else line,
                fill(translate("Curriculum check", "%1 must be “key: value” lines"), where),
            )
            return
        allowed = [*required, *optional]
        suggested: set[str] = set()  # a typo of a required key is one problem, not two
        for key_node, value_node in node.value:
            key, key_line = str(key_node.value), self.line_of(key_node)
            if not isinstance(key_node, yaml.ScalarNode):
                report.add(
                    key_line,
                    fill(
                        translate(
                            "Curriculum check", "a key in %1 must be a plain word like “minutes”"
                        ),
                        where,
                    ),
                )
            elif key in self._key_lines:
                twice = translate(
                    "Curriculum check", "“%1” is given twice in %2 (first at line %3)"
                )
                report.add(
                    key_line,
                    fill(twice, key, where, str(self._key_lines[key])),
                )
            elif key not in allowed:
                close = closest(key, allowed)
                suggested.add(close or "")
                if close:
                    hint = did_you_mean(close)
                else:
                    hint = fill(translate("Curriculum check", "; allowed: %1"), quoted(allowed))
                unknown = translate("Curriculum check", "unknown key “%1” in %2%3")
                report.add(
                    key_line,
                    fill(unknown, key, where, hint),
                )
            else:
                self._values[key] = value_node
                self._key_lines[key] = key_line
        missing = translate("Curriculum check", "%1 is missing the required key “%2”")
        for key in required:
            if key not in self._values and key not in suggested:
                report.add(line, fill(missing, where, key))

    @classmethod
    def empty(cls, where: str, report: Report) -> Fields:
        """No keys and no requirements, for a block that could not be read: every read gives
        its neutral value, so the caller needs no special case."""
        return cls(yaml.MappingNode("tag:yaml.org,2002:map", []), where, 0, 0, report, required=())

    def line_of(self, node: Node) -> int:
        return int(node.start_mark.line) + self._offset

    def key_line(self, key: str) -> int:
        """The line of `key`, or of the mapping when the key is absent."""
        return self._key_lines.get(key, self.line)

    def has(self, key: str) -> bool:
        return key in self._values

    def is_list(self, key: str) -> bool:
        return isinstance(self._values.get(key), yaml.SequenceNode)

    def _problem(self, key: str, message: str, *values: str) -> None:
        """Report `message` (translated) at the key's value: %1 stands for the key, %2… for
        `values` (words from the file, put in as they are)."""
        self.report.add(self.line_of(self._values[key]), fill(message, key, *values))

    def text(self, key: str) -> str:
        """A text value; numbers and yes/no are taken as written ("title: 1984")."""
        node = self._values.get(key)
        if node is None:
            return ""
        if not isinstance(node, yaml.ScalarNode):
            self._problem(
                key, translate("Curriculum check", "“%1” must be text, not a list or keys")
            )
            return ""
        value = "" if node.tag == _NULL else str(node.value).strip()
        if not value and key in self._required:
            self._problem(key, translate("Curriculum check", "“%1” must not be empty"))
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        return tuple(text for text, _ in self.texts_with_lines(key))

    def texts_with_lines(self, key: str) -> list[tuple[str, int]]:
        """A list of texts, each with its line (to report a missing handout where it is named)."""
        node = self._values.get(key)
        if node is None:
            return []
        if not isinstance(node, yaml.SequenceNode):
            self._problem(key, _not_a_list())
            return []
        items: list[tuple[str, int]] = []
        for item in node.value:
            if isinstance(item, yaml.ScalarNode) and item.tag != _NULL and item.value.strip():
                items.append((str(item.value).strip(), self.line_of(item)))
            else:
                self.report.add(
                    self.line_of(item),
                    fill(translate("Curriculum check", "each item of “%1” must be some text"), key),
                )
        if not node.value and key in self._required:
            self._problem(key, translate("Curriculum check", "“%1” must list at least one item"))
        return items

    def whole(self, key: str, minimum: int = 1) -> int | None:
        """A whole number of at least `minimum`; None if absent or wrong."""
        node = self._values.get(key)
        if node is None:
            return None
        if not (isinstance(node, yaml.ScalarNode) and node.tag == _INT):
            message = translate("Curriculum check", "“%1” must be a whole number, not %2")
            self._problem(key, message, _shown(node))
            return None
        value = int(_construct(node))
        if value < minimum:
            message = translate("Curriculum check", "“%1” must be at least %2, not %3")
            self._problem(key, message, str(minimum), str(value))
            return None
        return value

    def number(self, key: str) -> float | None:
        """A number above zero, fractions allowed (1.5 minutes); None if absent or wrong."""
        node = self._values.get(key)
        if node is None:
            return None
        if not (isinstance(node, yaml.ScalarNode) and node.tag in (_INT, _FLOAT)):
            message = translate("Curriculum check", "“%1” must be a number, not %2")
            self._problem(key, message, _shown(node))
            return None
        value = float(_construct(node))
        if not (math.isfinite(value) and value > 0):
            message = translate("Curriculum check", "“%1” must be more than 0, not %2")
            self._problem(key, message, str(node.value))
            return None
        return value

    def language(self, key: str, default: str) -> str:
        """A two-letter language code ("es"); `default` if absent or wrong."""
        code = self.text(key)
        if not code:
            return default
        if not _LANGUAGE_CODE.fullmatch(code):
            message = translate(
                "Curriculum check",
                "“%1” must be a two-letter language code such as “en” or “es”, not “%2”",
            )
            self._problem(key, message, code)
            return default
        return code

    def flag(self, key: str, default: bool) -> bool:
        node = self._values.get(key)
        if node is None:
            return default
        if not (isinstance(node, yaml.ScalarNode) and node.tag == _BOOL):
            message = translate("Curriculum check", "“%1” must be true or false, not %2")
            self._problem(key, message, _shown(node))
            return default
        return bool(_construct(node))

    def fields(
        self, key: str, where: str, *, required: Sequence[str], optional: Sequence[str] = ()
    ) -> Fields | None:
        """A nested mapping; its missing keys are reported at this key's line."""
        node = self._values.get(key)
        if node is None:
            return None
        return self._nested(node, where, self.key_line(key), required, optional)

    def list_of_fields(
        self, key: str, where: str, *, required: Sequence[str], optional: Sequence[str] = ()
    ) -> list[Fields]:
        """A list of mappings, such as the steps of a rotation."""
        node = self._values.get(key)
        if node is None:
            return []
        if not isinstance(node, yaml.SequenceNode):
            self._problem(key, _not_a_list())
            return []
        return [
            self._nested(item, where, self.line_of(item), required, optional) for item in node.value
        ]

    def _nested(
        self, node: Node, where: str, line: int, required: Sequence[str], optional: Sequence[str]
    ) -> Fields:
        return Fields(
            node, where, line, self._offset, self.report, required=required, optional=optional
        )


def _construct(node: Node) -> Any:
    """The Python value of a scalar as YAML reads it: 0x1F and 1_000 are numbers too."""
    return yaml.SafeLoader("").construct_object(node)


def _not_a_list() -> str:
    return translate("Curriculum check", "“%1” must be a list, one '- ' item per line")


def _shown(node: Node) -> str:
    if isinstance(node, yaml.ScalarNode):
        return f"“{node.value}”"
    if isinstance(node, yaml.SequenceNode):
        return translate("Curriculum check", "a list")
    return translate("Curriculum check", "a set of keys")
