"""The self-checks of notebook 05 recognise the common wrong answers."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

from helpers import checks, data


@pytest.fixture
def ax():
    fig, ax = plt.subplots()
    yield ax
    plt.close(fig)


def spring_2017():
    monthly = data.load_monthly()
    spring = monthly[monthly["month_number"].isin([3, 4, 5]) & (monthly["calendar_year"] == 2017)]
    return spring.sort_values("month_number")


def test_zero_baseline(ax):
    ax.bar(["a", "b"], [100, 120])
    assert checks.check_zero_baseline(ax, values=[100, 120]).ok
    ax.set_ylim(90, None)
    feedback = checks.check_zero_baseline(ax, values=[100, 120])
    assert not feedback.ok and "starts at 90" in feedback.message and "looks 3.0 times" in feedback.message


@pytest.mark.parametrize("way", ["bar-set_ylim", "bar-no-ylim", "barh", "list-values"])
def test_zero_baseline_draws_spring_2017(ax, way):
    """Exercise 1: several ways of redrawing spring 2017's bars from zero pass."""
    spring = spring_2017()
    if way == "barh":
        ax.barh(spring["month"], spring["swb_apprehensions"])
    elif way == "list-values":
        ax.bar([0, 1, 2], [float(v) for v in spring["swb_apprehensions"]])
    else:
        ax.bar(spring["month"], spring["swb_apprehensions"])
    if way == "bar-set_ylim":
        ax.set_ylim(0, None)
    feedback = checks.check_zero_baseline(ax)
    assert feedback.ok, feedback.message


def test_zero_baseline_wants_the_2017_bars(ax):
    monthly = data.load_monthly()
    spring_2018 = monthly[monthly["month_number"].isin([3, 4, 5]) & (monthly["calendar_year"] == 2018)]
    ax.bar(spring_2018["month"], spring_2018["swb_apprehensions"])
    feedback = checks.check_zero_baseline(ax)
    assert not feedback.ok and "spring 2018" in feedback.message and "by_month[2017]" in feedback.message
    _other, axes = plt.subplots()
    axes.bar(["a", "b", "c"], [1, 2, 3])
    assert "not the misleading chart's 3 bars" in checks.check_zero_baseline(axes).message
    _cut, axes = plt.subplots()
    spring = spring_2017()
    axes.bar(spring["month"], spring["swb_apprehensions"])
    axes.set_ylim(spring["swb_apprehensions"].min() * 0.95, None)
    assert "starts at" in checks.check_zero_baseline(axes).message


def test_zero_baseline_hints(ax):
    assert "Replace the `...`" in checks.check_zero_baseline(...).message
    assert "no bars" in checks.check_zero_baseline(ax).message
    assert "should be the Axes" in checks.check_zero_baseline(ax.figure).message
    ax.bar(["a"], [5])
    ax.set_ylim(-10, 10)
    assert "below zero" in checks.check_zero_baseline(ax, values=[5]).message


def spring_totals():
    monthly = data.load_monthly()
    spring = monthly[monthly["month_number"].isin([3, 4, 5])]
    return spring.groupby("calendar_year")["swb_apprehensions"].sum()


def test_spring_ratio():
    totals = spring_totals()
    ratio = totals[2018] / totals[2017]
    assert checks.check_spring_ratio(round(ratio, 2)).ok
    assert checks.check_spring_ratio(float(np.round(ratio, 2))).ok
    assert checks.check_spring_ratio(np.float64(round(ratio, 2))).ok
    unrounded = checks.check_spring_ratio(ratio)
    assert not unrounded.ok and "round(x, 2)" in unrounded.message, "the prompt asks for two decimals"
    assert "round(x, 2)" in checks.check_spring_ratio(round(ratio, 4)).message
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


def spring_long():
    monthly = data.load_monthly()
    spring = monthly[monthly["month_number"].isin([3, 4, 5]) & monthly["calendar_year"].isin([2017, 2018])]
    return spring[["calendar_year", "month", "swb_apprehensions"]]


def spring_alts():
    from helpers.charts import describe

    long = spring_long()
    wide = long.pivot(index="month", columns="calendar_year", values="swb_apprehensions").reset_index()
    labelled = long.assign(label=long["month"] + " " + long["calendar_year"].astype(str))
    return {
        "describe-wide": describe(
            "bar", wide.rename(columns=str), "month", ["2017", "2018"], title="T", y_label="arrests"
        ),
        "describe-labelled": describe("bar", labelled, "label", "swb_apprehensions", title="T", y_label="arrests"),
        "by-hand": "Bar chart of southwest border apprehensions in spring: the highest is May 2018 with 40,339; "
        "the lowest is April 2017 with 11,127.",
        "year-first": "Bar chart of southwest border apprehensions in spring. In 2018, May had the most, 40,339; "
        "in 2017 April had the fewest, 11,127.",
    }


@pytest.mark.parametrize("way", ["describe-wide", "describe-labelled", "by-hand", "year-first"])
def test_alt_text_ways(way):
    feedback = checks.check_alt_text(spring_alts()[way], spring_long(), "month", "swb_apprehensions")
    assert feedback.ok, feedback.message


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Bar chart of southwest border apprehensions in spring: the highest is May 2017 with 40,339; the lowest "
            "is April 2018 with 11,127.",
            "is May 2018, but your text puts it with May 2017",
        ),
        (
            "Bar chart of southwest border apprehensions in spring: the highest is 40,339 in May; the lowest is "
            "11,127 in April.",
            "does not say which year",
        ),
        (
            "Bar chart of southwest border apprehensions in spring 2018: the highest is April with 40,339; the "
            "lowest is May 2017 with 11,127.",
            "puts it with April",
        ),
        (
            "Bar chart of southwest border apprehensions in spring: the highest is May 2018 with 40,339.",
            "the lowest value (11,127, April 2017)",
        ),
    ],
    ids=["years-swapped", "no-year", "wrong-month", "no-lowest"],
)
def test_alt_text_ties_each_number_to_its_month_and_year(text, expected):
    feedback = checks.check_alt_text(text, spring_long(), "month", "swb_apprehensions")
    assert not feedback.ok and expected in feedback.message, feedback.message


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
        ("3.06", "is text"),
        ("3.06", "with `round(...)`, no quotes"),
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
    source="Source: the article (25 Oct 2018), repeating a Pentagon spokesperson (31 Aug 2018)",
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
        "source": "Source: Pentagon spokesperson, 31 Aug 2018, as repeated by the article (25 Oct 2018)",
    }
    assert checks.check_chart(draw(**pentagon)).ok, "the split may be attributed to the spokesperson who gave it first"
    assert checks.check_chart(draw(source="Source: the article; figures first given by the Pentagon's spokesman")).ok


@pytest.mark.parametrize(
    "chart, expected",
    [
        ({"source": None}, "No source line yet"),
        ({"source": "Source: US Customs and Border Protection"}, "the article and the Pentagon spokesperson"),
        ({"source": "Source: the article (25 Oct 2018)"}, "add the Pentagon spokesperson"),
        ({"source": "Source: a Pentagon spokesperson (31 Aug 2018)"}, "add the article"),
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
        "source-only-the-article",
        "source-only-the-pentagon",
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
    assert "should be the figure" in checks.check_chart("chart").message
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
    assert "should be the path you saved the chart to" in checks.check_saved(42).message


# --------------------------------------------------------------------------- your turn: a sector's finding


SECTORS = data.load_sectors().set_index("fiscal_year")
TUCSON, RGV = SECTORS["tucson"], SECTORS["rio_grande_valley"]


@pytest.mark.parametrize(
    "sentence",
    [
        f"In FY2017, Rio Grande Valley sector made {RGV[2017]:,} apprehensions, "
        f"{RGV[2017] / SECTORS.at[2017, 'southwest_border_total']:.0%} of the southwest border total.",
        f"Tucson sector fell from {TUCSON[2000]:,} in FY2000 to {TUCSON[2018]:,} in FY2018, down {1 - TUCSON[2018] / TUCSON[2000]:.0%}.",
        f"From FY2000 to FY2018, Tucson's apprehensions fell from {TUCSON[2000]:,} to {TUCSON[2018]:,}.",
        # the novice's sentence that was rejected: a ratio from the larger year
        f"Tucson made {TUCSON[2000]:,} apprehensions in FY2000, {TUCSON[2000] / TUCSON[2018]:.1f} times as many as in FY2018",
        # the same ratio written the other way round
        f"In FY2018, Tucson made {TUCSON[2018]:,} apprehensions, 1/{TUCSON[2000] / TUCSON[2018]:.1f} of its FY2000 count.",
        f"In FY2018, Tucson made {TUCSON[2018] / TUCSON[2000]:.2f} times as many apprehensions as in FY2000.",
        # two sectors in one year
        f"In FY2018, Rio Grande Valley made {RGV[2018]:,} apprehensions, {RGV[2018] / TUCSON[2018]:.1f} times as many as "
        f"Tucson's {TUCSON[2018]:,}.",
        f"In FY2018 the southwest border total was {SECTORS.at[2018, 'southwest_border_total']:,}, and Tucson made "
        f"{TUCSON[2018] / SECTORS.at[2018, 'southwest_border_total']:.0%} of it.",
    ],
    ids=["share", "change", "from-to", "times-as-many", "one-in", "times-below-one", "two-sectors", "total-and-share"],
)
def test_sector_finding_accepts_numbers_with_their_sector_and_year(sentence):
    feedback = checks.check_sector_finding(sentence)
    assert feedback.ok, f"{sentence}: {feedback.message}"


def test_sector_finding_accepts_the_worked_solution():
    peak = TUCSON.idxmax()
    finding = (
        f"Tucson sector's apprehensions peaked in FY{peak} at {TUCSON[peak]:,}; by FY2018 they were "
        f"{TUCSON[2018]:,}, down {1 - TUCSON[2018] / TUCSON[peak]:.0%}."
    )
    assert checks.check_sector_finding(finding).ok


def example_sentence():
    """What the lesson's example cell prints."""
    example_year = 2018
    row = SECTORS.drop(columns="southwest_border_total").loc[example_year]
    top_sector = row.idxmax()
    return (
        f"In FY{example_year}, the Border Patrol's {top_sector.replace('_', ' ').title()} sector made "
        f"{row[top_sector]:,} apprehensions, {row[top_sector] / row.sum():.0%} of the southwest border total."
    )


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (..., "Write your finding"),
        ("In FY2017 Tucson sector made 172,262 apprehensions.", "can't find '172,262'"),
        ("In FY2017 Tucson sector made 162,262 apprehensions.", "can't find '162,262'"),
        ("Rio Grande Valley sector made 162,262 apprehensions.", "Name the fiscal year"),
        ("In FY2017 Rio Grande Valley was the busiest sector.", "no number yet"),
        (162262, "not a number"),
        # Rio Grande Valley's count credited to Tucson
        (f"In FY2018, Tucson made {RGV[2018]:,} apprehensions.", "is Rio Grande Valley's apprehensions in FY2018"),
        (f"In FY2018, Tucson made {RGV[2018]:,} apprehensions, fewer than Rio Grande Valley.", "stands next to Tucson"),
        # one sector's counts paired with the wrong years
        (f"Tucson made {TUCSON[2018]:,} in FY2000 and {TUCSON[2000]:,} in FY2018.", "paired the other way round"),
        # a ratio said from the smaller year
        (
            f"Tucson made {TUCSON[2018]:,} apprehensions in FY2018, {TUCSON[2000] / TUCSON[2018]:.1f} times as many as in "
            "FY2000.",
            "runs the other way round",
        ),
        # the lesson's example, copied; and its sector and year again
        (example_sentence(), "the lesson's example, word for word"),
        (f"In FY2018, Rio Grande Valley sector made {RGV[2018]:,} apprehensions.", "the example's sector and year"),
    ],
    ids=[
        "unanswered",
        "wrong-number",
        "wrong-year",
        "no-year",
        "no-number",
        "not-text",
        "other-sector",
        "other-sector-named-too",
        "years-swapped",
        "ratio-backwards",
        "the-example",
        "the-examples-subject",
    ],
)
def test_sector_finding_hints(sentence, expected):
    feedback = checks.check_sector_finding(sentence)
    assert not feedback.ok
    assert expected in feedback.message, feedback.message


def test_sector_finding_hints_speak_plainly():
    """The nearest value is shown as the course writes numbers, with a label in words (not column names)."""
    feedback = checks.check_sector_finding(f"In FY2000 Tucson made {TUCSON[2000] + 600:,} apprehensions.")
    assert not feedback.ok, feedback.message
    assert f"nearest value there is {TUCSON[2000]:,} (Tucson's apprehensions in FY2000)" in feedback.message


def test_the_example_in_the_lesson_is_refused():
    """The check refuses the sentence the lesson's example cell prints (run from the notebook itself)."""
    import nbformat

    from helpers import paths

    lesson = nbformat.read(paths.NOTEBOOKS / "05-charting.ipynb", as_version=4)
    cell = next(c for c in lesson.cells if c.get("id") == "h3-05-turn-example")
    printed = "".join(o.get("text", "") for o in cell.outputs).strip()
    assert printed == example_sentence()
    assert "word for word" in checks.check_sector_finding(printed).message


# --------------------------------------------------------------------------- the lesson's charts, step by step
# Each typed step of sections 2 and 4-6 has a check: several valid ways of writing it pass, and the
# common slips get a "Not yet" with their own hint.

from helpers.charts import PALETTE, annotate_point, label_bars, shade_span  # noqa: E402


def not_yet(feedback, expected):
    assert not feedback.ok, feedback.message
    assert expected in feedback.message, feedback.message


def test_ranked_guard():
    table = guard()
    valid = [
        table.sort_values("troops"),
        table.sort_values("troops").reset_index(drop=True),
        table.sort_values(by="troops", ascending=True)[["troops", "state"]],
    ]
    for ranked in valid:
        assert checks.check_ranked_guard(ranked).ok
    not_yet(checks.check_ranked_guard(table.sort_values("troops", ascending=False)), "largest first")
    not_yet(checks.check_ranked_guard(table.sort_values("state")), "state names")
    not_yet(checks.check_ranked_guard(table), "article's order")
    not_yet(checks.check_ranked_guard(table.sort_values("troops")["troops"]), "needs the column")


def headline_parts():
    ranked = guard().sort_values("troops")
    return ranked, ranked["state"].iloc[-1], ranked["troops"].iloc[-1] / ranked["troops"].sum()


def test_guard_headline():
    ranked, top, share = headline_parts()
    title = f"{top} had {share:.0%} of the Guard troops at the border, according to the article"
    assert checks.check_guard_headline(top, share, title).ok
    top2 = ranked.loc[ranked["troops"].idxmax(), "state"]
    assert checks.check_guard_headline(top2, float(round(share, 4)), title).ok
    share3 = ranked["troops"].max() / sum(ranked["troops"])
    assert checks.check_guard_headline(top, share3, "According to the article, " + f"{top} had {share3:.0%} of them").ok
    not_yet(checks.check_guard_headline(ranked["state"].iloc[0], share, title), "fewest troops")
    not_yet(checks.check_guard_headline(top, share * 100, title), "percentage")
    not_yet(
        checks.check_guard_headline(top, share, "Texas had most of the Guard troops, according to the article"),
        "its share",
    )
    not_yet(checks.check_guard_headline(top, share, f"{top} had {share:.0%} of the Guard troops"), "according to")


def guard_chart(*, order="ranked", colours=True, labels=True, kind="barh", words=False):
    from helpers.charts import headline, source_line

    ranked, top, _ = headline_parts()
    table = ranked if order == "ranked" else ranked.iloc[::-1]
    fig, ax = plt.subplots()
    colour = [PALETTE["highlight"] if s == top else PALETTE["muted"] for s in table["state"]] if colours else None
    getattr(ax, kind)(table["state"], table["troops"], color=colour)
    if labels:
        label_bars(ax)
    if words:
        headline(fig, f"{top} had 52% of the Guard troops, according to the article", "By state")
        source_line(fig, "The article (25 Oct 2018), repeating a Pentagon spokesperson")
    return fig


def test_guard_chart():
    assert checks.check_guard_chart(guard_chart()).ok
    assert checks.check_guard_chart(guard_chart(words=True), finished=True).ok
    fig = guard_chart()  # colours given as one string per bar by a loop, the same chart
    assert checks.check_guard_chart(fig).ok
    not_yet(checks.check_guard_chart(guard_chart(kind="bar")), "vertical")
    not_yet(checks.check_guard_chart(guard_chart(order="reversed")), "largest at the bottom")
    not_yet(checks.check_guard_chart(guard_chart(colours=False)), "Highlight")
    not_yet(checks.check_guard_chart(guard_chart(labels=False)), "label_bars")
    not_yet(checks.check_guard_chart(guard_chart(), finished=True), "No headline")
    not_yet(checks.check_guard_chart(guard_chart().axes[0]), "Pass the whole Figure")


def test_series_tables():
    raw = data.load_apprehensions()
    years = raw.dropna(subset=["southwest_border"])
    for valid in (years, raw[raw["southwest_border"].notna()], years.reset_index(drop=True)[::-1]):
        assert checks.check_series_years(valid).ok
    not_yet(checks.check_series_years(raw), "without a southwest_border figure")
    not_yet(checks.check_series_years(raw.dropna()), "another column was blank")
    not_yet(checks.check_series_years(raw.dropna(subset=["nationwide"])), "condition that chooses the rows")
    arrests = years[years["measure"] == "apprehensions"]
    encounters = years[years["measure"] == "encounters"]
    assert checks.check_series_measures(arrests, encounters).ok
    assert checks.check_series_measures(
        years.query("measure == 'apprehensions'"), years.query("measure != 'apprehensions'")
    ).ok
    assert checks.check_series_measures(
        years.loc[years["measure"].isin(["apprehensions"])], years.loc[years["measure"] == "encounters"]
    ).ok
    not_yet(checks.check_series_measures(encounters, arrests), "swapped")
    not_yet(checks.check_series_measures(years, encounters), "every row")
    not_yet(checks.check_series_measures(arrests, years), "every row")


def test_series_by_year():
    years = data.load_apprehensions().dropna(subset=["southwest_border"])
    arrests = years[years["measure"] == "apprehensions"]
    by_year = arrests.set_index("fiscal_year")["southwest_border"]
    for valid in (
        by_year,
        arrests.set_index("fiscal_year")[["southwest_border"]],
        pd.Series(list(arrests["southwest_border"].astype(float)), index=list(arrests["fiscal_year"])),
    ):
        assert checks.check_series_by_year(valid).ok
    not_yet(checks.check_series_by_year(arrests["southwest_border"].reset_index(drop=True)), "set_index")
    not_yet(checks.check_series_by_year(years.set_index("fiscal_year")["southwest_border"]), "encounter years")
    not_yet(checks.check_series_by_year(arrests.set_index("fiscal_year")), "one column")


def series_parts():
    years = data.load_apprehensions().dropna(subset=["southwest_border"])
    by_year = years[years["measure"] == "apprehensions"].set_index("fiscal_year")["southwest_border"]
    encounters = years[years["measure"] == "encounters"]
    return by_year, encounters


def test_series_break():
    by_year, encounters = series_parts()
    first, final = encounters["fiscal_year"].min(), encounters["fiscal_year"].max()
    before, after = by_year.loc[: first - 1], by_year.loc[final + 1 :]
    assert checks.check_series_break(first, final, before, after).ok
    assert checks.check_series_break(
        int(first), float(final), by_year[by_year.index < first], by_year[by_year.index > final]
    ).ok
    assert checks.check_series_break(
        min(encounters["fiscal_year"]), max(encounters["fiscal_year"]), by_year.loc[:first], by_year.loc[final:]
    ).ok
    not_yet(checks.check_series_break(final, first, before, after), "swapped")
    not_yet(checks.check_series_break(encounters["southwest_border"].min(), final, before, after), "count, not a year")
    not_yet(checks.check_series_break(first, final, by_year, after), "every year")
    not_yet(checks.check_series_break(first, final, after, before), "swapped")


def test_series_points_and_since():
    by_year, _ = series_parts()
    points = (by_year.loc[:1989].idxmax(), by_year.idxmax(), by_year.loc[2000:].idxmin(), by_year.index.max())
    assert checks.check_series_points(*points).ok
    assert checks.check_series_points(*(int(p) for p in points)).ok
    assert checks.check_series_points(
        by_year[by_year.index <= 1989].idxmax(),
        by_year.sort_values().index[-1],
        by_year[by_year.index >= 2000].idxmin(),
        max(by_year.index),
    ).ok
    not_yet(checks.check_series_points(by_year.loc[:1989].max(), *points[1:]), "count of arrests")
    not_yet(checks.check_series_points(by_year.idxmax(), *points[1:]), "up to FY1989")
    not_yet(checks.check_series_points(points[0], points[1], by_year.idxmin(), points[3]), "since FY2000")
    low = points[2]
    earlier = by_year.loc[: low - 1]
    fewer = earlier[earlier < by_year[low]]
    assert checks.check_series_since(fewer.index.max()).ok
    assert checks.check_series_since(int(max(y for y, n in by_year.items() if y < low and n < by_year[low]))).ok
    assert checks.check_series_since(float(fewer.index[-1])).ok
    not_yet(checks.check_series_since(fewer.index.min()), "earliest")
    not_yet(checks.check_series_since(low - 1), "just before")
    not_yet(checks.check_series_since(fewer.max()), "count of arrests")


def series_chart(*, joined=False, dashed=True, dots=True, markup=True, zero=True):
    by_year, encounters = series_parts()
    first, final = encounters["fiscal_year"].min(), encounters["fiscal_year"].max()
    before, after = by_year.loc[: first - 1], by_year.loc[final + 1 :]
    fig, ax = plt.subplots()
    if joined:
        ax.plot(by_year.index, by_year)
    else:
        ax.plot(before.index, before)
    ax.plot(encounters["fiscal_year"], encounters["southwest_border"], linestyle="--" if dashed else "-")
    ax.plot(after.index, after, "o" if dots else "-")
    if markup:
        ax.axvline(first - 0.5)
        if zero:
            ax.set_ylim(0, None)
        shade_span(ax, 1999.5, 2004.5, "Early 2000s")
        for year in (by_year.loc[:1989].idxmax(), by_year.idxmax(), by_year.loc[2000:].idxmin(), 2018):
            annotate_point(ax, year, by_year[year], f"FY{year}: {by_year[year]:,}")
    return fig, ax


def test_series_marks_and_markup():
    fig, ax = series_chart(markup=False)
    assert checks.check_series_marks(fig, ax).ok
    assert checks.check_series_marks(fig).ok
    fig, ax = series_chart()
    assert checks.check_series_marks(fig, ax).ok, "annotations do not count as marks"
    assert checks.check_series_markup(fig).ok
    not_yet(checks.check_series_marks(series_chart(joined=True)[0]), "across the break")
    not_yet(checks.check_series_marks(series_chart(dashed=False)[0]), "dashed")
    not_yet(checks.check_series_marks(series_chart(dots=False)[0]), "dots")
    not_yet(checks.check_series_marks(fig, plt.subplots()[1]), "not the Axes")
    not_yet(checks.check_series_markup(series_chart(markup=False)[0]), "start it at zero")
    fig, ax = series_chart(markup=False)
    ax.set_ylim(0, None)
    not_yet(checks.check_series_markup(fig), "No rule at the break")
    fig, ax = series_chart(zero=False)
    ax.set_ylim(10000, None)
    not_yet(checks.check_series_markup(fig), "start it at zero")


def test_spring_rows_and_by_month():
    monthly = data.load_monthly()
    spring = monthly[monthly["month_number"].isin([3, 4, 5]) & monthly["calendar_year"].isin([2017, 2018])]
    for valid in (
        spring,
        monthly.query("month_number in [3, 4, 5] and calendar_year in [2017, 2018]"),
        monthly[
            (monthly["month_number"] >= 3)
            & (monthly["month_number"] <= 5)
            & (monthly["calendar_year"] >= 2017)
            & (monthly["calendar_year"] <= 2018)
        ].iloc[::-1],
    ):
        assert checks.check_spring_rows(valid).ok
    not_yet(checks.check_spring_rows(monthly[monthly["month_number"].isin([3, 4, 5])]), "every year")
    not_yet(checks.check_spring_rows(monthly[monthly["calendar_year"].isin([2017, 2018])]), "every month")
    not_yet(
        checks.check_spring_rows(
            monthly[monthly["month_number"].isin([3, 4, 5]) | monthly["calendar_year"].isin([2017, 2018])]
        ),
        "either",
    )
    pivot = spring.pivot(index=["month_number", "month"], columns="calendar_year", values="swb_apprehensions")
    for valid in (
        pivot.reset_index(),
        spring.pivot_table(
            index=["month_number", "month"], columns="calendar_year", values="swb_apprehensions", aggfunc="sum"
        ).reset_index(),
        pivot.reset_index()[["month", 2018, 2017, "month_number"]],
    ):
        assert checks.check_spring_by_month(valid).ok
    not_yet(checks.check_spring_by_month(pivot), "reset_index")
    wrong = pivot.reset_index()
    wrong.columns = [str(c) for c in wrong.columns]
    not_yet(checks.check_spring_by_month(wrong), "text")
    alphabetical = spring.pivot(index="month", columns="calendar_year", values="swb_apprehensions").reset_index()
    not_yet(checks.check_spring_by_month(alphabetical), "alphabetical")


def spring_chart(*, swapped=False, overlap=False, ticks=True, finished=False, zero=True, legend=None, labels=1):
    monthly = data.load_monthly()
    spring = monthly[monthly["month_number"].isin([3, 4, 5]) & monthly["calendar_year"].isin([2017, 2018])]
    by_month = spring.pivot(
        index=["month_number", "month"], columns="calendar_year", values="swb_apprehensions"
    ).reset_index()
    x = np.arange(len(by_month))
    fig, ax = plt.subplots()
    years = [2018, 2017] if swapped else [2017, 2018]
    shift = 0 if overlap else 0.2
    ax.bar(x - shift, by_month[years[0]], width=0.4, label=str(years[0]))
    ax.bar(x + shift, by_month[years[1]], width=0.4, label=str(years[1]))
    if ticks:
        ax.set_xticks(x, by_month["month"])
    if finished:
        for _ in range(labels):
            label_bars(ax)
        ax.set_ylim(0 if zero else 5000, by_month[2018].max() * 1.3)
        ax.legend(**(legend if legend is not None else {"loc": "upper left", "frameon": False, "ncols": 2}))
    return fig, ax


def test_spring_chart():
    fig, ax = spring_chart()
    assert checks.check_spring_chart(fig, ax).ok
    assert checks.check_spring_chart(fig).ok
    assert checks.check_spring_chart(spring_chart(finished=True)[0], finished=True).ok
    not_yet(checks.check_spring_chart(spring_chart(swapped=True)[0]), "2018 is drawn first")
    not_yet(checks.check_spring_chart(spring_chart(overlap=True)[0]), "overlap")
    not_yet(checks.check_spring_chart(spring_chart(ticks=False)[0]), "month names")
    not_yet(checks.check_spring_chart(spring_chart()[0], finished=True), "label_bars")
    not_yet(checks.check_spring_chart(spring_chart(finished=True, zero=False)[0], finished=True), "start at zero")


def test_spring_chart_month_names_need_their_positions():
    fig, ax = spring_chart(ticks=False)
    with pytest.raises(Exception, match="convert"):  # what a novice first writes: the names without positions
        ax.set_xticks(pd.Series(["March", "April", "May"]))
    not_yet(checks.check_spring_chart(fig), 'set_xticks(x, by_month["month"])')
    not_yet(checks.check_spring_chart(fig), "ConversionError")


def test_the_guard_says_what_to_write_after_a_conversion_error():
    from helpers import guard

    _, ax = plt.subplots()
    ax.bar([0, 1], [1, 2])
    with pytest.raises(Exception, match="convert") as raised:
        ax.set_xticks(["March", "April"])
    assert "ax.set_xticks(x, names)" in guard.explain(raised.value)


@pytest.mark.parametrize(
    "legend",
    [
        {"loc": "upper left", "frameon": False, "ncols": 2},
        {"loc": 2, "frameon": False, "ncol": 2},  # the older keyword, and loc as a number
        {"ncols": 2, "frameon": False, "loc": "upper left", "fontsize": 10},  # another order, one more keyword
    ],
)
def test_spring_chart_legend_ways(legend):
    assert checks.check_spring_chart(spring_chart(finished=True, legend=legend)[0], finished=True).ok


@pytest.mark.parametrize(
    "legend, expected",
    [
        ({}, 'loc="upper left"'),
        ({"loc": "upper left", "ncols": 2}, "frameon=False"),
        ({"loc": "upper left", "frameon": False}, "ncols=2"),
        ({"loc": "upper right", "frameon": False, "ncols": 2}, "upper left"),
    ],
)
def test_spring_chart_legend_hints(legend, expected):
    not_yet(checks.check_spring_chart(spring_chart(finished=True, legend=legend)[0], finished=True), expected)


def test_spring_chart_labels_once():
    fig, ax = spring_chart(finished=True, labels=3)  # the cell run three times: label_bars replaces its labels
    assert len(ax.texts) == 6
    assert checks.check_spring_chart(fig, finished=True).ok
    fig, ax = spring_chart(finished=True)
    ax.bar_label(ax.containers[0])  # labels written again by hand
    not_yet(checks.check_spring_chart(fig, finished=True), "more than once")


# --------------------------------------------------------------------------- saving with save_chart


def guard_files(name="guard-troops-by-state", data=None, alt=None):
    from helpers.charts import save_chart

    fig, ax = plt.subplots()
    ax.barh(ranked()["state"], ranked()["troops"])
    files = save_chart(fig, name, ranked() if data is None else data, alt or "Bar chart: the Guard by state.")
    plt.close(fig)
    return files


def ranked():
    return guard().sort_values("troops")


def test_chart_files_pass(output):
    alt = "Bar chart: the Guard by state."
    files = guard_files()
    assert checks.check_chart_files(files, "guard-troops-by-state", ranked(), alt).ok
    assert checks.check_chart_files(guard_files(), "guard-troops-by-state", ranked().reset_index(drop=True), alt).ok
    indexed = ranked().set_index("state")  # a named index is saved as a column
    assert checks.check_chart_files(guard_files(data=indexed), "guard-troops-by-state", indexed, alt).ok


def test_chart_files_hints(output):
    alt = "Bar chart: the Guard by state."
    not_yet(
        checks.check_chart_files(guard_files(name="guard"), "guard-troops-by-state", ranked(), alt),
        "figure, then the name",
    )
    not_yet(
        checks.check_chart_files(guard_files(data=guard()), "guard-troops-by-state", ranked(), alt), "third argument"
    )
    not_yet(
        checks.check_chart_files(guard_files(data=guard()[["state"]]), "guard-troops-by-state", ranked(), alt),
        "holds other data",
    )
    not_yet(
        checks.check_chart_files(guard_files(alt="The title only"), "guard-troops-by-state", ranked(), alt),
        "fourth argument",
    )
    files = guard_files()
    not_yet(checks.check_chart_files(files.png, "guard-troops-by-state", ranked(), alt), "one path")
    not_yet(
        checks.check_chart_files(42, "guard-troops-by-state", ranked(), alt), "should be what `save_chart(...)` returns"
    )
    assert "Replace the `...`" in checks.check_chart_files(..., "guard-troops-by-state", ranked(), alt).message
    files.svg.unlink()
    not_yet(checks.check_chart_files(files, "guard-troops-by-state", ranked(), alt), "no file at")


# --------------------------------------------------------------------------- the long series' alt text


def series_alt(table="wide", **labels):
    from helpers.charts import describe

    years = data.load_apprehensions().dropna(subset=["southwest_border"])
    wide = years.pivot(index="fiscal_year", columns="measure", values="southwest_border").reset_index()
    title = "Border arrests fell to their lowest since FY1971 in FY2017, then rose"
    if table == "wide":
        return describe("line", wide, "fiscal_year", ["apprehensions", "encounters"], title=title, **labels)
    if table == "wide, other order":
        return describe("line", wide, "fiscal_year", ["encounters", "apprehensions"], title=title, **labels)
    if table == "years":
        return describe("line", years, "fiscal_year", "southwest_border", title=title, **labels)
    arrests = years[years["measure"] == "apprehensions"]
    return describe("line", arrests, "fiscal_year", "southwest_border", title=title, **labels)


LABELS = {"x_label": "fiscal year", "y_label": "southwest border arrests"}


@pytest.mark.parametrize(
    "text",
    [
        series_alt(**LABELS),
        series_alt("wide, other order", x_label="Fiscal year", y_label="Border Patrol apprehensions"),
        "Line chart of southwest border apprehensions by fiscal year, FY1960-FY2024. The highest is 1,643,679 in "
        "FY2000. Encounters, which include Title 42 expulsions, are drawn apart for FY2020-FY2023; the highest "
        "encounters figure is 2,206,436 in FY2022.",
    ],
)
def test_series_alt_passes(text):
    assert checks.check_series_alt(text).ok, checks.check_series_alt(text).message


@pytest.mark.parametrize(
    "text, expected",
    [
        (series_alt("years"), "column name"),  # what the novice wrote: no labels, one column
        (series_alt(), "column name"),
        (series_alt("years", **LABELS), "calls an encounters year the highest"),
        (series_alt(x_label="fiscal year"), 'shows "values"'),
        (series_alt("arrests", **LABELS), "does not mention them"),
        (
            "Line chart: border figures by fiscal year, highest in FY2000, with encounters drawn apart.",
            "what is counted",
        ),
        (42, "should be the alt text"),
    ],
)
def test_series_alt_hints(text, expected):
    not_yet(checks.check_series_alt(text), expected)


def test_panel_table_and_order():
    raw = data.load_sectors()
    sectors = raw.set_index("fiscal_year").drop(columns="southwest_border_total")
    for valid in (
        sectors,
        raw.drop(columns=["southwest_border_total"]).set_index("fiscal_year"),
        raw.set_index("fiscal_year")[[c for c in raw.columns if c not in ("fiscal_year", "southwest_border_total")]][
            ::-1
        ],
    ):
        assert checks.check_panel_table(valid).ok
    not_yet(checks.check_panel_table(raw.set_index("fiscal_year")), "southwest_border_total")
    not_yet(checks.check_panel_table(raw.drop(columns="southwest_border_total")), "set_index")
    not_yet(checks.check_panel_table(sectors.reset_index(drop=True)), "numbered 0, 1, 2")
    order = sectors.loc[2018].sort_values(ascending=False).index
    for valid in (order, list(order), sectors.loc[2018].nlargest(9).index.tolist()):
        assert checks.check_panel_order(valid).ok
    not_yet(checks.check_panel_order(sectors.loc[2018].sort_values().index), "quietest first")
    not_yet(checks.check_panel_order(list(sectors.loc[2018].sort_values(ascending=False))), "numbers")
    not_yet(checks.check_panel_order(sectors.sum().sort_values(ascending=False).index), "all years")


def panels(*, order=True, sharey=True, titles=True, words=False):
    from helpers.charts import headline, source_line

    sectors = data.load_sectors().set_index("fiscal_year").drop(columns="southwest_border_total")
    names = sectors.loc[2018].sort_values(ascending=order is False).index
    fig, axes = plt.subplots(3, 3, sharex=True, sharey=sharey)
    for ax, sector in zip(axes.flat, names):
        ax.fill_between(sectors.index, sectors[sector])
        if titles:
            ax.set_title(sector.replace("_", " ").title())
    if words:
        headline(fig, "Arrests moved to south Texas", "By sector")
        source_line(fig, "US Customs and Border Protection")
    return fig


def test_small_multiples():
    assert checks.check_small_multiples(panels()).ok
    assert checks.check_small_multiples(panels(words=True), finished=True).ok
    fig = panels()
    for ax in fig.axes:
        ax.set_title(ax.get_title().upper())  # the same titles in capitals
    assert checks.check_small_multiples(fig).ok
    not_yet(checks.check_small_multiples(panels(order=False)), "not in `order`")
    not_yet(checks.check_small_multiples(panels(sharey=False)), "different scales")
    not_yet(checks.check_small_multiples(panels(titles=False)), "no titles")
    not_yet(checks.check_small_multiples(panels(), finished=True), "No headline")


def test_a_whole_row_for_top_gets_a_hint_not_an_error():
    from helpers.troops import guard_table

    ranked = guard_table().sort_values("troops")
    top = ranked.iloc[-1]
    share = top["troops"] / ranked["troops"].sum()
    said = checks.check_guard_headline(top, share, "Texas has 52% of the troops, according to the article")
    assert not said.ok and 'ranked.iloc[-1]["state"]' in said.message, said.message
