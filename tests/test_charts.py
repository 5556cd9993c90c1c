"""The chart machinery: house style, newsroom furniture, alt text, saving, and image regression.

Image regression: two representative charts are built here from small fixed data and compared,
pixel by pixel, with the PNGs committed in ``tests/baseline_images/`` using matplotlib's own
``matplotlib.testing.compare.compare_images``. After an intended change to the look, regenerate
the baselines and look at them before committing::

    BORDER_FIGURES_UPDATE_BASELINES=1 .venv/bin/python -m pytest tests/test_charts.py -p no:nbval -o addopts=""

With that variable set, the regression tests write the baselines and skip instead of comparing.
"""

import itertools
import os
import re
import struct
import subprocess
import sys

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib import font_manager
from matplotlib.testing.compare import compare_images
from matplotlib.text import Annotation

from helpers import charts, paths
from helpers.charts import (
    OKABE_ITO,
    PALETTE,
    annotate_point,
    describe,
    headline,
    house_style,
    label_bars,
    label_line_ends,
    save_chart,
    shade_span,
    source_line,
)
from tests.support import BASELINES, TOLERANCE, UPDATE_BASELINES, check_against_baseline

# The article's National Guard figures (25 Oct 2018): 1,145 in Texas, 115 in New Mexico,
# 580 in Arizona and 360 in California.
TROOPS = pd.DataFrame({"state": ["Texas", "New Mexico", "Arizona", "California"], "troops": [1145, 115, 580, 360]})

# US Border Patrol apprehensions by fiscal year, typed in (from datasets/, fiscal years 2000-2018)
# so the baseline picture never changes when the datasets are rebuilt.
SECTORS = pd.DataFrame(
    {
        "fiscal_year": list(range(2000, 2019)),
        "Tucson": [
            616346,
            449675,
            333648,
            347263,
            491771,
            439079,
            392074,
            378239,
            317696,
            241673,
            212202,
            123285,
            120000,
            120939,
            87915,
            63397,
            64891,
            38657,
            52172,
        ],
        "Rio Grande Valley": [
            133243,
            107844,
            89927,
            77749,
            92947,
            134186,
            110528,
            73430,
            75473,
            60989,
            59766,
            59243,
            97762,
            154453,
            256393,
            147257,
            186830,
            137562,
            162262,
        ],
    }
)


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


@pytest.fixture
def output(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "OUTPUT", tmp_path / "output")
    return tmp_path / "output"


def png_size(path):
    """Width and height from the PNG header (IHDR), read with the standard library."""
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n" and header[12:16] == b"IHDR"
    return struct.unpack(">II", header[16:24])


# --- the house style ---------------------------------------------------------------------


def test_house_style_applies_inside_the_context_and_is_undone_after():
    before = dict(matplotlib.rcParams)
    with house_style():
        inside = dict(matplotlib.rcParams)
    after = dict(matplotlib.rcParams)

    assert after == before
    assert inside["axes.spines.top"] is False and inside["axes.spines.right"] is False
    assert inside["axes.grid"] is True and inside["axes.grid.axis"] == "y"
    assert inside["font.sans-serif"][0] == "DejaVu Sans"
    assert inside["figure.dpi"] == 100 and inside["savefig.dpi"] == 200
    assert inside["svg.fonttype"] == "path" and inside["svg.hashsalt"] == "border-figures"
    changed = {key for key in before if before[key] != inside[key]}
    assert {"axes.spines.top", "axes.prop_cycle", "font.size", "svg.hashsalt"} <= changed


def test_importing_the_module_changes_no_setting():
    """A fresh interpreter: rcParams are identical before and after ``import helpers.charts``."""
    code = (
        "import matplotlib as mpl\n"
        "before = dict(mpl.rcParams)\n"
        "import helpers.charts\n"
        "after = dict(mpl.rcParams)\n"
        "print(sorted(key for key in before if before[key] != after[key]))\n"
    )
    env = {**os.environ, "MPLBACKEND": "Agg"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=paths.ROOT, env=env, check=True
    )
    assert result.stdout.strip() == "[]"


def test_style_uses_only_the_font_bundled_with_matplotlib():
    with house_style():
        family = matplotlib.rcParams["font.sans-serif"][0]
        found = font_manager.findfont(font_manager.FontProperties(family=family), fallback_to_default=False)
    assert found.startswith(matplotlib.get_data_path())


def test_colours_are_okabe_ito():
    with house_style():
        cycle = [c.lower() for c in matplotlib.rcParams["axes.prop_cycle"].by_key()["color"]]
    okabe_ito = {colour.lower() for colour in OKABE_ITO.values()}
    assert set(cycle) == okabe_ito and cycle[0] == PALETTE["base"].lower()
    for role, colour in PALETTE.items():
        r, g, b = matplotlib.colors.to_rgb(colour)
        assert colour.lower() in okabe_ito or r == g == b, f"{role} is neither Okabe-Ito nor a grey"


# --- alt text ----------------------------------------------------------------------------


def test_describe_a_bar_chart_names_the_axes_and_the_extremes():
    data = pd.DataFrame({"city": ["Ames", "Boise", "Cary"], "people": [3000, 12500, 700]})
    text = describe("bar", data, "city", "people", title="Boise is biggest", y_label="residents")
    assert text.startswith("Bar chart: Boise is biggest.")
    assert "The horizontal axis shows city, from Ames to Cary (3 bars)" in text
    assert "the vertical axis shows residents, from 700 to 12,500." in text
    assert text.endswith("The highest is Boise with 12,500; the lowest is Cary with 700.")
    assert describe("bar", data, "city", "people", title="Boise is biggest", y_label="residents") == text


def test_describe_the_article_troops_by_state():
    text = describe(
        "barh",
        TROOPS,
        "state",
        "troops",
        title="Texas has half the Guard troops",
        x_label="state",
        y_label="National Guard troops",
    )
    assert "The highest is Texas with 1,145; the lowest is New Mexico with 115." in text
    assert "The vertical axis shows state, from Texas to California (4 bars)" in text  # barh: categories up the side
    assert "the horizontal axis shows National Guard troops, from 115 to 1,145." in text


def test_describe_a_line_chart_gives_first_last_and_extremes_with_units():
    data = pd.DataFrame({"year": [2002, 2000, 2001, 2003], "arrests": [929809.0, 1643679.0, 1235718.0, 905065.0]})
    text = describe("line", data, "year", "arrests", title="Arrests fell", units="apprehensions")
    assert text.startswith("Line chart: Arrests fell.")
    assert "The horizontal axis shows year, from 2000 to 2003" in text  # sorted by x; years keep no separator
    assert "It starts at 1,643,679 apprehensions in 2000 and ends at 905,065 apprehensions in 2003." in text
    assert "The highest is 1,643,679 apprehensions in 2000; the lowest is 905,065 apprehensions in 2003." in text


def test_describe_several_lines_ties_gaps_and_dates():
    data = pd.DataFrame(
        {
            "month": pd.to_datetime(["2018-10-01", "2018-11-01", "2018-12-01"]),
            "Tucson": [1.5, 2.0, 2.0],
            "El Paso": [np.nan, 3.25, 1.0],
        }
    )
    text = describe("line", data, "month", ["Tucson", "El Paso"], title="Two sectors?", units="%")
    assert text.startswith(
        "Line chart: Two sectors? The horizontal axis shows month, from 1 October 2018 to 1 December 2018;"
    )
    assert "There are 2 lines: Tucson and El Paso." in text
    assert "its highest is 2% in 1 November 2018 and 1 December 2018" in text
    assert "El Paso starts at 3.25% in 1 November 2018" in text  # the gap is skipped


def test_describe_explains_bad_input():
    with pytest.raises(ValueError, match="kind must be one of"):
        describe("pie", TROOPS, "state", "troops", title="x")
    with pytest.raises(KeyError, match="no column 'soldiers'"):
        describe("bar", TROOPS, "state", "soldiers", title="x")
    with pytest.raises(TypeError, match="must hold numbers"):
        describe("bar", TROOPS, "troops", "state", title="x")


# --- furniture and layout ----------------------------------------------------------------


def _boxes(fig, *artists):
    fig.draw_without_rendering()
    return [artist.get_window_extent() for artist in artists]


@pytest.mark.parametrize("grid", [(1, 1), (2, 2)])
def test_headline_subtitle_and_source_never_overlap_the_chart(grid):
    with house_style():
        fig, axes = plt.subplots(*grid, squeeze=False)
        for ax in axes.flat:
            ax.barh(["New Mexico", "Texas"], [115, 1145])
            ax.set_title("A panel title")
        title, subtitle = headline(
            fig,
            "A long headline that states the finding and has to wrap onto a second line",
            "National Guard troops, by state",
        )
        source, credit = source_line(fig, "State National Guard offices")
        boxes = _boxes(fig, title, subtitle, source, credit)
        content = [ax.get_tightbbox() for ax in axes.flat]
    title_box, subtitle_box, source_box, credit_box = boxes
    assert "\n" in title.get_text()  # wrapped to fit
    for box in boxes:
        assert fig.bbox.x0 <= box.x0 and box.x1 <= fig.bbox.x1 and fig.bbox.y0 <= box.y0 and box.y1 <= fig.bbox.y1
    assert title_box.y0 >= subtitle_box.y1
    assert subtitle_box.y0 > max(box.y1 for box in content)
    assert min(box.y0 for box in content) > source_box.y1 and source_box.y0 >= credit_box.y1
    left = min(box.x0 for box in content)  # aligned with the tick labels, not the spine
    assert all(abs(box.x0 - left) < 1 for box in boxes)


def test_headline_and_source_replace_earlier_ones_and_take_an_axes():
    with house_style():
        fig, ax = plt.subplots()
        headline(ax, "First")
        headline(ax, "Second", "units")
        source_line(fig, "Source: US Border Patrol")
        source_line(fig, "US Border Patrol", credit=None)
    assert [t.get_text() for t in fig.texts] == ["Second", "units", "Source: US Border Patrol"]


@pytest.mark.parametrize("kind", ["bar", "barh"])
def test_label_bars_writes_each_value_on_its_bar(kind):
    with house_style():
        _fig, ax = plt.subplots()
        getattr(ax, kind)(TROOPS["state"], TROOPS["troops"])
        labels = label_bars(ax)
        inside = label_bars(ax, "{:.0f} troops", inside=True)
    assert [t.get_text() for t in labels] == ["1,145", "115", "580", "360"]
    assert inside[0].get_text() == "1145 troops"
    if kind == "barh":
        assert labels[0].get_horizontalalignment() == "left" and inside[0].get_horizontalalignment() == "right"
        assert not ax.xaxis.get_visible()
    else:
        assert labels[0].get_verticalalignment() == "bottom" and inside[0].get_verticalalignment() == "top"
        assert not ax.yaxis.get_visible()


def test_label_bars_needs_bars():
    _fig, ax = plt.subplots()
    with pytest.raises(ValueError, match="no bars"):
        label_bars(ax)


def test_label_line_ends_replaces_the_legend_and_keeps_labels_apart():
    with house_style():
        fig, ax = plt.subplots()
        for offset, name in enumerate(["Alpha", "Beta", "Gamma"]):
            ax.plot([0, 1, 2], [0, 50, 100 + offset], label=name, color=OKABE_ITO["yellow"])
        ax.plot([0, 2], [10, 10])  # unlabelled: no end label
        ax.legend()
        labels = label_line_ends(ax, "{label}: {value:,.0f}")
        headline(fig, "Close lines")
    boxes = sorted(_boxes(fig, *labels), key=lambda box: box.y0)
    assert [t.get_text() for t in labels] == ["Alpha: 100", "Beta: 101", "Gamma: 102"]
    assert ax.get_legend() is None
    assert all(lower.y1 <= upper.y0 + 0.5 for lower, upper in itertools.pairwise(boxes))
    assert charts._contrast_with_white(labels[0].get_color()) >= 4.5  # yellow darkened to be readable


def test_label_line_ends_needs_labelled_lines():
    _fig, ax = plt.subplots()
    ax.plot([0, 1], [0, 1])
    with pytest.raises(ValueError, match="label="):
        label_line_ends(ax)


def test_annotate_point_and_shade_span():
    with house_style():
        _fig, ax = plt.subplots()
        ax.plot(SECTORS["fiscal_year"], SECTORS["Tucson"])
        note = annotate_point(ax, 2000, 616346, "Peak: 616,346", dx=-20, dy=-20)
        span = shade_span(ax, 2000, 2004, "Early 2000s")
    assert isinstance(note, Annotation) and note.get_text() == "Peak: 616,346" and note.arrow_patch is not None
    assert note.get_horizontalalignment() == "right" and note.get_verticalalignment() == "top"
    assert span.get_text() == "Early 2000s" and len(ax.patches) == 1


# --- saving ------------------------------------------------------------------------------


def _troops_chart(
    colour_of_texas=PALETTE["highlight"], title="Texas has almost twice as many Guard troops at the border as Arizona"
):
    """A horizontal bar chart with direct labels, a headline and a source line."""
    data = TROOPS.sort_values("troops")
    with house_style():
        fig, ax = plt.subplots(figsize=(6.5, 4))
        colours = [colour_of_texas if state == "Texas" else PALETTE["muted"] for state in data["state"]]
        ax.barh(data["state"], data["troops"], color=colours, height=0.65)
        label_bars(ax)
        headline(fig, title, "National Guard troops at the US-Mexico border, by state, 25 Oct 2018")
        source_line(fig, "news article of 25 Oct 2018 (split by state not confirmed elsewhere)")
    return fig, data


def _sectors_chart():
    """A line chart with an annotation, a shaded span and labels at the line ends."""
    data = SECTORS
    with house_style():
        fig, ax = plt.subplots()
        ax.plot(data["fiscal_year"], data["Tucson"], label="Tucson", color=PALETTE["base"])
        ax.plot(data["fiscal_year"], data["Rio Grande Valley"], label="Rio Grande\nValley", color=PALETTE["highlight"])
        ax.set_ylim(0, 700_000)
        ax.set_xticks(range(2000, 2019, 3))
        ax.yaxis.set_major_formatter("{x:,.0f}")
        shade_span(ax, 2000, 2005, "Early 2000s")
        annotate_point(ax, 2014, 256393, "2014 peak: 256,393", dx=-12, dy=50, color=PALETTE["highlight"])
        label_line_ends(ax)
        headline(
            fig,
            "Border arrests shifted from Arizona to Texas",
            "Apprehensions in two Border Patrol sectors, fiscal years 2000–2018",
        )
        source_line(fig, "US Border Patrol")
    return fig, data


def test_save_chart_writes_png_svg_csv_and_alt_text(output):
    fig, data = _troops_chart()
    alt = describe("barh", data, "state", "troops", title="Texas has most troops")
    files = save_chart(fig, "guard_troops-2018", data, alt)

    folder = output / "charts"
    assert (files.png, files.svg, files.csv, files.txt) == tuple(
        folder / f"guard_troops-2018.{s}" for s in ("png", "svg", "csv", "txt")
    )
    width, height = png_size(files.png)
    assert width >= 1200 and (width, height) == (1300, 800)
    assert b"Software" not in files.png.read_bytes()
    svg = files.svg.read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "<dc:date>" not in svg
    pd.testing.assert_frame_equal(pd.read_csv(files.csv), data.reset_index(drop=True))
    assert files.txt.read_text(encoding="utf-8") == alt
    assert str(output) not in repr(files) and "guard_troops-2018.png" in repr(files)


def test_save_chart_reaches_1200_pixels_for_narrow_figures_and_keeps_a_named_index(output):
    with house_style():
        fig, ax = plt.subplots(figsize=(4, 3))
        ax.bar(TROOPS["state"], TROOPS["troops"])
    files = save_chart(fig, "narrow", TROOPS.set_index("state"), "alt")
    assert png_size(files.png)[0] >= 1200
    assert list(pd.read_csv(files.csv).columns) == ["state", "troops"]


@pytest.mark.parametrize("name", ["../x", "a b", "", "chart.png", "a/b", "é", None])
def test_save_chart_refuses_names_that_are_not_slugs(output, name):
    fig, _ax = plt.subplots()
    with pytest.raises(ValueError, match="letters, digits, hyphens and underscores"):
        save_chart(fig, name, TROOPS, "alt")
    assert not output.exists() or not any(output.rglob("*.*"))


def test_save_chart_is_deterministic(output):
    fig, data = _sectors_chart()
    first = save_chart(fig, "first", data, "alt")
    fig.canvas.draw()  # a notebook displays the figure in between: no effect on the files
    second = save_chart(fig, "second", data, "alt")
    assert first.png.read_bytes() == second.png.read_bytes()
    assert first.svg.read_bytes() == second.svg.read_bytes()


# --- image regression --------------------------------------------------------------------


def _render(fig, data, name):
    """The PNG that save_chart publishes (under the monkeypatched output folder)."""
    return save_chart(fig, name, data, "alt").png


def _check_against_baseline(fig, data, name, output):
    check_against_baseline(_render(fig, data, name), name)


def test_bar_chart_looks_like_its_baseline(output):
    _check_against_baseline(*_troops_chart(), "guard-troops-by-state", output)


def test_line_chart_looks_like_its_baseline(output):
    _check_against_baseline(*_sectors_chart(), "apprehensions-two-sectors", output)


@pytest.mark.skipif(UPDATE_BASELINES, reason="baselines are being written")
@pytest.mark.parametrize(
    "change",
    [
        {"colour_of_texas": PALETTE["base"]},
        {"title": "Texas has almost twice as many Guard troops at the border as Arizona!"},
    ],
)
def test_image_regression_catches_a_visible_change(output, change):
    """The comparison is not vacuous: a recoloured bar (RMS about 40) or a "!" added to the headline (about 3.5) fails it."""
    actual = _render(*_troops_chart(**change), "changed")
    difference = compare_images(str(BASELINES / "guard-troops-by-state.png"), str(actual), tol=TOLERANCE)
    assert difference is not None, "compare_images saw no difference"
    rms = float(re.search(r"RMS Value: ([0-9.]+)", difference).group(1))
    assert rms > TOLERANCE
