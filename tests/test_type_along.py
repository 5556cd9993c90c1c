"""The type-along editions: generated from the worked lessons, up to date, and provably leading to the worked result.

Each lesson in notebooks/ has an edition in notebooks/type-along/ with the same cells in the same
order; the cells tagged `type-along` hold only their prompt (a comment, never the code). The last
test fills every blank with the worked cell's code, runs the edition from its own folder (each typed
cell twice, as students re-run them), and gets the worked notebook's stored outputs, so each
edition leads to the worked result. (nbval skips the
editions: their blanks fail by design. This file covers them.)
"""

import configparser
import re

import nbformat
import pytest

from helpers import course, paths
from tools import notebooks as tool
from tools.nbclient_fix import CourseNotebookClient as NotebookClient

LESSONS = course.lesson_paths()
IDS = [p.stem for p in LESSONS]


def worked(path):
    return nbformat.read(path, as_version=4)


def edition(path):
    target = tool.edition_path(path)
    assert target.is_file(), f"{paths.relative(target)} is missing: run `make notebooks`"
    return nbformat.read(target, as_version=4)


@pytest.mark.parametrize("lesson", LESSONS, ids=IDS)
def test_the_edition_is_up_to_date(lesson):
    expected = nbformat.writes(tool.type_along_edition(worked(lesson), lesson.name))
    assert nbformat.writes(edition(lesson)) == expected, (
        f"{paths.relative(tool.edition_path(lesson))} is stale: it is generated from "
        f"{paths.relative(lesson)}; run `make notebooks` (or `python -m tools.notebooks --editions`)"
    )


@pytest.mark.parametrize("lesson", LESSONS, ids=IDS)
def test_the_edition_has_the_same_cells_with_the_core_code_blank(lesson):
    nb, ed = worked(lesson), edition(lesson)
    assert [c.id for c in ed.cells] == [c.id for c in nb.cells]
    blanks = 0
    for w, e in zip(nb.cells, ed.cells):
        if not tool.is_type_along(w):
            if w.cell_type == "code":
                assert e.source == w.source
            continue
        blanks += 1
        _given, words, student = tool.split_typed(w.source)
        assert words.strip(), f"a type-along cell needs a comment prompt: {w.source[:60]!r}"
        assert e.source == tool.prompt(w.source), "the edition keeps the given code and the prompt, nothing more"
        assert e.outputs == [], "a blank cell shows no stored output"
        assert e.execution_count is None, "a blank cell shows no execution count: it has not run"
        code = [line.strip() for line in student.splitlines() if line.strip()]
        assert code, f"a type-along cell must hold code after its prompt: {w.source[:60]!r}"
        for line in code:
            if re.fullmatch(r"[A-Za-z_]\w*", line):
                continue  # a bare name shows a result the prompt asked for by name: not code given away
            assert line not in e.source, f"the prompt gives the code away: {line!r}"
    assert blanks > 0, "tag the cells the student should write with `type-along`"


#: Lesson 00 teaches how to run a notebook and where files live: most of its cells are the set-up the
#: later lessons build on, so the student types its first four cells only ("in most lessons", issue 11).
FIRST_STEPS = {"00-start-here"}


@pytest.mark.parametrize(
    "lesson", [p for p in LESSONS if p.stem not in FIRST_STEPS], ids=[i for i in IDS if i not in FIRST_STEPS]
)
def test_the_student_writes_more_than_a_third_of_the_code(lesson):
    code = [c for c in worked(lesson).cells if c.cell_type == "code"]
    tagged = [c for c in code if tool.is_type_along(c)]
    assert len(tagged) * 3 > len(code), f"{len(tagged)} of {len(code)} code cells are typed along"


@pytest.mark.parametrize("lesson", LESSONS, ids=IDS)
def test_checks_show_no_verdict_before_the_student_runs_them(lesson):
    for cell in edition(lesson).cells:
        if cell.cell_type == "code" and "checks.check_" in cell.source:
            assert cell.outputs == []


def _sanitizers():
    cfg = configparser.ConfigParser()
    cfg.read(paths.ROOT / "tests" / "nbval_sanitize.cfg")
    return [(re.compile(cfg[s]["regex"]), cfg[s]["replace"]) for s in cfg.sections()]


SANITIZE = _sanitizers()


def compared(outputs):
    """What nbval compares of a cell's outputs (text, HTML, streams; never PNGs or widget views)."""
    seen = []
    for out in outputs:
        if out.output_type == "stream":
            if seen and seen[-1][0] == out.name:  # a kernel may send one print in pieces
                seen[-1] = (out.name, seen[-1][1] + out.text)
            else:
                seen.append((out.name, out.text))
        elif out.output_type in ("execute_result", "display_data"):
            for mime in ("text/plain", "text/html", "text/markdown"):
                if mime in out.data:
                    seen.append((mime, out.data[mime]))
        elif out.output_type == "error":
            seen.append(("error", out.ename))
    text = repr(seen)
    for pattern, replace in SANITIZE:
        text = pattern.sub(replace, text)
    return text


@pytest.mark.parametrize("lesson", LESSONS, ids=IDS)
def test_filled_with_the_worked_code_the_edition_gives_the_worked_outputs(lesson):
    """Fill every blank with the worked code and run the edition from its own folder.

    Students re-run the cells they type, so each typed cell runs twice in a row: a cell that is
    not idempotent (a merge that adds `_x`/`_y` columns, a `+=` on a column) changes later outputs.
    """
    nb, ed = worked(lesson), edition(lesson)
    cells, originals = [], []
    for w, e in zip(nb.cells, ed.cells):
        if tool.is_type_along(w):
            e.source = w.source  # the student types what the worked cell holds
            cells.append(nbformat.v4.new_code_cell(w.source))  # ... and runs it once more
        originals.append(len(cells))
        cells.append(e)
    ed.cells = cells
    NotebookClient(
        ed, kernel_name=tool.KERNEL, timeout=tool.CELL_TIMEOUT, resources={"metadata": {"path": str(tool.TYPE_ALONG)}}
    ).execute()
    for index, (w, position) in enumerate(zip(nb.cells, originals)):
        if w.cell_type != "code" or "nbval-ignore-output" in w.metadata.get("tags", []):
            continue
        assert compared(ed.cells[position].outputs) == compared(w.outputs), (
            f"cell {index} differs from the worked notebook when the typed cells are each run twice: {w.source[:80]!r}"
        )
