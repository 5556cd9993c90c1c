"""The self-checks of notebook 08 accept the right answers and give each common wrong one its own hint."""

import pytest

from helpers import checks, data
from helpers.checks import aftermath

STORY = data.load_story_figures()
YEARLY = data.load_apprehensions().set_index("fiscal_year")
TROOPS = STORY[STORY["subject"] == "active-duty troops"]


def figure_of(counts, subject="active-duty troops"):
    rows = STORY[(STORY["subject"] == subject) & (STORY["counts"] == counts)]
    return int(rows["figure"].max())


def test_every_story_row_has_a_date_a_kind_and_a_source_url():
    assert STORY["date"].notna().all() and STORY["counts"].notna().all()
    assert STORY["source_url"].str.match(r"https?://").all()


def test_the_loader_refuses_a_row_without_a_source_url(tmp_path):
    text = (data.paths.DATASETS / "story_figures_after_2018.csv").read_text(encoding="utf-8")
    lines = text.splitlines()
    lines[1] = lines[1].rsplit(",", 1)[0] + ","
    copy = tmp_path / "story.csv"
    copy.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="source_url"):
        data.load_story_figures(copy)


def test_story_troops():
    assert checks.check_story_troops(TROOPS).ok
    wrong = [
        (STORY, "Keep only the rows"),
        (TROOPS[TROOPS["counts"] == "deployed"], "Keep every kind"),
        (TROOPS["figure"], "as a table (a DataFrame); it is a Series. Filter the rows"),
        (..., "Replace the `...`"),
    ]
    for answer, expected in wrong:
        feedback = checks.check_story_troops(answer)
        assert not feedback.ok and expected in feedback.message, feedback.message


def highest(counts, year):
    higher = counts[(counts.index < year) & (counts > counts[year])]
    return int(higher.index.max()) if len(higher) else None


def test_highest_since_right_and_wrong_functions():
    assert checks.check_highest_since(highest).ok

    def lowest(counts, year):
        lower = counts[(counts.index < year) & (counts < counts[year])]
        return int(lower.index.max()) if len(lower) else None

    def highest_of_all(counts, year):
        higher = counts[(counts.index < year) & (counts > counts[year])]
        return int(higher.idxmax()) if len(higher) else None

    def at_least(counts, year):
        higher = counts[(counts.index < year) & (counts >= counts[year])]
        return int(higher.index.max()) if len(higher) else None

    def raises_when_none(counts, year):
        return int(counts[(counts.index < year) & (counts > counts[year])].index.max())

    for function, expected in [
        (lowest, "*lower* count"),
        (highest_of_all, "most *recent*"),
        (at_least, "strictly higher"),
        (raises_when_none, "Return `None`"),
        (highest(YEARLY["southwest_border"].dropna(), 2019), "without brackets"),
    ]:
        feedback = checks.check_highest_since(function)
        assert not feedback.ok and expected in feedback.message, (function, feedback.message)


def test_peak_deployed():
    expected = figure_of("deployed")
    assert checks.check_peak_deployed(expected).ok and checks.check_peak_deployed(float(expected)).ok
    wrong = [
        (figure_of("forecast"), "*forecast*, not deployed"),
        (figure_of("announced"), "*announced*"),
        (figure_of("suggested"), "*suggested*"),
        (figure_of("peak deployed"), "*peak*"),
        (int(TROOPS.loc[TROOPS["counts"] == "deployed", "figure"].min()), "another day"),
        (figure_of("deployed", "National Guard"), "National Guard figure"),
        (str(expected), "Drop the quotes"),
        (f"{expected:,}", "the commas"),
    ]
    for answer, expected_hint in wrong:
        feedback = checks.check_peak_deployed(answer)
        assert not feedback.ok and expected_hint in feedback.message, (answer, feedback.message)


def test_caravan_ratio():
    day = aftermath.caravan_same_day()
    organizers, mexico = float(day["organizers"]), float(day["Mexican authorities"])
    for answer in (organizers / mexico, round(organizers / mexico, 2), round(organizers / mexico, 1)):
        assert checks.check_caravan_ratio(answer).ok, answer
    un = float(STORY.loc[STORY["who_type"] == "UN agency", "figure"].iloc[0])
    wrong = [
        (mexico / organizers, "the organizers' figure first"),
        (organizers - mexico, "the difference"),
        (organizers / mexico * 100, "percentage"),
        (organizers / un, "another day or another source"),
        ("2.75", "quotes"),
    ]
    for answer, expected in wrong:
        feedback = checks.check_caravan_ratio(answer)
        assert not feedback.ok and expected in feedback.message, (answer, feedback.message)


def test_fy2024_since():
    swb = YEARLY.loc[YEARLY["measure"] == "apprehensions", "southwest_border"].dropna()
    expected = highest(swb, 2024)
    assert checks.check_fy2024_since(expected).ok
    every_year = YEARLY["southwest_border"].dropna()
    wrong = [
        (highest(every_year, 2024), "*encounters*"),
        (2024 - expected, "number of years"),
        (2019, "fewer apprehensions"),
        (1986, "not the most recent"),
        ("FY2000", "the FY"),
    ]
    for answer, hint_text in wrong:
        feedback = checks.check_fy2024_since(answer)
        assert not feedback.ok and hint_text in feedback.message, (answer, feedback.message)


def test_context_sentence():
    swb = YEARLY.loc[YEARLY["measure"] == "apprehensions", "southwest_border"].dropna()
    right = (
        f"Four days later the Pentagon announced {figure_of('announced'):,} troops, and FY2019 had "
        f"{swb[2019]:,} apprehensions, the most since FY{highest(swb, 2019)}."
    )
    assert checks.check_context_sentence(right).ok
    typed = right.replace(f"{swb[2019]:,}", f"{swb[2019] + 90:,}")
    feedback = checks.check_context_sentence(typed)
    assert not feedback.ok and "can't find" in feedback.message
    feedback = checks.check_context_sentence(f"The Pentagon announced {figure_of('announced'):,} troops.")
    assert not feedback.ok and "*why*" in feedback.message
    assert "Write your finding" in checks.check_context_sentence("...").message


SAME_DAY = aftermath.caravan_same_day()
ORGANIZERS, MEXICO = int(SAME_DAY["organizers"]), int(SAME_DAY["Mexican authorities"])
TITLES = data.load_encounters_by_title().set_index("fiscal_year")
APPREHENSIONS = YEARLY.loc[YEARLY["measure"] == "apprehensions", "southwest_border"].dropna()


def troop_count(month):
    rows = TROOPS[(TROOPS["counts"] == "deployed") & (TROOPS["date"].dt.month == month)]
    return int(rows["figure"].iloc[-1])


@pytest.mark.parametrize(
    "sentence",
    [
        f"Four days after this report the Pentagon announced {figure_of('announced'):,} active-duty troops; at the "
        f"peak, about {figure_of('peak deployed') - 100:,} to {figure_of('peak deployed'):,} were at the border.",
        f"The president later suggested up to {figure_of('suggested'):,} troops, but Northern Command counted more "
        f"than {troop_count(11):,} at the border on 8 November and about {troop_count(12):,} on 21 December.",
        f"By 21 December only about {troop_count(12):,} active-duty troops were still at the border, according to "
        f"US Northern Command, after more than {troop_count(11):,} on 8 November.",
        f"The Pentagon forecast more than {figure_of('forecast'):,} troops on 8 November, but the count then was "
        f"{troop_count(11):,}.",
        f"On 24 October the organizers counted {ORGANIZERS:,} people in the caravan and the Mexican government "
        f"{MEXICO:,}, so the organizers' estimate was {ORGANIZERS / MEXICO:.2f} times the Mexican government's.",
        f"Estimates of the caravan ranged from {MEXICO:,} by the Mexican government to {ORGANIZERS:,} by its organizers, depending "
        "on who counted.",
        f"The Mexican government's estimate was {MEXICO / ORGANIZERS:.2f} times the organizers' on 24 October, "
        "because each party counted its own way.",
        f"After the break, FY2023 had {YEARLY.loc[2023, 'southwest_border']:,} encounters, Title 42 expulsions "
        f"included, and only {int(TITLES.loc[2023, 'title_8_apprehensions']):,} Title 8 apprehensions.",
        f"FY2024's {APPREHENSIONS[2024]:,} apprehensions were the highest since FY{highest(APPREHENSIONS, 2024)}, "
        "because Title 42 had ended.",
        f"In FY2020, {100 * TITLES.loc[2020, 'title_42_expulsions'] / TITLES.loc[2020, 'total_encounters']:.1f}% of "
        "encounters were Title 42 expulsions, because of the public-health order.",
    ],
    ids=[
        "announced-peak",
        "suggested-then-counts",
        "counts-by-date",
        "forecast",
        "caravan-ratio",
        "caravan-range",
        "ratio-turned-in-words",
        "encounters-title-8",
        "fy2024-since",
        "title-42-share",
    ],
)
def test_context_sentence_accepts(sentence):
    feedback = checks.check_context_sentence(sentence)
    assert feedback.ok, feedback.message


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (f"Later {figure_of('suggested'):,} troops were deployed to the border.", "were suggested, not deployed"),
        (
            f"By 8 November {figure_of('forecast'):,} active-duty troops were deployed, according to the Pentagon.",
            "were forecast, not deployed",
        ),
        (
            f"Later the president's {figure_of('suggested'):,} troops were at the border.",
            "were suggested, not deployed",
        ),
        (
            f"Later on 24 October the Mexican government counted {ORGANIZERS:,} people in the caravan and the "
            f"organizers {MEXICO:,}.",
            "not a figure of the Mexican authorities",
        ),
        (
            f"By December, {troop_count(11):,} active-duty troops were at the border, Northern Command counted them on "
            "21 December.",
            "'November'",
        ),
        (
            f"On 8 November Northern Command counted {troop_count(12):,} active-duty troops at the border, and on "
            f"21 December {troop_count(11):,}, because many went home.",
            "not of November",
        ),
        (
            f"The organizers' estimate was {MEXICO / ORGANIZERS:.2f} times the Mexican government's on 24 October, "
            "because they count differently.",
            "the other way round",
        ),
        (
            f"After the article, FY2023 had {YEARLY.loc[2023, 'southwest_border']:,} apprehensions, the highest since "
            "FY2000.",
            "encounters",
        ),
        (f"After the article, FY2022 had {YEARLY.loc[2022, 'southwest_border']:,} apprehensions.", "not apprehensions"),
        (
            f"After the article, FY2019 had {APPREHENSIONS[2019]:,} apprehensions, the highest since FY2000.",
            "not the highest since FY2000",
        ),
        (f"After the article, FY2018 had {APPREHENSIONS[2019]:,} apprehensions.", "needs 'FY2019'"),
        (
            "The organizers' estimate was 3.1 times the Mexican government's, because they count differently.",
            "nearest ratio there is 2.755 (the organizers'",
        ),
    ],
    ids=[
        "suggested-deployed",
        "forecast-deployed",
        "suggested-at-border",
        "parties-swapped",
        "wrong-month",
        "months-swapped",
        "ratio-wrong-way",
        "fy2023-apprehensions-since",
        "fy2022-apprehensions",
        "wrong-since-year",
        "wrong-year",
        "ratio-typed",
    ],
)
def test_context_sentence_refuses(sentence, expected):
    feedback = checks.check_context_sentence(sentence)
    assert not feedback.ok and expected in feedback.message, feedback.message


def test_a_context_sentence_may_give_a_figures_age_in_days():
    from helpers.checks import aftermath

    ok = aftermath.check_context_sentence(
        "The Guard figures it quotes were the Pentagon's of 31 August, 55 days earlier, because none newer was given."
    )
    assert ok.ok, ok.message
    wrong = aftermath.check_context_sentence(
        "The Guard figures it quotes were the Pentagon's of 31 August, 56 days earlier, because none newer was given."
    )
    assert not wrong.ok and "'56'" in wrong.message


# --------------------------------------------------------------------------- the typed cells' checks

import matplotlib  # noqa: E402

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from helpers import paths  # noqa: E402
from helpers.charts import PALETTE, headline, house_style, shade_span, source_line  # noqa: E402

DAY = pd.Timestamp(aftermath.ARTICLE_DAY)
LOADED = data.load_apprehensions()
SWB = LOADED[LOADED["measure"] == "apprehensions"].set_index("fiscal_year")["southwest_border"].dropna()
SPLIT = data.load_encounters_by_title()


def verdict(feedback, expected=None):
    if expected is None:
        assert feedback.ok, feedback.message
    else:
        assert not feedback.ok and expected in feedback.message, feedback.message


@pytest.mark.parametrize(
    "answer, expected",
    [
        (STORY[STORY["subject"] == "caravan"], None),
        (STORY.query('subject == "caravan"'), None),
        (STORY.loc[STORY["subject"] == "caravan"].reset_index(drop=True), None),
        (STORY[STORY["subject"] == "caravan"][["date", "figure"]], "only some columns"),
        (STORY[STORY["subject"] == "Caravan"], "lower case"),
        (TROOPS, "another subject"),
    ],
    ids=["mask", "query", "loc-reset-index", "some-columns", "capital", "troops"],
)
def test_caravan_rows(answer, expected):
    verdict(checks.check_caravan_rows(answer), expected)


@pytest.mark.parametrize(
    "answer, expected",
    [
        (STORY[STORY["date"] <= DAY], None),
        (STORY[STORY["date"] <= "2018-10-25"], None),
        (STORY.query("date <= @DAY"), None),
        (STORY[STORY["date"] < DAY], "Use `<=`, not `<`"),
        (STORY[STORY["date"] > DAY], "after"),
        (STORY[STORY["date"] <= DAY][["date", "figure"]], "only some columns"),
    ],
    ids=["mask", "text-date", "query", "strictly-before", "after", "some-columns"],
)
def test_known_on_the_day(answer, expected):
    verdict(checks.check_known_on_the_day(answer), expected)


@pytest.mark.parametrize(
    "table, year, expected",
    [
        (LOADED, DAY.year, None),
        (pd.read_csv(paths.DATASETS / "apprehensions_by_fiscal_year.csv"), 2018.0, None),
        (LOADED[list(reversed(LOADED.columns))], int(DAY.year), None),
        (LOADED, DAY, "`.year`"),
        (LOADED.set_index("fiscal_year"), DAY.year, "row labels"),
        (LOADED, DAY.year + 1, "year after"),
        (LOADED[LOADED["fiscal_year"] >= 2018], DAY.year, "only some years"),
    ],
    ids=["loader", "read-csv-float-year", "columns-reordered", "timestamp", "index", "year-after", "some-years"],
)
def test_story_yearly(table, year, expected):
    verdict(checks.check_story_yearly(table, year), expected)


@pytest.mark.parametrize(
    "answer, expected",
    [
        (SWB, None),
        (LOADED.set_index("fiscal_year").query('measure == "apprehensions"')["southwest_border"].dropna(), None),
        (
            LOADED.loc[LOADED["measure"] == "apprehensions"]
            .dropna(subset=["southwest_border"])
            .set_index("fiscal_year")["southwest_border"]
            .astype(float),
            None,
        ),
        (LOADED.set_index("fiscal_year")["southwest_border"].dropna(), "encounter years"),
        (LOADED[LOADED["measure"] == "apprehensions"].set_index("fiscal_year")["southwest_border"], "dropna"),
        (LOADED[LOADED["measure"] == "apprehensions"]["southwest_border"].dropna(), "set_index"),
        (LOADED[LOADED["measure"] == "apprehensions"].set_index("fiscal_year")["nationwide"].dropna(), "nationwide"),
    ],
    ids=["mask", "query", "dropna-first-float", "encounters", "blanks", "no-index", "nationwide"],
)
def test_apprehension_series(answer, expected):
    verdict(checks.check_apprehension_series(answer), expected)


@pytest.mark.parametrize(
    "answer, expected",
    [
        (aftermath.highest_since(SWB, 2019), None),
        (float(aftermath.highest_since(SWB, 2019)), None),
        (pd.Series([aftermath.highest_since(SWB, 2019)]).iloc[0], None),
        (2019 - aftermath.highest_since(SWB, 2019), "number of years"),
        (SWB[aftermath.highest_since(SWB, 2019)], "count of apprehensions"),
        (aftermath.highest_since(SWB, 2018), "article's year"),
        (None, "is None"),
    ],
    ids=["int", "float", "numpy-int", "gap", "count", "fy2018", "none"],
)
def test_since_2019(answer, expected):
    verdict(checks.check_since_2019(answer), expected)


def with_share(numerator, denominator, factor=100, digits=1):
    table = SPLIT.copy()
    share = table[numerator] / table[denominator] * factor
    table["title_42_share_%"] = share.round(digits) if digits is not None else share
    return table


@pytest.mark.parametrize(
    "answer, expected",
    [
        (with_share("title_42_expulsions", "total_encounters"), None),
        (with_share("title_42_expulsions", "total_encounters", digits=None), None),
        (with_share("title_42_expulsions", "total_encounters")[["title_42_share_%", "source", "fiscal_year"]], None),
        (
            with_share("title_42_expulsions", "total_encounters", factor=1, digits=None),
            "multiply by 100: a share in % is 49.2, not 0.492",
        ),
        (with_share("title_42_expulsions", "total_encounters", factor=1, digits=1), "multiply by 100"),
        (with_share("title_42_expulsions", "total_encounters", factor=1, digits=2), "multiply by 100"),
        (with_share("title_42_expulsions", "title_8_apprehensions"), "divides by the Title 8"),
        (with_share("title_8_apprehensions", "total_encounters"), "Title 8 share"),
        (with_share("title_42_expulsions", "total_encounters").drop(columns="source"), "`source` column"),
        (SPLIT, "needs the column"),
    ],
    ids=[
        "rounded",
        "unrounded",
        "columns-reordered",
        "fraction",
        "fraction-rounded-1",
        "fraction-rounded-2",
        "over-title-8",
        "title-8-share",
        "no-source",
        "no-column",
    ],
)
def test_title_42_share(answer, expected):
    verdict(checks.check_title_42_share(answer), expected)


def frame(figsize=(8, 5)):
    with house_style():
        fig, ax = plt.subplots(figsize=figsize)
    return fig, ax


def test_next_chart_frame():
    fig, ax = frame()
    verdict(checks.check_next_chart_frame(fig))
    verdict(checks.check_next_chart_frame(fig, ax))
    verdict(checks.check_next_chart_frame(fig, frame()[1]), "not the axes of `fig`")
    verdict(checks.check_next_chart_frame(plt.figure(figsize=(8, 5)).subplots().figure))
    verdict(checks.check_next_chart_frame(plt.subplots(figsize=[8.0, 5.0])[0]))
    verdict(checks.check_next_chart_frame(ax), "That is the axes")
    verdict(checks.check_next_chart_frame(plt.subplots(figsize=(8, 5))), "Unpack it")
    verdict(checks.check_next_chart_frame(frame((6, 4))[0]), "ask for 8 x 5")
    verdict(checks.check_next_chart_frame(plt.subplots(1, 2, figsize=(8, 5))[0]), "needs one")
    plt.close("all")


def chart(solid_to=2019, dashed=True, dots=True, shade=True, title=True, source=True):
    fig, ax = frame()
    encounters = LOADED[LOADED["measure"] == "encounters"].set_index("fiscal_year")["southwest_border"]
    title_8 = SPLIT.set_index("fiscal_year")["title_8_apprehensions"].dropna()
    line = SWB.loc[2000:solid_to]
    ax.plot(line.index, line.to_numpy(dtype=float), color=PALETTE["base"])
    if dashed:
        ax.plot(encounters.index, encounters.to_numpy(dtype=float), linestyle="--")
    if dots:
        ax.plot(title_8.index, title_8.to_numpy(dtype=float), "o")
    if shade:
        shade_span(ax, 2019.5, 2023.5, "Title 42 years")
    if title:
        headline(fig, f"After the article, arrests rose to the most since FY{aftermath.headline_since()[1]}", "sub")
    if source:
        source_line(fig, "US Customs and Border Protection")
    return fig


@pytest.mark.parametrize(
    "options, expected",
    [
        ({}, None),
        ({"shade": True}, None),
        ({"source": True, "title": True}, None),
        ({"solid_to": 2024}, "across the break"),
        ({"dashed": False}, "dashed line"),
        ({"dots": False}, "as dots"),
        ({"shade": False}, "Shade the Title 42 years"),
        ({"title": False}, "no headline"),
        ({"source": False}, "source_line"),
    ],
    ids=[
        "whole",
        "whole-again",
        "whole-third",
        "solid-to-2024",
        "no-dashes",
        "no-dots",
        "no-shade",
        "no-headline",
        "no-source",
    ],
)
def test_next_chart(options, expected):
    verdict(checks.check_next_chart(chart(**options)), expected)
    plt.close("all")


def test_the_headline_is_computed_from_the_comparable_years_not_fy2019s():
    """After the article the most arrests, like with like, were FY2024's (and the Title 8 part of FY2023's)."""
    comparable = pd.concat([SPLIT.set_index("fiscal_year")["title_8_apprehensions"].dropna(), SWB])
    comparable = comparable[~comparable.index.duplicated()].sort_index()
    peak = int(comparable.loc[2019:].idxmax())
    assert aftermath.headline_since() == (peak, aftermath.highest_since(comparable, peak))
    stale = chart(title=False)
    headline(stale, f"After the article, arrests rose to the most since FY{aftermath.highest_since(SWB, 2019)}", "sub")
    verdict(checks.check_next_chart(stale), f"most since FY{aftermath.headline_since()[1]}")
    plt.close("all")


def test_the_troop_rows_are_judged_by_value_not_labels_or_columns():
    """Issue 21: `.reset_index(drop=True)` and keeping only the columns the next cell shows are right answers."""
    from helpers.data import load_story_figures

    story = load_story_figures()
    rows = story[story["subject"] == "active-duty troops"]
    for valid in (
        rows,
        rows.reset_index(drop=True),
        rows[["date", "figure", "counts", "who_said_it"]],
        rows.iloc[:, ::-1],
    ):
        assert checks.check_story_troops(valid).ok
    empty = checks.check_story_troops(rows.iloc[:0]).message
    assert "keeps 0 rows; it should have" in empty and "(only" not in empty, empty
