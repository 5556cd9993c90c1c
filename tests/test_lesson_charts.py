"""Lesson 05 publishes its charts, and they look as approved.

The notebook is run once (in memory, writing to a temporary output/), then:
- every chart it saves has its four files: PNG (at least 1200 px wide), SVG, CSV and alt text;
- each PNG matches its approved baseline in tests/baseline_images/ (matplotlib's compare_images).
After an intended change to a chart, re-approve with
    BORDER_FIGURES_UPDATE_BASELINES=1 .venv/bin/python -m pytest tests/test_lesson_charts.py
and look at the new baselines before committing them.
"""

import struct

import pytest

from helpers import paths
from tests.support import check_against_baseline
from tools.notebooks import run_in_memory

CHARTS = ["guard-troops-by-state", "southwest-border-apprehensions", "spring-2017-vs-2018", "sectors-small-multiples"]


@pytest.fixture(scope="module")
def charts(tmp_path_factory):
    output = tmp_path_factory.mktemp("run") / "output"
    run_in_memory(
        paths.NOTEBOOKS / "05-charting.ipynb",
        before=f"import pathlib, helpers.paths\nhelpers.paths.OUTPUT = pathlib.Path({str(output)!r})",
    )
    return output / "charts"


def png_width(path):
    return struct.unpack(">I", path.read_bytes()[16:20])[0]


def test_the_lesson_saves_four_charts_with_data_and_alt_text(charts):
    saved = sorted(p.stem for p in charts.glob("*.png"))
    assert saved == sorted(CHARTS)
    for name in CHARTS:
        assert png_width(charts / f"{name}.png") >= 1200
        assert (charts / f"{name}.svg").read_text().lstrip().startswith("<?xml")
        assert len((charts / f"{name}.csv").read_text().splitlines()) > 3
        alt = (charts / f"{name}.txt").read_text()
        assert alt.startswith(("Bar chart", "Line chart")) and "highest" in alt


@pytest.mark.parametrize("name", CHARTS)
def test_chart_matches_its_approved_baseline(charts, name):
    check_against_baseline(charts / f"{name}.png", f"lesson05-{name}")
