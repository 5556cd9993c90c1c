"""The student release (tools/assignments.py): every lesson, no solution code, no hidden test.

Built without running anything (``reference=False``), into a temporary folder.
"""

from __future__ import annotations

import json
import zipfile

import nbformat
import pytest

from helpers import paths
from tests.support import assignments_written_to
from tools import assignments
from tools.notebooks import is_type_along, prompt, split_typed


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("assignments")
    with assignments_written_to(out):
        manifest = assignments.build(reference=False, log=lambda *_: None)
        yield out, manifest


def _release_sources(out, *, everything: bool = False) -> str:
    """Every source of every release notebook (and, with ``everything``, every other text file of the
    release: the helpers are the public course's visible checks, searched only for hidden tests)."""
    texts = []
    for path in (out / "release").rglob("*"):
        if path.suffix == ".ipynb":
            texts += [c.source for c in nbformat.read(path, as_version=4).cells]
        elif everything and path.is_file() and path.suffix in {".py", ".md", ".txt", ".toml", ".yml", ".cff", ""}:
            texts.append(path.read_text(encoding="utf-8", errors="replace"))
    return "\n".join(texts)


def _code_lines(source: str) -> list[str]:
    """The lines of code worth searching for: not comments, not imports."""
    return [
        line.strip()
        for line in source.splitlines()
        if line.strip() and not line.strip().startswith(("#", "import ", "from "))
    ]


def _given() -> str:
    """What the worked lessons give students anyway: every cell that is not typed along, and the given part
    above a typed cell's prompt, across lessons."""
    return "\n".join(
        (split_typed(c.source)[0] if is_type_along(c) else c.source)
        for lesson in assignments.lessons()
        for c in nbformat.read(lesson, as_version=4).cells
        if "SOLUTION" not in c.source
    )


def test_every_lesson_and_the_final_assignment_is_released(built):
    out, manifest = built
    released = sorted(p.stem for p in (out / "release" / "notebooks").glob("*.ipynb"))
    assert released == sorted(p.stem for p in assignments.lessons())
    assert "final-check-a-claim" in released
    for lesson, info in manifest["lessons"].items():
        assert info["questions"], f"{lesson} has no graded question"
        for q in info["questions"]:
            if q["kind"] != "manual":
                assert (out / "autograder" / lesson / "tests" / f"{q['key']}.py").exists()


def test_release_holds_no_worked_type_along_code(built):
    out, _ = built
    release = _release_sources(out)
    for lesson in assignments.lessons():
        worked = nbformat.read(lesson, as_version=4)
        elsewhere = _given()
        for cell in worked.cells:
            if not is_type_along(cell):
                continue
            code = cell.source[len(prompt(cell.source)) :].strip()
            if code not in elsewhere:
                assert code not in release, f"{lesson.name}: the worked code of a type-along cell is in the release"
            for line in _code_lines(code):
                if len(line) > 20 and line not in elsewhere:
                    assert line not in release, f"{lesson.name}: type-along code {line!r} is in the release"


def test_release_holds_no_solution(built):
    out, _ = built
    release = _release_sources(out)
    assert not (out / "release" / "notebooks" / "solutions").exists()
    for lesson in assignments.lessons():
        worked_text = _given()
        solved = assignments.solutions_path(lesson)
        sources = []
        if solved.exists():
            sources = [c.source for c in nbformat.read(solved, as_version=4).cells if c.cell_type == "code"]
        else:  # a final assignment: its solution lines
            for cell in nbformat.read(lesson, as_version=4).cells:
                if cell.cell_type == "code" and "SOLUTION" in cell.source:
                    kept = assignments.strip_solutions(cell.source)
                    sources.append(
                        "\n".join(line for line in cell.source.splitlines() if line not in kept.splitlines())
                    )
        for source in sources:
            for line in _code_lines(source):
                if len(line) > 20 and line not in worked_text and "SOLUTION" not in line:
                    assert line not in release, f"{lesson.name}: solution code {line!r} is in the release"
    for nb_path in (out / "release" / "notebooks").glob("*.ipynb"):
        text = nb_path.read_text(encoding="utf-8")
        assert "](solutions/" not in text and "](../solutions/" not in text, f"{nb_path.name} links to the solutions"


def test_release_holds_no_hidden_test(built):
    out, _ = built
    assert not (out / "release" / "grading").exists(), "the instructors' grading package is in the release"
    assert "grading" not in assignments.RELEASE_FILES, "the release copies what it lists: never the grading side"
    release = _release_sources(out, everything=True)
    for secret in ("HIDDEN_VARIANTS", "hidden_claim", "hidden.check_", "reference.pkl", "run_hidden"):
        assert secret not in release
    with zipfile.ZipFile(out / "release.zip") as z:
        names = z.namelist()
    assert not any(n.endswith("hidden.py") or "grading/" in n or "/solutions/" in n or "autograder" in n for n in names)
    assert any(n.endswith("notebooks/00-start-here.ipynb") for n in names)


def test_release_notebooks_are_blank_where_students_write(built):
    out, manifest = built
    for lesson, info in manifest["lessons"].items():
        nb = nbformat.read(out / "release" / "notebooks" / f"{lesson}.ipynb", as_version=4)
        assert nb.metadata["border_figures"]["assignment"] == lesson
        ids = {c.id for c in nb.cells}
        for q in info["questions"]:
            assert q["answer_id"] in ids, f"{lesson} {q['key']}: the student's cell is missing from the release"
            if q["kind"] == "type-along":
                cell = next(c for c in nb.cells if c.id == q["answer_id"])
                _, _, student = split_typed(cell.source)
                assert not _code_lines(student) and not cell.outputs, "only the given part above the prompt is code"


def test_solution_markers():
    source = "import pandas as pd\nx = pd.read_csv('f.csv')  # SOLUTION\n# BEGIN SOLUTION\ny = 2\n# END SOLUTION\nz = 3"
    assert assignments.strip_solutions(source) == "import pandas as pd\nx = ...  # your code here\nz = 3"


def test_questions_follow_the_lesson():
    worked = nbformat.read(paths.NOTEBOOKS / "00-start-here.ipynb", as_version=4)
    qs = assignments.questions(worked, "00-start-here")
    checks = [q.check for q in qs]
    assert "check_headline" in checks and "check_dataset_count" in checks
    assert {q.kind for q in qs} <= {"exercise", "type-along"}
    assert json.dumps([q.key for q in qs]) == json.dumps([f"q{i + 1}" for i in range(len(qs))])
