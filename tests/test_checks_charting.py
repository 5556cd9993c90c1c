"""The self-checks of notebook 05 recognise the common wrong answers."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from helpers import checks, data


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
    assert checks.check_spring_ratio(round(ratio, 2)).ok
    assert checks.check_spring_ratio(ratio).ok
    assert "other way round" in checks.check_spring_ratio(totals[2017] / totals[2018]).message
    assert "percentage increase" in checks.check_spring_ratio((ratio - 1) * 100).message
    assert "Close" in checks.check_spring_ratio(ratio + 0.1).message
    assert "two decimals" in checks.check_spring_ratio(round(ratio, 1)).message, (
        "one decimal cannot tell March from March-May"
    )
    assert "not a single number" in checks.check_spring_ratio(pd.Series([1.0, 2.0])).message
    assert "Keep the months March to May" in checks.check_spring_ratio(1.5).message


def test_alt_text():
    frame = pd.DataFrame({"month": ["March", "April", "May"], "n": [12195, 11127, 40339]})
    good = "Bar chart of apprehensions by month: the highest is May with 40,339; the lowest is April with 11,127."
    assert checks.check_alt_text(good, frame, "month", "n").ok
    assert "too short" in checks.check_alt_text("A bar chart.", frame, "month", "n").message
    missing = checks.check_alt_text(
        "Bar chart of apprehensions by month in spring: the highest is May with 40,339 arrests.", frame, "month", "n"
    )
    assert not missing.ok and "the lowest value (11,127, April)" in missing.message
    assert "a sentence or two" in checks.check_alt_text(42, frame, "month", "n").message


# --------------------------------------------------------------------------- spring ratio: no wrong answer passes


def spring_months(column="swb_apprehensions"):
    monthly = data.load_monthly()
    spring = monthly[monthly["month_number"].isin([3, 4, 5]) & monthly["calendar_year"].isin([2017, 2018])]
    return spring.pivot(index="month", columns="calendar_year", values=column)


@pytest.mark.parametrize("month", ["March", "April", "May"])
@pytest.mark.parametrize("rounding", [None, 2], ids=["unrounded", "two-decimals"])
def test_spring_ratio_of_one_month_gets_its_own_hint(month, rounding):
    months = spring_months()
    one = months.loc[month, 2018] / months.loc[month, 2017]
    answer = one if rounding is None else round(one, rounding)
    feedback = checks.check_spring_ratio(answer)
    assert not feedback.ok, f"{month} alone ({answer}) must not pass"
    assert f"That is {month} only: spring is March to May" in feedback.message


def test_the_march_only_ratio_that_used_to_pass_now_fails():
    months = spring_months()
    march = months.loc["March", 2018] / months.loc["March", 2017]
    assert round(march, 3) == 3.066
    assert not checks.check_spring_ratio(march).ok


@pytest.mark.parametrize(
    "answer, expected",
    [
        ("3.06", "not a number"),
        ("3.06", "write `3.06`"),
        (True, "yes/no value"),
        (None, "Replace the `...`"),
    ],
    ids=["text", "text-says-how", "bool", "none"],
)
def test_spring_ratio_takes_numbers_only(answer, expected):
    feedback = checks.check_spring_ratio(answer)
    assert not feedback.ok and expected in feedback.message, feedback.message


def test_spring_ratio_other_slips():
    months = spring_months()
    mean_of_months = (months[2018] / months[2017]).mean()
    assert "average of the three months" in checks.check_spring_ratio(round(mean_of_months, 2)).message
    nationwide = spring_months("nationwide_apprehensions").sum()
    assert "nationwide_apprehensions" in checks.check_spring_ratio(nationwide[2018] / nationwide[2017]).message


# --------------------------------------------------------------------------- a chart by hand


def guard():
    from helpers.troops import guard_table

    return guard_table()


def draw(
    *,
    values=None,
    states=None,
    title="National Guard troops by state, according to the article",
    xlabel="State",
    ylabel="Troops",
    source="Source: the article (25 Oct 2018)",
    kind="bar",
    on_axes=False,
):
    table = guard()
    fig, ax = plt.subplots()
    states = list(table["state"]) if states is None else states
    values = list(table["troops"]) if values is None else values
    if kind == "bar":
        ax.bar(states, values)
    elif kind == "barh":
        ax.barh(states, values)
    else:
        ax.plot(states, values)
    if title:
        ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    if source:
        (ax.text if on_axes else fig.text)(0.01, 0.01, source)
    return fig


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def test_the_by_hand_chart_passes():
    feedback = checks.check_chart(draw())
    assert feedback.ok, feedback
    assert "4 states" in feedback.message
    table = guard().sort_values("troops")
    assert checks.check_chart(draw(kind="barh", states=list(table["state"]), values=list(table["troops"]))).ok, (
        "sorted, horizontal"
    )
    assert checks.check_chart(draw(title="Texas had most Guard troops, the article says")).ok
    pentagon = {
        "title": "National Guard troops by state, according to a Pentagon spokesperson",
        "source": "Source: Pentagon spokesperson, 31 Aug 2018 (Newsmax, citing The Daily Caller)",
    }
    assert checks.check_chart(draw(**pentagon)).ok, "the split may be attributed to the spokesperson who gave it first"


@pytest.mark.parametrize(
    "chart, expected",
    [
        ({"source": None}, "No source line yet"),
        ({"source": "Source: US Customs and Border Protection"}, "the article"),
        ({"on_axes": True}, "on the Axes"),
        ({"title": None}, "no title"),
        ({"xlabel": ""}, "horizontal (x) axis"),
        ({"ylabel": ""}, "vertical (y) axis"),
        ({"title": "National Guard troops by state"}, "according to"),
        ({"kind": "line"}, "That is a line"),
    ],
    ids=[
        "no-source",
        "source-not-the-article",
        "source-on-axes",
        "no-title",
        "no-xlabel",
        "no-ylabel",
        "no-attribution",
        "line",
    ],
)
def test_the_by_hand_chart_hints(chart, expected):
    feedback = checks.check_chart(draw(**chart))
    assert not feedback.ok
    assert expected in feedback.message, feedback.message


def test_the_by_hand_chart_must_show_the_articles_troops():
    table = guard()
    shares = list(table["troops"] / table["troops"].sum() * 100)
    assert "shares" in checks.check_chart(draw(values=shares)).message
    assert (
        "4 states; your chart has 3 bars"
        in checks.check_chart(draw(states=list(table["state"])[:3], values=list(table["troops"])[:3])).message
    )
    doubled = list(table["troops"] * 2)
    assert "not the article's troops" in checks.check_chart(draw(values=doubled)).message
    swapped = list(table["troops"])[::-1]
    assert "wrong state names" in checks.check_chart(draw(values=swapped)).message


def test_the_by_hand_chart_wants_the_figure():
    fig = draw()
    assert "Pass the whole Figure" in checks.check_chart(fig.axes[0]).message
    assert "Replace the `...`" in checks.check_chart(...).message
    assert "should be the Figure" in checks.check_chart("chart").message
    empty, _ = plt.subplots()
    assert "no bars yet" in checks.check_chart(empty).message


# --------------------------------------------------------------------------- saved into output/


@pytest.fixture
def output(tmp_path, monkeypatch):
    from helpers import paths

    folder = tmp_path / "course" / "output"
    folder.mkdir(parents=True)
    monkeypatch.setattr(paths, "OUTPUT", folder)
    return folder


def test_the_saved_chart_is_read_back(output):
    from helpers.paths import output_dir

    path = output_dir() / "guard-troops-by-hand.png"
    draw().savefig(path, dpi=100)
    feedback = checks.check_saved(path)
    assert feedback.ok, feedback
    assert "PNG image of 640 x 480 pixels" in feedback.message
    assert checks.check_saved(str(path)).ok, "a str path is fine too"


def test_the_saved_chart_in_the_wrong_place(output, tmp_path):
    beside = tmp_path / "course" / "notebooks" / "output"
    beside.mkdir(parents=True)
    draw().savefig(beside / "chart.png")
    feedback = checks.check_saved(beside / "chart.png")
    assert not feedback.ok and "wrong place" in feedback.message and "next to the notebook" in feedback.message
    draw().savefig(tmp_path / "chart.png")
    feedback = checks.check_saved(tmp_path / "chart.png")
    assert not feedback.ok and "outside the course's output/" in feedback.message and "output_dir()" in feedback.message


def test_the_saved_chart_missing_or_not_a_png(output):
    assert "no file at" in checks.check_saved(output / "never-saved.png").message
    draw().savefig(output / "chart.svg")
    assert "not a PNG" in checks.check_saved(output / "chart.svg").message
    fig = draw()
    assert "the figure itself" in checks.check_saved(fig).message
    assert "Replace the `...`" in checks.check_saved(...).message
    assert "Pass the path" in checks.check_saved(42).message


# --------------------------------------------------------------------------- your turn: a sector's finding


def test_sector_finding_accepts_numbers_from_the_data():
    sectors = data.load_sectors().set_index("fiscal_year")
    rgv, total = sectors.at[2018, "rio_grande_valley"], sectors.at[2018, "southwest_border_total"]
    sentence = f"In FY2018, Rio Grande Valley sector made {rgv:,} apprehensions, {rgv / total:.0%} of the southwest border total."
    assert checks.check_sector_finding(sentence).ok
    tucson = sectors["tucson"]
    change = f"Tucson sector fell from {tucson[2000]:,} in FY2000 to {tucson[2018]:,} in FY2018, down {1 - tucson[2018] / tucson[2000]:.0%}."
    assert checks.check_sector_finding(change).ok


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (..., "Write your finding"),
        ("In FY2018 Rio Grande Valley sector made 172,262 apprehensions.", "can't find '172,262'"),
        ("In FY2017 Rio Grande Valley sector made 162,262 apprehensions.", "can't find '162,262'"),
        ("Rio Grande Valley sector made 162,262 apprehensions.", "Name the fiscal year"),
        ("In FY2018 Rio Grande Valley was the busiest sector.", "no number yet"),
        (162262, "not a int"),
    ],
    ids=["unanswered", "wrong-number", "wrong-year", "no-year", "no-number", "not-text"],
)
def test_sector_finding_hints(sentence, expected):
    feedback = checks.check_sector_finding(sentence)
    assert not feedback.ok
    assert expected in feedback.message, feedback.message
