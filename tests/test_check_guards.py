"""Checks a student can trust, driven through a real kernel (nbclient), as JupyterLab runs them.

- after a cell that raised, a check names that cell and its line, and never judges the old value;
- a check cell run alone in a fresh (restarted) kernel gives one plain line, not a traceback;
- a NameError anywhere else keeps its usual traceback;
- a number given as text gets the hint that says how to write a number.
"""

import nbformat

from helpers import paths
from tools.nbclient_fix import CourseNotebookClient as NotebookClient
from tools.notebooks import KERNEL, SETUP_CELL


def run(*sources, setup=True):
    """Execute cells in one fresh kernel from notebooks/ (errors allowed); return each cell's outputs."""
    cells = ([SETUP_CELL] if setup else []) + list(sources)
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(s) for s in cells])
    NotebookClient(
        nb, kernel_name=KERNEL, timeout=120, allow_errors=True, resources={"metadata": {"path": str(paths.NOTEBOOKS)}}
    ).execute()
    return [c.outputs for c in nb.cells[1 if setup else 0 :]]


def text(outputs):
    """Everything a student sees under a cell, as text: streams, results and error lines."""
    parts = []
    for out in outputs:
        if out.output_type == "stream":
            parts.append(out.text)
        elif out.output_type in ("execute_result", "display_data"):
            parts.append(out.data.get("text/markdown") or out.data.get("text/plain", ""))
        elif out.output_type == "error":
            parts.append("\n".join(out.traceback))
    return "\n".join(parts)


CHECK = "from helpers import checks\nchecks.check_fy2011_low(answer)"
RIGHT = "from helpers import data\nyearly = data.load_apprehensions().set_index('fiscal_year')['southwest_border']\nanswer = int(yearly[(yearly.index < 2011) & (yearly < yearly[2011])].index.max())"


def test_the_right_answer_passes_in_a_kernel():
    """The baseline the other tests depend on: the same cells without a failure say Right."""
    outputs = run(RIGHT, CHECK)
    assert "Right!" in text(outputs[1])


def test_a_check_after_a_failed_cell_names_the_error_and_does_not_judge_the_old_answer():
    broken = RIGHT.replace("answer = int(yearly[", "answer = int(yearlyy[")
    outputs = run(RIGHT, broken, CHECK)
    assert any(o.output_type == "error" for o in outputs[1]), "the broken cell should fail"
    said = text(outputs[2])
    assert "Right!" not in said, "a stale right answer was judged after its cell failed"
    assert "failed with NameError on line 3" in said and "yearlyy" in said, said
    assert "older value" in said


def test_the_stale_warning_stays_until_a_cell_runs_cleanly_again():
    broken = "answer = 1 / 0"
    outputs = run(RIGHT, broken, CHECK, CHECK, RIGHT, CHECK)
    assert "ZeroDivisionError on line 1" in text(outputs[2])
    assert "ZeroDivisionError" in text(outputs[3]), "re-running the check must not clear the failure"
    assert "Right!" in text(outputs[5]), "once the answer cell runs cleanly, the check judges again"


def test_a_check_run_alone_after_a_restart_gives_one_plain_line():
    outputs = run(CHECK, setup=False)  # a fresh kernel: nothing above has run
    errors = [o for o in outputs[0] if o.output_type == "error"]
    assert len(errors) == 1 and errors[0].ename == "NameError", "Run All must still stop at this cell"
    assert errors[0].traceback == [
        "`answer` is not defined yet: run the cells above first (Run > Run All Above Selected Cell). "
        "If you did, check that your exercise cell stores its result in `answer`."
    ]


def test_a_name_error_outside_a_check_cell_keeps_its_traceback():
    outputs = run("from helpers import checks\nprint(undefined_name)")
    error = next(o for o in outputs[0] if o.output_type == "error")
    assert len(error.traceback) > 1 and "undefined_name" in "\n".join(error.traceback)
    assert "Run All Above" not in "\n".join(error.traceback)


def test_a_number_given_as_text_gets_the_number_hint():
    outputs = run("answer = '1970'", CHECK)
    said = text(outputs[1])
    assert "Right!" not in said and "not a number" in said and "`1970`" in said, said


def test_the_march_only_spring_ratio_is_not_right():
    """Lesson 05, Exercise 2: March alone is the common slip; it must get its own hint, never "Right!"."""
    march_only = (
        "from helpers import data\nm = data.load_monthly()\nmarch = m[m['month_number'] == 3]"
        ".set_index('calendar_year')['swb_apprehensions']\nratio = round(march[2018] / march[2017], 2)"
    )
    outputs = run(march_only, "from helpers import checks\nchecks.check_spring_ratio(ratio)")
    said = text(outputs[1])
    assert "Right!" not in said and "March only" in said, said


def test_the_merge_cell_of_lesson_01_run_twice_gives_the_same_table():
    """Lesson 01's join, run twice as students do, keeps one column per note (no counts_x / counts_y)."""
    import nbformat as nbf

    lesson = nbf.read(paths.NOTEBOOKS / "01-reading-the-article.ipynb", as_version=4)
    code = [c.source for c in lesson.cells if c.cell_type == "code"]
    merge = next(i for i, source in enumerate(code) if ".merge(" in source)
    after = next(i for i in range(merge + 1, len(code)) if "annotated =" in code[i])
    sources = [
        *code[1 : after + 1],
        code[merge],
        code[after],
        "from helpers import checks\nchecks.check_annotated_ledger(annotated)",
        "print(sorted(annotated.columns))",
    ]
    outputs = run(*sources)
    assert "Right!" in text(outputs[-2]), text(outputs[-2])
    assert "_x" not in text(outputs[-1]) and "_y" not in text(outputs[-1])


def test_a_name_error_inside_a_function_the_check_cell_calls_keeps_its_traceback():
    """Only a name missing in the check cell itself means "run the cells above"."""
    outputs = run(
        "def broken(answer):\n    return undefined_inside\n",
        "from helpers import checks\nchecks.check_broken = broken\nchecks.check_broken(1)",
    )
    error = next(o for o in outputs[1] if o.output_type == "error")
    assert "Run All Above" not in "\n".join(error.traceback) and len(error.traceback) > 1


def test_pandas_errors_are_explained_in_the_courses_words():
    """After the usual traceback, the common errors get one plain line saying what to try."""
    table = "import pandas as pd\nt = pd.DataFrame({'year': [2017, 2018], 'n': [1, 2]})"
    outputs = run(
        table,
        "t[t['year'] > 2017 and t['n'] > 1]",
        "t['years']",
        "print(undefined_here)",
        "print(t)",
        "t.drop('n')",
        "len(x for x in [1, 2])",
    )
    ambiguous, key, name, fine, drop, generator = (text(o) for o in outputs[1:])
    assert "len(list(...))" in generator, generator
    assert "ambiguous" in ambiguous and "Use `&` (and), `|` (or)" in ambiguous and "parentheses" in ambiguous
    assert "no column `years`" in key and "`year`, `n`" in key, key
    assert 'drop(columns=["name"])' in drop and "no column" not in drop, drop
    assert "`undefined_here` is not defined" in name and "Run All Above" in name, name
    assert "What this means" not in fine
    after = run(table, "t[t['year'] > 2017 or t['n'] > 1]", CHECK.replace("answer", "t"))
    assert "Use `&` (and)" in text(after[2]), "a check after the failed cell says the same"


def test_a_name_error_points_to_the_cell_that_defines_the_name(tmp_path):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("# Make swb, a Series\nswb = 1")])
    path = tmp_path / "lesson.ipynb"
    nbformat.write(nb, path)
    outputs = run(f"__session__ = {str(path)!r}", "print(swb + 1)")
    said = text(outputs[1])
    assert "made by the cell that starts `# Make swb, a Series`" in said, said


def test_a_check_after_a_failed_first_run_names_that_failure_not_the_missing_name():
    """The exercise cell failed on its first run, so its name was never made: say why, not 'run the cells above'."""
    outputs = run("answer = len(x for x in [1, 2])", CHECK)
    said = text(outputs[1])
    assert "failed with TypeError" in said and "`answer` was not made" in said, said
    assert "Run All Above" not in said
