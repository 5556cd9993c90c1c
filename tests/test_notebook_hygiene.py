"""Every committed notebook was executed cleanly, carries nothing it must not, and follows the anatomy."""

import json
import re
import subprocess
import sys

import nbformat
import pytest

from helpers import course, paths
from tools.notebooks import SETUP_CELL, WIDGET_VIEW, course_notebooks, machine_paths

NOTEBOOKS = course_notebooks()
LESSONS = course.lesson_paths()


def ids(notebooks):
    return [paths.relative(nb) for nb in notebooks]


def code_cells(nb):
    return [c for c in nb.cells if c.cell_type == "code"]


def markdown(nb):
    return "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")


def test_there_are_notebooks():
    assert (paths.NOTEBOOKS / "00-start-here.ipynb") in NOTEBOOKS


def test_nbval_collects_every_notebook():
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", "notebooks"],
        cwd=paths.ROOT,
        capture_output=True,
        text=True,
    )
    collected = {line.split("::")[0] for line in result.stdout.splitlines() if ".ipynb::" in line}
    assert collected == {paths.relative(nb) for nb in NOTEBOOKS}, result.stdout[-2000:]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids(NOTEBOOKS))
class TestCommittedNotebook:
    def test_is_valid_nbformat_with_the_python3_kernel(self, path):
        nb = nbformat.read(path, as_version=4)
        nbformat.validate(nb)
        assert nb.metadata.kernelspec.name == "python3"

    def test_was_executed_top_to_bottom_in_a_fresh_kernel(self, path):
        counts = [c.execution_count for c in code_cells(nbformat.read(path, as_version=4))]
        assert counts == list(range(1, len(counts) + 1)), "run `make notebooks` to re-execute it"

    def test_has_no_errors_outside_cells_meant_to_raise(self, path):
        for cell in code_cells(nbformat.read(path, as_version=4)):
            if "raises-exception" in cell.metadata.get("tags", []):
                continue
            assert not [o for o in cell.outputs if o.output_type == "error"], cell.source[:80]

    def test_carries_no_widget_state_and_no_machine_paths(self, path):
        nb = nbformat.read(path, as_version=4)
        assert "widgets" not in nb.metadata
        assert WIDGET_VIEW not in json.dumps(nb)
        assert machine_paths(nb) == []

    def test_starts_with_the_set_up_cell(self, path):
        first = code_cells(nbformat.read(path, as_version=4))[0]
        assert first.source == SETUP_CELL, "the first code cell must be tools.notebooks.SETUP_CELL"


@pytest.mark.parametrize("path", LESSONS, ids=ids(LESSONS))
class TestLessonAnatomy:
    def test_states_title_time_and_objectives(self, path):
        lesson = course.read_lesson(path)
        assert lesson.title and re.search(r"\d+\s*(minutes|hours?)", lesson.time) and len(lesson.objectives) >= 2

    def test_explains_before_each_code_cell(self, path):
        nb = nbformat.read(path, as_version=4)
        for before, cell in zip(nb.cells, nb.cells[1:]):
            if cell.cell_type == "code" and before.cell_type == "code":
                # a check cell may follow the exercise cell it checks
                assert "checks." in cell.source or "checks." in before.source, f"no text before: {cell.source[:60]!r}"

    def test_has_an_exercise_with_a_self_check_and_a_worked_solution(self, path):
        nb = nbformat.read(path, as_version=4)
        text = markdown(nb)
        assert re.search(r"^#+ Exercise", text, re.M)
        assert any("checks.check_" in c.source for c in code_cells(nb))
        solutions = re.findall(r"\]\((solutions/[^)]+\.ipynb)\)", text)
        assert solutions, "link the worked solution from the exercise"
        for link in solutions:
            assert (path.parent / link).is_file(), link

    def test_ends_with_a_recap(self, path):
        assert re.search(r"^#+ (Recap|Key points)", markdown(nbformat.read(path, as_version=4)), re.M)

    def test_keeps_code_cells_short(self, path):
        for cell in code_cells(nbformat.read(path, as_version=4))[1:]:
            assert len(cell.source.splitlines()) <= 15, cell.source[:80]


def test_every_lesson_has_a_solutions_notebook_that_runs_its_checks():
    for lesson in LESSONS:
        solution = paths.NOTEBOOKS / "solutions" / lesson.name.replace(".ipynb", "-solutions.ipynb")
        assert solution.is_file(), paths.relative(solution)
        outputs = json.dumps([c.get("outputs") for c in code_cells(nbformat.read(solution, as_version=4))])
        assert "Right!" in outputs and "Not yet" not in outputs, f"{paths.relative(solution)}: every check should pass"
