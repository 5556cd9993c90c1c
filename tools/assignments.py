"""Graded assignments generated from the lessons: a student release and the instructor's autograder material.

``make assignments`` runs this. Nothing here is written by hand: every lesson that exists when it
runs (``notebooks/NN-*.ipynb``) and the final assignment (``notebooks/assignments/*.ipynb``) become

``output/assignments/release/``
    the course as students get it for credit: ``helpers/`` (the visible checks), ``datasets/``,
    ``seeds/``, the install files, and ``notebooks/NN-*.ipynb``, each lesson's **assignment
    edition**: the type-along edition (the cells tagged ``type-along`` cut to their prompt) with the
    exercises still blank, no link to the worked solutions, no solutions folder, no worked lesson,
    no hidden test (the instructors' ``grading/`` package is never copied). Also zipped as ``release.zip``.
``output/assignments/autograder/``
    ``manifest.json`` (every lesson's graded questions), and per lesson ``tests/qN.py``: one
    otter-grader test file (exception-based format) per question, with a visible case (the course's
    own check: the same right and wrong answers) and, where there is one, a hidden case: a hidden
    variant of the check (``grading.hidden.HIDDEN_VARIANTS``: e.g. other fiscal years) or a
    comparison of every value with the worked answer (``reference.pkl``); ``complete.ipynb``, the
    lesson with every question answered (worked type-along code + the solutions' exercise answers).

A **graded question** is a check cell (``checks.check_x(...)``; in the final assignment
``hidden.check_x(...)`` in a cell tagged ``grading``) whose code cell above is an exercise answer
cell or a type-along cell. A cell tagged ``manual`` (the final assignment's write-up) is also a
question, for a person to grade with the guide's rubric.

    python -m tools.assignments                       # every lesson and the final assignment
    python -m tools.assignments notebooks/00-start-here.ipynb --no-reference
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import copy
import json
import re
import shutil
import sys
import zipfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

import nbformat

from helpers import paths
from tools.notebooks import is_type_along, prompt, split_typed

OUT = paths.OUTPUT / "assignments"
RELEASE = OUT / "release"
AUTOGRADER = OUT / "autograder"
FINALS = paths.NOTEBOOKS / "assignments"
#: What the release copies from the course: never the instructors' grading/ package.
RELEASE_FILES = [
    "datasets",
    "seeds",
    "helpers",
    "requirements.txt",
    "environment.yml",
    "postBuild",
    "pyproject.toml",
    "LICENSE",
    "CITATION.cff",
]
GRADING_TAG, MANUAL_TAG = "grading", "manual"
MANUAL_POINTS = 4  # the rubric's top mark for one criterion (instructors/guide.md, Assessment)
_LESSON = re.compile(r"^\d\d-[^/]+\.ipynb$")
_EXERCISE = re.compile(r"^##\s+Exercise\s+(\d+)", re.M)
_SOLUTION_LINK = re.compile(r"\[([^\]]*)\]\((?:\.\./)?solutions/[^)]*\)")


@dataclass
class Question:
    lesson: str  # "00-start-here"
    key: str  # "q1", "q2", ... in notebook order
    label: str  # "Exercise 1", "Type-along: Count the rows of yearly ..."
    kind: str  # "exercise", "type-along", "assignment", "manual"
    module: str  # "helpers.checks" or "grading.hidden"
    check: str  # "check_headline"
    args: list[str]  # the check call's argument expressions, as written in the lesson
    cell_id: str  # the check cell (grading cell) of the worked notebook
    answer_id: str  # the code cell above it: the student's cell
    occurrence: int  # how many calls of the same check come before it (0 first)
    points: int = 1
    hidden: str = ""  # "variant", "reference" or "" (decided when the reference is made)
    names: list[str] = field(default_factory=list)  # variables a manual question shows the grader


# --------------------------------------------------------------------------- reading a worked notebook


def check_call(source: str) -> tuple[str, str, list[str]] | None:
    """(module, check, argument sources) when ``source`` is a check cell, else None."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    calls = [s for s in tree.body if not isinstance(s, (ast.Import, ast.ImportFrom))]
    if len(calls) != 1 or not isinstance(calls[0], ast.Expr) or not isinstance(calls[0].value, ast.Call):
        return None
    call = calls[0].value
    if not (
        isinstance(call.func, ast.Attribute)
        and isinstance(call.func.value, ast.Name)
        and call.func.value.id in {"checks", "hidden"}
        and call.func.attr.startswith("check_")
    ):
        return None
    module = "helpers.checks" if call.func.value.id == "checks" else "grading.hidden"
    args = [ast.get_source_segment(source, a) for a in call.args]
    args += [f"{k.arg}={ast.get_source_segment(source, k.value)}" for k in call.keywords]
    return module, call.func.attr, args


def _heading(nb, index: int) -> str:
    """The level-2 heading a cell sits under ("Exercise 2: how many datasets?"), or ""."""
    for cell in reversed(nb.cells[:index]):
        if cell.cell_type == "markdown":
            for line in reversed(cell.source.splitlines()):
                if line.startswith("## "):
                    return line[3:].strip()
    return ""


def _exercise_of(nb, index: int) -> str | None:
    """The exercise heading ("Exercise 2") a cell sits under, or None outside exercises."""
    match = _EXERCISE.match("## " + _heading(nb, index))
    return f"Exercise {match[1]}" if match else None


def questions(worked: nbformat.NotebookNode, lesson: str) -> list[Question]:
    """The graded questions of a worked lesson (or final assignment) notebook, in order."""
    found: list[Question] = []
    seen: dict[str, int] = {}
    previous = None
    for index, cell in enumerate(worked.cells):
        if cell.cell_type != "code":
            continue
        tags = cell.metadata.get("tags", [])
        if MANUAL_TAG in tags:
            names = list(
                dict.fromkeys(
                    t.id
                    for s in ast.parse(cell.source).body
                    if isinstance(s, ast.Assign)
                    for t in s.targets
                    if isinstance(t, ast.Name)
                )
            )
            found.append(
                Question(
                    lesson,
                    f"q{len(found) + 1}",
                    f"Write-up ({', '.join(names)}), graded by a person",
                    "manual",
                    "",
                    "",
                    [],
                    cell.id,
                    cell.id,
                    0,
                    MANUAL_POINTS,
                    names=names,
                )
            )
        call = check_call(cell.source)
        if call is not None and previous is not None:
            module, check, args = call
            exercise = _exercise_of(worked, index)
            if GRADING_TAG in tags:
                kind, label = "assignment", _heading(worked, index).split(":")[0] or "Question"
            elif is_type_along(previous):
                kind, label = (
                    "type-along",
                    "Type-along: " + split_typed(previous.source)[1].lstrip("# ").splitlines()[0][:70],
                )
            elif exercise is not None:
                kind, label = "exercise", exercise
            else:
                kind = ""
            if kind:
                occurrence = seen.get(check, 0)
                found.append(
                    Question(
                        lesson, f"q{len(found) + 1}", label, kind, module, check, args, cell.id, previous.id, occurrence
                    )
                )
            seen[check] = seen.get(check, 0) + 1
        if call is None:
            previous = cell
    labels = [q.label for q in found]
    for q in found:  # "Exercise 3" twice: "Exercise 3 (a)", "Exercise 3 (b)"
        same = [p for p in found if p.label == q.label]
        if labels.count(q.label) > 1:
            q.label = f"{q.label} ({'abcdefgh'[same.index(q)]})"
    return found


# --------------------------------------------------------------------------- the assignment edition


def strip_solutions(source: str) -> str:
    """Otter-style solution markers: ``# BEGIN SOLUTION`` ... ``# END SOLUTION`` blocks go;
    ``x = expr  # SOLUTION`` becomes ``x = ...``."""
    out, skipping = [], False
    for line in source.splitlines():
        marker = line.strip().upper()
        if marker.startswith("# BEGIN SOLUTION"):
            skipping = True
            continue
        if marker.startswith("# END SOLUTION"):
            skipping = False
            continue
        if skipping:
            continue
        match = re.match(r"^(\s*[\w\[\]\"'., ]+?=)\s*.*#\s*SOLUTION\s*$", line)
        out.append(f"{match[1]} ...  # your code here" if match else line)
    return "\n".join(out)


BANNER = (
    "\n\n> 📝 **Assignment edition.** Write the code cells that hold only a comment (read the comment, "
    "write the code, run the cell), answer every exercise, and run every check cell. Keep the check "
    "cells as they are: the grader reads your answers where they stand. Then *Restart Kernel and Run "
    "All Cells*, save, and hand in this file."
)


def assignment_edition(worked: nbformat.NotebookNode, lesson: str) -> nbformat.NotebookNode:
    """The student's notebook for one lesson or final assignment: no worked code, no hidden check."""
    nb = copy.deepcopy(worked)
    cells = []
    for cell in nb.cells:
        tags = cell.metadata.get("tags", [])
        if GRADING_TAG in tags:
            continue  # the final assignment's grading cells stay with the autograder
        if cell.cell_type == "markdown":
            cell.source = _SOLUTION_LINK.sub(r"\1 (released by your instructor after the deadline)", cell.source)
        elif cell.cell_type == "code":
            if is_type_along(cell):
                cell.source = prompt(cell.source)
                cell.outputs = []
            elif "BEGIN SOLUTION" in cell.source.upper() or "# SOLUTION" in cell.source.upper():
                cell.source = strip_solutions(cell.source)
                cell.outputs = []
            elif check_call(cell.source) is not None:
                cell.outputs = []
            cell.execution_count = None
        cells.append(cell)
    nb.cells = cells
    title = next(c for c in nb.cells if c.cell_type == "markdown")
    title.source += BANNER
    nb.metadata["border_figures"] = {"assignment": lesson}
    return nb


# --------------------------------------------------------------------------- the complete answer


def _sections(nb) -> dict[str, tuple[int, int]]:
    """Exercise number -> (first, end) cell indexes of its section (heading included)."""
    found, start, number = {}, None, None
    for index, cell in enumerate([*nb.cells, nbformat.v4.new_markdown_cell("## end")]):
        if cell.cell_type == "markdown" and any(line.startswith("## ") for line in cell.source.splitlines()):
            if number is not None:
                found[number] = (start, index)
            match = _EXERCISE.search(cell.source)
            start, number = (index, match[1]) if match else (None, None)
    return found


def solutions_path(lesson: Path) -> Path:
    return lesson.parent / "solutions" / f"{lesson.stem}-solutions.ipynb"


def complete_notebook(worked_path: Path) -> nbformat.NotebookNode:
    """The lesson with every question answered: the worked type-along code back in, and each exercise
    answered by the worked solutions' code for it.

    The solutions notebook runs on its own, so its code may redefine the lesson's tables (a solution
    that rebuilds ``guard_geo`` its own way) and rely on its own earlier cells. Each exercise's solution
    code therefore runs in one namespace of the solutions' own (``_solution``, in order, as in the
    solutions notebook), and only the exercise's answer variables come back into the lesson's; the
    section's check cells stay as they are (same ids)."""
    worked = nbformat.read(worked_path, as_version=4)
    if any(GRADING_TAG in c.metadata.get("tags", []) or MANUAL_TAG in c.metadata.get("tags", []) for c in worked.cells):
        complete = copy.deepcopy(worked)  # a final assignment: its worked notebook is the complete answer
        complete.metadata["border_figures"] = {"assignment": worked_path.stem}
        return complete
    nb = assignment_edition(worked, worked_path.stem)
    by_id = {c.id: c for c in worked.cells}
    for cell in nb.cells:
        if cell.cell_type == "code" and cell.id in by_id and is_type_along(by_id[cell.id]):
            cell.source = by_id[cell.id].source
    solved_path = solutions_path(worked_path)
    if not solved_path.exists():
        return nb
    solved = nbformat.read(solved_path, as_version=4)
    sections = _sections(solved)
    first = min((s for s, _ in sections.values()), default=len(solved.cells))
    preamble = [c.source for c in solved.cells[:first] if c.cell_type == "code"][1:]  # not the set-up cell
    mine = _sections(nb)
    for number in sorted(mine, key=lambda n: -mine[n][0]):  # from the end, so indexes stay valid
        if number not in sections:
            continue
        start, end = mine[number]
        s_start, s_end = sections[number]
        first_section = number == min((n for n in mine if n in sections), key=lambda n: mine[n][0])
        code = "\n\n".join(
            (preamble if first_section else [])
            + [
                c.source
                for c in solved.cells[s_start + 1 : s_end]
                if c.cell_type == "code" and check_call(c.source) is None
            ]
        )
        section = nb.cells[start + 1 : end]
        names: list[str] = []
        for cell in section:
            call = check_call(cell.source) if cell.cell_type == "code" else None
            if call:
                names += [a for a in call[2] if a.isidentifier()]
            elif cell.cell_type == "code":
                with contextlib.suppress(SyntaxError):
                    names += [
                        t.id
                        for st in ast.parse(cell.source).body
                        if isinstance(st, ast.Assign)
                        for t in st.targets
                        if isinstance(t, ast.Name)
                    ]
        names = list(dict.fromkeys(names))
        runner = nbformat.v4.new_code_cell(
            "# The worked solution of this exercise, run as in the solutions notebook (its own namespace).\n"
            f"_solution = globals().setdefault('_solution', {{}})\nexec(compile({code!r}, 'solution', 'exec'), _solution)\n"
            + "".join(f"{n} = _solution.get({n!r}, ...)\n" for n in names)
        )
        runner.id = f"sol-ex{number}"
        kept, placed = [], False
        for cell in section:
            if cell.cell_type == "code" and check_call(cell.source) is None:
                if not placed:
                    kept.append(runner)
                    placed = True
                continue
            kept.append(cell)
        if not placed:
            kept.insert(0, runner)
        nb.cells[start + 1 : end] = kept
    return nb


# --------------------------------------------------------------------------- writing it all


def lessons() -> list[Path]:
    """Every lesson and final assignment that exists now."""
    found = sorted(p for p in paths.NOTEBOOKS.glob("*.ipynb") if _LESSON.match(p.name))
    return found + sorted(FINALS.glob("*.ipynb"))


def test_file(q: Question) -> str:
    """An otter-grader exception-based test file for one question."""
    lines = [
        f'"""{q.lesson}, {q.key}: {q.label}: `{q.check}({", ".join(q.args)})`.',
        "",
        "Generated by tools/assignments.py from the lesson; do not edit (run `make assignments`).",
        '"""',
        "",
        "from otter.test_files import test_case",
        "",
        "OK_FORMAT = False",
        "",
        f"name = {q.key!r}",
        f"points = {q.points + (1 if q.hidden else 0)}",
        "",
        "",
        f"@test_case(name='visible', points={q.points}, hidden=False)",
        "def visible(env):",
        f"    env['run_check'](env, {q.check!r}, 'visible')",
    ]
    if q.hidden:
        lines += [
            "",
            "",
            "@test_case(name='hidden', points=1, hidden=True)",
            "def hidden(env):",
            f"    env['run_hidden'](env, {q.check!r}, {q.hidden!r})",
        ]
    return "\n".join(lines) + "\n"


def copy_course(target: Path, *, hidden: bool = False) -> None:
    """Copy what students need (never solutions, worked lessons, tools or tests) into ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".ipynb_checkpoints")
    for name in RELEASE_FILES:
        source = paths.ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=ignore, dirs_exist_ok=True)
        elif source.exists():
            shutil.copy2(source, target / name)
    if hidden:
        shutil.copytree(paths.ROOT / "grading", target / "grading", ignore=ignore, dirs_exist_ok=True)


README = """# Border Figures: assignments

The notebooks to work on are in `notebooks/`. Install once and open JupyterLab:

    python3 -m venv .venv
    .venv/bin/python -m pip install -r requirements.txt
    .venv/bin/python -m pip install --no-deps -e .
    .venv/bin/jupyter lab notebooks/

In each notebook, write the code cells that hold only a comment, answer the exercises, run each
check cell, then *Restart Kernel and Run All Cells*, save, and hand in the `.ipynb` file as your
instructor asks (do not rename the check cells).
"""


def write_release(editions: dict[str, nbformat.NotebookNode]) -> Path:
    if RELEASE.exists():
        shutil.rmtree(RELEASE)
    copy_course(RELEASE)
    (RELEASE / "README.md").write_text(README, encoding="utf-8")
    (RELEASE / "notebooks").mkdir()
    for lesson, nb in editions.items():
        nbformat.validate(nb)
        nbformat.write(nb, RELEASE / "notebooks" / f"{lesson}.ipynb")
    archive = OUT / "release.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        for path in sorted(RELEASE.rglob("*")):
            if path.is_file():
                z.write(path, Path("border-figures") / path.relative_to(RELEASE))
    return archive


def build(lesson_paths: list[Path] | None = None, *, reference: bool = True, log=print) -> dict:
    """Write the release and the autograder material; return the manifest."""
    lesson_paths = [Path(p).resolve() for p in (lesson_paths or lessons())]
    manifest_path = AUTOGRADER / "manifest.json"
    manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() and lesson_paths != lessons() else {}
    manifest.setdefault("lessons", {})
    editions = {}
    for path in lesson_paths:
        worked = nbformat.read(path, as_version=4)
        lesson = path.stem
        qs = questions(worked, lesson)
        editions[lesson] = assignment_edition(worked, lesson)
        folder = AUTOGRADER / lesson
        if folder.exists():
            shutil.rmtree(folder)
        (folder / "tests").mkdir(parents=True)
        complete = complete_notebook(path)
        nbformat.write(complete, folder / "complete.ipynb")
        nbformat.write(editions[lesson], folder / "release.ipynb")
        from tools import grade

        values = grade.reference_values(folder, lesson, qs) if reference else {}
        for q in qs:
            q.hidden = grade.hidden_kind(q, values.get(q.key))
        for q in qs:
            if q.kind != "manual":
                (folder / "tests" / f"{q.key}.py").write_text(test_file(q), encoding="utf-8")
        manifest["lessons"][lesson] = {
            "release": f"notebooks/{lesson}.ipynb",
            "worked": paths.relative(path),
            "questions": [asdict(q) for q in qs],
            "cell_ids": [c.id for c in editions[lesson].cells],
        }
        log(
            f"{lesson}: {len(qs)} questions ({sum(q.kind == 'type-along' for q in qs)} type-along, "
            f"{sum(q.kind in ('exercise', 'assignment') for q in qs)} exercise, {sum(q.kind == 'manual' for q in qs)} manual; "
            f"{sum(bool(q.hidden) for q in qs)} with a hidden test)"
        )
    # every lesson's edition in the release, including those not rebuilt now
    for lesson in manifest["lessons"]:
        if lesson not in editions and (AUTOGRADER / lesson / "release.ipynb").exists():
            editions[lesson] = nbformat.read(AUTOGRADER / lesson / "release.ipynb", as_version=4)
    AUTOGRADER.mkdir(parents=True, exist_ok=True)
    manifest_path.write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    archive = write_release(editions)
    log(
        f"wrote {paths.relative(RELEASE)}/ and {paths.relative(archive)} (student release), "
        f"{paths.relative(AUTOGRADER)}/ (autograder)"
    )
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "lessons", nargs="*", type=Path, help="lesson notebooks (default: every lesson and final assignment)"
    )
    parser.add_argument(
        "--no-reference",
        action="store_true",
        help="skip running the complete answers (no reference values: hidden variants only)",
    )
    args = parser.parse_args(argv)
    build(args.lessons or None, reference=not args.no_reference)
    return 0


if __name__ == "__main__":
    sys.exit(main())
