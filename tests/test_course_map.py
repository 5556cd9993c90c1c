import json

import pytest

from helpers import course, paths


def test_the_map_lists_every_lesson_in_order():
    lessons = course.course_map()
    assert [lesson.path for lesson in lessons] == [paths.relative(p) for p in course.lesson_paths()]
    assert lessons[0].path == "notebooks/00-start-here.ipynb"


def test_a_lesson_without_time_is_refused(tmp_path):
    nb = {"cells": [{"cell_type": "markdown", "source": ["# A title\n", "**What you will learn**\n", "- a thing"]}]}
    path = tmp_path / "09-untimed.ipynb"
    path.write_text(json.dumps(nb))
    with pytest.raises(ValueError, match=r"09-untimed.ipynb: the first cell needs .*Time needed"):
        course.read_lesson(path)


def test_notebook_00_shows_the_current_map():
    """Notebook 00's stored course map must be re-made (make notebooks) when a lesson changes."""
    nb = json.loads((paths.NOTEBOOKS / "00-start-here.ipynb").read_text())
    shown = [
        "".join(o["data"]["text/markdown"])
        for c in nb["cells"]
        if c["cell_type"] == "code"
        for o in c["outputs"]
        if "text/markdown" in o.get("data", {}) and "| # |" in "".join(o["data"]["text/markdown"])
    ]
    assert shown == [course.course_map_markdown()]


def test_readme_links_every_lesson():
    readme = (paths.ROOT / "README.md").read_text()
    for lesson in course.course_map():
        assert f"]({lesson.path})" in readme, lesson.path


def test_the_instructor_guide_covers_every_lesson():
    guide = (paths.ROOT / "instructors" / "guide.md").read_text()
    for lesson in course.course_map():
        assert f"](../{lesson.path})" in guide, f"link {lesson.path} from the guide's session plans"
        assert f"### {lesson.number} " in guide, f"give {lesson.path} a section in the guide"


def test_the_guide_states_each_lessons_objectives_as_the_notebook_does():
    from tools.guide import GUIDE, refreshed

    text = GUIDE.read_text()
    assert refreshed(text) == text, "run `make guide`"


def test_the_readme_course_map_is_the_notebooks_own():
    from tools.guide import README, readme_refreshed

    text = README.read_text()
    assert readme_refreshed(text) == text, "run `make guide`"


def test_each_lessons_time_is_the_time_models_and_links_the_reference_page():
    import nbformat

    from tools.guide import lesson_refreshed

    for path in course.lesson_paths():
        nb = nbformat.read(path, as_version=4)
        before = nbformat.writes(nb)
        assert nbformat.writes(lesson_refreshed(nb)) == before, f"{paths.relative(path)}: run `make guide`"
        assert nb.metadata["border_figures"]["minutes"] > 0


def test_the_reference_page_is_made_from_the_idioms_and_the_lessons():
    from tools.guide import REFERENCE, reference_page

    assert REFERENCE.is_file() and REFERENCE.read_text(encoding="utf-8") == reference_page(), "run `make guide`"
    assert "combine conditions" in reference_page()


def test_the_time_model_counts_prose_typed_code_and_exercises():
    import nbformat

    from tools.guide import READING_WORDS_PER_MINUTE, estimate

    nb = nbformat.v4.new_notebook()
    nb.cells.append(nbformat.v4.new_markdown_cell("word " * 300))
    base = estimate(nb)
    assert base.reading == pytest.approx(300 / READING_WORDS_PER_MINUTE)
    typed = nbformat.v4.new_code_cell("# Make x.\nx = 1\ny = 2")
    typed.metadata["tags"] = ["type-along"]
    nb.cells.append(typed)
    nb.cells.append(nbformat.v4.new_markdown_cell("## Exercise 1: your turn"))
    more = estimate(nb)
    assert more.typing > base.typing and more.exercises > base.exercises
    assert more.minutes > base.minutes
