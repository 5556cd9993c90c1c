"""The self-checks of notebook 06 accept the right answers and recognise the common wrong ones."""

import numpy as np
import pandas as pd
import pytest

from helpers import checks, data
from helpers.checks import explore
from helpers.checks.sectors import TEXAS_ONLY
from helpers.troops import guard_table

SECTORS = data.load_sectors().set_index("fiscal_year")
YEARLY = data.load_apprehensions().set_index("fiscal_year")
TEXAS = SECTORS[list(TEXAS_ONLY)].sum(axis=1)  # lesson 04's four sectors wholly in Texas
ARIZONA = SECTORS[["tucson", "yuma"]].sum(axis=1)
FIRST_AHEAD = int((TEXAS > ARIZONA).loc[2000:].idxmax())

SWB_2018 = int(YEARLY.at[2018, "southwest_border"])
CLAIM = explore.article_crossings()
GAP = (SWB_2018 - CLAIM) / SWB_2018 * 100

GUARD = dict(zip(guard_table()["state"], guard_table()["troops"]))
_CHOSEN = data.load_border_length().query("chosen and row_type == 'state'")
LENGTHS = dict(zip(_CHOSEN["state"], _CHOSEN["length_miles"].astype(int)))
RATE = GUARD["Arizona"] / LENGTHS["Arizona"] * 100
CALIFORNIA = RATE * LENGTHS["California"] / 100


def test_every_check_is_exported_by_the_package():
    for name in explore.__all__:
        reached = getattr(checks, name)
        assert getattr(reached, "__wrapped__", reached) is getattr(explore, name)  # the package guards every check


def test_the_reference_answers_come_from_the_data():
    assert FIRST_AHEAD == 2012
    assert CLAIM == 300_000, "the article's figure is read from its ledger"
    assert round(GAP, 1) == 24.4
    assert round(CALIFORNIA) == 219


@pytest.mark.parametrize("answer", [FIRST_AHEAD, np.int64(FIRST_AHEAD), float(FIRST_AHEAD)])
def test_texas_ahead_again_accepts_the_year(answer):
    feedback = checks.check_texas_ahead_again(answer)
    assert feedback.ok, feedback
    assert f"FY{FIRST_AHEAD}" in feedback.message


@pytest.mark.parametrize(
    "answer, expected",
    [
        (..., "Replace the `...`"),
        (None, "Replace the `...`"),
        (TEXAS > ARIZONA, "True/False column"),
        (pd.DataFrame({"a": [1]}), "whole column or table"),
        (int(TEXAS[FIRST_AHEAD]), "number of apprehensions"),
        (FIRST_AHEAD - 1, "still ahead"),
        (int((SECTORS["rio_grande_valley"] > SECTORS["tucson"]).loc[2000:].idxmax()), "Rio Grande Valley"),
        (1999, "starts in FY2000"),
        (2000, "the Arizona sectors were ahead"),
        (2019, "last year of the table"),
        (True, "yes/no value"),
        ("Texas", "That is text"),
        (str(FIRST_AHEAD), "Store the year as a number"),
        (f"FY{FIRST_AHEAD}", "Store the year as a number"),
        (f"FY{FIRST_AHEAD + 1}", "Store the year as a number"),
        (2015, "Add up each state's sectors"),
    ],
    ids=[
        "unanswered",
        "none",
        "series",
        "frame",
        "count",
        "year-before",
        "sectors-not-states",
        "too-early",
        "start-year",
        "last-year",
        "bool",
        "text",
        "year-as-text",
        "fy-as-text",
        "wrong-fy-as-text",
        "other",
    ],
)
def test_texas_ahead_again_hints(answer, expected):
    feedback = checks.check_texas_ahead_again(answer)
    assert not feedback.ok
    assert expected in feedback.message, feedback.message


@pytest.mark.parametrize(
    "answer",
    [
        round(GAP, 1),
        np.float64(round(GAP, 1)),
        round((1 - CLAIM / SWB_2018) * 100, 1),
        round(100 - CLAIM / SWB_2018 * 100, 1),
    ],
)
def test_gap_percent_accepts_the_rounded_positive_percentage(answer):
    feedback = checks.check_gap_percent(answer)
    assert feedback.ok, feedback
    assert f"{SWB_2018:,}" in feedback.message


NATIONWIDE_2018 = int(YEARLY.at[2018, "nationwide"])
SWB_2017 = int(YEARLY.at[2017, "southwest_border"])
_MONTHLY = data.load_monthly()
JAN_SEP = int(
    _MONTHLY[(_MONTHLY["calendar_year"] == 2018) & (_MONTHLY["month_number"] <= 9)]["swb_apprehensions"].sum()
)


@pytest.mark.parametrize(
    "answer, expected",
    [
        (..., "Replace the `...`"),
        (YEARLY["southwest_border"], "whole column or table"),
        (round(GAP), "round to one decimal"),
        (GAP, "round to one decimal"),
        (round(GAP, 2), "round to one decimal"),
        (-round(GAP, 1), "positive"),
        (round((CLAIM - SWB_2018) / SWB_2018 * 100, 1), "Subtract the other way round"),
        (GAP / 100, "fraction"),
        (SWB_2018 - CLAIM, "difference in apprehensions"),
        (round((SWB_2018 - CLAIM) / CLAIM * 100, 1), "divided by the article's"),
        (round(CLAIM / SWB_2018 * 100, 1), "100 minus"),
        (round((NATIONWIDE_2018 - CLAIM) / NATIONWIDE_2018 * 100, 1), "nationwide"),
        (round((SWB_2017 - CLAIM) / SWB_2017 * 100, 1), "That uses FY2017"),
        ("a lot", "That is text"),
        (f"{round(GAP, 1)}%", "Drop the quotes and the % sign"),
        (str(round(GAP, 1)), "not a number"),
        (round((JAN_SEP - CLAIM) / CLAIM * 100, 1), "January-September 2018 reading"),
        (round((JAN_SEP - CLAIM) / JAN_SEP * 100, 1), "January-September 2018 reading"),
        (50.0, "subtract 300,000"),
    ],
    ids=[
        "unanswered",
        "column",
        "rounded-to-whole",
        "unrounded",
        "two-decimals",
        "negative",
        "subtracted-the-other-way",
        "fraction",
        "count",
        "wrong-base",
        "ratio",
        "nationwide",
        "fy2017",
        "text",
        "percent-as-text",
        "number-as-text",
        "jan-sep",
        "jan-sep-other-base",
        "other",
    ],
)
def test_gap_percent_hints(answer, expected):
    feedback = checks.check_gap_percent(answer)
    assert not feedback.ok
    assert expected in feedback.message, feedback.message


@pytest.mark.parametrize("answer", [round(CALIFORNIA), np.int64(round(CALIFORNIA)), float(round(CALIFORNIA))])
def test_california_troops_accepts_whole_troops(answer):
    feedback = checks.check_california_troops(answer)
    assert feedback.ok, feedback


@pytest.mark.parametrize(
    "answer, expected",
    [
        (..., "Replace the `...`"),
        (pd.Series([1, 2]), "whole column or table"),
        (CALIFORNIA, "troops come whole"),
        (round(RATE, 1), "Arizona's troops per 100 miles"),
        (GUARD["California"], "California's troops in the article"),
        (round(GUARD["Arizona"] / LENGTHS["California"] * LENGTHS["Arizona"]), "swapped"),
        (round(GUARD["Texas"] / LENGTHS["Texas"] * LENGTHS["California"]), "Texas's rate"),
        ("many", "That is text"),
        (str(round(CALIFORNIA)), f"write `{round(CALIFORNIA)}`"),
        (1000, "Not that"),
        (round(round(RATE, 1) * LENGTHS["California"] / 100), "per_100_miles"),
        (-(-CALIFORNIA // 1), f"nearest whole troop to that is {round(CALIFORNIA)}"),
        (pd.Series([round(CALIFORNIA)], index=[2]), ".iloc[0]"),
        (pd.DataFrame({"troops": [round(CALIFORNIA)]}), ".iloc[0]"),
    ],
    ids=[
        "unanswered",
        "series",
        "not-whole",
        "rate",
        "article",
        "swapped",
        "texas-rate",
        "text",
        "number-as-text",
        "other",
        "from-rounded-rate",
        "rounded-up",
        "one-row-series",
        "one-row-frame",
    ],
)
def test_california_troops_hints(answer, expected):
    feedback = checks.check_california_troops(answer)
    assert not feedback.ok
    assert expected in feedback.message, feedback.message


# --------------------------------------------------------------------------- your turn: a finding from the explorer


def test_explorer_finding_accepts_numbers_from_the_series():
    from helpers import explorer

    el_paso = explorer.series_values("El Paso sector")["count"]
    sentence = (
        f"El Paso sector made {el_paso[2019]:,} apprehensions in FY2019, "
        f"{el_paso[2019] / el_paso[2018]:.1f} times as many as in FY2018 ({el_paso[2018]:,})."
    )
    assert checks.check_explorer_finding(sentence).ok
    assert checks.check_explorer_finding(
        f"In FY2024 the southwest border had about {YEARLY.at[2024, 'southwest_border'] // 10_000 * 10_000:,} apprehensions."
    ).ok


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (..., "Write your finding"),
        ("Tucson sector made 52,000 apprehensions.", "Name the fiscal year"),
        ("In FY2018 Tucson sector made 152,172 apprehensions.", "can't find '152,172'"),
        ("In FY2018 Tucson sector was busy.", "no number yet"),
        (["a", "list"], "this is a list"),
    ],
    ids=["unanswered", "no-year", "wrong-number", "no-number", "not-text"],
)
def test_explorer_finding_hints(sentence, expected):
    feedback = checks.check_explorer_finding(sentence)
    assert not feedback.ok
    assert expected in feedback.message, feedback.message


# =========================================================================== the type-along cells' checks
# Each accepts several valid ways of writing the answer and names the usual mistakes.

from helpers import explorer  # noqa: E402
from helpers.checks.sectors import PARTLY_TEXAS  # noqa: E402

RAW_YEARLY = data.load_apprehensions()
RAW_SECTORS = data.load_sectors()


@pytest.mark.parametrize(
    "yearly, sectors",
    [
        (RAW_YEARLY.set_index("fiscal_year"), RAW_SECTORS.set_index("fiscal_year")),
        (
            RAW_YEARLY.set_index("fiscal_year")[["measure", "southwest_border", "nationwide"]],
            RAW_SECTORS.set_index("fiscal_year"),
        ),
        (
            RAW_YEARLY.set_index(RAW_YEARLY["fiscal_year"]),
            RAW_SECTORS.set_index("fiscal_year", drop=False),
        ),
    ],
    ids=["set_index", "columns-in-another-order", "index-from-a-column-kept-too"],
)
def test_explore_tables_accepts(yearly, sectors):
    feedback = checks.check_explore_tables(yearly, sectors)
    assert feedback.ok, feedback


@pytest.mark.parametrize(
    "yearly, sectors, expected",
    [
        (RAW_YEARLY, RAW_SECTORS.set_index("fiscal_year"), "still has `fiscal_year` as a column"),
        (RAW_YEARLY.set_index("fiscal_year"), RAW_SECTORS, "`sectors` still has `fiscal_year`"),
        (RAW_SECTORS.set_index("fiscal_year"), RAW_YEARLY.set_index("fiscal_year"), "holds the sectors table"),
        (..., ..., "Replace the `...`"),
    ],
    ids=["yearly-not-indexed", "sectors-not-indexed", "swapped", "unanswered"],
)
def test_explore_tables_hints(yearly, sectors, expected):
    feedback = checks.check_explore_tables(yearly, sectors)
    assert not feedback.ok
    assert expected in feedback.message, feedback.message


EL_PASO = SECTORS[list(PARTLY_TEXAS)].sum(axis=1)
CALIFORNIA_SECTORS = SECTORS[["san_diego", "el_centro"]].sum(axis=1)
SUMS = (TEXAS, EL_PASO, ARIZONA, CALIFORNIA_SECTORS)


@pytest.mark.parametrize(
    "sums",
    [
        SUMS,
        (
            SECTORS["big_bend"] + SECTORS["del_rio"] + SECTORS["laredo"] + SECTORS["rio_grande_valley"],
            SECTORS["el_paso"],
            SECTORS["tucson"] + SECTORS["yuma"],
            SECTORS["san_diego"] + SECTORS["el_centro"],
        ),
        tuple(s.astype(float).rename("total") for s in SUMS),
        tuple(s.to_frame() for s in SUMS),
    ],
    ids=["sum-axis-1", "column-by-column", "floats-with-a-name", "one-column-frames"],
)
def test_state_sums_accepts(sums):
    feedback = checks.check_state_sums(*sums)
    assert feedback.ok, feedback


@pytest.mark.parametrize(
    "sums, expected",
    [
        ((TEXAS + EL_PASO, EL_PASO, ARIZONA, CALIFORNIA_SECTORS), "includes El Paso sector"),
        ((SECTORS[list(TEXAS_ONLY)].sum(), EL_PASO, ARIZONA, CALIFORNIA_SECTORS), "`.sum(axis=1)`"),
        ((TEXAS, EL_PASO, SECTORS["tucson"], CALIFORNIA_SECTORS), "add Yuma sector too"),
        ((TEXAS, EL_PASO, ARIZONA, SECTORS["san_diego"]), "add El Centro sector too"),
        ((TEXAS, EL_PASO, ARIZONA, ...), "Replace the `...`"),
    ],
    ids=["texas-with-el-paso", "summed-down", "arizona-without-yuma", "california-without-el-centro", "unanswered"],
)
def test_state_sums_hints(sums, expected):
    feedback = checks.check_state_sums(*sums)
    assert not feedback.ok
    assert expected in feedback.message, feedback.message


GROUPS = pd.DataFrame(
    {"Texas (4 sectors)": TEXAS, "El Paso": EL_PASO, "Arizona": ARIZONA, "California": CALIFORNIA_SECTORS}
)


@pytest.mark.parametrize(
    "groups",
    [
        GROUPS,
        pd.concat([TEXAS, EL_PASO, ARIZONA, CALIFORNIA_SECTORS], axis=1, keys=list(GROUPS.columns)),
        GROUPS[["California", "Arizona", "El Paso", "Texas (4 sectors)"]].astype(float),
        GROUPS.assign(extra=1),
    ],
    ids=["dataframe-from-dict", "concat", "other-column-order-floats", "an-extra-column"],
)
def test_groups_accepts(groups):
    feedback = checks.check_groups(groups)
    assert feedback.ok, feedback


@pytest.mark.parametrize(
    "groups, expected",
    [
        (GROUPS.rename(columns={"Texas (4 sectors)": "Texas"}), "needs the column `Texas (4 sectors)`"),
        (GROUPS.T, "one row per group"),
        (GROUPS.reset_index(drop=True), "not labelled by fiscal year"),
        (GROUPS.loc[[1990, 2000, 2010]], "keeps 3 rows"),
        (..., "Replace the `...`"),
    ],
    ids=["column-name", "transposed", "years-lost", "only-shown-rows", "unanswered"],
)
def test_groups_hints(groups, expected):
    feedback = checks.check_groups(groups)
    assert not feedback.ok
    assert expected in feedback.message, feedback.message


TOTAL = SECTORS["southwest_border_total"]
SHARES = GROUPS.div(TOTAL, axis=0) * 100


@pytest.mark.parametrize(
    "shares",
    [
        SHARES,
        pd.DataFrame({c: GROUPS[c] / TOTAL * 100 for c in GROUPS.columns}),
        (GROUPS.div(TOTAL, axis=0) * 100).round(1),
        GROUPS.mul(100).div(TOTAL, axis="index")[["Arizona", "California", "El Paso", "Texas (4 sectors)"]],
    ],
    ids=["div-axis-0", "column-by-column", "rounded", "mul-first-other-order"],
)
def test_shares_accepts(shares):
    feedback = checks.check_shares(shares)
    assert feedback.ok, feedback


@pytest.mark.parametrize(
    "shares, expected",
    [
        (GROUPS.div(TOTAL, axis=0), "fractions"),
        (GROUPS / GROUPS.sum() * 100, "its own total over all the years"),
        (GROUPS.div(TOTAL) * 100, "Add `axis=0`"),
        (GROUPS, "counts of `groups`"),
        (SHARES.loc[[2000, 2010]], "keeps 2 rows"),
    ],
    ids=["fraction", "down-the-columns", "no-axis", "counts", "only-shown-rows"],
)
def test_shares_hints(shares, expected):
    feedback = checks.check_shares(shares)
    assert not feedback.ok
    assert expected in feedback.message, feedback.message


SWB = YEARLY.loc[2000:, ["southwest_border", "measure"]]
DURING = SWB[SWB["measure"] == "encounters"]
BEFORE = SWB.loc[: DURING.index.min() - 1]
AFTER = SWB.loc[DURING.index.max() + 1 :]
LOW = BEFORE["southwest_border"].idxmin()
LAST = AFTER.index.max()


@pytest.mark.parametrize(
    "swb, during",
    [
        (SWB, DURING),
        (YEARLY[YEARLY.index >= 2000][["measure", "southwest_border"]], SWB.query("measure == 'encounters'")),
        (YEARLY.loc[2000:], SWB.loc[SWB["measure"].isin(["encounters"])]),
    ],
    ids=["loc-and-mask", "mask-and-query", "all-columns-and-isin"],
)
def test_encounter_years_accepts(swb, during):
    feedback = checks.check_encounter_years(swb, during)
    assert feedback.ok, feedback


@pytest.mark.parametrize(
    "swb, during, expected",
    [
        (YEARLY[["southwest_border", "measure"]], DURING, "starts before FY2000"),
        (SWB, SWB[SWB["measure"] != "encounters"], "keeps the apprehensions"),
        (SWB, SWB.loc[2020:], "apprehensions again"),
        (SWB[["southwest_border"]], DURING, "needs the column `measure`"),
    ],
    ids=["all-years", "apprehensions", "to-the-end", "no-measure"],
)
def test_encounter_years_hints(swb, during, expected):
    feedback = checks.check_encounter_years(swb, during)
    assert not feedback.ok
    assert expected in feedback.message, feedback.message


@pytest.mark.parametrize(
    "before, after, low, last",
    [
        (BEFORE, AFTER, LOW, LAST),
        (SWB[SWB.index < DURING.index.min()], SWB[SWB.index > DURING.index.max()], int(LOW), float(LAST)),
        (SWB.loc[:2019], SWB.loc[2024:], BEFORE.index[BEFORE["southwest_border"].argmin()], AFTER.index[-1]),
    ],
    ids=["loc", "mask-and-types", "typed-years-argmin"],
)
def test_break_parts_accepts(before, after, low, last):
    feedback = checks.check_break_parts(before, after, low, last)
    assert feedback.ok, feedback


@pytest.mark.parametrize(
    "before, after, low, last, expected",
    [
        (SWB.loc[: DURING.index.min()], AFTER, LOW, LAST, "includes the first encounter year"),
        (BEFORE, SWB.loc[DURING.index.max() :], LOW, LAST, "includes the last encounter year"),
        (BEFORE, AFTER, BEFORE["southwest_border"].min(), LAST, "lowest *count*"),
        (BEFORE, AFTER, SWB["southwest_border"].idxmin(), LAST, "Look in `before` only")
        if SWB["southwest_border"].idxmin() != LOW
        else (BEFORE, AFTER, LOW - 1, LAST, "something else"),
        (BEFORE, AFTER, LOW, AFTER["southwest_border"].iloc[-1], "a count, not a year"),
    ],
    ids=["before-too-long", "after-too-early", "low-count", "low-of-all", "last-count"],
)
def test_break_parts_hints(before, after, low, last, expected):
    feedback = checks.check_break_parts(before, after, low, last)
    assert not feedback.ok
    assert expected in feedback.message, feedback.message


def _widgets():
    """The lesson's two widgets."""
    import ipywidgets as widgets

    first, last = explorer.year_span("Southwest border")
    menu = widgets.Dropdown(options=list(explorer.SERIES), value="Southwest border", description="Series")
    years = widgets.IntRangeSlider(value=(2000, last), min=first, max=last, continuous_update=False)
    return menu, years


def test_explorer_widgets_accept_the_lessons_and_other_writings():
    import ipywidgets as widgets

    series = list(explorer.SERIES)
    first, last = explorer.year_span("Southwest border")
    variants = [
        _widgets(),
        (  # tuple options, a description and a layout change nothing
            widgets.Dropdown(options=tuple(series), description="Series"),
            widgets.IntRangeSlider(value=[2000, last], min=first, max=last, continuous_update=False, step=1),
        ),
        (  # the values set after making the widgets
            widgets.Dropdown(options=series, index=0),
            widgets.IntRangeSlider(min=first, max=last, value=(2000, last), continuous_update=False),
        ),
    ]
    for menu, years in variants:
        feedback = checks.check_explorer_widgets(menu, years)
        assert feedback.ok, feedback


def test_explorer_widgets_hints():
    import ipywidgets as widgets

    series = list(explorer.SERIES)
    first, last = explorer.year_span("Southwest border")
    good_menu, good_years = _widgets()
    cases = [
        ((widgets.Select(options=series), good_years), "should be a menu"),
        ((widgets.Dropdown(options=sorted(series), value="Southwest border"), good_years), "explorer's series"),
        ((widgets.Dropdown(options=series, value="Nationwide"), good_years), 'start on "Southwest border"'),
        ((good_menu, widgets.IntSlider(value=2000, min=first, max=last)), "one handle"),
        (
            (good_menu, widgets.IntRangeSlider(value=(2000, last), min=2000, max=last, continuous_update=False)),
            f"from FY{first}",
        ),
        (
            (good_menu, widgets.IntRangeSlider(value=(first, last), min=first, max=last, continuous_update=False)),
            "should start on FY2000",
        ),
        ((good_menu, widgets.IntRangeSlider(value=(2000, last), min=first, max=last)), "continuous_update=False"),
        ((..., good_years), "Replace the `...`"),
    ]
    for (menu, years), expected in cases:
        feedback = checks.check_explorer_widgets(menu, years)
        assert not feedback.ok, expected
        assert expected in feedback.message, feedback.message


# The show(series, years) functions below stand for what a student writes in the notebook; `display` is the name
# the lesson gives (`from IPython.display import display`), which the check watches.
def display(*objects):  # replaced by the check while it calls show
    raise AssertionError("the check should watch display")


def show_lesson(series, years):
    display(explorer.explore_chart(series, years))
    display(explorer.readable(explorer.explore_table(series, years)))


def show_in_steps(series, years):
    table = explorer.explore_table(series, years)
    chart = explorer.explore_chart(series, years)
    display(chart)
    display(explorer.readable(table))
    return None


def show_in_one_call(name, span):
    display(explorer.explore_chart(name, span), explorer.readable(explorer.explore_table(name, span)))


def show_by_keyword(series, years):
    display(explorer.explore_chart(name=series, years=years))
    display(explorer.readable(table=explorer.explore_table(name=series, years=years)))


@pytest.mark.parametrize("show", [show_lesson, show_in_steps, show_in_one_call, show_by_keyword])
def test_show_accepts(show):
    feedback = checks.check_show(show)
    assert feedback.ok, feedback
    assert globals()["display"] is display, "the check puts `display` back"


def show_returns(series, years):
    return explorer.explore_chart(series, years), explorer.readable(explorer.explore_table(series, years))


def show_not_readable(series, years):
    display(explorer.explore_chart(series, years))
    display(explorer.explore_table(series, years))


def show_fixed(series, years):
    display(explorer.explore_chart("Southwest border", (2000, 2024)))
    display(explorer.readable(explorer.explore_table("Southwest border", (2000, 2024))))


def show_chart_only(series, years):
    display(explorer.explore_chart(series, years))


def show_one_argument(series):
    display(explorer.explore_chart(series, (2000, 2019)))


def show_table_first(series, years):
    display(explorer.readable(explorer.explore_table(series, years)))
    display(explorer.explore_chart(series, years))


@pytest.mark.parametrize(
    "show, expected",
    [
        (show_returns, "returned something but displayed nothing"),
        (show_not_readable, "thousands separators"),
        (show_fixed, "Pass the function's own `series` and `years` on"),
        (show_chart_only, "no table"),
        (show_one_argument, "It takes two values"),
        (show_table_first, "chart first"),
        ("show", "as a function"),
        (..., "Replace the `...`"),
    ],
    ids=["returns", "not-readable", "fixed-values", "chart-only", "one-argument", "table-first", "text", "unanswered"],
)
def test_show_hints(show, expected):
    feedback = checks.check_show(show)
    assert not feedback.ok
    assert expected in feedback.message, feedback.message


MONTHLY_2018 = _MONTHLY[_MONTHLY["calendar_year"] == 2018]


@pytest.mark.parametrize(
    "answer",
    [
        JAN_SEP,
        _MONTHLY.query("calendar_year == 2018 and month_number <= 9")["swb_apprehensions"].sum(),
        float(
            _MONTHLY.loc[
                (_MONTHLY["calendar_year"] == 2018) & (_MONTHLY["month_number"] < 10), "swb_apprehensions"
            ].sum()
        ),
        sum(MONTHLY_2018[MONTHLY_2018["month_number"].isin(range(1, 10))]["swb_apprehensions"]),
    ],
    ids=["mask", "query", "loc-float", "isin-builtin-sum"],
)
def test_jan_to_sep_accepts(answer):
    feedback = checks.check_jan_to_sep(answer)
    assert feedback.ok, feedback


@pytest.mark.parametrize(
    "answer, expected",
    [
        (MONTHLY_2018["swb_apprehensions"].sum(), "whole calendar year"),
        (MONTHLY_2018[MONTHLY_2018["month_number"] < 9]["swb_apprehensions"].sum(), "stops in August"),
        (_MONTHLY[_MONTHLY["month_number"] <= 9]["swb_apprehensions"].sum(), "every year"),
        (MONTHLY_2018[MONTHLY_2018["month_number"] <= 9]["swb_apprehensions"], "not one number"),
        (str(JAN_SEP), "is text"),
    ],
    ids=["whole-year", "to-august", "every-year", "column", "text"],
)
def test_jan_to_sep_hints(answer, expected):
    feedback = checks.check_jan_to_sep(answer)
    assert not feedback.ok
    assert expected in feedback.message, feedback.message


# --------------------------------------------------------------------------- Exercise 4 with subjects, and the break

EL_PASO = explorer.series_values("El Paso sector")["count"]
TEXAS_SERIES = explorer.series_values("Texas sectors")["count"]
SWB_SERIES = explorer.series_values("Southwest border")["count"]


@pytest.mark.parametrize(
    "sentence",
    [
        f"El Paso sector made {EL_PASO[2019]:,} apprehensions in FY2019, "
        f"{EL_PASO[2019] / EL_PASO[2018]:.1f} times as many as in FY2018 ({EL_PASO[2018]:,}).",
        f"The four Texas sectors made {TEXAS_SERIES[2019]:,} apprehensions in FY2019, "
        f"{TEXAS_SERIES[2019] / TEXAS_SERIES[2017]:.1f} times as many as in FY2017.",
        f"Southwest border apprehensions were {SWB_SERIES[2019]:,} in FY2019; in FY2021 encounters (Title 8 "
        f"apprehensions plus Title 42 expulsions, a different measure) reached {SWB_SERIES[2021]:,}.",
        f"Southwest border encounters rose from {SWB_SERIES[2020]:,} in FY2020 to {SWB_SERIES[2022]:,} in FY2022.",
        f"From FY2016-FY2019 El Paso sector's apprehensions rose by {(EL_PASO[2019] / EL_PASO[2016] - 1) * 100:.0f}%.",
    ],
    ids=["example", "texas-times", "across-the-break-said", "encounter-years", "year-range-and-percent"],
)
def test_explorer_finding_accepts_numbers_with_their_subjects(sentence):
    feedback = checks.check_explorer_finding(sentence)
    assert feedback.ok, feedback


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            f"Southwest border apprehensions rose from {SWB_SERIES[2019]:,} in FY2019 to {SWB_SERIES[2021]:,} in FY2021",
            "encounter years",
        ),
        (f"The Arizona sectors made {TEXAS_SERIES[2019]:,} apprehensions in FY2019.", "ties it to the Arizona sectors"),
        (
            f"El Paso sector made {EL_PASO[2019]:,} apprehensions in FY2019, "
            f"{EL_PASO[2019] / EL_PASO[2018] - 1:.1f} times as many as in FY2018.",
            "El Paso sector: FY2019's count divided by FY2018's",
        ),
        (f"There were {SWB_SERIES[2019]:,} apprehensions in FY2019.", "Name the series"),
        (
            f"Southwest border figures rose from {SWB_SERIES[2019]:,} in FY2019 to {SWB_SERIES[2021]:,} in FY2021.",
            "'encounter' or 'encounters'",
        ),
    ],
    ids=["encounters-called-apprehensions", "texas-figure-for-arizona", "wrong-ratio", "no-series", "break-unsaid"],
)
def test_explorer_finding_refuses_numbers_without_their_subject(sentence, expected):
    feedback = checks.check_explorer_finding(sentence)
    assert not feedback.ok
    assert expected in feedback.message, feedback.message
    assert "Del Rio" not in feedback.message or "Del Rio" in sentence


@pytest.mark.parametrize("answer", [round(CALIFORNIA), float(round(CALIFORNIA)), np.int64(round(CALIFORNIA))])
def test_california_troops_message_states_the_stored_number(answer):
    feedback = checks.check_california_troops(answer)
    assert feedback.ok and feedback.message.startswith(f"{int(answer)} troops"), feedback.message


# --------------------------------------------------------------------------- section 2's chart, section 3's wiring


def _break_chart(dashed=True, zero=True, after=True, source=True, xlim=None):
    import matplotlib.pyplot as plt

    from helpers.charts import source_line

    parts = explore.break_parts()
    fig, ax = plt.subplots()
    ax.plot(parts["before"].index, parts["before"]["southwest_border"])
    ax.plot(parts["during"].index, parts["during"]["southwest_border"], linestyle="--" if dashed else "-")
    if after:
        ax.scatter(parts["after"].index, parts["after"]["southwest_border"])
    if zero:
        ax.set_ylim(bottom=0)
    if source:
        source_line(fig, "CBP")
    if xlim:
        ax.set_xlim(*xlim)
    plt.close(fig)
    return fig


@pytest.mark.parametrize("xlim", [None, (1999, 2025), (1998.5, 2026)])
def test_break_chart_accepts_the_chart(xlim):
    assert checks.check_break_chart(_break_chart(xlim=xlim)).ok


@pytest.mark.parametrize(
    "options, expected",
    [
        ({"dashed": False}, "No line is dashed"),
        ({"zero": False}, "start at zero"),
        ({"after": False}, "is not drawn"),
        ({"source": False}, "source line"),
        ({"xlim": (2000, 2024)}, "on the edge"),
    ],
)
def test_break_chart_hints(options, expected):
    feedback = checks.check_break_chart(_break_chart(**options))
    assert not feedback.ok and expected in feedback.message, feedback.message


def _wired(fit_years, names="value", times=1):
    menu, years = _widgets()
    for run in range(times):
        if run:  # re-running the cell defines a new function of the same name
            fit_years = _fit_years_factory("lesson")[0]
        if names is None:
            menu.observe(fit_years)
        else:
            menu.observe(fit_years, names=names)
    return fit_years, menu, years


def _fit_years_factory(style):
    holder = {}

    def fit_years(change):
        years = holder["years"]
        new = change["new"] if style != "attribute" else change.new
        first, last = explorer.year_span(new)
        if style == "two-steps":
            years.max = max(years.max, last)
            years.min = min(years.min, first)
            years.min = first
            years.max = last
        else:
            years.min, years.max = min(years.min, first), max(years.max, last)
            years.min, years.max = first, last

    return fit_years, holder


@pytest.mark.parametrize("style", ["lesson", "attribute", "two-steps"])
def test_fit_years_accepts_ways_of_writing_it(style):
    fit_years, holder = _fit_years_factory(style)
    fit_years, menu, years = _wired(fit_years)
    holder["years"] = years
    before = (years.min, years.max, tuple(years.value))
    feedback = checks.check_fit_years(fit_years, menu, years)
    assert feedback.ok, feedback
    assert (years.min, years.max, tuple(years.value)) == before, "the check leaves the slider as it was"


def test_fit_years_hints():
    fit_years, holder = _fit_years_factory("lesson")
    for kwargs, expected in [
        ({"names": None}, 'names="value"'),
        ({"names": "value", "times": 2}, "2 times"),
        ({"names": "index"}, 'names="value"'),
    ]:
        fit, menu, years = _wired(fit_years, **kwargs)
        holder["years"] = years
        feedback = checks.check_fit_years(fit, menu, years)
        assert not feedback.ok and expected in feedback.message, (kwargs, feedback.message)
    menu, years = _widgets()
    holder["years"] = years
    assert "does not call" in checks.check_fit_years(fit_years, menu, years).message

    def fit_years(change):
        years.min, years.max = 1960, 2024

    menu.observe(fit_years, names="value")
    assert "it should run FY1925" in checks.check_fit_years(fit_years, menu, years).message


def test_explorer_view_checks_the_wiring():
    import ipywidgets as widgets

    menu, years = _widgets()
    view = widgets.interactive(lambda series, years: None, series=menu, years=years)
    assert checks.check_explorer_view(view, menu, years).ok
    other = widgets.interactive(lambda series, years: None, series=list(explorer.SERIES), years=(1960, 2024))
    assert "makes widgets of its own" in checks.check_explorer_view(other, menu, years).message
    assert "should be" in checks.check_explorer_view(menu, menu, years).message


# --------------------------------------------------------------------------- section 4: lowest since, readings

COUNTS = YEARLY["southwest_border"]


@pytest.mark.parametrize(
    "lower",
    [
        COUNTS[(COUNTS.index < 2011) & (COUNTS < COUNTS[2011])],
        COUNTS.loc[:2010][COUNTS.loc[:2010] < COUNTS[2011]],
        COUNTS[(COUNTS.index < 2011) & (COUNTS < COUNTS[2011])].sort_index(ascending=False).astype(float),
    ],
    ids=["mask", "loc-then-mask", "reversed-float"],
)
def test_lower_accepts(lower):
    assert checks.check_lower(lower).ok


@pytest.mark.parametrize(
    "lower, expected",
    [
        (COUNTS[COUNTS < COUNTS[2011]], "after FY2011"),
        (COUNTS[(COUNTS.index < 2011) & (COUNTS > COUNTS[2011])], "*higher*"),
        (COUNTS[(COUNTS.index < 2011) & (COUNTS < COUNTS[2011])].index.max(), "pandas Series"),
    ],
    ids=["later-years", "higher", "just-the-year"],
)
def test_lower_hints(lower, expected):
    feedback = checks.check_lower(lower)
    assert not feedback.ok and expected in feedback.message, feedback.message


def test_lowest_since():
    from helpers.story import lowest_since

    year = lowest_since(COUNTS, 2011)
    for answer in (year, np.int64(year), float(year)):
        assert checks.check_claim_since(answer).ok
    assert "claim's year" in checks.check_claim_since(1970).message
    assert not checks.check_claim_since(str(year)).ok
    lower = COUNTS[(COUNTS.index < 2011) & (COUNTS < COUNTS[2011])]
    assert checks.check_claim_since(year, lower).ok
    assert "after FY2011" in checks.check_claim_since(year, COUNTS[COUNTS < COUNTS[2011]]).message


def _readings():
    counts = [COUNTS[2018], explore.jan_to_sep(), COUNTS[2017]]
    labels = ["FY2018", "calendar 2018, Jan-Sep", "FY2017"]
    return counts, labels


@pytest.mark.parametrize("way", ["lesson", "sorted", "unrounded", "from-dict-of-rows"])
def test_readings_accepts(way):
    counts, labels = _readings()
    if way == "from-dict-of-rows":
        table = pd.DataFrame.from_dict(
            {label: [count] for label, count in zip(labels, counts)}, orient="index", columns=["southwest_border"]
        )
    else:
        table = pd.DataFrame({"southwest_border": counts}, index=labels)
    difference = (table["southwest_border"] / CLAIM - 1) * 100
    table["difference_%"] = difference if way == "unrounded" else difference.round(1)
    if way == "sorted":
        table = table.sort_values("difference_%")
    assert checks.check_year_readings(table).ok, checks.check_year_readings(table)


def test_readings_hints():
    counts, labels = _readings()
    no_index = pd.DataFrame({"southwest_border": counts})
    no_index["difference_%"] = ((no_index["southwest_border"] / CLAIM - 1) * 100).round(1)
    assert "as the index" in checks.check_year_readings(no_index).message
    fraction = pd.DataFrame({"southwest_border": counts}, index=labels)
    fraction["difference_%"] = fraction["southwest_border"] / CLAIM - 1
    assert "multiply by 100" in checks.check_year_readings(fraction).message
    missing = pd.DataFrame({"southwest_border": counts}, index=labels)
    assert "difference_%" in checks.check_year_readings(missing).message


# --------------------------------------------------------------------------- Exercise 4: ratios both ways, each number with its own series

ARIZONA_SERIES = explorer.series_values("Arizona sectors")["count"]


@pytest.mark.parametrize(
    "sentence",
    [
        f"The Arizona sectors made {ARIZONA_SERIES[2000]:,} apprehensions in FY2000, "
        f"{ARIZONA_SERIES[2000] / ARIZONA_SERIES[2019]:.1f} times as many as in FY2019 ({ARIZONA_SERIES[2019]:,}).",
        f"The Arizona sectors made {ARIZONA_SERIES[2019]:,} apprehensions in FY2019, "
        f"{ARIZONA_SERIES[2019] / ARIZONA_SERIES[2000]:.2f} times as many as in FY2000.",
        f"In FY2000 the Arizona sectors made {ARIZONA_SERIES[2000]:,} apprehensions, more than the Texas sectors' "
        f"{TEXAS_SERIES[2000]:,}.",
        f"In FY2000 the Texas sectors made {TEXAS_SERIES[2000]:,} apprehensions; the Arizona sectors made "
        f"{ARIZONA_SERIES[2000]:,}.",
        f"In FY2000 there were {ARIZONA_SERIES[2000]:,} apprehensions in the Arizona sectors.",
        f"The Arizona sectors made {ARIZONA_SERIES[2000]:,} apprehensions in FY2000 (arrests, not people who crossed).",
    ],
    ids=["times-down-the-years", "times-up-the-years", "owner", "two-clauses", "n-in-x", "people-negated"],
)
def test_explorer_finding_accepts_ratios_both_ways_and_each_series_figure(sentence):
    feedback = checks.check_explorer_finding(sentence)
    assert feedback.ok, feedback


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            f"The Texas sectors made {ARIZONA_SERIES[2000]:,} apprehensions in FY2000, more than the Arizona sectors.",
            "ties it to the Texas sectors",
        ),
        (f"In FY2000 there were {ARIZONA_SERIES[2000]:,} apprehensions in the Texas sectors.", "ties it to the Texas"),
        (
            f"In FY2000 the Arizona sectors made {TEXAS_SERIES[2000]:,} apprehensions, Texas {ARIZONA_SERIES[2000]:,}.",
            "ties it to the Arizona sectors",
        ),
        (f"{ARIZONA_SERIES[2000]:,} people crossed into Arizona in FY2000.", 'says "people"'),
        (f"In FY2000 there were {ARIZONA_SERIES[2000]:,} border crossings in the Arizona sectors.", "not crossings"),
        (
            f"The Arizona sectors made {ARIZONA_SERIES[2000]:,} apprehensions in FY2000, "
            f"{ARIZONA_SERIES[2000] / ARIZONA_SERIES[2019] + 1:.1f} times as many as in FY2019.",
            "can't find",
        ),
    ],
    ids=["texas-named-arizona-figure", "n-in-wrong-x", "swapped", "people-crossed", "crossings", "wrong-ratio"],
)
def test_explorer_finding_refuses_another_series_figure_and_people(sentence, expected):
    feedback = checks.check_explorer_finding(sentence)
    assert not feedback.ok
    assert expected in feedback.message, feedback.message
