"""The course checks its own prose the way it teaches students to check an article (tools/prose_figures.py).

Every figure in the Markdown of every lesson and solution, the instructor guide, README.md and
datasets/README.md must be traced: to the article, a dataset, a stored output of the notebook, or
the registry tests/prose_figures.csv (figures quoted from reports, each with its source).
"""

import csv
import json
import shutil

import pytest

from helpers import paths
from tools import prose_figures as prose


def test_every_figure_in_the_course_prose_is_traced():
    found = prose.untraced_figures()
    assert not found, (
        "figures that nothing traces (print them from a computation, quote a dataset, or register "
        "a quoted report figure with its source in tests/prose_figures.csv):\n" + "\n".join(map(str, found))
    )


@pytest.fixture
def lesson_03(tmp_path):
    """A copy of lesson 03, whose outputs compute the figures its prose quotes."""
    copy = tmp_path / "03-crossing-figures.ipynb"
    shutil.copy(paths.NOTEBOOKS / "03-crossing-figures.ipynb", copy)
    return copy


def plant(notebook, sentence):
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    nb["cells"].append({"cell_type": "markdown", "id": "planted", "metadata": {}, "source": sentence})
    notebook.write_text(json.dumps(nb), encoding="utf-8")
    return prose.untraced_figures([notebook], [])


def test_a_planted_wrong_figure_fails_and_is_named_with_its_sentence(lesson_03):
    found = plant(lesson_03, "FY2017 had 303,961 southwest border apprehensions, the lowest since FY1971.")
    assert [f.text for f in found] == ["303,961"]
    assert "lowest since FY1971" in found[0].sentence and "cell" in found[0].where


def test_the_same_sentence_with_the_dataset_figure_passes(lesson_03):
    assert plant(lesson_03, "FY2017 had 303,916 southwest border apprehensions, the lowest since FY1971.") == []


def test_a_percentage_must_be_computed_not_merely_present_in_a_dataset():
    exact = {44.0}
    assert prose.untraced_in("x", "Arizona had 44% of arrests.", exact, set())
    assert not prose.untraced_in("x", "Arizona had 44% of arrests.", exact, {44.1})


def test_rounding_is_allowed_only_to_the_precision_written():
    assert not prose.untraced_in("x", "about 3.1 times as many", set(), {3.066})
    assert prose.untraced_in("x", "about 3.05 times as many", set(), {3.066})
    assert prose.untraced_in("x", "The spring had 12,100 arrests.", {12_195.0}, set())


@pytest.mark.parametrize(
    "text",
    [
        "In lesson 03, cell 20 and Exercise 2",
        "in 2018 and on 25 October",
        "takes 45 minutes and 1.4 s",
        "three claims and two sectors",
        "under Title 42 on Python 3.11",
        "as `dpi=200` says",
    ],
)
def test_what_passes_by_rule(text):
    assert prose.untraced_in("x", text, set(), set()) == []


def test_every_registered_figure_has_a_source_and_is_used():
    with prose.REGISTRY.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    texts = [p.read_text(encoding="utf-8") for p in prose.documents()]
    texts += [json.dumps(json.loads(nb.read_text(encoding="utf-8"))["cells"]) for nb in prose.lesson_notebooks()]
    everything = "\n".join(texts)
    for row in rows:
        assert row["source"].strip(), row
        assert row["text"] in everything, f"{row['text']!r} is registered but no longer quoted: remove it"


def test_a_session_plans_minutes_column_passes_but_a_data_table_does_not():
    plan = "| session | minutes | what |\n|---|---|---|\n| 1 | 85 | lesson 04 |\n"
    assert prose.untraced_in("x", plan, set(), set()) == []
    data = "| state | miles |\n|---|---|\n| Arizona | 372 |\n"
    assert [f.text for f in prose.untraced_in("x", data, set(), set())] == ["372"]
