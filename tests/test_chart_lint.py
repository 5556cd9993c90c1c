"""Chart lint (tools/chart_lint.py): every chart the course draws is clean, and the lint finds what it should.

The lint reads the figure object as it is rendered, inline or saved: overlapping text, fractional
year ticks, text cut off by the figure's edge, a highlighted mark that nothing names.
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pytest

from helpers import paths
from tools import chart_lint


@pytest.fixture
def fig():
    figure, ax = plt.subplots(figsize=(6, 4))
    ax.plot([2000, 2005, 2010, 2015], [10, 20, 15, 30])
    yield figure
    plt.close(figure)


def test_a_clean_chart_passes(fig):
    fig.axes[0].set_xticks([2000, 2005, 2010, 2015])
    assert chart_lint.lint(fig) == []


def test_two_notes_on_top_of_each_other(fig):
    ax = fig.axes[0]
    ax.set_xticks([2000, 2005, 2010, 2015])
    ax.text(2005, 20, "FY2005: 20")
    ax.text(2005.2, 20.2, "FY2006: 21")
    assert any(p.startswith("overlap: note 'FY2005: 20' and note 'FY2006: 21'") for p in chart_lint.lint(fig))


def test_a_note_on_the_tick_labels(fig):
    ax = fig.axes[0]
    ax.set_xticks([2000, 2005, 2010, 2015])
    ax.annotate("a note low down", xy=(2005, 10), xytext=(0.3, -0.07), textcoords="axes fraction")
    assert any("tick label" in p and "a note low down" in p for p in chart_lint.lint(fig))


def test_an_annotation_arrow_is_not_text(fig):
    """An arrow may cross another note's box: only the text boxes count."""
    ax = fig.axes[0]
    ax.set_xticks([2000, 2005, 2010, 2015])
    ax.annotate("FY2015: 30", xy=(2015, 30), xytext=(2001, 27), arrowprops={"arrowstyle": "-"})
    ax.text(2007, 28.2, "another note")
    assert chart_lint.lint(fig) == []


def test_fractional_year_ticks(fig):
    fig.axes[0].set_xticks([2000, 2002.5, 2005])
    fig.axes[0].set_xticklabels(["2000.0", "2002.5", "2005.0"])
    assert any(p.startswith("fractional years on the x axis: 2000.0, 2002.5") for p in chart_lint.lint(fig))


def test_matplotlibs_own_fractional_year_ticks_are_found():
    figure, ax = plt.subplots()
    ax.plot([2000.0, 2017.0], [1, 2])
    ax.set_xlim(2000, 2017.5)
    ax.set_xticks([2000, 2002.5, 2005, 2007.5])
    try:
        assert any(p.startswith("fractional years") for p in chart_lint.lint(figure))
    finally:
        plt.close(figure)


def test_text_past_the_edge_is_cut_off_only_where_the_edge_cuts(fig):
    fig.axes[0].set_xticks([2000, 2005, 2010, 2015])
    fig.text(0.9, 0.5, "a long note that runs off the right edge")
    assert any(p.startswith("cut off: figure text") for p in chart_lint.lint(fig))
    assert chart_lint.lint(fig, tight=True) == [], "bbox_inches='tight' grows the picture to fit"


def test_a_highlighted_point_needs_a_note_or_a_legend_entry(fig):
    ax = fig.axes[0]
    ax.set_xticks([2000, 2005, 2010, 2015])
    ax.plot([2015], [30], "o")
    assert any(p.startswith("unlabelled highlight: the mark at (2015, 30)") for p in chart_lint.lint(fig))
    ax.annotate("FY2015: 30", xy=(2015, 30), xytext=(2011, 27))
    assert chart_lint.lint(fig) == []


def test_a_highlighted_point_named_in_the_legend_passes(fig):
    ax = fig.axes[0]
    ax.set_xticks([2000, 2005, 2010, 2015])
    ax.plot([2015], [30], "o", label="FY2015")
    ax.legend(loc="upper left")
    assert chart_lint.lint(fig) == []


def test_the_hook_records_what_a_saved_chart_shows(fig, tmp_path):
    findings = tmp_path / "findings.jsonl"
    chart_lint.install(findings)
    ax = fig.axes[0]
    ax.set_xticks([2000, 2005, 2010, 2015])
    ax.set_title("A title")
    ax.text(2005, 20, "one")
    ax.text(2005, 20, "two")
    fig.savefig(tmp_path / "chart.png")
    assert "overlap: note 'one' and note 'two'" in findings.read_text(encoding="utf-8")


NOTEBOOKS = sorted(
    [
        *paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"),
        *(paths.NOTEBOOKS / "solutions").glob("*.ipynb"),
        *(paths.NOTEBOOKS / "assignments").glob("*.ipynb"),
    ]
)


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_chart_the_course_draws_is_clean(notebook, tmp_path):
    rows = chart_lint.lint_notebook(notebook, tmp_path / "findings.jsonl")
    assert not rows, f"{notebook.name}: " + "; ".join(f"{r['chart']}: {r['problem']}" for r in rows)
