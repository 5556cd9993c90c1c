"""The type-along contract and the order of concepts, read from every lesson's code (issue 20).

- Every name a typed cell defines and a later cell uses is named in its prompt.
- What the lesson gives (constants, imports) stays visible: above the prompt, or in a given cell.
- A typed cell whose result a later cell uses is followed by a check of that result, before the
  result is used and before the next typed cell.
- A typed cell needs only idioms that basic Python, an earlier lesson, or a given example above it
  in the same lesson has shown (`tools/idioms.py`).

Each failure names the lesson, the cell and the name, so a maintainer can go straight to it.
"""

import nbformat
import pytest

from helpers import course
from tools import idioms
from tools import type_along_contract as contract

LESSONS = course.lesson_paths()
IDS = [p.stem for p in LESSONS]


def _kind(lesson, kind):
    return [str(f) for f in contract.lesson_findings(lesson) if f.kind == kind]


@pytest.mark.parametrize("lesson", LESSONS, ids=IDS)
def test_every_name_a_later_cell_uses_is_named_in_its_prompt(lesson):
    assert _kind(lesson, "hidden name") == []


@pytest.mark.parametrize("lesson", LESSONS, ids=IDS)
def test_what_the_lesson_gives_stays_visible(lesson):
    assert _kind(lesson, "given definition blanked") == []


@pytest.mark.parametrize("lesson", LESSONS, ids=IDS)
def test_a_check_stops_a_wrong_result_where_it_was_made(lesson):
    assert _kind(lesson, "unchecked result") == []


def test_concepts_come_in_order():
    assert idioms.order_findings(LESSONS) == []


def test_every_idiom_the_course_uses_is_introduced_once():
    declared = [k for lesson in LESSONS for k in idioms.introduced(nbformat.read(lesson, as_version=4))]
    assert sorted(set(declared)) == sorted(declared)


# The analysis itself, on small made-up cells: each rule can fail.


def _nb(*cells):
    nb = nbformat.v4.new_notebook()
    for source, typed in cells:
        cell = nbformat.v4.new_code_cell(source)
        if typed:
            cell.metadata["tags"] = ["type-along"]
        nb.cells.append(cell)
    return nb


@pytest.fixture
def write(tmp_path):
    def write(*cells, metadata=None):
        nb = _nb(*cells)
        if metadata:
            nb.metadata["border_figures"] = metadata
        path = tmp_path / f"{len(list(tmp_path.iterdir())):02d}-made-up.ipynb"
        nbformat.write(nb, path)
        return path

    return write


def test_a_hidden_name_a_blanked_constant_and_an_unchecked_result_are_found(write):
    path = write(
        ("# Make total, the sum of counts.\nAROUND = 0.10\ntotal = sum(counts)\nhelper = total * AROUND", True),
        ("print(helper)", False),
    )
    kinds = {(f.kind, f.name) for f in contract.lesson_findings(path)}
    assert ("hidden name", "helper") in kinds
    assert ("given definition blanked", "AROUND") in kinds
    assert ("unchecked result", "helper") in kinds
    assert ("hidden name", "total") not in kinds


def test_a_given_part_above_the_prompt_and_a_check_satisfy_the_contract(write):
    path = write(
        ("AROUND = 0.10\n# Make helper: the total times AROUND.\nhelper = 5 * AROUND", True),
        ("checks.check_helper(helper)", False),
        ("print(helper)", False),
    )
    assert contract.lesson_findings(path) == []


def test_an_attribute_is_not_a_mention(write):
    path = write(
        ("# Read the file from helpers.paths.\nfrom helpers import paths\nx = paths.DATASETS", True),
        ("print(paths)", False),
    )
    assert ("hidden name", "paths") in {(f.kind, f.name) for f in contract.lesson_findings(path)}


def test_an_idiom_needed_before_it_is_shown_is_found(write):
    path = write(
        ("# Keep spring: rows whose month is in SPRING.\nspring = t[t['m'].isin(SPRING)]", True),
        metadata={"introduces": ["isin", "boolean-filter"]},
    )
    assert any("needs 'isin'" in line for line in idioms.order_findings([path]))
    shown = write(
        ("example = t[t['m'].isin([1, 2])]", False),
        ("# Keep spring: rows whose month is in SPRING.\nspring = t[t['m'].isin(SPRING)]", True),
        metadata={"introduces": ["isin", "boolean-filter"]},
    )
    assert idioms.order_findings([shown]) == []


@pytest.mark.parametrize("lesson", LESSONS, ids=IDS)
def test_every_check_of_a_typed_cell_says_right_in_the_worked_notebook(lesson):
    """A worked lesson holds the worked answers: each check that judges a typed cell must say "Right!" there.

    (A stored "Not yet" after a typed cell means a check judged the wrong thing: for example, another
    lesson's check of the same name.)
    """
    nb = nbformat.read(lesson, as_version=4)
    typed = set()
    for i, cell in enumerate(nb.cells):
        if contract.is_typed(cell):
            typed |= contract.names(cell.source)[0]
            continue
        if cell.cell_type != "code" or not (contract.check_arguments(cell.source) & typed):
            continue
        shown = nbformat.writes(nbformat.v4.new_notebook(cells=[cell]))
        assert "Right!" in shown and "Not yet" not in shown, f"{lesson.stem} cell {i}: {cell.source[:80]!r}"
