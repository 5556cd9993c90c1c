"""Right and wrong answers for checks.explore (see tests/variants/__init__.py).

Every answer is built the way lesson 06 builds it, from the course's loaders; no expected number is typed in.
"""

import numpy as np
import pandas as pd

from helpers import data, explorer, paths
from helpers.article import extract_figures, load_article
from helpers.checks.sectors import PARTLY_TEXAS, TEXAS_ONLY
from helpers.story import ARTICLE_YEAR, lowest_since
from helpers.troops import guard_table
from tests.variants import Args, Valid, Wrong

YEARLY = data.load_apprehensions().set_index("fiscal_year")
SECTORS = data.load_sectors().set_index("fiscal_year")
MONTHLY = data.load_monthly()

# --------------------------------------------------------------------------- exercise 1: Texas ahead again

TEXAS = SECTORS[list(TEXAS_ONLY)].sum(axis=1)
ARIZONA = SECTORS[["tucson", "yuma"]].sum(axis=1)
AHEAD = (TEXAS > ARIZONA).loc[2000:]


def _first_ahead_by_loop():
    for year in SECTORS.loc[2000:].index:
        if TEXAS[year] > ARIZONA[year]:
            return year
    return None


def _first_ahead_by_query():
    both = pd.DataFrame({"texas": TEXAS, "arizona": ARIZONA})
    return both.query("texas > arizona and index >= 2000").index.min()


# --------------------------------------------------------------------------- exercise 2: 300,000 against the data

LEDGER = extract_figures(load_article().text)
CLAIMED = LEDGER.loc[LEDGER["sentence"].str.contains("crossed this year"), "value"].iloc[0]
OFFICIAL = YEARLY.loc[ARTICLE_YEAR, "southwest_border"]
JAN_SEP_2018 = MONTHLY.query("calendar_year == @ARTICLE_YEAR and month_number <= 9")["swb_apprehensions"].sum()

# --------------------------------------------------------------------------- exercise 3: troops for California

GUARD = guard_table()
TROOP_TABLE = explorer.troop_table(dict(zip(GUARD["state"], GUARD["troops"]))).set_index("state")


def _california(arizona_troops, arizona_miles, california_miles):
    return arizona_troops / arizona_miles * california_miles


def _troops(state):
    return TROOP_TABLE.loc[state, "troops"]


def _miles(state):
    return TROOP_TABLE.loc[state, "border_miles"]


# --------------------------------------------------------------------------- Exercise 4: a finding

EL_PASO_SERIES = explorer.series_values("El Paso sector")["count"]
TEXAS_SERIES = explorer.series_values("Texas sectors")["count"]
ARIZONA_SERIES = explorer.series_values("Arizona sectors")["count"]
SWB_SERIES = explorer.series_values("Southwest border")["count"]

# --------------------------------------------------------------------------- section 1: the tables and the groups

RAW_YEARLY = data.load_apprehensions()
RAW_SECTORS = data.load_sectors()
EL_PASO = SECTORS[list(PARTLY_TEXAS)].sum(axis=1)
CALIFORNIA = SECTORS[["san_diego", "el_centro"]].sum(axis=1)
SUMS = (TEXAS, EL_PASO, ARIZONA, CALIFORNIA)
GROUP_NAMES = ["Texas (4 sectors)", "El Paso", "Arizona", "California"]
GROUPS = pd.DataFrame(dict(zip(GROUP_NAMES, SUMS)))
TOTAL = SECTORS["southwest_border_total"]
SHARES = GROUPS.div(TOTAL, axis=0) * 100

# --------------------------------------------------------------------------- section 2: the break

SWB = YEARLY.loc[2000:, ["southwest_border", "measure"]]
DURING = SWB[SWB["measure"] == "encounters"]
BEFORE = SWB.loc[: DURING.index.min() - 1]
AFTER = SWB.loc[DURING.index.max() + 1 :]
LOW = BEFORE["southwest_border"].idxmin()
LAST = AFTER.index.max()


def _break_chart(*, after="dots", dashed=True, zero=True, source=True, xlim="room", style=False):
    import matplotlib.pyplot as plt

    from helpers.charts import PALETTE, house_style, source_line

    def draw():
        fig, ax = plt.subplots(figsize=(8, 4.8))
        ax.plot(BEFORE.index, BEFORE["southwest_border"], color=PALETTE["base"])
        ax.plot(DURING.index, DURING["southwest_border"], linestyle="--" if dashed else "-")
        if after == "dots":
            ax.plot(AFTER.index, AFTER["southwest_border"], "o")
        elif after == "scatter":
            ax.scatter(AFTER.index, AFTER["southwest_border"])
        elif after == "marker":
            ax.plot(AFTER.index, AFTER["southwest_border"], marker="o", linestyle="none")
        if xlim == "room":
            ax.set_xlim(SWB.index.min() - 1, LAST + 1)
        elif xlim == "tight":
            ax.set_xlim(SWB.index.min(), LAST)
        if zero:
            ax.set_ylim(bottom=0)
        if source:
            source_line(fig, "US Customs and Border Protection (CBP) statistics tables")
        plt.close(fig)
        return fig

    if style:
        with house_style():
            return draw()
    return draw()


# --------------------------------------------------------------------------- section 3: the widgets and show


def _widgets():
    import ipywidgets as widgets

    first, last = explorer.year_span("Southwest border")
    menu = widgets.Dropdown(options=list(explorer.SERIES), value="Southwest border", description="Series")
    years = widgets.IntRangeSlider(value=(2000, last), min=first, max=last, continuous_update=False)
    return menu, years


def _widgets_made_otherwise():
    import ipywidgets as widgets

    first, last = explorer.year_span("Southwest border")
    menu = widgets.Dropdown(options=tuple(explorer.SERIES), description="Series")
    years = widgets.IntRangeSlider(min=first, max=last, step=1, continuous_update=False)
    years.value = [2000, last]
    return menu, years


def _widgets_from_the_data():
    import ipywidgets as widgets

    counts = YEARLY["southwest_border"].dropna()
    first, last = int(counts.index.min()), int(counts.index.max())
    menu = widgets.Dropdown(options=[name for name in explorer.SERIES], index=0)  # noqa: C416  (a student's way of writing it)
    years = widgets.IntRangeSlider(value=(2000, last), min=first, max=last, continuous_update=False)
    return menu, years


def _slider(**options):
    import ipywidgets as widgets

    first, last = explorer.year_span("Southwest border")
    settings = {"value": (2000, last), "min": first, "max": last, "continuous_update": False} | options
    return widgets.IntRangeSlider(**settings)


# show(series, years) as a student writes it; `display` is what the check watches (the lesson imports it).
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


def show_in_one_call(name, span):
    display(explorer.explore_chart(name, span), explorer.readable(explorer.explore_table(name, span)))


def show_by_keyword(series, years):
    display(explorer.explore_chart(name=series, years=years))
    display(explorer.readable(table=explorer.explore_table(name=series, years=years)))


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


def _fit_years(style="lesson", *, names="value", times=1, observe=True):
    """menu, years and fit_years wired as the cell does (``times``: how often the cell ran)."""
    menu, years = _widgets()

    def make():
        def fit_years(change):
            new = change.new if style == "attribute" else change["new"]
            first, last = explorer.year_span(new)
            if style == "two-steps":
                years.max = max(years.max, last)
                years.min = min(years.min, first)
                years.min = first
                years.max = last
            elif style == "fixed":
                years.min, years.max = 1960, 2024
            else:
                years.min, years.max = min(years.min, first), max(years.max, last)
                years.min, years.max = first, last

        return fit_years

    fit_years = make()
    for _ in range(times if observe else 0):
        fit_years = make()  # each run of the cell defines a new function of that name
        if names is None:
            menu.observe(fit_years)
        else:
            menu.observe(fit_years, names=names)
    return Args(fit_years, menu, years)


def _view(kind="lesson"):
    import ipywidgets as widgets

    menu, years = _widgets()
    if kind == "lesson":
        view = widgets.interactive(show_lesson, series=menu, years=years)
    elif kind == "keywords-reversed":
        view = widgets.interactive(show_in_steps, years=years, series=menu)
    elif kind == "from-import":
        from ipywidgets import interactive

        view = interactive(lambda series, years: None, **{"series": menu, "years": years})  # noqa: PIE804  (a student's way of writing it)
    elif kind == "own-widgets":
        view = widgets.interactive(show_lesson, series=list(explorer.SERIES), years=(1960, 2024))
    elif kind == "menu-only":
        view = widgets.interactive(show_lesson, series=menu, years=(2000, 2024))
    elif kind == "interact":
        view = widgets.interact(show_lesson, series=menu, years=years)
    else:
        view = menu
    return Args(view, menu, years)


# --------------------------------------------------------------------------- section 4: lowest since, readings

COUNTS = YEARLY["southwest_border"]
SINCE_YEAR = 2011
LOWER = COUNTS[(COUNTS.index < SINCE_YEAR) & (COUNTS < COUNTS[SINCE_YEAR])]
MONTHLY_2018 = MONTHLY[MONTHLY["calendar_year"] == ARTICLE_YEAR]
READING_LABELS = ["FY2018", "calendar 2018, Jan-Sep", "FY2017"]


def _readings(way="lesson"):
    counts = [COUNTS[ARTICLE_YEAR], JAN_SEP_2018, COUNTS[ARTICLE_YEAR - 1]]
    if way == "rows":
        table = pd.DataFrame.from_dict(
            {label: [count] for label, count in zip(READING_LABELS, counts)},
            orient="index",
            columns=["southwest_border"],
        )
    elif way == "fy2019":
        counts[2] = COUNTS[ARTICLE_YEAR + 1]
        table = pd.DataFrame({"southwest_border": counts}, index=READING_LABELS)
    elif way == "no-index":
        table = pd.DataFrame({"southwest_border": counts})
    else:
        table = pd.DataFrame({"southwest_border": counts}, index=READING_LABELS)
    difference = (table["southwest_border"] / CLAIMED - 1) * 100
    if way == "fraction":
        difference = table["southwest_border"] / CLAIMED - 1
    if way == "wrong-base":
        difference = (1 - CLAIMED / table["southwest_border"]) * 100
    table["difference_%"] = difference if way in ("unrounded", "fraction") else difference.round(1)
    if way == "sorted":
        table = table.sort_values("difference_%")
    if way == "no-difference":
        table = table.drop(columns="difference_%")
    return table


VARIANTS: dict[str, list] = {
    # ----------------------------------------------------------------------- the exercises
    "check_texas_ahead_again": [
        Valid("idxmax", lambda: AHEAD.idxmax()),
        Valid("loop", _first_ahead_by_loop),
        Valid("mask-then-first-label", lambda: AHEAD[AHEAD].index[0]),
        Valid("query-on-a-table", _first_ahead_by_query),
        Valid("float", lambda: float(AHEAD.idxmax())),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("count-not-year", lambda: TEXAS[AHEAD.idxmax()], "Store the *year*"),
        Wrong("year-before", lambda: AHEAD.idxmax() - 1, "Look for the first year the Texas sectors had *more*"),
        Wrong("no-loc-2000", lambda: (TEXAS > ARIZONA).idxmax(), "select `.loc[2000:]`"),
        Wrong(
            "compared-the-other-way", lambda: (ARIZONA > TEXAS).loc[2000:].idxmax(), "`.idxmax()` on `texas > arizona`"
        ),
        Wrong("the-true-false-column", lambda: AHEAD, "`.idxmax()` on the True/False column"),
        Wrong("typed-fy-text", lambda: f"FY{AHEAD.idxmax()}", "Store the year as a number"),
        Wrong(
            "sectors-not-states",
            lambda: (SECTORS["rio_grande_valley"] > SECTORS["tucson"]).loc[2000:].idxmax(),
            "Compare the state groups",
        ),
    ],
    "check_gap_percent": [
        Valid("lesson", lambda: round((OFFICIAL - CLAIMED) / OFFICIAL * 100, 1)),
        Valid("one-minus-ratio", lambda: round((1 - CLAIMED / OFFICIAL) * 100, 1)),
        Valid("hundred-minus-share", lambda: round(100 - CLAIMED / OFFICIAL * 100, 1)),
        Valid("numpy-from-loc", lambda: np.round((YEARLY.at[2018, "southwest_border"] - CLAIMED) / OFFICIAL * 100, 1)),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("fraction", lambda: round((OFFICIAL - CLAIMED) / OFFICIAL, 3), "Multiply by 100"),
        Wrong("not-rounded", lambda: (OFFICIAL - CLAIMED) / OFFICIAL * 100, "round(..., 1)"),
        Wrong("negative", lambda: round((CLAIMED - OFFICIAL) / OFFICIAL * 100, 1), "Subtract the other way round"),
        Wrong("divided-by-the-claim", lambda: round((OFFICIAL - CLAIMED) / CLAIMED * 100, 1), "divide by FY2018's"),
        Wrong(
            "fy2017",
            lambda: round((COUNTS[2017] - CLAIMED) / COUNTS[2017] * 100, 1),
            '"This year" in an article of October 2018 is FY2018',
        ),
        Wrong(
            "nationwide",
            lambda: round((YEARLY.at[2018, "nationwide"] - CLAIMED) / YEARLY.at[2018, "nationwide"] * 100, 1),
            "use `southwest_border`",
        ),
        Wrong(
            "jan-sep",
            lambda: round((JAN_SEP_2018 - CLAIMED) / JAN_SEP_2018 * 100, 1),
            "This exercise takes the fiscal year",
        ),
        Wrong("percent-text", lambda: f"{round((OFFICIAL - CLAIMED) / OFFICIAL * 100, 1)}%", "Drop the quotes"),
        Wrong("the-column", lambda: YEARLY["southwest_border"], '`.loc[2018, "southwest_border"]`'),
    ],
    "check_california_troops": [
        Valid(
            "lesson",
            lambda: round(_california(_troops("Arizona"), _miles("Arizona"), _miles("California"))),
        ),
        Valid(
            "rate-per-100-miles-then-back",
            lambda: round(_troops("Arizona") / _miles("Arizona") * 100 * _miles("California") / 100),
        ),
        Valid(
            "numpy-round-from-dicts",
            lambda: np.round(
                dict(zip(GUARD["state"], GUARD["troops"]))["Arizona"]
                * data.chosen_border_lengths()["California"]
                / data.chosen_border_lengths()["Arizona"]
            ),
        ),
        Valid(
            "int-of-round-with-loc",
            lambda: int(  # noqa: RUF046  (a student's way of writing it)
                round(
                    TROOP_TABLE.loc["Arizona", "troops"]
                    * TROOP_TABLE.loc["California", "border_miles"]
                    / TROOP_TABLE.loc["Arizona", "border_miles"]
                )
            ),
        ),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong(
            "not-rounded",
            lambda: _california(_troops("Arizona"), _miles("Arizona"), _miles("California")),
            "round to a whole number",
        ),
        Wrong(
            "from-the-rounded-column",
            lambda: round(TROOP_TABLE.loc["Arizona", "per_100_miles"] * _miles("California") / 100),
            "round once, at the end",
        ),
        Wrong("the-articles-figure", lambda: _troops("California"), "how many it would need for Arizona's rate"),
        Wrong(
            "lengths-swapped",
            lambda: round(_california(_troops("Arizona"), _miles("California"), _miles("Arizona"))),
            "You swapped the two lengths",
        ),
        Wrong(
            "texas-rate",
            lambda: round(_california(_troops("Texas"), _miles("Texas"), _miles("California"))),
            "Use Arizona's troops and Arizona's miles",
        ),
        Wrong(
            "one-row-series",
            lambda: TROOP_TABLE.reset_index().query("state == 'Arizona'")["troops"].round(),
            ".iloc[0]",
        ),
    ],
    "check_explorer_finding": [
        Valid(
            "lesson-example",
            lambda: (
                f"El Paso sector made {EL_PASO_SERIES[2019]:,} apprehensions in FY2019, "
                f"{EL_PASO_SERIES[2019] / EL_PASO_SERIES[2018]:.1f} times as many as in FY2018 ({EL_PASO_SERIES[2018]:,})."
            ),
        ),
        Valid(
            "texas-times",
            lambda: (
                f"The four Texas sectors made {TEXAS_SERIES[2019]:,} apprehensions in FY2019, "
                f"{TEXAS_SERIES[2019] / TEXAS_SERIES[2017]:.1f} times as many as in FY2017."
            ),
        ),
        Valid(
            "encounters-said",
            lambda: (
                f"Southwest border encounters rose from {SWB_SERIES[2020]:,} in FY2020 to {SWB_SERIES[2022]:,} "
                "in FY2022."
            ),
        ),
        Valid(
            "year-range-and-percent",
            lambda: (
                f"From FY2016-FY2019 El Paso sector's apprehensions rose by "
                f"{(EL_PASO_SERIES[2019] / EL_PASO_SERIES[2016] - 1) * 100:.0f}%."
            ),
        ),
        Valid(
            "n-in-x-rounded",
            lambda: (
                f"In FY2024 there were about {SWB_SERIES[2024] // 10_000 * 10_000:,} apprehensions at the "
                "southwest border."
            ),
        ),
        Wrong("unanswered", lambda: ..., "Write your finding"),
        Wrong("no-year", lambda: f"Tucson sector made {ARIZONA_SERIES[2000]:,} apprehensions.", "Name the fiscal year"),
        Wrong(
            "encounters-called-apprehensions",
            lambda: (
                f"Southwest border apprehensions rose from {SWB_SERIES[2019]:,} in FY2019 to {SWB_SERIES[2021]:,} "
                "in FY2021"
            ),
            "Call it encounters",
        ),
        Wrong(
            "another-series-figure",
            lambda: f"The Arizona sectors made {TEXAS_SERIES[2019]:,} apprehensions in FY2019.",
            "give each series its own figure",
        ),
        Wrong(
            "people-crossed",
            lambda: f"{ARIZONA_SERIES[2000]:,} people crossed into Arizona in FY2000.",
            'Say what was counted: "N apprehensions"',
        ),
        Wrong(
            "no-series",
            lambda: f"There were {SWB_SERIES[2019]:,} apprehensions in FY2019.",
            "Name the series your numbers belong to",
        ),
        Wrong(
            "ratio-minus-one",
            lambda: (
                f"El Paso sector made {EL_PASO_SERIES[2019]:,} apprehensions in FY2019, "
                f"{EL_PASO_SERIES[2019] / EL_PASO_SERIES[2018] - 1:.1f} times as many as in FY2018."
            ),
            "how you rounded it",
        ),
    ],
    # ----------------------------------------------------------------------- section 1
    "check_explore_tables": [
        Valid("set_index", lambda: Args(RAW_YEARLY.set_index("fiscal_year"), RAW_SECTORS.set_index("fiscal_year"))),
        Valid(
            "columns-in-another-order",
            lambda: Args(
                RAW_YEARLY.set_index("fiscal_year")[["measure", "southwest_border", "nationwide"]],
                RAW_SECTORS.set_index("fiscal_year").iloc[:, ::-1],
            ),
        ),
        Valid(
            "index-kept-as-a-column-too",
            lambda: Args(
                RAW_YEARLY.set_index(RAW_YEARLY["fiscal_year"]), RAW_SECTORS.set_index("fiscal_year", drop=False)
            ),
        ),
        Valid(
            "read_csv-index_col",
            lambda: Args(
                pd.read_csv(paths.DATASETS / "apprehensions_by_fiscal_year.csv", index_col="fiscal_year"),
                data.load_sectors().set_index(["fiscal_year"]),
            ),
        ),
        Wrong("unanswered", lambda: Args(..., ...), "Replace the `...`"),
        Wrong(
            "yearly-not-indexed",
            lambda: Args(RAW_YEARLY, RAW_SECTORS.set_index("fiscal_year")),
            '`.set_index("fiscal_year")`',
        ),
        Wrong(
            "sectors-not-indexed",
            lambda: Args(RAW_YEARLY.set_index("fiscal_year"), RAW_SECTORS),
            '`.set_index("fiscal_year")`',
        ),
        Wrong(
            "swapped",
            lambda: Args(RAW_SECTORS.set_index("fiscal_year"), RAW_YEARLY.set_index("fiscal_year")),
            "`yearly` is `data.load_apprehensions()`",
        ),
        Wrong(
            "reset-index",
            lambda: Args(
                RAW_YEARLY.set_index("fiscal_year").reset_index(drop=True), RAW_SECTORS.set_index("fiscal_year")
            ),
            '`.set_index("fiscal_year")`',
        ),
    ],
    "check_state_sums": [
        Valid("sum-axis-1", lambda: Args(*SUMS)),
        Valid(
            "column-by-column",
            lambda: Args(
                SECTORS["big_bend"] + SECTORS["del_rio"] + SECTORS["laredo"] + SECTORS["rio_grande_valley"],
                SECTORS["el_paso"],
                SECTORS["tucson"] + SECTORS["yuma"],
                SECTORS["san_diego"] + SECTORS["el_centro"],
            ),
        ),
        Valid("floats-with-a-name", lambda: Args(*(s.astype(float).rename("total") for s in SUMS))),
        Valid(
            "loc-columns-and-sum-columns",
            lambda: Args(
                SECTORS.loc[:, list(TEXAS_ONLY)].sum(axis="columns"),
                SECTORS.loc[:, list(PARTLY_TEXAS)].sum(axis="columns"),
                SECTORS.loc[:, ["yuma", "tucson"]].sum(axis="columns"),
                SECTORS.loc[:, ["el_centro", "san_diego"]].sum(axis="columns"),
            ),
        ),
        Valid("one-column-frames", lambda: Args(*(s.to_frame() for s in SUMS))),
        Wrong("unanswered", lambda: Args(TEXAS, EL_PASO, ARIZONA, ...), "Replace the `...`"),
        Wrong(
            "texas-with-el-paso", lambda: Args(TEXAS + EL_PASO, EL_PASO, ARIZONA, CALIFORNIA), "kept apart as `el_paso`"
        ),
        Wrong(
            "summed-down", lambda: Args(SECTORS[list(TEXAS_ONLY)].sum(), EL_PASO, ARIZONA, CALIFORNIA), "`.sum(axis=1)`"
        ),
        Wrong(
            "arizona-without-yuma", lambda: Args(TEXAS, EL_PASO, SECTORS["tucson"], CALIFORNIA), "add Yuma sector too"
        ),
        Wrong(
            "california-without-el-centro",
            lambda: Args(TEXAS, EL_PASO, ARIZONA, SECTORS["san_diego"]),
            "add El Centro sector too",
        ),
    ],
    "check_groups": [
        Valid("dataframe-from-dict", lambda: GROUPS),
        Valid("concat", lambda: pd.concat(list(SUMS), axis=1, keys=GROUP_NAMES)),
        Valid("other-order-floats", lambda: GROUPS[GROUP_NAMES[::-1]].astype(float)),
        Valid(
            "assign-one-by-one",
            lambda: pd.DataFrame(index=SECTORS.index).assign(**dict(zip(GROUP_NAMES, SUMS))),
        ),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("column-name", lambda: GROUPS.rename(columns={"Texas (4 sectors)": "Texas"}), "needs the column"),
        Wrong("transposed", lambda: GROUPS.T, "Give `pd.DataFrame` a dict of the four Series"),
        Wrong("years-lost", lambda: GROUPS.reset_index(drop=True), "keep that index"),
        Wrong("only-the-shown-rows", lambda: GROUPS.loc[[1990, 2000, 2010]], "Check the condition"),
    ],
    "check_shares": [
        Valid("div-axis-0", lambda: SHARES),
        Valid("column-by-column", lambda: pd.DataFrame({c: GROUPS[c] / TOTAL * 100 for c in GROUPS.columns})),
        Valid("rounded", lambda: (GROUPS.div(TOTAL, axis=0) * 100).round(1)),
        Valid(
            "mul-first-other-order",
            lambda: GROUPS.mul(100).div(TOTAL, axis="index")[["Arizona", "California", "El Paso", "Texas (4 sectors)"]],
        ),
        Valid("apply-per-row", lambda: GROUPS.apply(lambda row: row / TOTAL[row.name] * 100, axis=1)),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("fraction", lambda: GROUPS.div(TOTAL, axis=0), "Multiply by 100"),
        Wrong("down-the-columns", lambda: GROUPS / GROUPS.sum() * 100, "Divide each *row* by that year's total"),
        Wrong("no-axis", lambda: GROUPS.div(TOTAL) * 100, "Add `axis=0`"),
        Wrong("counts", lambda: GROUPS, "divide them by the total"),
    ],
    # ----------------------------------------------------------------------- section 2
    "check_encounter_years": [
        Valid("loc-and-mask", lambda: Args(SWB, DURING)),
        Valid(
            "mask-and-query",
            lambda: Args(
                YEARLY[YEARLY.index >= 2000][["measure", "southwest_border"]], SWB.query("measure == 'encounters'")
            ),
        ),
        Valid("all-columns-and-isin", lambda: Args(YEARLY.loc[2000:], SWB.loc[SWB["measure"].isin(["encounters"])])),
        Valid(
            "float-counts-and-eq",
            lambda: Args(SWB.astype({"southwest_border": float}), SWB[SWB["measure"].eq("encounters")]),
        ),
        Wrong("unanswered", lambda: Args(SWB, ...), "Replace the `...`"),
        Wrong("all-years", lambda: Args(YEARLY[["southwest_border", "measure"]], DURING), "keep `.loc[2000:]`"),
        Wrong("apprehensions-kept", lambda: Args(SWB, SWB[SWB["measure"] != "encounters"]), 'measure is "encounters"'),
        Wrong("to-the-end", lambda: Args(SWB, SWB.loc[DURING.index.min() :]), 'measure is "encounters"'),
        Wrong("no-measure", lambda: Args(SWB[["southwest_border"]], DURING), "needs the column `measure`"),
    ],
    "check_break_parts": [
        Valid("loc", lambda: Args(BEFORE, AFTER, LOW, LAST)),
        Valid(
            "masks-and-types",
            lambda: Args(
                SWB[SWB.index < DURING.index.min()], SWB[SWB.index > DURING.index.max()], int(LOW), float(LAST)
            ),
        ),
        Valid(
            "argmin-and-last-label",
            lambda: Args(
                SWB.query("index < @DURING.index.min()"),
                SWB.query("index > @DURING.index.max()"),
                BEFORE.index[BEFORE["southwest_border"].argmin()],
                AFTER.index[-1],
            ),
        ),
        Valid(
            "sort_values-head",
            lambda: Args(
                BEFORE.reset_index().set_index("fiscal_year"),
                AFTER,
                BEFORE.sort_values("southwest_border").index[0],
                max(AFTER.index),
            ),
        ),
        Wrong("unanswered", lambda: Args(BEFORE, AFTER, ..., LAST), "Replace the `...`"),
        Wrong(
            "before-too-long",
            lambda: Args(SWB.loc[: DURING.index.min()], AFTER, LOW, LAST),
            "Stop one year before it",
        ),
        Wrong(
            "after-too-early",
            lambda: Args(BEFORE, SWB.loc[DURING.index.max() :], LOW, LAST),
            "Start one year after it",
        ),
        Wrong(
            "low-count",
            lambda: Args(BEFORE, AFTER, BEFORE["southwest_border"].min(), LAST),
            "`.idxmin()` gives the label",
        ),
        Wrong(
            "last-count", lambda: Args(BEFORE, AFTER, LOW, AFTER["southwest_border"].iloc[-1]), "a count, not a year"
        ),
        Wrong("low-as-text", lambda: Args(BEFORE, AFTER, f"FY{LOW}", LAST), "Leave out the quotes"),
    ],
    "check_break_chart": [
        Valid("lesson-house-style", lambda: _break_chart(style=True)),
        Valid("after-as-scatter", lambda: _break_chart(after="scatter")),
        Valid("after-with-marker-no-xlim-set", lambda: _break_chart(after="marker", xlim=None)),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("not-dashed", lambda: _break_chart(dashed=False), 'linestyle="--"'),
        Wrong("no-zero", lambda: _break_chart(zero=False), "`ax.set_ylim(bottom=0)`"),
        Wrong("after-missing", lambda: _break_chart(after=None), "add it as dots"),
        Wrong("no-source", lambda: _break_chart(source=False), "source line"),
        Wrong("tight-xlim", lambda: _break_chart(xlim="tight"), "Give it room"),
    ],
    # ----------------------------------------------------------------------- section 3
    "check_explorer_widgets": [
        Valid("lesson", lambda: Args(*_widgets())),
        Valid("tuple-options-value-set-later", lambda: Args(*_widgets_made_otherwise())),
        Valid("index-0-years-from-the-data", lambda: Args(*_widgets_from_the_data())),
        Wrong("unanswered", lambda: Args(..., _widgets()[1]), "Replace the `...`"),
        Wrong(
            "select-not-dropdown",
            lambda: Args(__import__("ipywidgets").Select(options=list(explorer.SERIES)), _widgets()[1]),
            "`widgets.Dropdown(...)`",
        ),
        Wrong(
            "sorted-options",
            lambda: Args(
                __import__("ipywidgets").Dropdown(options=sorted(explorer.SERIES), value="Southwest border"),
                _widgets()[1],
            ),
            "`options=list(explorer.SERIES)`",
        ),
        Wrong(
            "one-handle",
            lambda: Args(_widgets()[0], __import__("ipywidgets").IntSlider(value=2000, min=1960, max=2024)),
            "`widgets.IntRangeSlider(...)`",
        ),
        Wrong("starts-on-all-years", lambda: Args(_widgets()[0], _slider(value=(1960, 2024))), "value=(2000"),
        Wrong("continuous", lambda: Args(_widgets()[0], _slider(continuous_update=True)), "continuous_update=False"),
        Wrong("min-2000", lambda: Args(_widgets()[0], _slider(min=2000)), "min=1960"),
    ],
    "check_fit_years": [
        Valid("lesson", lambda: _fit_years("lesson")),
        Valid("attribute", lambda: _fit_years("attribute")),
        Valid("two-steps", lambda: _fit_years("two-steps")),
        Wrong("unanswered", lambda: Args(..., *_widgets()), "Replace the `...`"),
        Wrong("every-trait", lambda: _fit_years(names=None), 'names="value"'),
        Wrong("cell-run-twice", lambda: _fit_years(times=2), "Re-run the widgets' cell"),
        Wrong("not-wired", lambda: _fit_years(observe=False), '`menu.observe(fit_years, names="value")`'),
        Wrong("fixed-years", lambda: _fit_years("fixed"), '`explorer.year_span(change["new"])`'),
        Wrong("observes-index", lambda: _fit_years(names="index"), 'names="value"'),
    ],
    "check_explorer_view": [
        Valid("lesson", lambda: _view("lesson")),
        Valid("keywords-reversed", lambda: _view("keywords-reversed")),
        Valid("from-import-dict", lambda: _view("from-import")),
        Wrong("unanswered", lambda: Args(None, *_widgets()), "Replace the `...`"),
        Wrong("own-widgets", lambda: _view("own-widgets"), "pass them, `series=menu, years=years`"),
        Wrong("menu-only", lambda: _view("menu-only"), "pass them, `series=menu, years=years`"),
        Wrong("the-menu", lambda: _view("menu"), "`widgets.interactive(show, series=menu, years=years)`"),
        Wrong("interact", lambda: _view("interact"), "`widgets.interactive(show, series=menu, years=years)`"),
    ],
    "check_show": [
        Valid("lesson", lambda: show_lesson),
        Valid("in-steps", lambda: show_in_steps),
        Valid("one-display-call", lambda: show_in_one_call),
        Valid("by-keyword", lambda: show_by_keyword),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("returns", lambda: show_returns, "Inside a function only `display(...)` shows"),
        Wrong("not-readable", lambda: show_not_readable, "`explorer.readable(...)`"),
        Wrong("fixed-values", lambda: show_fixed, "Pass the function's own `series` and `years` on"),
        Wrong("chart-only", lambda: show_chart_only, "display `explorer.explore_table(series, years)` too"),
        Wrong("one-argument", lambda: show_one_argument, "`def show(series, years):`"),
        Wrong("table-first", lambda: show_table_first, "Show the chart first"),
    ],
    # ----------------------------------------------------------------------- section 4
    "check_jan_to_sep": [
        Valid(
            "mask",
            lambda: MONTHLY[(MONTHLY["calendar_year"] == 2018) & (MONTHLY["month_number"] <= 9)][
                "swb_apprehensions"
            ].sum(),
        ),
        Valid("query", lambda: JAN_SEP_2018),
        Valid(
            "loc-lt-10-float",
            lambda: float(
                MONTHLY.loc[
                    (MONTHLY["calendar_year"] == 2018) & (MONTHLY["month_number"] < 10), "swb_apprehensions"
                ].sum()
            ),
        ),
        Valid(
            "isin-builtin-sum",
            lambda: sum(MONTHLY_2018[MONTHLY_2018["month_number"].isin(range(1, 10))]["swb_apprehensions"]),
        ),
        Valid(
            "groupby",
            lambda: MONTHLY[MONTHLY["month_number"] <= 9].groupby("calendar_year")["swb_apprehensions"].sum()[2018],
        ),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("whole-year", lambda: MONTHLY_2018["swb_apprehensions"].sum(), "Keep the months up to September"),
        Wrong(
            "to-august",
            lambda: MONTHLY_2018[MONTHLY_2018["month_number"] < 9]["swb_apprehensions"].sum(),
            "keep `<= 9` (or `< 10`)",
        ),
        Wrong(
            "every-year",
            lambda: MONTHLY[MONTHLY["month_number"] <= 9]["swb_apprehensions"].sum(),
            "Add the condition",
        ),
        Wrong(
            "column-not-summed",
            lambda: MONTHLY_2018[MONTHLY_2018["month_number"] <= 9]["swb_apprehensions"],
            "Pick the one value you need",
        ),
    ],
    "check_lower": [
        Valid("mask", lambda: LOWER),
        Valid("loc-then-mask", lambda: COUNTS.loc[:2010][COUNTS.loc[:2010] < COUNTS[2011]]),
        Valid("reversed-float", lambda: LOWER.sort_index(ascending=False).astype(float)),
        Valid(
            "query-on-frame",
            lambda: YEARLY.query("index < 2011 and southwest_border < @COUNTS[2011]")[["southwest_border"]],
        ),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("later-years", lambda: COUNTS[COUNTS < COUNTS[2011]], "keep only the years before it"),
        Wrong(
            "higher", lambda: COUNTS[(COUNTS.index < 2011) & (COUNTS > COUNTS[2011])], "keep those whose count is below"
        ),
        Wrong("just-the-year", lambda: LOWER.index.max(), "pandas Series"),
        Wrong(
            "lower-or-equal-and-2011",
            lambda: COUNTS[(COUNTS.index <= 2011) & (COUNTS <= COUNTS[2011])],
            "keep the years *before* it",
        ),
    ],
    "check_claim_since": [
        Valid("lowest_since", lambda: lowest_since(COUNTS, 2011)),
        Valid("from-lower", lambda: LOWER.index.max()),
        Valid("float", lambda: float(lowest_since(COUNTS, 2011))),
        Valid("with-lower", lambda: Args(np.int64(lowest_since(COUNTS, 2011)), LOWER)),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("the-claims-year", lambda: 1970, "call `lowest_since(swb_counts, 2011)`"),
        Wrong("text", lambda: str(lowest_since(COUNTS, 2011)), "Leave out the quotes"),
        Wrong(
            "lower-with-later-years",
            lambda: Args(lowest_since(COUNTS, 2011), COUNTS[COUNTS < COUNTS[2011]]),
            "keep only the years before it",
        ),
        Wrong("earliest-lower-year", lambda: LOWER.index.min(), "something else"),
    ],
    "check_year_readings": [
        Valid("lesson", lambda: _readings()),
        Valid("sorted", lambda: _readings("sorted")),
        Valid("unrounded", lambda: _readings("unrounded")),
        Valid("from-dict-of-rows", lambda: _readings("rows")),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("no-index", lambda: _readings("no-index"), "as the index"),
        Wrong("fraction", lambda: _readings("fraction"), "multiply by 100"),
        Wrong("no-difference", lambda: _readings("no-difference"), "`difference_%`"),
        Wrong("fy2019-not-fy2017", lambda: _readings("fy2019"), "`southwest_border`"),
        Wrong("divided-by-the-count", lambda: _readings("wrong-base"), "`difference_%`"),
    ],
}
