"""The self-checks of notebook 05 recognise the common wrong answers."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from helpers import checks, data  # noqa: E402


@pytest.fixture
def ax():
    fig, ax = plt.subplots()
    yield ax
    plt.close(fig)


def test_zero_baseline(ax):
    ax.bar(["a", "b"], [100, 120])
    assert checks.check_zero_baseline(ax).ok
    ax.set_ylim(90, None)
    feedback = checks.check_zero_baseline(ax)
    assert not feedback.ok and "starts at 90" in feedback.message and "looks 3.0 times" in feedback.message


def test_zero_baseline_hints(ax):
    assert "Replace the `...`" in checks.check_zero_baseline(...).message
    assert "no bars" in checks.check_zero_baseline(ax).message
    assert "should be the Axes" in checks.check_zero_baseline(ax.figure).message
    ax.bar(["a"], [5])
    ax.set_ylim(-10, 10)
    assert "below zero" in checks.check_zero_baseline(ax).message


def spring_totals():
    monthly = data.load_monthly()
    spring = monthly[monthly["month_number"].isin([3, 4, 5])]
    return spring.groupby("calendar_year")["swb_apprehensions"].sum()


def test_spring_ratio():
    totals = spring_totals()
    ratio = totals[2018] / totals[2017]
    assert checks.check_spring_ratio(round(ratio, 1)).ok
    assert "other way round" in checks.check_spring_ratio(totals[2017] / totals[2018]).message
    assert "percentage increase" in checks.check_spring_ratio((ratio - 1) * 100).message
    assert "Close" in checks.check_spring_ratio(ratio + 0.1).message
    assert "not a single number" in checks.check_spring_ratio(pd.Series([1.0, 2.0])).message
    assert "Keep the months March to May" in checks.check_spring_ratio(1.5).message


def test_alt_text():
    frame = pd.DataFrame({"month": ["March", "April", "May"], "n": [12195, 11127, 40339]})
    good = "Bar chart of apprehensions by month: the highest is May with 40,339; the lowest is April with 11,127."
    assert checks.check_alt_text(good, frame, "month", "n").ok
    assert "too short" in checks.check_alt_text("A bar chart.", frame, "month", "n").message
    missing = checks.check_alt_text("Bar chart of apprehensions by month in spring: the highest is May with 40,339 arrests.", frame, "month", "n")
    assert not missing.ok and "the lowest value (11,127, April)" in missing.message
    assert "a sentence or two" in checks.check_alt_text(42, frame, "month", "n").message
