"""The self-checks of notebook 03 accept the right answers and give each common wrong one its own hint."""

import pandas as pd
import pytest

from helpers import checks, data

MONTHLY = data.load_monthly()
YEARLY = data.load_apprehensions().set_index("fiscal_year")


def lowest_month(months, column="swb_apprehensions"):
    return months.loc[months[column].idxmin()]


FY2018 = MONTHLY[MONTHLY["fiscal_year"] == 2018]


def test_lowest_month_right_answers():
    row = lowest_month(FY2018)
    for answer in (row["month"], row["month"].lower(), f"{row['month']} {row['calendar_year']}", row["month"][:3]):
        assert checks.check_lowest_month(answer).ok, answer


@pytest.mark.parametrize(
    "make_answer, expected",
    [
        (lambda: ..., "Replace the `...`"),
        (lambda: lowest_month(MONTHLY[MONTHLY["calendar_year"] == 2018])["month"], "*calendar* year"),
        (lambda: FY2018.loc[FY2018["swb_apprehensions"].idxmax(), "month"], "*highest* month"),
        (lambda: lowest_month(MONTHLY[MONTHLY["fiscal_year"] == 2017])["month"], "one year off"),
        (lambda: f"{lowest_month(FY2018)['month']} {lowest_month(FY2018)['calendar_year'] + 1}", "is not in FY2018"),
        (lambda: int(lowest_month(FY2018)["swb_apprehensions"]), "number of apprehensions in the lowest month"),
        (lambda: int(lowest_month(FY2018)["month_number"]), "the month's number"),
        (lambda: FY2018[FY2018["swb_apprehensions"] == FY2018["swb_apprehensions"].min()], "table or a column"),
        (lambda: lowest_month(FY2018), "table or a column"),
        (lambda: "Smarch", "not the name of a month"),
        (lambda: "June", "another month of FY2018 had fewer"),
        (lambda: ["October"], "should be a month's name"),
    ],
    ids=[
        "unanswered",
        "calendar-year",
        "highest",
        "fy2017",
        "wrong-october",
        "count",
        "month-number",
        "dataframe",
        "row",
        "not-a-month",
        "other-month",
        "list",
    ],
)
def test_lowest_month_hints(make_answer, expected):
    feedback = checks.check_lowest_month(make_answer())
    assert not feedback.ok and expected in feedback.message, feedback.message


def swb():
    years = YEARLY[YEARLY["measure"] == "apprehensions"]
    return years["southwest_border"].dropna().loc[:2018]


def test_fy2011_low_is_computed_and_right_answers_are_accepted():
    counts = swb()
    lower = counts[(counts.index < 2011) & (counts < counts[2011])]
    expected = lower.index.max()
    assert expected == 1972  # the reference log: FY1972 (321,326) and FY1971 (263,991) were lower than FY2011
    for answer in (expected, int(expected), float(expected)):
        assert checks.check_fy2011_low(answer).ok, answer


@pytest.mark.parametrize(
    "answer, expected",
    [
        (..., "Replace the `...`"),
        (1971, "*nationwide* apprehensions"),
        (1970, "takes the fact sheet at its word"),
        (39, "a number of years"),
        (41, "a number of years"),
        (1960, "lowest of all the earlier years"),
        (2017, "*before* FY2011"),
        (2010, "had more apprehensions"),
        (1965, "not the most recent lower year"),
        (1930, "series starts in FY1960"),
        (1972.5, "whole number"),
        ("nineteen seventy-two", "not a number"),
        ("1972", "Drop the quotes"),
        ("FY1972", "the FY"),
        (pd.DataFrame({"fiscal_year": [1972]}), "table or a column"),
    ],
    ids=[
        "unanswered",
        "nationwide",
        "crs-at-its-word",
        "years-39",
        "years-41",
        "idxmin",
        "after",
        "higher-year",
        "not-most-recent",
        "before-series",
        "fraction",
        "words",
        "text-year",
        "text-fy-year",
        "dataframe",
    ],
)
def test_fy2011_low_hints(answer, expected):
    feedback = checks.check_fy2011_low(answer)
    assert not feedback.ok and expected in feedback.message, feedback.message


def test_nationwide_hint_targets_the_nationwide_answer():
    nationwide = YEARLY.loc[YEARLY["measure"] == "apprehensions", "nationwide"].dropna()
    lower = nationwide[(nationwide.index < 2011) & (nationwide < nationwide[2011])]
    assert "*nationwide*" in checks.check_fy2011_low(lower.index.max()).message


# --------------------------------------------------------------------------- type-along checks

from helpers import paths  # noqa: E402

RAW = pd.read_csv(paths.DATASETS / "apprehensions_by_fiscal_year.csv")
APPREHENSIONS = YEARLY[YEARLY["measure"] == "apprehensions"]


def test_raw_yearly_right_answer():
    assert checks.check_raw_yearly(pd.read_csv(paths.DATASETS / "apprehensions_by_fiscal_year.csv")).ok


@pytest.mark.parametrize(
    "make_answer, expected",
    [
        (lambda: ..., "Replace the `...`"),
        (lambda: "apprehensions_by_fiscal_year.csv", "not the table"),
        (lambda: paths.DATASETS / "apprehensions_by_fiscal_year.csv", "not the table"),
        (lambda: RAW.tail(), "Store the whole table"),
        (lambda: data.load_apprehensions(), "checked loader"),
        (lambda: pd.read_csv(paths.DATASETS / "apprehensions_by_fiscal_year.csv", header=None), "header=None"),
        (lambda: pd.read_csv(paths.DATASETS / "apprehensions_by_fiscal_year.csv", sep=";"), "sep="),
        (lambda: pd.read_csv(paths.DATASETS / "monthly_apprehensions_fy2000_2019.csv"), "another dataset"),
        (
            lambda: pd.read_csv(paths.DATASETS / "apprehensions_by_fiscal_year.csv", index_col="fiscal_year"),
            "index_col",
        ),
        (lambda: RAW["southwest_border"], "should be a table"),
    ],
    ids=["unanswered", "name", "path", "tail", "loader", "no-header", "sep", "monthly", "index-col", "column"],
)
def test_raw_yearly_hints(make_answer, expected):
    feedback = checks.check_raw_yearly(make_answer())
    assert not feedback.ok and expected in feedback.message, feedback.message


def test_swb_right_answer_stops_at_the_article_year():
    expected = APPREHENSIONS.loc[:2018, "southwest_border"].dropna()
    assert expected.index.min() == 1960 and expected.index.max() == 2018
    assert checks.check_swb(expected).ok


@pytest.mark.parametrize(
    "make_answer, expected",
    [
        (lambda: ..., "Replace the `...`"),
        (lambda: APPREHENSIONS["southwest_border"].dropna(), "goes past FY2018"),
        (lambda: YEARLY["southwest_border"].dropna(), "*encounters*"),
        (lambda: APPREHENSIONS.loc[:2018, "southwest_border"], "`.dropna()`"),
        (lambda: APPREHENSIONS.loc[:2018, "nationwide"].dropna(), "*nationwide*"),
        (lambda: APPREHENSIONS.reset_index(drop=True)["southwest_border"].dropna(), "set_index"),
        (lambda: APPREHENSIONS.loc[:2018], "whole table"),
        (lambda: 303916, "should be a pandas Series"),
    ],
    ids=["unanswered", "fy2019-and-fy2024", "encounters", "blanks", "nationwide", "no-index", "table", "number"],
)
def test_swb_hints(make_answer, expected):
    feedback = checks.check_swb(make_answer())
    assert not feedback.ok and expected in feedback.message, feedback.message


def strict(counts, year):
    lower = counts[(counts.index < year) & (counts < counts[year])]
    return int(lower.index.max()) if len(lower) else None


def or_equal(counts, year):
    lower = counts[(counts.index < year) & (counts <= counts[year])]
    return int(lower.index.max()) if len(lower) else None


def any_year(counts, year):
    lower = counts[counts < counts[year]]
    return int(lower.index.max()) if len(lower) else None


def lowest_of_all(counts, year):
    lower = counts[(counts.index < year) & (counts < counts[year])]
    return int(lower.idxmin()) if len(lower) else None


def never_none(counts, year):
    return int(counts[(counts.index < year) & (counts < counts[year])].index.max())


def years_back(counts, year):
    since = strict(counts, year)
    return None if since is None else year - since


def test_lowest_since_is_the_course_definition():
    from helpers.checks.crossings import lowest_since

    assert lowest_since(pd.Series([5, 3, 4, 3], index=[2000, 2001, 2002, 2003]), 2003) is None  # strictly lower
    assert lowest_since(swb(), 2017) == 1971
    assert checks.check_lowest_since(strict).ok


@pytest.mark.parametrize(
    "answer, expected",
    [
        (..., "Replace the `...`"),
        (or_equal, "not `<=`"),
        (any_year, "*later* year"),
        (lowest_of_all, "most *recent* lower year"),
        (never_none, "Return `None`"),
        (years_back, "a number of years"),
        (1971, "without brackets"),
    ],
    ids=["unanswered", "or-equal", "any-year", "idxmin", "never-none", "years-back", "a-value"],
)
def test_lowest_since_hints(answer, expected):
    feedback = checks.check_lowest_since(answer)
    assert not feedback.ok and expected in feedback.message, feedback.message


SPRING = MONTHLY[MONTHLY["month_number"].isin([3, 4, 5])]


def test_spring_totals_right_answers():
    by_calendar = SPRING.groupby("calendar_year")["swb_apprehensions"].sum().loc[:2018]
    by_fiscal = SPRING.groupby("fiscal_year")["swb_apprehensions"].sum().loc[:2018]
    assert checks.check_spring_totals(by_calendar).ok and checks.check_spring_totals(by_fiscal).ok


@pytest.mark.parametrize(
    "make_answer, expected",
    [
        (lambda: ..., "Replace the `...`"),
        (lambda: SPRING.groupby("calendar_year")["swb_apprehensions"].sum(), "go past 2018"),
        (lambda: SPRING.groupby("calendar_year")["swb_apprehensions"].mean().loc[:2018], "`.mean()`"),
        (lambda: SPRING.groupby("calendar_year")["swb_apprehensions"].count().loc[:2018], "`.count()`"),
        (lambda: SPRING.groupby("calendar_year")["nationwide_apprehensions"].sum().loc[:2018], "*nationwide*"),
        (lambda: MONTHLY.groupby("calendar_year")["swb_apprehensions"].sum().loc[:2018], "whole calendar years"),
        (lambda: SPRING.groupby("calendar_year").sum().loc[:2018], "table of several columns"),
        (
            lambda: (
                MONTHLY[MONTHLY["month_number"].isin([4, 5, 6])]
                .groupby("calendar_year")["swb_apprehensions"]
                .sum()
                .loc[:2018]
            ),
            "Not the spring totals",
        ),
    ],
    ids=["unanswered", "past-2018", "mean", "count", "nationwide", "whole-years", "table", "other-months"],
)
def test_spring_totals_hints(make_answer, expected):
    feedback = checks.check_spring_totals(make_answer())
    assert not feedback.ok and expected in feedback.message, feedback.message


def test_low_finding_right_answers():
    counts = swb()
    example = (
        f"FY2017 had {counts[2017]:,} southwest border apprehensions (arrests, not people), "
        f"the fewest since FY1971: a {2017 - 1971}-year low."
    )
    springs = SPRING.groupby("calendar_year")["swb_apprehensions"].sum()
    other = (
        f"In spring 2018 the Border Patrol made {springs[2018]:,} arrests at the southwest border, "
        f"{springs[2018] / springs[2017]:.1f} times spring 2017."
    )
    for sentence in (
        example,
        other,
        f"FY2011 was a {2011 - 1972}-year low, with about {round(counts[2011], -3):,.0f} arrests.",
    ):
        assert checks.check_low_finding(sentence).ok, sentence


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (..., "Write your finding"),
        ("...", "Write your finding"),
        ("Apprehensions fell a lot.", "Name the year"),
        ("FY2017 was the lowest year.", "has no number"),
        ("FY2017 was a 40-year low.", "can't find '40-year'"),
        ("FY2017 had 396,579 apprehensions.", "can't find '396,579'"),
        ("FY1950 had 5 apprehensions.", "pick a year in that range"),
        (2017, "sentence of text"),
    ],
    ids=[
        "unanswered",
        "placeholder",
        "no-year",
        "no-number",
        "article-at-its-word",
        "other-year-count",
        "outside",
        "number",
    ],
)
def test_low_finding_hints(sentence, expected):
    feedback = checks.check_low_finding(sentence)
    assert not feedback.ok and expected in feedback.message, feedback.message


VERDICTS = pd.DataFrame(
    {
        "claim": ["a", "b", "c"],
        "verdict": ["not supported", "cannot be checked", "cannot be checked"],
        "evidence": ["40-year: x 1", "300,000: y 2", "a million: z 3"],
    }
)


def write(tmp_path, **options):
    path = tmp_path / "fact_check.csv"
    VERDICTS.to_csv(path, lineterminator="\n", **options)
    return path


def test_fact_check_file_right_answer(tmp_path):
    assert checks.check_fact_check_file(write(tmp_path, index=False)).ok


@pytest.mark.parametrize(
    "options, expected",
    [
        ({}, "index=False"),
        ({"index": False, "header": False}, "no header line"),
        ({"index": False, "sep": ";"}, "separated by `;`"),
        ({"index": False, "columns": ["claim", "verdict"]}, "The header should be"),
    ],
    ids=["with-index", "no-header", "semicolons", "two-columns"],
)
def test_fact_check_file_hints(tmp_path, options, expected):
    feedback = checks.check_fact_check_file(write(tmp_path, **options))
    assert not feedback.ok and expected in feedback.message, feedback.message


def test_fact_check_file_other_hints(tmp_path):
    assert "no file at" in checks.check_fact_check_file(tmp_path / "nothing.csv").message.lower()
    assert "Replace the `...`" in checks.check_fact_check_file(...).message
    assert "Pass the file's path" in checks.check_fact_check_file(VERDICTS).message
    short = tmp_path / "short.csv"
    VERDICTS.head(2).to_csv(short, index=False)
    assert "one verdict each" in checks.check_fact_check_file(short).message
    odd = tmp_path / "odd.csv"
    VERDICTS.assign(verdict=["true", "false", "mostly true"]).to_csv(odd, index=False)
    assert "verdict vocabulary" in checks.check_fact_check_file(odd).message
