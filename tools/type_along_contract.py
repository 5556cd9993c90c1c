"""The type-along contract, read from the lessons' code: what a student meets is enough to write each cell.

A type-along cell (tagged ``type-along``) is blanked down to its prompt in the student's edition.
The prompt is a contract: a novice who has read only the lesson so far can write the cell from it.
This module reads the worked notebooks with ``ast`` and reports where the contract breaks:

- **hidden name**: a typed cell defines a name that a later cell uses, and its prompt never names it;
- **given definition blanked**: a typed cell holds a definition the lesson should give, visibly: a
  constant (``AROUND = 0.10``) or an import;
- **unchecked result**: a typed cell's result is used by a later cell, with no check cell (one that
  calls ``checks.check_...`` with that name) before that use and before the next typed cell.

Every finding names the lesson, the cell (index and first line) and the name. ``python -m
tools.type_along_contract`` prints them all, with a count per lesson;
``tests/test_type_along_contract.py`` asserts there are none.
"""

from __future__ import annotations

import ast
import builtins
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import nbformat

from tools.notebooks import split_typed

TAG = "type-along"
_CHECK = re.compile(r"\bchecks\.check_\w+\(")
#: IPython magics and shell escapes are not Python: they are left out before parsing.
_MAGIC = re.compile(r"^\s*[%!].*$", re.M)


@dataclass(frozen=True)
class Finding:
    lesson: str
    cell: int
    kind: str
    name: str
    detail: str

    def __str__(self) -> str:
        return f"{self.lesson} cell {self.cell}: {self.kind} `{self.name}`: {self.detail}"


def parse(source: str) -> ast.Module | None:
    try:
        return ast.parse(_MAGIC.sub("", source))
    except SyntaxError:
        return None


def is_typed(cell) -> bool:
    return cell.cell_type == "code" and TAG in cell.metadata.get("tags", [])


class _Names(ast.NodeVisitor):
    """Names a cell binds, and names it reads before binding them (its free names), in source order."""

    def __init__(self) -> None:
        self.bound: dict[str, int] = {}  # name -> first line bound (at module level of the cell)
        self.loaded: dict[str, int] = {}  # name -> first line read
        self.scopes: list[set[str]] = []  # names local to a function or comprehension being visited

    def _bind(self, name: str, line: int) -> None:
        if self.scopes:
            self.scopes[-1].add(name)
        else:
            self.bound.setdefault(name, line)

    def visit_Name(self, node: ast.Name) -> None:
        if isinstance(node.ctx, ast.Store | ast.Del):
            self._bind(node.id, node.lineno)
        elif not any(node.id in scope for scope in self.scopes):
            self.loaded.setdefault(node.id, node.lineno)

    def visit_Import(self, node: ast.Import | ast.ImportFrom) -> None:
        for alias in node.names:
            self._bind((alias.asname or alias.name).split(".")[0], node.lineno)

    visit_ImportFrom = visit_Import

    def _function(self, node, args: ast.arguments, body) -> None:
        if hasattr(node, "name"):
            self._bind(node.name, node.lineno)
        for default in args.defaults + [d for d in args.kw_defaults if d is not None]:
            self.visit(default)
        for decorator in getattr(node, "decorator_list", []):
            self.visit(decorator)
        names = {a.arg for a in args.posonlyargs + args.args + args.kwonlyargs}
        names |= {a.arg for a in (args.vararg, args.kwarg) if a is not None}
        self.scopes.append(names)
        for statement in body if isinstance(body, list) else [body]:
            self.visit(statement)
        self.scopes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._function(node, node.args, node.body)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Lambda(self, node: ast.Lambda) -> None:
        self._function(node, node.args, node.body)

    def _comprehension(self, node) -> None:
        self.visit(node.generators[0].iter)
        self.scopes.append(set())
        for i, generator in enumerate(node.generators):
            if i:
                self.visit(generator.iter)
            self.visit(generator.target)
            for condition in generator.ifs:
                self.visit(condition)
        for part in ("elt", "key", "value"):
            if hasattr(node, part):
                self.visit(getattr(node, part))
        self.scopes.pop()

    visit_ListComp = visit_SetComp = visit_GeneratorExp = visit_DictComp = _comprehension

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._bind(node.name, node.lineno)
        self.generic_visit(node)


def names(source: str) -> tuple[set[str], set[str]]:
    """(bound, free): the names a cell defines, and the names it reads that it has not defined first."""
    tree = parse(source)
    if tree is None:
        return set(), set()
    visitor = _Names()
    visitor.visit(tree)
    free = {n for n, line in visitor.loaded.items() if n not in visitor.bound or visitor.bound[n] > line}
    free = {n for n in free if not hasattr(builtins, n)}
    return set(visitor.bound), free


def check_arguments(source: str) -> set[str]:
    """Names passed (anywhere in the arguments) to ``checks.check_...`` calls in a cell."""
    tree = parse(source)
    found: set[str] = set()
    if tree is None:
        return found
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr.startswith("check_")
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "checks"
        ):
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                found |= {n.id for n in ast.walk(arg) if isinstance(n, ast.Name)}
    return found


def _literal(node: ast.AST) -> bool:
    try:
        ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return False
    return True


def given_definitions(source: str, prompt: str = "") -> list[tuple[str, str]]:
    """(name, what) for the definitions in a typed cell's code that the lesson should give, visibly.

    Imports, and constants: a number, a list, a dict... (``AROUND = 0.10``, ``SPRING = [3, 4, 5]``),
    or a constant in capitals. A string the prompt asks for by name (a regular expression, a
    headline) is the student's to write.
    """
    tree = parse(source)
    found = []
    if tree is None:
        return found
    for statement in tree.body:
        if isinstance(statement, ast.Import | ast.ImportFrom):
            for alias in statement.names:
                found.append(((alias.asname or alias.name).split(".")[0], "an import"))
        elif isinstance(statement, ast.Assign) and _literal(statement.value):
            for target in statement.targets:
                if not isinstance(target, ast.Name):
                    continue
                text = isinstance(statement.value, ast.Constant) and isinstance(statement.value.value, str)
                if not text or target.id.isupper() or not mentions(prompt, target.id):
                    found.append((target.id, "a constant"))
    return found


def mentions(prompt: str, name: str) -> bool:
    """Whether a prompt names a variable: the bare name, not an attribute (``helpers.paths`` is not ``paths``)."""
    return re.search(rf"(?<![.\w]){re.escape(name)}(?!\w)", prompt) is not None


def lesson_findings(path: Path) -> list[Finding]:
    nb = nbformat.read(path, as_version=4)
    lesson = Path(path).stem
    cells = [(i, c) for i, c in enumerate(nb.cells) if c.cell_type == "code"]
    info = {i: names(c.source) for i, c in cells}
    findings: list[Finding] = []
    for position, (i, cell) in enumerate(cells):
        if not is_typed(cell):
            continue
        given, prompt, code = split_typed(cell.source)
        first_line = prompt.splitlines()[0][:70] if prompt else ""
        bound = names(code)[0] - names(given)[0]
        for name, what in given_definitions(code, prompt):
            findings.append(
                Finding(lesson, i, "given definition blanked", name, f"{what} in a typed cell ({first_line})")
            )
        next_typed = next((j for j, c in cells[position + 1 :] if is_typed(c)), None)
        for name in sorted(bound):
            # the later cells that read this cell's value of `name` (until another cell rebinds it)
            users = []
            for j, _later in cells[position + 1 :]:
                later_bound, later_free = info[j]
                if name in later_free:
                    users.append(j)
                if name in later_bound and name not in later_free:
                    break
            if not users:
                continue
            if not mentions(prompt, name):
                findings.append(
                    Finding(lesson, i, "hidden name", name, f"cell {users[0]} uses it; the prompt never names it")
                )
            # a check that judges `name`, after the cell, before its first use by another cell and
            # before the next typed cell
            first_use = users[0]
            limit = min(first_use, next_typed) if next_typed is not None else first_use
            checked = any(name in check_arguments(c.source) for j, c in cells[position + 1 :] if j <= limit)
            if not checked:
                findings.append(
                    Finding(
                        lesson,
                        i,
                        "unchecked result",
                        name,
                        f"cell {first_use} uses it, and no check cell judges it before then"
                        + (f" or before the next typed cell ({next_typed})" if next_typed is not None else ""),
                    )
                )
    return findings


def stale_counts(edition: Path) -> list[Finding]:
    nb = nbformat.read(edition, as_version=4)
    return [
        Finding(edition.stem, i, "stale execution count", str(c.execution_count), "a blank typed cell shows a count")
        for i, c in enumerate(nb.cells)
        if is_typed(c) and (c.execution_count is not None or c.outputs)
    ]


def main(argv: list[str]) -> int:
    from helpers import course
    from tools import notebooks as tool

    lessons = [Path(a) for a in argv] or course.lesson_paths()
    total = 0
    for lesson in lessons:
        found = lesson_findings(lesson)
        edition = tool.edition_path(lesson)
        if edition.is_file():
            found += stale_counts(edition)
        kinds: dict[str, int] = {}
        for f in found:
            kinds[f.kind] = kinds.get(f.kind, 0) + 1
        print(f"{lesson.stem}: {len(found)} " + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())))
        for f in found:
            print("   ", f)
        total += len(found)
    print(f"{total} findings")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
