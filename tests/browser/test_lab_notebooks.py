"""The notebooks in JupyterLab in a real browser: widgets render as widgets and answer; no lesson shows an error.

nbval (``make test``) checks each notebook's outputs against the stored ones, but it never
draws a widget: only a browser shows whether a reader sees a slider or the text
``IntSlider(...)``. These tests run the notebooks as a reader does (Run > Run All Cells),
one after the other in one JupyterLab page, and look at what each shows.
"""

from __future__ import annotations

import pytest
from labdriver import TIMEOUT, new_page, problems, run_notebooks

from helpers import paths

EXPLORER = "notebooks/06-explore-the-numbers.ipynb"
#: Every other lesson that exists when the tests run (06, the explorer, runs last and stays open).
EARLIER = [
    f"notebooks/{p.name}"
    for p in sorted(paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
    if f"notebooks/{p.name}" != EXPLORER
]
WAIT = TIMEOUT * 1000


def expect(locator):
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(locator)


@pytest.fixture(scope="module")
def runs(lab, browser):
    """Every notebook run in one JupyterLab page, 06 last: {path: problems}, and the page with 06 open."""
    with new_page(browser) as page:
        yield run_notebooks(page, lab, [*EARLIER, EXPLORER]), page


@pytest.fixture
def explorer_page(runs):
    """Notebook 06 after Run All Cells; the tests below use its widgets in file order."""
    found, page = runs
    assert found[EXPLORER] == []
    return page


def test_06_runs_without_errors_and_its_widgets_render(explorer_page):
    page = explorer_page
    assert problems(page) == []
    widgets = page.locator(".jp-NotebookPanel .jupyter-widgets")
    assert widgets.count() > 10, "the widget manager should draw the explorer, the claim checker and the calculator"
    explorer = page.locator(".widget-interact")
    expect(explorer).to_have_count(1)
    expect(explorer.locator(".widget-dropdown select")).to_have_value("Southwest border")
    expect(explorer.locator(".noUi-handle")).to_have_count(2)  # the two handles of the year range
    expect(explorer.locator(".widget-output img[src^='data:image/png']")).to_have_count(1)
    expect(page.locator(".widget-text input[list]")).to_have_count(1)  # the claim checker's Combobox


def test_06_year_slider_moves_with_the_keyboard_and_redraws_the_chart(explorer_page):
    page = explorer_page
    explorer = page.locator(".widget-interact")
    chart = explorer.locator(".widget-output img")
    before = chart.get_attribute("src")
    explorer.locator(".noUi-handle-upper").focus()
    for _ in range(5):
        page.keyboard.press("ArrowLeft")
    expect(explorer.locator(".widget-readout")).to_have_text("2000 – 2019", timeout=WAIT)
    expect(chart).not_to_have_attribute("src", before, timeout=WAIT)
    table = explorer.locator(".widget-output table")
    expect(table).to_contain_text("2019", timeout=WAIT)
    assert "encounters" not in table.inner_text()
    assert problems(page) == []
    explorer.scroll_into_view_if_needed()
    explorer.screenshot(path=paths.output_dir("browser") / "explorer.png")


def test_06_claim_checker_answers_a_typed_claim(explorer_page):
    page = explorer_page
    claim = page.locator(".widget-text input[list]")
    answer = page.locator(".border-figures-claim")
    claim.fill("300,000 people crossed in 2018")
    claim.press("Enter")
    expect(answer).to_contain_text("FY2018 had 396,579 southwest border apprehensions", timeout=WAIT)
    expect(answer).to_contain_text("events, not people")
    claim.fill("Border crossings this spring were at a 40-year low")
    page.locator(".jupyter-widgets button", has_text="Check").click()
    expect(answer).to_contain_text("The checker understands three forms of claim", timeout=WAIT)
    answer.scroll_into_view_if_needed()
    page.locator(".widget-vbox", has=claim).last.screenshot(path=paths.output_dir("browser") / "claim-checker.png")


def test_06_troop_calculator_follows_its_sliders(explorer_page):
    page = explorer_page
    texas = page.locator(".widget-hslider", has=page.locator("label", has_text="Texas"))
    expect(texas.locator(".widget-readout")).to_have_text("1145")
    texas.locator(".noUi-handle").focus()
    page.keyboard.press("ArrowRight")
    expect(texas.locator(".widget-readout")).to_have_text("1146", timeout=WAIT)
    expect(page.get_by_text("2,201 troops in all (the article says 2,200)")).to_have_count(1, timeout=WAIT)


@pytest.mark.parametrize("path", EARLIER, ids=[p.split("/")[-1] for p in EARLIER])
def test_every_other_lesson_runs_in_the_browser_without_errors(runs, path):
    found, _ = runs
    assert found[path] == []
