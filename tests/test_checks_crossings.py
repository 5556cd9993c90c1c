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
    ids=["unanswered", "calendar-year", "highest", "fy2017", "wrong-october", "count", "month-number",
         "dataframe", "row", "not-a-month", "other-month", "list"],
)
def test_lowest_month_hints(make_answer, expected):
    feedback = checks.check_lowest_month(make_answer())
    assert not feedback.ok and expected in feedback.message, feedback.message


def swb():
    years = YEARLY[YEARLY["measure"] == "apprehensions"]
    return years["southwest_border"].dropna()


def test_fy2011_low_is_computed_and_right_answers_are_accepted():
    counts = swb()
    lower = counts[(counts.index < 2011) & (counts < counts[2011])]
    expected = lower.index.max()
    assert expected == 1972  # the reference log: FY1972 (321,326) and FY1971 (263,991) were lower than FY2011
    for answer in (expected, int(expected), f"FY{expected}", str(expected)):
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
        ("nineteen seventy-two", "should be a fiscal year"),
        (pd.DataFrame({"fiscal_year": [1972]}), "table or a column"),
    ],
    ids=["unanswered", "nationwide", "crs-at-its-word", "years-39", "years-41", "idxmin", "after", "higher-year",
         "not-most-recent", "before-series", "fraction", "words", "dataframe"],
)
def test_fy2011_low_hints(answer, expected):
    feedback = checks.check_fy2011_low(answer)
    assert not feedback.ok and expected in feedback.message, feedback.message


def test_nationwide_hint_targets_the_nationwide_answer():
    nationwide = YEARLY.loc[YEARLY["measure"] == "apprehensions", "nationwide"].dropna()
    lower = nationwide[(nationwide.index < 2011) & (nationwide < nationwide[2011])]
    assert "*nationwide*" in checks.check_fy2011_low(lower.index.max()).message
