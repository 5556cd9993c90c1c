"""Right and wrong answers for checks.aftermath (see tests/variants/__init__.py).

Each answer is built as lesson 08 builds it (notebooks/08-what-happened-next.ipynb), from the course's
loaders; no expected number is typed in. Figures are closed as soon as they are made (the checks read
closed figures just as well), so that no test leaves pyplot windows open.
"""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from helpers import data, paths
from helpers.charts import PALETTE, headline, house_style, shade_span, source_line
from tests.variants import Args, Valid, Wrong

STORY = data.load_story_figures()
ARTICLE_DAY = pd.Timestamp("2018-10-25")
TROOPS = STORY[STORY["subject"] == "active-duty troops"]
CARAVAN = STORY[STORY["subject"] == "caravan"]
YEARLY = data.load_apprehensions()
SWB = YEARLY[YEARLY["measure"] == "apprehensions"].set_index("fiscal_year")["southwest_border"].dropna()
EVERY_YEAR = YEARLY.set_index("fiscal_year")["southwest_border"].dropna()
TITLES = data.load_encounters_by_title()
YEAR_AFTER = ARTICLE_DAY.year + 1


def highest_since(counts, year):
    higher = counts[(counts.index < year) & (counts > counts[year])]
    return int(higher.index.max()) if len(higher) else None


def highest_since_loop(counts, year):
    found = None
    for label in counts.index:
        if label < year and counts[label] > counts[year]:
            found = label
    return found


def highest_since_reversed(counts, year):
    for label in reversed(counts.loc[: year - 1].index):
        if counts[label] > counts[year]:
            return label
    return None


def highest_since_nlargest(counts, year):
    higher = counts.loc[: year - 1][lambda earlier: earlier > counts[year]]
    return float(higher.index.to_series().nlargest(1).iloc[0]) if not higher.empty else None


def lowest_since(counts, year):
    lower = counts[(counts.index < year) & (counts < counts[year])]
    return int(lower.index.max()) if len(lower) else None


#: The chart's headline, as the lesson writes it: the apprehension years with the Title 8 part of the Title 42
#: years, the most after the article, and the year it was the most since.
COMPARABLE = TITLES.set_index("fiscal_year")["title_8_apprehensions"].dropna().combine_first(SWB)
PEAK = int(COMPARABLE.loc[YEAR_AFTER:].idxmax())
HEADLINE_SINCE = highest_since(COMPARABLE, PEAK)


def highest_of_all(counts, year):
    higher = counts[(counts.index < year) & (counts > counts[year])]
    return int(higher.idxmax()) if len(higher) else None


def at_least(counts, year):
    higher = counts[(counts.index < year) & (counts >= counts[year])]
    return int(higher.index.max()) if len(higher) else None


def raises_when_none(counts, year):
    return int(counts[(counts.index < year) & (counts > counts[year])].index.max())


def years_back(counts, year):
    since = highest_since(counts, year)
    return None if since is None else year - since


# --------------------------------------------------------------------------- the exercises

DEPLOYED = TROOPS[TROOPS["counts"] == "deployed"]
SAME_DAY = CARAVAN[CARAVAN["date"] == "2018-10-24"].set_index("who_type")["figure"]
ORGANIZERS, MEXICO = SAME_DAY["organizers"], SAME_DAY["Mexican authorities"]


def figure_of(counts, subject="active-duty troops"):
    rows = STORY[(STORY["subject"] == subject) & (STORY["counts"] == counts)]
    return int(rows["figure"].max())


def share(numerator, denominator, factor=100, digits=1):
    table = TITLES.copy()
    values = table[numerator] / table[denominator] * factor
    table["title_42_share_%"] = values.round(digits) if digits is not None else values
    return table


# --------------------------------------------------------------------------- the chart


def frame(figsize=(8, 5)):
    with house_style():
        fig, ax = plt.subplots(figsize=figsize)
    plt.close(fig)
    return fig, ax


def chart(solid_to=YEAR_AFTER, dashed=True, dots=True, shade=True, title=True, source=True, solid=True):
    fig, ax = frame()
    encounters = YEARLY[YEARLY["measure"] == "encounters"].set_index("fiscal_year")["southwest_border"]
    title_8 = TITLES.set_index("fiscal_year")["title_8_apprehensions"].dropna()
    line = SWB.loc[2000:solid_to]
    ax.plot(line.index, line.to_numpy(dtype=float), color=PALETTE["base"], linestyle="-" if solid else ":")
    if dashed:
        ax.plot(encounters.index, encounters.to_numpy(dtype=float), linestyle="--")
    if dots:
        ax.plot(title_8.index, title_8.to_numpy(dtype=float), "o")
    if shade:
        shade_span(ax, 2019.5, 2023.5, "Title 42 years")
    if title:
        headline(fig, f"After the article, arrests rose to the most since FY{HEADLINE_SINCE}", "sub")
    if source:
        source_line(fig, "US Customs and Border Protection")
    return fig


def chart_with_series_plot():
    """The same chart drawn with pandas' own .plot on the axes, and ax.axvspan for the shading."""
    fig, ax = frame()
    SWB.loc[2000:YEAR_AFTER].astype(float).plot(ax=ax, color=PALETTE["base"])
    YEARLY[YEARLY["measure"] == "encounters"].set_index("fiscal_year")["southwest_border"].astype(float).plot(
        ax=ax, linestyle="--"
    )
    TITLES.set_index("fiscal_year")["title_8_apprehensions"].dropna().astype(float).plot(
        ax=ax, linestyle="none", marker="o"
    )
    ax.axvspan(2019.5, 2023.5, alpha=0.2)
    headline(fig, f"Arrests rose to the most since FY{HEADLINE_SINCE} after the article")
    source_line(fig, "US Customs and Border Protection; Bipartisan Policy Center")
    return fig


def chart_with_format_strings():
    """Lines drawn with format strings ("-", "--", "o") from lists, a headline without subtitle, no credit."""
    fig, ax = frame()
    solid = SWB.loc[2000:YEAR_AFTER]
    encounters = YEARLY.loc[YEARLY["measure"] == "encounters", ["fiscal_year", "southwest_border"]]
    title_8 = TITLES.dropna(subset=["title_8_apprehensions"])
    ax.plot(list(solid.index), [float(v) for v in solid], "-")
    ax.plot(list(encounters["fiscal_year"]), [float(v) for v in encounters["southwest_border"]], "--")
    ax.plot(list(title_8["fiscal_year"]), [float(v) for v in title_8["title_8_apprehensions"]], "o")
    shade_span(ax, 2019.5, 2023.5, "Title 42 years:\nencounters, not comparable")
    headline(fig, f"FY{PEAK}: the most arrests since FY{HEADLINE_SINCE}")
    source_line(fig, "US Customs and Border Protection", credit=None)
    return fig


def stale_headline_chart():
    """The whole chart with FY2019's "highest since" as its headline: true of FY2019, not of the chart."""
    fig = chart(title=False)
    headline(fig, f"After the article, arrests rose to the most since FY{highest_since(SWB, YEAR_AFTER)}", "sub")
    return fig


def figure_made_without_pyplot():
    fig = Figure(figsize=(8, 5))
    ax = fig.subplots()
    return Args(fig, ax)


VARIANTS: dict[str, list] = {
    "check_story_troops": [
        Valid("mask", lambda: TROOPS),
        Valid("query-reset", lambda: STORY.query('subject == "active-duty troops"').reset_index(drop=True)),
        Valid("shown-columns", lambda: TROOPS[["date", "figure", "counts", "who_said_it"]]),
        Valid("isin-reordered", lambda: STORY[STORY["subject"].isin(["active-duty troops"])].iloc[:, ::-1]),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("every-row", lambda: STORY, "Keep only the rows"),
        Wrong("deployed-only", lambda: TROOPS[TROOPS["counts"] == "deployed"], "Keep every kind"),
        Wrong("one-column", lambda: TROOPS["figure"], "keep the whole rows"),
        Wrong("guard", lambda: STORY[STORY["subject"] == "National Guard"], "Keep only the rows"),
    ],
    "check_caravan_rows": [
        Valid("mask", lambda: CARAVAN),
        Valid("query", lambda: STORY.query('subject == "caravan"')),
        Valid("loc-reset", lambda: STORY.loc[STORY["subject"] == "caravan"].reset_index(drop=True)),
        Valid("str-eq", lambda: STORY[STORY["subject"].str.lower() == "caravan"]),
        Wrong("some-columns", lambda: CARAVAN[["date", "figure"]], "only some columns"),
        Wrong("capital", lambda: STORY[STORY["subject"] == "Caravan"], "lower case"),
        Wrong("troops", lambda: TROOPS, "another subject"),
        Wrong("every-row", lambda: STORY, "another subject"),
    ],
    "check_known_on_the_day": [
        Valid("mask", lambda: STORY[STORY["date"] <= ARTICLE_DAY]),
        Valid("text-date", lambda: STORY[STORY["date"] <= "2018-10-25"]),
        Valid("query", lambda: STORY.query("date <= @ARTICLE_DAY")),
        Valid("not-after", lambda: STORY[~(STORY["date"] > ARTICLE_DAY)].reset_index(drop=True)),
        Wrong("strictly-before", lambda: STORY[STORY["date"] < ARTICLE_DAY], "Use `<=`, not `<`"),
        Wrong("after", lambda: STORY[STORY["date"] > ARTICLE_DAY], "after"),
        Wrong("some-columns", lambda: STORY[STORY["date"] <= ARTICLE_DAY][["date", "figure"]], "only some columns"),
    ],
    "check_story_yearly": [
        Valid("loader", lambda: Args(data.load_apprehensions(), ARTICLE_DAY.year)),
        Valid(
            "read-csv-float-year",
            lambda: Args(pd.read_csv(paths.DATASETS / "apprehensions_by_fiscal_year.csv"), float(ARTICLE_DAY.year)),
        ),
        Valid("reordered-int", lambda: Args(YEARLY[list(reversed(YEARLY.columns))], int(ARTICLE_DAY.year))),
        Wrong("timestamp", lambda: Args(YEARLY, ARTICLE_DAY), "`.year`"),
        Wrong("indexed", lambda: Args(YEARLY.set_index("fiscal_year"), ARTICLE_DAY.year), "row labels"),
        Wrong("year-after", lambda: Args(YEARLY, ARTICLE_DAY.year + 1), "year after"),
        Wrong("some-years", lambda: Args(YEARLY[YEARLY["fiscal_year"] >= 2018], ARTICLE_DAY.year), "only some years"),
    ],
    "check_highest_since": [
        Valid("mask", lambda: highest_since),
        Valid("loop", lambda: highest_since_loop),
        Valid("reversed-loop", lambda: highest_since_reversed),
        Valid("nlargest-float", lambda: highest_since_nlargest),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("lowest", lambda: lowest_since, "*lower* count"),
        Wrong("idxmax", lambda: highest_of_all, "most *recent*"),
        Wrong("at-least", lambda: at_least, "strictly higher"),
        Wrong("no-none", lambda: raises_when_none, "Return `None`"),
        Wrong("years-back", lambda: years_back, "a number of years"),
        Wrong("called", lambda: highest_since(SWB, YEAR_AFTER), "without brackets"),
    ],
    "check_apprehension_series": [
        Valid("notebook", lambda: SWB),
        Valid(
            "query",
            lambda: YEARLY.set_index("fiscal_year").query('measure == "apprehensions"')["southwest_border"].dropna(),
        ),
        Valid(
            "dropna-first-float",
            lambda: (
                YEARLY.loc[YEARLY["measure"] == "apprehensions"]
                .dropna(subset=["southwest_border"])
                .set_index("fiscal_year")["southwest_border"]
                .astype(float)
            ),
        ),
        Wrong("encounters", lambda: EVERY_YEAR, "encounter years"),
        Wrong(
            "blanks",
            lambda: YEARLY[YEARLY["measure"] == "apprehensions"].set_index("fiscal_year")["southwest_border"],
            "dropna",
        ),
        Wrong(
            "no-index", lambda: YEARLY[YEARLY["measure"] == "apprehensions"]["southwest_border"].dropna(), "set_index"
        ),
        Wrong(
            "nationwide",
            lambda: YEARLY[YEARLY["measure"] == "apprehensions"].set_index("fiscal_year")["nationwide"].dropna(),
            "nationwide",
        ),
    ],
    "check_since_2019": [
        Valid("int", lambda: highest_since(SWB, YEAR_AFTER)),
        Valid("float", lambda: float(highest_since(SWB, YEAR_AFTER))),
        Valid("numpy-int", lambda: pd.Series([highest_since(SWB, YEAR_AFTER)]).iloc[0]),
        Valid("loop-function", lambda: highest_since_loop(SWB, YEAR_AFTER)),
        Wrong("gap", lambda: YEAR_AFTER - highest_since(SWB, YEAR_AFTER), "number of years"),
        Wrong("count", lambda: SWB[highest_since(SWB, YEAR_AFTER)], "count of apprehensions"),
        Wrong("fy2018", lambda: highest_since(SWB, YEAR_AFTER - 1), "article's year"),
        Wrong("none", lambda: highest_since(SWB.loc[YEAR_AFTER:], YEAR_AFTER), "is None"),
    ],
    "check_title_42_share": [
        Valid("rounded", lambda: share("title_42_expulsions", "total_encounters")),
        Valid("unrounded", lambda: share("title_42_expulsions", "total_encounters", digits=None)),
        Valid(
            "reordered",
            lambda: share("title_42_expulsions", "total_encounters")[["title_42_share_%", "source", "fiscal_year"]],
        ),
        Valid(
            "assign-with-div",
            lambda: TITLES.assign(
                **{"title_42_share_%": TITLES["title_42_expulsions"].div(TITLES["total_encounters"]).mul(100)}
            ),
        ),
        Wrong("fraction", lambda: share("title_42_expulsions", "total_encounters", factor=1, digits=None), "by 100"),
        Wrong("over-title-8", lambda: share("title_42_expulsions", "title_8_apprehensions"), "divides by the Title 8"),
        Wrong("title-8-share", lambda: share("title_8_apprehensions", "total_encounters"), "Title 8 share"),
        Wrong("no-source", lambda: share("title_42_expulsions", "total_encounters").drop(columns="source"), "`source`"),
        Wrong("no-column", lambda: TITLES, "needs the column"),
    ],
    "check_next_chart_frame": [
        Valid("fig-and-ax", lambda: Args(*frame())),
        Valid("fig-only", lambda: frame()[0]),
        Valid("list-size", lambda: Args(*frame([8.0, 5.0]))),
        Valid("figure-class", figure_made_without_pyplot),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("other-ax", lambda: Args(frame()[0], frame()[1]), "not the axes of `fig`"),
        Wrong("the-axes", lambda: frame()[1], "That is the axes"),
        Wrong("the-pair", lambda: frame(), "Unpack it"),
        Wrong("default-size", lambda: frame((6.4, 4.8))[0], "ask for 8 x 5"),
        Wrong("two-axes", lambda: (lambda f: (plt.close(f), f)[1])(plt.subplots(1, 2, figsize=(8, 5))[0]), "needs one"),
    ],
    "check_next_chart": [
        Valid("notebook", lambda: chart()),
        Valid("pandas-plot-and-axvspan", chart_with_series_plot),
        Valid("format-strings-no-subtitle", chart_with_format_strings),
        Wrong("solid-to-2024", lambda: chart(solid_to=2024), "across the break"),
        Wrong("no-dashes", lambda: chart(dashed=False), "dashed line"),
        Wrong("no-dots", lambda: chart(dots=False), "as dots"),
        Wrong("no-shade", lambda: chart(shade=False), "Shade the Title 42 years"),
        Wrong("no-headline", lambda: chart(title=False), "no headline"),
        Wrong("fy2019-headline", stale_headline_chart, f"most since FY{HEADLINE_SINCE}"),
        Wrong("no-source", lambda: chart(source=False), "source_line"),
        Wrong("the-axes", lambda: chart().axes[0], "That is the axes"),
    ],
    "check_peak_deployed": [
        Valid("max", lambda: DEPLOYED["figure"].max()),
        Valid("float", lambda: float(DEPLOYED["figure"].max())),
        Valid("sort-values", lambda: DEPLOYED.sort_values("figure", ascending=False)["figure"].iloc[0]),
        Valid("nlargest", lambda: DEPLOYED.nlargest(1, "figure")["figure"].iloc[0]),
        Wrong("forecast", lambda: figure_of("forecast"), "*forecast*, not deployed"),
        Wrong("announced", lambda: figure_of("announced"), "*announced*"),
        Wrong("suggested", lambda: TROOPS["figure"].max(), "*suggested*"),
        Wrong("peak", lambda: figure_of("peak deployed"), "*peak*"),
        Wrong("min", lambda: DEPLOYED["figure"].min(), "another day"),
        Wrong("guard", lambda: figure_of("deployed", "National Guard"), "National Guard figure"),
        Wrong("text", lambda: f"{DEPLOYED['figure'].max():,}", "the commas"),
        Wrong("the-row", lambda: DEPLOYED.nlargest(1, "figure")["figure"], "Pick the one value"),
    ],
    "check_caravan_ratio": [
        Valid("divide", lambda: ORGANIZERS / MEXICO),
        Valid("rounded-2", lambda: round(ORGANIZERS / MEXICO, 2)),
        Valid("rounded-1", lambda: round(ORGANIZERS / MEXICO, 1)),
        Valid(
            "from-by-party",
            lambda: (
                CARAVAN[CARAVAN["date"] == "2018-10-24"]
                .groupby("who_type")["figure"]
                .max()
                .pipe(lambda f: f["organizers"] / f["Mexican authorities"])
            ),
        ),
        Wrong("upside-down", lambda: MEXICO / ORGANIZERS, "the organizers' figure first"),
        Wrong("difference", lambda: ORGANIZERS - MEXICO, "the difference"),
        Wrong("percent", lambda: ORGANIZERS / MEXICO * 100, "percentage"),
        Wrong(
            "other-day",
            lambda: ORGANIZERS / CARAVAN.loc[CARAVAN["who_type"] == "UN agency", "figure"].iloc[0],
            "another day or another source",
        ),
        Wrong("text", lambda: f"{ORGANIZERS / MEXICO:.2f}", "quotes"),
        Wrong("a-series", lambda: SAME_DAY / MEXICO, "Pick the one value"),
    ],
    "check_fy2024_since": [
        Valid("function", lambda: highest_since(SWB, 2024)),
        Valid("loop-function", lambda: highest_since_loop(SWB, 2024)),
        Valid("float", lambda: float(SWB.loc[:2023][SWB.loc[:2023] > SWB[2024]].index.max())),
        Wrong("with-encounters", lambda: highest_since(EVERY_YEAR, 2024), "*encounters*"),
        Wrong("gap", lambda: 2024 - highest_since(SWB, 2024), "number of years"),
        Wrong("fy2019", lambda: YEAR_AFTER, "fewer apprehensions"),
        Wrong(
            "first-higher-year",
            lambda: SWB.loc[:2023][SWB.loc[:2023] > SWB[2024]].index.min(),
            "not the most recent",
        ),
        Wrong("the-year-itself", lambda: SWB.index.max(), "FY2024 itself"),
        Wrong("text", lambda: f"FY{highest_since(SWB, 2024)}", "the FY"),
    ],
    "check_context_sentence": [
        Valid(
            "example",
            lambda: (
                f"Four days later the Pentagon announced {figure_of('announced'):,} troops, and FY2019 had "
                f"{SWB[2019]:,} apprehensions, the most since FY{highest_since(SWB, 2019)}."
            ),
        ),
        Valid(
            "caravan-ratio",
            lambda: (
                f"On 24 October the organizers counted {ORGANIZERS:,} people in the caravan and the Mexican "
                f"government {MEXICO:,}, so the organizers' estimate was {ORGANIZERS / MEXICO:.2f} times the Mexican "
                "government's."
            ),
        ),
        Valid(
            "fy2024",
            lambda: (
                f"FY2024's {SWB[2024]:,} apprehensions were the highest since FY{highest_since(SWB, 2024)}, "
                "because Title 42 had ended."
            ),
        ),
        Wrong("unanswered", lambda: "...", "Write your finding"),
        Wrong(
            "suggested-deployed",
            lambda: f"Later {figure_of('suggested'):,} troops were deployed to the border.",
            "were suggested, not deployed",
        ),
        Wrong(
            "ratio-wrong-way",
            lambda: (
                f"The organizers' estimate was {MEXICO / ORGANIZERS:.2f} times the Mexican government's on 24 "
                "October, because they count differently."
            ),
            "the other way round",
        ),
        Wrong(
            "wrong-since",
            lambda: f"After the article, FY2019 had {SWB[2019]:,} apprehensions, the highest since FY2000.",
            "not the highest since FY2000",
        ),
        Wrong("no-why", lambda: f"The Pentagon announced {figure_of('announced'):,} troops.", "*why*"),
    ],
}
