"""The browser checks must fail when something is wrong: proved on a broken set-up and a broken notebook.

Without these tests, a check that never looks (or looks at the wrong thing) would pass for ever.
The throwaway server disables ``@jupyter-widgets/jupyterlab-manager`` in its own page_config
(``disabledExtensions``), which is what a missing or broken jupyterlab_widgets looks like to a
reader: every widget shows as its text, e.g. ``IntRangeSlider(value=(2000, 2024), ...)``.
"""

from __future__ import annotations

import nbformat
import pytest
from labdriver import WIDGET_MANAGER, new_page, run_notebooks, serving

EXPLORER = "notebooks/06-explore-the-numbers.ipynb"


@pytest.fixture(scope="module")
def lab_without_widgets(browser, course_copy):
    with serving(course_copy, disabled=(WIDGET_MANAGER,)) as server:
        yield server


@pytest.fixture(scope="module")
def tab(browser):
    """One page for the module: the second test opens its notebook in the JupyterLab the first one loaded."""
    with new_page(browser) as page:
        yield page


def test_widgets_shown_as_text_are_reported(lab_without_widgets, tab):
    found = run_notebooks(tab, lab_without_widgets, [EXPLORER])[EXPLORER]
    as_text = [line for line in found if "a widget shown as text, not rendered" in line]
    assert len(as_text) == 3, found  # the explorer, the claim checker, the troop calculator
    assert any("interactive(children=(Dropdown(" in line for line in as_text), as_text
    assert tab.locator(".jp-NotebookPanel .jupyter-widgets").count() == 0


def test_error_output_is_reported(lab_without_widgets, tab, course_copy):
    """A warning and an exception in a notebook are both problems (Run All stops at the exception)."""
    cells = ["import warnings\nwarnings.warn('a warning the reader would see')", "1 / 0", "print('never runs')"]
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(source) for source in cells])
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    (course_copy / "scratch").mkdir(exist_ok=True)
    nbformat.write(notebook, course_copy / "scratch" / "errors.ipynb")
    loaded = tab.url.startswith(lab_without_widgets.url)  # reuse the JupyterLab of the test above, if it ran
    found = run_notebooks(tab, lab_without_widgets, ["scratch/errors.ipynb"], loaded=loaded)["scratch/errors.ipynb"]
    assert len(found) == 2, found
    assert found[0].startswith("code cell 1: error or warning output:") and "a warning the reader would see" in found[0]
    assert found[1].startswith("code cell 2: error or warning output:") and "ZeroDivisionError" in found[1]


def test_missing_chromium_skips_with_the_install_command_but_fails_under_ci(monkeypatch, tmp_path):
    import labdriver

    monkeypatch.setattr(labdriver, "CHROMIUM", tmp_path / "no-chromium")
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match=r"apt-get install chromium"):
        labdriver.require_browser()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match=r"apt-get install chromium.*CI=true"):
        labdriver.require_browser()


@pytest.mark.parametrize(
    "text, is_widget",
    [
        ("IntRangeSlider(value=(2000, 2024), description='Fiscal years', max=2024, min=1960)", True),
        ("interactive(children=(Dropdown(description='Series', ...", True),
        ("Output()", True),
        ("Text(0.5, 1.0, 'a matplotlib title')", False),
        ("<Figure size 800x480 with 1 Axes>", False),
        ("(2011, 1970)", False),
    ],
)
def test_widget_reprs_are_told_from_other_text(text, is_widget):
    import labdriver

    assert bool(labdriver.WIDGET_AS_TEXT.match(text)) is is_widget
