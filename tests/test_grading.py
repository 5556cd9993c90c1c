"""Grading a class (tools/grade.py): full marks, zero, one wrong answer, and every kind of bad submission.

Lesson 00 (the smallest) and the final assignment are graded; the autograder material is built into
a temporary folder. The batch runs two submissions at a time with short time limits.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import nbformat
import pytest

from helpers import paths
from tests.support import assignments_written_to, fingerprint
from tools import assignments, grade

LESSON = "00-start-here"
FINAL = "final-check-a-claim"


def _intact(files: dict[Path, int]) -> bool:
    """Every file still there and not emptied (people may add or edit files while the tests run)."""
    return all(path.is_file() and path.stat().st_size > 0 for path in files)


#: What the vandal targets; other folders of the course may change while the tests run (people edit them).
COURSE_FOLDERS = [paths.DATASETS, paths.SEEDS]


@pytest.fixture(scope="module")
def material(tmp_path_factory):
    out = tmp_path_factory.mktemp("assignments")
    with assignments_written_to(out):
        assignments.build(
            [paths.NOTEBOOKS / f"{LESSON}.ipynb", assignments.FINALS / f"{FINAL}.ipynb"], log=lambda *_: None
        )
        # another lesson, for the "saved from another lesson" case (nothing run)
        other = sorted(p for p in paths.NOTEBOOKS.glob("0[1-9]-*.ipynb"))[0]
        assignments.build([other], reference=False, log=lambda *_: None)
        yield out, json.loads((out / "autograder" / "manifest.json").read_text()), other.stem


def _nb(material, lesson, edition="complete"):
    out = material[0]
    path = out / "autograder" / lesson / ("complete.ipynb" if edition == "complete" else "release.ipynb")
    return nbformat.read(path, as_version=4)


def _replace(nb, old, new):
    hits = [c for c in nb.cells if c.cell_type == "code" and old in c.source]
    assert hits, f"no cell holds {old!r}"
    for cell in hits:
        cell.source = cell.source.replace(old, new)
    return nb


def _question(manifest, lesson, check):
    return next(q for q in manifest["lessons"][lesson]["questions"] if q["check"] == check)


def _runner(nb, name):
    """The index of the complete answer's cell that runs the worked solution defining ``name``."""
    return next(i for i, c in enumerate(nb.cells) if c.cell_type == "code" and f"_solution.get({name!r}" in c.source)


def _insert(nb, index, source):
    nb.cells.insert(index, nbformat.v4.new_code_cell(source))
    return nb


def _blank_exercises(nb, manifest, checks):
    """Half-answered: the exercises of these checks keep the release's blank cells."""
    release = {
        c.id: c for c in nbformat.read(Path(str(grade.AUTOGRADER)) / LESSON / "release.ipynb", as_version=4).cells
    }
    for check in checks:
        q = _question(manifest, LESSON, check)
        nb.cells[_runner(nb, q["args"][0])].source = release[q["answer_id"]].source
    return nb


@pytest.fixture(scope="module")
def graded(material, tmp_path_factory):
    out, manifest, other = material
    folder = tmp_path_factory.mktemp("submissions")
    write = lambda name, nb: nbformat.write(nb, folder / f"{name}.ipynb")  # noqa: E731
    write("complete", _nb(material, LESSON))
    write("blank", _nb(material, LESSON, "release"))
    write("one-wrong", _replace(_nb(material, LESSON), "splitlines()[0]", "splitlines()[1]"))
    write("half", _blank_exercises(_nb(material, LESSON), manifest, ["check_dataset_count", "check_dataset_finding"]))
    wrong_types = _nb(material, LESSON)
    _insert(wrong_types, _runner(wrong_types, "n_datasets") + 1, "n_datasets = str(n_datasets)")
    write("wrong-types", _replace(wrong_types, "n_rows = len(yearly)", "n_rows = [len(yearly)]"))
    first = _nb(material, LESSON)
    first.cells.insert(0, nbformat.v4.new_code_cell('raise RuntimeError("my first cell is broken")'))
    write("raises-first", first)
    loops = _nb(material, LESSON)
    write("loops", _insert(loops, _runner(loops, "n_datasets"), "while True:\n    pass"))
    write("another-lesson", nbformat.read(out / "autograder" / other / "release.ipynb", as_version=4))
    cheat = _nb(material, LESSON)
    _insert(cheat, _runner(cheat, "n_datasets") + 1, "n_datasets = 0")
    cheat.cells.append(
        nbformat.v4.new_code_cell(
            "from helpers import checks\nfrom helpers.checks import feedback, start_here\n"
            "always = lambda *a, **k: feedback.right('Right')\n"
            "checks.check_dataset_count = start_here.check_dataset_count = always\n"
            "from pathlib import Path\n"
            "Path(start_here.__file__).write_text('from helpers.checks.feedback import right\\n'\n"
            "    'def check_dataset_count(*a, **k):\\n    return right(\"Right\")\\n')"
        )
    )
    check_cell = _question(manifest, LESSON, "check_dataset_count")
    cheat.cells.insert(
        next(i for i, c in enumerate(cheat.cells) if "n_datasets = 0" in c.source) + 1,
        nbformat.v4.new_code_cell("from helpers import checks\nchecks.check_dataset_count = lambda *a: True"),
    )
    write("redefines-check", cheat)
    vandal = _nb(material, LESSON)
    vandal.cells.append(
        nbformat.v4.new_code_cell(
            "import shutil\nfrom helpers import paths\nshutil.rmtree(paths.DATASETS)\npaths.ARTICLE.write_text('gone')\n"
            "for nb in paths.NOTEBOOKS.glob('*.ipynb'):\n    nb.write_text('{}')"
        )
    )
    write("deletes-files", vandal)
    (folder / "word.ipynb").write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    (folder / "empty.ipynb").write_bytes(b"")
    (folder / "broken.ipynb").write_text('{"cells": [', encoding="utf-8")
    (folder / "notes.txt").write_text("not a notebook", encoding="utf-8")
    course_files = {
        p: p.stat().st_size for f in COURSE_FOLDERS for p in f.rglob("*") if p.is_file() and p.stat().st_size
    }
    article = paths.ARTICLE.read_text(encoding="utf-8")
    before_folder = fingerprint(folder)
    grades = tmp_path_factory.mktemp("grades")
    summary = grade.grade_batch(
        folder, lesson=LESSON, out=grades, timeout=240, cell_timeout=8, jobs=2, log=lambda *_: None
    )
    assert check_cell["kind"] == "exercise"
    return {
        "summary": {r[0]: r for r in summary},
        "grades": grades,
        "folder": folder,
        "unchanged": (
            _intact(course_files) and paths.ARTICLE.read_text(encoding="utf-8") == article,
            before_folder == fingerprint(folder),
        ),
    }


def _points(graded, name):
    with open(graded["grades"] / "grades.csv", newline="", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["submission"] == name]
    return {_check_of(r["question"]): (int(r["points"]), int(r["max_points"])) for r in rows}


_MANIFEST: dict = {}


def _check_of(key):
    return _MANIFEST.get(key, key)


@pytest.fixture(autouse=True, scope="module")
def _keys(material):
    _MANIFEST.update({q["key"]: q["check"] for q in material[1]["lessons"][LESSON]["questions"]})


def test_outputs_and_columns(graded):
    with open(graded["grades"] / "grades.csv", newline="", encoding="utf-8") as f:
        header = next(csv.reader(f))
    assert header[:5] == ["submission", "lesson", "question", "points", "max_points"]
    with open(graded["grades"] / "summary.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert {r["submission"] for r in rows} >= {"complete", "blank", "word", "empty", "broken", "notes.txt"}
    for name in ("complete", "one-wrong", "blank"):
        page = (graded["grades"] / "feedback" / f"{name}.md").read_text(encoding="utf-8")
        assert "Exercise 1" in page and "/" in page


def test_complete_gets_full_marks(graded):
    row = graded["summary"]["complete"]
    assert row[2] == row[3] > 0 and row[4] == "graded", row


def test_blank_release_gets_zero(graded):
    row = graded["summary"]["blank"]
    assert row[2] == 0 and row[3] == graded["summary"]["complete"][3]


def test_one_wrong_answer_loses_exactly_that_question(graded):
    full, wrong = _points(graded, "complete"), _points(graded, "one-wrong")
    lost = {check for check in full if wrong[check][0] != full[check][0]}
    assert lost == {"check_headline"}
    assert wrong["check_headline"][0] == 0
    page = (graded["grades"] / "feedback" / "one-wrong.md").read_text(encoding="utf-8")
    assert "first line" in page  # the check's own hint


def test_half_answered(graded):
    half = _points(graded, "half")
    assert half["check_headline"][0] == half["check_headline"][1]
    assert half["check_dataset_count"][0] == 0 and half["check_dataset_finding"][0] == 0


def test_wrong_types_get_the_type_hint(graded):
    points = _points(graded, "wrong-types")
    assert points["check_dataset_count"][0] == 0 and points["check_rows_loaded"][0] == 0
    assert points["check_headline"][0] == points["check_headline"][1]
    page = (graded["grades"] / "feedback" / "wrong-types.md").read_text(encoding="utf-8")
    assert "text" in page and "list" in page


def test_raising_first_cell_is_graded(graded):
    row = graded["summary"]["raises-first"]
    assert row[4] == "graded" and row[2] > 0  # the rest of the notebook still ran


def test_endless_loop_is_interrupted_and_the_rest_graded(graded):
    row = graded["summary"]["loops"]
    assert "interrupted" in row[5]
    points = _points(graded, "loops")
    assert points["check_headline"][0] == points["check_headline"][1]


def test_another_lesson_is_reported(graded, material):
    row = graded["summary"]["another-lesson"]
    assert row[2] == 0 and material[2] in row[5] and "another lesson" in row[5]


@pytest.mark.parametrize(
    "name, words", [("word", "zip"), ("empty", "empty"), ("broken", "JSON"), ("notes.txt", ".txt")]
)
def test_not_notebooks_are_reported(graded, name, words):
    row = graded["summary"][name]
    assert row[2] == 0 and words in row[5] and row[4] in {"not graded", "skipped"}


def test_redefined_check_gives_no_points(graded):
    points = _points(graded, "redefines-check")
    assert points["check_dataset_count"][0] == 0
    assert points["check_headline"][0] == points["check_headline"][1]


def test_deleting_course_files_harms_nobody(graded):
    course_same, folder_same = graded["unchanged"]
    assert course_same, "the instructor's course folder changed"
    assert folder_same, "the submissions folder changed"
    assert all(nb.read_text(encoding="utf-8").strip() != "{}" for nb in paths.NOTEBOOKS.glob("*.ipynb"))
    assert 'return right("Right")' not in (paths.ROOT / "helpers" / "checks" / "start_here.py").read_text(
        encoding="utf-8"
    )
    row = graded["summary"]["deletes-files"]
    assert row[2] == row[3], row  # its answers were checked against pristine data
    assert graded["summary"]["complete"][2] == graded["summary"]["complete"][3]


def test_a_loop_that_ignores_interrupts_hits_the_time_limit(material, tmp_path):
    nb = _nb(material, LESSON)
    _insert(
        nb,
        _runner(nb, "n_datasets"),
        "import signal\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\nwhile True:\n    pass",
    )
    folder = tmp_path / "subs"
    folder.mkdir()
    nbformat.write(nb, folder / "stubborn.ipynb")
    (row,) = grade.grade_batch(
        folder, lesson=LESSON, out=tmp_path / "grades", timeout=20, cell_timeout=5, log=lambda *_: None
    )
    assert "time limit" in row[5] and row[4] == "graded"
    assert float(row[6]) < 120


def test_final_assignment(material, tmp_path):
    folder = tmp_path / "subs"
    folder.mkdir()
    nbformat.write(_nb(material, FINAL), folder / "final-complete.ipynb")
    nbformat.write(_nb(material, FINAL, "release"), folder / "final-blank.ipynb")
    nbformat.write(
        _replace(
            _nb(material, FINAL),
            'return int(row["tucson"] + row["yuma"])',
            'return int(row["tucson"] + row["yuma"]) if year == 2018 else 0',
        ),
        folder / "final-2018-only.ipynb",
    )
    rows = {
        r[0]: r for r in grade.grade_batch(folder, out=tmp_path / "grades", timeout=240, jobs=2, log=lambda *_: None)
    }
    assert rows["final-complete"][2] == rows["final-complete"][3] > 0
    assert rows["final-blank"][2] == 0
    # the visible check tries FY2018 only; the hidden variant tries other years
    assert rows["final-2018-only"][2] == rows["final-complete"][2] - 1
    with open(tmp_path / "grades" / "grades.csv", newline="", encoding="utf-8") as f:
        manual = [r for r in csv.DictReader(f) if r["status"] == "manual"]
    assert manual and all(r["points"] == "" for r in manual)
    page = (tmp_path / "grades" / "feedback" / "final-complete.md").read_text(encoding="utf-8")
    assert "The claim is supported" in page  # the write-up, shown for the person who grades it
